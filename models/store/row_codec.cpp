// SPDX-License-Identifier: GPL-3.0-or-later
#include "row_codec.h"

namespace kam {

QString toStoredTime(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromStoredTime(const QVariant &v)
{
    if (v.isNull())
        return {};
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

template<>
const TableSpec<Account> &tableSpec<Account>()
{
    static const TableSpec<Account> spec{
        QStringLiteral("accounts"),
        {column("legal_name", &Account::legalName), column("short_name", &Account::shortName),
         column("kind", &Account::kind), column("industry", &Account::industry),
         column("region", &Account::region), column("address", &Account::address),
         column("credit_code", &Account::creditCode), column("tax_id", &Account::taxId),
         column("parent_id", &Account::parentId), column("tier", &Account::tier),
         column("lifecycle", &Account::lifecycle), column("owner_id", &Account::ownerId),
         column("currency", &Account::currency),
         column("annual_revenue_minor", &Account::annualRevenueMinor),
         column("notes", &Account::notes)},
        QStringLiteral("id"),
        QStringLiteral("owner_id")};
    return spec;
}

template<>
const TableSpec<Contact> &tableSpec<Contact>()
{
    static const TableSpec<Contact> spec{
        QStringLiteral("contacts"),
        {column("account_id", &Contact::accountId), column("name", &Contact::name),
         column("title", &Contact::title), column("department", &Contact::department),
         column("phone", &Contact::phone), column("email", &Contact::email),
         column("buying_role", &Contact::buyingRole), column("influence", &Contact::influence),
         column("stance", &Contact::stance), column("reports_to_id", &Contact::reportsToId),
         column("active", &Contact::active), column("notes", &Contact::notes)},
        QStringLiteral("account_id")};
    return spec;
}

template<>
const TableSpec<User> &tableSpec<User>()
{
    static const TableSpec<User> spec{
        QStringLiteral("users"), {column("name", &User::name), column("email", &User::email)}};
    return spec;
}

template<>
const TableSpec<TeamMember> &tableSpec<TeamMember>()
{
    static const TableSpec<TeamMember> spec{
        QStringLiteral("account_team"),
        {column("account_id", &TeamMember::accountId), column("user_id", &TeamMember::userId),
         column("role", &TeamMember::role)},
        QStringLiteral("account_id"),
        QStringLiteral("user_id")};
    return spec;
}

} // namespace kam
