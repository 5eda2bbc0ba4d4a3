// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account_rows_model.h"

#include <QHash>

namespace kam {

/// The timeline of an account and its branches: their live activities. Rows come in no
/// particular order; views sort by SortRole.
class ActivityModel : public AccountRowsModel<Activity>
{
    Q_OBJECT

public:
    enum Column { Date, Kind, AccountName, ContactNames, Summary, Outcome, NextStep, Due, Done, Cost,
                  ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< QString activities.id
        SortRole,                  ///< raw value for sorting (time, date, minor units)
    };

    explicit ActivityModel(Store *store, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// Ticking Done writes nothing here: it emits doneToggleRequested, the view pushes the undo
    /// command, and the row follows the store.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void doneToggleRequested(const QString &activityId, bool done);

protected:
    Result<std::vector<Activity>> load(const QString &accountId) const override;
    void loadDerived() override;
    void refreshDerived(const QString &table) override;

private:
    QString contactNames(const Activity &a) const;

    QHash<QString, QString> m_accountNames;
    QHash<QString, QString> m_contactNames;
};

/// True when the activity leads to a next step (text or due date) that can be marked done.
bool hasNextStep(const Activity &a);

} // namespace kam
