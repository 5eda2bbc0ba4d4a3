// SPDX-License-Identifier: GPL-3.0-or-later
// Opening stores of every earlier schema version, and refusing files KAM Desk must not touch.

#include "support/store_fixture.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace kam;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

/// Runs raw SQL on a file outside the store, as another program or an old version would.
void runSql(const QString &path, const QStringList &statements)
{
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &sql : statements)
            QVERIFY2(q.exec(sql), qPrintable(sql + QLatin1Char(' ') + q.lastError().text()));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

/// A store file made at schema `version`, with nothing in it yet; empty when that fails.
QString oldStoreFile(const QTemporaryDir &dir, int version)
{
    const QString path = dir.filePath(QStringLiteral("v%1.sqlite").arg(version));
    Result<std::unique_ptr<Store>> old = Store::open(path, version);
    if (!old) {
        qWarning("cannot make a version %d store: %s", version, qPrintable(old.error().message));
        return {};
    }
    return path;
}

QStringList fixtureStatements(const QString &file)
{
    QFile f(QStringLiteral(KAM_FIXTURES "/") + file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringList out;
    for (const QString &line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n')))
        if (!line.startsWith(QLatin1String("--")) && !line.trimmed().isEmpty())
            out << line; // one statement per line, as sqlite3 .dump writes them
    return out;
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void givenNoFile_whenOpened_thenCurrentSchemaAndLocalUser()
    {
        QTemporaryDir dir;
        auto store = test::openStore(dir);
        QVERIFY(store);
        QCOMPARE(store->schemaVersion(), Store::kSchemaVersion);
        QVERIFY(!store->currentUserId().isEmpty());
        QCOMPARE(*store->count(QStringLiteral("users")), 1);
        QCOMPARE(*store->count(QStringLiteral("account_team")), 0);
    }

    void givenEveryEarlierVersion_whenOpened_thenUpgradedAndWritable_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 0; v < Store::kSchemaVersion; ++v)
            QTest::addRow("v%d", v) << v;
    }
    void givenEveryEarlierVersion_whenOpened_thenUpgradedAndWritable()
    {
        QFETCH(int, from);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        if (from > 0) {
            Result<std::unique_ptr<Store>> old = Store::open(path, from);
            QVERIFY2(old, old ? "" : qPrintable(old.error().message));
            QCOMPARE(old.value()->schemaVersion(), from);
        }
        auto store = test::openStore(dir, QStringLiteral("old.sqlite"));
        QVERIFY(store);
        QCOMPARE(store->schemaVersion(), Store::kSchemaVersion);
        Result<Account> a = store->create(test::sampleAccount(QStringLiteral("Upgraded Ltd"), 1));
        QVERIFY2(a, a ? "" : qPrintable(a.error().message));
        TeamMember m;
        m.accountId = a->meta.id;
        m.userId = store->currentUserId();
        QVERIFY(store->create(m));
        // The tables of version 7 are there too.
        Campaign c;
        c.name = QStringLiteral("2026 工业装备展");
        Result<Campaign> campaign = store->create(c);
        QVERIFY2(campaign, campaign ? "" : qPrintable(campaign.error().message));
        CostEntry e;
        e.accountId = a->meta.id;
        e.incurredOn = QDate(2026, 10, 1);
        e.amountMinor = 120000;
        QVERIFY(store->create(e));
        QVERIFY(store->decideTier(a->meta.id, Tier::Key, QStringLiteral("key"), 66, QStringLiteral("m"), {}));
        // And the export log of version 8.
        Result<ExportRecord> logged
            = store->recordExport(QStringLiteral("portfolio"), QStringLiteral("csv"), 1, QStringLiteral("p.csv"));
        QVERIFY2(logged, logged ? "" : qPrintable(logged.error().message));
        QCOMPARE(store->exportRecords()->size(), size_t(1));
    }

    // Given a version 8 store whose journal has one row per field (a pushed insert and a
    // pending edit, values of every SQLite type), when opened, then each mutation keeps its
    // fields with their types in the compact journal, the pending one is still pushed and
    // the history reads as before.
    void givenVersion8Journal_whenOpened_thenFieldsKeptInCompactJournal()
    {
        QTemporaryDir dir;
        const QString path = oldStoreFile(dir, 8);
        QVERIFY(!path.isEmpty());
        runSql(path, {QStringLiteral("INSERT INTO accounts (id, created_at, updated_at, server_rev, legal_name, kind, "
                                     "tier, lifecycle, currency, annual_revenue_minor) VALUES ('a-8', "
                                     "'2026-10-01T08:00:00.000Z', '2026-10-02T08:00:00.000Z', 4, '三一重工 \"华东\"', "
                                     "'enterprise', 'key', 'mature', 'CNY', 900)"),
                      QStringLiteral("INSERT INTO journal VALUES (1, 'm-1', 'accounts', 'a-8', 'insert', 0, 'u-1', "
                                     "'2026-10-01T08:00:00.000Z', 1)"),
                      QStringLiteral("INSERT INTO journal VALUES (2, 'm-2', 'accounts', 'a-8', 'update', 4, 'u-1', "
                                     "'2026-10-02T08:00:00.000Z', 0)"),
                      QStringLiteral("INSERT INTO journal_fields VALUES (1, 'legal_name', NULL, '三一重工'), "
                                     "(1, 'annual_revenue_minor', NULL, 700), (1, 'notes', NULL, 'line 1\nline \"2\"')"),
                      QStringLiteral("INSERT INTO journal_fields VALUES (2, 'legal_name', '三一重工', '三一重工 \"华东\"'), "
                                     "(2, 'annual_revenue_minor', 700, 900), (2, 'notes', 'line 1\nline \"2\"', NULL), "
                                     "(2, 'strategic_fit', 2.5, 3.0)")});

        auto store = test::openStore(dir, QStringLiteral("v8.sqlite"));
        QVERIFY(store);
        QCOMPARE(store->schemaVersion(), Store::kSchemaVersion);
        // Seq 3 on is the stand-in user the store makes on its first open at this version.
        const std::vector<JournalEntry> journal = store->journal().value();
        QCOMPARE(std::count_if(journal.begin(), journal.end(), [](const JournalEntry &e) { return e.seq <= 2; }), 7);
        QHash<QString, JournalEntry> edit;
        for (const JournalEntry &e : journal)
            if (e.seq == 2)
                edit.insert(e.field, e);
        QCOMPARE(edit.size(), 4);
        QCOMPARE(edit[QStringLiteral("legal_name")].newValue, QVariant(QStringLiteral("三一重工 \"华东\"")));
        QCOMPARE(edit[QStringLiteral("annual_revenue_minor")].oldValue.typeId(), int(QMetaType::LongLong));
        QCOMPARE(edit[QStringLiteral("annual_revenue_minor")].newValue.toLongLong(), Q_INT64_C(900));
        QCOMPARE(edit[QStringLiteral("notes")].oldValue, QVariant(QStringLiteral("line 1\nline \"2\"")));
        QVERIFY(edit[QStringLiteral("notes")].newValue.isNull());
        QCOMPARE(edit[QStringLiteral("strategic_fit")].oldValue.typeId(), int(QMetaType::Double));
        QCOMPARE(edit[QStringLiteral("strategic_fit")].newValue.typeId(), int(QMetaType::Double));
        QCOMPARE(edit[QStringLiteral("strategic_fit")].newValue.toDouble(), 3.0);
        QVERIFY(!edit[QStringLiteral("legal_name")].pushed);
        QVERIFY(std::all_of(journal.begin(), journal.end(), [](const JournalEntry &e) { return e.seq != 1 || e.pushed; }));

        // New writes go to the compact journal and read back with their types.
        Account a = store->get<Account>(QStringLiteral("a-8")).value();
        a.notes = QStringLiteral("tab\there, \u0001 and \\ kept");
        a.annualRevenueMinor = 1234;
        QVERIFY(store->update(a));
        QHash<QString, JournalEntry> latest;
        const qint64 lastSeq = journal.back().seq;
        for (const JournalEntry &e : store->journal(lastSeq).value())
            latest.insert(e.field, e);
        QCOMPARE(latest.size(), 2);
        QCOMPARE(latest[QStringLiteral("notes")].newValue, QVariant(a.notes));
        QVERIFY(latest[QStringLiteral("notes")].oldValue.isNull());
        QCOMPARE(latest[QStringLiteral("annual_revenue_minor")].oldValue, QVariant(Q_INT64_C(900)));
        QCOMPARE(latest[QStringLiteral("annual_revenue_minor")].newValue, QVariant(Q_INT64_C(1234)));
    }

    // Given a version 7 store with a campaign and a cost entry (written as version 7 wrote
    // them), when opened, then they are intact and the empty export log takes records.
    void givenVersion7Data_whenOpened_thenIntactAndExportLogAdded()
    {
        QTemporaryDir dir;
        const QString path = oldStoreFile(dir, 7);
        QVERIFY(!path.isEmpty());
        runSql(path, {QStringLiteral("INSERT INTO accounts (id, created_at, updated_at, server_rev, legal_name, kind, "
                                     "tier, lifecycle, currency) VALUES ('a-7', '2026-09-01T08:00:00.000Z', "
                                     "'2026-09-01T08:00:00.000Z', 9, '徐工机械股份有限公司', 'enterprise', 'key', "
                                     "'mature', 'CNY')"),
                      QStringLiteral("INSERT INTO campaigns (id, created_at, updated_at, server_rev, name, channel, "
                                     "currency, cost_minor) VALUES ('c-7', '2026-09-01T08:00:00.000Z', "
                                     "'2026-09-01T08:00:00.000Z', 9, '2026 工业装备展', 'exhibition', 'CNY', 5000000)"),
                      QStringLiteral("INSERT INTO cost_entries (id, created_at, updated_at, server_rev, account_id, "
                                     "incurred_on, kind, amount_minor, currency) VALUES ('e-7', "
                                     "'2026-09-01T08:00:00.000Z', '2026-09-01T08:00:00.000Z', 9, 'a-7', '2026-09-01', "
                                     "'logistics', 120000, 'CNY')")});

        auto store = test::openStore(dir, QStringLiteral("v7.sqlite"));
        QVERIFY(store);
        QCOMPARE(store->schemaVersion(), Store::kSchemaVersion);
        const Campaign c = store->get<Campaign>(QStringLiteral("c-7")).value();
        QCOMPARE(c.name, QStringLiteral("2026 工业装备展"));
        QCOMPARE(c.costMinor, Q_INT64_C(5000000));
        QCOMPARE(c.channel, CampaignChannel::Exhibition);
        QCOMPARE(c.meta.serverRev, 9);
        const CostEntry e = store->get<CostEntry>(QStringLiteral("e-7")).value();
        QCOMPARE(e.amountMinor, Q_INT64_C(120000));
        QCOMPARE(e.incurredOn, QDate(2026, 9, 1));
        QCOMPARE(e.kind, CostKind::Logistics);
        QCOMPARE(*store->count(QStringLiteral("export_log")), 0);
        Result<ExportRecord> logged
            = store->recordExport(QStringLiteral("campaigns"), QStringLiteral("csv"), 1, QStringLiteral("c.csv"));
        QVERIFY2(logged, logged ? "" : qPrintable(logged.error().message));
        QCOMPARE(store->exportRecords()->front().what, QStringLiteral("campaigns"));
    }

    // Given a version 6 store with an account and its lifecycle history (written as version 6
    // wrote them), when opened, then they are intact and the account is not rated for strategic fit.
    void givenVersion6Data_whenOpened_thenIntactAndValueTablesWork()
    {
        QTemporaryDir dir;
        const QString path = oldStoreFile(dir, 6);
        QVERIFY(!path.isEmpty());
        runSql(path, {QStringLiteral("INSERT INTO accounts (id, created_at, updated_at, server_rev, legal_name, kind, "
                                     "tier, lifecycle, currency, annual_revenue_minor, payment_overdue_days) VALUES "
                                     "('a-6', '2026-03-01T08:00:00.000Z', '2026-03-01T08:00:00.000Z', 4, "
                                     "'华东钢铁集团有限公司', 'enterprise', 'key', 'mature', 'CNY', 1250000000000, 30)"),
                      QStringLiteral("INSERT INTO lifecycle_changes (id, created_at, updated_at, server_rev, account_id, "
                                     "from_stage, to_stage, reason, changed_at) VALUES ('l-6', "
                                     "'2026-03-01T08:00:00.000Z', '2026-03-01T08:00:00.000Z', 4, 'a-6', 'developing', "
                                     "'mature', '订单稳定', '2026-03-01T08:00:00.000Z')")});

        auto store = test::openStore(dir, QStringLiteral("v6.sqlite"));
        QVERIFY(store);
        QCOMPARE(store->schemaVersion(), Store::kSchemaVersion);
        const Account a = store->get<Account>(QStringLiteral("a-6")).value();
        QCOMPARE(a.legalName, QStringLiteral("华东钢铁集团有限公司"));
        QCOMPARE(a.tier, Tier::Key);
        QCOMPARE(a.paymentOverdueDays, 30);
        QCOMPARE(a.annualRevenueMinor, Q_INT64_C(1250000000000));
        QCOMPARE(a.meta.serverRev, 4);
        QCOMPARE(a.strategicFit, 0);
        QCOMPARE(store->lifecycleChanges(a.meta.id)->front().reason, QStringLiteral("订单稳定"));
        QVERIFY(store->tierChanges(a.meta.id)->empty()); // no history invented for the tier it had

        Account rated = a;
        rated.strategicFit = 4;
        QVERIFY(store->update(rated));
        QCOMPARE(store->get<Account>(a.meta.id)->strategicFit, 4);
        Result<TierChange> decided = store->decideTier(a.meta.id, Tier::Core, QStringLiteral("core"), 88,
                                                       QStringLiteral("标准价值模型"), {});
        QVERIFY2(decided, decided ? "" : qPrintable(decided.error().message));
        QCOMPARE(decided->fromTier, Tier::Key);
        QCOMPARE(store->get<Account>(a.meta.id)->tier, Tier::Core);
    }

    void givenVersion1Fixture_whenOpened_thenDataIntact()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
        const QStringList fixture = fixtureStatements(QStringLiteral("v1.sql"));
        QVERIFY(!fixture.isEmpty());
        runSql(path, fixture);

        auto store = test::openStore(dir, QStringLiteral("v1.sqlite"));
        QVERIFY(store);
        QCOMPARE(store->schemaVersion(), Store::kSchemaVersion);
        QCOMPARE(store->currentUserId(), QStringLiteral("u-1"));

        Result<Account> group = store->get<Account>(QStringLiteral("a-1"));
        QVERIFY(group);
        QCOMPARE(group->legalName, QStringLiteral("华东钢铁集团有限公司"));
        QCOMPARE(group->creditCode, QStringLiteral("91350100M000100Y43"));
        QCOMPARE(group->tier, Tier::Core);
        QCOMPARE(group->lifecycle, Lifecycle::Mature);
        QCOMPARE(group->annualRevenueMinor, Q_INT64_C(1250000000000));
        QCOMPARE(group->meta.serverRev, 3);
        QCOMPARE(group->meta.createdAt, QDateTime(QDate(2025, 3, 1), QTime(8, 0), Qt::UTC));
        Result<Account> branch = store->get<Account>(QStringLiteral("a-2"));
        QVERIFY(branch);
        QCOMPARE(branch->parentId, QStringLiteral("a-1"));

        Result<std::vector<Contact>> contacts = store->contacts(QStringLiteral("a-1"));
        QVERIFY(contacts);
        QCOMPARE(contacts->size(), size_t(2));
        Result<Contact> zhang = store->get<Contact>(QStringLiteral("c-2"));
        QCOMPARE(zhang->reportsToId, QStringLiteral("c-1"));
        QCOMPARE(zhang->buyingRole, BuyingRole::TechnicalBuyer);

        Result<std::vector<JournalEntry>> journal = store->journal();
        QCOMPARE(journal->size(), size_t(1));
        QVERIFY(journal->front().pushed);

        // The new table of version 2 works, and new edits continue the journal.
        TeamMember m;
        m.accountId = QStringLiteral("a-1");
        m.userId = QStringLiteral("u-1");
        m.role = TeamRole::Lead;
        QVERIFY(store->create(m));
        QCOMPARE(*store->pendingChangeCount(), 1); // one mutation: account_id, user_id, role
    }

    void givenNewerVersion_whenOpened_thenRefusedAndFileUnchanged()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.sqlite"));
        {
            auto store = test::openStore(dir, QStringLiteral("future.sqlite"));
            QVERIFY(store);
            QVERIFY(store->create(test::sampleAccount(QStringLiteral("Kept Ltd"))));
        }
        runSql(path, {QStringLiteral("PRAGMA journal_mode = DELETE"), QStringLiteral("PRAGMA user_version = 99")});
        const QByteArray before = fileHash(path);

        Result<std::unique_ptr<Store>> opened = Store::open(path);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, ErrorCode::NewerSchema);
        QVERIFY2(opened.error().message.contains(QLatin1String("newer version")),
                 qPrintable(opened.error().message));
        QVERIFY(opened.error().message.contains(QLatin1String("99")));
        QCOMPARE(fileHash(path), before);
    }

    void givenForeignFiles_whenOpened_thenRefusedAndUnchanged_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("sqlite");
        QTest::addRow("text file") << QByteArray("name,code\nACME,1\n") << false;
        QTest::addRow("other program's sqlite") << QByteArray() << true;
    }
    void givenForeignFiles_whenOpened_thenRefusedAndUnchanged()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, sqlite);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("foreign.db"));
        if (sqlite) {
            runSql(path, {QStringLiteral("CREATE TABLE bookmarks (url TEXT)")});
        } else {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        const QByteArray before = fileHash(path);
        Result<std::unique_ptr<Store>> opened = Store::open(path);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, ErrorCode::NotADatabase);
        QVERIFY2(opened.error().message.contains(QLatin1String("not a KAM Desk store")),
                 qPrintable(opened.error().message));
        QCOMPARE(fileHash(path), before);
    }

    void givenMissingFolder_whenOpened_thenClearError()
    {
        QTemporaryDir dir;
        Result<std::unique_ptr<Store>> opened = Store::open(dir.filePath(QStringLiteral("no/such/dir/x.sqlite")));
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, ErrorCode::NotFound);
        QVERIFY(opened.error().message.contains(QLatin1String("folder does not exist")));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
