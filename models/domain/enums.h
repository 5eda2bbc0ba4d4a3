// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <span>

namespace kam {

enum class AccountKind { Enterprise, Channel, Consumer, Internal };
enum class Tier { Unrated, Core, Key, Ordinary, Potential };
enum class Lifecycle { Prospect, Developing, Mature, Declining, Lost };
enum class Stance { Unknown, Champion, Supporter, Neutral, Blocker };
enum class BuyingRole { Unknown, DecisionMaker, Influencer, User, TechnicalBuyer, Gatekeeper, Coach };
enum class TeamRole { Lead, Sales, Service, Technical, Sponsor };
enum class DealStatus { Open, Won, Lost };
enum class ActivityKind { Visit, Call, Meeting, Sample, ServiceCase, Email };
enum class PlanStatus { Draft, InReview, Approved };
enum class ActionStatus { Open, InProgress, Done, Cancelled };
/// What an account's branch or buying centre does for one of our product lines.
enum class Whitespace { Potential, Ours, Competitor, NotRelevant };
/// Where a satisfaction response came from.
enum class ResponseSource { Survey, Visit, ServiceCase };
/// The named inputs of the churn risk score (analytics/churn.h), in the order they are shown.
enum class ChurnSignal {
    NpsDrop,          ///< NPS fell between the last two quarters with answers
    SatisfactionDrop, ///< average overall satisfaction fell between those quarters
    RevenueDrop,      ///< won revenue fell quarter on quarter
    NoContact,        ///< no activity for longer than the tier's maintenance interval
    StalledDeals,     ///< open deals without a stage change for N days
    KeyContactLost,   ///< a key contact left recently, or no active champion
    OpenServiceCases, ///< service cases whose follow-up is not done
    PaymentOverdue,   ///< the oldest unpaid invoice is overdue (where known)
};
/// What a manager did about a churn warning.
enum class WarningReviewKind { Acknowledged, Snoozed };
/// How a value model turns criteria into a score (analytics/value_model.h).
enum class ScoringMethod { WeightedSum, Fuzzy, Grey };
/// The facts a value model's criteria read, in the order they are shown.
enum class ValueCriterion {
    Revenue,              ///< won revenue of the last four complete quarters
    GrossMargin,          ///< (revenue − cost of goods) / revenue
    Growth,               ///< revenue against the four quarters before
    ShareOfWallet,        ///< our share of the customer's spend, from its latest plan
    StrategicFit,         ///< the manager's rating 1–5
    PaymentRecord,        ///< days overdue (a cost criterion: fewer is better)
    RelationshipStrength, ///< influence-weighted relationship with active contacts
    Satisfaction,         ///< NPS of the last four quarters
};
/// What a cost entry is (profitability = revenue − cost of goods − cost to serve).
enum class CostKind { GoodsCost, Discount, Logistics, Service, Other };
/// How a campaign reaches its audience.
enum class CampaignChannel { Exhibition, Seminar, Email, Online, Telemarketing, Print, Other };

/// A label before translation; `disambiguation` tells apart one English word with two
/// meanings ("Lost" customer, "Lost" deal), as QT_TRANSLATE_NOOP3 writes it.
struct LabelText
{
    const char *source;
    const char *disambiguation = nullptr;
};

/// One enumerator with its stable storage/sync code and its untranslated label.
template<typename E>
struct EnumEntry
{
    E value;
    const char *code;
    LabelText label;
};

/// All enumerators of E in display order.
template<typename E>
std::span<const EnumEntry<E>> enumEntries();

/// The stable code written to the database and the sync protocol ("core", "decision_maker").
template<typename E>
QString enumCode(E value)
{
    for (const auto &e : enumEntries<E>())
        if (e.value == value)
            return QString::fromLatin1(e.code);
    return {};
}

/// Parses a stored code; nullopt for an unknown code.
template<typename E>
std::optional<E> enumFromCode(QStringView code)
{
    for (const auto &e : enumEntries<E>())
        if (code == QLatin1StringView(e.code))
            return e.value;
    return std::nullopt;
}

/// The label in the current UI language.
template<typename E>
QString enumLabel(E value);

/// Strongest relationship our team can have with a contact (Contact::relationship is 0…this).
inline constexpr int kMaxRelationship = 5;

/// Relationship strength 0…kMaxRelationship in the current UI language ("None" … "Strong").
QString relationshipLabel(int strength);

} // namespace kam
