// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QMutex>
#include <QString>

namespace kam {

/// `text` with the values of secrets replaced by "[redacted]": passwords, tokens (access,
/// refresh, session, API keys), Authorization headers and Bearer tokens, and anything shaped
/// like a JSON web token. What names the secret stays, so a log still says what was sent.
QString redactSecrets(const QString &text);

/// The support log: lines appended to `directory`/kamdesk.log, each flushed at once so a crash
/// keeps everything written before it. A line that would take the file past `maxBytes` first
/// moves it to kamdesk.log.1 (and that one to kamdesk.log.2 …), keeping `files` files in all.
class LogFile
{
public:
    explicit LogFile(const QString &directory, qint64 maxBytes = 1024 * 1024, int files = 3);

    QString path() const { return m_file.fileName(); }
    /// Appends `line` and a newline; false when the file cannot be written. Thread-safe.
    bool write(const QString &line);

private:
    void rotate();

    QMutex m_mutex;
    QString m_directory;
    qint64 m_maxBytes;
    int m_files;
    QFile m_file;
};

/// The folder of the desktop client's log (AppLocalDataLocation/logs).
QString logDirectory();

/// "2026-12-02T01:03:21.123Z warning kam.sync: message", secrets redacted.
QString formatLogLine(QtMsgType type, const QString &category, const QString &message);

/// Sends every Qt message (qDebug … qFatal) to `log` as well as to the handler installed
/// before; `log` must outlive the messages (call uninstallLogFile() before destroying it).
void installLogFile(LogFile *log);
void uninstallLogFile();

} // namespace kam
