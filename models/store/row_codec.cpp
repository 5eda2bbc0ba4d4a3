// SPDX-License-Identifier: GPL-3.0-or-later
#include "row_codec.h"

namespace kam {

namespace {

/// Writes `value` as `digits` decimal digits into text[at…]: the stored times and dates are
/// written by hand, since every row written has several and Qt's formatters parse a format on
/// each call.
void putDigits(char16_t *text, int at, int value, int digits)
{
    for (int i = digits - 1; i >= 0; --i, value /= 10)
        text[at + i] = char16_t(u'0' + value % 10);
}

} // namespace

QString toStoredDate(const QDate &d)
{
    if (!d.isValid())
        return {};
    if (d.year() < 1 || d.year() > 9999)
        return d.toString(Qt::ISODate);
    char16_t text[11] = u"0000-00-00";
    putDigits(text, 0, d.year(), 4);
    putDigits(text, 5, d.month(), 2);
    putDigits(text, 8, d.day(), 2);
    return QString(reinterpret_cast<const QChar *>(text), 10);
}

QString toStoredTime(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    const QDateTime utc = t.toUTC();
    const QDate day = utc.date();
    const QTime time = utc.time();
    if (day.year() < 1 || day.year() > 9999)
        return utc.toString(Qt::ISODateWithMs);
    // Same text as Qt::ISODateWithMs in UTC.
    char16_t text[25] = u"0000-00-00T00:00:00.000Z";
    putDigits(text, 0, day.year(), 4);
    putDigits(text, 5, day.month(), 2);
    putDigits(text, 8, day.day(), 2);
    putDigits(text, 11, time.hour(), 2);
    putDigits(text, 14, time.minute(), 2);
    putDigits(text, 17, time.second(), 2);
    putDigits(text, 20, time.msec(), 3);
    return QString(reinterpret_cast<const QChar *>(text), 24);
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
         column("notes", &Account::notes),
         column("payment_overdue_days", &Account::paymentOverdueDays),
         column("strategic_fit", &Account::strategicFit)},
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
         column("active", &Contact::active), column("notes", &Contact::notes),
         column("relationship", &Contact::relationship), column("map_position", &Contact::mapPosition)},
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

template<>
const TableSpec<Plan> &tableSpec<Plan>()
{
    static const TableSpec<Plan> spec{
        QStringLiteral("plans"),
        {column("account_id", &Plan::accountId), column("period", &Plan::period),
         column("title", &Plan::title), column("status", &Plan::status),
         column("version", &Plan::version), column("owner_id", &Plan::ownerId),
         column("summary", &Plan::summary), column("strengths", &Plan::strengths),
         column("weaknesses", &Plan::weaknesses), column("opportunities", &Plan::opportunities),
         column("threats", &Plan::threats), column("currency", &Plan::currency),
         column("revenue_baseline_minor", &Plan::revenueBaselineMinor),
         column("revenue_target_minor", &Plan::revenueTargetMinor),
         column("margin_baseline", &Plan::marginBaseline), column("margin_target", &Plan::marginTarget),
         column("wallet_baseline", &Plan::walletBaseline), column("wallet_target", &Plan::walletTarget),
         column("previous_plan_id", &Plan::previousPlanId)},
        QStringLiteral("account_id"),
        {},
        {QStringLiteral("owner_id")}};
    return spec;
}

template<>
const TableSpec<PlanObjective> &tableSpec<PlanObjective>()
{
    static const TableSpec<PlanObjective> spec{
        QStringLiteral("plan_objectives"),
        {column("plan_id", &PlanObjective::planId), column("account_id", &PlanObjective::accountId),
         column("position", &PlanObjective::position), column("title", &PlanObjective::title),
         column("measure", &PlanObjective::measure), column("baseline", &PlanObjective::baseline),
         column("target", &PlanObjective::target), column("progress", &PlanObjective::progress)},
        QStringLiteral("account_id")};
    return spec;
}

template<>
const TableSpec<PlanAction> &tableSpec<PlanAction>()
{
    static const TableSpec<PlanAction> spec{
        QStringLiteral("plan_actions"),
        {column("plan_id", &PlanAction::planId), column("account_id", &PlanAction::accountId),
         column("objective_id", &PlanAction::objectiveId), column("position", &PlanAction::position),
         column("title", &PlanAction::title), column("owner_id", &PlanAction::ownerId),
         column("due_on", &PlanAction::dueOn), column("status", &PlanAction::status)},
        QStringLiteral("account_id"),
        {},
        {QStringLiteral("owner_id")}};
    return spec;
}

template<>
const TableSpec<PlanRisk> &tableSpec<PlanRisk>()
{
    static const TableSpec<PlanRisk> spec{
        QStringLiteral("plan_risks"),
        {column("plan_id", &PlanRisk::planId), column("account_id", &PlanRisk::accountId),
         column("title", &PlanRisk::title), column("likelihood", &PlanRisk::likelihood),
         column("impact", &PlanRisk::impact), column("mitigation", &PlanRisk::mitigation)},
        QStringLiteral("account_id")};
    return spec;
}

template<>
const TableSpec<WhitespaceCell> &tableSpec<WhitespaceCell>()
{
    static const TableSpec<WhitespaceCell> spec{
        QStringLiteral("whitespace_cells"),
        {column("plan_id", &WhitespaceCell::planId), column("account_id", &WhitespaceCell::accountId),
         column("product_line", &WhitespaceCell::productLine), column("segment", &WhitespaceCell::segment),
         column("state", &WhitespaceCell::state), column("competitor", &WhitespaceCell::competitor),
         column("value_minor", &WhitespaceCell::valueMinor)},
        QStringLiteral("account_id")};
    return spec;
}

template<>
const TableSpec<PlanChange> &tableSpec<PlanChange>()
{
    static const TableSpec<PlanChange> spec{
        QStringLiteral("plan_changes"),
        {column("plan_id", &PlanChange::planId), column("account_id", &PlanChange::accountId),
         column("version", &PlanChange::version), column("status", &PlanChange::status),
         column("changed_at", &PlanChange::changedAt), column("changed_by", &PlanChange::changedBy)},
        QStringLiteral("account_id"),
        {},
        {QStringLiteral("changed_by")}};
    return spec;
}

template<>
const TableSpec<SatisfactionResponse> &tableSpec<SatisfactionResponse>()
{
    static const TableSpec<SatisfactionResponse> spec{
        QStringLiteral("satisfaction_responses"),
        {column("account_id", &SatisfactionResponse::accountId),
         column("contact_id", &SatisfactionResponse::contactId),
         column("responded_on", &SatisfactionResponse::respondedOn),
         column("source", &SatisfactionResponse::source),
         column("recommend", &SatisfactionResponse::recommend),
         column("satisfaction", &SatisfactionResponse::satisfaction),
         column("dimension_scores", &SatisfactionResponse::dimensionScores),
         column("comment", &SatisfactionResponse::comment)},
        QStringLiteral("account_id")};
    return spec;
}

template<>
const TableSpec<LifecycleChange> &tableSpec<LifecycleChange>()
{
    static const TableSpec<LifecycleChange> spec{
        QStringLiteral("lifecycle_changes"),
        {column("account_id", &LifecycleChange::accountId),
         column("from_stage", &LifecycleChange::fromStage), column("to_stage", &LifecycleChange::toStage),
         column("proposed", &LifecycleChange::proposed), column("reason", &LifecycleChange::reason),
         column("changed_at", &LifecycleChange::changedAt),
         column("changed_by", &LifecycleChange::changedBy)},
        QStringLiteral("account_id"),
        {},
        {QStringLiteral("changed_by")}};
    return spec;
}

template<>
const TableSpec<WarningReview> &tableSpec<WarningReview>()
{
    static const TableSpec<WarningReview> spec{
        QStringLiteral("warning_reviews"),
        {column("account_id", &WarningReview::accountId), column("kind", &WarningReview::kind),
         column("score", &WarningReview::score), column("signals", &WarningReview::signalCodes),
         column("snoozed_until", &WarningReview::snoozedUntil), column("note", &WarningReview::note),
         column("reviewed_at", &WarningReview::reviewedAt),
         column("reviewed_by", &WarningReview::reviewedBy)},
        QStringLiteral("account_id"),
        {},
        {QStringLiteral("reviewed_by")}};
    return spec;
}

template<>
const TableSpec<ValueModel> &tableSpec<ValueModel>()
{
    static const TableSpec<ValueModel> spec{
        QStringLiteral("value_models"),
        {column("name", &ValueModel::name), column("definition", &ValueModel::definition)}};
    return spec;
}

template<>
const TableSpec<TierChange> &tableSpec<TierChange>()
{
    static const TableSpec<TierChange> spec{
        QStringLiteral("tier_changes"),
        {column("account_id", &TierChange::accountId), column("from_tier", &TierChange::fromTier),
         column("to_tier", &TierChange::toTier), column("proposed", &TierChange::proposed),
         column("score", &TierChange::score), column("model_name", &TierChange::modelName),
         column("reason", &TierChange::reason), column("changed_at", &TierChange::changedAt),
         column("changed_by", &TierChange::changedBy)},
        QStringLiteral("account_id"),
        {},
        {QStringLiteral("changed_by")}};
    return spec;
}

template<>
const TableSpec<CostEntry> &tableSpec<CostEntry>()
{
    static const TableSpec<CostEntry> spec{
        QStringLiteral("cost_entries"),
        {column("account_id", &CostEntry::accountId), column("incurred_on", &CostEntry::incurredOn),
         column("kind", &CostEntry::kind), column("amount_minor", &CostEntry::amountMinor),
         column("currency", &CostEntry::currency), column("note", &CostEntry::note)},
        QStringLiteral("account_id")};
    return spec;
}

template<>
const TableSpec<Campaign> &tableSpec<Campaign>()
{
    static const TableSpec<Campaign> spec{
        QStringLiteral("campaigns"),
        {column("name", &Campaign::name), column("channel", &Campaign::channel),
         column("starts_on", &Campaign::startsOn), column("ends_on", &Campaign::endsOn),
         column("cost_minor", &Campaign::costMinor), column("currency", &Campaign::currency),
         column("notes", &Campaign::notes)}};
    return spec;
}

template<>
const TableSpec<CampaignMember> &tableSpec<CampaignMember>()
{
    static const TableSpec<CampaignMember> spec{
        QStringLiteral("campaign_members"),
        {column("campaign_id", &CampaignMember::campaignId), column("account_id", &CampaignMember::accountId),
         column("contact_id", &CampaignMember::contactId), column("responded_on", &CampaignMember::respondedOn),
         column("response", &CampaignMember::response)},
        QStringLiteral("account_id")};
    return spec;
}

template<>
const TableSpec<ExportRecord> &tableSpec<ExportRecord>()
{
    static const TableSpec<ExportRecord> spec{
        QStringLiteral("export_log"),
        {column("what", &ExportRecord::what), column("format", &ExportRecord::format),
         column("rows", &ExportRecord::rows), column("destination", &ExportRecord::destination),
         column("exported_at", &ExportRecord::exportedAt), column("exported_by", &ExportRecord::exportedBy)},
        {},
        {},
        {QStringLiteral("exported_by")}};
    return spec;
}

} // namespace kam
