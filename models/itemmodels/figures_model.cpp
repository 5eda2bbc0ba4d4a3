// SPDX-License-Identifier: GPL-3.0-or-later
#include "figures_model.h"

#include "pipeline_source.h"

#include <cmath>

namespace kam {

FiguresModel::FiguresModel(PipelineSource *source, int columns, QObject *parent)
    : QAbstractTableModel(parent)
    , m_source(source)
    , m_columns(columns)
{
    connect(source, &PipelineSource::reloaded, this, &FiguresModel::refresh);
}

void FiguresModel::setFilter(const analytics::DealFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    refresh();
}

void FiguresModel::refresh()
{
    QStringList keys = compute();
    if (keys != m_rowKeys) {
        beginResetModel();
        adopt();
        m_rowKeys = std::move(keys);
        endResetModel();
        return;
    }
    adopt();
    if (!m_rowKeys.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, m_columns - 1));
}

int FiguresModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rowKeys.size());
}

int FiguresModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant FiguresModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(index.row(), index.column());
    case ValueRole:
        return value(index.row(), index.column());
    case Qt::TextAlignmentRole:
        return isNumeric(index.column()) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

double FiguresModel::majorUnits(qint64 minor, const QString &currency)
{
    return double(minor) / std::pow(10.0, currencyDigits(currency));
}

QVariant ChartValuesProxy::data(const QModelIndex &index, int role) const
{
    return QIdentityProxyModel::data(index,
                                     role == Qt::DisplayRole ? FiguresModel::ValueRole : role);
}

} // namespace kam
