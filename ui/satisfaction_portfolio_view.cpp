// SPDX-License-Identifier: GPL-3.0-or-later
#include "satisfaction_portfolio_view.h"

#include "chart_helpers.h"
#include "itemmodels/nps_breakdown_model.h"
#include "widget_helpers.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QSortFilterProxyModel>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <array>

namespace kam {

namespace {

const QColor kPromoterColor(0x2e, 0x7d, 0x32);
const QColor kPassiveColor(0x9e, 0x9e, 0x9e);
const QColor kDetractorColor(0xc6, 0x28, 0x28);
const QColor kTotalColor(0x37, 0x47, 0x4f);
const QColor kLabelColor(0x33, 0x33, 0x33);

/// The tiers from the bottom of the lifecycle bars up, each with its colour.
constexpr std::array kTierOrder = { Tier::Core, Tier::Key, Tier::Ordinary, Tier::Potential,
                                    Tier::Unrated };
const QColor kTierColors[] = { QColor(0x0d, 0x3b, 0x66), QColor(0x1f, 0x77, 0xb4),
                               QColor(0x6b, 0xae, 0xd6), QColor(0xb9, 0xd7, 0xea),
                               QColor(0xbd, 0xbd, 0xbd) };
static_assert(std::size(kTierColors) == kTierOrder.size());

/// Sorts by the model's SortRole and keeps the Total row last in either order. The Group
/// column sorts in the breakdown's own order (tiers by rank, "Not set" last).
class BreakdownSortProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        const bool ascending = sortOrder() == Qt::AscendingOrder;
        if (left.data(NpsBreakdownModel::IsTotalRole).toBool())
            return !ascending;
        if (right.data(NpsBreakdownModel::IsTotalRole).toBool())
            return ascending;
        if (left.column() == NpsBreakdownModel::Group)
            return left.row() < right.row();
        const QVariant l = left.data(NpsBreakdownModel::SortRole);
        const QVariant r = right.data(NpsBreakdownModel::SortRole);
        if (!l.isValid() || !r.isValid()) // no NPS sorts below every NPS
            return !l.isValid() && r.isValid();
        return QVariant::compare(l, r) == QPartialOrdering::Less;
    }
};

QBarSet *barSet(const QString &name, const QColor &color)
{
    auto *set = new QBarSet(name);
    set->setColor(color);
    set->setBorderColor(color);
    set->setLabelColor(kLabelColor);
    return set;
}

QStackedBarSeries *stackedSeries(const QList<QBarSet *> &sets, bool labels)
{
    auto *series = new QStackedBarSeries;
    series->append(sets);
    series->setBarWidth(0.7);
    series->setLabelsVisible(labels);
    // Zero-height bars get no label, so one set per colour with zeros elsewhere reads as one bar.
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsPrecision(4);
    return series;
}

QChart *barChart(QAbstractBarSeries *series, QBarCategoryAxis *categories, QValueAxis *values)
{
    auto *chart = new QChart;
    chart->setLocalizeNumbers(true);
    chart->addSeries(series);
    chart->addAxis(categories, Qt::AlignBottom);
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(values);
    values->setLabelFormat(QStringLiteral("%.0f"));
    QFont title = chart->titleFont();
    title.setBold(true);
    chart->setTitleFont(title);
    return chart;
}

/// A bar's category as a name over a figure. One line ("Developing (12)") is cut short at
/// 1280 px; the axis labels take rich text.
QString categoryLabel(const QString &name, const QString &figure)
{
    return name.toHtmlEscaped() + QStringLiteral("<br>") + figure.toHtmlEscaped();
}

/// Axis labels a point smaller than the chart's text, so that category names fit their bars.
void useSmallLabels(QAbstractAxis *axis)
{
    QFont font = axis->labelsFont();
    font.setPointSizeF(std::max(6.0, font.pointSizeF() - 1));
    axis->setLabelsFont(font);
}

} // namespace

SatisfactionPortfolioView::SatisfactionPortfolioView(Store *store, QWidget *parent)
    : QWidget(parent)
    , m_model(new NpsBreakdownModel(store, this))
    , m_groupBy(new QComboBox(this))
    , m_range(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
{
    m_groupBy->setObjectName(QStringLiteral("groupBy"));
    m_groupBy->addItem(tr("Tier"), int(analytics::HealthDimension::Tier));
    m_groupBy->addItem(tr("Industry"), int(analytics::HealthDimension::Industry));
    m_groupBy->addItem(tr("Region"), int(analytics::HealthDimension::Region));
    m_range->setObjectName(QStringLiteral("satisfactionPeriod"));
    m_range->addItem(tr("Last 12 months"), int(Range::Last12Months));
    m_range->addItem(tr("This year"), int(Range::ThisYear));
    m_range->addItem(tr("All time"), int(Range::AllTime));
    m_range->addItem(tr("From … to …"), int(Range::Custom));
    const QDate today = QDate::currentDate();
    m_from->setObjectName(QStringLiteral("periodFrom"));
    m_to->setObjectName(QStringLiteral("periodTo"));
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        edit->setVisible(false);
    }
    const analytics::DatePeriod year = periodOf(Range::Last12Months, today);
    m_from->setDate(year.from);
    m_to->setDate(year.to);
    m_to->setMinimumDate(year.from);
    auto *fromLabel = new QLabel(tr("from"), this);
    auto *toLabel = new QLabel(tr("to"), this);
    fromLabel->setVisible(false);
    toLabel->setVisible(false);

    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Group by:"), this));
    controls->addWidget(m_groupBy);
    controls->addSpacing(16);
    controls->addWidget(new QLabel(tr("Responses:"), this));
    controls->addWidget(m_range);
    controls->addWidget(fromLabel);
    controls->addWidget(m_from);
    controls->addWidget(toLabel);
    controls->addWidget(m_to);
    controls->addStretch();

    m_summary->setObjectName(QStringLiteral("portfolioSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    // NPS by group: one bar per group and the total, green above zero and red below.
    m_npsPositive = barSet(tr("NPS"), kPromoterColor);
    m_npsNegative = barSet(tr("NPS"), kDetractorColor);
    m_npsTotal = barSet(tr("Total"), kTotalColor);
    m_npsGroups = new QBarCategoryAxis;
    auto *npsAxis = new QValueAxis;
    m_npsChart = barChart(stackedSeries({ m_npsPositive, m_npsNegative, m_npsTotal }, true),
                          m_npsGroups, npsAxis);
    m_npsChart->legend()->hide();
    npsAxis->setRange(-100, 100); // NPS is bounded; a fixed scale compares periods fairly
    npsAxis->setTickCount(5);
    npsAxis->setMinorTickCount(1);
    m_npsStack = makeChartStack(m_npsChart, "npsChart", this);

    // The answers 0…10, coloured by what they make the respondent.
    m_detractors = barSet(tr("Detractors (0–6)"), kDetractorColor);
    m_passives = barSet(tr("Passives (7–8)"), kPassiveColor);
    m_promoters = barSet(tr("Promoters (9–10)"), kPromoterColor);
    auto *scores = new QBarCategoryAxis;
    for (int score = 0; score <= kMaxRecommend; ++score)
        scores->append(QLocale().toString(score));
    m_answerCounts = new QValueAxis;
    m_answersChart = barChart(stackedSeries({ m_detractors, m_passives, m_promoters }, true),
                              scores, m_answerCounts);
    m_answersChart->legend()->setAlignment(Qt::AlignBottom);
    m_answersStack = makeChartStack(m_answersChart, "answersChart", this);

    // Accounts per lifecycle stage, stacked by tier.
    QList<QBarSet *> tierSets;
    for (size_t i = 0; i < kTierOrder.size(); ++i)
        tierSets << barSet(enumLabel(kTierOrder[i]), kTierColors[i]);
    m_tierSets = tierSets;
    m_stages = new QBarCategoryAxis;
    m_stageCounts = new QValueAxis;
    QChart *lifecycle = barChart(stackedSeries(tierSets, false), m_stages, m_stageCounts);
    lifecycle->setTitle(tr("Accounts by lifecycle stage today"));
    lifecycle->legend()->setAlignment(Qt::AlignBottom);
    m_lifecycleStack = makeChartStack(lifecycle, "lifecycleChart", this);
    useSmallLabels(m_stages);
    useSmallLabels(m_npsGroups);

    auto *proxy = new BreakdownSortProxy(this);
    proxy->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("npsTable"));
    m_table->setAccessibleName(tr("NPS by account"));
    m_table->setModel(proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(NpsBreakdownModel::Group, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(NpsBreakdownModel::Group, QHeaderView::Stretch);
    addCsvExport(m_table, tr("nps-breakdown"), *store);

    // By group on the left (the chart over the table it draws), the whole portfolio on the right.
    auto *grid = new QGridLayout;
    grid->addWidget(m_npsStack, 0, 0);
    grid->addWidget(m_table, 1, 0);
    grid->addWidget(m_answersStack, 0, 1);
    grid->addWidget(m_lifecycleStack, 1, 1);
    grid->setColumnStretch(0, 5);
    grid->setColumnStretch(1, 4);
    grid->setRowStretch(0, 1);
    grid->setRowStretch(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_summary);
    layout->addLayout(grid, 1);

    connect(m_groupBy, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setDimension(analytics::HealthDimension(m_groupBy->currentData().toInt()));
    });
    connect(m_range, &QComboBox::currentIndexChanged, this,
            [this, fromLabel, toLabel] {
                const bool custom = Range(m_range->currentData().toInt()) == Range::Custom;
                for (QWidget *w :
                     std::initializer_list<QWidget *> { fromLabel, m_from, toLabel, m_to })
                    w->setVisible(custom);
                applyPeriod();
            });
    connect(m_from, &QDateEdit::dateChanged, this, [this](const QDate &from) {
        m_to->setMinimumDate(from);
        applyPeriod();
    });
    connect(m_to, &QDateEdit::dateChanged, this, &SatisfactionPortfolioView::applyPeriod);
    connect(m_model, &NpsBreakdownModel::refreshed, this, &SatisfactionPortfolioView::updateCharts);
    applyPeriod(); // computes, and draws the charts even when the period changes nothing
}

analytics::DatePeriod SatisfactionPortfolioView::periodOf(Range range, const QDate &today,
                                                          const QDate &from, const QDate &to)
{
    switch (range) {
    case Range::Last12Months:
        return { today.addMonths(-12).addDays(1), today };
    case Range::ThisYear:
        return { QDate(today.year(), 1, 1), QDate(today.year(), 12, 31) };
    case Range::AllTime:
        return {};
    case Range::Custom:
        return { from, to };
    }
    return {};
}

void SatisfactionPortfolioView::applyPeriod()
{
    m_model->setPeriod(periodOf(Range(m_range->currentData().toInt()), QDate::currentDate(),
                                m_from->date(), m_to->date()));
    updateCharts(); // the summary names the period even when the figures stay the same
}

void SatisfactionPortfolioView::updateCharts()
{
    const analytics::NpsGroup &total = m_model->breakdown().total;
    const analytics::DatePeriod &period = m_model->period();
    const QLocale locale;
    QStringList parts;
    if (period.from.isValid() || period.to.isValid())
        parts << tr("%1 – %2", "a period from a day to a day")
                     .arg(locale.toString(period.from, QLocale::ShortFormat),
                          locale.toString(period.to, QLocale::ShortFormat));
    else
        parts << tr("All responses");
    parts << tr("Portfolio NPS %1").arg(NpsBreakdownModel::npsText(total.nps.nps()));
    parts << tr("%n response(s)", nullptr, total.nps.responses);
    if (const int unanswered = total.nps.responses - total.nps.answered; unanswered > 0)
        parts << tr("%n without a likelihood to recommend", nullptr, unanswered);
    parts << tr("%n account(s)", nullptr, total.accounts);
    m_summary->setText(parts.join(QStringLiteral("  ·  ")));

    updateNpsChart();
    updateAnswersChart();
    updateLifecycleChart();
}

void SatisfactionPortfolioView::updateNpsChart()
{
    const analytics::NpsBreakdown &b = m_model->breakdown();
    switch (m_model->dimension()) {
    case analytics::HealthDimension::Tier:
        m_npsChart->setTitle(tr("NPS by tier"));
        break;
    case analytics::HealthDimension::Industry:
        m_npsChart->setTitle(tr("NPS by industry"));
        break;
    case analytics::HealthDimension::Region:
        m_npsChart->setTitle(tr("NPS by region"));
        break;
    }
    QStringList labels;
    QList<qreal> positive;
    QList<qreal> negative;
    QList<qreal> total;
    for (const analytics::NpsGroup &g : b.groups) {
        labels << categoryLabel(NpsBreakdownModel::groupLabel(g, m_model->dimension()),
                                tr("n = %1", "answered responses under a bar")
                                    .arg(QLocale().toString(g.nps.answered)));
        const double nps = g.nps.nps().value_or(0);
        positive << (nps > 0 ? nps : 0);
        negative << (nps < 0 ? nps : 0);
        total << 0;
    }
    labels << categoryLabel(tr("Total"), tr("n = %1", "answered responses under a bar")
                                             .arg(QLocale().toString(b.total.nps.answered)));
    positive << 0;
    negative << 0;
    total << b.total.nps.nps().value_or(0);
    // Round as the table does, so a bar's label is the number next to it in the table.
    for (QList<qreal> *values : { &positive, &negative, &total })
        for (qreal &v : *values)
            v = std::round(v);
    m_npsGroups->setCategories(labels);
    m_npsPositive->remove(0, m_npsPositive->count());
    m_npsNegative->remove(0, m_npsNegative->count());
    m_npsTotal->remove(0, m_npsTotal->count());
    m_npsPositive->append(positive);
    m_npsNegative->append(negative);
    m_npsTotal->append(total);

    if (b.total.nps.answered > 0)
        m_npsStack->setCurrentIndex(0);
    else if (b.total.nps.responses > 0)
        showEmptyState(m_npsStack, tr("None of the %n response(s) in this period rated the likelihood "
                                 "to recommend, so there is no NPS.",
                                 nullptr, b.total.nps.responses));
    else
        showEmptyState(m_npsStack, tr("No satisfaction responses in this period."));
}

void SatisfactionPortfolioView::updateAnswersChart()
{
    const analytics::AnswerDistribution &d = m_model->answers();
    QList<qreal> detractors;
    QList<qreal> passives;
    QList<qreal> promoters;
    int top = 0;
    for (int score = 0; score <= kMaxRecommend; ++score) {
        const int n = d.counts[size_t(score)];
        top = std::max(top, n);
        const std::optional<NpsCategory> category = npsCategory(score);
        detractors << (category == NpsCategory::Detractor ? n : 0);
        passives << (category == NpsCategory::Passive ? n : 0);
        promoters << (category == NpsCategory::Promoter ? n : 0);
    }
    m_detractors->remove(0, m_detractors->count());
    m_passives->remove(0, m_passives->count());
    m_promoters->remove(0, m_promoters->count());
    m_detractors->append(detractors);
    m_passives->append(passives);
    m_promoters->append(promoters);
    setRoundRange(m_answerCounts, top, 1);
    m_answersChart->setTitle(tr("Likelihood to recommend: %n answered, %1 without a score",
                                nullptr, d.answered())
                                 .arg(QLocale().toString(d.unanswered)));
    if (d.answered() > 0)
        m_answersStack->setCurrentIndex(0);
    else if (d.unanswered > 0)
        showEmptyState(m_answersStack, tr("%n response(s) in this period, none with a likelihood to "
                                     "recommend.",
                                     nullptr, d.unanswered));
    else
        showEmptyState(m_answersStack, tr("No answers to show for this period."));
}

void SatisfactionPortfolioView::updateLifecycleChart()
{
    const analytics::LifecycleDistribution &l = m_model->lifecycle();
    QStringList labels;
    int top = 0;
    for (const auto &e : enumEntries<Lifecycle>()) {
        const int n = l.count(e.value);
        top = std::max(top, n);
        labels << categoryLabel(enumLabel(e.value), QLocale().toString(n));
    }
    m_stages->setCategories(labels);
    for (size_t i = 0; i < kTierOrder.size(); ++i) {
        QBarSet *set = m_tierSets[qsizetype(i)];
        set->remove(0, set->count());
        for (const auto &e : enumEntries<Lifecycle>())
            set->append(l.count(kTierOrder[i], e.value));
    }
    setRoundRange(m_stageCounts, top, 1);
    if (l.total > 0)
        m_lifecycleStack->setCurrentIndex(0);
    else
        showEmptyState(m_lifecycleStack, tr("No accounts yet."));
}

} // namespace kam
