// SPDX-License-Identifier: GPL-3.0-or-later
// kamdesk-server as a user runs it: the admin commands and the server process on a SQLite file
// (the embedded default), with the refusals that protect data and credentials.

#include "support/server_fixture.h"

#include "sync/sync_tables.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpSocket>

using namespace kam::test;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run server(const QStringList &args, const QByteArray &stdinData = {})
{
    QProcess p;
    p.start(qEnvironmentVariable("KAM_BIN_DIR") + "/kamdesk-server", args);
    p.write(stdinData);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
             QString::fromUtf8(p.readAllStandardError()) };
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestServerProcess : public QObject
{
    Q_OBJECT

private slots:
    void givenAdminCommands_whenUsersAreManaged_thenListedAndBadInputRefused();
    void givenServerProcess_whenStarted_thenAnswersAndStopsOnTerm();
    void givenPublicAddressWithoutTls_thenRefusesToStart();
    void givenDatabaseFromNewerServer_thenRefusedUnchanged();
    void givenReassignment_whenReportAsked_thenCsvListsWhatMoved();
    void givenPushedExports_whenAdminListsThem_thenNewestFirstWithUserAndFilters();
};

void TestServerProcess::givenAdminCommands_whenUsersAreManaged_thenListedAndBadInputRefused()
{
    QTemporaryDir dir;
    const QString db = "sqlite:" + dir.filePath("s.sqlite");
    const Run added = server(
        { "admin", "--db", db, "user", "add", "--email", "Li.Lei@Example.com", "--name", "李雷" },
        "correct horse battery\n");
    QCOMPARE(added.exitCode, 0);
    QVERIFY(kam::sync::isCanonicalUuid(added.out.trimmed()));
    const Run shortPassword
        = server({ "admin", "--db", db, "user", "add", "--email", "x@example.com", "--name", "X" },
                 "short\n");
    QCOMPARE(shortPassword.exitCode, 1);
    QVERIFY(shortPassword.err.contains("at least 10 characters"));
    QCOMPARE(server({ "admin", "--db", db, "user", "add", "--email", "li.lei@example.com", "--name",
                      "Again" },
                    "correct horse battery\n")
                 .exitCode,
             1);
    QCOMPARE(server({ "admin", "--db", db, "user", "disable", "--email", "li.lei@example.com" })
                 .exitCode,
             0);
    const Run list = server({ "admin", "--db", db, "user", "list" });
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.out.contains("li.lei@example.com\t李雷\tmanager\tdisabled"),
             qPrintable(list.out));
    const Run unknown = server({ "admin", "--db", db, "revoke-device", "--device", uuid() });
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(unknown.err.contains("No device"));
    QCOMPARE(server({ "admin", "--db", db, "purge", "--days", "30" }).exitCode, 1);
    QCOMPARE(server({ "admin", "--db", db, "frobnicate" }).exitCode, 1);
}

void TestServerProcess::givenServerProcess_whenStarted_thenAnswersAndStopsOnTerm()
{
    QTemporaryDir dir;
    const QString db = "sqlite:" + dir.filePath("s.sqlite");
    QCOMPARE(
        server({ "admin", "--db", db, "user", "add", "--email", "a@example.com", "--name", "A" },
               "correct horse battery\n")
            .exitCode,
        0);
    const int port = 20000 + int(QRandomGenerator::global()->bounded(20000));
    QProcess p;
    p.start(qEnvironmentVariable("KAM_BIN_DIR") + "/kamdesk-server",
            { "--db", db, "--listen", QString("127.0.0.1:%1").arg(port) });
    QVERIFY(p.waitForStarted());
    QTcpSocket socket;
    for (int i = 0; i < 100 && socket.state() != QAbstractSocket::ConnectedState; ++i) {
        socket.connectToHost("127.0.0.1", quint16(port));
        if (!socket.waitForConnected(100))
            QTest::qWait(50);
    }
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
    // An HTTP/1.0 request as a proxy sends it: answered, then the connection is closed.
    socket.write("GET /v1/health HTTP/1.0\r\nConnection: close\r\n\r\n");
    QVERIFY(socket.waitForDisconnected(5000));
    const QByteArray answer = socket.readAll();
    QVERIFY2(answer.startsWith("HTTP/1.1 200") && answer.contains("\"status\":\"ok\""),
             answer.constData());
    p.terminate();
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 0);
    // One structured line per request.
    QVERIFY(QString::fromUtf8(p.readAllStandardError())
                .contains(R"("route":"/v1/health","status":200)"));
}

void TestServerProcess::givenPublicAddressWithoutTls_thenRefusesToStart()
{
    QTemporaryDir dir;
    const Run r
        = server({ "--db", "sqlite:" + dir.filePath("s.sqlite"), "--listen", "0.0.0.0:8443" });
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("refusing plain HTTP"));
}

void TestServerProcess::givenDatabaseFromNewerServer_thenRefusedUnchanged()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("s.sqlite");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "future");
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec("CREATE TABLE schema_version (version INTEGER NOT NULL)"));
        QVERIFY(q.exec("INSERT INTO schema_version VALUES (99)"));
        db.close();
    }
    QSqlDatabase::removeDatabase("future");
    const QByteArray before = fileHash(path);
    const Run r = server({ "admin", "--db", "sqlite:" + path, "user", "list" });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("newer KAM Desk server"), qPrintable(r.err));
    QCOMPARE(fileHash(path), before);
}

void TestServerProcess::givenReassignment_whenReportAsked_thenCsvListsWhatMoved()
{
    TestServer s; // the fixture's database, then the admin commands on the same database
    KAM_REQUIRE_SERVER(s);
    const auto a = s.addUser("leaver@example.com");
    s.addUser("successor@example.com");
    const Device d = s.login("leaver@example.com");
    const QString x = uuid();
    s.push(d,
           { TestServer::mutation(
               "accounts", x, "insert",
               { { "legal_name", "三一重工股份有限公司" }, { "owner_id", a.id } }) });
    const Run moved = server({ "admin", "--db", s.url(), "reassign", "--from", "leaver@example.com",
                               "--to", "successor@example.com" });
    QCOMPARE(moved.exitCode, 0);
    QVERIFY(moved.out.contains("moved 1 account(s)"));
    const Run report
        = server({ "admin", "--db", s.url(), "handover-report", "--from", "leaver@example.com" });
    QCOMPARE(report.exitCode, 0);
    const QStringList lines = report.out.split("\r\n", Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).startsWith("account_id,legal_name,from_user,to_user"));
    QVERIFY2(lines.at(1).startsWith(x + ",三一重工股份有限公司," + a.id), qPrintable(lines.at(1)));
}

void TestServerProcess::givenPushedExports_whenAdminListsThem_thenNewestFirstWithUserAndFilters()
{
    TestServer s;
    KAM_REQUIRE_SERVER(s);
    const auto a = s.addUser("leaver@example.com");
    s.addUser("stays@example.com");
    const Device d = s.login("leaver@example.com");
    const QString early = uuid(), late = uuid();
    for (const auto &[id, what, at, rows] :
         { std::tuple { early, "accounts", "2026-10-30T23:59:00.000Z", "85" },
           std::tuple { late, "opportunities", "2026-11-03T08:15:00.000Z", "8800" } })
        s.push(d, { TestServer::mutation("export_log", id, "insert",
                                         { { "what", what }, { "format", "csv" }, { "rows", rows },
                                           { "destination", "销售机会.csv" }, { "exported_at", at },
                                           { "exported_by", a.id } }) });

    const Run text = server({ "admin", "--db", s.url(), "exports", "--user", "leaver" });
    QCOMPARE(text.exitCode, 0);
    const QStringList lines = text.out.split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), QString("2026-11-03T08:15:00Z\tleaver\topportunities\tcsv\t8800\t销售机会.csv"));
    QVERIFY2(lines.at(1).startsWith("2026-10-30T23:59:00Z\tleaver\taccounts"), qPrintable(lines.at(1)));

    const Run json = server({ "admin", "--db", s.url(), "exports", "--since", "2026-10-31", "--json" });
    QCOMPARE(json.exitCode, 0);
    const QJsonArray listed = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QCOMPARE(listed.size(), 1);
    const QJsonObject o = listed.at(0).toObject();
    QCOMPARE(o.value("user_id").toString(), a.id);
    QCOMPARE(o.value("user").toString(), QString("leaver"));
    QCOMPARE(o.value("what").toString(), QString("opportunities"));
    QCOMPARE(o.value("rows").toInt(), 8800);
    QCOMPARE(o.value("exported_at").toString(), QString("2026-11-03T08:15:00.000Z"));

    QVERIFY(server({ "admin", "--db", s.url(), "exports", "--user", "stays@example.com" }).out.isEmpty());
    const Run badDay = server({ "admin", "--db", s.url(), "exports", "--since", "31.10.2026" });
    QCOMPARE(badDay.exitCode, 1);
    QVERIFY2(badDay.err.contains("“31.10.2026”"), qPrintable(badDay.err));
    const Run nobody = server({ "admin", "--db", s.url(), "exports", "--user", "nobody" });
    QCOMPARE(nobody.exitCode, 1);
    QVERIFY2(nobody.err.contains("nobody"), qPrintable(nobody.err));
}

QTEST_GUILESS_MAIN(TestServerProcess)
#include "tst_server_process.moc"
