// SPDX-License-Identifier: GPL-3.0-or-later
// DealListModel over a PipelineSource: which deals the filter, open-only switch and account list
// let through, the totals in the main currency, the raw sort values and the drag payload.

#include "itemmodels/deal_list_model.h"
#include "itemmodels/pipeline_source.h"
#include "support/deal_fixture.h"
#include "support/store_fixture.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTimeZone>

using namespace kam;

class TestDealListModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void allDealsWithTheirValues();
    void openOnlyAndAccounts();
    void filters_data();
    void filters();
    void totalsInTheMainCurrency();
    void sortValuesAreRaw();
    void followsTheStore();
    void dragCarriesTheIds();

private:
    QStringList titles() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<PipelineSource> m_source;
    std::unique_ptr<DealListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QString m_group, m_branch, m_other, m_li, m_wang, m_pump, m_valve;
    QHash<QString, QString> m_ids; ///< title → deal id
};

// Given (clock at 2027-01-10): Baosteel (core, steel) with a branch, Sany (key, machinery);
//   Pump deal    Baosteel         need_identified 100,000.00 CNY 10 %  Li    close 2027-03-15  pump
//   Valve deal   Baosteel branch  negotiation      50,000.00 CNY 60 %  Wang  close 2027-05-10 pump,
//   valve Export deal  Sany             negotiation      20,000.00 USD 60 %  Li    close 2027-04-01
//   Won deal     Sany             need_identified  30,000.00 CNY  won   Li    closed 2027-02-01
void TestDealListModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = test::openStore(*m_dir);
    QVERIFY(m_store);
    m_store->setClock([] { return QDateTime(QDate(2027, 1, 10), QTime(9, 0), QTimeZone::utc()); });

    Account group = test::sampleAccount("Baosteel Group", 1);
    group.shortName = "Baosteel";
    group.tier = Tier::Core;
    m_group = test::created(*m_store, group).meta.id;
    Account branch = test::sampleAccount("Baosteel Zhanjiang", 2);
    branch.parentId = m_group;
    m_branch = test::created(*m_store, branch).meta.id;
    Account other = test::sampleAccount("Sany Heavy Industry", 3);
    other.industry = "Machinery";
    other.tier = Tier::Key;
    m_other = test::created(*m_store, other).meta.id;
    m_li = test::created(*m_store, User{{}, "Li Wei", {}}).meta.id;
    m_wang = test::created(*m_store, User{{}, "Wang Fang", {}}).meta.id;
    Product pump;
    pump.name = "Pump";
    pump.series = "H";
    m_pump = test::created(*m_store, pump).meta.id;
    Product valve = pump;
    valve.name = "Valve";
    m_valve = test::created(*m_store, valve).meta.id;
    QVERIFY(!m_valve.isEmpty() && !m_wang.isEmpty() && !m_other.isEmpty());

    auto add = [this](Opportunity d) { m_ids.insert(d.title, test::created(*m_store, d).meta.id); };
    Opportunity pumpDeal
        = test::sampleDeal(m_group, "need_identified", "Pump deal", 10'000'000, {2027, 3, 15});
    pumpDeal.ownerId = m_li;
    pumpDeal.productIds = m_pump;
    add(pumpDeal);
    Opportunity valveDeal
        = test::sampleDeal(m_branch, "negotiation", "Valve deal", 5'000'000, {2027, 5, 10});
    valveDeal.ownerId = m_wang;
    valveDeal.productIds = m_pump + ',' + m_valve;
    add(valveDeal);
    Opportunity exportDeal
        = test::sampleDeal(m_other, "negotiation", "Export deal", 2'000'000, {2027, 4, 1});
    exportDeal.ownerId = m_li;
    exportDeal.currency = "USD";
    add(exportDeal);
    Opportunity won
        = test::sampleDeal(m_other, "need_identified", "Won deal", 3'000'000, {2027, 1, 20});
    won.ownerId = m_li;
    won.status = DealStatus::Won;
    won.closedOn = {2027, 2, 1};
    add(won);
    QCOMPARE(m_ids.size(), 4);
    QVERIFY(!m_ids.contains(QString()) && !m_ids.values().contains(QString()));

    m_source = std::make_unique<PipelineSource>(m_store.get());
    m_model = std::make_unique<DealListModel>(m_source.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestDealListModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_source.reset();
    m_store.reset();
    m_dir.reset();
    m_ids.clear();
}

QStringList TestDealListModel::titles() const
{
    QStringList out;
    for (int row = 0; row < m_model->rowCount(); ++row)
        out << m_model->deal(row)->title;
    out.sort();
    return out;
}

void TestDealListModel::allDealsWithTheirValues()
{
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->columnCount(), int(DealListModel::ColumnCount));
    const int row = m_model->rowOf(m_ids["Valve deal"]);
    QVERIFY(row >= 0);
    QCOMPARE(m_model->rowOf("no such deal"), -1);
    const auto at = [&](int column, int role = Qt::DisplayRole) {
        return m_model->index(row, column).data(role);
    };
    QCOMPARE(at(DealListModel::Title).toString(), QString("Valve deal"));
    QCOMPARE(at(DealListModel::Account).toString(), QString("Baosteel Zhanjiang"));
    QCOMPARE(at(DealListModel::Stage).toString(), QString("Negotiation"));
    QCOMPARE(at(DealListModel::Amount).toString(), formatMoney(Money{5'000'000, "CNY"}));
    QCOMPARE(at(DealListModel::Weighted).toString(), formatMoney(Money{3'000'000, "CNY"}));
    QCOMPARE(at(DealListModel::Owner).toString(), QString("Wang Fang"));
    QCOMPARE(at(DealListModel::Status).toString(), QString("Open"));
    QCOMPARE(at(DealListModel::ExpectedClose).toString(),
             QLocale().toString(QDate(2027, 5, 10), QLocale::ShortFormat));
    QCOMPARE(at(0, DealListModel::IdRole).toString(), m_ids["Valve deal"]);
    QCOMPARE(at(0, DealListModel::StageIdRole).toString(),
             test::builtInStage("negotiation").meta.id);
    QCOMPARE(at(0, DealListModel::StatusRole).toInt(), int(DealStatus::Open));
    QCOMPARE(at(0, DealListModel::AmountMinorRole).toLongLong(), 5'000'000);
    QCOMPARE(at(0, DealListModel::WeightedMinorRole).toLongLong(), 3'000'000);
    QCOMPARE(at(0, DealListModel::CurrencyRole).toString(), QString("CNY"));
    QCOMPARE(at(0, DealListModel::CloseDateRole).toDate(), QDate(2027, 5, 10));
    QCOMPARE(at(0, DealListModel::AccountIdRole).toString(), m_branch);
    QCOMPARE(at(0, DealListModel::AccountNameRole).toString(), QString("Baosteel Zhanjiang"));
    QCOMPARE(at(0, DealListModel::OwnerNameRole).toString(), QString("Wang Fang"));
    QCOMPARE(at(0, DealListModel::ProbabilityRole).toInt(), 60);
    // A closed deal's close date is the day it closed.
    QCOMPARE(m_model->index(m_model->rowOf(m_ids["Won deal"]), 0)
                 .data(DealListModel::CloseDateRole)
                 .toDate(),
             QDate(2027, 2, 1));
    QCOMPARE(m_model->deal(4), nullptr);
}

void TestDealListModel::openOnlyAndAccounts()
{
    m_model->setOpenOnly(true);
    QCOMPARE(titles(), (QStringList{"Export deal", "Pump deal", "Valve deal"}));
    m_model->setAccounts({m_group, m_branch});
    QCOMPARE(titles(), (QStringList{"Pump deal", "Valve deal"}));
    m_model->setOpenOnly(false);
    m_model->setAccounts({m_other});
    QCOMPARE(titles(), (QStringList{"Export deal", "Won deal"}));
    m_model->setAccounts({});
    QCOMPARE(m_model->rowCount(), 4);
}

void TestDealListModel::filters_data()
{
    QTest::addColumn<QString>("owner");
    QTest::addColumn<int>("tier"); // -1: any
    QTest::addColumn<QString>("industry");
    QTest::addColumn<QString>("product");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("owner Li") << "li" << -1 << ""
                              << "" << QDate() << QDate()
                              << QStringList{"Export deal", "Pump deal", "Won deal"};
    QTest::newRow("tier core (the branch is unrated)")
        << "" << int(Tier::Core) << ""
        << "" << QDate() << QDate() << QStringList{"Pump deal"};
    QTest::newRow("industry machinery")
        << "" << -1 << "Machinery"
        << "" << QDate() << QDate() << QStringList{"Export deal", "Won deal"};
    QTest::newRow("product valve") << "" << -1 << ""
                                   << "valve" << QDate() << QDate() << QStringList{"Valve deal"};
    QTest::newRow("product pump") << "" << -1 << ""
                                  << "pump" << QDate() << QDate()
                                  << QStringList{"Pump deal", "Valve deal"};
    QTest::newRow("Q2 by expected close") << "" << -1 << ""
                                          << "" << QDate(2027, 4, 1) << QDate(2027, 6, 30)
                                          << QStringList{"Export deal", "Valve deal"};
    QTest::newRow("February: closed on")
        << "" << -1 << ""
        << "" << QDate(2027, 2, 1) << QDate(2027, 2, 28) << QStringList{"Won deal"};
    QTest::newRow("owner Li and Q1")
        << "li" << -1 << ""
        << "" << QDate(2027, 1, 1) << QDate(2027, 3, 31) << QStringList{"Pump deal", "Won deal"};
}

void TestDealListModel::filters()
{
    QFETCH(QString, owner);
    QFETCH(int, tier);
    QFETCH(QString, industry);
    QFETCH(QString, product);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QStringList, expected);
    analytics::DealFilter f;
    f.ownerId = owner == "li" ? m_li : QString();
    if (tier >= 0)
        f.tier = Tier(tier);
    f.industry = industry;
    f.productId = product == "pump" ? m_pump : product == "valve" ? m_valve : QString();
    f.from = from;
    f.to = to;
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->setFilter(f);
    QCOMPARE(titles(), expected);
    m_model->setFilter(f);
    QCOMPARE(resets.count(), 1); // the same filter again changes nothing
}

void TestDealListModel::totalsInTheMainCurrency()
{
    // Open deals only; the USD deal is counted apart. Weighted: 100,000 × 10 % + 50,000 × 60 %.
    const DealListModel::Totals all = m_model->totals();
    QCOMPARE(all.currency, QString("CNY"));
    QCOMPARE(all.count, 2);
    QCOMPARE(all.amountMinor, 15'000'000);
    QCOMPARE(all.weightedMinor, 4'000'000);
    QCOMPARE(all.otherCurrency, 1);
    const DealListModel::Totals negotiation
        = m_model->totals(test::builtInStage("negotiation").meta.id);
    QCOMPARE(negotiation.count, 1);
    QCOMPARE(negotiation.amountMinor, 5'000'000);
    QCOMPARE(negotiation.weightedMinor, 3'000'000);
    QCOMPARE(negotiation.otherCurrency, 1);
    const DealListModel::Totals first
        = m_model->totals(test::builtInStage("need_identified").meta.id);
    QCOMPARE(first.count, 1); // the won deal in this stage is not open
    QCOMPARE(first.amountMinor, 10'000'000);
    QCOMPARE(first.weightedMinor, 1'000'000);
    QCOMPARE(first.otherCurrency, 0);
    m_model->setAccounts({m_group});
    QCOMPARE(m_model->totals().amountMinor, 10'000'000);
    QCOMPARE(m_model->totals().otherCurrency, 0);
}

void TestDealListModel::sortValuesAreRaw()
{
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(m_model.get());
    proxy.setSortRole(DealListModel::SortRole);
    const auto sortedTitles = [&](int column, Qt::SortOrder order) {
        proxy.sort(column, order);
        QStringList out;
        for (int row = 0; row < proxy.rowCount(); ++row)
            out << proxy.index(row, DealListModel::Title).data().toString();
        return out;
    };
    // By minor units, not by the formatted text ("¥100,000.00" < "¥30,000.00" as text).
    QCOMPARE(sortedTitles(DealListModel::Amount, Qt::DescendingOrder),
             (QStringList{"Pump deal", "Valve deal", "Won deal", "Export deal"}));
    QCOMPARE(sortedTitles(DealListModel::ExpectedClose, Qt::AscendingOrder),
             (QStringList{"Won deal", "Pump deal", "Export deal", "Valve deal"}));
    QStringList latestStage = sortedTitles(DealListModel::Stage, Qt::DescendingOrder).mid(0, 2);
    latestStage.sort();
    QCOMPARE(latestStage, (QStringList{"Export deal", "Valve deal"}));
    QCOMPARE(sortedTitles(DealListModel::Weighted, Qt::DescendingOrder).first(),
             QString("Valve deal"));
}

void TestDealListModel::followsTheStore()
{
    m_model->setOpenOnly(true);
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    Opportunity pump = *m_store->get<Opportunity>(m_ids["Pump deal"]);
    pump.status = DealStatus::Lost;
    pump.closedOn = {2027, 1, 12};
    QVERIFY(m_store->update(pump).ok());
    QTRY_COMPARE(resets.count(), 1);
    QCOMPARE(titles(), (QStringList{"Export deal", "Valve deal"}));
    QCOMPARE(m_model->totals().amountMinor, 5'000'000);
}

void TestDealListModel::dragCarriesTheIds()
{
    const int row = m_model->rowOf(m_ids["Export deal"]);
    QVERIFY(m_model->flags(m_model->index(row, 0)) & Qt::ItemIsDragEnabled);
    QVERIFY(m_model->flags({}) & Qt::ItemIsDropEnabled);
    std::unique_ptr<QMimeData> data(
        m_model->mimeData({m_model->index(row, 0), m_model->index(row, 3)}));
    QVERIFY(data->hasFormat(DealListModel::kMimeType));
    QCOMPARE(DealListModel::dealIds(data.get()), QStringList{m_ids["Export deal"]});
    QMimeData foreign;
    foreign.setText(m_ids["Export deal"]);
    QVERIFY(DealListModel::dealIds(&foreign).isEmpty());
}

QTEST_GUILESS_MAIN(TestDealListModel)
#include "tst_deal_list_model.moc"
