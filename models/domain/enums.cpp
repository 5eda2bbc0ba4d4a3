// SPDX-License-Identifier: GPL-3.0-or-later
#include "enums.h"

#include <QCoreApplication>

namespace kam {

namespace {
constexpr const char *kContext = "kam::Labels";

constexpr EnumEntry<AccountKind> kKinds[] = {
    {AccountKind::Enterprise, "enterprise", QT_TRANSLATE_NOOP("kam::Labels", "Enterprise")},
    {AccountKind::Channel, "channel", QT_TRANSLATE_NOOP("kam::Labels", "Channel partner")},
    {AccountKind::Consumer, "consumer", QT_TRANSLATE_NOOP("kam::Labels", "Consumer")},
    {AccountKind::Internal, "internal", QT_TRANSLATE_NOOP("kam::Labels", "Internal")},
};
constexpr EnumEntry<Tier> kTiers[] = {
    {Tier::Unrated, "unrated", QT_TRANSLATE_NOOP("kam::Labels", "Unrated")},
    {Tier::Core, "core", QT_TRANSLATE_NOOP("kam::Labels", "Core")},
    {Tier::Key, "key", QT_TRANSLATE_NOOP("kam::Labels", "Key")},
    {Tier::Ordinary, "ordinary", QT_TRANSLATE_NOOP("kam::Labels", "Ordinary")},
    {Tier::Potential, "potential", QT_TRANSLATE_NOOP("kam::Labels", "Potential")},
};
constexpr EnumEntry<Lifecycle> kLifecycles[] = {
    {Lifecycle::Prospect, "prospect", QT_TRANSLATE_NOOP("kam::Labels", "Prospect")},
    {Lifecycle::Developing, "developing", QT_TRANSLATE_NOOP("kam::Labels", "Developing")},
    {Lifecycle::Mature, "mature", QT_TRANSLATE_NOOP("kam::Labels", "Mature")},
    {Lifecycle::Declining, "declining", QT_TRANSLATE_NOOP("kam::Labels", "Declining")},
    {Lifecycle::Lost, "lost", QT_TRANSLATE_NOOP("kam::Labels", "Lost")},
};
constexpr EnumEntry<Stance> kStances[] = {
    {Stance::Unknown, "unknown", QT_TRANSLATE_NOOP("kam::Labels", "Unknown")},
    {Stance::Champion, "champion", QT_TRANSLATE_NOOP("kam::Labels", "Champion")},
    {Stance::Supporter, "supporter", QT_TRANSLATE_NOOP("kam::Labels", "Supporter")},
    {Stance::Neutral, "neutral", QT_TRANSLATE_NOOP("kam::Labels", "Neutral")},
    {Stance::Blocker, "blocker", QT_TRANSLATE_NOOP("kam::Labels", "Blocker")},
};
constexpr EnumEntry<BuyingRole> kRoles[] = {
    {BuyingRole::Unknown, "unknown", QT_TRANSLATE_NOOP("kam::Labels", "Unknown")},
    {BuyingRole::DecisionMaker, "decision_maker", QT_TRANSLATE_NOOP("kam::Labels", "Decision maker")},
    {BuyingRole::Influencer, "influencer", QT_TRANSLATE_NOOP("kam::Labels", "Influencer")},
    {BuyingRole::User, "user", QT_TRANSLATE_NOOP("kam::Labels", "User")},
    {BuyingRole::TechnicalBuyer, "technical_buyer", QT_TRANSLATE_NOOP("kam::Labels", "Technical buyer")},
    {BuyingRole::Gatekeeper, "gatekeeper", QT_TRANSLATE_NOOP("kam::Labels", "Gatekeeper")},
    {BuyingRole::Coach, "coach", QT_TRANSLATE_NOOP("kam::Labels", "Coach")},
};
constexpr EnumEntry<TeamRole> kTeamRoles[] = {
    {TeamRole::Lead, "lead", QT_TRANSLATE_NOOP("kam::Labels", "Account lead")},
    {TeamRole::Sales, "sales", QT_TRANSLATE_NOOP("kam::Labels", "Sales")},
    {TeamRole::Service, "service", QT_TRANSLATE_NOOP("kam::Labels", "Customer service")},
    {TeamRole::Technical, "technical", QT_TRANSLATE_NOOP("kam::Labels", "Technical support")},
    {TeamRole::Sponsor, "sponsor", QT_TRANSLATE_NOOP("kam::Labels", "Executive sponsor")},
};
constexpr EnumEntry<DealStatus> kDealStatuses[] = {
    {DealStatus::Open, "open", QT_TRANSLATE_NOOP3("kam::Labels", "Open", "deal status")},
    {DealStatus::Won, "won", QT_TRANSLATE_NOOP3("kam::Labels", "Won", "deal status")},
    {DealStatus::Lost, "lost", QT_TRANSLATE_NOOP3("kam::Labels", "Lost", "deal status")},
};
constexpr EnumEntry<ActivityKind> kActivityKinds[] = {
    {ActivityKind::Visit, "visit", QT_TRANSLATE_NOOP("kam::Labels", "Visit")},
    {ActivityKind::Call, "call", QT_TRANSLATE_NOOP("kam::Labels", "Call")},
    {ActivityKind::Meeting, "meeting", QT_TRANSLATE_NOOP("kam::Labels", "Meeting")},
    {ActivityKind::Sample, "sample", QT_TRANSLATE_NOOP("kam::Labels", "Samples sent")},
    {ActivityKind::ServiceCase, "service_case", QT_TRANSLATE_NOOP("kam::Labels", "Service case")},
    {ActivityKind::Email, "email", QT_TRANSLATE_NOOP("kam::Labels", "E-mail")},
};
constexpr EnumEntry<PlanStatus> kPlanStatuses[] = {
    {PlanStatus::Draft, "draft", QT_TRANSLATE_NOOP("kam::Labels", "Draft")},
    {PlanStatus::InReview, "in_review", QT_TRANSLATE_NOOP("kam::Labels", "In review")},
    {PlanStatus::Approved, "approved", QT_TRANSLATE_NOOP("kam::Labels", "Approved")},
};
constexpr EnumEntry<ActionStatus> kActionStatuses[] = {
    {ActionStatus::Open, "open", QT_TRANSLATE_NOOP3("kam::Labels", "Open", "action status")},
    {ActionStatus::InProgress, "in_progress", QT_TRANSLATE_NOOP("kam::Labels", "In progress")},
    {ActionStatus::Done, "done", QT_TRANSLATE_NOOP3("kam::Labels", "Done", "action status")},
    {ActionStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("kam::Labels", "Cancelled")},
};
constexpr EnumEntry<Whitespace> kWhitespace[] = {
    {Whitespace::Potential, "potential", QT_TRANSLATE_NOOP3("kam::Labels", "Potential", "whitespace")},
    {Whitespace::Ours, "ours", QT_TRANSLATE_NOOP("kam::Labels", "Buys from us")},
    {Whitespace::Competitor, "competitor", QT_TRANSLATE_NOOP("kam::Labels", "Buys from a competitor")},
    {Whitespace::NotRelevant, "not_relevant", QT_TRANSLATE_NOOP("kam::Labels", "Not relevant")},
};
constexpr EnumEntry<ResponseSource> kResponseSources[] = {
    {ResponseSource::Survey, "survey", QT_TRANSLATE_NOOP("kam::Labels", "Survey")},
    {ResponseSource::Visit, "visit", QT_TRANSLATE_NOOP("kam::Labels", "Visit rating")},
    {ResponseSource::ServiceCase, "service_case", QT_TRANSLATE_NOOP("kam::Labels", "Service case rating")},
};
constexpr EnumEntry<ChurnSignal> kChurnSignals[] = {
    {ChurnSignal::NpsDrop, "nps_drop", QT_TRANSLATE_NOOP("kam::Labels", "NPS falling")},
    {ChurnSignal::SatisfactionDrop, "satisfaction_drop", QT_TRANSLATE_NOOP("kam::Labels", "Satisfaction falling")},
    {ChurnSignal::RevenueDrop, "revenue_drop", QT_TRANSLATE_NOOP("kam::Labels", "Revenue falling")},
    {ChurnSignal::NoContact, "no_contact", QT_TRANSLATE_NOOP("kam::Labels", "No contact")},
    {ChurnSignal::StalledDeals, "stalled_deals", QT_TRANSLATE_NOOP("kam::Labels", "Stalled deals")},
    {ChurnSignal::KeyContactLost, "key_contact", QT_TRANSLATE_NOOP("kam::Labels", "Key contact left or no champion")},
    {ChurnSignal::OpenServiceCases, "service_cases", QT_TRANSLATE_NOOP("kam::Labels", "Open service cases")},
    {ChurnSignal::PaymentOverdue, "payment_overdue", QT_TRANSLATE_NOOP("kam::Labels", "Payment overdue")},
};
constexpr EnumEntry<WarningReviewKind> kWarningReviews[] = {
    {WarningReviewKind::Acknowledged, "acknowledged", QT_TRANSLATE_NOOP("kam::Labels", "Acknowledged")},
    {WarningReviewKind::Snoozed, "snoozed", QT_TRANSLATE_NOOP("kam::Labels", "Snoozed")},
};
constexpr EnumEntry<ScoringMethod> kScoringMethods[] = {
    {ScoringMethod::WeightedSum, "weighted_sum", QT_TRANSLATE_NOOP("kam::Labels", "Weighted sum")},
    {ScoringMethod::Fuzzy, "fuzzy", QT_TRANSLATE_NOOP("kam::Labels", "Fuzzy comprehensive evaluation")},
    {ScoringMethod::Grey, "grey", QT_TRANSLATE_NOOP("kam::Labels", "Grey relational analysis")},
};
constexpr EnumEntry<ValueCriterion> kValueCriteria[] = {
    {ValueCriterion::Revenue, "revenue", QT_TRANSLATE_NOOP("kam::Labels", "Revenue")},
    {ValueCriterion::GrossMargin, "gross_margin", QT_TRANSLATE_NOOP("kam::Labels", "Gross margin")},
    {ValueCriterion::Growth, "growth", QT_TRANSLATE_NOOP("kam::Labels", "Growth")},
    {ValueCriterion::ShareOfWallet, "share_of_wallet", QT_TRANSLATE_NOOP("kam::Labels", "Share of wallet")},
    {ValueCriterion::StrategicFit, "strategic_fit", QT_TRANSLATE_NOOP("kam::Labels", "Strategic fit")},
    {ValueCriterion::PaymentRecord, "payment_record", QT_TRANSLATE_NOOP("kam::Labels", "Payment record")},
    {ValueCriterion::RelationshipStrength, "relationship", QT_TRANSLATE_NOOP("kam::Labels", "Relationship strength")},
    {ValueCriterion::Satisfaction, "satisfaction", QT_TRANSLATE_NOOP("kam::Labels", "Satisfaction")},
};
constexpr EnumEntry<CostKind> kCostKinds[] = {
    {CostKind::GoodsCost, "goods", QT_TRANSLATE_NOOP("kam::Labels", "Cost of goods")},
    {CostKind::Discount, "discount", QT_TRANSLATE_NOOP("kam::Labels", "Discounts")},
    {CostKind::Logistics, "logistics", QT_TRANSLATE_NOOP("kam::Labels", "Logistics")},
    {CostKind::Service, "service", QT_TRANSLATE_NOOP("kam::Labels", "Service")},
    {CostKind::Other, "other", QT_TRANSLATE_NOOP("kam::Labels", "Other cost")},
};
constexpr EnumEntry<CampaignChannel> kCampaignChannels[] = {
    {CampaignChannel::Exhibition, "exhibition", QT_TRANSLATE_NOOP("kam::Labels", "Trade fair")},
    {CampaignChannel::Seminar, "seminar", QT_TRANSLATE_NOOP("kam::Labels", "Seminar")},
    {CampaignChannel::Email, "email", QT_TRANSLATE_NOOP("kam::Labels", "E-mail")},
    {CampaignChannel::Online, "online", QT_TRANSLATE_NOOP("kam::Labels", "Online")},
    {CampaignChannel::Telemarketing, "telemarketing", QT_TRANSLATE_NOOP("kam::Labels", "Telemarketing")},
    {CampaignChannel::Print, "print", QT_TRANSLATE_NOOP("kam::Labels", "Print")},
    {CampaignChannel::Other, "other", QT_TRANSLATE_NOOP("kam::Labels", "Other")},
};
} // namespace

#define KAM_ENUM_TABLE(Type, table)                                                                \
    template<>                                                                                     \
    std::span<const EnumEntry<Type>> enumEntries<Type>()                                           \
    {                                                                                              \
        return table;                                                                              \
    }                                                                                              \
    template<>                                                                                     \
    QString enumLabel<Type>(Type value)                                                            \
    {                                                                                              \
        for (const auto &e : table)                                                                \
            if (e.value == value)                                                                  \
                return QCoreApplication::translate(kContext, e.label.source, e.label.disambiguation); \
        return {};                                                                                 \
    }

KAM_ENUM_TABLE(AccountKind, kKinds)
KAM_ENUM_TABLE(Tier, kTiers)
KAM_ENUM_TABLE(DealStatus, kDealStatuses)
KAM_ENUM_TABLE(ActivityKind, kActivityKinds)
KAM_ENUM_TABLE(Lifecycle, kLifecycles)
KAM_ENUM_TABLE(Stance, kStances)
KAM_ENUM_TABLE(BuyingRole, kRoles)
KAM_ENUM_TABLE(TeamRole, kTeamRoles)
KAM_ENUM_TABLE(PlanStatus, kPlanStatuses)
KAM_ENUM_TABLE(ActionStatus, kActionStatuses)
KAM_ENUM_TABLE(Whitespace, kWhitespace)
KAM_ENUM_TABLE(ResponseSource, kResponseSources)
KAM_ENUM_TABLE(ChurnSignal, kChurnSignals)
KAM_ENUM_TABLE(WarningReviewKind, kWarningReviews)
KAM_ENUM_TABLE(ScoringMethod, kScoringMethods)
KAM_ENUM_TABLE(ValueCriterion, kValueCriteria)
KAM_ENUM_TABLE(CostKind, kCostKinds)
KAM_ENUM_TABLE(CampaignChannel, kCampaignChannels)

#undef KAM_ENUM_TABLE

QString relationshipLabel(int strength)
{
    static constexpr const char *kLabels[kMaxRelationship + 1] = {
        QT_TRANSLATE_NOOP("kam::Labels", "None"),    QT_TRANSLATE_NOOP("kam::Labels", "Weak"),
        QT_TRANSLATE_NOOP("kam::Labels", "Acquainted"), QT_TRANSLATE_NOOP("kam::Labels", "Working"),
        QT_TRANSLATE_NOOP("kam::Labels", "Trusted"), QT_TRANSLATE_NOOP("kam::Labels", "Strong")};
    if (strength < 0 || strength > kMaxRelationship)
        return {};
    return QCoreApplication::translate(kContext, kLabels[strength]);
}

} // namespace kam
