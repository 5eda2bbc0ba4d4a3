// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account_columns.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <vector>

namespace kam {

class Store;

/// Flat list of the live accounts of the store; follows Store::rowsChanged with
/// row-precise insert/remove/dataChanged signals.
class AccountTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit AccountTableModel(Store *store, QObject *parent = nullptr);

    /// Loads every live account; returns the store's error if the read failed.
    Result<void> reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// Row of an account id, or -1.
    int rowOf(const QString &id) const;
    const Account &accountAt(int row) const { return m_items[size_t(row)].account; }

private:
    void onRowsChanged(const QString &table, const QStringList &ids);

    QPointer<Store> m_store;
    std::vector<AccountItem> m_items;
    QHash<QString, int> m_rowById;
    QHash<QString, QString> m_userNames;
};

} // namespace kam
