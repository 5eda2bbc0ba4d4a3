// SPDX-License-Identifier: GPL-3.0-or-later
#include "account_table_model.h"

#include "account_rows_model.h"

#include "store/store.h"

namespace kam {

AccountTableModel::AccountTableModel(Store *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(store, &Store::rowsChanged, this, &AccountTableModel::onRowsChanged);
}

Result<void> AccountTableModel::reload()
{
    Result<std::vector<Account>> accounts = m_store->accounts();
    beginResetModel();
    m_items.clear();
    m_rowById.clear();
    m_userNames = loadUserNames(*m_store);
    if (accounts) {
        m_items.reserve(accounts->size());
        for (Account &a : std::move(accounts).value()) {
            m_rowById.insert(a.meta.id, int(m_items.size()));
            m_items.push_back(makeAccountItem(std::move(a), m_userNames));
        }
    }
    endResetModel();
    if (!accounts)
        return accounts.error();
    return {};
}

int AccountTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int AccountTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(AccountColumn::Count);
}

QVariant AccountTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return accountData(m_items[size_t(index.row())], index.column(), role);
}

QVariant AccountTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return orientation == Qt::Horizontal ? accountHeaderData(section, role)
                                         : QAbstractTableModel::headerData(section, orientation, role);
}

int AccountTableModel::rowOf(const QString &id) const
{
    return m_rowById.value(id, -1);
}

void AccountTableModel::onRowsChanged(const QString &table, const QStringList &ids)
{
    if (table == QLatin1String("users")) {
        m_userNames = loadUserNames(*m_store);
        for (AccountItem &item : m_items)
            item.ownerName = m_userNames.value(item.account.ownerId);
        if (!m_items.empty())
            emit dataChanged(index(0, int(AccountColumn::Owner)),
                             index(rowCount() - 1, int(AccountColumn::Owner)));
        return;
    }
    if (table != QLatin1String("accounts"))
        return;
    if (ids.size() > kRowsResetThreshold) {
        (void)reload(); // a failed read leaves the model empty rather than stale
        return;
    }
    for (const QString &id : ids) {
        Result<Account> account = m_store->get<Account>(id);
        const int row = rowOf(id);
        const bool live = account.ok() && !account->meta.isDeleted();
        if (live && row >= 0) {
            m_items[size_t(row)] = makeAccountItem(std::move(account).value(), m_userNames);
            emit dataChanged(index(row, 0), index(row, columnCount() - 1));
        } else if (live) {
            const int newRow = int(m_items.size());
            beginInsertRows({}, newRow, newRow);
            m_rowById.insert(id, newRow);
            m_items.push_back(makeAccountItem(std::move(account).value(), m_userNames));
            endInsertRows();
        } else if (row >= 0) {
            beginRemoveRows({}, row, row);
            m_items.erase(m_items.begin() + row);
            m_rowById.remove(id);
            for (size_t r = size_t(row); r < m_items.size(); ++r)
                m_rowById[m_items[r].account.meta.id] = int(r);
            endRemoveRows();
        }
    }
}

} // namespace kam
