// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan_list_model.h"

#include "account_columns.h"

#include <QLocale>

namespace kam {

PlanListModel::PlanListModel(Store *store, QObject *parent)
    : AccountRowsModel(store, ColumnCount, parent)
{
}

Result<std::vector<Plan>> PlanListModel::load(const QString &accountId) const
{
    return store()->plans({accountId});
}

void PlanListModel::loadDerived()
{
    m_userNames = loadUserNames(*store());
}

void PlanListModel::refreshDerived(const QString &table)
{
    if (table != QLatin1String("users"))
        return;
    loadDerived();
    if (rowCount() > 0)
        emit dataChanged(index(0, Owner), index(rowCount() - 1, Owner));
}

QVariant PlanListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Plan &p = rowAt(index.row());
    const Column column = Column(index.column());
    switch (role) {
    case IdRole:
        return p.meta.id;
    case SortRole:
        switch (column) {
        case Period:
            return p.period;
        case Status:
            return int(p.status);
        case Version:
            return p.version;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case Period:
        return planPeriodLabel(p.period);
    case Title:
        return p.title;
    case Status:
        return enumLabel(p.status);
    case Version:
        return QLocale().toString(p.version);
    case Owner:
        return m_userNames.value(p.ownerId);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant PlanListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Period:
        return tr("Period");
    case Title:
        return tr("Title");
    case Status:
        return tr("Status");
    case Version:
        return tr("Version");
    case Owner:
        return tr("Owner");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace kam
