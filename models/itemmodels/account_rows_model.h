// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"
#include "store/row_codec.h"
#include "store/store.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <algorithm>
#include <vector>

namespace kam {

/// Above this many ids in one Store::rowsChanged (a sync page), a model reads its rows again
/// in one query instead of one query and one signal per row.
inline constexpr qsizetype kRowsResetThreshold = 500;

/// The live rows of an account (or of several) in a synced table (its contacts, its team, its
/// activities), kept in step with Store::rowsChanged by row-precise insert/remove/dataChanged
/// signals.
template<typename T>
class AccountRowsModel : public QAbstractTableModel
{
public:
    /// Shows the rows of `accountId` (empty: none).
    Result<void> setAccountId(const QString &accountId)
    {
        return setAccounts(accountId.isEmpty() ? QStringList() : QStringList{accountId});
    }
    /// Shows the rows of all of `accountIds` (an account and its branches).
    Result<void> setAccounts(const QStringList &accountIds)
    {
        std::vector<T> rows;
        Result<void> status;
        for (const QString &id : accountIds) {
            Result<std::vector<T>> loaded = load(id);
            if (!loaded) {
                status = loaded.error();
                rows.clear();
                break;
            }
            std::vector<T> more = std::move(loaded).value();
            rows.insert(rows.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
        }
        beginResetModel();
        m_accountIds = accountIds;
        m_rows = std::move(rows);
        loadDerived();
        endResetModel();
        return status;
    }
    QString accountId() const { return m_accountIds.value(0); }
    QStringList accountIds() const { return m_accountIds; }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : m_columns;
    }

    const T &rowAt(int row) const { return m_rows[size_t(row)]; }
    int rowOf(const QString &id) const
    {
        const auto it = std::find_if(m_rows.begin(), m_rows.end(),
                                     [&](const T &r) { return r.meta.id == id; });
        return it == m_rows.end() ? -1 : int(it - m_rows.begin());
    }

protected:
    AccountRowsModel(Store *store, int columns, QObject *parent)
        : QAbstractTableModel(parent)
        , m_store(store)
        , m_columns(columns)
    {
        connect(store, &Store::rowsChanged, this, &AccountRowsModel::onRowsChanged);
    }

    Store *store() const { return m_store; }
    virtual Result<std::vector<T>> load(const QString &accountId) const = 0;
    /// When the accounts are set, before views see the rows: loads what other tables add to them.
    virtual void loadDerived() {}
    /// After the rows changed, or another table did: for columns that show other rows' data.
    virtual void refreshDerived(const QString &table) { Q_UNUSED(table) }

private:
    void onRowsChanged(const QString &table, const QStringList &ids)
    {
        if (m_accountIds.isEmpty())
            return;
        if (table == tableSpec<T>().table) {
            if (ids.size() > kRowsResetThreshold)
                (void)setAccounts(m_accountIds);
            else
                for (const QString &id : ids)
                    applyChange(id);
        }
        refreshDerived(table);
    }

    void applyChange(const QString &id)
    {
        Result<T> changed = m_store->template get<T>(id);
        const int row = rowOf(id);
        const bool mine = changed.ok() && !changed->meta.isDeleted() && m_accountIds.contains(changed->accountId);
        if (mine && row >= 0) {
            m_rows[size_t(row)] = std::move(changed).value();
            emit dataChanged(index(row, 0), index(row, m_columns - 1));
        } else if (mine) {
            const int newRow = rowCount();
            beginInsertRows({}, newRow, newRow);
            m_rows.push_back(std::move(changed).value());
            endInsertRows();
        } else if (row >= 0) {
            beginRemoveRows({}, row, row);
            m_rows.erase(m_rows.begin() + row);
            endRemoveRows();
        }
    }

    QPointer<Store> m_store;
    int m_columns;
    QStringList m_accountIds;
    std::vector<T> m_rows;
};

} // namespace kam
