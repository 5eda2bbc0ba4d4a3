// SPDX-License-Identifier: GPL-3.0-or-later
// The import engine: rows parsed, linked by natural keys, checked for duplicates (prepareImport),
// then written in chunks that a cancel or a refusal cannot leave half done (runImport). Small
// fixtures (tests/io/fixtures/import_*.csv) cover one quirk each; the real CRM pipeline and
// French NPS survey (../shared/datasets, SOURCE.md) check the published totals.

#include "analytics/satisfaction.h"
#include "io/csv_reader.h"
#include "io/import_source.h"
#include "io/importer.h"
#include "support/result_check.h"
#include "support/store_fixture.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace kam;
using namespace kam::test;

namespace {

QString fixture(const QString &name)
{
    return QDir(qEnvironmentVariable("KAM_SOURCE_DIR"))
        .filePath(QStringLiteral("tests/io/fixtures/") + name);
}

QString dataset(const QString &path)
{
    return QDir(qEnvironmentVariable("KAM_SOURCE_DIR"))
        .filePath(QStringLiteral("../shared/datasets/") + path);
}

const ImportIssue *issueOfRow(const std::vector<ImportIssue> &issues, int row)
{
    for (const ImportIssue &i : issues)
        if (i.row == row)
            return &i;
    return nullptr;
}

const PreparedRow *rowAt(const ImportPlan &plan, int line)
{
    for (const PreparedRow &r : plan.rows)
        if (r.line == line)
            return &r;
    return nullptr;
}

} // namespace

class TestImporter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    Account m_baosteel; // 上海宝钢（集团）有限公司, credit code 1
    Account m_acme; // Acme Trading, credit code 2, with a contact

    qint64 count(const char *table) const { return *m_store->count(QString::fromLatin1(table)); }
    qint64 pending() const { return *m_store->pendingChangeCount(); }

    ImportSource source(const QString &name)
    {
        Result<ImportSource> s = readImportSource(fixture(name));
        if (!s)
            qFatal("%s", qPrintable(s.error().message));
        return *s;
    }

    static ImportOptions accountOptions()
    {
        ImportOptions o;
        o.entity = ImportEntity::Accounts;
        o.mapping.columns = { { "legal_name", "客户名称" },
                              { "credit_code", "统一社会信用代码" },
                              { "industry", "行业" },
                              { "annual_revenue", "年营收" } };
        return o;
    }

    static ImportOptions contactOptions()
    {
        ImportOptions o;
        o.entity = ImportEntity::Contacts;
        o.mapping.columns = { { "name", "name" },
                              { "account_id", "account" },
                              { "email", "email" },
                              { "title", "title" } };
        return o;
    }

    static ImportOptions dealOptions()
    {
        ImportOptions o;
        o.entity = ImportEntity::Opportunities;
        o.mapping.columns = { { "title", "title" },
                              { "account_id", "account" },
                              { "amount", "amount" },
                              { "stage_id", "stage" },
                              { "expected_close", "expected_close" },
                              { "closed_on", "closed_on" },
                              { "status", "status" } };
        o.mapping.values.insert("stage_id",
                                { { "谈判", "negotiation" }, { "初步接触", "need_identified" } });
        return o;
    }

    /// The name of generated account `i`: names unlike each other, so none is a fuzzy duplicate.
    static QString generatedName(int i)
    {
        return "Firma "
            + QCryptographicHash::hash(QByteArray::number(i), QCryptographicHash::Md5)
                  .toHex()
                  .left(10);
    }
    /// A CSV of `n` accounts with distinct names and credit codes.
    static ImportSource generatedAccounts(int n)
    {
        QByteArray csv = "name,code\n";
        for (int i = 1; i <= n; ++i)
            csv += QStringLiteral("%1,%2\n").arg(generatedName(i), creditCode(100 + i)).toUtf8();
        Result<ImportSource> s = parseImportSource(csv, QStringLiteral("generated.csv"));
        if (!s)
            qFatal("%s", qPrintable(s.error().message));
        return *s;
    }
    static ImportOptions generatedOptions(int chunk)
    {
        ImportOptions o;
        o.entity = ImportEntity::Accounts;
        o.mapping.columns = { { "legal_name", "name" }, { "credit_code", "code" } };
        o.chunkSize = chunk;
        return o;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_store.reset();
        QFile::remove(m_dir.filePath("store.sqlite"));
        m_store = openStore(m_dir);
        QVERIFY(m_store);
        m_store->setClock([] { return QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC); });
        Account baosteel = sampleAccount(QStringLiteral("上海宝钢（集团）有限公司"), 1);
        m_baosteel = *m_store->create(baosteel);
        Account acme = sampleAccount(QStringLiteral("Acme Trading"), 2);
        acme.notes = QStringLiteral("kept by an update");
        m_acme = *m_store->create(acme);
        Contact old;
        old.accountId = m_acme.meta.id;
        old.name = QStringLiteral("Old Contact");
        old.email = QStringLiteral("existing@acme.example");
        KAM_VERIFY_RESULT(m_store->create(old));
    }

    void keysAndJson()
    {
        for (DuplicateAction a :
             { DuplicateAction::Skip, DuplicateAction::Update, DuplicateAction::Create })
            QCOMPARE(duplicateActionFromKey(duplicateActionKey(a)), a);
        QVERIFY(!duplicateActionFromKey(u"merge"));
        ImportReport r;
        r.read = 3;
        r.imported = 1;
        r.rejected = 2;
        r.errors = { { 4, "amount", "“x” is not an amount" } };
        r.dryRun = true;
        const QJsonObject json = r.toJson();
        QCOMPARE(json.value("read").toInt(), 3);
        QCOMPARE(json.value("errors").toArray().at(0).toObject().value("column").toString(),
                 "amount");
        QCOMPARE(json.value("dry_run").toBool(), true);
        QVERIFY(!json.contains("cancelled"));
    }

    // Given accounts with 有限公司 / Co., Ltd. and full-width variants and a repeated credit code,
    // when prepared, then each row is new, a duplicate (of a stored row or an earlier row, with
    // its basis), or rejected with every problem named by row, column and value.
    void accountsPrepare()
    {
        const ImportSource src = source("import_accounts.csv");
        Result<ImportPlan> plan = prepareImport(*m_store, src, accountOptions());
        KAM_VERIFY_RESULT(plan);
        QCOMPARE(plan->rows.size(), size_t(7));
        QCOMPARE(plan->count(PreparedRow::Status::New), 1);
        QCOMPARE(plan->count(PreparedRow::Status::Duplicate), 4);
        QCOMPARE(plan->count(PreparedRow::Status::Rejected), 2);

        // 上海宝钢（集团）有限公司 is stored with credit code 1: the file's row names it alike.
        const PreparedRow *baosteel = rowAt(*plan, 2);
        QCOMPARE(baosteel->status, PreparedRow::Status::Duplicate);
        QCOMPARE(baosteel->duplicate->id, m_baosteel.meta.id);
        QCOMPARE(baosteel->duplicate->basis, "credit code");
        // "Acme Trading Co., Ltd." is the stored "Acme Trading" without its legal form.
        const PreparedRow *acme = rowAt(*plan, 3);
        QCOMPARE(acme->duplicate->id, m_acme.meta.id);
        QCOMPARE(acme->duplicate->score, 1.0);
        QVERIFY2(acme->duplicate->basis.startsWith("name"), qPrintable(acme->duplicate->basis));
        QCOMPARE(std::get<Account>(acme->row).annualRevenueMinor, 50000);
        // Full-width ＡＢＣ　Ｍａｃｈｉｎｅｒｙ有限公司 is new; "ABC Machinery Co., Ltd." repeats
        // it.
        QCOMPARE(rowAt(*plan, 4)->status, PreparedRow::Status::New);
        const PreparedRow *abc = rowAt(*plan, 6);
        QCOMPARE(abc->status, PreparedRow::Status::Duplicate);
        QVERIFY(abc->duplicate->id.isEmpty());
        QCOMPARE(abc->duplicate->line, 4);
        // 宝山钢铁 repeats credit code 1, stored already.
        QCOMPARE(rowAt(*plan, 5)->duplicate->id, m_baosteel.meta.id);
        QCOMPARE(std::get<Account>(rowAt(*plan, 5)->row).annualRevenueMinor, 200000);

        const PreparedRow *noName = rowAt(*plan, 7);
        QCOMPARE(noName->status, PreparedRow::Status::Rejected);
        QCOMPARE(noName->issues.size(), size_t(1));
        QCOMPARE(noName->issues[0].column, "客户名称");
        QVERIFY2(noName->issues[0].reason.contains("Legal name"),
                 qPrintable(noName->issues[0].reason));
        const PreparedRow *badRevenue = rowAt(*plan, 8);
        QCOMPARE(badRevenue->issues[0].column, "年营收");
        QVERIFY2(badRevenue->issues[0].reason.contains("12.345"),
                 qPrintable(badRevenue->issues[0].reason));
    }

    // Skip leaves the stored rows; update overwrites only the mapped fields; create makes new
    // rows, and the store's refusal of a repeated credit code rejects only that row.
    void duplicateActions_data()
    {
        QTest::addColumn<DuplicateAction>("action");
        QTest::addColumn<int>("imported");
        QTest::addColumn<int>("updated");
        QTest::addColumn<int>("skipped");
        QTest::addColumn<int>("rejected");
        QTest::addColumn<int>("accountsAdded");
        QTest::newRow("skip") << DuplicateAction::Skip << 1 << 0 << 4 << 2 << 1;
        // 宝山钢铁 (row 5) renames the stored 上海宝钢; ABC Machinery (row 6) updates row 4's
        // account.
        QTest::newRow("update") << DuplicateAction::Update << 1 << 4 << 0 << 2 << 1;
        // Rows 2 and 5 repeat a stored credit code, which the store refuses; row 6 is created.
        QTest::newRow("create") << DuplicateAction::Create << 3 << 0 << 0 << 4 << 3;
    }
    void duplicateActions()
    {
        QFETCH(DuplicateAction, action);
        const ImportSource src = source("import_accounts.csv");
        ImportOptions options = accountOptions();
        options.onDuplicate = action;
        options.chunkSize = 3; // a refusal in the middle of a chunk
        Result<ImportPlan> plan = prepareImport(*m_store, src, options);
        KAM_VERIFY_RESULT(plan);
        const qint64 before = count("accounts");
        Result<ImportReport> report = runImport(*m_store, *plan);
        KAM_VERIFY_RESULT(report);
        QCOMPARE(report->read, 7);
        QTEST(int(report->imported), "imported");
        QTEST(int(report->updated), "updated");
        QTEST(int(report->skipped), "skipped");
        QTEST(int(report->rejected), "rejected");
        QTEST(int(count("accounts") - before), "accountsAdded");
        // Errors in file order.
        for (size_t i = 1; i < report->errors.size(); ++i)
            QVERIFY(report->errors[i - 1].row <= report->errors[i].row);
        const Account acme = *m_store->get<Account>(m_acme.meta.id);
        if (action == DuplicateAction::Update) {
            QCOMPARE(acme.industry, "Trading");
            QCOMPARE(acme.annualRevenueMinor, 50000);
            QCOMPARE(acme.legalName, "Acme Trading Co., Ltd.");
            QCOMPARE(acme.region, "East China"); // not mapped: kept
            QCOMPARE(acme.notes, "kept by an update");
        } else {
            QCOMPARE(acme.industry, "Steel");
        }
        if (action == DuplicateAction::Create) {
            const ImportIssue *refused = issueOfRow(report->errors, 5);
            QVERIFY(refused);
            QVERIFY2(refused->reason.contains(creditCode(1)), qPrintable(refused->reason));
        }
    }

    // Contacts link to their account by name (normalised) or credit code; an unknown account
    // is rejected, or made once for all its rows when the user chose so; a repeated e-mail is a
    // duplicate of a stored contact or an earlier row.
    void contactsLinks()
    {
        const ImportSource src = source("import_contacts_links.csv");
        Result<ImportPlan> plan = prepareImport(*m_store, src, contactOptions());
        KAM_VERIFY_RESULT(plan);
        QCOMPARE(std::get<Contact>(rowAt(*plan, 2)->row).accountId, m_baosteel.meta.id);
        QCOMPARE(std::get<Contact>(rowAt(*plan, 3)->row).accountId, m_acme.meta.id);
        const PreparedRow *unknown = rowAt(*plan, 4);
        QCOMPARE(unknown->status, PreparedRow::Status::Rejected);
        QCOMPARE(unknown->issues[0].column, "account");
        QVERIFY2(unknown->issues[0].reason.contains("Unknown Widgets Inc."),
                 qPrintable(unknown->issues[0].reason));
        const PreparedRow *repeated = rowAt(*plan, 5);
        QCOMPARE(repeated->status, PreparedRow::Status::Duplicate);
        QCOMPARE(repeated->duplicate->line, 2);
        QCOMPARE(repeated->duplicate->basis, "e-mail");
        const PreparedRow *stored = rowAt(*plan, 6);
        QCOMPARE(stored->status, PreparedRow::Status::Duplicate);
        QVERIFY(!stored->duplicate->id.isEmpty());

        ImportOptions create = contactOptions();
        create.createMissingAccounts = true;
        Result<ImportPlan> creating = prepareImport(*m_store, src, create);
        KAM_VERIFY_RESULT(creating);
        QCOMPARE(rowAt(*creating, 4)->newAccount, "Unknown Widgets Inc.");
        QCOMPARE(rowAt(*creating, 7)->newAccount, "Unknown Widgets, Inc");
        const qint64 accounts = count("accounts");
        Result<ImportReport> report = runImport(*m_store, *creating);
        KAM_VERIFY_RESULT(report);
        QCOMPARE(report->imported, 4);
        QCOMPARE(report->skipped, 2);
        QCOMPARE(count("accounts"), accounts + 1); // one account for both spellings
        Result<std::vector<Account>> all = m_store->accounts();
        const auto made = std::find_if(all->begin(), all->end(), [](const Account &a) {
            return a.legalName == "Unknown Widgets Inc.";
        });
        QVERIFY(made != all->end());
        QCOMPARE(m_store->contacts(made->meta.id)->size(), size_t(2));
    }

    // Two stored accounts normalise to the same name: a row naming it is rejected as ambiguous,
    // naming both, rather than linked to either.
    void ambiguousAccount()
    {
        KAM_VERIFY_RESULT(
            m_store->create(sampleAccount(QStringLiteral("Twin Holdings Co., Ltd."))));
        KAM_VERIFY_RESULT(m_store->create(sampleAccount(QStringLiteral("TWIN HOLDINGS Inc."))));
        ImportOptions o;
        o.entity = ImportEntity::Contacts;
        o.mapping.columns = { { "name", "name" }, { "account_id", "account" } };
        Result<ImportPlan> plan
            = prepareImport(*m_store, source("import_ambiguous_account.csv"), o);
        KAM_VERIFY_RESULT(plan);
        const PreparedRow *twin = rowAt(*plan, 2);
        QCOMPARE(twin->status, PreparedRow::Status::Rejected);
        QCOMPARE(twin->issues[0].column, "account");
        QVERIFY2(twin->issues[0].reason.contains("ambiguous"), qPrintable(twin->issues[0].reason));
        QVERIFY(twin->issues[0].reason.contains("Twin Holdings Co., Ltd.")
                && twin->issues[0].reason.contains("TWIN HOLDINGS Inc."));
        QCOMPARE(rowAt(*plan, 3)->status, PreparedRow::Status::New);
    }

    // A branch above its group in the file is linked once the group is made; a group the store
    // refuses says which branches were made without it.
    void parentLaterInFile_data()
    {
        QTest::addColumn<int>("chunk");
        QTest::newRow("the branch committed before its group's chunk") << 1;
        // One transaction: the branch waits for its group inside it, and the group the store
        // refuses rolls back only its own savepoint.
        QTest::newRow("branch and group in one chunk") << 4;
    }
    void parentLaterInFile()
    {
        QFETCH(int, chunk);
        ImportOptions o;
        o.entity = ImportEntity::Accounts;
        o.mapping.columns
            = { { "legal_name", "name" }, { "credit_code", "code" }, { "parent_id", "parent" } };
        o.chunkSize = chunk;
        Result<ImportPlan> plan
            = prepareImport(*m_store, source("import_accounts_parent_later.csv"), o);
        KAM_VERIFY_RESULT(plan);
        QCOMPARE(plan->count(PreparedRow::Status::New), 4);
        Result<ImportReport> report = runImport(*m_store, *plan);
        KAM_VERIFY_RESULT(report);
        QCOMPARE(report->imported, 3);
        QCOMPARE(report->rejected, 1);
        QCOMPARE(report->errors.at(0).row, 3);
        QVERIFY2(report->errors.at(0).reason.contains("BADCODE")
                     && report->errors.at(0).reason.contains("rows 2"),
                 qPrintable(report->errors.at(0).reason));
        QHash<QString, Account> byName;
        for (const Account &a : *m_store->accounts())
            byName.insert(a.legalName, a);
        QCOMPARE(byName.value("Southern Branch").parentId, byName.value("Alpha Group").meta.id);
        QVERIFY(byName.value("Northern Branch").parentId.isEmpty());
    }

    // A row's own choice overrides the run's: skip for all, update for one.
    void perRowAction()
    {
        Result<ImportPlan> prepared
            = prepareImport(*m_store, source("import_accounts.csv"), accountOptions());
        KAM_VERIFY_RESULT(prepared);
        ImportPlan plan = *prepared;
        for (PreparedRow &r : plan.rows)
            if (r.line == 3)
                r.action = DuplicateAction::Update;
        Result<ImportReport> report = runImport(*m_store, plan);
        KAM_VERIFY_RESULT(report);
        QCOMPARE(report->updated, 1);
        QCOMPARE(report->skipped, 3);
        QCOMPARE(m_store->get<Account>(m_acme.meta.id)->industry, "Trading");
        QCOMPARE(m_store->get<Account>(m_baosteel.meta.id)->industry, "Steel");
    }

    // Deals: amounts in 1,234.56 and ¥ forms, a stage column mapped to stages, a bad and an
    // ambiguous date, a missing title, and a row the store refuses.
    void deals()
    {
        const ImportSource src = source("import_deals.csv");
        Result<ImportPlan> plan = prepareImport(*m_store, src, dealOptions());
        KAM_VERIFY_RESULT(plan);
        const Opportunity framework = std::get<Opportunity>(rowAt(*plan, 2)->row);
        QCOMPARE(framework.amountMinor, 123456);
        QCOMPARE(framework.accountId, m_baosteel.meta.id);
        const std::vector<Stage> stages = *m_store->stages();
        const auto negotiation = std::find_if(
            stages.begin(), stages.end(), [](const Stage &s) { return s.key == "negotiation"; });
        QCOMPARE(framework.stageId, negotiation->meta.id);
        const Opportunity pumps = std::get<Opportunity>(rowAt(*plan, 3)->row);
        QCOMPARE(pumps.amountMinor, 200000);
        QCOMPARE(pumps.currency, "CNY");
        QCOMPARE(pumps.expectedClose, QDate(2027, 4, 1));
        const Opportunity won = std::get<Opportunity>(rowAt(*plan, 4)->row);
        QCOMPARE(won.accountId, m_acme.meta.id); // by credit code
        QCOMPARE(won.stageId, stages.back().meta.id); // closed without a stage: the last one
        QCOMPARE(std::get<Opportunity>(rowAt(*plan, 9)->row).currency, "USD");

        struct Expected
        {
            int line;
            const char *column;
            const char *value;
        };
        for (const Expected &e :
             { Expected { 5, "expected_close", "2027-02-30" },
               Expected { 6, "expected_close", "03/04/2027" }, Expected { 7, "title", "Title" },
               Expected { 10, "stage", "stage" } }) {
            const PreparedRow *r = rowAt(*plan, e.line);
            QVERIFY2(r->status == PreparedRow::Status::Rejected,
                     qPrintable(QString::number(e.line)));
            QCOMPARE(r->issues[0].row, e.line);
            QCOMPARE(r->issues[0].column, e.column);
            QVERIFY2(r->issues[0].reason.contains(e.value), qPrintable(r->issues[0].reason));
        }

        const qint64 journal = pending();
        Result<ImportReport> report = runImport(*m_store, *plan);
        KAM_VERIFY_RESULT(report);
        QCOMPARE(report->imported, 4);
        QCOMPARE(report->rejected, 5);
        QList<int> rows;
        for (const ImportIssue &i : report->errors)
            rows << i.row;
        QCOMPARE(rows, (QList<int> { 5, 6, 7, 8, 10 }));
        // The store refuses an expected close before the deal was created: that row only.
        QVERIFY2(issueOfRow(report->errors, 8)->reason.contains("2020-01-01"),
                 qPrintable(issueOfRow(report->errors, 8)->reason));
        QCOMPARE(count("opportunities"), 4);
        QVERIFY(pending() > journal);

        // The rejected rows as CSV: row, column, reason, then the file's own cells.
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        KAM_VERIFY_RESULT(writeRejectedRows(*report, src, &out));
        QVERIFY(out.data().startsWith("\xEF\xBB\xBF"));
        Result<std::vector<CsvRecord>> back = readCsv(QString::fromUtf8(out.data()));
        KAM_VERIFY_RESULT(back);
        QCOMPARE(back->size(), size_t(6));
        QCOMPARE(back->at(0).fields, QStringList({ "row", "column", "reason" }) + src.header);
        QCOMPARE(back->at(1).fields.value(0), "5");
        QCOMPARE(back->at(1).fields.value(1), "expected_close");
        QCOMPARE(back->at(1).fields.value(3), "Bad date deal");
        QCOMPARE(back->at(3).fields.value(3), ""); // the row without a title
        QCOMPARE(back->at(4).fields.value(3), "Old deal");
    }

    // Given a dry run, the report is what the import would do and nothing is kept.
    void dryRun()
    {
        const ImportSource src = source("import_deals.csv");
        Result<ImportPlan> plan = prepareImport(*m_store, src, dealOptions());
        KAM_VERIFY_RESULT(plan);
        const qint64 journal = pending();
        Result<ImportReport> dry = runImport(*m_store, *plan, {}, true);
        KAM_VERIFY_RESULT(dry);
        QVERIFY(dry->dryRun);
        QCOMPARE(dry->imported, 4);
        QCOMPARE(dry->rejected, 5);
        QCOMPARE(count("opportunities"), 0);
        QCOMPARE(pending(), journal);
        Result<ImportReport> real = runImport(*m_store, *plan);
        KAM_VERIFY_RESULT(real);
        QCOMPARE(real->toJson().value("imported"), dry->toJson().value("imported"));
        QCOMPARE(real->errors.size(), dry->errors.size());
    }

    // Cancel after N rows keeps the chunks committed before it, with exactly their journal.
    void cancelKeepsCommittedChunks()
    {
        const ImportSource src = generatedAccounts(50);
        Result<ImportPlan> plan = prepareImport(*m_store, src, generatedOptions(10));
        KAM_VERIFY_RESULT(plan);
        const qint64 accounts = count("accounts");
        const qint64 journal = pending();
        Result<ImportReport> report
            = runImport(*m_store, *plan, [](qint64 done, qint64) { return done < 25; });
        KAM_VERIFY_RESULT(report);
        QVERIFY(report->cancelled);
        QCOMPARE(report->imported, 20);
        QCOMPARE(count("accounts"), accounts + 20);

        // The journal grew by what 20 accounts write, as an uncancelled import of them shows.
        QTemporaryDir other;
        std::unique_ptr<Store> fresh = openStore(other);
        const qint64 freshJournal = *fresh->pendingChangeCount();
        ImportSource first20 = src;
        first20.rows.resize(20);
        Result<ImportPlan> plan20 = prepareImport(*fresh, first20, generatedOptions(10));
        KAM_VERIFY_RESULT(plan20);
        KAM_VERIFY_RESULT(runImport(*fresh, *plan20));
        QCOMPARE(pending() - journal, *fresh->pendingChangeCount() - freshJournal);
        const std::vector<Account> kept = *m_store->accounts();
        QVERIFY(std::none_of(kept.begin(), kept.end(),
                             [](const Account &a) { return a.legalName == generatedName(21); }));
        QVERIFY(std::any_of(kept.begin(), kept.end(),
                            [](const Account &a) { return a.legalName == generatedName(20); }));

        // Continuing: the kept rows are duplicates by credit code now, the rest are new.
        Result<ImportPlan> again = prepareImport(*m_store, src, generatedOptions(10));
        KAM_VERIFY_RESULT(again);
        QCOMPARE(again->count(PreparedRow::Status::Duplicate), 20);
        QCOMPARE(again->count(PreparedRow::Status::New), 30);
    }

    // An import does not checkpoint the WAL after every chunk; the store's own setting is back
    // afterwards, after a cancel too.
    void importCheckpointsOnlyAtItsEnd()
    {
        const auto autocheckpoint = [&] {
            int every = -1;
            (void)m_store->run(QStringLiteral("PRAGMA wal_autocheckpoint"), {},
                               [&](const QSqlQuery &q) { every = q.value(0).toInt(); });
            return every;
        };
        QVERIFY(m_store->run(QStringLiteral("PRAGMA wal_autocheckpoint = 500"), {}));
        Result<ImportPlan> plan = prepareImport(*m_store, generatedAccounts(30), generatedOptions(10));
        KAM_VERIFY_RESULT(plan);
        int during = -1;
        Result<ImportReport> report = runImport(*m_store, *plan, [&](qint64 done, qint64) {
            during = autocheckpoint();
            return done < 15;
        });
        KAM_VERIFY_RESULT(report);
        QVERIFY(report->cancelled);
        QCOMPARE(during, 0);
        QCOMPARE(autocheckpoint(), 500);
    }

    // A row the database itself refuses (a rule the store does not check, here a trigger) is
    // rejected with the database's reason; the rest of its chunk is kept, with exactly the
    // journal an import without that row writes.
    void rowRefusedByDatabaseRejectsOnlyIt()
    {
        QVERIFY(m_store->run(QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE INSERT ON main.accounts "
                                            "WHEN NEW.legal_name = '%1' BEGIN "
                                            "SELECT RAISE(ABORT, 'refused by a rule'); END")
                                 .arg(generatedName(6)),
                             {}));
        const ImportSource src = generatedAccounts(10);
        Result<ImportPlan> plan = prepareImport(*m_store, src, generatedOptions(4));
        KAM_VERIFY_RESULT(plan);
        const qint64 accounts = count("accounts");
        const qint64 journal = pending();
        Result<ImportReport> report = runImport(*m_store, *plan);
        KAM_VERIFY_RESULT(report);
        QCOMPARE(report->imported, 9);
        QCOMPARE(report->rejected, 1);
        const ImportIssue *refused = issueOfRow(report->errors, 7);
        QVERIFY(refused);
        QVERIFY2(refused->reason.contains("refused by a rule"), qPrintable(refused->reason));
        QCOMPARE(count("accounts"), accounts + 9);

        QTemporaryDir other;
        std::unique_ptr<Store> fresh = openStore(other);
        const qint64 freshJournal = *fresh->pendingChangeCount();
        ImportSource without = src;
        without.rows.erase(without.rows.begin() + 5);
        Result<ImportPlan> plan9 = prepareImport(*fresh, without, generatedOptions(4));
        KAM_VERIFY_RESULT(plan9);
        KAM_VERIFY_RESULT(runImport(*fresh, *plan9));
        QCOMPARE(pending() - journal, *fresh->pendingChangeCount() - freshJournal);
    }

    // A deal the database refuses after the account made for its new name: the account stays
    // for the chunk's other deals, made once and linked to, not made again.
    void refusedDealKeepsTheAccountMadeForItsChunk()
    {
        QVERIFY(m_store->run(QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE INSERT ON main.opportunities "
                                            "WHEN NEW.title = 'Refused deal' BEGIN "
                                            "SELECT RAISE(ABORT, 'refused by a rule'); END"),
                             {}));
        Result<ImportSource> src = parseImportSource("title,account,amount,stage,expected_close,closed_on,status\n"
                                                     "Deal 1,Neue Firma GmbH,100,谈判,2027-03-31,,open\n"
                                                     "Deal 2,Neue Firma GmbH,200,谈判,2027-03-31,,open\n"
                                                     "Refused deal,Neue Firma GmbH,300,谈判,2027-03-31,,open\n"
                                                     "Deal 4,Neue Firma GmbH,400,谈判,2027-03-31,,open\n",
                                                     QStringLiteral("new-account.csv"));
        KAM_VERIFY_RESULT(src);
        ImportOptions options = dealOptions();
        options.createMissingAccounts = true;
        Result<ImportPlan> plan = prepareImport(*m_store, *src, options);
        KAM_VERIFY_RESULT(plan);
        const qint64 accounts = count("accounts");
        Result<ImportReport> report = runImport(*m_store, *plan);
        KAM_VERIFY_RESULT(report);
        QCOMPARE(report->imported, 3);
        QCOMPARE(report->rejected, 1);
        QVERIFY(issueOfRow(report->errors, 4));
        QCOMPARE(count("accounts"), accounts + 1);
        QString made;
        for (const Account &a : *m_store->accounts())
            if (a.legalName == "Neue Firma GmbH")
                made = a.meta.id;
        QVERIFY(!made.isEmpty());
        const std::vector<Opportunity> deals = *m_store->opportunities({made});
        QCOMPARE(deals.size(), size_t(3));
    }

    // Preparing can be cancelled too, and says so.
    void cancelPrepare()
    {
        Result<ImportPlan> plan
            = prepareImport(*m_store, generatedAccounts(10), generatedOptions(10),
                            [](qint64 done, qint64) { return done < 3; });
        QVERIFY(!plan);
        QCOMPARE(plan.error().code, ErrorCode::Cancelled);
    }

    // Importing the same file again with skip imports nothing new.
    void reimportSkips()
    {
        const ImportSource src = source("import_deals.csv");
        ImportOptions options = dealOptions();
        options.mapping.columns.insert("id", "title"); // the file's own key
        Result<ImportPlan> plan = prepareImport(*m_store, src, options);
        KAM_VERIFY_RESULT(plan);
        KAM_VERIFY_RESULT(runImport(*m_store, *plan));
        const qint64 deals = count("opportunities");
        Result<ImportPlan> again = prepareImport(*m_store, src, options);
        KAM_VERIFY_RESULT(again);
        Result<ImportReport> report = runImport(*m_store, *again);
        KAM_VERIFY_RESULT(report);
        QCOMPARE(report->imported, 0);
        QCOMPARE(report->skipped, 4);
        QCOMPARE(count("opportunities"), deals);
        QCOMPARE(rowAt(*again, 2)->duplicate->basis, "id");
    }

    // The CRM sample: accounts (parents further down the file too), products, then 8,800 deals.
    void crmDataset()
    {
        const QString accountsPath = dataset("crm-sales-opportunities/accounts.csv");
        if (!QFile::exists(accountsPath))
            QSKIP("the CRM dataset is not in ../shared/datasets");
        QTemporaryDir dir;
        std::unique_ptr<Store> store = openStore(dir);
        // The file's history runs to 2017-12-31; "today" is just after it.
        store->setClock([] { return QDateTime(QDate(2018, 1, 2), QTime(9, 0), Qt::UTC); });

        Result<ImportSource> accounts = readImportSource(accountsPath);
        KAM_VERIFY_RESULT(accounts);
        ImportOptions a;
        a.entity = ImportEntity::Accounts;
        a.mapping.columns = { { "legal_name", "account" },
                              { "industry", "sector" },
                              { "annual_revenue", "revenue" },
                              { "region", "office_location" },
                              { "parent_id", "subsidiary_of" } };
        a.mapping.constants = { { "currency", "USD" } }; // revenue: millions of USD (SOURCE.md)
        Result<ImportPlan> accountPlan = prepareImport(*store, *accounts, a);
        KAM_VERIFY_RESULT(accountPlan);
        Result<ImportReport> accountReport = runImport(*store, *accountPlan);
        KAM_VERIFY_RESULT(accountReport);
        QVERIFY2(accountReport->errors.empty(),
                 accountReport->errors.empty() ? "" : qPrintable(accountReport->errors[0].reason));
        QCOMPARE(accountReport->imported, 85);
        const std::vector<Account> stored = *store->accounts();
        QCOMPARE(stored.size(), size_t(85));
        QHash<QString, QString> nameOf;
        for (const Account &acc : stored)
            nameOf.insert(acc.meta.id, acc.legalName);
        int branches = 0;
        for (const CsvRecord &r : accounts->rows) {
            if (r.fields.value(6).isEmpty())
                continue;
            const auto it = std::find_if(stored.begin(), stored.end(), [&](const Account &acc) {
                return acc.legalName == r.fields[0];
            });
            QCOMPARE(nameOf.value(it->parentId), r.fields.value(6));
            ++branches;
        }
        QCOMPARE(branches, 15);

        Result<ImportSource> products
            = readImportSource(dataset("crm-sales-opportunities/products.csv"));
        KAM_VERIFY_RESULT(products);
        ImportOptions p;
        p.entity = ImportEntity::Products;
        p.mapping.columns
            = { { "name", "product" }, { "series", "series" }, { "list_price", "sales_price" } };
        p.mapping.constants = { { "currency", "USD" } };
        Result<ImportPlan> productPlan = prepareImport(*store, *products, p);
        KAM_VERIFY_RESULT(productPlan);
        QCOMPARE(runImport(*store, *productPlan)->imported, 7);

        Result<ImportSource> pipeline
            = readImportSource(dataset("crm-sales-opportunities/sales_pipeline.csv"));
        KAM_VERIFY_RESULT(pipeline);
        ImportOptions d;
        d.entity = ImportEntity::Opportunities;
        d.mapping.columns = { { "id", "opportunity_id" },      { "title", "opportunity_id" },
                              { "account_id", "account" },     { "product_ids", "product" },
                              { "stage_id", "deal_stage" },    { "status", "deal_stage" },
                              { "amount", "close_value" },     { "closed_on", "close_date" },
                              { "created_at", "engage_date" }, { "expected_close", "close_date" } };
        d.mapping.constants = { { "currency", "USD" }, { "expected_close", "2018-03-31" } };
        d.mapping.values.insert("status",
                                { { "Won", "won" },
                                  { "Lost", "lost" },
                                  { "Engaging", "open" },
                                  { "Prospecting", "open" } });
        // Closed deals have no stage in the file (the last stage is taken).
        d.mapping.values.insert("stage_id",
                                { { "Won", "" },
                                  { "Lost", "" },
                                  { "Engaging", "negotiation" },
                                  { "Prospecting", "need_identified" } });
        Result<ImportPlan> dealPlan = prepareImport(*store, *pipeline, d);
        KAM_VERIFY_RESULT(dealPlan);
        QCOMPARE(dealPlan->count(PreparedRow::Status::Rejected), 1425);
        for (const PreparedRow &r : dealPlan->rows)
            if (r.status == PreparedRow::Status::Rejected)
                QCOMPARE(r.issues.at(0).column, "account");
        // GTXPro in the pipeline is "GTX Pro" in the catalogue: the normalised names agree.
        const PreparedRow *gtxPro = rowAt(*dealPlan, 3);
        QVERIFY(!std::get<Opportunity>(gtxPro->row).productIds.isEmpty());
        Result<ImportReport> dealReport = runImport(*store, *dealPlan);
        KAM_VERIFY_RESULT(dealReport);
        QCOMPARE(dealReport->rejected, 1425);
        QCOMPARE(dealReport->imported, 8800 - 1425);
        qint64 wonMinor = 0;
        for (const Opportunity &o : *store->opportunities())
            if (o.status == DealStatus::Won) {
                QCOMPARE(o.currency, "USD");
                wonMinor += o.amountMinor;
            }
        QCOMPARE(wonMinor, Q_INT64_C(1000553400)); // 10,005,534 USD (SOURCE.md)
    }

    // The French NPS survey (Windows-1252, CRLF, NA) as satisfaction responses of one account:
    // an NA score stays "not answered" (recommend −1, which the store allows), so the NPS is
    // the published 53.42.
    void npsDataset()
    {
        const QString path = dataset("retail-nps-survey-fr/nps.csv");
        if (!QFile::exists(path))
            QSKIP("the NPS dataset is not in ../shared/datasets");
        Result<ImportSource> src = readImportSource(path);
        KAM_VERIFY_RESULT(src);
        QCOMPARE(src->rows.size(), size_t(13954));
        ImportOptions o;
        o.entity = ImportEntity::Satisfaction;
        o.mapping.columns
            = { { "id", "id" }, { "recommend", "nps" }, { "comment", "explication" } };
        o.mapping.constants
            = { { "account_id", m_baosteel.legalName }, { "responded_on", "2022-02-14" } };
        Result<ImportPlan> plan = prepareImport(*m_store, *src, o);
        KAM_VERIFY_RESULT(plan);
        QCOMPARE(plan->count(PreparedRow::Status::Rejected), 0);
        Result<ImportReport> report = runImport(*m_store, *plan);
        KAM_VERIFY_RESULT(report);
        QCOMPARE(report->imported, 13954);
        const std::vector<SatisfactionResponse> responses
            = *m_store->satisfactionResponses({ m_baosteel.meta.id });
        QCOMPARE(responses.size(), size_t(13954));
        const analytics::NpsSummary nps = analytics::npsOf(responses);
        QCOMPARE(nps.answered, 13612);
        QCOMPARE(nps.promoters, 8465);
        QCOMPARE(qRound(*nps.nps() * 100), 5342);
        const auto commented
            = std::find_if(responses.begin(), responses.end(), [](const SatisfactionResponse &r) {
                  return r.comment.contains("très peu de caisse");
              });
        QVERIFY(commented != responses.end());
    }
};

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
