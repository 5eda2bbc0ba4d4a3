// SPDX-License-Identifier: GPL-3.0-or-later
// Undo/redo of store edits: after every step the store row and the journal agree with what the
// undo stack claims, and a command the store refuses never stays on the stack.

#include "commands/edit_history.h"
#include "commands/store_commands.h"
#include "support/store_fixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace kam;

class TestUndo : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void accountCreateUndoRedo();
    void accountEditUndoRedo();
    void undoKeepsLaterChangesToOtherFields();
    void accountDeleteUndoRedo();
    void contactRoundTrip();
    void teamMemberRoundTrip();
    void refusedCreateLeavesNothing();
    void refusedEditLeavesNothing();
    void refusedUndoLeavesTheStack();

private:
    /// Journal entries written since the last call.
    std::vector<JournalEntry> newEntries();
    /// The ops of the journal entries since the last call, one per mutation.
    QStringList newOps(const QString &rowId);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<EditHistory> m_history;
    qint64 m_seenSeq = 0;
};

void TestUndo::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = test::openStore(*m_dir);
    QVERIFY(m_store);
    m_history = std::make_unique<EditHistory>(m_store.get());
    (void)newEntries();
}

void TestUndo::cleanup()
{
    m_history.reset();
    m_store.reset();
    m_dir.reset();
    m_seenSeq = 0;
}

std::vector<JournalEntry> TestUndo::newEntries()
{
    Result<std::vector<JournalEntry>> entries = m_store->journal(m_seenSeq);
    if (!entries) {
        qWarning("%s", qPrintable(entries.error().message));
        return {};
    }
    for (const JournalEntry &e : *entries)
        m_seenSeq = qMax(m_seenSeq, e.seq);
    return *entries;
}

QStringList TestUndo::newOps(const QString &rowId)
{
    QStringList ops;
    QString lastMutation;
    for (const JournalEntry &e : newEntries()) {
        if (e.rowId != rowId || e.mutationId == lastMutation)
            continue;
        lastMutation = e.mutationId;
        ops << e.op;
    }
    return ops;
}

// Given an empty store, when an account is created through a command and undone and redone,
// then the row is live, tombstoned, live again, with one journal mutation per step.
void TestUndo::accountCreateUndoRedo()
{
    auto cmd = std::make_unique<CreateCommand<Account>>(m_history.get(), test::sampleAccount("Baosteel", 1));
    const QString id = cmd->rowId();
    QVERIFY(m_history->push(std::move(cmd)).ok());
    QCOMPARE(m_history->stack()->count(), 1);
    QCOMPARE(m_store->get<Account>(id)->legalName, QString("Baosteel"));
    QVERIFY(!m_store->get<Account>(id)->meta.isDeleted());
    QCOMPARE(newOps(id), QStringList{"insert"});

    m_history->stack()->undo();
    QVERIFY(m_store->get<Account>(id)->meta.isDeleted());
    QCOMPARE(*m_store->count("accounts"), 0);
    QCOMPARE(newOps(id), QStringList{"delete"});

    m_history->stack()->redo();
    QVERIFY(!m_store->get<Account>(id)->meta.isDeleted());
    QCOMPARE(*m_store->count("accounts"), 1);
    QCOMPARE(newOps(id), QStringList{"restore"});
    QCOMPARE(m_history->stack()->index(), 1);
}

// Given an edit of the region, when another field changes later outside this stack (sync, another
// window) and the edit is undone, then only the region goes back.
void TestUndo::undoKeepsLaterChangesToOtherFields()
{
    Result<Account> created = m_store->create(test::sampleAccount("Patch Co.", 3));
    QVERIFY(created.ok());
    Account moved = *created;
    moved.region = "华南";
    QVERIFY(m_history->push(std::make_unique<EditCommand<Account>>(m_history.get(), *created, moved)).ok());
    Account later = *m_store->get<Account>(created->meta.id);
    later.notes = "Agreed on a framework contract";
    QVERIFY(m_store->update(later).ok());

    m_history->stack()->undo();
    Account now = *m_store->get<Account>(created->meta.id);
    QCOMPARE(now.region, created->region);
    QCOMPARE(now.notes, QString("Agreed on a framework contract"));
    m_history->stack()->redo();
    now = *m_store->get<Account>(created->meta.id);
    QCOMPARE(now.region, QString("华南"));
    QCOMPARE(now.notes, QString("Agreed on a framework contract"));
}

// Given an account, when its legal name and tier are edited, undone and redone, then the row
// and the journal's field entries (old → new) follow each step.
void TestUndo::accountEditUndoRedo()
{
    Result<Account> created = m_store->create(test::sampleAccount("Old Name Co.", 2));
    QVERIFY(created.ok());
    (void)newEntries();
    Account after = *created;
    after.legalName = "New Name Co.";
    after.tier = Tier::Core;
    QVERIFY(m_history->push(std::make_unique<EditCommand<Account>>(m_history.get(), *created, after)).ok());
    QCOMPARE(m_store->get<Account>(created->meta.id)->legalName, QString("New Name Co."));
    QCOMPARE(m_store->get<Account>(created->meta.id)->tier, Tier::Core);
    auto fields = [](const std::vector<JournalEntry> &entries) {
        QMap<QString, QPair<QVariant, QVariant>> out;
        for (const JournalEntry &e : entries)
            if (e.op == "update" && !e.field.isEmpty())
                out.insert(e.field, {e.oldValue, e.newValue});
        return out;
    };
    auto redoFields = fields(newEntries());
    QCOMPARE(redoFields.value("legal_name").first.toString(), QString("Old Name Co."));
    QCOMPARE(redoFields.value("legal_name").second.toString(), QString("New Name Co."));
    QVERIFY(redoFields.contains("tier"));
    QVERIFY(!redoFields.contains("region")); // unchanged fields are not journalled

    m_history->stack()->undo();
    QCOMPARE(m_store->get<Account>(created->meta.id)->legalName, QString("Old Name Co."));
    QCOMPARE(m_store->get<Account>(created->meta.id)->tier, Tier::Unrated);
    auto undoFields = fields(newEntries());
    QCOMPARE(undoFields.value("legal_name").first.toString(), QString("New Name Co."));
    QCOMPARE(undoFields.value("legal_name").second.toString(), QString("Old Name Co."));

    m_history->stack()->redo();
    QCOMPARE(m_store->get<Account>(created->meta.id)->legalName, QString("New Name Co."));
    QCOMPARE(fields(newEntries()).value("legal_name").second.toString(), QString("New Name Co."));
}

void TestUndo::accountDeleteUndoRedo()
{
    Result<Account> created = m_store->create(test::sampleAccount("Doomed Ltd.", 3));
    QVERIFY(created.ok());
    const QString id = created->meta.id;
    (void)newEntries();
    QVERIFY(m_history->push(std::make_unique<DeleteCommand<Account>>(m_history.get(), *created)).ok());
    QVERIFY(m_store->get<Account>(id)->meta.isDeleted()); // a tombstone, not a hard delete
    QCOMPARE(newOps(id), QStringList{"delete"});
    m_history->stack()->undo();
    QVERIFY(!m_store->get<Account>(id)->meta.isDeleted());
    QCOMPARE(newOps(id), QStringList{"restore"});
    m_history->stack()->redo();
    QVERIFY(m_store->get<Account>(id)->meta.isDeleted());
    QCOMPARE(newOps(id), QStringList{"delete"});
}

void TestUndo::contactRoundTrip()
{
    Result<Account> account = m_store->create(test::sampleAccount("Contacts Co.", 4));
    QVERIFY(account.ok());
    Contact c;
    c.accountId = account->meta.id;
    c.name = "Li Wei";
    c.email = "li.wei@example.com";
    auto create = std::make_unique<CreateCommand<Contact>>(m_history.get(), c);
    const QString id = create->rowId();
    (void)newEntries();
    QVERIFY(m_history->push(std::move(create)).ok());
    QCOMPARE(newOps(id), QStringList{"insert"});

    Contact edited = *m_store->get<Contact>(id);
    edited.title = "Purchasing Director";
    edited.influence = 5;
    QVERIFY(m_history->push(std::make_unique<EditCommand<Contact>>(m_history.get(), *m_store->get<Contact>(id), edited)).ok());
    QCOMPARE(m_store->get<Contact>(id)->title, QString("Purchasing Director"));
    QCOMPARE(newOps(id), QStringList{"update"});

    QVERIFY(m_history->push(std::make_unique<DeleteCommand<Contact>>(m_history.get(), edited)).ok());
    QCOMPARE(m_store->contacts(account->meta.id)->size(), size_t(0));
    QCOMPARE(newOps(id), QStringList{"delete"});
    QCOMPARE(m_history->stack()->count(), 3);

    m_history->stack()->undo(); // delete
    QCOMPARE(m_store->contacts(account->meta.id)->size(), size_t(1));
    m_history->stack()->undo(); // edit
    QCOMPARE(m_store->get<Contact>(id)->title, QString());
    QCOMPARE(m_store->get<Contact>(id)->influence, 3);
    m_history->stack()->undo(); // create
    QVERIFY(m_store->get<Contact>(id)->meta.isDeleted());
    QCOMPARE(newOps(id), (QStringList{"restore", "update", "delete"}));

    while (m_history->stack()->canRedo())
        m_history->stack()->redo();
    QVERIFY(m_store->get<Contact>(id)->meta.isDeleted());
    QCOMPARE(m_store->get<Contact>(id)->title, QString("Purchasing Director"));
    QCOMPARE(newOps(id), (QStringList{"restore", "update", "delete"}));
    QCOMPARE(m_history->stack()->count(), 3);
}

void TestUndo::teamMemberRoundTrip()
{
    Result<Account> account = m_store->create(test::sampleAccount("Team Co.", 5));
    QVERIFY(account.ok());
    TeamMember m;
    m.accountId = account->meta.id;
    m.userId = m_store->currentUserId();
    m.role = TeamRole::Lead;
    QVERIFY(m_history->push(std::make_unique<CreateCommand<TeamMember>>(m_history.get(), m)).ok());
    QCOMPARE(m_store->team(account->meta.id)->size(), size_t(1));
    const TeamMember stored = m_store->team(account->meta.id)->front();
    QVERIFY(m_history->push(std::make_unique<DeleteCommand<TeamMember>>(m_history.get(), stored)).ok());
    QCOMPARE(m_store->team(account->meta.id)->size(), size_t(0));
    m_history->stack()->undo();
    QCOMPARE(m_store->team(account->meta.id)->size(), size_t(1));
    m_history->stack()->undo();
    QCOMPARE(m_store->team(account->meta.id)->size(), size_t(0));
}

// Given a create the store refuses (no legal name), then push returns the store's message,
// nothing is on the stack and nothing was journalled.
void TestUndo::refusedCreateLeavesNothing()
{
    QSignalSpy failed(m_history.get(), &EditHistory::commandFailed);
    Result<void> r = m_history->push(std::make_unique<CreateCommand<Account>>(m_history.get(), Account{}));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().message, QString("The legal name is required."));
    QCOMPARE(m_history->stack()->count(), 0);
    QVERIFY(!m_history->stack()->canUndo());
    QVERIFY(newEntries().empty());
    QCOMPARE(failed.count(), 0); // the caller shows push()'s error; no second report
}

void TestUndo::refusedEditLeavesNothing()
{
    Result<Account> a = m_store->create(test::sampleAccount("First Co.", 6));
    Result<Account> b = m_store->create(test::sampleAccount("Second Co.", 7));
    QVERIFY(a.ok() && b.ok());
    (void)newEntries();
    Account dup = *b;
    dup.creditCode = a->creditCode;
    Result<void> r = m_history->push(std::make_unique<EditCommand<Account>>(m_history.get(), *b, dup));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains("First Co."), qPrintable(r.error().message));
    QCOMPARE(m_history->stack()->count(), 0);
    QCOMPARE(m_store->get<Account>(b->meta.id)->creditCode, b->creditCode);
    QVERIFY(newEntries().empty());
}

// Given a created group that later got a branch outside the stack, when the create is undone,
// then the store refuses, the failure is reported and the command leaves the stack (it would
// otherwise claim an undo that never happened).
void TestUndo::refusedUndoLeavesTheStack()
{
    auto cmd = std::make_unique<CreateCommand<Account>>(m_history.get(), test::sampleAccount("Group Co.", 8));
    const QString groupId = cmd->rowId();
    QVERIFY(m_history->push(std::move(cmd)).ok());
    Account branch = test::sampleAccount("Branch Co.", 9);
    branch.parentId = groupId;
    QVERIFY(m_store->create(branch).ok());
    (void)newEntries();

    QSignalSpy failed(m_history.get(), &EditHistory::commandFailed);
    m_history->stack()->undo();
    QCOMPARE(failed.count(), 1);
    QVERIFY2(failed.first().at(1).toString().contains("branch"), qPrintable(failed.first().at(1).toString()));
    QVERIFY(!m_store->get<Account>(groupId)->meta.isDeleted());
    QCOMPARE(m_history->stack()->count(), 0);
    QVERIFY(!m_history->stack()->canUndo());
    QVERIFY(!m_history->stack()->canRedo());
    QVERIFY(newEntries().empty());
}

QTEST_GUILESS_MAIN(TestUndo)
#include "tst_undo.moc"
