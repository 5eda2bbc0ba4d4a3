// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/agenda.h"
#include "analytics/health_facts.h"

#include <map>
#include <optional>
#include <vector>

// The churn early warning: a 0–100 risk score from named signals, each with a weight and a
// threshold the manager can see and tune, and every point of the score explained.

namespace kam::analytics {

struct SignalRule
{
    double weight = 0;    ///< share of the score; 0 switches the signal off
    double threshold = 0; ///< the signal fires when its value reaches this (units per signal)
};

struct ChurnSettings
{
    /// Threshold units: NpsDrop NPS points (20); SatisfactionDrop points on the 1–5 scale (0.5);
    /// RevenueDrop percent (20); NoContact days, for tiers without a maintenance interval (180);
    /// StalledDeals days without a stage change (60); KeyContactLost days since the contact
    /// left (180); OpenServiceCases cases (2); PaymentOverdue days (30).
    /// Default weights: 20, 10, 20, 15, 10, 10, 10, 5 (they add up to 100).
    std::map<ChurnSignal, SignalRule> rules;
    /// NoContact fires after the tier's interval where the tier has one (core 14, key 30, …).
    MaintenanceRules contactIntervals;
    int warnAt = 40; ///< scores from here on are warnings

    static ChurnSettings defaults();
    SignalRule rule(ChurnSignal signal) const;
};

/// One signal's part in a score.
struct SignalResult
{
    ChurnSignal signal = ChurnSignal::NpsDrop;
    bool fired = false;
    std::optional<double> value; ///< what was measured; nullopt: no data to judge by
    double threshold = 0;        ///< the threshold that applied (NoContact: the tier's interval)
    double contribution = 0;     ///< points of the score, 100 × weight / Σ weights when fired
    QString detail; ///< what was measured, in the UI language ("NPS fell from 40 to −10 since 2026 Q1")
};

struct ChurnScore
{
    QString accountId;
    int score = 0;         ///< round(Σ contributions), 0…100
    int previousScore = 0; ///< the same facts scored a quarter (91 days) earlier: the trend
    // Not `signals`: that is a Qt keyword macro.
    std::vector<SignalResult> signalResults; ///< every signal, in ChurnSignal order

    /// enumCode of the fired signals, comma-separated in ChurnSignal order (WarningReview::signalCodes).
    QString firedCodes() const;
};

/// Scores one account on `today`. Each signal fires when its value reaches its threshold and
/// then contributes 100 × weight / (sum of all weights); the score is the rounded sum.
/// - NpsDrop / SatisfactionDrop: the latest quarter with answers (the current one or the four
///   before) against the quarter with answers before it; value = the fall (negative: a rise).
/// - RevenueDrop: the last complete quarter against the one before; value = fall in percent;
///   nullopt when the quarter before had no revenue.
/// - NoContact: days since the last contact (since never: not judged, nullopt).
/// - StalledDeals: value = open deals whose last move is `threshold` days old or more; fires at 1.
/// - KeyContactLost: value = key contacts who left within `threshold` days, plus one when no
///   active contact is a champion; fires at 1.
/// - OpenServiceCases: value = open cases. PaymentOverdue: value = days (0: nullopt, not known).
/// previousScore evaluates the same rules on today − 91 days; facts without a history (open
/// cases, payment, champion) count as they are now.
ChurnScore scoreChurn(const AccountHealthFacts &facts, const ChurnSettings &settings, const QDate &today);

/// Where a warning stands for the manager.
enum class WarningState {
    None,     ///< below settings.warnAt
    New,      ///< not reviewed, or worse than when reviewed, or its snooze has run out
    Reviewed, ///< acknowledged and no worse since (score not higher, no new signal)
    Snoozed,  ///< snoozed until a day after today and no worse since
};

/// The state of `score` given the latest review of its account (nullptr: none).
WarningState warningState(const ChurnScore &score, const ChurnSettings &settings,
                          const WarningReview *latestReview, const QDate &today);

} // namespace kam::analytics
