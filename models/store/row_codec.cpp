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
    const QString text = v.toString();
    // The canonical form is read by hand: a store load parses a million of these, and
    // QDateTime::fromString takes ten times as long. Anything else goes the general way.
    const auto digits = [&](qsizetype at, qsizetype count) {
        int n = 0;
        for (qsizetype i = at; i < at + count; ++i) {
            const int d = text[i].unicode() - u'0';
            if (d < 0 || d > 9)
                return -1;
            n = n * 10 + d;
        }
        return n;
    };
    if (text.size() == 24 && text[4] == u'-' && text[7] == u'-' && text[10] == u'T' && text[13] == u':'
        && text[16] == u':' && text[19] == u'.' && text[23] == u'Z') {
        const QDate day(digits(0, 4), digits(5, 2), digits(8, 2));
        const QTime time(digits(11, 2), digits(14, 2), digits(17, 2), digits(20, 3));
        if (day.isValid() && time.isValid())
            return QDateTime(day, time, Qt::UTC);
    }
    return QDateTime::fromString(text, Qt::ISODateWithMs);
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
        QStringLiteral("owner_id"),
        {QStringLiteral("owner_id")}};
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
        QStringLiteral("user_id"),
        {QStringLiteral("user_id")}};
    return spec;
}

template<>
const TableSpec<Stage> &tableSpec<Stage>()
{
    static const TableSpec<Stage> spec{
        QStringLiteral("pipeline_stages"),
        {column("key", &Stage::key), column("name", &Stage::name),
         column("position", &Stage::position), column("probability", &Stage::probability)}};
    return spec;
}

template<>
const TableSpec<Product> &tableSpec<Product>()
{
    static const TableSpec<Product> spec{
        QStringLiteral("products"),
        {column("name", &Product::name), column("series", &Product::series),
         column("list_price_minor", &Product::listPriceMinor), column("currency", &Product::currency)}};
    return spec;
}

template<>
const TableSpec<Opportunity> &tableSpec<Opportunity>()
{
    static const TableSpec<Opportunity> spec{
        QStringLiteral("opportunities"),
        {column("account_id", &Opportunity::accountId), column("title", &Opportunity::title),
         column("product_ids", &Opportunity::productIds),
         column("amount_minor", &Opportunity::amountMinor), column("currency", &Opportunity::currency),
         column("probability", &Opportunity::probability),
         column("expected_close", &Opportunity::expectedClose), column("owner_id", &Opportunity::ownerId),
         column("stage_id", &Opportunity::stageId), column("source_campaign", &Opportunity::sourceCampaign),
         column("competitor", &Opportunity::competitor), column("status", &Opportunity::status),
         column("reason", &Opportunity::reason), column("next_step", &Opportunity::nextStep),
         column("closed_on", &Opportunity::closedOn)},
        QStringLiteral("account_id"),
        {},
        {QStringLiteral("owner_id")}};
    return spec;
}

template<>
const TableSpec<StageChange> &tableSpec<StageChange>()
{
    static const TableSpec<StageChange> spec{
        QStringLiteral("stage_changes"),
        {column("opportunity_id", &StageChange::opportunityId),
         column("account_id", &StageChange::accountId),
         column("from_stage_id", &StageChange::fromStageId),
         column("to_stage_id", &StageChange::toStageId), column("status", &StageChange::status),
         column("changed_at", &StageChange::changedAt), column("changed_by", &StageChange::changedBy)},
        QStringLiteral("account_id"),
        {},
        {QStringLiteral("changed_by")}};
    return spec;
}

template<>
const TableSpec<Activity> &tableSpec<Activity>()
{
    static const TableSpec<Activity> spec{
        QStringLiteral("activities"),
        {column("account_id", &Activity::accountId), column("kind", &Activity::kind),
         column("occurred_at", &Activity::occurredAt), column("contact_ids", &Activity::contactIds),
         column("opportunity_id", &Activity::opportunityId), column("summary", &Activity::summary),
         column("outcome", &Activity::outcome), column("next_step", &Activity::nextStep),
         column("due_on", &Activity::dueOn), column("done", &Activity::done),
         column("cost_minor", &Activity::costMinor), column("currency", &Activity::currency),
         column("owner_id", &Activity::ownerId)},
        QStringLiteral("account_id"),
        {},
        {QStringLiteral("owner_id")}};
    return spec;
}

template<>
const TableSpec<SalesTarget> &tableSpec<SalesTarget>()
{
    static const TableSpec<SalesTarget> spec{
        QStringLiteral("sales_targets"),
        {column("owner_id", &SalesTarget::ownerId), column("period", &SalesTarget::period),
         column("amount_minor", &SalesTarget::amountMinor), column("currency", &SalesTarget::currency)},
        {},
        {},
        {QStringLiteral("owner_id")}};
    return spec;
}

} // namespace kam
