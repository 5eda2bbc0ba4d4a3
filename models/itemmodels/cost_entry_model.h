// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "domain/result.h"
#include "recomputed_rows.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <vector>

namespace kam {

class Store;

/// An account's cost entries, newest first (the store's order), kept in step with
/// Store::rowsChanged by row-precise signals; only a change of account resets.
class CostEntryModel : public RecomputedRowsModel<QAbstractTableModel>
{
    Q_OBJECT

public:
    enum Column { Day, Kind, Amount, Note, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< QString cost_entries.id
        SortRole,                  ///< raw value: date, kind label, minor units, note
    };

    explicit CostEntryModel(Store *store, QObject *parent = nullptr);

    /// Shows the entries of `accountId` (empty: none).
    Result<void> setAccount(const QString &accountId);
    QString accountId() const { return m_accountId; }
    /// Reads the entries again; done on every change of cost entries.
    Result<void> refresh() override;

    const CostEntry &rowAt(int row) const { return m_rows[size_t(row)]; }
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Result<std::vector<CostEntry>> load() const;

    QPointer<Store> m_store;
    QString m_accountId;
    std::vector<CostEntry> m_rows;
};

} // namespace kam
