// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enums.h"
#include "money.h"

#include <QDate>
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
    int paymentOverdueDays = 0; ///< how late its oldest unpaid invoice is, where known; 0: none known
    int strategicFit = 0; ///< the manager's rating of its strategic fit 1 (poor) … 5 (excellent); 0: not rated

    Money annualRevenue() const { return Money{annualRevenueMinor, currency}; }
};

/// The name an account is shown by: its short name, else its legal name.
inline QString displayName(const Account &a)
{
    return a.shortName.isEmpty() ? a.legalName : a.shortName;
}

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
    int relationship = 0; ///< strength of our team's relationship with the person: 0 none … 5 strong
    QString mapPosition;  ///< "x,y" in the relationship map; empty: placed by reporting line
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

/// A step of the sales process. Until a stage is edited the built-in B2B process is used
/// (Store::stages()); its rows carry fixed ids, so every store names them alike.
struct Stage
{
    RowMeta meta;
    QString key;      ///< stable code ("negotiation"); a built-in stage's name is translated from it
    QString name;     ///< the name the company gave it; empty: the built-in name of `key`
    int position = 0; ///< order in the process, 0 first
    int probability = 0; ///< default probability of a deal entering the stage, 0…100
};

/// A product in the catalogue that opportunities are made of.
struct Product
{
    RowMeta meta;
    QString name;
    QString series;
    qint64 listPriceMinor = 0;
    QString currency = QStringLiteral("CNY");
};

/// A sales opportunity (deal) at an account or one of its branches.
struct Opportunity
{
    RowMeta meta;
    QString accountId;
    QString title;
    QString productIds; ///< catalogue products, comma-separated ids
    qint64 amountMinor = 0;
    QString currency = QStringLiteral("CNY");
    int probability = 0; ///< 0…100
    QDate expectedClose;
    QString ownerId;
    QString stageId;
    QString sourceCampaign; ///< the Campaign's id; older stores may hold a campaign's name
    QString competitor;
    DealStatus status = DealStatus::Open;
    QString reason;   ///< why it was won or lost
    QString nextStep;
    QDate closedOn;   ///< set when won or lost

    Money amount() const { return Money{amountMinor, currency}; }
    QStringList products() const { return productIds.split(u',', Qt::SkipEmptyParts); }
};

/// A fact of a deal's history: it entered a stage or changed status at `changedAt`. The store
/// writes one with every stage or status change; nothing else writes them.
struct StageChange
{
    RowMeta meta;
    QString opportunityId;
    QString accountId; ///< the deal's account, so the row travels with it
    QString fromStageId;
    QString toStageId;
    DealStatus status = DealStatus::Open; ///< the deal's status after the change
    QDateTime changedAt;
    QString changedBy;
};

/// A contact with an account: a visit, call, meeting, samples, a service case or an e-mail,
/// with the next step it leads to.
struct Activity
{
    RowMeta meta;
    QString accountId;
    ActivityKind kind = ActivityKind::Visit;
    QDateTime occurredAt;
    QString contactIds; ///< comma-separated
    QString opportunityId;
    QString summary;
    QString outcome;
    QString nextStep;
    QDate dueOn;       ///< when the next step is due; null: none
    bool done = false; ///< the next step is done
    qint64 costMinor = 0;
    QString currency = QStringLiteral("CNY");
    QString ownerId;

    QStringList contacts() const { return contactIds.split(u',', Qt::SkipEmptyParts); }
};

/// A sales target of an owner for a month ("2027-03") or a quarter ("2027-Q1").
struct SalesTarget
{
    RowMeta meta;
    QString ownerId;
    QString period;
    qint64 amountMinor = 0;
    QString currency = QStringLiteral("CNY");
};

/// A key account plan: one per account (or group) and period ("2027", "2027-H1").
/// Percentages are of revenue (margin) and of the customer's spend in our categories (wallet).
struct Plan
{
    RowMeta meta;
    QString accountId;
    QString period;
    QString title;
    PlanStatus status = PlanStatus::Draft;
    int version = 1; ///< raised by the store when an approved plan is edited again
    QString ownerId;
    QString summary; ///< situation summary
    QString strengths;
    QString weaknesses;
    QString opportunities;
    QString threats;
    QString currency = QStringLiteral("CNY");
    qint64 revenueBaselineMinor = 0; ///< last period's actual revenue
    qint64 revenueTargetMinor = 0;
    double marginBaseline = 0; ///< gross margin, percent
    double marginTarget = 0;
    double walletBaseline = 0; ///< share of wallet, percent
    double walletTarget = 0;
    QString previousPlanId; ///< the plan this one was started from

    Money revenueBaseline() const { return Money{revenueBaselineMinor, currency}; }
    Money revenueTarget() const { return Money{revenueTargetMinor, currency}; }
};

/// What a plan wants to achieve, with how it is measured.
struct PlanObjective
{
    RowMeta meta;
    QString planId;
    QString accountId; ///< the plan's account, so the row travels with it
    int position = 0;
    QString title;
    QString measure;
    QString baseline;
    QString target;
    int progress = 0; ///< 0…100
};

/// A step of a plan, optionally serving one of its objectives.
struct PlanAction
{
    RowMeta meta;
    QString planId;
    QString accountId;
    QString objectiveId;
    int position = 0;
    QString title;
    QString ownerId;
    QDate dueOn;
    ActionStatus status = ActionStatus::Open;
};

/// A risk to a plan; its exposure is likelihood × impact.
struct PlanRisk
{
    RowMeta meta;
    QString planId;
    QString accountId;
    QString title;
    int likelihood = 3; ///< 1 (rare) … 5 (almost certain)
    int impact = 3;     ///< 1 (minor) … 5 (severe)
    QString mitigation;

    int exposure() const { return likelihood * impact; }
};

/// One cell of a plan's whitespace grid: what a segment (a branch account's id, or a buying
/// centre's name) does for one product line, and what the cell is worth.
struct WhitespaceCell
{
    RowMeta meta;
    QString planId;
    QString accountId;
    QString productLine;
    QString segment;
    Whitespace state = Whitespace::Potential;
    QString competitor; ///< who supplies it, when state is Competitor
    qint64 valueMinor = 0; ///< estimated annual value, in the plan's currency
};

/// A fact of a plan's history: it reached `status` in `version`. Written by the store only.
struct PlanChange
{
    RowMeta meta;
    QString planId;
    QString accountId;
    int version = 1;
    PlanStatus status = PlanStatus::Draft;
    QDateTime changedAt;
    QString changedBy;
};

/// A customer's judgement of us, from a survey, a visit or a service case, for the account and
/// optionally one of its contacts.
struct SatisfactionResponse
{
    RowMeta meta;
    QString accountId;
    QString contactId; ///< who answered; empty: the account as a whole
    QDate respondedOn;
    ResponseSource source = ResponseSource::Survey;
    int recommend = -1;    ///< likelihood to recommend 0…10; -1: not answered
    int satisfaction = 0;  ///< overall satisfaction 1 (very dissatisfied) … 5 (very satisfied); 0: not answered
    QString dimensionScores; ///< "quality=4;delivery=3": scores 1…5 per dimension (domain/satisfaction.h)
    QString comment;
};

/// A fact of an account's lifecycle: its stage was set or confirmed, with the stage proposed
/// from the facts at that moment and the manager's reason. The store writes one whenever an
/// account's stage changes; Store::decideLifecycle writes one with its reason.
struct LifecycleChange
{
    RowMeta meta;
    QString accountId;
    Lifecycle fromStage = Lifecycle::Prospect;
    Lifecycle toStage = Lifecycle::Prospect;
    QString proposed; ///< enumCode of the stage proposed at the time; empty: none was
    QString reason;
    QDateTime changedAt;
    QString changedBy;
};

/// A manager's answer to an account's churn warning: seen (with a note), or put off until a day.
/// A warning is new again once its score rises or a signal fires that was not reviewed.
struct WarningReview
{
    RowMeta meta;
    QString accountId;
    WarningReviewKind kind = WarningReviewKind::Acknowledged;
    int score = 0;          ///< the risk score reviewed
    // Not `signals`: that is a Qt keyword macro and breaks every file that includes <QObject>.
    QString signalCodes;    ///< enumCode of the signals that had fired, comma-separated
    QDate snoozedUntil;     ///< for Snoozed: hidden until this day
    QString note;
    QDateTime reviewedAt;
    QString reviewedBy;
};

/// A customer value model the company scores accounts with: its criteria tree, comparisons,
/// method and tier rule as JSON (analytics::ValueModelDefinition). Shared by everyone; which
/// one is active is each manager's local setting (Store::activeValueModel).
struct ValueModel
{
    RowMeta meta;
    QString name;
    QString definition; ///< analytics::ValueModelDefinition::toJson()
};

/// A fact of an account's tiering: its tier was set, approved or overridden, with the tier the
/// value model proposed, the score it gave and the manager's reason. The store writes one
/// whenever an account's tier changes; Store::decideTier writes one with its reason.
struct TierChange
{
    RowMeta meta;
    QString accountId;
    Tier fromTier = Tier::Unrated;
    Tier toTier = Tier::Unrated;
    QString proposed; ///< enumCode of the tier proposed at the time; empty: none was
    double score = -1; ///< the value score behind the proposal, 0…100; -1: none
    QString modelName; ///< the value model that scored it
    QString reason;
    QDateTime changedAt;
    QString changedBy;
};

/// What it cost to serve an account (or the cost of the goods it bought) on a day or for the
/// period starting on it, beyond the costs recorded on activities.
struct CostEntry
{
    RowMeta meta;
    QString accountId;
    QDate incurredOn;
    CostKind kind = CostKind::Service;
    qint64 amountMinor = 0;
    QString currency = QStringLiteral("CNY");
    QString note;

    Money amount() const { return Money{amountMinor, currency}; }
};

/// A marketing campaign; deals name it in Opportunity::sourceCampaign (its id).
struct Campaign
{
    RowMeta meta;
    QString name;
    CampaignChannel channel = CampaignChannel::Other;
    QDate startsOn;
    QDate endsOn;
    qint64 costMinor = 0;
    QString currency = QStringLiteral("CNY");
    QString notes;

    Money cost() const { return Money{costMinor, currency}; }
};

/// An account (and optionally one of its contacts) a campaign targeted, and whether and when
/// it responded.
struct CampaignMember
{
    RowMeta meta;
    QString campaignId;
    QString accountId;
    QString contactId;  ///< empty: the account as a whole
    QDate respondedOn;  ///< null: targeted, no response (yet)
    QString response;   ///< what the response was ("asked for a quote")
};

/// A bulk export that took data out of the store: what was exported, in which format, how many
/// rows and to which file, by whom and when. The client writes one with every export (CLI and
/// views); it syncs to the server, where only admins read it (`kamdesk-server admin exports`),
/// since bulk export is how data leaves with a departing manager.
struct ExportRecord
{
    RowMeta meta;
    QString what;        ///< the entity ("opportunities") or view ("portfolio") exported
    QString format;      ///< "csv" or "json"
    int rows = 0;
    QString destination; ///< the file's name (without its folder), or "stdout"
    QDateTime exportedAt;
    QString exportedBy;  ///< users.id
};

} // namespace kam
