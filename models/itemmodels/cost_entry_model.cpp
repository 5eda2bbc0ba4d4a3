// SPDX-License-Identifier: GPL-3.0-or-later
#include "cost_entry_model.h"

#include "domain/money.h"
#include "store/row_codec.h"
#include "store/store.h"

#include <QLocale>

namespace kam {

CostEntryModel::CostEntryModel(Store *store, QObject *parent)
    : RecomputedRowsModel(parent)
    , m_store(store)
{
    connect(store, &Store::rowsChanged, this, [this](const QString &table) {
        // An account deleted or restored takes its entries with it (costEntries reads live
        // accounts only).
        if (table == tableSpec<CostEntry>().table || table == tableSpec<Account>().table)
            (void)refresh();
    });
}

Result<std::vector<CostEntry>> CostEntryModel::load() const
{
    if (m_accountId.isEmpty() || !m_store)
        return std::vector<CostEntry>{};
    return m_store->costEntries({m_accountId});
}

Result<void> CostEntryModel::setAccount(const QString &accountId)
{
    m_accountId = accountId;
    Result<std::vector<CostEntry>> rows = load();
    beginResetModel();
    m_rows = rows ? std::move(rows).value() : std::vector<CostEntry>{};
    endResetModel();
    if (!rows)
        return rows.error();
    return {};
}

Result<void> CostEntryModel::refresh()
{
    if (m_accountId.isEmpty())
        return {};
    Result<std::vector<CostEntry>> next = load();
    if (!next)
        return next.error();
    syncRows(
        {}, m_rows, *next, [](const CostEntry &e) { return e.meta.id; },
        [](const CostEntry &a, const CostEntry &b) { return sameFields(a, b); });
    return {};
}

int CostEntryModel::rowOf(const QString &id) const
{
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].meta.id == id)
            return int(i);
    return -1;
}

int CostEntryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CostEntryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CostEntryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CostEntry &e = m_rows[size_t(index.row())];
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Day:
            return locale.toString(e.incurredOn, QLocale::ShortFormat);
        case Kind:
            return enumLabel(e.kind);
        case Amount:
            return formatMoney(e.amount(), locale);
        case Note:
            return e.note;
        case ColumnCount:
            break;
        }
        return {};
    case SortRole:
        switch (Column(index.column())) {
        case Day:
            return e.incurredOn;
        case Kind:
            return enumLabel(e.kind);
        case Amount:
            return e.amountMinor;
        case Note:
            return e.note;
        case ColumnCount:
            break;
        }
        return {};
    case IdRole:
        return e.meta.id;
    case Qt::TextAlignmentRole:
        return index.column() == Amount ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

QVariant CostEntryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Day:
        return tr("Day");
    case Kind:
        return tr("Kind");
    case Amount:
        return tr("Amount");
    case Note:
        return tr("Note");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace kam
