// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/agenda.h"
#include "domain/result.h"
#include "recomputed_rows.h"

#include <QAbstractItemModel>
#include <QPointer>

#include <array>
#include <optional>

namespace kam {

class Store;

/// The open next steps due by the end of this week as a two-level tree: the buckets Overdue,
/// Today and This week (with their counts), under each its activities, soonest first.
class AgendaModel : public RecomputedRowsModel<QAbstractItemModel>
{
    Q_OBJECT

public:
    enum Column { Due, AccountName, NextStep, Kind, Owner, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< QString activities.id (activity rows only)
        AccountIdRole,             ///< QString accounts.id (activity rows only)
    };
    /// The buckets shown, in their row order.
    static constexpr std::array kBuckets = {analytics::AgendaBucket::Overdue,
                                            analytics::AgendaBucket::Today,
                                            analytics::AgendaBucket::ThisWeek};

    explicit AgendaModel(Store *store, QObject *parent = nullptr);


    /// Reads the open next steps again (done on every change of activities, accounts, users).
    Result<void> refresh() override;

    /// Next steps in a bucket.
    int count(analytics::AgendaBucket bucket) const;
    /// The index of a bucket's top row.
    QModelIndex bucketIndex(analytics::AgendaBucket bucket) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    /// The number of next steps in a bucket changed.
    void countsChanged();

private:
    struct Item
    {
        Activity activity;
        QString accountName;
        QString ownerName;
    };

    QVariant bucketData(int bucket, int column, int role) const;
    QVariant itemData(const Item &item, int column, int role) const;

    QPointer<Store> m_store;
    std::array<std::vector<Item>, kBuckets.size()> m_items;
};

} // namespace kam
