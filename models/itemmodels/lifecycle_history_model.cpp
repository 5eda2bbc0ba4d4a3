// SPDX-License-Identifier: GPL-3.0-or-later
#include "lifecycle_history_model.h"

#include "store/store.h"

#include <QLocale>

namespace kam {

LifecycleHistoryModel::LifecycleHistoryModel(Store *store, QObject *parent)
    : DecisionHistoryModel(store, &Store::lifecycleChanges, Who, parent)
{
}

int LifecycleHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LifecycleHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LifecycleChange &c = row(index.row());
    if (role == IdRole)
        return c.meta.id;
    if (role == Qt::ToolTipRole && index.column() == Reason && !c.reason.isEmpty())
        return c.reason;
    if (role != Qt::DisplayRole)
        return {};
    const std::optional<Lifecycle> proposed = enumFromCode<Lifecycle>(c.proposed);
    switch (Column(index.column())) {
    case When:
        return QLocale().toString(c.changedAt.toLocalTime(), QLocale::ShortFormat);
    case Change:
        // The same stage with a reason is a decision that confirmed it; without one, the
        // record the store writes when an account is made.
        if (c.fromStage == c.toStage)
            return (c.reason.isEmpty() ? tr("%1 (new account)") : tr("%1 (confirmed)")).arg(enumLabel(c.toStage));
        return tr("%1 → %2").arg(enumLabel(c.fromStage), enumLabel(c.toStage));
    case Proposed:
        return proposed ? enumLabel(*proposed) : QString();
    case Reason:
        return c.reason.simplified();
    case Who:
        return userName(c.changedBy);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant LifecycleHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case When:
        return tr("When");
    case Change:
        return tr("From → To");
    case Proposed:
        return tr("Proposed");
    case Reason:
        return tr("Reason");
    case Who:
        return tr("Who");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace kam
