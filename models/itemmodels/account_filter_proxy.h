// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/enums.h"

#include <QCollator>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace kam {

/// Filter-as-you-type plus chip filters over an account model (table or tree), using the
/// AccountRole roles. Every whitespace-separated term must occur in AccountSearchRole; an
/// empty chip set means "any".
class AccountFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit AccountFilterProxy(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    void setTiers(const QSet<Tier> &tiers);
    void setKinds(const QSet<AccountKind> &kinds);
    void setIndustries(const QSet<QString> &industries);
    void setOwnerIds(const QSet<QString> &ownerIds);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    template<typename Set>
    void setChips(Set &current, const Set &wanted);

    QCollator m_collator;
    QStringList m_terms;
    QSet<int> m_tiers;
    QSet<int> m_kinds;
    QSet<QString> m_industries;
    QSet<QString> m_ownerIds;
};

} // namespace kam
