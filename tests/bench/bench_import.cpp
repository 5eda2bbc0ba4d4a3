// SPDX-License-Identifier: GPL-3.0-or-later
// CSV import benchmark (on demand: ctest --test-dir build -R bench_import --verbose).
//
// A store with 2,000 accounts (created through the store first), then a generated 100,000-row
// opportunity CSV (seeded: titles, account names, amounts written "12,345.67", ISO dates, stage
// names; KAM_BENCH_ROWS sets another count) imported the way the wizard and the CLI do it. It
// prints, with rows/s:
//   (a) readImportSource: decode, detect, split
//   (b) prepareImport: parse, link accounts and stages, check duplicates
//   (c) runImport: write through Store::create in chunks, journaled, each chunk a transaction
//       (no savepoint per row, the WAL checkpointed once at the end), the rows' statements run
//       through SQLite's own API
//   (b) + (c), validate + import                                               target ≤ 5000 ms
// and three floors, each writing what (c) wrote (the deals, their first stage changes, the
// journal mutations with their fields) into a copy of the store as it was before (c), with the
// store's indexes and pragmas:
//   QtSql floor: those rows read back into memory and written through one prepared QtSql insert
//     per table, a bound value per column: no checks, ids, journal text or savepoints, so what
//     a statement per row costs through QtSql on this machine;
//   journaled floor (when sqlite3 is installed): the sqlite3 shell copying them set-based: no
//     parsing, checks or QtSql, so what no write path through the journal can beat;
//   raw floor: `sqlite3 DB ".import --csv FILE t"` of the same file into one bare table.
// and the machine it ran on. It prints figures; it does not fail on slowness.

#include "io/import_source.h"
#include "io/importer.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

using namespace kam;

namespace {

constexpr int kAccounts = 2000;
constexpr int kDefaultRows = 100000;
constexpr quint32 kSeed = 10;

void say(const QString &line)
{
    std::fputs(qPrintable(line + '\n'), stdout);
    std::fflush(stdout);
}

QString figures(qint64 ms, int rows)
{
    return QStringLiteral("%1 ms, %2 rows/s").arg(ms).arg(ms > 0 ? qint64(rows) * 1000 / ms : 0);
}

QString accountName(int i)
{
    static const char *const cities[]
        = { "上海", "北京", "深圳", "苏州", "杭州", "武汉", "成都", "天津" };
    static const char *const trades[]
        = { "精密机械", "新材料", "电子科技", "化工", "汽车零部件", "医疗器械" };
    return QString::fromUtf8(cities[i % 8]) + QString::fromUtf8(trades[(i / 8) % 6])
        + QStringLiteral("%1号").arg(i) + QString::fromUtf8("有限公司");
}

const char *const kPragmas[] = { "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL",
                                 "PRAGMA foreign_keys = ON", "PRAGMA temp_store = MEMORY",
                                 "PRAGMA cache_size = -65536" };

/// The QtSql floor: the rows (c) wrote, read back into memory, then written into `copy` (the
/// store as it was before (c)) through one prepared INSERT per table, one bound value per
/// column, in one transaction. What QtSql costs for those rows and values with no checks, ids,
/// journal text or savepoints; -1 when it fails.
qint64 qtSqlFloor(const Store &store, const QString &copy, qint64 lastSeq)
{
    struct Table
    {
        QString name;
        QString where;
        std::vector<QVariantList> rows = {};
    };
    std::vector<Table> tables = { { QStringLiteral("opportunities"), {} },
                                  { QStringLiteral("stage_changes"), {} },
                                  { QStringLiteral("journal"), QStringLiteral(" WHERE seq > %1").arg(lastSeq) } };
    for (Table &t : tables)
        if (!store.run(QStringLiteral("SELECT * FROM ") + t.name + t.where, {}, [&](const QSqlQuery &q) {
                QVariantList row;
                const int columns = q.record().count();
                for (int i = 0; i < columns; ++i)
                    row << q.value(i);
                t.rows.push_back(std::move(row));
            }))
            return -1;
    const QString connection = QStringLiteral("qtsql-floor");
    qint64 ms = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(copy);
        if (db.open()) {
            QSqlQuery q(db);
            bool ok = true;
            for (const char *pragma : kPragmas)
                ok = ok && q.exec(QString::fromLatin1(pragma));
            QElapsedTimer timer;
            timer.start();
            ok = ok && q.exec(QStringLiteral("BEGIN"));
            for (const Table &t : tables) {
                if (!ok || t.rows.empty())
                    continue;
                QSqlQuery insert(db);
                ok = insert.prepare(QStringLiteral("INSERT INTO %1 VALUES (%2)")
                                        .arg(t.name, QStringLiteral("?,").repeated(t.rows.front().size()).chopped(1)));
                for (const QVariantList &row : t.rows) {
                    for (const QVariant &v : row)
                        insert.addBindValue(v);
                    ok = ok && insert.exec();
                }
            }
            if (ok && q.exec(QStringLiteral("COMMIT")))
                ms = timer.elapsed();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return ms;
}

int fail(const QString &what, const Error &e)
{
    say(what + QStringLiteral(": ") + e.message);
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    say(QStringLiteral("machine: %1, %2 logical cores, Qt %3")
            .arg(QSysInfo::prettyProductName())
            .arg(QThread::idealThreadCount())
            .arg(QString::fromLatin1(qVersion())));
    // KAM_BENCH_ROWS=10000 for a quicker look.
    const int kRows = qEnvironmentVariableIntValue("KAM_BENCH_ROWS") > 0
        ? qEnvironmentVariableIntValue("KAM_BENCH_ROWS")
        : kDefaultRows;
    QTemporaryDir dir;
    Result<std::unique_ptr<Store>> opened
        = Store::open(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!opened)
        return fail(QStringLiteral("open"), opened.error());
    Store &store = **opened;

    QElapsedTimer timer;
    timer.start();
    const Result<void> made = store.transaction([&]() -> Result<void> {
        for (int i = 0; i < kAccounts; ++i) {
            Account a;
            a.legalName = accountName(i);
            if (Result<Account> r = store.create(a); !r)
                return r.error();
        }
        return {};
    });
    if (!made)
        return fail(QStringLiteral("accounts"), made.error());
    say(QStringLiteral("setup: %1 accounts in %2 ms").arg(kAccounts).arg(timer.elapsed()));

    // The file, as a spreadsheet exports it.
    static const char *const stages[] = { "Need identified", "Contact & samples",
                                          "Intent confirmed", "Negotiation", "Contract signed" };
    static const char *const subjects[]
        = { "年度框架采购", "备件补货", "产线改造", "样品试用", "设备更新", "服务续约" };
    QRandomGenerator random(kSeed);
    const QString csvPath = dir.filePath(QStringLiteral("deals.csv"));
    {
        QFile file(csvPath);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        QByteArray out = "title,account,amount,stage,expected_close\n";
        for (int i = 0; i < kRows; ++i) {
            const int account = int(random.bounded(kAccounts));
            const qint64 cents = 100000 + random.bounded(500000000);
            const QString amount = QLocale(QLocale::English).toString(cents / 100)
                + QStringLiteral(".%1").arg(cents % 100, 2, 10, QLatin1Char('0'));
            const QDate close = QDate(2027, 1, 1).addDays(random.bounded(365));
            out += QStringLiteral("%1 #%2,%3,\"%4\",%5,%6\n")
                       .arg(QString::fromUtf8(subjects[i % 6]), QString::number(i),
                            accountName(account), amount,
                            QString::fromLatin1(stages[random.bounded(5)]),
                            close.toString(Qt::ISODate))
                       .toUtf8();
        }
        file.write(out);
    }
    say(QStringLiteral("file: %1 rows, %2 MB")
            .arg(kRows)
            .arg(double(QFileInfo(csvPath).size()) / 1e6, 0, 'f', 1));

    timer.restart();
    Result<ImportSource> source = readImportSource(csvPath);
    if (!source)
        return fail(QStringLiteral("read"), source.error());
    const qint64 readMs = timer.elapsed();
    say(QStringLiteral("(a) readImportSource: ") + figures(readMs, kRows));

    ImportOptions options;
    options.entity = ImportEntity::Opportunities;
    options.mapping.columns
        = { { QStringLiteral("title"), QStringLiteral("title") },
            { QStringLiteral("account_id"), QStringLiteral("account") },
            { QStringLiteral("amount"), QStringLiteral("amount") },
            { QStringLiteral("stage_id"), QStringLiteral("stage") },
            { QStringLiteral("expected_close"), QStringLiteral("expected_close") } };
    timer.restart();
    Result<ImportPlan> plan = prepareImport(store, *source, options);
    if (!plan)
        return fail(QStringLiteral("prepare"), plan.error());
    const qint64 prepareMs = timer.elapsed();
    say(QStringLiteral("(b) prepareImport: ") + figures(prepareMs, kRows)
        + QStringLiteral(" (%1 new, %2 rejected)")
              .arg(plan->count(PreparedRow::Status::New))
              .arg(plan->count(PreparedRow::Status::Rejected)));

    // The store as it is before the import, for the journaled floor.
    const QString before = dir.filePath(QStringLiteral("before.sqlite"));
    qint64 lastSeq = 0;
    if (Result<void> r = store.run(QStringLiteral("SELECT coalesce(max(seq), 0) FROM journal"), {},
                                   [&](const QSqlQuery &q) { lastSeq = q.value(0).toLongLong(); });
        !r)
        return fail(QStringLiteral("journal"), r.error());
    if (Result<void> r = store.run(QStringLiteral("VACUUM INTO ?"), {before}); !r)
        return fail(QStringLiteral("copy"), r.error());

    timer.restart();
    Result<ImportReport> report = runImport(store, *plan);
    if (!report)
        return fail(QStringLiteral("run"), report.error());
    const qint64 runMs = timer.elapsed();
    say(QStringLiteral("(c) runImport: ") + figures(runMs, kRows)
        + QStringLiteral(" (%1 imported, %2 rejected)")
              .arg(report->imported)
              .arg(report->rejected));
    const qint64 total = prepareMs + runMs;
    say(QStringLiteral("validate + import: ") + figures(total, kRows)
        + (total <= 5000 ? QStringLiteral(" — target ≤ 5000 ms: met")
                         : QStringLiteral(" — target ≤ 5000 ms: missed")));

    const QString qtSqlCopy = dir.filePath(QStringLiteral("qtsql-floor.sqlite"));
    const qint64 qtSqlMs = QFile::copy(before, qtSqlCopy) ? qtSqlFloor(store, qtSqlCopy, lastSeq) : -1;
    say(qtSqlMs < 0 ? QStringLiteral("QtSql floor: failed")
                    : QStringLiteral("QtSql floor, the same rows through prepared QtSql inserts: ")
                          + figures(qtSqlMs, kRows));

    const QString sqlite = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite.isEmpty()) {
        say(QStringLiteral("raw floor: sqlite3 is not installed"));
        return 0;
    }
    QProcess process;
    timer.restart();
    process.start(sqlite,
                  { dir.filePath(QStringLiteral("floor.sqlite")),
                    QStringLiteral(".import --csv %1 t").arg(QDir::toNativeSeparators(csvPath)) });
    if (!process.waitForFinished(600000) || process.exitCode() != 0) {
        say(QStringLiteral("raw floor: sqlite3 failed: ")
            + QString::fromUtf8(process.readAllStandardError()));
        return 0;
    }
    say(QStringLiteral("raw floor, sqlite3 .import --csv: ") + figures(timer.elapsed(), kRows));

    QStringList pragmas;
    for (const char *pragma : kPragmas)
        pragmas << QString::fromLatin1(pragma);
    const QString script = QStringLiteral(
        "%3; ATTACH '%1' AS done; BEGIN; "
        "INSERT INTO opportunities SELECT * FROM done.opportunities; "
        "INSERT INTO stage_changes SELECT * FROM done.stage_changes; "
        "INSERT INTO journal SELECT * FROM done.journal WHERE seq > %2; COMMIT;")
                               .arg(store.path())
                               .arg(lastSeq)
                               .arg(pragmas.join(QStringLiteral("; ")));
    timer.restart();
    process.start(sqlite, { before, script });
    if (!process.waitForFinished(600000) || process.exitCode() != 0) {
        say(QStringLiteral("journaled floor: sqlite3 failed: ") + QString::fromUtf8(process.readAllStandardError()));
        return 0;
    }
    say(QStringLiteral("journaled floor, SQLite alone writing what (c) wrote: ") + figures(timer.elapsed(), kRows));
    return 0;
}
