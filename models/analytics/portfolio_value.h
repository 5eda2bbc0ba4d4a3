// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "domain/enums.h"

#include <QHash>
#include <QString>

#include <array>

#include <optional>
#include <vector>

// Revenue concentration (Pareto), profitability and cost to serve: plain arithmetic over
// figures the store gathered.

namespace kam::analytics {

struct ParetoPoint
{
    QString accountId;
    qint64 value = 0;           ///< minor units
    double cumulativeShare = 0; ///< 0…1, this account and all before it
};

struct Pareto
{
    std::vector<ParetoPoint> points; ///< largest first; accounts with value ≤ 0 at the end
    qint64 total = 0;
    int accountsToMark = 0;      ///< the fewest accounts whose cumulative share reaches `mark`
    double shareOfAccounts = 0;  ///< accountsToMark / all accounts given, 0…1
};

/// Ranks values largest first (ties by account id) and finds how many accounts make `mark`
/// (0.8) of the positive total. No positive total: no points reach it (accountsToMark 0).
Pareto pareto(std::vector<std::pair<QString, qint64>> values, double mark = 0.8);

/// An account's money over a period, minor units in one currency.
struct ProfitFacts
{
    QString accountId;
    qint64 revenue = 0;        ///< won deals closed in the period
    qint64 goodsCost = 0;      ///< cost entries of kind cost of goods
    qint64 activityCost = 0;   ///< costs of visits, calls, meetings, samples, e-mails
    qint64 serviceCost = 0;    ///< costs of service-case activities and service cost entries
    qint64 discounts = 0;
    qint64 logistics = 0;
    qint64 otherCost = 0;
};

struct Profitability
{
    qint64 revenue = 0;
    qint64 grossMargin = 0; ///< revenue − cost of goods
    qint64 costToServe = 0; ///< activities + service + discounts + logistics + other
    qint64 profit = 0;      ///< gross margin − cost to serve
    std::optional<double> marginPercent; ///< profit / revenue · 100; nullopt without revenue
};

Profitability profitability(const ProfitFacts &facts);

/// Where an account sits in the value × profitability chart.
enum class ValueQuadrant {
    Protect,       ///< high value, profitable
    OverServed,    ///< high value, unprofitable: loyal but costing more than it earns
    Develop,       ///< low value, profitable
    ReviewCost,    ///< low value, unprofitable
};

/// High value: score ≥ valueSplit (the portfolio median by default); profitable: margin
/// percent ≥ marginSplit (0). An account without revenue counts as unprofitable when it has
/// any cost, else profitable.
ValueQuadrant valueQuadrant(double score, const Profitability &p, double valueSplit, double marginSplit = 0);

/// The median of scores (the default value split); 0 for none.
double medianScore(std::vector<double> scores);

/// What the portfolio is broken down by.
enum class SegmentDimension { Industry, Region, Kind, Size, Tier };

/// Bands of a customer's own annual revenue. The bounds are CNY (1亿 = 100 million) and are
/// applied to the amount as recorded, whatever its currency: there are no exchange rates here.
enum class SizeBand {
    Below100M, ///< < 1亿
    To1B,      ///< 1亿 … < 10亿
    To10B,     ///< 10亿 … < 100亿
    From10B,   ///< ≥ 100亿
    Unknown,   ///< no annual revenue recorded (0)
};

/// The band of an annual revenue in minor units (fen).
SizeBand sizeBand(qint64 annualRevenueMinor);
/// A stable key of a band ("lt_100m", "100m_1b", "1b_10b", "ge_10b", "unknown").
QString sizeBandKey(SizeBand band);

inline constexpr int kTierCount = 5; ///< the enumerators of Tier

/// One segment of a breakdown: the accounts sharing an industry, region, kind, size band or tier.
struct Segment
{
    /// Industry or region as written (trimmed; empty: not set), or the enumCode of the kind or
    /// tier, or sizeBandKey().
    QString key;
    int accounts = 0;
    qint64 revenue = 0;
    qint64 grossMargin = 0;
    qint64 profit = 0;
    std::optional<double> meanScore; ///< over the segment's scored accounts; nullopt: none scored
    std::array<int, kTierCount> tiers{}; ///< accounts per Tier, indexed by the enum's value
    int scored = 0; ///< accounts with a value score
};

struct Segmentation
{
    /// Segments with accounts: kinds, size bands and tiers in enum order (tiers ranked Core
    /// first, Unrated last; Unknown size last); industries and regions by revenue, largest
    /// first, ties by name, not set last.
    std::vector<Segment> segments;
    Segment total; ///< all accounts given; key empty
};

/// The portfolio by `dimension`: every account in `accounts` counts once, with its figures in
/// `profits` (matched by account id; none: zeros) and its score in `scores` (none: unscored).
Segmentation segmentation(const std::vector<Account> &accounts, const std::vector<ProfitFacts> &profits,
                          const QHash<QString, double> &scores, SegmentDimension dimension);

} // namespace kam::analytics
