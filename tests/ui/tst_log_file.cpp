// SPDX-License-Identifier: GPL-3.0-or-later
// The support log: secrets never reach it, every line is on disk when write() returns, and the
// files rotate at their size limit.

#include "log_file.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

using namespace kam;

namespace {

Q_LOGGING_CATEGORY(lcTest, "kam.test")

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const QString kToken = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VyLTQyIiwiZXhwIjoxNzAwMDAwMDAwfQ.c2lnbmF0dXJlLXNpZ25hdHVyZQ";

} // namespace

class TestLogFile : public QObject
{
    Q_OBJECT

private slots:
    void redactsSecrets_data();
    void redactsSecrets();
    void handlerWritesEveryMessageRedacted();
    void rotatesAtTheSizeLimit();
};

void TestLogFile::redactsSecrets_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("header bearer") << "Authorization: Bearer " + kToken
                                   << "Authorization: Bearer [redacted]";
    QTest::newRow("header basic") << "authorization=Basic dXNlcjpzZWNyZXQ= host=kam.example.com"
                                  << "authorization=Basic [redacted] host=kam.example.com";
    QTest::newRow("bare bearer") << "retrying with bearer a1b2c3d4e5f6.g7h8 after 401"
                                 << "retrying with bearer [redacted] after 401";
    QTest::newRow("json refresh token")
        << R"({"email":"li.wei@baosteel.com","refresh_token":"r3fr3sh-7d1f0c9e8b","device":"PC-17"})"
        << R"({"email":"li.wei@baosteel.com","refresh_token":"[redacted]","device":"PC-17"})";
    QTest::newRow("json access token camel") << R"({"accessToken": "abc.def", "expiresIn": 900})"
                                             << R"({"accessToken": "[redacted]", "expiresIn": 900})";
    QTest::newRow("query password") << "POST /api/v1/login?email=a%40b.cn&password=Hunter2!&device=x"
                                    << "POST /api/v1/login?email=a%40b.cn&password=[redacted]&device=x";
    QTest::newRow("key value") << "login failed for wang: password=\"S3cr3t pass\", code 401"
                               << "login failed for wang: password=\"[redacted]\", code 401";
    QTest::newRow("api key") << "X-Api-Key: 9f8e7d6c5b4a" << "X-Api-Key: [redacted]";
    QTest::newRow("lone jwt") << "session " + kToken + " stored" << "session [redacted] stored";
    QTest::newRow("no secret") << "Sync finished: 120 rows sent, 3 conflicts (password policy ok)"
                               << "Sync finished: 120 rows sent, 3 conflicts (password policy ok)";
    QTest::newRow("chinese") << "登录失败：password=密码123 服务器 https://kam.example.com"
                             << "登录失败：password=[redacted] 服务器 https://kam.example.com";
}

void TestLogFile::redactsSecrets()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(redactSecrets(input), expected);
}

// Given the handler installed on a log, when messages of every level and a token are logged,
// then each is a line with its time, level and category, on disk at once, without the token.
void TestLogFile::handlerWritesEveryMessageRedacted()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    LogFile log(dir.filePath("logs"));
    installLogFile(&log);
    qCInfo(lcTest) << "KAM Desk started";
    qCWarning(lcTest).noquote() << "refresh failed, Authorization: Bearer" << kToken;
    qCritical("login answer {\"refresh_token\":\"%s\"}", qPrintable(kToken));
    uninstallLogFile();
    qCInfo(lcTest) << "not in the log";

    const QByteArray text = contents(log.path());
    QCOMPARE(log.path(), QDir(dir.filePath("logs")).filePath("kamdesk.log"));
    const QList<QByteArray> lines = text.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    const QRegularExpression time(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z )");
    for (const QByteArray &line : lines)
        QVERIFY2(time.match(QString::fromUtf8(line)).hasMatch(), line.constData());
    QVERIFY(lines[0].endsWith(" info kam.test: KAM Desk started"));
    QVERIFY2(lines[1].contains(" warning kam.test: refresh failed, Authorization: Bearer [redacted]"), lines[1].constData());
    QVERIFY2(lines[2].contains(" critical default: login answer {\"refresh_token\":\"[redacted]\"}"), lines[2].constData());
    QVERIFY(!text.contains(kToken.toUtf8()));
    QVERIFY(!text.contains("c2lnbmF0dXJl")); // not even a part of it
}

// Given a log of at most 1 KB in 3 files, when 100 lines of 100 bytes are written, then no file
// is over the limit, there are exactly 3, and the newest lines are in kamdesk.log.
void TestLogFile::rotatesAtTheSizeLimit()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    LogFile log(dir.path(), 1024, 3);
    for (int i = 0; i < 100; ++i)
        QVERIFY(log.write(QString("line %1 ").arg(i, 3, 10, QChar('0')).leftJustified(99, '.')));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files, QDir::Name),
             QStringList({"kamdesk.log", "kamdesk.log.1", "kamdesk.log.2"}));
    for (const char *name : {"kamdesk.log", "kamdesk.log.1", "kamdesk.log.2"}) {
        const qint64 size = QFileInfo(dir.filePath(name)).size();
        QVERIFY2(size <= 1024 && size >= 900, qPrintable(QString("%1: %2").arg(name).arg(size)));
    }
    const QByteArray newest = contents(log.path());
    QVERIFY(newest.endsWith("line 099 " + QByteArray(90, '.') + '\n'));
    QVERIFY(contents(dir.filePath("kamdesk.log.1")).startsWith("line 080"));
    QVERIFY(!contents(dir.filePath("kamdesk.log.2")).contains("line 059")); // gone
}

QTEST_GUILESS_MAIN(TestLogFile)
#include "tst_log_file.moc"
