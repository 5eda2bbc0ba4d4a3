// SPDX-License-Identifier: GPL-3.0-or-later
#include "account_filter_proxy.h"

#include "account_columns.h"

namespace kam {

namespace {
template<typename E>
QSet<int> toInts(const QSet<E> &values)
{
    QSet<int> out;
    for (E v : values)
        out.insert(int(v));
    return out;
}
} // namespace

AccountFilterProxy::AccountFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(AccountSortRole);
    // Numeric mode: "Distributor 2" before "Distributor 10", as a person expects.
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    setRecursiveFilteringEnabled(true); // in the tree, a matching branch keeps its group visible
}

void AccountFilterProxy::setFilterText(const QString &text)
{
    QStringList terms = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (terms == m_terms)
        return;
    m_terms = std::move(terms);
    // A full invalidate re-sorts only the rows that pass and tells views "layout changed"
    // once; invalidateRowsFilter() would emit a removal per scattered range, which costs a
    // 20k-row table view ~40 ms per keystroke.
    invalidate();
}

template<typename Set>
void AccountFilterProxy::setChips(Set &current, const Set &wanted)
{
    // The view sets every chip dimension on each keystroke: re-filter only on a real change.
    if (current == wanted)
        return;
    current = wanted;
    invalidateRowsFilter();
}

void AccountFilterProxy::setTiers(const QSet<Tier> &tiers)
{
    setChips(m_tiers, toInts(tiers));
}

void AccountFilterProxy::setKinds(const QSet<AccountKind> &kinds)
{
    setChips(m_kinds, toInts(kinds));
}

void AccountFilterProxy::setIndustries(const QSet<QString> &industries)
{
    setChips(m_industries, industries);
}

void AccountFilterProxy::setOwnerIds(const QSet<QString> &ownerIds)
{
    setChips(m_ownerIds, ownerIds);
}

bool AccountFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_tiers.isEmpty() && !m_tiers.contains(idx.data(AccountTierRole).toInt()))
        return false;
    if (!m_kinds.isEmpty() && !m_kinds.contains(idx.data(AccountKindRole).toInt()))
        return false;
    if (!m_industries.isEmpty() && !m_industries.contains(idx.data(AccountIndustryRole).toString()))
        return false;
    if (!m_ownerIds.isEmpty() && !m_ownerIds.contains(idx.data(AccountOwnerIdRole).toString()))
        return false;
    if (m_terms.isEmpty())
        return true;
    const QString key = idx.data(AccountSearchRole).toString();
    return std::all_of(m_terms.begin(), m_terms.end(),
                       [&](const QString &t) { return key.contains(t); });
}

bool AccountFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(AccountSortRole);
    const QVariant r = right.data(AccountSortRole);
    if (l.typeId() == QMetaType::QString)
        return m_collator.compare(l.toString(), r.toString()) < 0;
    return QVariant::compare(l, r) == QPartialOrdering::Less;
}

} // namespace kam
