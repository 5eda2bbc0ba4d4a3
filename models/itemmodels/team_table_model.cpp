// SPDX-License-Identifier: GPL-3.0-or-later
#include "team_table_model.h"

#include "account_columns.h"

namespace kam {

TeamTableModel::TeamTableModel(Store *store, QObject *parent)
    : AccountRowsModel(store, ColumnCount, parent)
    , m_userNames(loadUserNames(*store))
{
}

Result<std::vector<TeamMember>> TeamTableModel::load(const QString &accountId) const
{
    return store()->team(accountId);
}

QVariant TeamTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || role != Qt::DisplayRole)
        return {};
    const TeamMember &m = rowAt(index.row());
    return index.column() == UserName ? m_userNames.value(m.userId) : enumLabel(m.role);
}

QVariant TeamTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == UserName ? tr("Team member") : tr("Role");
}

void TeamTableModel::refreshDerived(const QString &table)
{
    if (table != QLatin1String("users"))
        return;
    m_userNames = loadUserNames(*store());
    if (rowCount() > 0)
        emit dataChanged(index(0, UserName), index(rowCount() - 1, UserName));
}

} // namespace kam
