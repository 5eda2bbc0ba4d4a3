// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/enums.h"

#include <QString>

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

} // namespace kam::analytics
