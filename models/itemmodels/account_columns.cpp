// SPDX-License-Identifier: GPL-3.0-or-later
#include "account_columns.h"

#include "store/store.h"

#include <QCoreApplication>
#include <QLocale>

namespace kam {

QHash<QString, QString> loadUserNames(const Store &store)
{
    // A failed read shows empty owner names; the account rows themselves report the error.
    Result<QHash<QString, QString>> names = store.userNames();
    return names ? std::move(names).value() : QHash<QString, QString>();
}

AccountItem makeAccountItem(Account account, const QHash<QString, QString> &userNames)
{
    AccountItem item;
    item.ownerName = userNames.value(account.ownerId);
    item.searchKey = QStringList{account.legalName, account.shortName, account.creditCode,
                                 account.region, account.industry}
                         .join(u'\n')
                         .toLower();
    item.account = std::move(account);
    return item;
}

QVariant accountHeaderData(int column, int role)
{
    if (role != Qt::DisplayRole)
        return {};
    static const char *const titles[] = {
        QT_TRANSLATE_NOOP("kam::AccountColumns", "Legal name"),
        QT_TRANSLATE_NOOP("kam::AccountColumns", "Short name"),
        QT_TRANSLATE_NOOP("kam::AccountColumns", "Kind"),
        QT_TRANSLATE_NOOP("kam::AccountColumns", "Tier"),
        QT_TRANSLATE_NOOP("kam::AccountColumns", "Lifecycle"),
        QT_TRANSLATE_NOOP("kam::AccountColumns", "Industry"),
        QT_TRANSLATE_NOOP("kam::AccountColumns", "Region"),
        QT_TRANSLATE_NOOP("kam::AccountColumns", "Owner"),
        QT_TRANSLATE_NOOP("kam::AccountColumns", "Credit code"),
        QT_TRANSLATE_NOOP("kam::AccountColumns", "Annual revenue"),
        QT_TRANSLATE_NOOP("kam::AccountColumns", "Last change"),
    };
    static_assert(std::size(titles) == size_t(AccountColumn::Count));
    if (column < 0 || column >= int(AccountColumn::Count))
        return {};
    return QCoreApplication::translate("kam::AccountColumns", titles[column]);
}

QVariant accountData(const AccountItem &item, int column, int role)
{
    const Account &a = item.account;
    switch (role) {
    case AccountIdRole:
        return a.meta.id;
    case AccountSearchRole:
        return item.searchKey;
    case AccountTierRole:
        return int(a.tier);
    case AccountKindRole:
        return int(a.kind);
    case AccountIndustryRole:
        return a.industry;
    case AccountOwnerIdRole:
        return a.ownerId;
    case Qt::TextAlignmentRole:
        return column == int(AccountColumn::AnnualRevenue)
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    case Qt::ToolTipRole:
        return column == int(AccountColumn::LegalName) ? QVariant(a.legalName) : QVariant();
    case Qt::DisplayRole:
    case AccountSortRole:
        break;
    default:
        return {};
    }
    const bool sort = role == AccountSortRole;
    switch (AccountColumn(column)) {
    case AccountColumn::LegalName:
        return a.legalName;
    case AccountColumn::ShortName:
        return a.shortName;
    case AccountColumn::Kind:
        return sort ? QVariant(int(a.kind)) : QVariant(enumLabel(a.kind));
    case AccountColumn::Tier:
        return sort ? QVariant(int(a.tier)) : QVariant(enumLabel(a.tier));
    case AccountColumn::Lifecycle:
        return sort ? QVariant(int(a.lifecycle)) : QVariant(enumLabel(a.lifecycle));
    case AccountColumn::Industry:
        return a.industry;
    case AccountColumn::Region:
        return a.region;
    case AccountColumn::Owner:
        return item.ownerName;
    case AccountColumn::CreditCode:
        return a.creditCode;
    case AccountColumn::AnnualRevenue:
        return sort ? QVariant(a.annualRevenueMinor) : QVariant(formatMoney(a.annualRevenue()));
    case AccountColumn::UpdatedAt:
        return sort ? QVariant(a.meta.updatedAt)
                    : QVariant(QLocale().toString(a.meta.updatedAt.toLocalTime(), QLocale::ShortFormat));
    case AccountColumn::Count:
        break;
    }
    return {};
}

} // namespace kam
