// SPDX-License-Identifier: GPL-3.0-or-later
#include "forecast_view.h"

#include "chart_helpers.h"
#include "commands/edit_history.h"
#include "itemmodels/forecast_model.h"
#include "itemmodels/pipeline_source.h"
#include "store/pipeline_settings.h"
#include "targets_dialog.h"
#include "widget_helpers.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QVBarModelMapper>
#include <QVBoxLayout>
#include <QVXYModelMapper>
#include <QValueAxis>

namespace kam {

namespace {

QLineSeries *lineOf(QAbstractItemModel *values, int column, const QString &name, const QPen &pen)
{
    auto *line = new QLineSeries;
    line->setName(name);
    line->setPen(pen);
    line->setPointsVisible(true);
    auto *mapper = new QVXYModelMapper(line);
    mapper->setXColumn(ForecastModel::Period);
    mapper->setYColumn(column);
    mapper->setSeries(line);
    mapper->setModel(values);
    return line;
}

} // namespace

ForecastView::ForecastView(PipelineSource *source, EditHistory *history, QWidget *parent)
    : QWidget(parent)
    , m_source(source)
    , m_history(history)
    , m_model(new ForecastModel(source, this))
    , m_granularity(new QComboBox(this))
    , m_range(new QComboBox(this))
    , m_commit(new QSpinBox(this))
    , m_bestCase(new QSpinBox(this))
    , m_error(makeErrorLabel("forecastError", this))
    , m_charts(new QStackedWidget(this))
{
    m_granularity->setObjectName(QStringLiteral("forecastGranularity"));
    m_granularity->addItem(tr("Months"), int(analytics::Granularity::Month));
    m_granularity->addItem(tr("Quarters"), int(analytics::Granularity::Quarter));
    m_range->setObjectName(QStringLiteral("forecastRange"));
    m_range->addItem(tr("Next 12 months"), int(Range::Next12Months));
    m_range->addItem(tr("This year"), int(Range::ThisYear));
    m_range->addItem(tr("Next 4 quarters"), int(Range::Next4Quarters));
    for (QSpinBox *spin : { m_commit, m_bestCase }) {
        spin->setRange(0, 100);
        spin->setSuffix(QStringLiteral(" %"));
    }
    m_commit->setObjectName(QStringLiteral("commitThreshold"));
    m_bestCase->setObjectName(QStringLiteral("bestCaseThreshold"));
    m_commit->setValue(m_model->thresholds().commit);
    m_bestCase->setValue(m_model->thresholds().bestCase);
    auto *targets = new QPushButton(tr("Targets…"), this);
    targets->setObjectName(QStringLiteral("targetsButton"));

    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Periods:"), this));
    controls->addWidget(m_granularity);
    controls->addWidget(m_range);
    controls->addSpacing(16);
    auto *commitLabel = new QLabel(tr("Commit from:"), this);
    commitLabel->setBuddy(m_commit);
    controls->addWidget(commitLabel);
    controls->addWidget(m_commit);
    auto *bestCaseLabel = new QLabel(tr("Best case from:"), this);
    bestCaseLabel->setBuddy(m_bestCase);
    controls->addWidget(bestCaseLabel);
    controls->addWidget(m_bestCase);
    controls->addStretch();
    controls->addWidget(targets);

    auto *values = new ChartValuesProxy(this);
    values->setSourceModel(m_model);
    auto *bars = new QBarSeries;
    // Won to pipeline from dark to light: each category holds the next one.
    connect(bars, &QAbstractBarSeries::barsetsAdded, this, [bars] {
        static const QColor colors[] = { QColor(0x1b, 0x5e, 0x20), QColor(0x43, 0xa0, 0x47),
                                         QColor(0xa5, 0xd6, 0xa7), QColor(0xb0, 0xbe, 0xc5) };
        const QList<QBarSet *> sets = bars->barSets();
        for (qsizetype i = 0; i < sets.size() && i < qsizetype(std::size(colors)); ++i)
            sets[i]->setColor(colors[i]);
    });
    auto *barMapper = new QVBarModelMapper(bars);
    barMapper->setFirstBarSetColumn(ForecastModel::Won);
    barMapper->setLastBarSetColumn(ForecastModel::PipelineAmount);
    barMapper->setSeries(bars);
    barMapper->setModel(values);
    QLineSeries *weighted
        = lineOf(values, ForecastModel::Weighted,
                 m_model->headerData(ForecastModel::Weighted, Qt::Horizontal).toString(),
                 QPen(QColor(0x37, 0x47, 0x4f), 2, Qt::DashLine));
    m_target = lineOf(values, ForecastModel::Target,
                      m_model->headerData(ForecastModel::Target, Qt::Horizontal).toString(),
                      QPen(QColor(0xc6, 0x28, 0x28), 3));

    auto *chart = new QChart;
    chart->setTitle(tr("Forecast per period"));
    chart->setLocalizeNumbers(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->addSeries(bars);
    chart->addSeries(weighted);
    chart->addSeries(m_target);
    auto *periods = new QBarCategoryAxis;
    auto *amounts = new QValueAxis;
    amounts->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(periods, Qt::AlignBottom);
    chart->addAxis(amounts, Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(periods);
        s->attachAxis(amounts);
    }
    followModel(m_model, ForecastModel::Period,
                { ForecastModel::Target, ForecastModel::Won, ForecastModel::PipelineAmount },
                periods, amounts);
    m_charts->addWidget(makeChartView(chart, m_charts));
    m_charts->addWidget(
        makeEmptyState(tr("No open or won deals close in these periods."), m_charts));

    auto *table = new QTableView(this);
    table->setObjectName(QStringLiteral("forecastTable"));
    table->setAccessibleName(tr("Forecast"));
    table->setModel(m_model);
    addCsvExport(table, tr("forecast"), *m_source->store());
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_error);
    layout->addWidget(m_charts, 3);
    layout->addWidget(table, 2);

    connect(m_granularity, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setGranularity(analytics::Granularity(m_granularity->currentData().toInt()));
    });
    connect(m_range, &QComboBox::currentIndexChanged, this, &ForecastView::applyRange);
    // Saved when a typed value is complete (Enter, focus out) or an arrow steps it, not per key.
    m_commit->setKeyboardTracking(false);
    m_bestCase->setKeyboardTracking(false);
    connect(m_commit, &QSpinBox::valueChanged, this, &ForecastView::saveThresholds);
    connect(m_bestCase, &QSpinBox::valueChanged, this, &ForecastView::saveThresholds);
    connect(targets, &QPushButton::clicked, this, &ForecastView::openTargets);
    // The mapper makes the bar sets anew at a reset, after the lines: put the lines back on top
    // and after the bars in the legend.
    connect(m_model, &QAbstractItemModel::modelReset, this,
            [chart, periods, amounts, weighted, this] {
                for (QLineSeries *line : { weighted, m_target }) {
                    chart->removeSeries(line);
                    chart->addSeries(line);
                    line->attachAxis(periods);
                    line->attachAxis(amounts);
                }
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ForecastView::updateChart);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ForecastView::updateChart);
    updateChart();
}

void ForecastView::setFilter(const analytics::DealFilter &filter)
{
    m_model->setFilter(filter);
}

void ForecastView::applyRange()
{
    const QDate today = QDate::currentDate();
    const QDate month = analytics::periodStart(today, analytics::Granularity::Month);
    const QDate quarter = analytics::periodStart(today, analytics::Granularity::Quarter);
    switch (Range(m_range->currentData().toInt())) {
    case Range::Next12Months:
        return m_model->setRange(month, month.addMonths(12).addDays(-1));
    case Range::ThisYear:
        return m_model->setRange(QDate(today.year(), 1, 1), QDate(today.year(), 12, 31));
    case Range::Next4Quarters:
        return m_model->setRange(quarter, quarter.addMonths(12).addDays(-1));
    }
}

void ForecastView::saveThresholds()
{
    const analytics::ForecastThresholds t { m_commit->value(), m_bestCase->value() };
    if (Result<void> r = setForecastThresholds(*m_source->store(), t); !r) {
        m_error->setText(r.error().message);
        m_error->show();
        return;
    }
    m_error->hide();
    m_model->setThresholds(t);
}

void ForecastView::updateChart()
{
    const analytics::Forecast &f = m_model->forecast();
    const bool anything
        = std::any_of(f.buckets.begin(), f.buckets.end(), [](const analytics::ForecastBucket &b) {
              return b.wonMinor > 0 || b.openDeals > 0 || b.targetMinor;
          });
    m_charts->setCurrentIndex(anything ? 0 : 1);
    // A line at zero where no period has a target would read as a target of nothing.
    const bool targets
        = std::any_of(f.buckets.begin(), f.buckets.end(),
                      [](const analytics::ForecastBucket &b) { return b.targetMinor.has_value(); });
    m_target->setVisible(targets);
    for (QLegendMarker *marker : m_target->chart()->legend()->markers(m_target))
        marker->setVisible(targets);
}

void ForecastView::openTargets()
{
    TargetsDialog dialog(m_source, m_history, this);
    dialog.exec();
}

} // namespace kam
