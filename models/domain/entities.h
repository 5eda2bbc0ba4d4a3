// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enums.h"
#include "money.h"

#include <QDateTime>
#include <QString>

namespace kam {

/// Columns every synced row carries (DESIGN.md "Data rules that keep sync possible").
struct RowMeta
{
    QString id;            ///< UUID made on the client, without braces
    QDateTime createdAt;   ///< UTC
    QDateTime updatedAt;   ///< UTC
    qint64 serverRev = 0;  ///< server revision last synced at; 0 = never synced
    QDateTime deletedAt;   ///< tombstone; null while the row is live

    bool isDeleted() const { return deletedAt.isValid(); }
};

/// A customer organisation; parentId links a branch to its group.
struct Account
{
    RowMeta meta;
    QString legalName;
    QString shortName;
    AccountKind kind = AccountKind::Enterprise;
    QString industry;
    QString region;
    QString address;
    QString creditCode; ///< unified social credit code (GB 32100-2015), 18 characters
    QString taxId;
    QString parentId;
    Tier tier = Tier::Unrated;
    Lifecycle lifecycle = Lifecycle::Prospect;
    QString ownerId;
    QString currency = QStringLiteral("CNY");
    qint64 annualRevenueMinor = 0; ///< the customer's own annual revenue, in `currency`
    QString notes;

    Money annualRevenue() const { return Money{annualRevenueMinor, currency}; }
};

/// A person at an account, placed in the relationship map by reportsToId.
struct Contact
{
    RowMeta meta;
    QString accountId;
    QString name;
    QString title;
    QString department;
    QString phone;
    QString email;
    BuyingRole buyingRole = BuyingRole::Unknown;
    int influence = 3; ///< 1 (little) … 5 (decisive)
    Stance stance = Stance::Unknown;
    QString reportsToId;
    bool active = true; ///< false once the person has left the account
    QString notes;
};

/// A person on our side: a key-account manager or a colleague on an account team.
struct User
{
    RowMeta meta;
    QString name;
    QString email;
};

/// A user's membership of an account team.
struct TeamMember
{
    RowMeta meta;
    QString accountId;
    QString userId;
    TeamRole role = TeamRole::Sales;
};

} // namespace kam
