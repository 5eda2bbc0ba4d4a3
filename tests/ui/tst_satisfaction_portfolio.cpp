// SPDX-License-Identifier: GPL-3.0-or-later
// The satisfaction portfolio view driven through its widgets: the groups in its table, the bars
// of its three charts, the group-by and period controls, the empty state, and a screenshot
// (to KAM_SCREENSHOT_DIR when set, else to a temporary folder).

#include "itemmodels/nps_breakdown_model.h"
#include "satisfaction_portfolio_view.h"
#include "support/gui_driver.h"
#include "support/result_check.h"
#include "support/store_fixture.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFileInfo>
#include <QLabel>
#include <QStackedBarSeries>
#include <QTableView>
#include <QTest>

using namespace kam;

namespace {

QStackedBarSeries *seriesOf(QWidget *view, const char *chartName)
{
    auto *chartView = test::child<QChartView>(view, chartName);
    return chartView ? qobject_cast<QStackedBarSeries *>(chartView->chart()->series().value(0))
                     : nullptr;
}

QStringList categoriesOf(QStackedBarSeries *series)
{
    const QList<QAbstractAxis *> axes = series->attachedAxes();
    for (QAbstractAxis *axis : axes)
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
            return categories->categories();
    return {};
}

/// Every set of `series` has `bars` values.
bool setsHave(QStackedBarSeries *series, int bars)
{
    const QList<QBarSet *> sets = series->barSets();
    return std::all_of(sets.begin(), sets.end(), [bars](QBarSet *s) { return s->count() == bars; });
}

QStringList tableColumn(QTableView *table, int column)
{
    QStringList out;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        out << table->model()->index(row, column).data().toString();
    return out;
}

} // namespace

class TestSatisfactionPortfolio : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_store.reset(); }

    void showsGroupsAndBars();
    void groupByAndPeriod();
    void emptyStore();

private:
    QString addAccount(const QString &name, Tier tier, const QString &industry, Lifecycle stage);
    void respond(const QString &accountId, int recommend, int daysAgo);
    void fill();

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
};

void TestSatisfactionPortfolio::init()
{
    m_store = test::openStore(
        m_dir, QStringLiteral("sat-%1.sqlite").arg(QDateTime::currentMSecsSinceEpoch()));
    QVERIFY(m_store);
}

QString TestSatisfactionPortfolio::addAccount(const QString &name, Tier tier,
                                              const QString &industry, Lifecycle stage)
{
    Account a = test::sampleAccount(name);
    a.tier = tier;
    a.industry = industry;
    a.lifecycle = stage;
    Result<Account> created = m_store->create(a);
    return created ? created->meta.id : QString();
}

void TestSatisfactionPortfolio::respond(const QString &accountId, int recommend, int daysAgo)
{
    SatisfactionResponse r;
    r.accountId = accountId;
    r.respondedOn = QDate::currentDate().addDays(-daysAgo);
    r.recommend = recommend;
    r.satisfaction = recommend >= 7 ? 4 : 2;
    KAM_VERIFY_RESULT(m_store->create(r));
}

/// Core steel (mature): 10, 9, 9, 4 and one unanswered; key power (developing): 3, 6, 8;
/// ordinary steel (declining): 7; potential with no industry (prospect): none; a core power
/// account's 0 from two years ago.
void TestSatisfactionPortfolio::fill()
{
    const QString core = addAccount("华东重工集团", Tier::Core, "钢铁", Lifecycle::Mature);
    const QString key = addAccount("江南电力股份", Tier::Key, "电力", Lifecycle::Developing);
    const QString ordinary = addAccount("北方钢铁", Tier::Ordinary, "钢铁", Lifecycle::Declining);
    addAccount("Sunrise Fleet Services", Tier::Potential, "", Lifecycle::Prospect);
    const QString old = addAccount("西部电力", Tier::Core, "电力", Lifecycle::Mature);
    for (int score : { 10, 9, 9, 4, -1 })
        respond(core, score, 30);
    for (int score : { 3, 6, 8 })
        respond(key, score, 60);
    respond(ordinary, 7, 90);
    respond(old, 0, 730);
}

// Given the portfolio, when the view shows it, then the table lists the tiers and the Total,
// the NPS chart has a bar per tier plus the total, the answers chart eleven and the lifecycle
// chart five, and the answers chart says how many responses had no score.
void TestSatisfactionPortfolio::showsGroupsAndBars()
{
    fill();
    SatisfactionPortfolioView view(m_store.get());
    view.resize(1280, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    auto *table = test::child<QTableView>(&view, "npsTable");
    QVERIFY(table);
    QCOMPARE(tableColumn(table, NpsBreakdownModel::Group),
             QStringList({ enumLabel(Tier::Core), enumLabel(Tier::Key), enumLabel(Tier::Ordinary),
                           enumLabel(Tier::Potential), "Total" }));
    // In the last 12 months (the old 0 is outside): core P 3, D 1 of 4 → +50; key D 2, Pa 1
    // → −67; ordinary one passive → 0; potential none → "—"; total P 3, Pa 2, D 3 → 0.
    QCOMPARE(tableColumn(table, NpsBreakdownModel::Nps),
             QStringList({ "+50", "-67", "0", "—", "0" }));

    QStackedBarSeries *nps = seriesOf(&view, "npsChart");
    QVERIFY(nps);
    QVERIFY(test::child<QChartView>(&view, "npsChart")->isVisible());
    QCOMPARE(categoriesOf(nps).size(), 5);
    QCOMPARE(categoriesOf(nps).last(), QString("Total<br>n = 8"));
    QVERIFY(setsHave(nps, 5));
    QCOMPARE(nps->barSets().at(0)->at(0), 50.0);  // core, above zero
    QCOMPARE(nps->barSets().at(1)->at(1), -67.0); // key, below zero

    QStackedBarSeries *answers = seriesOf(&view, "answersChart");
    QVERIFY(answers);
    QCOMPARE(categoriesOf(answers).size(), 11);
    QVERIFY(setsHave(answers, 11));
    QCOMPARE(answers->barSets().at(2)->at(9), 2.0); // two promoters gave 9
    QCOMPARE(answers->barSets().at(0)->at(0), 0.0); // the 0 is older than 12 months
    const QString title = test::child<QChartView>(&view, "answersChart")->chart()->title();
    QVERIFY2(title.contains("8 answered") && title.contains("1 without a score"),
             qPrintable(title));

    QStackedBarSeries *lifecycle = seriesOf(&view, "lifecycleChart");
    QVERIFY(lifecycle);
    QCOMPARE(categoriesOf(lifecycle).size(), 5);
    QCOMPARE(lifecycle->barSets().size(), 5); // one per tier
    QVERIFY(setsHave(lifecycle, 5));
    QVERIFY2(categoriesOf(lifecycle).at(2).endsWith("<br>2"),
             qPrintable(categoriesOf(lifecycle).at(2))); // two mature accounts

    const QString summary = test::child<QLabel>(&view, "portfolioSummary")->text();
    QVERIFY2(summary.contains("9 response") && summary.contains("5 account"),
             qPrintable(summary));

    QTemporaryDir shots;
    const QString dir = qEnvironmentVariable("KAM_SCREENSHOT_DIR", shots.path());
    const QString file = QDir(dir).filePath("satisfaction-portfolio.png");
    QCoreApplication::processEvents();
    QVERIFY(view.grab().save(file));
    QVERIFY(QFileInfo(file).size() > 0);
}

// Given the view, when grouped by industry, then the rows are the industries with "Not set";
// when All time is chosen, the two-year-old 0 counts; with dates typed, only their days count.
void TestSatisfactionPortfolio::groupByAndPeriod()
{
    fill();
    SatisfactionPortfolioView view(m_store.get());
    view.show();
    auto *table = test::child<QTableView>(&view, "npsTable");
    auto *groupBy = test::child<QComboBox>(&view, "groupBy");
    groupBy->setCurrentIndex(groupBy->findData(int(analytics::HealthDimension::Industry)));
    const QStringList industries = tableColumn(table, NpsBreakdownModel::Group);
    QCOMPARE(industries.size(), 4);
    QVERIFY(industries.contains("钢铁") && industries.contains("电力"));
    QCOMPARE(industries.at(2), QString("Not set"));
    QCOMPARE(categoriesOf(seriesOf(&view, "npsChart")).size(), 4);
    QCOMPARE(test::child<QChartView>(&view, "npsChart")->chart()->title(),
             QString("NPS by industry"));

    auto *period = test::child<QComboBox>(&view, "satisfactionPeriod");
    auto *from = test::child<QDateEdit>(&view, "periodFrom");
    QVERIFY(!from->isVisible());
    period->setCurrentIndex(
        period->findData(int(SatisfactionPortfolioView::Range::AllTime)));
    QCOMPARE(view.model()->breakdown().total.nps.responses, 10);
    QCOMPARE(seriesOf(&view, "answersChart")->barSets().at(0)->at(0), 1.0);

    period->setCurrentIndex(period->findData(int(SatisfactionPortfolioView::Range::Custom)));
    QVERIFY(from->isVisible());
    const QDate today = QDate::currentDate();
    test::child<QDateEdit>(&view, "periodTo")->setDate(today.addDays(-60));
    from->setDate(today.addDays(-90));
    // Inclusive: the ordinary account's 7 (90 days ago) and the key account's three (60).
    QCOMPARE(view.model()->period(),
             (analytics::DatePeriod { today.addDays(-90), today.addDays(-60) }));
    QCOMPARE(view.model()->breakdown().total.nps.responses, 4);
}

// Given an empty store, then each chart's place says why it is empty.
void TestSatisfactionPortfolio::emptyStore()
{
    SatisfactionPortfolioView view(m_store.get());
    view.resize(1280, 800);
    view.show();
    for (const char *name : { "npsChartEmpty", "answersChartEmpty", "lifecycleChartEmpty" }) {
        auto *label = test::child<QLabel>(&view, name);
        QVERIFY(label);
        QVERIFY2(label->isVisible(), name);
        QVERIFY(!label->text().isEmpty());
    }
    QVERIFY(!test::child<QChartView>(&view, "npsChart")->isVisible());
    auto *table = test::child<QTableView>(&view, "npsTable");
    QCOMPARE(table->model()->rowCount(), 1); // the Total
    QCOMPARE(table->model()->index(0, NpsBreakdownModel::Nps).data().toString(), QString("—"));
    test::screenshot(&view, "satisfaction-portfolio-empty.png");
}

QTEST_MAIN(TestSatisfactionPortfolio)
#include "tst_satisfaction_portfolio.moc"
