// SPDX-License-Identifier: GPL-3.0-or-later
#include "funnel_view.h"

#include "chart_helpers.h"
#include "itemmodels/funnel_model.h"
#include "itemmodels/pipeline_source.h"

#include "widget_helpers.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBarModelMapper>
#include <QVBoxLayout>
#include <QValueAxis>

namespace kam {

namespace {

/// One column of the funnel model as horizontal bars, the first stage on top.
QChartView *stageChart(FunnelModel *model, QAbstractItemModel *values, int column,
                       const QString &title, bool stageLabels, QWidget *parent)
{
    auto *series = new QHorizontalBarSeries;
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsPrecision(15); // whole amounts, not 1.7E+07
    // The mapper makes the bar set anew at every reset of the model.
    QObject::connect(series, &QAbstractBarSeries::barsetsAdded, series,
                     [](const QList<QBarSet *> &sets) {
                         for (QBarSet *set : sets) {
                             set->setColor(QColor(0x1f, 0x77, 0xb4));
                             set->setLabelColor(QColor(0x33, 0x33, 0x33));
                         }
                     });
    auto *mapper = new QVBarModelMapper(series);
    mapper->setFirstBarSetColumn(column);
    mapper->setLastBarSetColumn(column);
    mapper->setSeries(series);
    mapper->setModel(values);

    auto *chart = new QChart;
    chart->setTitle(title);
    chart->addSeries(series);
    chart->legend()->hide();
    chart->setLocalizeNumbers(true);
    auto *stages = new QBarCategoryAxis;
    stages->setReverse(true); // a funnel: the first stage on top
    stages->setLabelsVisible(stageLabels);
    chart->addAxis(stages, Qt::AlignLeft);
    series->attachAxis(stages);
    auto *amounts = new QValueAxis;
    amounts->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(amounts, Qt::AlignBottom);
    series->attachAxis(amounts);
    followModel(model, FunnelModel::StageName, { column }, stages, amounts);
    return makeChartView(chart, parent);
}

} // namespace

FunnelView::FunnelView(PipelineSource *source, QWidget *parent)
    : QWidget(parent)
    , m_model(new FunnelModel(source, this))
    , m_summary(new QLabel(this))
    , m_charts(new QStackedWidget(this))
    , m_table(new QTableView(this))
{
    m_summary->setObjectName(QStringLiteral("funnelSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    auto *values = new ChartValuesProxy(this);
    values->setSourceModel(m_model);
    auto *charts = new QWidget(m_charts);
    auto *chartRow = new QHBoxLayout(charts);
    chartRow->setContentsMargins(0, 0, 0, 0);
    chartRow->setSpacing(0);
    chartRow->addWidget(
        stageChart(m_model, values, FunnelModel::Count, tr("Open deals per stage"), true, charts),
        5);
    chartRow->addWidget(stageChart(m_model, values, FunnelModel::Amount,
                                   tr("Open amount per stage"), false, charts),
                        4);
    m_charts->addWidget(charts);
    m_charts->addWidget(makeEmptyState(tr("No open deals match the filter."), m_charts));

    m_table->setObjectName(QStringLiteral("funnelTable"));
    m_table->setAccessibleName(tr("Funnel stages"));
    m_table->setModel(m_model);
    addCsvExport(m_table, tr("funnel"), *source->store());
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_charts, 3);
    layout->addWidget(m_table, 2);

    connect(m_model, &QAbstractItemModel::modelReset, this, &FunnelView::updateSummary);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &FunnelView::updateSummary);
    updateSummary();
}

void FunnelView::setFilter(const analytics::DealFilter &filter)
{
    m_model->setFilter(filter);
}

void FunnelView::updateSummary()
{
    const analytics::Funnel &f = m_model->funnel();
    const QLocale locale;
    const auto money = [&](qint64 minor) { return formatMoney({ minor, f.currency }, locale); };
    QStringList parts;
    parts << tr("Open: %n deal(s), %1", nullptr, f.openCount).arg(money(f.openAmountMinor));
    parts << tr("Won: %n deal(s), %1", nullptr, f.wonCount).arg(money(f.wonAmountMinor));
    parts << tr("Lost: %n deal(s)", nullptr, f.lostCount);
    parts << (f.winRate ? tr("Win rate: %1")
                              .arg(locale.toString(*f.winRate * 100, 'f', 1) + locale.percent())
                        : tr("Win rate: —"));
    parts << (f.avgWonMinor ? tr("Average won deal: %1").arg(money(*f.avgWonMinor))
                            : tr("Average won deal: —"));
    if (f.otherCurrencyDeals > 0)
        parts << tr("%n deal(s) in other currencies than %1 left out", nullptr,
                    f.otherCurrencyDeals)
                     .arg(f.currency);
    m_summary->setText(parts.join(QStringLiteral("  ·  ")));
    m_charts->setCurrentIndex(f.openCount > 0 ? 0 : 1);
}

} // namespace kam
