// SPDX-License-Identifier: GPL-3.0-or-later
// The Pareto, profitability, segment and cost entry models over hand-built figures (the first
// three) and a store (the last), each checked by QAbstractItemModelTester throughout.

#include "itemmodels/cost_entry_model.h"
#include "itemmodels/pareto_model.h"
#include "itemmodels/profitability_model.h"
#include "itemmodels/segment_model.h"
#include "support/result_check.h"
#include "support/store_fixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace kam;

namespace {

Account account(const QString &id, const QString &name, const QString &industry, Tier tier)
{
    Account a;
    a.meta.id = id;
    a.legalName = name;
    a.industry = industry;
    a.tier = tier;
    return a;
}

analytics::ProfitFacts facts(const QString &id, qint64 revenue, qint64 goods, qint64 service)
{
    analytics::ProfitFacts f;
    f.accountId = id;
    f.revenue = revenue;
    f.goodsCost = goods;
    f.serviceCost = service;
    return f;
}

/// Four accounts (amounts in fen):
/// - A: revenue 600, goods 100, service 450 → gross margin 500, profit 50 (8.3 %); score 90
/// - B: revenue 300, goods 250, service 0 → gross margin 50, profit 50 (16.7 %); score 30
/// - C: revenue 100, goods 20, service 200 → gross margin 80, profit −120 (−120 %); score 70
/// - D: nothing; score 10
/// Median score (10, 30, 70, 90) = 50: A protect, C over-served, B develop, D develop (nothing
/// at all counts as profitable).
std::shared_ptr<const PortfolioValueData> sample()
{
    auto d = std::make_shared<PortfolioValueData>();
    d->accounts = {account("A", "Alpha", "Steel", Tier::Core), account("B", "Beta", "Steel", Tier::Key),
                   account("C", "Gamma", "Power", Tier::Core), account("D", "Delta", "", Tier::Unrated)};
    d->profits = {facts("A", 60000, 10000, 45000), facts("B", 30000, 25000, 0), facts("C", 10000, 2000, 20000)};
    d->scores = {{"A", 90}, {"B", 30}, {"C", 70}, {"D", 10}};
    d->buildIndex();
    return d;
}

QString text(const QAbstractItemModel &m, int row, int column)
{
    return m.index(row, column).data().toString();
}

} // namespace

class TestPortfolioValueModels : public QObject
{
    Q_OBJECT

private slots:
    void pareto_ranksByRevenueThenGrossMargin();
    void profitability_rowsAndQuadrants();
    void segments_byIndustryWithTotal();
    void costEntries_followTheStore();
};

void TestPortfolioValueModels::pareto_ranksByRevenueThenGrossMargin()
{
    ParetoModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QSignalSpy refreshed(&model, &ParetoModel::refreshed);
    model.setSource(sample());
    QCOMPARE(refreshed.count(), 1);
    // Revenue 600 + 300 + 100 = 1 000: Alpha 60 %, Beta 90 %, Gamma 100 %, Delta adds nothing.
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(text(model, 0, ParetoModel::Name), QStringLiteral("Alpha"));
    QCOMPARE(text(model, 1, ParetoModel::Name), QStringLiteral("Beta"));
    QCOMPARE(model.index(1, ParetoModel::Cumulative).data(ParetoModel::SortRole).toDouble(), 0.9);
    QCOMPARE(model.index(0, ParetoModel::Share).data(ParetoModel::SortRole).toDouble(), 0.6);
    QCOMPARE(model.index(0, ParetoModel::Value).data(ParetoModel::ValueRole).toLongLong(), 60000);
    QCOMPARE(model.pareto().accountsToMark, 2);
    QCOMPARE(model.headerData(ParetoModel::Value, Qt::Horizontal).toString(), QStringLiteral("Revenue"));

    // Gross margin 500, 50, 80: Gamma overtakes Beta.
    model.setBasis(ParetoModel::Basis::GrossMargin);
    QCOMPARE(text(model, 0, ParetoModel::Name), QStringLiteral("Alpha"));
    QCOMPARE(text(model, 1, ParetoModel::Name), QStringLiteral("Gamma"));
    QCOMPARE(text(model, 2, ParetoModel::Name), QStringLiteral("Beta"));
    QCOMPARE(model.pareto().total, 63000);
    QCOMPARE(model.pareto().accountsToMark, 2); // 500 / 630 = 79.4 %, then 580 / 630 = 92 %
}

void TestPortfolioValueModels::profitability_rowsAndQuadrants()
{
    ProfitabilityModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSource(sample());
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.valueSplit(), 50.0);
    const int a = model.rowOf("A");
    const int c = model.rowOf("C");
    const int d = model.rowOf("D");
    QCOMPARE(model.index(a, ProfitabilityModel::GrossMargin).data(ProfitabilityModel::SortRole).toLongLong(), 50000);
    QCOMPARE(model.index(a, ProfitabilityModel::CostToServe).data(ProfitabilityModel::SortRole).toLongLong(), 45000);
    QCOMPARE(model.index(a, ProfitabilityModel::Profit).data(ProfitabilityModel::SortRole).toLongLong(), 5000);
    QCOMPARE(model.index(c, ProfitabilityModel::Profit).data(ProfitabilityModel::SortRole).toLongLong(), -12000);
    QCOMPARE(model.index(c, ProfitabilityModel::Margin).data(ProfitabilityModel::SortRole).toDouble(), -120.0);
    QCOMPARE(model.index(a, ProfitabilityModel::Quadrant).data(ProfitabilityModel::QuadrantRole).toInt(),
             int(analytics::ValueQuadrant::Protect));
    QCOMPARE(model.index(c, ProfitabilityModel::Quadrant).data(ProfitabilityModel::QuadrantRole).toInt(),
             int(analytics::ValueQuadrant::OverServed));
    QCOMPARE(text(model, c, ProfitabilityModel::Quadrant), QStringLiteral("Over-served"));
    QCOMPARE(model.index(model.rowOf("B"), ProfitabilityModel::Quadrant).data(ProfitabilityModel::QuadrantRole).toInt(),
             int(analytics::ValueQuadrant::Develop));
    QVERIFY(!model.index(d, ProfitabilityModel::Margin).data(ProfitabilityModel::SortRole).isValid());
    QCOMPARE(text(model, d, ProfitabilityModel::Margin), QStringLiteral("—"));
    QCOMPARE(model.rowOf("nobody"), -1);

    model.setSource(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestPortfolioValueModels::segments_byIndustryWithTotal()
{
    SegmentModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1); // the Total row alone
    model.setSource(sample());
    // Steel (900 revenue), Power (100), not set; then Total.
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(text(model, 0, SegmentModel::Name), QStringLiteral("Steel"));
    QCOMPARE(text(model, 2, SegmentModel::Name), QStringLiteral("Not set"));
    QCOMPARE(model.index(0, SegmentModel::Revenue).data(SegmentModel::SortRole).toLongLong(), 90000);
    QCOMPARE(model.index(0, SegmentModel::Profit).data(SegmentModel::SortRole).toLongLong(), 10000);
    QCOMPARE(model.index(0, SegmentModel::MeanScore).data(SegmentModel::SortRole).toDouble(), 60.0);
    QCOMPARE(model.index(0, SegmentModel::CoreAccounts).data(SegmentModel::SortRole).toInt(), 1);
    QVERIFY(model.index(3, 0).data(SegmentModel::IsTotalRole).toBool());
    QCOMPARE(model.index(3, SegmentModel::Accounts).data(SegmentModel::SortRole).toInt(), 4);
    QCOMPARE(model.index(3, SegmentModel::Profit).data(SegmentModel::SortRole).toLongLong(), -2000);

    model.setDimension(analytics::SegmentDimension::Tier);
    QCOMPARE(model.rowCount(), 4); // core, key, unrated, total
    QCOMPARE(text(model, 0, SegmentModel::Name), enumLabel(Tier::Core));
    QCOMPARE(model.index(0, SegmentModel::Accounts).data(SegmentModel::SortRole).toInt(), 2);
    QCOMPARE(model.headerData(SegmentModel::Name, Qt::Horizontal).toString(), QStringLiteral("Tier"));
}

// Given an account with cost entries, when entries are added, edited and deleted in the store,
// then the model follows with row-precise signals.
void TestPortfolioValueModels::costEntries_followTheStore()
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store = test::openStore(dir);
    QVERIFY(store);
    Account a = test::sampleAccount(QStringLiteral("Cost Co"), 1);
    Result<Account> created = store->create(a);
    KAM_VERIFY_RESULT(created);
    a = *created;
    CostEntryModel model(store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    KAM_VERIFY_RESULT(model.setAccount(a.meta.id));
    QCOMPARE(model.rowCount(), 0);

    CostEntry e;
    e.accountId = a.meta.id;
    e.incurredOn = QDate(2026, 3, 2);
    e.kind = CostKind::Logistics;
    e.amountMinor = 12345;
    e.note = QStringLiteral("Express freight");
    Result<CostEntry> stored = store->create(e);
    KAM_VERIFY_RESULT(stored);
    e = *stored;
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(text(model, 0, CostEntryModel::Kind), enumLabel(CostKind::Logistics));
    QCOMPARE(model.index(0, CostEntryModel::Amount).data(CostEntryModel::SortRole).toLongLong(), 12345);
    QCOMPARE(text(model, 0, CostEntryModel::Note), QStringLiteral("Express freight"));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    e.amountMinor = 20000;
    KAM_VERIFY_RESULT(store->update(e));
    QCOMPARE(model.index(0, CostEntryModel::Amount).data(CostEntryModel::SortRole).toLongLong(), 20000);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(reset.count(), 0);

    KAM_VERIFY_RESULT(store->remove<CostEntry>(e.meta.id));
    QCOMPARE(model.rowCount(), 0);
    KAM_VERIFY_RESULT(model.setAccount(QString()));
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestPortfolioValueModels)
#include "tst_portfolio_value_models.moc"
