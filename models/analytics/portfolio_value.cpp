// SPDX-License-Identifier: GPL-3.0-or-later
#include "portfolio_value.h"

#include <algorithm>
#include <map>

namespace kam::analytics {

Pareto pareto(std::vector<std::pair<QString, qint64>> values, double mark)
{
    // Largest first, ties by id so that equal values rank the same on every run; accounts that
    // add nothing (≤ 0) go to the end, where they cannot make the mark.
    std::sort(values.begin(), values.end(), [](const auto &x, const auto &y) {
        const bool xPositive = x.second > 0;
        const bool yPositive = y.second > 0;
        if (xPositive != yPositive)
            return xPositive;
        if (x.second != y.second)
            return x.second > y.second;
        return x.first < y.first;
    });
    Pareto result;
    for (const auto &v : values)
        if (v.second > 0)
            result.total += v.second;
    result.points.reserve(values.size());
    qint64 running = 0;
    for (const auto &[id, value] : values) {
        if (value > 0)
            running += value;
        const double share = result.total > 0 ? double(running) / double(result.total) : 0;
        result.points.push_back({id, value, share});
        // A tiny tolerance: 0.8 of a total is often not exactly representable.
        if (result.accountsToMark == 0 && result.total > 0 && share >= mark - 1e-12)
            result.accountsToMark = int(result.points.size());
    }
    if (!values.empty())
        result.shareOfAccounts = double(result.accountsToMark) / double(values.size());
    return result;
}

Profitability profitability(const ProfitFacts &facts)
{
    Profitability p;
    p.revenue = facts.revenue;
    p.grossMargin = facts.revenue - facts.goodsCost;
    p.costToServe = facts.activityCost + facts.serviceCost + facts.discounts + facts.logistics + facts.otherCost;
    p.profit = p.grossMargin - p.costToServe;
    if (facts.revenue != 0)
        p.marginPercent = 100.0 * double(p.profit) / double(facts.revenue);
    return p;
}

ValueQuadrant valueQuadrant(double score, const Profitability &p, double valueSplit, double marginSplit)
{
    const bool high = score >= valueSplit;
    const bool profitable = p.marginPercent ? *p.marginPercent >= marginSplit : p.profit >= 0;
    if (high)
        return profitable ? ValueQuadrant::Protect : ValueQuadrant::OverServed;
    return profitable ? ValueQuadrant::Develop : ValueQuadrant::ReviewCost;
}

double medianScore(std::vector<double> scores)
{
    if (scores.empty())
        return 0;
    const auto middle = scores.begin() + std::ptrdiff_t(scores.size() / 2);
    std::nth_element(scores.begin(), middle, scores.end());
    if (scores.size() % 2 == 1)
        return *middle;
    const double upper = *middle;
    const double lower = *std::max_element(scores.begin(), middle);
    return (lower + upper) / 2;
}

SizeBand sizeBand(qint64 annualRevenueMinor)
{
    constexpr qint64 kYi = 100'000'000LL * 100; // 1亿 in fen
    if (annualRevenueMinor <= 0)
        return SizeBand::Unknown;
    if (annualRevenueMinor < kYi)
        return SizeBand::Below100M;
    if (annualRevenueMinor < 10 * kYi)
        return SizeBand::To1B;
    if (annualRevenueMinor < 100 * kYi)
        return SizeBand::To10B;
    return SizeBand::From10B;
}

QString sizeBandKey(SizeBand band)
{
    switch (band) {
    case SizeBand::Below100M:
        return QStringLiteral("lt_100m");
    case SizeBand::To1B:
        return QStringLiteral("100m_1b");
    case SizeBand::To10B:
        return QStringLiteral("1b_10b");
    case SizeBand::From10B:
        return QStringLiteral("ge_10b");
    case SizeBand::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

namespace {

/// The key an account is segmented under, and the order its segment is listed in (enum
/// dimensions: their order; free-text ones rank later by revenue).
std::pair<QString, int> segmentOf(const Account &a, SegmentDimension dimension)
{
    switch (dimension) {
    case SegmentDimension::Industry:
        return {a.industry.trimmed(), 0};
    case SegmentDimension::Region:
        return {a.region.trimmed(), 0};
    case SegmentDimension::Kind:
        return {enumCode(a.kind), int(a.kind)};
    case SegmentDimension::Size: {
        const SizeBand band = sizeBand(a.annualRevenueMinor);
        return {sizeBandKey(band), int(band)};
    }
    case SegmentDimension::Tier:
        // Ranked Core … Potential, Unrated last.
        return {enumCode(a.tier), a.tier == Tier::Unrated ? kTierCount : int(a.tier)};
    }
    return {};
}

void add(Segment &s, const Account &a, const Profitability *p, const double *score)
{
    ++s.accounts;
    ++s.tiers[size_t(a.tier)];
    if (p) {
        s.revenue += p->revenue;
        s.grossMargin += p->grossMargin;
        s.profit += p->profit;
    }
    if (score) {
        // The running mean keeps the sum of scores out of the struct.
        ++s.scored;
        s.meanScore = s.meanScore.value_or(0) + (*score - s.meanScore.value_or(0)) / s.scored;
    }
}

} // namespace

Segmentation segmentation(const std::vector<Account> &accounts, const std::vector<ProfitFacts> &profits,
                          const QHash<QString, double> &scores, SegmentDimension dimension)
{
    QHash<QString, Profitability> byAccount;
    byAccount.reserve(qsizetype(profits.size()));
    for (const ProfitFacts &f : profits)
        byAccount.insert(f.accountId, profitability(f));

    Segmentation result;
    std::map<QString, std::pair<int, Segment>> segments; // key → (enum order, segment)
    for (const Account &a : accounts) {
        const auto [key, order] = segmentOf(a, dimension);
        auto it = segments.try_emplace(key, order, Segment{}).first;
        it->second.second.key = key;
        const auto p = byAccount.constFind(a.meta.id);
        const auto s = scores.constFind(a.meta.id);
        const Profitability *profit = p == byAccount.constEnd() ? nullptr : &*p;
        const double *score = s == scores.constEnd() ? nullptr : &*s;
        add(it->second.second, a, profit, score);
        add(result.total, a, profit, score);
    }
    std::vector<std::pair<int, Segment>> ordered;
    ordered.reserve(segments.size());
    for (auto &entry : segments)
        ordered.push_back(std::move(entry.second));
    const bool freeText = dimension == SegmentDimension::Industry || dimension == SegmentDimension::Region;
    std::stable_sort(ordered.begin(), ordered.end(), [freeText](const auto &x, const auto &y) {
        if (!freeText)
            return x.first < y.first;
        if (x.second.key.isEmpty() != y.second.key.isEmpty())
            return y.second.key.isEmpty();
        if (x.second.revenue != y.second.revenue)
            return x.second.revenue > y.second.revenue;
        return x.second.key < y.second.key; // the map already ordered them by key
    });
    result.segments.reserve(ordered.size());
    for (auto &entry : ordered)
        result.segments.push_back(std::move(entry.second));
    return result;
}

} // namespace kam::analytics
