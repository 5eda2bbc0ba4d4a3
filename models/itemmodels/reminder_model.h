// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/agenda.h"
#include "domain/result.h"
#include "recomputed_rows.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <optional>

namespace kam {

class Store;

/// The accounts that have gone longer without contact than their tier's maintenance interval
/// (analytics::contactReminders), longest overdue first.
class ReminderModel : public RecomputedRowsModel<QAbstractTableModel>
{
    Q_OBJECT

public:
    enum Column { AccountName, Tier, Interval, LastContact, DaysSince, OverdueBy, ColumnCount };
    static constexpr int AccountIdRole = Qt::UserRole + 1;

    explicit ReminderModel(Store *store, QObject *parent = nullptr);


    /// Computes the reminders again: done on every change of activities and accounts; call it
    /// after changing the maintenance rules (they are local settings, which announce nothing).
    Result<void> refresh() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Item
    {
        analytics::ContactReminder reminder;
        QString accountName;
    };

    QPointer<Store> m_store;
    std::vector<Item> m_items;
};

} // namespace kam
