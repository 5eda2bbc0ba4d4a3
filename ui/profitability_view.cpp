// SPDX-License-Identifier: GPL-3.0-or-later
#include "profitability_view.h"

#include "chart_helpers.h"
#include "itemmodels/pareto_model.h"
#include "itemmodels/profitability_model.h"
#include "itemmodels/segment_model.h"
#include "store/store.h"
#include "widget_helpers.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QCursor>
#include <QDateEdit>
#include <QGraphicsSimpleTextItem>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent>

#include <algorithm>
#include <array>
#include <cmath>

namespace kam {

namespace {

const QColor kBarColor(0x1f, 0x77, 0xb4);
const QColor kOthersColor(0x9e, 0x9e, 0x9e);
const QColor kCumulativeColor(0xe6, 0x6c, 0x00);
const QColor kMarkColor(0xc6, 0x28, 0x28);
const QColor kSplitColor(0x75, 0x75, 0x75);
const QColor kProfitColor(0x2e, 0x7d, 0x32);
/// Protect, over-served, develop, review cost to serve.
const std::array kQuadrantColors{QColor(0x2e, 0x7d, 0x32), QColor(0xc6, 0x28, 0x28), QColor(0x1f, 0x77, 0xb4),
                                 QColor(0xef, 0x6c, 0x00)};
/// Margins beyond these are drawn at the edge (the table has the true figure): one account
/// with a tiny revenue and a large cost must not squash everyone else into a line.
constexpr double kMarginFloor = -100;
constexpr double kMarginCeiling = 100;

/// A money axis's unit: amounts are drawn in thousands or millions of major units.
struct MoneyScale
{
    double divisor = 1;
    QString unit;
};

MoneyScale moneyScale(double topMinor, const QString &currency)
{
    const double major = topMinor / std::pow(10.0, currencyDigits(currency));
    const double base = std::pow(10.0, currencyDigits(currency));
    if (major >= 1e7)
        return {base * 1e6, ProfitabilityView::tr("%1, millions", "axis unit").arg(currency)};
    if (major >= 1e4)
        return {base * 1e3, ProfitabilityView::tr("%1, thousands", "axis unit").arg(currency)};
    return {base, currency};
}

QChart *newChart()
{
    auto *chart = new QChart;
    chart->setLocalizeNumbers(true);
    QFont title = chart->titleFont();
    title.setBold(true);
    chart->setTitleFont(title);
    return chart;
}

QLineSeries *guideLine(const QColor &color, Qt::PenStyle style)
{
    auto *line = new QLineSeries;
    QPen pen(color);
    pen.setWidthF(1.5);
    pen.setStyle(style);
    line->setPen(pen);
    return line;
}

void setupTable(QTableView *table, const char *objectName, QAbstractItemModel *model, const QString &exportName,
                Store &store)
{
    table->setModel(model);
    setupRowView(table, objectName);
    table->setSortingEnabled(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    addCsvExport(table, exportName, store);
}

/// Sorts by a model's SortRole and keeps the Total row of a segment table last either way.
class TotalLastProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        const bool ascending = sortOrder() == Qt::AscendingOrder;
        if (left.data(SegmentModel::IsTotalRole).toBool())
            return !ascending;
        if (right.data(SegmentModel::IsTotalRole).toBool())
            return ascending;
        const QVariant l = left.data(sortRole());
        const QVariant r = right.data(sortRole());
        if (!l.isValid() || !r.isValid()) // no figure sorts below every figure
            return !l.isValid() && r.isValid();
        return QVariant::compare(l, r) == QPartialOrdering::Less;
    }
};

} // namespace

ProfitabilityView::ProfitabilityView(Store *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_range(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_status(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_pareto(new ParetoModel(this))
    , m_profitability(new ProfitabilityModel(this))
    , m_segments(new SegmentModel(this))
{
    setObjectName(QStringLiteral("profitabilityView"));
    m_range->setObjectName(QStringLiteral("profitabilityPeriod"));
    m_range->addItem(tr("This year"), int(Range::ThisYear));
    m_range->addItem(tr("Last four quarters"), int(Range::LastFourQuarters));
    m_range->addItem(tr("From … to …"), int(Range::Custom));
    m_from->setObjectName(QStringLiteral("profitabilityFrom"));
    m_to->setObjectName(QStringLiteral("profitabilityTo"));
    const auto [yearStart, yearEnd] = periodOf(Range::ThisYear, QDate::currentDate());
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        edit->setVisible(false);
    }
    m_from->setDate(yearStart);
    m_to->setDate(yearEnd);
    auto *toLabel = new QLabel(tr("to"), this);
    toLabel->setVisible(false);
    m_status->setObjectName(QStringLiteral("profitabilityStatus"));
    m_status->setTextFormat(Qt::PlainText);

    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Period:"), this));
    controls->addWidget(m_range);
    controls->addWidget(m_from);
    controls->addWidget(toLabel);
    controls->addWidget(m_to);
    controls->addSpacing(16);
    controls->addWidget(m_status, 1);

    m_tabs->setObjectName(QStringLiteral("profitabilityTabs"));
    m_tabs->addTab(makeParetoTab(), tr("Pareto"));
    m_tabs->addTab(makeProfitabilityTab(), tr("Profitability"));
    m_tabs->addTab(makeSegmentsTab(), tr("Segments"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_tabs, 1);

    connect(m_range, &QComboBox::currentIndexChanged, this, [this, toLabel] {
        const bool custom = Range(m_range->currentData().toInt()) == Range::Custom;
        for (QWidget *w : std::initializer_list<QWidget *>{m_from, toLabel, m_to})
            w->setVisible(custom);
        scheduleReload();
    });
    connect(m_from, &QDateEdit::dateChanged, this, [this](const QDate &from) {
        m_to->setMinimumDate(from);
        scheduleReload();
    });
    connect(m_to, &QDateEdit::dateChanged, this, &ProfitabilityView::scheduleReload);

    // Edits come in bursts (an import, a sync): gather them, then load once.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300);
    connect(&m_debounce, &QTimer::timeout, this, &ProfitabilityView::reload);
    static const QSet<QString> feeds = {QStringLiteral("opportunities"), QStringLiteral("cost_entries"),
                                        QStringLiteral("activities"), QStringLiteral("accounts"),
                                        QStringLiteral("value_models")};
    connect(store, &Store::rowsChanged, this, [this](const QString &table) {
        if (feeds.contains(table))
            scheduleReload();
    });
    connect(&m_watcher, &QFutureWatcher<Loaded>::finished, this, &ProfitabilityView::onLoaded);
}

ProfitabilityView::~ProfitabilityView()
{
    m_watcher.waitForFinished(); // the load holds a copy of nothing of ours, but its result comes here
}

std::pair<QDate, QDate> ProfitabilityView::periodOf(Range range, const QDate &today, const QDate &from,
                                                    const QDate &to)
{
    switch (range) {
    case Range::ThisYear:
        return {QDate(today.year(), 1, 1), QDate(today.year(), 12, 31)};
    case Range::LastFourQuarters:
        return lastFourQuarters(today);
    case Range::Custom:
        return {from, to};
    }
    return {};
}

bool ProfitabilityView::isLoading() const
{
    return m_watcher.isRunning() || m_debounce.isActive() || m_reloadAgain;
}

void ProfitabilityView::setToday(const QDate &today)
{
    m_today = today;
    scheduleReload();
}

void ProfitabilityView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // A hidden view loads nothing: a large store's figures are read when they are looked at.
    if (m_stale)
        reload();
}

void ProfitabilityView::scheduleReload()
{
    m_stale = true;
    if (isVisible())
        m_debounce.start();
}

void ProfitabilityView::reload()
{
    m_debounce.stop();
    if (m_watcher.isRunning()) {
        m_reloadAgain = true;
        return;
    }
    m_stale = false;
    m_reloadAgain = false;
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    const auto [from, to] = periodOf(Range(m_range->currentData().toInt()), today, m_from->date(), m_to->date());
    m_status->setText(tr("Loading…"));
    // The UI's connection stays on the UI thread; the load opens one of its own to the same file.
    m_watcher.setFuture(QtConcurrent::run([path = m_store->path(), from, to, today]() -> Loaded {
        Result<std::unique_ptr<Store>> opened = Store::open(path);
        if (!opened)
            return {nullptr, opened.error().message};
        Result<PortfolioValueData> data = loadPortfolioValue(**opened, from, to, today);
        if (!data)
            return {nullptr, data.error().message};
        return {std::make_shared<const PortfolioValueData>(std::move(data).value()), {}};
    }));
}

void ProfitabilityView::onLoaded()
{
    const Loaded result = m_watcher.result();
    if (m_reloadAgain) {
        reload();
        return;
    }
    if (!result.data) {
        m_status->setText(tr("The figures could not be read: %1").arg(result.error));
        emit loaded();
        return;
    }
    const QLocale locale;
    const PortfolioValueData &d = *result.data;
    QString status = tr("%1 – %2 · %n account(s)", nullptr, int(d.accounts.size()))
                         .arg(locale.toString(d.from, QLocale::ShortFormat), locale.toString(d.to, QLocale::ShortFormat));
    if (!d.modelName.isEmpty())
        status += QStringLiteral("  ·  ") + tr("Scored by the value model “%1”").arg(d.modelName);
    m_status->setText(status);
    m_pareto->setSource(result.data);
    m_profitability->setSource(result.data);
    m_segments->setSource(result.data);
    emit loaded();
}

QWidget *ProfitabilityView::makeParetoTab()
{
    auto *page = new QWidget(this);
    m_basis = new QComboBox(page);
    m_basis->setObjectName(QStringLiteral("paretoBasis"));
    m_basis->addItem(tr("Revenue"), int(ParetoModel::Basis::Revenue));
    m_basis->addItem(tr("Gross margin"), int(ParetoModel::Basis::GrossMargin));
    m_paretoCaption = new QLabel(page);
    m_paretoCaption->setObjectName(QStringLiteral("paretoCaption"));
    m_paretoCaption->setTextFormat(Qt::PlainText);
    QFont bold = m_paretoCaption->font();
    bold.setBold(true);
    m_paretoCaption->setFont(bold);

    m_paretoBars = new QBarSet(tr("Revenue"));
    m_paretoBars->setColor(kBarColor);
    m_paretoBars->setBorderColor(kBarColor);
    auto *bars = new QBarSeries;
    bars->setObjectName(QStringLiteral("paretoBars"));
    bars->append(m_paretoBars);
    bars->setBarWidth(0.8);
    m_cumulative = guideLine(kCumulativeColor, Qt::SolidLine);
    m_cumulative->setObjectName(QStringLiteral("paretoCumulative"));
    m_cumulative->setName(tr("Cumulative share"));
    m_markLine = guideLine(kMarkColor, Qt::DashLine);
    m_markLine->setObjectName(QStringLiteral("paretoMark"));
    m_markLine->setName(tr("80 %"));

    m_paretoChart = newChart();
    m_paretoChart->addSeries(bars);
    m_paretoChart->addSeries(m_cumulative);
    m_paretoChart->addSeries(m_markLine);
    m_paretoRanks = new QBarCategoryAxis;
    m_paretoRanks->setTitleText(tr("Accounts by rank"));
    m_paretoValues = new QValueAxis;
    m_paretoValues->setLabelFormat(QStringLiteral("%.0f"));
    auto *percent = new QValueAxis;
    percent->setRange(0, 100);
    percent->setTickCount(6);
    percent->setLabelFormat(QStringLiteral("%.0f"));
    percent->setTitleText(tr("Cumulative share (%)"));
    // The line and the mark live on a hidden x axis spanning the bars' categories exactly
    // (a category axis of n bars runs from −0.5 to n − 0.5), so the line can pass through
    // every account, also those summed into "Others".
    m_paretoX = new QValueAxis;
    m_paretoX->setVisible(false);
    m_paretoChart->addAxis(m_paretoRanks, Qt::AlignBottom);
    m_paretoChart->addAxis(m_paretoX, Qt::AlignBottom);
    m_paretoChart->addAxis(m_paretoValues, Qt::AlignLeft);
    m_paretoChart->addAxis(percent, Qt::AlignRight);
    bars->attachAxis(m_paretoRanks);
    bars->attachAxis(m_paretoValues);
    for (QLineSeries *line : {m_cumulative, m_markLine}) {
        line->attachAxis(m_paretoX);
        line->attachAxis(percent);
    }
    m_paretoChart->legend()->setAlignment(Qt::AlignBottom);
    m_paretoStack = makeChartStack(m_paretoChart, "paretoChart", page);
    connect(m_paretoBars, &QBarSet::hovered, this, [this](bool on, int index) {
        if (!on) {
            QToolTip::hideText();
            return;
        }
        const auto &points = m_pareto->pareto().points;
        const QString text = index < kParetoBars && size_t(index) < points.size() && m_pareto->source()
                                 ? m_pareto->source()->accountName(points[size_t(index)].accountId)
                                 : m_paretoRanks->at(index); // "Others (n)"
        QToolTip::showText(QCursor::pos(), text);
    });

    auto *table = new QTableView(page);
    auto *proxy = new QSortFilterProxyModel(page);
    proxy->setSourceModel(m_pareto);
    proxy->setSortRole(ParetoModel::SortRole);
    setupTable(table, "paretoTable", proxy, tr("pareto"), *m_store);
    table->setAccessibleName(tr("Accounts by rank"));
    table->sortByColumn(ParetoModel::Rank, Qt::AscendingOrder);
    table->horizontalHeader()->setSectionResizeMode(ParetoModel::Name, QHeaderView::Stretch);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Rank by:"), page));
    top->addWidget(m_basis);
    top->addSpacing(16);
    top->addWidget(m_paretoCaption, 1);
    auto *splitter = new QSplitter(Qt::Vertical, page);
    splitter->addWidget(m_paretoStack);
    splitter->addWidget(table);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_basis, &QComboBox::currentIndexChanged, this,
            [this] { m_pareto->setBasis(ParetoModel::Basis(m_basis->currentData().toInt())); });
    connect(m_pareto, &ParetoModel::refreshed, this, &ProfitabilityView::updateParetoChart);
    updateParetoChart();
    return page;
}

void ProfitabilityView::updateParetoChart()
{
    const analytics::Pareto &p = m_pareto->pareto();
    const bool revenue = m_pareto->basis() == ParetoModel::Basis::Revenue;
    const QString currency = m_pareto->source() ? m_pareto->source()->currency : QStringLiteral("CNY");
    const QLocale locale;
    m_paretoBars->setLabel(revenue ? tr("Revenue") : tr("Gross margin"));
    if (p.total <= 0) {
        m_paretoCaption->clear();
        showEmptyState(m_paretoStack, revenue ? tr("No won revenue in this period.")
                                              : tr("No gross margin in this period."));
        return;
    }
    const QString share = locale.toString(100 * p.shareOfAccounts, 'f', 1);
    m_paretoCaption->setText(revenue ? tr("%n account(s) (%1 %) make 80 % of revenue", nullptr, p.accountsToMark).arg(share)
                                     : tr("%n account(s) (%1 %) make 80 % of gross margin", nullptr, p.accountsToMark)
                                           .arg(share));

    // Bars: the top accounts by rank (names are the table's and the tooltip's), the rest as one
    // bar. Accounts without a positive value add nothing to the line or the bars: they are
    // left to the table.
    const int positive = int(std::count_if(p.points.begin(), p.points.end(),
                                           [](const analytics::ParetoPoint &pt) { return pt.value > 0; }));
    const int own = std::min(positive, kParetoBars);
    QStringList categories;
    QList<qreal> values;
    qint64 top = 0;
    for (int i = 0; i < own; ++i) {
        categories << locale.toString(i + 1);
        top = std::max(top, p.points[size_t(i)].value);
    }
    qint64 others = 0;
    for (int i = own; i < positive; ++i)
        others += p.points[size_t(i)].value;
    if (positive > own)
        top = std::max(top, others);
    const MoneyScale scale = moneyScale(double(top), currency);
    for (int i = 0; i < own; ++i)
        values << p.points[size_t(i)].value / scale.divisor;
    if (positive > own) {
        categories << tr("Others (%n)", nullptr, positive - own);
        values << others / scale.divisor;
    }
    m_paretoBars->remove(0, m_paretoBars->count());
    m_paretoBars->append(values);
    m_paretoRanks->setCategories(categories);
    m_paretoValues->setTitleText(scale.unit);
    setRoundRange(m_paretoValues, top / scale.divisor);
    // Beyond a few dozen bars the ranks only fit upright under them (QtCharts elides them to "…").
    m_paretoRanks->setLabelsAngle(categories.size() > 20 ? -90 : 0);

    const int bars = int(categories.size());
    m_paretoX->setRange(-0.5, bars - 0.5);
    QList<QPointF> line{{-0.5, 0}};
    for (int i = 0; i < own; ++i)
        line << QPointF(i, 100 * p.points[size_t(i)].cumulativeShare);
    // The accounts summed into "Others" spread over that bar's width, thinned to about 200
    // points: a 20,000-point line draws slowly and looks the same.
    const int rest = positive - own;
    const int step = std::max(1, rest / 200);
    for (int j = step - 1; j < rest; j += step)
        line << QPointF(own - 0.5 + double(j + 1) / rest, 100 * p.points[size_t(own + j)].cumulativeShare);
    if (rest > 0 && (rest % step) != 0)
        line << QPointF(bars - 0.5, 100 * p.points[size_t(positive - 1)].cumulativeShare);
    m_cumulative->replace(line);
    m_markLine->replace(QList<QPointF>{QPointF(-0.5, 80), QPointF(bars - 0.5, 80)});
    m_paretoChart->setTitle(revenue ? tr("Revenue by account, largest first") : tr("Gross margin by account, largest first"));
    m_paretoStack->setCurrentIndex(0);
}

QWidget *ProfitabilityView::makeProfitabilityTab()
{
    auto *page = new QSplitter(Qt::Horizontal, this);
    m_profitabilityTable = new QTableView(page);
    m_profitabilityProxy = new QSortFilterProxyModel(page);
    m_profitabilityProxy->setSourceModel(m_profitability);
    m_profitabilityProxy->setSortRole(ProfitabilityModel::SortRole);
    setupTable(m_profitabilityTable, "profitabilityTable", m_profitabilityProxy, tr("profitability"), *m_store);
    m_profitabilityTable->setAccessibleName(tr("Customer profitability"));
    m_profitabilityTable->sortByColumn(ProfitabilityModel::Profit, Qt::AscendingOrder);

    m_quadrantChart = newChart();
    m_quadrantChart->setTitle(tr("Value × profitability"));
    m_scoreAxis = new QValueAxis;
    m_scoreAxis->setRange(0, 100);
    m_scoreAxis->setTickCount(6);
    m_scoreAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_scoreAxis->setTitleText(tr("Value score"));
    m_marginAxis = new QValueAxis;
    m_marginAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_marginAxis->setTitleText(tr("Profit margin (%)"));
    m_quadrantChart->addAxis(m_scoreAxis, Qt::AlignBottom);
    m_quadrantChart->addAxis(m_marginAxis, Qt::AlignLeft);
    for (int q = 0; q < int(kQuadrantColors.size()); ++q) {
        auto *series = new QScatterSeries;
        series->setObjectName(QStringLiteral("quadrant%1").arg(q));
        series->setName(ProfitabilityModel::quadrantLabel(analytics::ValueQuadrant(q)));
        series->setColor(kQuadrantColors[size_t(q)]);
        series->setBorderColor(kQuadrantColors[size_t(q)].darker(130));
        series->setMarkerSize(9);
        m_quadrantChart->addSeries(series);
        series->attachAxis(m_scoreAxis);
        series->attachAxis(m_marginAxis);
        m_quadrantSeries << series;
        m_quadrantAccounts << QStringList();
        const auto accountAt = [this, q](const QPointF &point) -> QString {
            const QList<QPointF> points = m_quadrantSeries[q]->points();
            for (qsizetype i = 0; i < points.size(); ++i)
                if (points[i] == point)
                    return m_quadrantAccounts[q].value(i);
            return {};
        };
        connect(series, &QScatterSeries::hovered, this, [this, accountAt](const QPointF &point, bool on) {
            if (!on) {
                QToolTip::hideText();
                return;
            }
            const QString id = accountAt(point);
            const int row = m_profitability->rowOf(id);
            if (row < 0)
                return;
            const ProfitabilityModel::Row &r = m_profitability->rows()[size_t(row)];
            QToolTip::showText(QCursor::pos(),
                               tr("%1\nValue score %2 · margin %3 %")
                                   .arg(r.name, QLocale().toString(r.score.value_or(0), 'f', 1),
                                        r.profit.marginPercent ? QLocale().toString(*r.profit.marginPercent, 'f', 1)
                                                               : QStringLiteral("—")));
        });
        connect(series, &QScatterSeries::clicked, this,
                [this, accountAt](const QPointF &point) { selectAccount(accountAt(point)); });
    }
    m_valueSplitLine = guideLine(kSplitColor, Qt::DashLine);
    m_zeroMarginLine = guideLine(kSplitColor, Qt::DashLine);
    for (QLineSeries *line : {m_valueSplitLine, m_zeroMarginLine}) {
        m_quadrantChart->addSeries(line);
        line->attachAxis(m_scoreAxis);
        line->attachAxis(m_marginAxis);
    }
    // The guides are lines, not data: out of the legend.
    const auto markers = m_quadrantChart->legend()->markers();
    for (QLegendMarker *marker : markers)
        if (marker->series() == m_valueSplitLine || marker->series() == m_zeroMarginLine)
            marker->setVisible(false);
    m_quadrantChart->legend()->setAlignment(Qt::AlignBottom);
    const QStringList labels{tr("Protect"), tr("Over-served: loyal but unprofitable"), tr("Develop"),
                             tr("Review cost to serve")};
    for (int q = 0; q < int(labels.size()); ++q) {
        auto *label = new QGraphicsSimpleTextItem(labels[q], m_quadrantChart);
        label->setBrush(kQuadrantColors[size_t(q)].darker(120));
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
        label->setZValue(10);
        m_quadrantLabels << label;
    }
    connect(m_quadrantChart, &QChart::plotAreaChanged, this, &ProfitabilityView::placeQuadrantLabels);
    m_quadrantStack = makeChartStack(m_quadrantChart, "quadrantChart", page);

    page->addWidget(m_profitabilityTable);
    page->addWidget(m_quadrantStack);
    page->setStretchFactor(0, 3);
    page->setStretchFactor(1, 2);
    connect(m_profitability, &ProfitabilityModel::refreshed, this, &ProfitabilityView::updateQuadrantChart);
    updateQuadrantChart();
    return page;
}

void ProfitabilityView::updateQuadrantChart()
{
    std::array<QList<QPointF>, 4> points;
    std::array<QStringList, 4> accounts;
    double low = 0;
    double high = 0;
    for (const ProfitabilityModel::Row &r : m_profitability->rows()) {
        // Unscored accounts have no place on the value axis; accounts without any figure in the
        // period have no margin to show (both stay in the table).
        if (!r.quadrant || (r.facts.revenue == 0 && r.profit.costToServe == 0 && r.facts.goodsCost == 0))
            continue;
        const double margin = r.profit.marginPercent.value_or(kMarginFloor); // cost, no revenue: the floor
        const double y = std::clamp(margin, kMarginFloor, kMarginCeiling);
        low = std::min(low, y);
        high = std::max(high, y);
        points[size_t(*r.quadrant)] << QPointF(*r.score, y);
        accounts[size_t(*r.quadrant)] << r.accountId;
    }
    int shown = 0;
    for (size_t q = 0; q < points.size(); ++q) {
        m_quadrantSeries[qsizetype(q)]->replace(points[q]);
        m_quadrantAccounts[qsizetype(q)] = accounts[q];
        shown += int(points[q].size());
    }
    // Round to tens with room on both sides of 0, so every quadrant has space for its label.
    const double bottom = std::min(-20.0, std::floor((low - 5) / 10) * 10);
    const double top = std::max(20.0, std::ceil((high + 5) / 10) * 10);
    m_marginAxis->setRange(bottom, top);
    // Ticks anchored on 0 (the split), at a round interval giving at most eight of them.
    double interval = 10;
    for (double candidate : {10.0, 20.0, 25.0, 50.0})
        if ((top - bottom) / candidate <= 8) {
            interval = candidate;
            break;
        }
    m_marginAxis->setTickType(QValueAxis::TicksDynamic);
    m_marginAxis->setTickAnchor(0);
    m_marginAxis->setTickInterval(interval);
    const double split = m_profitability->valueSplit();
    m_valueSplitLine->replace(QList<QPointF>{QPointF(split, bottom), QPointF(split, top)});
    m_zeroMarginLine->replace(QList<QPointF>{QPointF(0, 0), QPointF(100, 0)});
    m_quadrantChart->setTitle(tr("Value × profitability (split at the median score %1 and a 0 % margin)")
                                  .arg(QLocale().toString(split, 'f', 1)));
    if (shown == 0)
        showEmptyState(m_quadrantStack, tr("No scored account has revenue or costs in this period."));
    else
        m_quadrantStack->setCurrentIndex(0);
    placeQuadrantLabels();
}

void ProfitabilityView::placeQuadrantLabels()
{
    const QRectF area = m_quadrantChart->plotArea();
    if (area.isEmpty())
        return;
    const double split = m_profitability->valueSplit();
    const QPointF centre = m_quadrantChart->mapToPosition(QPointF(split, 0), m_quadrantSeries.front());
    constexpr double kPad = 6;
    for (int q = 0; q < m_quadrantLabels.size(); ++q) {
        QGraphicsSimpleTextItem *label = m_quadrantLabels[q];
        const QSizeF size = label->boundingRect().size();
        const auto quadrant = analytics::ValueQuadrant(q);
        const bool right = quadrant == analytics::ValueQuadrant::Protect || quadrant == analytics::ValueQuadrant::OverServed;
        const bool upper = quadrant == analytics::ValueQuadrant::Protect || quadrant == analytics::ValueQuadrant::Develop;
        const double x = right ? area.right() - size.width() - kPad : area.left() + kPad;
        const double y = upper ? area.top() + kPad : area.bottom() - size.height() - kPad;
        label->setPos(x, y);
        // A label that does not fit its quadrant (the median far to one side) hides, not overlaps.
        const QRectF own(right ? centre.x() : area.left(), upper ? area.top() : centre.y(),
                         right ? area.right() - centre.x() : centre.x() - area.left(),
                         upper ? centre.y() - area.top() : area.bottom() - centre.y());
        label->setVisible(own.contains(QRectF(QPointF(x, y), size)));
    }
}

void ProfitabilityView::selectAccount(const QString &accountId)
{
    const int row = m_profitability->rowOf(accountId);
    if (row < 0)
        return;
    const QModelIndex index = m_profitabilityProxy->mapFromSource(m_profitability->index(row, 0));
    m_profitabilityTable->setCurrentIndex(index);
    m_profitabilityTable->scrollTo(index);
}

QWidget *ProfitabilityView::makeSegmentsTab()
{
    auto *page = new QWidget(this);
    m_dimension = new QComboBox(page);
    m_dimension->setObjectName(QStringLiteral("segmentDimension"));
    m_dimension->addItem(tr("Industry"), int(analytics::SegmentDimension::Industry));
    m_dimension->addItem(tr("Region"), int(analytics::SegmentDimension::Region));
    m_dimension->addItem(tr("Kind"), int(analytics::SegmentDimension::Kind));
    m_dimension->addItem(tr("Size (annual revenue)"), int(analytics::SegmentDimension::Size));
    m_dimension->addItem(tr("Tier"), int(analytics::SegmentDimension::Tier));

    auto *table = new QTableView(page);
    auto *proxy = new TotalLastProxy(page);
    proxy->setSourceModel(m_segments);
    proxy->setSortRole(SegmentModel::SortRole);
    setupTable(table, "segmentTable", proxy, tr("segments"), *m_store);
    table->setAccessibleName(tr("Segments"));
    table->sortByColumn(SegmentModel::Revenue, Qt::DescendingOrder);

    const auto barSet = [](const QString &name, const QColor &color) {
        auto *set = new QBarSet(name);
        set->setColor(color);
        set->setBorderColor(color);
        return set;
    };
    m_segmentRevenue = barSet(tr("Revenue"), kBarColor);
    m_segmentMargin = barSet(tr("Gross margin"), kCumulativeColor);
    m_segmentProfit = barSet(tr("Profit"), kProfitColor);
    auto *series = new QBarSeries;
    series->append({m_segmentRevenue, m_segmentMargin, m_segmentProfit});
    m_segmentChart = newChart();
    m_segmentChart->addSeries(series);
    m_segmentNames = new QBarCategoryAxis;
    m_segmentValues = new QValueAxis;
    m_segmentValues->setLabelFormat(QStringLiteral("%.0f"));
    m_segmentChart->addAxis(m_segmentNames, Qt::AlignBottom);
    m_segmentChart->addAxis(m_segmentValues, Qt::AlignLeft);
    series->attachAxis(m_segmentNames);
    series->attachAxis(m_segmentValues);
    m_segmentChart->legend()->setAlignment(Qt::AlignBottom);
    m_segmentStack = makeChartStack(m_segmentChart, "segmentChart", page);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Segment by:"), page));
    top->addWidget(m_dimension);
    top->addStretch();
    auto *splitter = new QSplitter(Qt::Vertical, page);
    splitter->addWidget(m_segmentStack);
    splitter->addWidget(table);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_dimension, &QComboBox::currentIndexChanged, this, [this] {
        m_segments->setDimension(analytics::SegmentDimension(m_dimension->currentData().toInt()));
    });
    connect(m_segments, &SegmentModel::refreshed, this, &ProfitabilityView::updateSegmentChart);
    updateSegmentChart();
    return page;
}

void ProfitabilityView::updateSegmentChart()
{
    const analytics::Segmentation &s = m_segments->segmentation();
    const QString currency = m_pareto->source() ? m_pareto->source()->currency : QStringLiteral("CNY");
    qint64 top = 0;
    qint64 bottom = 0;
    for (const analytics::Segment &g : s.segments) {
        top = std::max({top, g.revenue, g.grossMargin, g.profit});
        bottom = std::min({bottom, g.grossMargin, g.profit});
    }
    const MoneyScale scale = moneyScale(double(std::max(top, -bottom)), currency);
    QStringList names;
    QList<qreal> revenue;
    QList<qreal> margin;
    QList<qreal> profit;
    for (const analytics::Segment &g : s.segments) {
        names << SegmentModel::segmentLabel(g.key, m_segments->dimension());
        revenue << g.revenue / scale.divisor;
        margin << g.grossMargin / scale.divisor;
        profit << g.profit / scale.divisor;
    }
    for (QBarSet *set : {m_segmentRevenue, m_segmentMargin, m_segmentProfit})
        set->remove(0, set->count());
    m_segmentRevenue->append(revenue);
    m_segmentMargin->append(margin);
    m_segmentProfit->append(profit);
    m_segmentNames->setCategories(names);
    setRoundRange(m_segmentValues, top / scale.divisor);
    if (bottom < 0) { // a loss-making segment: the axis goes below 0 by whole steps
        const double step = m_segmentValues->max() / (m_segmentValues->tickCount() - 1);
        const int below = int(std::ceil(-bottom / scale.divisor / step));
        m_segmentValues->setMin(-below * step);
        m_segmentValues->setTickCount(m_segmentValues->tickCount() + below);
    }
    m_segmentValues->setTitleText(scale.unit);
    m_segmentChart->setTitle(m_segments->headerData(SegmentModel::Name, Qt::Horizontal).toString());
    if (s.total.revenue == 0 && s.total.profit == 0)
        showEmptyState(m_segmentStack, tr("No revenue or costs in this period."));
    else
        m_segmentStack->setCurrentIndex(0);
}

} // namespace kam
