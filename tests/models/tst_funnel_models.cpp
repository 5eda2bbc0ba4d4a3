// SPDX-License-Identifier: GPL-3.0-or-later
// FunnelModel and ForecastModel over hand-built stores: concrete figures per stage and period,
// and change signals that reset only when the rows are other rows.

#include "itemmodels/forecast_model.h"
#include "itemmodels/funnel_model.h"
#include "itemmodels/pipeline_source.h"
#include "store/pipeline_settings.h"
#include "support/pipeline_fixture.h"
#include "support/result_check.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace kam;

namespace {

constexpr qint64 kYuan = 100; // minor units of a CNY

QVariant value(const QAbstractItemModel &m, int row, int column)
{
    return m.index(row, column).data(FiguresModel::ValueRole);
}

QString text(const QAbstractItemModel &m, int row, int column)
{
    return m.index(row, column).data().toString();
}

QString percent(const QString &number)
{
    return number + QLocale().percent();
}

} // namespace

class TestFunnelModels : public QObject
{
    Q_OBJECT

private slots:
    void funnelFigures();
    void funnelSignals();
    void forecastMonths();
    void forecastQuarters();
    void forecastThresholdBoundary_data();
    void forecastThresholdBoundary();
    void forecastThresholdsFromStore();
    void chartValuesAreTheRawNumbers();
};

// Given deals moved through the stages under a controlled clock (A: 10 days in need identified,
// then 5 in contact & samples, then won; B: 4 days, then open in contact & samples for 16; C: 2
// days, then lost; E: open in intent confirmed for 20; D in USD), when the funnel is computed 20
// days after the start, then counts, amounts, reach, conversion and stays are those below.
void TestFunnelModels::funnelFigures()
{
    test::PipelineStore p;
    QVERIFY(p.store);
    const QDateTime t0 = p.now;
    const QDate close(2026, 6, 30);
    Opportunity a = p.deal(0, 100000 * kYuan, 10, close);
    Opportunity b = p.deal(0, 50000 * kYuan, 10, close);
    Opportunity e = p.deal(2, 200000 * kYuan, 40, close);
    QVERIFY(!p.deal(0, 7000 * kYuan, 10, close, QStringLiteral("USD")).meta.id.isEmpty());
    p.now = t0.addDays(1);
    Opportunity c = p.deal(0, 20000 * kYuan, 10, close);
    p.now = t0.addDays(3);
    c = p.close(c, DealStatus::Lost);
    p.now = t0.addDays(4);
    b = p.move(b, 1, 20);
    p.now = t0.addDays(10);
    a = p.move(a, 1, 20);
    p.now = t0.addDays(15);
    a = p.close(a, DealStatus::Won);
    QVERIFY(!a.meta.id.isEmpty() && !b.meta.id.isEmpty() && !c.meta.id.isEmpty()
            && !e.meta.id.isEmpty());

    PipelineSource source(p.store.get());
    FunnelModel model(&source);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAsOf(t0.addDays(20));

    QCOMPARE(model.rowCount(), 8);
    QCOMPARE(text(model, 0, FunnelModel::StageName), QString("Need identified"));
    QCOMPARE(text(model, 1, FunnelModel::StageName), QString("Contact & samples"));
    // Open deals now in each stage.
    QCOMPARE(value(model, 0, FunnelModel::Count).toInt(), 0);
    QCOMPARE(value(model, 1, FunnelModel::Count).toInt(), 1);
    QCOMPARE(value(model, 2, FunnelModel::Count).toInt(), 1);
    QCOMPARE(value(model, 1, FunnelModel::Amount).toDouble(), 50000.0);
    QCOMPARE(value(model, 1, FunnelModel::Weighted).toDouble(), 10000.0);
    QCOMPARE(value(model, 2, FunnelModel::Amount).toDouble(), 200000.0);
    QCOMPARE(value(model, 2, FunnelModel::Weighted).toDouble(), 80000.0);
    QCOMPARE(text(model, 2, FunnelModel::Amount), formatMoney({ 200000 * kYuan, "CNY" }));
    // Reached: A and B got to contact & samples, C stayed in need identified, E started in intent.
    QCOMPARE(value(model, 0, FunnelModel::Reached).toInt(), 4);
    QCOMPARE(value(model, 1, FunnelModel::Reached).toInt(), 3);
    QCOMPARE(value(model, 2, FunnelModel::Reached).toInt(), 1);
    QCOMPARE(value(model, 3, FunnelModel::Reached).toInt(), 0);
    QCOMPARE(value(model, 0, FunnelModel::ConversionToNext).toDouble(), 0.75);
    QCOMPARE(text(model, 0, FunnelModel::ConversionToNext), percent("75.0"));
    QCOMPARE(text(model, 1, FunnelModel::ConversionToNext), percent("33.3"));
    QCOMPARE(text(model, 2, FunnelModel::ConversionToNext), percent("0.0"));
    QCOMPARE(text(model, 3, FunnelModel::ConversionToNext), QString("—"));
    QVERIFY(value(model, 3, FunnelModel::ConversionToNext).isNull());
    QCOMPARE(text(model, 7, FunnelModel::ConversionToNext), QString("—"));
    // Stays: need identified A 10, B 4, C 2 days; contact & samples A 5, B 16; intent E 20.
    QCOMPARE(value(model, 0, FunnelModel::AvgDays).toDouble(), 16.0 / 3);
    QCOMPARE(text(model, 0, FunnelModel::AvgDays), QString("5.3"));
    QCOMPARE(value(model, 1, FunnelModel::AvgDays).toDouble(), 10.5);
    QCOMPARE(value(model, 2, FunnelModel::AvgDays).toDouble(), 20.0);
    QCOMPARE(text(model, 3, FunnelModel::AvgDays), QString("—"));

    const analytics::Funnel &f = model.funnel();
    QCOMPARE(f.openCount, 2);
    QCOMPARE(f.openAmountMinor, 250000 * kYuan);
    QCOMPARE(f.wonCount, 1);
    QCOMPARE(f.wonAmountMinor, 100000 * kYuan);
    QCOMPARE(f.lostCount, 1);
    QCOMPARE(f.winRate.value_or(-1), 0.5);
    QCOMPARE(f.avgWonMinor.value_or(-1), 100000 * kYuan);
    QCOMPARE(f.otherCurrencyDeals, 1);

    // Given a filter on the period, when it leaves only the deals closing in 2027, none is left.
    analytics::DealFilter later;
    later.from = QDate(2027, 1, 1);
    model.setFilter(later);
    QCOMPARE(model.funnel().openCount, 0);
    QCOMPARE(value(model, 1, FunnelModel::Count).toInt(), 0);
}

// Given a funnel, when a stage is renamed the rows are the same rows (dataChanged, no reset);
// when a stage is added they are not (a reset).
void TestFunnelModels::funnelSignals()
{
    test::PipelineStore p;
    QVERIFY(p.store);
    QVERIFY(!p.deal(0, 1000 * kYuan, 10, QDate(2026, 3, 1)).meta.id.isEmpty());
    PipelineSource source(p.store.get());
    FunnelModel model(&source);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);

    KAM_VERIFY_RESULT(p.store->storeBuiltInStages());
    Stage first = *p.store->get<Stage>(test::PipelineStore::stage(0));
    first.name = "需求识别";
    KAM_VERIFY_RESULT(p.store->update(first));
    source.reload();
    QCOMPARE(resets.count(), 0);
    QVERIFY(changes.count() > 0);
    QCOMPARE(text(model, 0, FunnelModel::StageName), QString("需求识别"));

    Stage extra;
    extra.key = "audit";
    extra.name = "Audit";
    extra.position = 8;
    QVERIFY(p.store->create(extra).ok());
    source.reload();
    QCOMPARE(resets.count(), 1);
    QCOMPARE(model.rowCount(), 9);
    QCOMPARE(text(model, 8, FunnelModel::StageName), QString("Audit"));
}

namespace {

/// Deals closing in the first half of 2027, team targets for January to March and Q2, and an
/// owner's January target (left out while the team has one).
struct ForecastFixture
{
    test::PipelineStore p;

    ForecastFixture()
    {
        p.now = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
        p.deal(4, 100000 * kYuan, 90, QDate(2027, 1, 20));
        p.deal(3, 50000 * kYuan, 89, QDate(2027, 1, 31));
        p.deal(3, 10000 * kYuan, 50, QDate(2027, 2, 10));
        p.deal(2, 10000 * kYuan, 49, QDate(2027, 2, 11));
        p.deal(0, 99999 * kYuan, 10, QDate(2026, 12, 15)); // overdue by January
        Opportunity lost = p.deal(1, 70000 * kYuan, 20, QDate(2027, 1, 10));
        Opportunity won = p.deal(5, 30000 * kYuan, 95, QDate(2027, 3, 1));
        p.now = QDateTime(QDate(2027, 1, 8), QTime(9, 0), Qt::UTC);
        p.close(lost, DealStatus::Lost);
        p.now = QDateTime(QDate(2027, 3, 5), QTime(9, 0), Qt::UTC);
        p.close(won, DealStatus::Won);
        target({}, "2027-01", 200000);
        target({}, "2027-02", 100000);
        target({}, "2027-03", 100000);
        target({}, "2027-Q2", 500000);
        target(p.store->currentUserId(), "2027-01", 80000);
    }

    void target(const QString &owner, const QString &period, qint64 yuan)
    {
        SalesTarget t;
        t.ownerId = owner;
        t.period = period;
        t.amountMinor = yuan * kYuan;
        if (Result<SalesTarget> r = p.store->create(t); !r)
            qWarning("%s", qPrintable(r.error().message));
    }
};

} // namespace

// Given the deals and targets of ForecastFixture, when the forecast runs by month over the first
// half of 2027, then January to June hold these amounts.
void TestFunnelModels::forecastMonths()
{
    ForecastFixture fx;
    QVERIFY(fx.p.store);
    PipelineSource source(fx.p.store.get());
    ForecastModel model(&source);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRange(QDate(2027, 1, 1), QDate(2027, 6, 30));

    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(text(model, 0, ForecastModel::Period), QString("2027-01"));
    QCOMPARE(value(model, 0, ForecastModel::Period).toInt(), 0);
    QCOMPARE(value(model, 5, ForecastModel::Period).toInt(), 5);
    QCOMPARE(value(model, 0, ForecastModel::Target).toDouble(), 200000.0);
    QCOMPARE(value(model, 0, ForecastModel::Commit).toDouble(), 100000.0);
    QCOMPARE(value(model, 0, ForecastModel::BestCase).toDouble(), 150000.0);
    QCOMPARE(value(model, 0, ForecastModel::PipelineAmount).toDouble(), 150000.0);
    QCOMPARE(value(model, 0, ForecastModel::Weighted).toDouble(), 134500.0);
    QCOMPARE(value(model, 0, ForecastModel::Projected).toDouble(), 134500.0);
    QCOMPARE(value(model, 0, ForecastModel::Attainment).toDouble(), 0.6725);
    QCOMPARE(value(model, 1, ForecastModel::BestCase).toDouble(), 10000.0);
    QCOMPARE(value(model, 1, ForecastModel::PipelineAmount).toDouble(), 20000.0);
    QCOMPARE(value(model, 1, ForecastModel::Weighted).toDouble(), 9900.0);
    QCOMPARE(value(model, 2, ForecastModel::Won).toDouble(), 30000.0);
    QCOMPARE(text(model, 2, ForecastModel::Won), formatMoney({ 30000 * kYuan, "CNY" }));
    QCOMPARE(value(model, 2, ForecastModel::Attainment).toDouble(), 0.3);
    QCOMPARE(text(model, 2, ForecastModel::Attainment), percent("30.0"));
    // April has no target of its own (Q2's is a quarter's): no attainment either.
    QVERIFY(value(model, 3, ForecastModel::Target).isNull());
    QCOMPARE(text(model, 3, ForecastModel::Target), QString("—"));
    QCOMPARE(text(model, 3, ForecastModel::Attainment), QString("—"));
    QCOMPARE(model.forecast().overdueOpenDeals, 1);

    // The owner's own target when the filter names the owner.
    analytics::DealFilter mine;
    mine.ownerId = fx.p.store->currentUserId();
    model.setFilter(mine);
    QCOMPARE(value(model, 0, ForecastModel::Target).toDouble(), 80000.0);
}

// Given the same store, when the forecast switches to quarters, then there are two rows, Q1's
// target is the sum of its months' and Q2 has its own.
void TestFunnelModels::forecastQuarters()
{
    ForecastFixture fx;
    QVERIFY(fx.p.store);
    PipelineSource source(fx.p.store.get());
    ForecastModel model(&source);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRange(QDate(2027, 1, 1), QDate(2027, 6, 30));
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setGranularity(analytics::Granularity::Quarter);
    QCOMPARE(resets.count(), 1);

    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(text(model, 0, ForecastModel::Period), QString("2027-Q1"));
    QCOMPARE(text(model, 1, ForecastModel::Period), QString("2027-Q2"));
    QCOMPARE(value(model, 0, ForecastModel::Target).toDouble(), 400000.0);
    QCOMPARE(value(model, 0, ForecastModel::Won).toDouble(), 30000.0);
    QCOMPARE(value(model, 0, ForecastModel::Commit).toDouble(), 100000.0);
    QCOMPARE(value(model, 0, ForecastModel::BestCase).toDouble(), 160000.0);
    QCOMPARE(value(model, 0, ForecastModel::PipelineAmount).toDouble(), 170000.0);
    QCOMPARE(value(model, 0, ForecastModel::Weighted).toDouble(), 144400.0);
    QCOMPARE(value(model, 0, ForecastModel::Projected).toDouble(), 174400.0);
    QCOMPARE(value(model, 0, ForecastModel::Attainment).toDouble(), 0.436);
    QCOMPARE(value(model, 1, ForecastModel::Target).toDouble(), 500000.0);
    QCOMPARE(text(model, 1, ForecastModel::Attainment), percent("0.0"));
}

void TestFunnelModels::forecastThresholdBoundary_data()
{
    QTest::addColumn<int>("commit");
    QTest::addColumn<int>("bestCase");
    QTest::addColumn<double>("januaryCommit");
    QTest::addColumn<double>("februaryBestCase");
    // 90 % counts as commit at the default threshold of 90; 89 % does not.
    QTest::newRow("defaults 90/50") << 90 << 50 << 100000.0 << 10000.0;
    QTest::newRow("commit from 89") << 89 << 50 << 150000.0 << 10000.0;
    QTest::newRow("commit from 91") << 91 << 50 << 0.0 << 10000.0;
    QTest::newRow("best case from 49") << 90 << 49 << 100000.0 << 20000.0;
    QTest::newRow("best case from 51") << 90 << 51 << 100000.0 << 0.0;
}

// Given deals at 90, 89, 50 and 49 %, when the thresholds sit at, above or below them, then a
// probability equal to a threshold counts in its category.
void TestFunnelModels::forecastThresholdBoundary()
{
    QFETCH(int, commit);
    QFETCH(int, bestCase);
    QFETCH(double, januaryCommit);
    QFETCH(double, februaryBestCase);
    ForecastFixture fx;
    QVERIFY(fx.p.store);
    PipelineSource source(fx.p.store.get());
    ForecastModel model(&source);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRange(QDate(2027, 1, 1), QDate(2027, 3, 31));
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setThresholds({ commit, bestCase });
    QCOMPARE(resets.count(), 0);
    QCOMPARE(value(model, 0, ForecastModel::Commit).toDouble(), januaryCommit);
    QCOMPARE(value(model, 1, ForecastModel::BestCase).toDouble(), februaryBestCase);
}

// Given thresholds saved in the store, a new forecast model counts with them; refused ones are
// not saved.
void TestFunnelModels::forecastThresholdsFromStore()
{
    ForecastFixture fx;
    QVERIFY(fx.p.store);
    KAM_VERIFY_RESULT(setForecastThresholds(*fx.p.store, { 89, 40 }));
    QVERIFY(!setForecastThresholds(*fx.p.store, { 30, 40 }));
    PipelineSource source(fx.p.store.get());
    ForecastModel model(&source);
    model.setRange(QDate(2027, 1, 1), QDate(2027, 1, 31));
    QCOMPARE(model.thresholds().commit, 89);
    QCOMPARE(model.thresholds().bestCase, 40);
    QCOMPARE(value(model, 0, ForecastModel::Commit).toDouble(), 150000.0);
}

// Given the funnel behind the chart proxy, then the chart mappers read the raw numbers (amounts
// in major units, "—" cells as null) where the table shows formatted text.
void TestFunnelModels::chartValuesAreTheRawNumbers()
{
    test::PipelineStore p;
    QVERIFY(p.store);
    QVERIFY(!p.deal(1, 50000 * kYuan, 20, QDate(2026, 6, 30)).meta.id.isEmpty());
    PipelineSource source(p.store.get());
    FunnelModel model(&source);
    ChartValuesProxy values;
    values.setSourceModel(&model);
    QAbstractItemModelTester tester(&values, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(values.rowCount(), model.rowCount());
    QCOMPARE(values.index(1, FunnelModel::Amount).data().toDouble(), 50000.0);
    QCOMPARE(model.index(1, FunnelModel::Amount).data().toString(), formatMoney({50000 * kYuan, "CNY"}));
    QCOMPARE(values.index(1, FunnelModel::Count).data().toInt(), 1);
    QVERIFY(values.index(7, FunnelModel::ConversionToNext).data().isNull()); // the last stage has none
}

QTEST_GUILESS_MAIN(TestFunnelModels)
#include "tst_funnel_models.moc"
