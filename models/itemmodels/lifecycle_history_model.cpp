// SPDX-License-Identifier: GPL-3.0-or-later
#include "lifecycle_history_model.h"

#include "store/store.h"

#include <QLocale>

namespace kam {

LifecycleHistoryModel::LifecycleHistoryModel(Store *store, QObject *parent)
    : RecomputedRowsModel(parent)
    , m_store(store)
{
    connect(store, &Store::rowsChanged, this, [this](const QString &table) {
        if (!m_accountId.isEmpty() && (table == u"lifecycle_changes" || table == u"users"))
            (void)refresh();
    });
}

Result<void> LifecycleHistoryModel::setAccount(const QString &accountId)
{
    if (accountId == m_accountId)
        return {};
    beginResetModel();
    m_accountId = accountId;
    m_rows.clear();
    endResetModel();
    return refresh();
}

Result<void> LifecycleHistoryModel::refresh()
{
    std::vector<LifecycleChange> next;
    if (!m_accountId.isEmpty()) {
        Result<std::vector<LifecycleChange>> rows = m_store->lifecycleChanges(m_accountId);
        if (!rows)
            return rows.error();
        next = std::move(rows).value();
        Result<QHash<QString, QString>> names = m_store->userNames();
        if (!names)
            return names.error();
        if (*names != m_userNames && !m_rows.empty()) {
            m_userNames = std::move(names).value();
            emit dataChanged(index(0, Who), index(rowCount() - 1, Who));
        } else {
            m_userNames = std::move(names).value();
        }
    }
    syncRows({}, m_rows, next, [](const LifecycleChange &c) { return c.meta.id; },
             [](const LifecycleChange &a, const LifecycleChange &b) {
                 return a.fromStage == b.fromStage && a.toStage == b.toStage && a.proposed == b.proposed
                        && a.reason == b.reason && a.changedAt == b.changedAt && a.changedBy == b.changedBy;
             });
    return {};
}

int LifecycleHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LifecycleHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LifecycleHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LifecycleChange &c = m_rows[size_t(index.row())];
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
        return m_userNames.value(c.changedBy, c.changedBy);
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
