// SPDX-License-Identifier: GPL-3.0-or-later
// Every item model under QAbstractItemModelTester while the store changes underneath it,
// and the precise change signals the views rely on.

#include "itemmodels/account_filter_proxy.h"
#include "itemmodels/account_table_model.h"
#include "itemmodels/account_tree_model.h"
#include "itemmodels/contact_table_model.h"
#include "itemmodels/field_history_model.h"
#include "itemmodels/team_table_model.h"
#include "support/store_fixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>

using namespace kam;

namespace {
constexpr auto kFatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

QStringList visibleNames(const QAbstractItemModel &m, const QModelIndex &parent = {})
{
    QStringList names;
    for (int r = 0; r < m.rowCount(parent); ++r) {
        const QModelIndex i = m.index(r, 0, parent);
        names << i.data().toString();
        names << visibleNames(m, i);
    }
    return names;
}
} // namespace

class TestItemModels : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    QString m_group, m_branch, m_solo;

private slots:
    void init()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("store.sqlite")));
        m_store = test::openStore(m_dir);
        QVERIFY(m_store);
        Account group = test::sampleAccount("华东钢铁集团有限公司", 1);
        group.tier = Tier::Core;
        group.shortName = "华东钢铁";
        m_group = m_store->create(group)->meta.id;
        Account branch = test::sampleAccount("华东钢铁集团南京分公司", 2);
        branch.parentId = m_group;
        branch.region = "Nanjing";
        branch.tier = Tier::Key;
        m_branch = m_store->create(branch)->meta.id;
        Account solo = test::sampleAccount("Northwind Fleet Services", 3);
        solo.kind = AccountKind::Channel;
        solo.industry = "Logistics";
        solo.ownerId = m_store->currentUserId();
        m_solo = m_store->create(solo)->meta.id;
    }
    void cleanup() { m_store.reset(); }

    void accountTable_followsStoreWithPreciseSignals()
    {
        AccountTableModel model(m_store.get());
        QAbstractItemModelTester tester(&model, kFatal);
        QVERIFY(model.reload());
        QCOMPARE(model.rowCount(), 3);

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

        // Given an edit of one account, then only its row changes.
        Account solo = *m_store->get<Account>(m_solo);
        solo.tier = Tier::Ordinary;
        QVERIFY(m_store->update(solo));
        QCOMPARE(changed.count(), 1);
        const QModelIndex topLeft = changed.at(0).at(0).value<QModelIndex>();
        QCOMPARE(topLeft.row(), model.rowOf(m_solo));
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>().row(), topLeft.row());
        QCOMPARE(model.index(model.rowOf(m_solo), int(AccountColumn::Tier)).data().toString(),
                 QStringLiteral("Ordinary"));

        // Create and delete insert and remove one row each.
        const QString id = m_store->create(test::sampleAccount("Sany Heavy Industry", 4))->meta.id;
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), 4);
        QVERIFY(m_store->remove<Account>(m_solo));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.rowOf(m_solo), -1);
        QCOMPARE(model.accountAt(model.rowOf(id)).legalName, QStringLiteral("Sany Heavy Industry"));
        QCOMPARE(reset.count(), 0);

        // Renaming the owner updates the owner column.
        User me = *m_store->get<User>(m_store->currentUserId());
        me.name = "Wang Wei";
        QVERIFY(m_store->update(me));
        QVERIFY(m_store->restore<Account>(m_solo));
        QCOMPARE(model.index(model.rowOf(m_solo), int(AccountColumn::Owner)).data().toString(),
                 QStringLiteral("Wang Wei"));
    }

    void accountTree_groupsBranchesAndMovesThem()
    {
        AccountTreeModel model(m_store.get());
        QAbstractItemModelTester tester(&model, kFatal);
        QVERIFY(model.reload());
        QCOMPARE(model.rowCount(), 2); // the group and the solo account
        const QModelIndex group = model.indexOf(m_group);
        QCOMPARE(model.rowCount(group), 1);
        QCOMPARE(model.indexOf(m_branch).parent(), group);

        // Given the branch moves to the solo account, then it is moved, not reset.
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        Account branch = *m_store->get<Account>(m_branch);
        branch.parentId = m_solo;
        QVERIFY(m_store->update(branch));
        QCOMPARE(moved.count(), 1);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.indexOf(m_branch).parent(), model.indexOf(m_solo));
        QCOMPARE(model.rowCount(model.indexOf(m_group)), 0);

        // A new branch lands under its group; deleting it removes it there.
        Account b2 = test::sampleAccount("华东钢铁集团杭州分公司", 5);
        b2.parentId = m_group;
        const QString b2id = m_store->create(b2)->meta.id;
        QCOMPARE(model.indexOf(b2id).parent(), model.indexOf(m_group));
        QVERIFY(m_store->remove<Account>(b2id));
        QVERIFY(!model.indexOf(b2id).isValid());
        QCOMPARE(reset.count(), 0);
    }

    void filterProxy_termsAndChips_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("chip"); // 0 none, 1 tier core, 2 kind channel, 3 owner me, 4 industry
        QTest::addColumn<QStringList>("table");
        QTest::addRow("empty") << "" << 0
                               << QStringList{"华东钢铁集团有限公司", "华东钢铁集团南京分公司", "Northwind Fleet Services"};
        QTest::addRow("chinese term") << "南京" << 0 << QStringList{"华东钢铁集团南京分公司"};
        QTest::addRow("case-insensitive") << "NORTHWIND" << 0 << QStringList{"Northwind Fleet Services"};
        QTest::addRow("two terms") << "华东 nanjing" << 0 << QStringList{"华东钢铁集团南京分公司"};
        QTest::addRow("credit code") << test::creditCode(3).left(12) << 0 << QStringList{};
        QTest::addRow("by short name") << "华东钢铁" << 0
                                       << QStringList{"华东钢铁集团有限公司", "华东钢铁集团南京分公司"};
        QTest::addRow("tier chip") << "" << 1 << QStringList{"华东钢铁集团有限公司"};
        QTest::addRow("kind chip") << "" << 2 << QStringList{"Northwind Fleet Services"};
        QTest::addRow("owner chip") << "" << 3 << QStringList{"Northwind Fleet Services"};
        QTest::addRow("industry chip + text") << "华东" << 4 << QStringList{};
        QTest::addRow("no match") << "zzz" << 0 << QStringList{};
    }
    void filterProxy_termsAndChips()
    {
        QFETCH(QString, text);
        QFETCH(int, chip);
        QFETCH(QStringList, table);
        AccountTableModel model(m_store.get());
        QVERIFY(model.reload());
        AccountFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy, kFatal);
        proxy.setSourceModel(&model);
        proxy.setFilterText(text);
        if (chip == 1)
            proxy.setTiers({Tier::Core});
        if (chip == 2)
            proxy.setKinds({AccountKind::Channel});
        if (chip == 3)
            proxy.setOwnerIds({m_store->currentUserId()});
        if (chip == 4)
            proxy.setIndustries({QStringLiteral("Logistics")});
        QStringList names = visibleNames(proxy);
        names.sort();
        table.sort();
        // The credit code row expects the solo account: its code starts with the searched part.
        if (QTest::currentDataTag() == QLatin1String("credit code"))
            QCOMPARE(names.size(), 3); // all three codes share the prefix 913101000000
        else
            QCOMPARE(names, table);
    }

    void filterProxy_overTree_keepsGroupOfMatchingBranch()
    {
        AccountTreeModel model(m_store.get());
        QVERIFY(model.reload());
        AccountFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy, kFatal);
        proxy.setSourceModel(&model);
        proxy.setFilterText("nanjing");
        QCOMPARE(visibleNames(proxy), (QStringList{"华东钢铁集团有限公司", "华东钢铁集团南京分公司"}));
        proxy.sort(int(AccountColumn::LegalName));
        Account added = test::sampleAccount("Nanjing Auto Parts", 6);
        QVERIFY(m_store->create(added)); // live insert through the tester-checked proxy
        QCOMPARE(proxy.rowCount(), 2);
    }

    void filterProxy_sortsByRawValue()
    {
        AccountTableModel model(m_store.get());
        QVERIFY(model.reload());
        Account big = *m_store->get<Account>(m_branch);
        big.annualRevenueMinor = 900;
        QVERIFY(m_store->update(big));
        Account small = *m_store->get<Account>(m_solo);
        small.annualRevenueMinor = 10000; // "¥100.00" sorts before "¥9.00" as text, not as money
        QVERIFY(m_store->update(small));
        AccountFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(int(AccountColumn::AnnualRevenue), Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Northwind Fleet Services"));
        QCOMPARE(proxy.index(1, 0).data().toString(), QStringLiteral("华东钢铁集团南京分公司"));
    }

    void filterProxy_sortsNumbersInNamesNaturally()
    {
        for (const char *name : {"Distributor 10 Co.", "Distributor 2 Co."})
            QVERIFY(m_store->create(test::sampleAccount(QString::fromLatin1(name))));
        AccountTableModel model(m_store.get());
        QVERIFY(model.reload());
        AccountFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.setFilterText("distributor");
        proxy.sort(int(AccountColumn::LegalName));
        QCOMPARE(visibleNames(proxy), (QStringList{"Distributor 2 Co.", "Distributor 10 Co."}));
    }

    void contactsTeamAndHistory_followTheirAccount()
    {
        ContactTableModel contacts(m_store.get());
        TeamTableModel team(m_store.get());
        FieldHistoryModel history(m_store.get());
        QAbstractItemModelTester t1(&contacts, kFatal);
        QAbstractItemModelTester t2(&team, kFatal);
        QAbstractItemModelTester t3(&history, kFatal);
        QVERIFY(contacts.setAccountId(m_group));
        QVERIFY(team.setAccountId(m_group));
        QVERIFY(history.setAccountId(m_group));
        const int historyBefore = history.rowCount();
        QCOMPARE(historyBefore, 1); // the group's creation, as one line
        QCOMPARE(history.index(0, FieldHistoryModel::Field).data().toString(), QStringLiteral("Created"));

        Contact boss;
        boss.accountId = m_group;
        boss.name = "李娜";
        boss.buyingRole = BuyingRole::DecisionMaker;
        boss.relationship = 5;
        const QString bossId = m_store->create(boss)->meta.id;
        Contact c;
        c.accountId = m_group;
        c.name = "张强";
        c.reportsToId = bossId;
        c.relationship = 1;
        const QString cId = m_store->create(c)->meta.id;
        Contact elsewhere;
        elsewhere.accountId = m_solo;
        elsewhere.name = "Somebody Else";
        QVERIFY(m_store->create(elsewhere));
        QCOMPARE(contacts.rowCount(), 2);
        QCOMPARE(contacts.index(contacts.rowOf(cId), ContactTableModel::ReportsTo).data().toString(),
                 QStringLiteral("李娜"));
        QCOMPARE(contacts.index(contacts.rowOf(bossId), ContactTableModel::BuyingRole).data().toString(),
                 QStringLiteral("Decision maker"));
        // Strength sorts as strength ("Strong" before "Weak" alphabetically, not in strength).
        QSortFilterProxyModel byStrength;
        byStrength.setSourceModel(&contacts);
        byStrength.setSortRole(ContactTableModel::SortRole);
        byStrength.sort(ContactTableModel::Relationship);
        QCOMPARE(byStrength.index(0, ContactTableModel::Name).data().toString(), QStringLiteral("张强"));
        QCOMPARE(byStrength.index(1, ContactTableModel::Relationship).data().toString(), QStringLiteral("Strong"));
        byStrength.sort(ContactTableModel::Name);
        QCOMPARE(byStrength.index(0, ContactTableModel::Name).data(ContactTableModel::SortRole).toString(),
                 byStrength.index(0, ContactTableModel::Name).data().toString());

        QSignalSpy teamReset(&team, &QAbstractItemModel::modelReset);
        QSignalSpy contactsReset(&contacts, &QAbstractItemModel::modelReset);
        TeamMember lead;
        lead.accountId = m_group;
        lead.userId = m_store->currentUserId();
        lead.role = TeamRole::Lead;
        QVERIFY(m_store->create(lead));
        QCOMPARE(team.rowCount(), 1);
        QCOMPARE(team.index(0, TeamTableModel::Role).data().toString(), QStringLiteral("Account lead"));

        QVERIFY(m_store->remove<Contact>(cId));
        QCOMPARE(contacts.rowCount(), 1);
        User me = *m_store->get<User>(m_store->currentUserId());
        me.name = "Li Jing";
        QVERIFY(m_store->update(me));
        QCOMPARE(team.index(0, TeamTableModel::UserName).data().toString(), QStringLiteral("Li Jing"));
        QCOMPARE(teamReset.count(), 0); // row-precise, never a reset for one edit
        QCOMPARE(contactsReset.count(), 0);

        // History: newest first, with labels and readable values; 2 contacts created, 1 deleted,
        // one team member added.
        QCOMPARE(history.rowCount(), historyBefore + 4);
        QCOMPARE(history.index(0, FieldHistoryModel::Field).data().toString(), QStringLiteral("Deleted"));
        QCOMPARE(history.index(0, FieldHistoryModel::Record).data().toString(), QStringLiteral("Contact 张强"));
        Account a = *m_store->get<Account>(m_group);
        a.tier = Tier::Potential;
        QVERIFY(m_store->update(a));
        QCOMPARE(history.index(0, FieldHistoryModel::Field).data().toString(), QStringLiteral("Tier"));
        QCOMPARE(history.index(0, FieldHistoryModel::From).data().toString(), QStringLiteral("Core"));
        QCOMPARE(history.index(0, FieldHistoryModel::To).data().toString(), QStringLiteral("Potential"));
        QCOMPARE(history.index(0, FieldHistoryModel::Who).data().toString(),
                 m_store->get<User>(m_store->currentUserId())->name);
        QCOMPARE(history.index(0, FieldHistoryModel::Record).data().toString(), QStringLiteral("Account"));
    }
};

QTEST_GUILESS_MAIN(TestItemModels)
#include "tst_item_models.moc"
