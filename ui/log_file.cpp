// SPDX-License-Identifier: GPL-3.0-or-later
#include "log_file.h"

#include <QDateTime>
#include <QDir>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QStandardPaths>

namespace kam {

namespace {

const QString kRedacted = QStringLiteral("[redacted]");

QtMessageHandler g_previous = nullptr;
LogFile *g_log = nullptr;

void handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (g_log)
        g_log->write(formatLogLine(type, QString::fromUtf8(context.category ? context.category : "default"), message));
    if (g_previous)
        g_previous(type, context, message);
}

} // namespace

QString redactSecrets(const QString &text)
{
    // Authorization: Bearer abc / Basic abc → the scheme stays, its credentials go.
    static const QRegularExpression header(
        QStringLiteral(R"((\bauthorization\b["']?\s*[:=]\s*["']?)((?:bearer|basic|token|digest)\s+)?[^\s"',;]+)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression bearer(QStringLiteral(R"(\b(bearer)\s+[A-Za-z0-9._~+/=-]+)"),
                                           QRegularExpression::CaseInsensitiveOption);
    // password=…, "refresh_token": "…", accessToken: …, api-key=… (a name ending in a secret word).
    static const QRegularExpression named(
        QStringLiteral(R"((\b[\w-]*(?:password|passwd|pwd|secret|token|api[_-]?key)["']?\s*[:=]\s*)(?!\[redacted\])("[^"]*"|'[^']*'|[^\s,;&}\]]+))"),
        QRegularExpression::CaseInsensitiveOption);
    // A JSON web token wherever it appears: three base64url parts, the first a JSON header.
    static const QRegularExpression jwt(QStringLiteral(R"(\beyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)"));

    QString out = text;
    out.replace(header, QStringLiteral("\\1\\2") + kRedacted);
    out.replace(bearer, QStringLiteral("\\1 ") + kRedacted);

    QString redacted;
    qsizetype last = 0;
    for (QRegularExpressionMatchIterator it = named.globalMatch(out); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        redacted += QStringView(out).mid(last, m.capturedStart(2) - last);
        const QString value = m.captured(2);
        const QChar quote = value.front();
        redacted += quote == u'"' || quote == u'\'' ? quote + kRedacted + quote : kRedacted;
        last = m.capturedEnd(2);
    }
    redacted += QStringView(out).mid(last);
    redacted.replace(jwt, kRedacted);
    return redacted;
}

LogFile::LogFile(const QString &directory, qint64 maxBytes, int files)
    : m_directory(directory)
    , m_maxBytes(maxBytes)
    , m_files(qMax(1, files))
    , m_file(QDir(directory).filePath(QStringLiteral("kamdesk.log")))
{
}

bool LogFile::write(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    QMutexLocker lock(&m_mutex);
    if (!m_file.isOpen()) {
        QDir().mkpath(m_directory);
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append))
            return false;
    }
    if (m_file.size() > 0 && m_file.size() + bytes.size() > m_maxBytes) {
        rotate();
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append))
            return false;
    }
    const bool written = m_file.write(bytes) == bytes.size();
    return m_file.flush() && written;
}

void LogFile::rotate()
{
    m_file.close();
    const QString base = m_file.fileName();
    const auto numbered = [&base](int n) { return n == 0 ? base : QStringLiteral("%1.%2").arg(base).arg(n); };
    QFile::remove(numbered(m_files - 1));
    for (int n = m_files - 2; n >= 0; --n)
        QFile::rename(numbered(n), numbered(n + 1));
}

QString logDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).filePath(QStringLiteral("logs"));
}

QString formatLogLine(QtMsgType type, const QString &category, const QString &message)
{
    const char *level = "debug";
    switch (type) {
    case QtDebugMsg: level = "debug"; break;
    case QtInfoMsg: level = "info"; break;
    case QtWarningMsg: level = "warning"; break;
    case QtCriticalMsg: level = "critical"; break;
    case QtFatalMsg: level = "fatal"; break;
    }
    return QStringLiteral("%1 %2 %3: %4")
        .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), QLatin1String(level), category,
             redactSecrets(message));
}

void installLogFile(LogFile *log)
{
    g_log = log;
    g_previous = qInstallMessageHandler(handleMessage);
}

void uninstallLogFile()
{
    qInstallMessageHandler(g_previous);
    g_previous = nullptr;
    g_log = nullptr;
}

} // namespace kam
