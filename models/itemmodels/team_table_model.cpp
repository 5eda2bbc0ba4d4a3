// SPDX-License-Identifier: GPL-3.0-or-later
#include "team_table_model.h"

#include "account_columns.h"
#include "store/store.h"

namespace kam {

TeamTableModel::TeamTableModel(Store *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(store, &Store::rowsChanged, this, &TeamTableModel::onRowsChanged);
}

Result<void> TeamTableModel::setAccountId(const QString &accountId)
{
    Result<std::vector<TeamMember>> members = accountId.isEmpty()
                                                  ? Result<std::vector<TeamMember>>(std::vector<TeamMember>{})
                                                  : m_store->team(accountId);
    beginResetModel();
    m_accountId = accountId;
    m_userNames = loadUserNames(*m_store);
    m_members = members ? std::move(members).value() : std::vector<TeamMember>{};
    endResetModel();
    if (!members)
        return members.error();
    return {};
}

int TeamTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int TeamTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TeamTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || role != Qt::DisplayRole)
        return {};
    const TeamMember &m = m_members[size_t(index.row())];
    return index.column() == UserName ? m_userNames.value(m.userId) : enumLabel(m.role);
}

QVariant TeamTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == UserName ? tr("Team member") : tr("Role");
}

void TeamTableModel::onRowsChanged(const QString &table, const QStringList &)
{
    // Teams are a handful of rows: reload on any team or user change of this account.
    if (!m_accountId.isEmpty()
        && (table == QLatin1String("account_team") || table == QLatin1String("users")))
        (void)setAccountId(m_accountId);
}

} // namespace kam
