// SPDX-License-Identifier: GPL-3.0-or-later
#include "forecast_model.h"

#include "pipeline_source.h"
#include "store/pipeline_settings.h"

#include <QLocale>

namespace kam {

ForecastModel::ForecastModel(PipelineSource *source, QObject *parent)
    : FiguresModel(source, ColumnCount, parent)
{
    m_from = analytics::periodStart(QDate::currentDate(), analytics::Granularity::Month);
    m_to = m_from.addMonths(12).addDays(-1);
    // Unreadable settings leave the defaults; the view that edits them shows the store's error.
    if (Result<analytics::ForecastThresholds> t = forecastThresholds(*source->store()))
        m_thresholds = *t;
    refresh();
}

void ForecastModel::setGranularity(analytics::Granularity granularity)
{
    if (granularity == m_granularity)
        return;
    m_granularity = granularity;
    refresh();
}

void ForecastModel::setRange(const QDate &from, const QDate &to)
{
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    refresh();
}

void ForecastModel::setThresholds(analytics::ForecastThresholds thresholds)
{
    m_thresholds = thresholds;
    refresh();
}

QStringList ForecastModel::compute()
{
    const analytics::Pipeline &pipeline = source()->pipeline();
    m_next = analytics::computeForecast(pipeline, filter(), pipeline.mainCurrency(filter()), m_granularity,
                                        m_from, m_to, source()->targets(), m_thresholds);
    QStringList keys;
    for (const analytics::ForecastBucket &b : m_next.buckets)
        keys << b.period;
    return keys;
}

void ForecastModel::adopt()
{
    m_forecast = std::move(m_next);
}

std::optional<qint64> ForecastModel::amount(const analytics::ForecastBucket &b, int column) const
{
    switch (Column(column)) {
    case Target:
        return b.targetMinor;
    case Won:
        return b.wonMinor;
    case Commit:
        return b.commitMinor;
    case BestCase:
        return b.bestCaseMinor;
    case PipelineAmount:
        return b.pipelineMinor;
    case Weighted:
        return b.weightedMinor;
    case Projected:
        return b.projectedMinor();
    case Period:
    case Attainment:
    case ColumnCount:
        break;
    }
    return std::nullopt;
}

std::optional<double> ForecastModel::attainment(const analytics::ForecastBucket &b) const
{
    if (!b.targetMinor || *b.targetMinor <= 0)
        return std::nullopt;
    return double(b.projectedMinor()) / double(*b.targetMinor);
}

QVariant ForecastModel::display(int row, int column) const
{
    const analytics::ForecastBucket &b = m_forecast.buckets[size_t(row)];
    const QLocale locale;
    const QString none = QStringLiteral("—");
    if (column == Period)
        return b.period;
    if (column == Attainment) {
        const std::optional<double> a = attainment(b);
        return a ? locale.toString(*a * 100, 'f', 1) + locale.percent() : none;
    }
    const std::optional<qint64> minor = amount(b, column);
    return minor ? formatMoney({ *minor, m_forecast.currency }, locale) : none;
}

QVariant ForecastModel::value(int row, int column) const
{
    const analytics::ForecastBucket &b = m_forecast.buckets[size_t(row)];
    if (column == Period)
        return row;
    if (column == Attainment) {
        const std::optional<double> a = attainment(b);
        return a ? QVariant(*a) : QVariant();
    }
    const std::optional<qint64> minor = amount(b, column);
    return minor ? QVariant(majorUnits(*minor, m_forecast.currency)) : QVariant();
}

QVariant ForecastModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return FiguresModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Period:
        return tr("Period");
    case Target:
        return tr("Target");
    case Won:
        return tr("Won");
    case Commit:
        return tr("Commit");
    case BestCase:
        return tr("Best case");
    case PipelineAmount:
        return tr("Pipeline");
    case Weighted:
        return tr("Weighted");
    case Projected:
        return tr("Projected");
    case Attainment:
        return tr("Attainment");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace kam
