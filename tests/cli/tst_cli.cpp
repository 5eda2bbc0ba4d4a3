// SPDX-License-Identifier: GPL-3.0-or-later
// kamdesk-cli as a script sees it: exit codes, one-line errors, no partial writes.

#include "store/store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <cmath>
#include <limits>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(qEnvironmentVariable("KAM_BIN_DIR") + "/kamdesk-cli", args);
    Run r;
    if (!p.waitForFinished(120000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly)
        ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
        : QByteArray();
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

private slots:
    void initTestCase()
    {
        QVERIFY(!qEnvironmentVariable("KAM_BIN_DIR").isEmpty());
        m_db = m_dir.filePath("demo.sqlite");
        const Run init = cli({ "--db", m_db, "init" });
        QCOMPARE(init.exitCode, 0);
        QVERIFY(init.out.contains("schema version " + QByteArray::number(kam::Store::kSchemaVersion)));
        const Run demo = cli({ "--db", m_db, "demo", "--accounts", "30", "--seed", "5" });
        QCOMPARE(demo.exitCode, 0);
        QVERIFY2(demo.out.startsWith("demo: 30 accounts"), demo.out.constData());
        QVERIFY2(demo.err.isEmpty(), demo.err.constData()); // progress only on a terminal
    }

    void listJson_hasEveryAccount()
    {
        const Run r = cli({ "--db", m_db, "accounts", "list", "--json" });
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonArray rows = QJsonDocument::fromJson(r.out, &error).array();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(rows.size(), 30);
        QVERIFY(!rows[0]["legal_name"].toString().isEmpty());
        QVERIFY(!rows[0]["tier"].toString().isEmpty());
    }

    void listTable_endsWithCount()
    {
        const Run r = cli({ "--db", m_db, "accounts", "list" });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("LEGAL NAME"));
        QVERIFY(r.out.trimmed().endsWith("30 accounts"));
    }

    void exportCsvAndJson()
    {
        Run r = cli({ "--db", m_db, "accounts", "export", "--format", "csv" });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(
            r.out.startsWith("\xEF\xBB\xBFid,legal_name,short_name,kind,industry,region,address,"
                             "credit_code,tax_id,parent_id,tier,lifecycle,owner_id,owner_name,"
                             "currency,annual_revenue,notes,created_at,updated_at\r\n"));
        QCOMPARE(r.out.count("\r\n"), 31); // header + 30 rows (demo accounts have no notes)
        QVERIFY(r.out.endsWith("\r\n"));

        const QString out = m_dir.filePath("accounts.json");
        r = cli({ "--db", m_db, "accounts", "export", "--format", "json", "--out", out });
        QCOMPARE(r.exitCode, 0);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(f.readAll()).array().size(), 30);

        // Both exports are in the store's audit log, newest first.
        kam::Result<std::unique_ptr<kam::Store>> store = kam::Store::open(m_db);
        QVERIFY(store);
        const std::vector<kam::ExportRecord> log = *(*store)->exportRecords();
        QVERIFY(log.size() >= 2);
        QCOMPARE(log[0].what, QString("accounts"));
        QCOMPARE(log[0].format, QString("json"));
        QCOMPARE(log[0].rows, 30);
        QCOMPARE(log[0].destination, QString("accounts.json"));
        QCOMPARE(log[1].format, QString("csv"));
        QCOMPARE(log[1].destination, QString("stdout"));
    }

    // Given the demo store, then the funnel's totals are the sums of its stages, reach only
    // falls along the process, and an owner's funnel is part of the whole.
    void funnelJson_isConsistent()
    {
        const Run r = cli({ "--db", m_db, "funnel", "--json" });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject f = QJsonDocument::fromJson(r.out).object();
        const QJsonArray stages = f["stages"].toArray();
        QCOMPARE(stages.size(), 8);
        QCOMPARE(stages[0]["key"].toString(), QString("need_identified"));
        QCOMPARE(stages[7]["key"].toString(), QString("maintenance"));
        int count = 0;
        qint64 amount = 0;
        int reached = std::numeric_limits<int>::max();
        for (const QJsonValue &s : stages) {
            for (const char *key : { "key", "name", "count", "amount_minor", "weighted_minor", "avg_days" })
                QVERIFY2(s.toObject().contains(key), key);
            count += s["count"].toInt();
            amount += s["amount_minor"].toInteger();
            QVERIFY(s["weighted_minor"].toInteger() <= s["amount_minor"].toInteger());
            QVERIFY(s["reached"].toInt() <= reached);
            reached = s["reached"].toInt();
        }
        QVERIFY(count > 0);
        QCOMPARE(f["open"]["count"].toInt(), count);
        QCOMPARE(f["open"]["amount_minor"].toInteger(), amount);
        const int won = f["won"]["count"].toInt();
        const int lost = f["lost"]["count"].toInt();
        QVERIFY(won + lost > 0);
        QCOMPARE(f["win_rate"].toDouble(), std::round(10000.0 * won / (won + lost)) / 10000.0);
        QCOMPARE(f["currency"].toString(), QString("CNY"));

        const Run own = cli({ "--db", m_db, "funnel", "--owner", "wang.wei@kamdesk.example", "--json" });
        QCOMPARE(own.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(own.out).object();
        QVERIFY(o["open"]["count"].toInt() < count);
        const Run table = cli({ "--db", m_db, "funnel" });
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.startsWith("STAGE"));
        QVERIFY(table.out.contains("Negotiation"));
    }

    void forecastJson_bucketsTheRange()
    {
        Run r = cli({ "--db", m_db, "forecast", "--from", "2027-01-01", "--to", "2027-12-31", "--json" });
        QCOMPARE(r.exitCode, 0);
        QJsonObject f = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(f["granularity"].toString(), QString("month"));
        const QJsonArray months = f["buckets"].toArray();
        QCOMPARE(months.size(), 12);
        QCOMPARE(months[0]["period"].toString(), QString("2027-01"));
        QCOMPARE(months[11]["end"].toString(), QString("2027-12-31"));
        r = cli({ "--db", m_db, "forecast", "--from", "2027-01-01", "--to", "2027-12-31", "--granularity",
                  "quarter", "--json" });
        QCOMPARE(r.exitCode, 0);
        f = QJsonDocument::fromJson(r.out).object();
        const QJsonArray quarters = f["buckets"].toArray();
        QCOMPARE(quarters.size(), 4);
        qint64 monthly = 0;
        qint64 quarterly = 0;
        for (const QJsonValue &b : months)
            monthly += b["pipeline_minor"].toInteger();
        for (const QJsonValue &b : quarters) {
            quarterly += b["pipeline_minor"].toInteger();
            QVERIFY(b["commit_minor"].toInteger() <= b["best_case_minor"].toInteger());
            QVERIFY(b["best_case_minor"].toInteger() <= b["pipeline_minor"].toInteger());
            QVERIFY(b["target_minor"].toInteger() > 0); // the demo sets monthly targets; a quarter sums them
        }
        QCOMPARE(quarterly, monthly);
    }

    void badInput_exitsOneWithOneLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("expected");
        QTest::addRow("unknown command") << QStringList { "--db", "DB", "frobnicate" }
                                         << QByteArray("unknown command frobnicate");
        QTest::addRow("missing --db")
            << QStringList { "accounts", "list" } << QByteArray("--db FILE is required");
        QTest::addRow("no command")
            << QStringList { "--db", "DB" } << QByteArray("no command given");
        QTest::addRow("bad number") << QStringList { "--db", "DB", "demo", "--accounts", "abc" }
                                    << QByteArray("--accounts must be a whole number");
        QTest::addRow("missing format") << QStringList { "--db", "DB", "accounts", "export" }
                                        << QByteArray("--format csv|json is required");
        QTest::addRow("bad subcommand") << QStringList { "--db", "DB", "accounts", "delete" }
                                        << QByteArray("accounts needs list or export");
        QTest::addRow("unknown option")
            << QStringList { "--verbose", "init" } << QByteArray("unknown option --verbose");
        QTest::addRow("stray argument") << QStringList { "--db", "DB", "accounts", "list", "extra" }
                                        << QByteArray("unexpected argument extra");
        QTest::addRow("missing store")
            << QStringList { "--db", "NOPE", "accounts", "list" } << QByteArray("does not exist");
        QTest::addRow("unknown command option") << QStringList { "--db", "DB", "demo", "--verbose" }
                                                << QByteArray("unknown option --verbose for demo");
        QTest::addRow("seed too big")
            << QStringList { "--db", "DB", "demo", "--seed", "4294967296" }
            << QByteArray("--seed must be a whole number");
        QTest::addRow("negative accounts")
            << QStringList { "--db", "DB", "demo", "--accounts", "-3" }
            << QByteArray("--accounts must be a whole number");
        QTest::addRow("missing value")
            << QStringList { "--db", "DB", "demo", "--accounts" } << QByteArray("--accounts");
        QTest::addRow("bad format")
            << QStringList { "--db", "DB", "accounts", "export", "--format", "xml" }
            << QByteArray("--format must be csv or json");
        QTest::addRow("missing store on export")
            << QStringList { "--db", "NOPE", "accounts", "export", "--format", "csv" }
            << QByteArray("does not exist");
        QTest::addRow("demo in a missing folder")
            << QStringList { "--db", "/nonexistent/dir/x.sqlite", "demo" }
            << QByteArray("/nonexistent/dir/x.sqlite");
        QTest::addRow("funnel bad date")
            << QStringList { "--db", "DB", "funnel", "--from", "2027-13-01" } << QByteArray("--from must be a date");
        QTest::addRow("funnel reversed period")
            << QStringList { "--db", "DB", "funnel", "--from", "2027-06-01", "--to", "2027-01-01" }
            << QByteArray("--to 2027-01-01 is before --from 2027-06-01");
        QTest::addRow("funnel unknown owner")
            << QStringList { "--db", "DB", "funnel", "--owner", "nobody" } << QByteArray("no user nobody");
        QTest::addRow("funnel unknown currency")
            << QStringList { "--db", "DB", "funnel", "--currency", "rmb" } << QByteArray("--currency must be");
        QTest::addRow("forecast bad granularity")
            << QStringList { "--db", "DB", "forecast", "--granularity", "week" }
            << QByteArray("--granularity must be month or quarter");
        QTest::addRow("unwritable export")
            << QStringList { "--db",     "DB",  "accounts", "export",
                             "--format", "csv", "--out",    "/nonexistent/dir/a.csv" }
            << QByteArray("Cannot write");
        QTest::addRow("plan-pdf without account")
            << QStringList { "--db", "DB", "plan-pdf", "--out", "x.pdf" } << QByteArray("plan-pdf needs either --account");
        QTest::addRow("plan-pdf bad page")
            << QStringList { "--db", "DB", "plan-pdf", "--all", "--out-dir", ".", "--page", "a3" }
            << QByteArray("--page must be a4 or letter");
        QTest::addRow("plan-pdf bad language")
            << QStringList { "--db", "DB", "plan-pdf", "--all", "--out-dir", ".", "--lang", "fr" }
            << QByteArray("--lang must be zh_CN or en");
        QTest::addRow("plan-pdf unknown account")
            << QStringList { "--db", "DB", "plan-pdf", "--account", "Nobody Ltd", "--out", "x.pdf" }
            << QByteArray("no account Nobody Ltd");
        QTest::addRow("nps bad date")
            << QStringList { "--db", "DB", "nps", "--to", "31.12.2026" } << QByteArray("--to must be a date");
        QTest::addRow("nps reversed period")
            << QStringList { "--db", "DB", "nps", "--from", "2026-06-01", "--to", "2026-01-01" }
            << QByteArray("--to 2026-01-01 is before --from 2026-06-01");
        QTest::addRow("nps unknown account")
            << QStringList { "--db", "DB", "nps", "--account", "Nobody Ltd" } << QByteArray("no account Nobody Ltd");
        QTest::addRow("plan-pdf missing folder")
            << QStringList { "--db", "DB", "plan-pdf", "--all", "--out-dir", "/nonexistent/dir" }
            << QByteArray("/nonexistent/dir does not exist");
    }
    void badInput_exitsOneWithOneLine()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, expected);
        args.replaceInStrings("DB", m_db);
        args.replaceInStrings("NOPE", m_dir.filePath("nope.sqlite"));
        const QByteArray before = hashOf(m_db);
        const Run r = cli(args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(expected), r.err.constData());
        QVERIFY(r.err.startsWith("kamdesk-cli: "));
        QVERIFY(!r.err.contains(".partial")); // a demo's temporary name stays internal
        QCOMPARE(r.err.count('\n'), 1);
        QCOMPARE(hashOf(m_db), before);
        QVERIFY(!QFile::exists(m_dir.filePath("nope.sqlite")));
    }

    void givenNewerOrForeignStore_whenOpened_thenRefusedUnchanged_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::addColumn<QByteArray>("expected");
        QTest::addRow("newer version")
            << QByteArray("PRAGMA user_version = 99") << QByteArray("newer version of KAM Desk");
        QTest::addRow("text file") << QByteArray() << QByteArray("not a KAM Desk store");
    }
    void givenNewerOrForeignStore_whenOpened_thenRefusedUnchanged()
    {
        QFETCH(QByteArray, sql);
        QFETCH(QByteArray, expected);
        const QString path = m_dir.filePath(QString("odd-%1.sqlite").arg(QTest::currentDataTag()));
        if (sql.isEmpty()) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("legal_name,tier\nACME,core\n");
        } else {
            QCOMPARE(cli({ "--db", path, "init" }).exitCode, 0);
            {
                QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "raw");
                db.setDatabaseName(path);
                QVERIFY(db.open());
                QSqlQuery q(db);
                QVERIFY(q.exec("PRAGMA journal_mode = DELETE"));
                QVERIFY(q.exec(QString::fromLatin1(sql)));
                q.finish();
                db.close();
            }
            QSqlDatabase::removeDatabase("raw");
        }
        const QByteArray before = hashOf(path);
        // When any command is run on it, then it is refused with one line and left untouched.
        const QList<QStringList> commands = { { "accounts", "list" },
                                              { "init" },
                                              { "demo", "--accounts", "3" },
                                              { "accounts", "export", "--format", "json" } };
        for (const QStringList &command : commands) {
            const Run r = cli(QStringList { "--db", path } + command);
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(expected), r.err.constData());
            QCOMPARE(r.err.count('\n'), 1);
            QCOMPARE(hashOf(path), before);
            QVERIFY(!QFile::exists(path + "-wal") || QFileInfo(path + "-wal").size() == 0);
        }
    }

    void givenExistingOut_whenExportFails_thenFileUntouched()
    {
        // Given an export file from an earlier run …
        const QString path = m_dir.filePath("keep.csv");
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("old contents\n");
        }
        const QByteArray before = hashOf(path);
        // … when an export to it is refused (the store does not exist) …
        const Run r = cli({ "--db", m_dir.filePath("nope.sqlite"), "accounts", "export", "--format",
                            "csv", "--out", path });
        // … then it keeps its contents and no temporary file is left next to it.
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(hashOf(path), before);
        QCOMPARE(QDir(m_dir.path()).entryList({ "keep.csv*" }, QDir::Files),
                 QStringList { "keep.csv" });
    }

    void givenDbAfterCommand_whenRun_thenSameAsBefore()
    {
        const Run r = cli({ "accounts", "list", "--json", "--db", m_db });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 30);
    }

    void givenDemoTwice_whenRun_thenSecondPortfolioAdded()
    {
        // Given the leftovers of a killed run that was making a new store …
        const QString path = m_dir.filePath("twice.sqlite");
        {
            QFile stale(path + ".partial");
            QVERIFY(stale.open(QIODevice::WriteOnly));
            stale.write("half a store");
        }
        // … a new store is made anyway, and only the store is left (built aside, then moved).
        QCOMPARE(cli({ "--db", path, "demo", "--accounts", "12" }).exitCode, 0);
        QCOMPARE(QDir(m_dir.path()).entryList({ "twice.sqlite*" }, QDir::Files),
                 QStringList { "twice.sqlite" });
        // When demo runs again on it, a second portfolio is added in one transaction.
        const Run again = cli({ "--db", path, "demo", "--accounts", "12" });
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.startsWith("demo: 12 accounts"), again.out.constData());
        QCOMPARE(QJsonDocument::fromJson(cli({ "--db", path, "accounts", "list", "--json" }).out)
                     .array()
                     .size(),
                 24);
    }

    void planPdf_writesTheAccountsPlan()
    {
        // Given a demo account with plans, read from the store file
        QString id, name, period;
        int plans = 0;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "plans");
            db.setDatabaseName(m_db);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec("SELECT a.id, a.short_name, p.period FROM plans p JOIN accounts a ON a.id = p.account_id "
                           "WHERE p.deleted_at IS NULL ORDER BY p.period LIMIT 1"));
            QVERIFY(q.next());
            id = q.value(0).toString();
            name = q.value(1).toString();
            period = q.value(2).toString();
            QVERIFY(q.exec("SELECT count(*) FROM plans WHERE deleted_at IS NULL"));
            QVERIFY(q.next());
            plans = q.value(0).toInt();
        }
        QSqlDatabase::removeDatabase("plans");
        // When its latest plan is exported by name, and the older one by id on Letter in Chinese
        const QString latest = m_dir.filePath("latest.pdf");
        Run r = cli({ "--db", m_db, "plan-pdf", "--account", name, "--out", latest });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith("wrote " + latest.toUtf8() + " ("), r.out.constData());
        QFile file(latest);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        r = cli({ "--db", m_db, "plan-pdf", "--account", id, "--period", period, "--page", "letter", "--lang", "zh_CN",
                  "--out", m_dir.filePath("older.pdf") });
        QCOMPARE(r.exitCode, 0);
        // Then a period without a plan and an unwritable file are refused, naming what is wrong
        r = cli({ "--db", m_db, "plan-pdf", "--account", id, "--period", "1999", "--out", m_dir.filePath("x.pdf") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("has no plan for period 1999 (its plans: "), r.err.constData());
        r = cli({ "--db", m_db, "plan-pdf", "--account", id, "--out", "/nonexistent/dir/p.pdf" });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("Cannot write") && r.err.contains("/nonexistent/dir/p.pdf"), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
        // and --all writes one file per plan
        QVERIFY(QDir(m_dir.path()).mkdir("plans"));
        r = cli({ "--db", m_db, "plan-pdf", "--all", "--out-dir", m_dir.filePath("plans") });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QDir(m_dir.filePath("plans")).entryList({ "*.pdf" }).size(), plans);
        QVERIFY2(r.out.endsWith(QByteArray::number(plans) + " plans written to " + m_dir.filePath("plans").toUtf8() + "\n"),
                 r.out.constData());
    }

    void nps_countsWhatTheStoreHolds()
    {
        // Given the counts the demo store holds, by SQL of its own
        const auto counts = [&](const QString &where, const QVariantList &binds) {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "nps");
            db.setDatabaseName(m_db);
            QList<int> c;
            if (db.open()) {
                QSqlQuery q(db);
                q.prepare("SELECT count(*), count(*) FILTER (WHERE recommend >= 0), count(*) FILTER (WHERE recommend >= 9), "
                          "count(*) FILTER (WHERE recommend IN (7, 8)), count(*) FILTER (WHERE recommend BETWEEN 0 AND 6) "
                          "FROM satisfaction_responses r JOIN accounts a ON a.id = r.account_id "
                          "WHERE r.deleted_at IS NULL AND a.deleted_at IS NULL " + where);
                for (const QVariant &b : binds)
                    q.addBindValue(b);
                if (q.exec() && q.next())
                    for (int i = 0; i < 5; ++i)
                        c << q.value(i).toInt();
            }
            db = {};
            QSqlDatabase::removeDatabase("nps");
            return c;
        };
        const auto check = [](const Run &r, const QList<int> &c) {
            QCOMPARE(r.exitCode, 0);
            const QJsonObject o = QJsonDocument::fromJson(r.out).object();
            QCOMPARE(c.size(), 5);
            QVERIFY2(c[0] > c[1] && c[1] > 0, "the demo has answered and unanswered responses");
            QCOMPARE(o.value("responses").toInt(), c[0]);
            QCOMPARE(o.value("answered").toInt(), c[1]);
            QCOMPARE(o.value("promoters").toInt(), c[2]);
            QCOMPARE(o.value("passives").toInt(), c[3]);
            QCOMPARE(o.value("detractors").toInt(), c[4]);
            QCOMPARE(o.value("nps").toDouble(), std::round((c[2] - c[4]) * 1000.0 / c[1]) / 10);
        };
        // When the portfolio's NPS is asked for, then for one year
        check(cli({ "--db", m_db, "nps", "--json" }), counts({}, {}));
        check(cli({ "--db", m_db, "nps", "--from", "2026-01-01", "--to", "2026-12-31", "--json" }),
              counts("AND responded_on BETWEEN ? AND ?", { "2026-01-01", "2026-12-31" }));
        // Then an account's, by name, counts it with its branches
        QString group;
        QStringList members;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "groups");
            db.setDatabaseName(m_db);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec("SELECT p.legal_name, p.id FROM accounts p WHERE p.deleted_at IS NULL AND EXISTS "
                           "(SELECT 1 FROM accounts b WHERE b.parent_id = p.id) LIMIT 1"));
            QVERIFY(q.next());
            group = q.value(0).toString();
            members << q.value(1).toString();
            QVERIFY(q.exec("SELECT id FROM accounts WHERE parent_id = '" + members[0] + "'"));
            while (q.next())
                members << q.value(0).toString();
        }
        QSqlDatabase::removeDatabase("groups");
        const Run one = cli({ "--db", m_db, "nps", "--account", group, "--json" });
        QVariantList ids(members.begin(), members.end());
        QCOMPARE(QJsonDocument::fromJson(one.out).object().value("responses").toInt(),
                 counts(QString("AND r.account_id IN (%1)").arg(QStringList(members.size(), "?").join(',')), ids)[0]);
        // and with nothing answered the NPS is null, never zero
        const QString empty = m_dir.filePath("empty.sqlite");
        QCOMPARE(cli({ "--db", empty, "init" }).exitCode, 0);
        const Run none = cli({ "--db", empty, "nps", "--json" });
        QCOMPARE(none.exitCode, 0);
        QCOMPARE(none.out.trimmed(),
                 QByteArray(R"({"answered":0,"detractors":0,"nps":null,"passives":0,"promoters":0,"responses":0})"));
        const Run text = cli({ "--db", empty, "nps" });
        QVERIFY2(text.out.contains("NPS - (none answered)"), text.out.constData());
    }

    void score_ranksEveryAccountWithTheActiveModel()
    {
        // Given the demo store, when its portfolio is scored
        const Run list = cli({ "--db", m_db, "accounts", "list", "--json" });
        QCOMPARE(list.exitCode, 0);
        const int accounts = int(QJsonDocument::fromJson(list.out).array().size());
        const Run run = cli({ "--db", m_db, "score", "--json" });
        QCOMPARE(run.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(run.out).object();
        // then every live account is ranked best first, with its eight criteria
        QVERIFY(!o.value("model").toString().isEmpty());
        QVERIFY(o.value("consistent").toBool());
        const QJsonArray rows = o.value("accounts").toArray();
        QCOMPARE(int(rows.size()), accounts);
        int lastRank = 0;
        double lastScore = 101;
        for (const QJsonValue &v : rows) {
            const QJsonObject r = v.toObject();
            const double score = r.value("score").toDouble();
            QVERIFY(score >= 0 && score <= 100);
            QVERIFY(r.value("rank").toInt() >= lastRank);
            QVERIFY(score <= lastScore);
            lastRank = r.value("rank").toInt();
            lastScore = score;
            QVERIFY(!r.value("proposed_tier").toString().isEmpty());
            const QJsonObject criteria = r.value("criteria").toObject();
            QCOMPARE(criteria.size(), 8);
            if (o.value("method").toString() == "weighted_sum") { // points add up to the score
                double sum = 0;
                for (const QJsonValue &p : criteria)
                    sum += p.toDouble();
                QVERIFY2(std::abs(sum - score) < 0.05, qPrintable(QString::number(sum)));
            }
        }
        QCOMPARE(rows.first().toObject().value("rank").toInt(), 1);
        // and an empty store scores nothing with the built-in model
        const QString empty = m_dir.filePath("empty-score.sqlite");
        QCOMPARE(cli({ "--db", empty, "init" }).exitCode, 0);
        const Run none = cli({ "--db", empty, "score", "--json" });
        QCOMPARE(none.exitCode, 0);
        const QJsonObject n = QJsonDocument::fromJson(none.out).object();
        QCOMPARE(n.value("method").toString(), QString("weighted_sum"));
        QVERIFY(n.value("accounts").toArray().isEmpty());
        const Run text = cli({ "--db", m_db, "score" });
        QCOMPARE(text.exitCode, 0);
        QCOMPARE(text.out.count('\n'), accounts + 2); // model line, header, one line per account
    }

    void versionAndHelp()
    {
        const Run v = cli({ "--version" });
        QCOMPARE(v.exitCode, 0);
        QVERIFY(v.out.startsWith("kamdesk-cli "));
        QCOMPARE(v.out.count('\n'), 1);
        const Run sub = cli({ "--db", m_db, "accounts", "export", "--help" });
        QCOMPARE(sub.exitCode, 0);
        QVERIFY(sub.out.contains("--format csv|json"));
    }

    void helpForEachCommand()
    {
        for (const char *command : { "init", "accounts", "demo", "plan-pdf", "nps", "score" }) {
            const Run r = cli({ command, "--help" });
            QCOMPARE(r.exitCode, 0);
            QVERIFY(r.out.contains(command));
        }
        const Run r = cli({ "--help" });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("Usage: kamdesk-cli"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
