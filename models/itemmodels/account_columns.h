// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QHash>
#include <QVariant>

namespace kam {

/// Columns shared by the portfolio table and tree, so both show an account the same way.
enum class AccountColumn {
    LegalName,
    ShortName,
    Kind,
    Tier,
    Lifecycle,
    Industry,
    Region,
    Owner,
    CreditCode,
    AnnualRevenue,
    UpdatedAt,
    Count
};

/// Item data roles of the account models (the filter proxy and views rely on them).
enum AccountRole {
    AccountIdRole = Qt::UserRole + 1, ///< QString id
    AccountSortRole,                  ///< raw value for sorting (enum order, minor units, time)
    AccountSearchRole,                ///< lower-case text the filter matches against
    AccountTierRole,                  ///< int(Tier)
    AccountKindRole,                  ///< int(AccountKind)
    AccountIndustryRole,              ///< QString
    AccountOwnerIdRole,               ///< QString users.id
};

/// An account as shown in a portfolio model: the row plus what is derived once per load.
struct AccountItem
{
    Account account;
    QString ownerName;
    QString searchKey; ///< lower-cased legal name, short name, credit code, region, industry
};

class Store;

/// users.id → name of the live users, for owner and author columns.
QHash<QString, QString> loadUserNames(const Store &store);

AccountItem makeAccountItem(Account account, const QHash<QString, QString> &userNames);

QVariant accountHeaderData(int column, int role);
QVariant accountData(const AccountItem &item, int column, int role);

} // namespace kam
