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

/// The live rows of one account in a synced table (its contacts, its team), kept in step with
/// Store::rowsChanged by row-precise insert/remove/dataChanged signals.
template<typename T>
class AccountRowsModel : public QAbstractTableModel
{
public:
    /// Shows the rows of `accountId` (empty: none).
    Result<void> setAccountId(const QString &accountId)
    {
        Result<std::vector<T>> rows = accountId.isEmpty() ? Result<std::vector<T>>(std::vector<T>{})
                                                          : load(accountId);
        beginResetModel();
        m_accountId = accountId;
        m_rows = rows ? std::move(rows).value() : std::vector<T>{};
        endResetModel();
        if (!rows)
            return rows.error();
        return {};
    }
    QString accountId() const { return m_accountId; }

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
    /// After the rows changed, or another table did: for columns that show other rows' data.
    virtual void refreshDerived(const QString &table) { Q_UNUSED(table) }

private:
    void onRowsChanged(const QString &table, const QStringList &ids)
    {
        if (m_accountId.isEmpty())
            return;
        if (table == tableSpec<T>().table) {
            if (ids.size() > kRowsResetThreshold)
                (void)setAccountId(m_accountId);
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
        const bool mine = changed.ok() && !changed->meta.isDeleted() && changed->accountId == m_accountId;
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
    QString m_accountId;
    std::vector<T> m_rows;
};

} // namespace kam
