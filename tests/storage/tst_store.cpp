// SPDX-License-Identifier: GPL-3.0-or-later
// The one write path: every write journals its changed fields, bad input writes nothing.

#include "support/deal_fixture.h"
#include "support/store_fixture.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

using namespace kam;

namespace {

struct Counts
{
    qint64 accounts, contacts, users, team, journal;
    friend bool operator==(const Counts &, const Counts &) = default;
};

Counts counts(const Store &s)
{
    return {*s.count(QStringLiteral("accounts")), *s.count(QStringLiteral("contacts")),
            *s.count(QStringLiteral("users")), *s.count(QStringLiteral("account_team")),
            qint64(s.journal()->size())};
}

std::vector<JournalEntry> entriesFor(const Store &s, const QString &rowId, qint64 afterSeq = 0)
{
    std::vector<JournalEntry> out;
    const Result<std::vector<JournalEntry>> journal = s.journal(afterSeq);
    for (const JournalEntry &e : *journal)
        if (e.rowId == rowId)
            out.push_back(e);
    return out;
}

qint64 lastSeq(const Store &s)
{
    const auto j = *s.journal();
    return j.empty() ? 0 : j.back().seq;
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    QString m_accountId;
    QString m_contactId;

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(m_dir.filePath(QStringLiteral("store.sqlite")));
        m_store = test::openStore(m_dir);
        QVERIFY(m_store);
        Result<Account> a = m_store->create(test::sampleAccount(QStringLiteral("Baosteel Trading"), 1));
        QVERIFY(a);
        m_accountId = a->meta.id;
        Contact c;
        c.accountId = m_accountId;
        c.name = QStringLiteral("李娜");
        Result<Contact> created = m_store->create(c);
        QVERIFY(created);
        m_contactId = created->meta.id;
    }
    void cleanup() { m_store.reset(); }

    void givenNewAccount_whenCreated_thenOneInsertEntryPerSetField()
    {
        const qint64 after = lastSeq(*m_store);
        Account a = test::sampleAccount(QStringLiteral("华能电力华东分公司"), 2);
        a.tier = Tier::Key;
        a.annualRevenueMinor = 123456;
        Result<Account> created = m_store->create(a);
        QVERIFY(created);
        QCOMPARE(QUuid::fromString(created->meta.id).isNull(), false);
        QCOMPARE(created->meta.createdAt.timeSpec(), Qt::UTC);

        const auto entries = entriesFor(*m_store, created->meta.id, after);
        QStringList fields;
        for (const JournalEntry &e : entries) {
            fields << e.field;
            QCOMPARE(e.op, QStringLiteral("insert"));
            QVERIFY(e.oldValue.isNull());
            QCOMPARE(e.mutationId, entries.front().mutationId);
            QCOMPARE(e.seq, entries.front().seq);
            QCOMPARE(e.authorId, m_store->currentUserId());
            QCOMPARE(e.baseRev, 0);
            QVERIFY(!e.pushed);
        }
        fields.sort();
        // Empty text fields are NULL and not journalled; enums and numbers always are.
        QCOMPARE(fields, (QStringList{"annual_revenue_minor", "credit_code", "currency", "industry",
                                      "kind", "legal_name", "lifecycle", "payment_overdue_days", "region", "strategic_fit",
                                      "tier"}));
    }

    void givenAccount_whenTwoFieldsEdited_thenTwoEntriesWithOldAndNew()
    {
        Account a = *m_store->get<Account>(m_accountId);
        const QDateTime before = a.meta.updatedAt;
        const qint64 after = lastSeq(*m_store);
        QTest::qWait(2);
        a.region = QStringLiteral("华北");
        a.tier = Tier::Core;
        QVERIFY(m_store->update(a));
        const auto entries = entriesFor(*m_store, m_accountId, after);
        QCOMPARE(entries.size(), size_t(2));
        QCOMPARE(entries[0].field, QStringLiteral("region"));
        QCOMPARE(entries[0].oldValue.toString(), QStringLiteral("East China"));
        QCOMPARE(entries[0].newValue.toString(), QStringLiteral("华北"));
        QCOMPARE(entries[1].field, QStringLiteral("tier"));
        QCOMPARE(entries[1].oldValue.toString(), QStringLiteral("unrated"));
        QCOMPARE(entries[1].newValue.toString(), QStringLiteral("core"));
        QCOMPARE(entries[0].op, QStringLiteral("update"));
        QVERIFY(m_store->get<Account>(m_accountId)->meta.updatedAt > before);
    }

    void givenAccount_whenSavedUnchanged_thenNothingWritten()
    {
        const Account a = *m_store->get<Account>(m_accountId);
        const Counts before = counts(*m_store);
        QSignalSpy spy(m_store.get(), &Store::rowsChanged);
        QVERIFY(m_store->update(a));
        QCOMPARE(counts(*m_store), before);
        QCOMPARE(spy.count(), 0);
        QCOMPARE(m_store->get<Account>(m_accountId)->meta.updatedAt, a.meta.updatedAt);
    }

    void givenAccount_whenDeleted_thenTombstoneKeptAndRestorable()
    {
        Result<void> removed = m_store->remove<Account>(m_accountId);
        QVERIFY(removed);
        Result<Account> row = m_store->get<Account>(m_accountId);
        QVERIFY(row);
        QVERIFY(row->meta.isDeleted());
        QCOMPARE(*m_store->count(QStringLiteral("accounts")), 0);
        QVERIFY(m_store->accounts()->empty());
        auto entries = entriesFor(*m_store, m_accountId);
        QCOMPARE(entries.back().op, QStringLiteral("delete"));
        QCOMPARE(entries.back().field, QStringLiteral("deleted_at"));
        QVERIFY(entries.back().oldValue.isNull());

        Account edit = *row;
        edit.notes = QStringLiteral("too late");
        QVERIFY(!m_store->update(edit)); // a tombstone is not edited

        QVERIFY(m_store->restore<Account>(m_accountId));
        QVERIFY(!m_store->get<Account>(m_accountId)->meta.isDeleted());
        entries = entriesFor(*m_store, m_accountId);
        QCOMPARE(entries.back().op, QStringLiteral("restore"));
        QVERIFY(entries.back().newValue.isNull());
    }

    // The journal keeps each value with its SQLite type: a whole-number real stays real, an
    // integer an integer, text with quotes, controls and backslashes exactly as written.
    void givenValuesOfEveryType_whenJournalled_thenReadBackWithTheirTypes()
    {
        Account a = *m_store->get<Account>(m_accountId);
        a.notes = QStringLiteral("\"引号\" \\ tab\t new\nline \u0007 end");
        a.annualRevenueMinor = Q_INT64_C(9007199254740993); // 2^53 + 1: not a double
        const qint64 after = lastSeq(*m_store);
        QVERIFY(m_store->update(a));
        Result<TierChange> tiered = m_store->decideTier(m_accountId, Tier::Key, QStringLiteral("key"), 66,
                                                        QStringLiteral("标准价值模型"), {});
        QVERIFY2(tiered, tiered ? "" : qPrintable(tiered.error().message));
        QHash<QString, QVariant> account, change;
        for (const JournalEntry &e : *m_store->journal(after))
            (e.rowId == m_accountId ? account : change).insert(e.field, e.newValue);
        QCOMPARE(account.value(QStringLiteral("notes")), QVariant(a.notes));
        QCOMPARE(account.value(QStringLiteral("annual_revenue_minor")).typeId(), int(QMetaType::LongLong));
        QCOMPARE(account.value(QStringLiteral("annual_revenue_minor")).toLongLong(), a.annualRevenueMinor);
        QCOMPARE(account.value(QStringLiteral("tier")), QVariant(QStringLiteral("key")));
        QCOMPARE(change.value(QStringLiteral("score")).typeId(), int(QMetaType::Double));
        QCOMPARE(change.value(QStringLiteral("score")).toDouble(), 66.0);
        QCOMPARE(change.value(QStringLiteral("model_name")), QVariant(QStringLiteral("标准价值模型")));
        QVERIFY(!change.contains(QStringLiteral("reason"))); // NULL from the start: not a change
    }

    // Every write method of every synced entity produces journal entries for its row.
    void givenAnyWrite_whenDone_thenJournalled_data()
    {
        QTest::addColumn<int>("entity");
        QTest::addColumn<QString>("op");
        const char *names[] = {"account", "contact", "user", "team"};
        for (int e = 0; e < 4; ++e)
            for (const char *op : {"create", "update", "remove", "restore"})
                QTest::addRow("%s %s", names[e], op) << e << QString::fromLatin1(op);
    }
    void givenAnyWrite_whenDone_thenJournalled()
    {
        QFETCH(int, entity);
        QFETCH(QString, op);
        // Build one row of the entity, then apply op (preceded by what it needs).
        auto run = [&](auto row, auto mutate) {
            using T = decltype(row);
            Result<T> created = m_store->create(row);
            QVERIFY2(created, created ? "" : qPrintable(created.error().message));
            const QString id = created->meta.id;
            if (op == QLatin1String("restore"))
                QVERIFY(m_store->remove<T>(id));
            const qint64 after = lastSeq(*m_store);
            if (op == QLatin1String("create")) {
                QVERIFY(!entriesFor(*m_store, id).empty());
                return;
            }
            if (op == QLatin1String("update")) {
                T changed = *created;
                mutate(changed);
                QVERIFY(m_store->update(changed));
            } else if (op == QLatin1String("remove")) {
                QVERIFY(m_store->remove<T>(id));
            } else {
                QVERIFY(m_store->restore<T>(id));
            }
            const auto entries = entriesFor(*m_store, id, after);
            QVERIFY(!entries.empty());
            QCOMPARE(entries.front().table, tableName<T>());
        };
        switch (entity) {
        case 0:
            run(test::sampleAccount(QStringLiteral("Sany Heavy")), [](Account &a) { a.notes = QStringLiteral("n"); });
            break;
        case 1: {
            Contact c;
            c.accountId = m_accountId;
            c.name = QStringLiteral("张强");
            run(c, [](Contact &c) { c.influence = 5; });
            break;
        }
        case 2: {
            User u;
            u.name = QStringLiteral("Olivia Chen");
            run(u, [](User &u) { u.email = QStringLiteral("olivia@example.com"); });
            break;
        }
        case 3: {
            TeamMember m;
            m.accountId = m_accountId;
            m.userId = m_store->currentUserId();
            run(m, [](TeamMember &m) { m.role = TeamRole::Service; });
            break;
        }
        }
    }

    void givenBadInput_whenWritten_thenClearErrorAndNothingWritten_data()
    {
        QTest::addColumn<int>("caseNo");
        QTest::addColumn<QString>("expected");
        QTest::addRow("empty legal name") << 0 << QStringLiteral("legal name is required");
        QTest::addRow("blank legal name") << 1 << QStringLiteral("legal name is required");
        QTest::addRow("malformed credit code") << 2 << QStringLiteral("not a valid unified social credit code");
        QTest::addRow("wrong check character") << 3 << QStringLiteral("not a valid unified social credit code");
        QTest::addRow("duplicate credit code") << 4 << QStringLiteral("already used by “Baosteel Trading”");
        QTest::addRow("bad tax id") << 5 << QStringLiteral("tax id");
        QTest::addRow("bad currency") << 6 << QStringLiteral("currency code");
        QTest::addRow("own parent") << 7 << QStringLiteral("its own group");
        QTest::addRow("unknown owner") << 8 << QStringLiteral("owner does not exist");
        QTest::addRow("contact without name") << 9 << QStringLiteral("name is required");
        QTest::addRow("contact bad email") << 10 << QStringLiteral("not an e-mail address");
        QTest::addRow("contact influence 6") << 11 << QStringLiteral("between 1 and 5");
        QTest::addRow("contact reports across accounts") << 12 << QStringLiteral("same account");
        QTest::addRow("duplicate team member") << 13 << QStringLiteral("already on this account's team");
        QTest::addRow("group with branches deleted") << 14 << QStringLiteral("branch account");
        QTest::addRow("branch cycle") << 15 << QStringLiteral("its own group");
    }
    void givenBadInput_whenWritten_thenClearErrorAndNothingWritten()
    {
        QFETCH(int, caseNo);
        QFETCH(QString, expected);
        // Setup that is itself valid, done before the snapshot.
        Result<Account> other = m_store->create(test::sampleAccount(QStringLiteral("Other Co")));
        QVERIFY(other);
        Account branch = test::sampleAccount(QStringLiteral("Branch"));
        branch.parentId = m_accountId;
        Result<Account> b = m_store->create(branch);
        QVERIFY(b);
        Contact foreign;
        foreign.accountId = other->meta.id;
        foreign.name = QStringLiteral("Foreign");
        Result<Contact> f = m_store->create(foreign);
        TeamMember lead;
        lead.accountId = m_accountId;
        lead.userId = m_store->currentUserId();
        QVERIFY(m_store->create(lead));

        const Counts before = counts(*m_store);
        Account a = test::sampleAccount(QStringLiteral("New Co"));
        Account existing = *m_store->get<Account>(m_accountId);
        Contact c = *m_store->get<Contact>(m_contactId);
        Result<void> r;
        switch (caseNo) {
        case 0: a.legalName.clear(); r = resultOf(m_store->create(a)); break;
        case 1: a.legalName = QStringLiteral("   "); r = resultOf(m_store->create(a)); break;
        case 2: a.creditCode = QStringLiteral("91350100M000100Y4"); r = resultOf(m_store->create(a)); break;
        case 3: a.creditCode = QStringLiteral("91350100M000100Y42"); r = resultOf(m_store->create(a)); break;
        case 4: a.creditCode = test::creditCode(1); r = resultOf(m_store->create(a)); break;
        case 5: a.taxId = QStringLiteral("12-34"); r = resultOf(m_store->create(a)); break;
        case 6: a.currency = QStringLiteral("rmb"); r = resultOf(m_store->create(a)); break;
        case 7: existing.parentId = m_accountId; r = m_store->update(existing); break;
        case 8: a.ownerId = QStringLiteral("nobody"); r = resultOf(m_store->create(a)); break;
        case 9: c.name.clear(); r = m_store->update(c); break;
        case 10: c.email = QStringLiteral("li.na@"); r = m_store->update(c); break;
        case 11: c.influence = 6; r = m_store->update(c); break;
        case 12: c.reportsToId = f->meta.id; r = m_store->update(c); break;
        case 13: r = resultOf(m_store->create(lead)); break;
        case 14: r = m_store->remove<Account>(m_accountId); break;
        case 15: existing.parentId = b->meta.id; r = m_store->update(existing); break;
        }
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(expected), qPrintable(r.error().message));
        QCOMPARE(counts(*m_store), before);
    }

    void givenChosenId_whenCreatedTwice_thenDuplicateAndNothingWritten()
    {
        Account a = test::sampleAccount("Chosen Id Ltd");
        a.meta.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QVERIFY(m_store->create(a));
        const Counts before = counts(*m_store);
        Result<Account> again = m_store->create(a);
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::Duplicate);
        QCOMPARE(counts(*m_store), before);
    }

    void givenBatch_whenOneWriteFails_thenNothingKeptAndNothingAnnounced()
    {
        const Counts before = counts(*m_store);
        QSignalSpy spy(m_store.get(), &Store::rowsChanged);
        Result<void> r = m_store->transaction([&]() -> Result<void> {
            if (auto a = m_store->create(test::sampleAccount(QStringLiteral("One"))); !a)
                return a.error();
            if (auto a = m_store->create(test::sampleAccount(QString())); !a)
                return a.error();
            return {};
        });
        QVERIFY(!r);
        QCOMPARE(counts(*m_store), before);
        QCOMPARE(spy.count(), 0);
    }

    void givenBatch_whenCommitted_thenOneSignalPerTableAfterCommit()
    {
        QSignalSpy spy(m_store.get(), &Store::rowsChanged);
        int announcedInside = -1;
        Result<void> r = m_store->transaction([&]() -> Result<void> {
            for (const char *name : {"A Co", "B Co"})
                if (auto a = m_store->create(test::sampleAccount(QString::fromLatin1(name))); !a)
                    return a.error();
            announcedInside = int(spy.count());
            return {};
        });
        QVERIFY(r);
        QCOMPARE(announcedInside, 0); // nothing announced before the commit
        // A new account's first lifecycle stage is recorded with it, in a table of its own.
        QCOMPARE(spy.count(), 2);
        QStringList tables;
        for (const QList<QVariant> &signal : spy) {
            tables << signal.at(0).toString();
            QCOMPARE(signal.at(1).toStringList().size(), 2);
        }
        tables.sort();
        QCOMPARE(tables, (QStringList{QStringLiteral("accounts"), QStringLiteral("lifecycle_changes")}));
    }

    void givenEdits_whenHistoryRead_thenAccountAndContactChangesNewestFirst()
    {
        Contact c = *m_store->get<Contact>(m_contactId);
        c.title = QStringLiteral("采购总监");
        QVERIFY(m_store->update(c));
        Account a = *m_store->get<Account>(m_accountId);
        a.shortName = QStringLiteral("宝钢");
        QVERIFY(m_store->update(a));
        const Result<std::vector<JournalEntry>> read = m_store->accountHistory(m_accountId);
        QVERIFY2(read, read ? "" : qPrintable(read.error().message));
        const std::vector<JournalEntry> &history = *read;
        QVERIFY(history.size() >= 3);
        QCOMPARE(history[0].field, QStringLiteral("short_name"));
        QCOMPARE(history[1].field, QStringLiteral("title"));
        QCOMPARE(history[1].table, QStringLiteral("contacts"));
        for (size_t i = 1; i < history.size(); ++i)
            QVERIFY(history[i - 1].seq >= history[i].seq);
    }

    // Given bad export records, when journaled, then refused with the value quoted and nothing
    // written; given good ones, they are journaled for sync and read newest first.
    void givenExports_whenRecorded_thenValidatedJournalledAndNewestFirst()
    {
        const qint64 before = lastSeq(*m_store);
        Result<ExportRecord> badFormat
            = m_store->recordExport(QStringLiteral("portfolio"), QStringLiteral("xlsx"), 3, QStringLiteral("p.xlsx"));
        QVERIFY(!badFormat);
        QCOMPARE(badFormat.error().code, ErrorCode::Invalid);
        QVERIFY2(badFormat.error().message.contains(QStringLiteral("xlsx")), qPrintable(badFormat.error().message));
        QVERIFY(!m_store->recordExport(QStringLiteral("portfolio"), QStringLiteral("csv"), -1, QStringLiteral("p.csv")));
        QVERIFY(!m_store->recordExport(QStringLiteral(" "), QStringLiteral("csv"), 1, QStringLiteral("p.csv")));
        QCOMPARE(*m_store->count(QStringLiteral("export_log")), 0);
        QCOMPARE(lastSeq(*m_store), before);

        const QDateTime t0(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);
        m_store->setClock([t0] { return t0; });
        Result<ExportRecord> first
            = m_store->recordExport(QStringLiteral("portfolio"), QStringLiteral("csv"), 0, QStringLiteral("客户.csv"));
        QVERIFY2(first, first ? "" : qPrintable(first.error().message));
        m_store->setClock([t0] { return t0.addSecs(3600); });
        Result<ExportRecord> second
            = m_store->recordExport(QStringLiteral("accounts"), QStringLiteral("json"), 85, QStringLiteral("stdout"));
        QVERIFY2(second, second ? "" : qPrintable(second.error().message));
        QCOMPARE(second->exportedBy, m_store->currentUserId());

        const Result<std::vector<ExportRecord>> read = m_store->exportRecords();
        QVERIFY2(read, read ? "" : qPrintable(read.error().message));
        QCOMPARE(read->size(), size_t(2));
        QCOMPARE(read->at(0).what, QStringLiteral("accounts"));
        QCOMPARE(read->at(0).rows, 85);
        QCOMPARE(read->at(0).exportedAt, t0.addSecs(3600));
        QCOMPARE(read->at(1).destination, QStringLiteral("客户.csv"));
        QCOMPARE(read->at(1).format, QStringLiteral("csv"));
        // Journaled like any other row, so it reaches the server at the next sync.
        const std::vector<JournalEntry> journaled = entriesFor(*m_store, first->meta.id, before);
        QVERIFY(!journaled.empty());
        QCOMPARE(journaled.front().table, QStringLiteral("export_log"));
        QCOMPARE(journaled.front().op, QStringLiteral("insert"));
    }

    // create() returns the row as a read would give it: a time given in another zone comes
    // back in UTC, the same instant; dates and other fields as they were.
    void givenTimeInAnotherZone_whenCreated_thenReturnedAsARead()
    {
        Activity a;
        a.accountId = m_accountId;
        a.summary = QStringLiteral("季度拜访");
        a.occurredAt = QDateTime(QDate(2026, 11, 30), QTime(16, 45, 10, 123), QTimeZone(8 * 3600));
        a.dueOn = QDate(2026, 12, 15);
        a.costMinor = 12000;
        Result<Activity> created = m_store->create(a);
        QVERIFY2(created, created ? "" : qPrintable(created.error().message));
        const Activity read = *m_store->get<Activity>(created->meta.id);
        QCOMPARE(created->occurredAt.timeSpec(), Qt::UTC);
        QCOMPARE(created->occurredAt, a.occurredAt);
        QCOMPARE(created->occurredAt.toString(Qt::ISODateWithMs), read.occurredAt.toString(Qt::ISODateWithMs));
        QCOMPARE(created->dueOn, read.dueOn);
        QCOMPARE(created->dueOn, a.dueOn);
        QCOMPARE(created->summary, read.summary);
        QCOMPARE(created->costMinor, read.costMinor);
    }

    // Rows are written through SQLite's own API, bound as QtSql binds them: each value keeps
    // the SQLite type and the exact value a QtSql bind of it gives (text with quotes, controls,
    // Chinese and a character outside the BMP; an integer beyond a double's precision; NULL for
    // an unset optional; a whole-number real), and the journal records the same values.
    void givenValuesOfEveryKind_whenWritten_thenStoredAsQtSqlBindsThem()
    {
        const QString notes = QStringLiteral("\"引号\" \\ tab\t new\nline \u0007 end \U0001F600");
        Account a = test::sampleAccount(QStringLiteral("Typed Values Co"));
        a.notes = notes;
        a.annualRevenueMinor = Q_INT64_C(9007199254740993);
        a.taxId.clear();
        Result<Account> made = m_store->create(a);
        QVERIFY2(made, made ? "" : qPrintable(made.error().message));
        Result<TierChange> tier = m_store->decideTier(made->meta.id, Tier::Key, QStringLiteral("key"), 66,
                                                      QStringLiteral("标准价值模型"), {});
        QVERIFY2(tier, tier ? "" : qPrintable(tier.error().message));

        QStringList seen;
        QVERIFY(m_store->run(QStringLiteral("SELECT typeof(notes), notes = ?, typeof(annual_revenue_minor), "
                                            "annual_revenue_minor = ?, typeof(tax_id), typeof(legal_name) "
                                            "FROM accounts WHERE id = ?"),
                             {notes, a.annualRevenueMinor, made->meta.id}, [&](const QSqlQuery &q) {
                                 for (int i = 0; i < 6; ++i)
                                     seen << q.value(i).toString();
                             }));
        QCOMPARE(seen, QStringList({"text", "1", "integer", "1", "null", "text"}));
        seen.clear();
        QVERIFY(m_store->run(QStringLiteral("SELECT typeof(score), quote(score), typeof(model_name), model_name "
                                            "FROM tier_changes WHERE id = ?"),
                             {tier->meta.id}, [&](const QSqlQuery &q) {
                                 for (int i = 0; i < 4; ++i)
                                     seen << q.value(i).toString();
                             }));
        QCOMPARE(seen, QStringList({"real", "66.0", "text", "标准价值模型"}));

        const std::vector<JournalEntry> journaled = entriesFor(*m_store, made->meta.id);
        const auto field = [&](const char *name) {
            const auto it = std::find_if(journaled.begin(), journaled.end(),
                                         [&](const JournalEntry &e) { return e.field == QLatin1String(name); });
            return it == journaled.end() ? QVariant() : it->newValue;
        };
        QCOMPARE(field("notes").toString(), notes);
        QCOMPARE(field("annual_revenue_minor").toLongLong(), a.annualRevenueMinor);
    }

    // A nested level that fails is rolled back to its savepoint: the rows written before and
    // after it in the same transaction stay, its own row and journal do not.
    void givenTransaction_whenNestedWriteFails_thenOnlyItRolledBack()
    {
        const Counts before = counts(*m_store);
        QString dropped;
        bool nestedFailed = false;
        const Result<void> r = m_store->transaction([&]() -> Result<void> {
            if (auto a = m_store->create(test::sampleAccount(QStringLiteral("Kept One"))); !a)
                return a.error();
            nestedFailed = !m_store->transaction([&]() -> Result<void> {
                Result<Account> a = m_store->create(test::sampleAccount(QStringLiteral("Dropped Co")));
                if (!a)
                    return a.error();
                dropped = a->meta.id;
                return makeError(ErrorCode::Invalid, QStringLiteral("refused after the write"));
            });
            if (auto a = m_store->create(test::sampleAccount(QStringLiteral("Kept Two"))); !a)
                return a.error();
            return {};
        });
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QVERIFY(nestedFailed);
        QVERIFY(!dropped.isEmpty());
        QCOMPARE(*m_store->hasRow(QStringLiteral("accounts"), dropped, false), false);
        QVERIFY(entriesFor(*m_store, dropped).empty());
        QCOMPARE(counts(*m_store).accounts, before.accounts + 2);
        QStringList names;
        for (const Account &a : *m_store->accounts())
            names << a.legalName;
        QVERIFY(names.contains(QStringLiteral("Kept One")) && names.contains(QStringLiteral("Kept Two")));
    }

    // A row the database refuses (a rule the store does not check itself, here a trigger) fails
    // its write with the database's reason, and nothing of that write is kept.
    void givenRowRefusedByDatabase_whenWritten_thenErrorAndNothingKept()
    {
        QVERIFY(m_store->run(QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE INSERT ON main.accounts "
                                            "WHEN NEW.legal_name = 'Refused Co' BEGIN "
                                            "SELECT RAISE(ABORT, 'refused by a rule'); END"),
                             {}));
        const Counts before = counts(*m_store);
        Result<Account> r = m_store->create(test::sampleAccount(QStringLiteral("Refused Co")));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Database);
        QVERIFY2(r.error().message.contains(QStringLiteral("refused by a rule")), qPrintable(r.error().message));
        QCOMPARE(counts(*m_store), before);
    }

    // create() opens no savepoint inside a transaction: a row whose later write the database
    // refuses (here its deal's stage change) is undone by deleting what it wrote, the deal and
    // its journal; the account written before it in the same transaction is kept.
    void givenFactRefusedByDatabase_whenDealCreatedInATransaction_thenOnlyTheDealUndone()
    {
        QVERIFY(m_store->run(QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE INSERT ON main.stage_changes "
                                            "BEGIN SELECT RAISE(ABORT, 'refused by a rule'); END"),
                             {}));
        const Counts before = counts(*m_store);
        const qint64 deals = *m_store->count(QStringLiteral("opportunities"));
        const auto dealMutations = [&] {
            qint64 n = -1;
            (void)m_store->run(QStringLiteral("SELECT count(*) FROM journal "
                                              "WHERE table_name IN ('opportunities', 'stage_changes')"),
                               {}, [&](const QSqlQuery &q) { n = q.value(0).toLongLong(); });
            return n;
        };
        const qint64 dealsJournaled = dealMutations();
        QString kept;
        QString reason;
        const Result<void> r = m_store->transaction([&]() -> Result<void> {
            Result<Account> a = m_store->create(test::sampleAccount(QStringLiteral("Kept Co")));
            if (!a)
                return a.error();
            kept = a->meta.id;
            Result<Opportunity> deal = m_store->create(test::sampleDeal(
                kept, QStringLiteral("negotiation"), QStringLiteral("年度框架采购"), 100000, QDate(2027, 3, 1)));
            reason = deal ? QString() : deal.error().message;
            return {};
        });
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QVERIFY2(reason.contains(QStringLiteral("refused by a rule")), qPrintable(reason));
        QCOMPARE(*m_store->count(QStringLiteral("opportunities")), deals);
        QCOMPARE(counts(*m_store).accounts, before.accounts + 1);
        QVERIFY(!entriesFor(*m_store, kept).empty());
        QCOMPARE(dealMutations(), dealsJournaled);
    }

    // A level that ran another statement after its first rows (a plan's status record reads the
    // plan) got a savepoint then: a refusal after it undoes the rows before the savepoint and
    // those after, so neither the plan nor its journal stays.
    void givenRefusalAfterALevelsRead_whenPlanCreated_thenNothingOfItKept()
    {
        QVERIFY(m_store->run(QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE INSERT ON main.plan_changes "
                                            "BEGIN SELECT RAISE(ABORT, 'refused by a rule'); END"),
                             {}));
        const Counts before = counts(*m_store);
        QString reason;
        const Result<void> r = m_store->transaction([&]() -> Result<void> {
            Plan plan;
            plan.accountId = m_accountId;
            plan.period = QStringLiteral("2027");
            plan.title = QStringLiteral("2027 年度客户计划");
            Result<Plan> made = m_store->create(plan);
            reason = made ? QString() : made.error().message;
            return {};
        });
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QVERIFY2(reason.contains(QStringLiteral("refused by a rule")), qPrintable(reason));
        QCOMPARE(*m_store->count(QStringLiteral("plans")), 0);
        QCOMPARE(counts(*m_store), before);
    }

    // A savepoint level inside create()'s (a first stage of its own stores the built-in process
    // first) gives create()'s level its savepoint before it: refusing the stage's journal entry
    // takes the built-in stages back too.
    void givenRefusedJournal_whenFirstOwnStageCreated_thenBuiltInStagesNotStoredEither()
    {
        QVERIFY(m_store->run(QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE INSERT ON main.journal "
                                            "WHEN NEW.table_name = 'pipeline_stages' AND NEW.row_id = 'own-stage' "
                                            "BEGIN SELECT RAISE(ABORT, 'refused by a rule'); END"),
                             {}));
        const qint64 journal = counts(*m_store).journal;
        QString reason;
        const Result<void> r = m_store->transaction([&]() -> Result<void> {
            Stage own;
            own.meta.id = QStringLiteral("own-stage");
            own.key = QStringLiteral("pilot");
            own.name = QStringLiteral("试用");
            own.position = 9;
            own.probability = 30;
            Result<Stage> made = m_store->create(own);
            reason = made ? QString() : made.error().message;
            return {};
        });
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QVERIFY2(reason.contains(QStringLiteral("refused by a rule")), qPrintable(reason));
        QCOMPARE(*m_store->count(QStringLiteral("pipeline_stages")), 0);
        QCOMPARE(counts(*m_store).journal, journal);
    }

private:
    template<typename T>
    static Result<void> resultOf(const Result<T> &r)
    {
        if (r)
            return {};
        return r.error();
    }
    template<typename T>
    static QString tableName()
    {
        if constexpr (std::is_same_v<T, Account>) return QStringLiteral("accounts");
        else if constexpr (std::is_same_v<T, Contact>) return QStringLiteral("contacts");
        else if constexpr (std::is_same_v<T, User>) return QStringLiteral("users");
        else return QStringLiteral("account_team");
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
