// SPDX-License-Identifier: GPL-3.0-or-later
#include "tier_history_model.h"

#include "store/store.h"

#include <QLocale>

namespace kam {

TierHistoryModel::TierHistoryModel(Store *store, QObject *parent)
    : DecisionHistoryModel(store, &Store::tierChanges, Who, parent)
{
}

int TierHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TierHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TierChange &c = row(index.row());
    if (role == IdRole)
        return c.meta.id;
    if (role == Qt::ToolTipRole && index.column() == Reason && !c.reason.isEmpty())
        return c.reason;
    if (role == Qt::TextAlignmentRole && index.column() == Score)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const std::optional<Tier> proposed = enumFromCode<Tier>(c.proposed);
    switch (Column(index.column())) {
    case When:
        return QLocale().toString(c.changedAt.toLocalTime(), QLocale::ShortFormat);
    case Change:
        if (c.fromTier == c.toTier)
            return tr("%1 (confirmed)").arg(enumLabel(c.toTier));
        return tr("%1 → %2").arg(enumLabel(c.fromTier), enumLabel(c.toTier));
    case Proposed:
        return proposed ? enumLabel(*proposed) : QString();
    case Score:
        return c.score < 0 ? QString() : QLocale().toString(c.score, 'f', 1);
    case Model:
        return c.modelName;
    case Reason:
        return c.reason.simplified();
    case Who:
        return userName(c.changedBy);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TierHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
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
    case Score:
        return tr("Score");
    case Model:
        return tr("Model");
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
