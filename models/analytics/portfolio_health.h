// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/satisfaction.h"
#include "domain/entities.h"

#include <QDate>
#include <QString>

#include <array>
#include <span>
#include <vector>

// The satisfaction of the whole portfolio: NPS by tier, industry or region, how the answers to
// "would you recommend us" spread over 0…10, and where the accounts stand in their lifecycle.

namespace kam::analytics {

/// What the portfolio's NPS is broken down by.
enum class HealthDimension { Tier, Industry, Region };

/// Days from `from` to `to`, both included; a null end is open.
struct DatePeriod
{
    QDate from;
    QDate to;

    bool contains(const QDate &day) const
    {
        return day.isValid() && (from.isNull() || day >= from) && (to.isNull() || day <= to);
    }
    friend bool operator==(const DatePeriod &, const DatePeriod &) = default;
};

/// One group of a breakdown: the accounts sharing a tier, an industry or a region.
struct NpsGroup
{
    /// The tier's enumCode, or the industry or region as written (trimmed); empty: not set.
    QString key;
    /// The group's tier (Tier dimension only).
    Tier tier = Tier::Unrated;
    int accounts = 0; ///< live accounts in the group, with responses or not
    NpsSummary nps;   ///< their responses in the period

    bool isNotSet() const { return key.isEmpty(); }
};

/// The NPS of each group and of the portfolio.
struct NpsBreakdown
{
    /// Groups that have accounts: tiers in tier order with Unrated last, industries and regions
    /// alphabetically with the not-set group last.
    std::vector<NpsGroup> groups;
    NpsGroup total; ///< all live accounts; its key is empty
};

/// The NPS by `dimension` of the live `accounts` over their `responses` in `period`. Every
/// account counts under its own values, a branch as much as its group; responses of accounts
/// not among `accounts` are left out.
NpsBreakdown npsBreakdown(std::span<const Account> accounts,
                          std::span<const SatisfactionResponse> responses,
                          HealthDimension dimension, const DatePeriod &period);

/// How many responses gave each likelihood to recommend.
struct AnswerDistribution
{
    std::array<int, kMaxRecommend + 1> counts {}; ///< index = score 0…10
    int unanswered = 0;                           ///< responses without a score

    int answered() const;
    int responses() const { return answered() + unanswered; }
};

/// The scores of the `responses` in `period` of the live `accounts`.
AnswerDistribution answerDistribution(std::span<const Account> accounts,
                                      std::span<const SatisfactionResponse> responses,
                                      const DatePeriod &period);

/// Live accounts per lifecycle stage, overall and per tier.
struct LifecycleDistribution
{
    static constexpr int kStages = 5;  ///< prospect … lost, in Lifecycle order
    static constexpr int kTiers = 5;   ///< in Tier order (Unrated first)

    std::array<int, kStages> counts {};
    std::array<std::array<int, kStages>, kTiers> byTier {}; ///< [int(tier)][int(stage)]
    int total = 0;

    int count(Lifecycle stage) const { return counts[size_t(stage)]; }
    int count(Tier tier, Lifecycle stage) const { return byTier[size_t(tier)][size_t(stage)]; }
};

/// Where the live `accounts` stand today (their current stage, whatever the period).
LifecycleDistribution lifecycleDistribution(std::span<const Account> accounts);

} // namespace kam::analytics
