// SPDX-License-Identifier: GPL-3.0-or-later
#include "funnel_model.h"

#include "domain/stages.h"
#include "pipeline_source.h"

#include <QLocale>

namespace kam {

namespace {
const QString kNone = QStringLiteral("—");
} // namespace

FunnelModel::FunnelModel(PipelineSource *source, QObject *parent)
    : FiguresModel(source, ColumnCount, parent)
{
    refresh();
}

void FunnelModel::setAsOf(const QDateTime &asOf)
{
    m_asOf = asOf;
    refresh();
}

QStringList FunnelModel::compute()
{
    const analytics::Pipeline &pipeline = source()->pipeline();
    m_next = analytics::computeFunnel(pipeline, filter(), pipeline.mainCurrency(filter()),
                                      m_asOf.isValid() ? m_asOf : QDateTime::currentDateTimeUtc());
    QStringList keys;
    for (const analytics::StageFigures &s : m_next.stages)
        keys << s.stage.meta.id;
    return keys;
}

void FunnelModel::adopt()
{
    m_funnel = std::move(m_next);
}

QVariant FunnelModel::display(int row, int column) const
{
    const analytics::StageFigures &s = m_funnel.stages[size_t(row)];
    const QLocale locale;
    switch (Column(column)) {
    case StageName:
        return stageName(s.stage);
    case Count:
        return locale.toString(s.count);
    case Amount:
        return formatMoney({ s.amountMinor, m_funnel.currency }, locale);
    case Weighted:
        return formatMoney({ s.weightedMinor, m_funnel.currency }, locale);
    case Reached:
        return locale.toString(s.reached);
    case ConversionToNext:
        return s.conversionToNext
            ? locale.toString(*s.conversionToNext * 100, 'f', 1) + locale.percent()
            : kNone;
    case AvgDays:
        return s.avgDays ? locale.toString(*s.avgDays, 'f', 1) : kNone;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant FunnelModel::value(int row, int column) const
{
    const analytics::StageFigures &s = m_funnel.stages[size_t(row)];
    switch (Column(column)) {
    case StageName:
        return stageName(s.stage);
    case Count:
        return s.count;
    case Amount:
        return majorUnits(s.amountMinor, m_funnel.currency);
    case Weighted:
        return majorUnits(s.weightedMinor, m_funnel.currency);
    case Reached:
        return s.reached;
    case ConversionToNext:
        return s.conversionToNext ? QVariant(*s.conversionToNext) : QVariant();
    case AvgDays:
        return s.avgDays ? QVariant(*s.avgDays) : QVariant();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant FunnelModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return FiguresModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case StageName:
        return tr("Stage");
    case Count:
        return tr("Open deals");
    case Amount:
        return tr("Amount");
    case Weighted:
        return tr("Weighted");
    case Reached:
        return tr("Reached");
    case ConversionToNext:
        return tr("To next stage");
    case AvgDays:
        return tr("Avg. days in stage");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace kam
