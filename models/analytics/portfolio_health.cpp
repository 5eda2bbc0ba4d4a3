// SPDX-License-Identifier: GPL-3.0-or-later
#include "portfolio_health.h"

#include <QHash>

#include <algorithm>

namespace kam::analytics {

namespace {

static_assert(int(Lifecycle::Lost) + 1 == LifecycleDistribution::kStages);
static_assert(int(Tier::Potential) + 1 == LifecycleDistribution::kTiers);

QString groupKey(const Account &a, HealthDimension dimension)
{
    switch (dimension) {
    case HealthDimension::Tier:
        return enumCode(a.tier);
    case HealthDimension::Industry:
        return a.industry.trimmed();
    case HealthDimension::Region:
        return a.region.trimmed();
    }
    return {};
}

/// Tiers from core down to potential, then the unrated ones, as the portfolio is tiered.
int tierRank(Tier tier)
{
    return tier == Tier::Unrated ? LifecycleDistribution::kTiers : int(tier);
}

bool groupBefore(const NpsGroup &x, const NpsGroup &y, HealthDimension dimension)
{
    if (dimension == HealthDimension::Tier)
        return tierRank(x.tier) < tierRank(y.tier);
    if (x.isNotSet() != y.isNotSet())
        return y.isNotSet();
    if (const int c = x.key.localeAwareCompare(y.key); c != 0)
        return c < 0;
    return x.key < y.key; // a total order, whatever the locale's collation says
}

/// Live accounts by id.
QHash<QString, const Account *> liveAccounts(std::span<const Account> accounts)
{
    QHash<QString, const Account *> byId;
    byId.reserve(qsizetype(accounts.size()));
    for (const Account &a : accounts)
        if (!a.meta.isDeleted())
            byId.insert(a.meta.id, &a);
    return byId;
}

/// Whether a response counts: live, in the period and of a live account.
bool counts(const SatisfactionResponse &r, const QHash<QString, const Account *> &accounts,
            const DatePeriod &period)
{
    return !r.meta.isDeleted() && period.contains(r.respondedOn) && accounts.contains(r.accountId);
}

} // namespace

NpsBreakdown npsBreakdown(std::span<const Account> accounts,
                          std::span<const SatisfactionResponse> responses,
                          HealthDimension dimension, const DatePeriod &period)
{
    const QHash<QString, const Account *> live = liveAccounts(accounts);
    NpsBreakdown out;
    QHash<QString, size_t> groupOf; // key → index in out.groups
    QHash<QString, size_t> accountGroup; // account id → index in out.groups
    for (const Account &a : accounts) {
        if (a.meta.isDeleted())
            continue;
        const QString key = groupKey(a, dimension);
        auto it = groupOf.constFind(key);
        if (it == groupOf.constEnd()) {
            NpsGroup g;
            g.key = key;
            g.tier = a.tier;
            out.groups.push_back(std::move(g));
            it = groupOf.insert(key, out.groups.size() - 1);
        }
        ++out.groups[*it].accounts;
        ++out.total.accounts;
        accountGroup.insert(a.meta.id, *it);
    }
    for (const SatisfactionResponse &r : responses) {
        if (!counts(r, live, period))
            continue;
        out.groups[accountGroup.value(r.accountId)].nps.add(r.recommend);
        out.total.nps.add(r.recommend);
    }
    std::sort(out.groups.begin(), out.groups.end(),
              [dimension](const NpsGroup &x, const NpsGroup &y) {
                  return groupBefore(x, y, dimension);
              });
    return out;
}

int AnswerDistribution::answered() const
{
    int n = 0;
    for (int c : counts)
        n += c;
    return n;
}

AnswerDistribution answerDistribution(std::span<const Account> accounts,
                                      std::span<const SatisfactionResponse> responses,
                                      const DatePeriod &period)
{
    const QHash<QString, const Account *> live = liveAccounts(accounts);
    AnswerDistribution out;
    for (const SatisfactionResponse &r : responses) {
        if (!counts(r, live, period))
            continue;
        if (r.recommend >= 0 && r.recommend <= kMaxRecommend)
            ++out.counts[size_t(r.recommend)];
        else
            ++out.unanswered; // the store refuses other values; never taken as a score
    }
    return out;
}

LifecycleDistribution lifecycleDistribution(std::span<const Account> accounts)
{
    LifecycleDistribution out;
    for (const Account &a : accounts) {
        if (a.meta.isDeleted())
            continue;
        ++out.counts[size_t(a.lifecycle)];
        ++out.byTier[size_t(a.tier)][size_t(a.lifecycle)];
        ++out.total;
    }
    return out;
}

} // namespace kam::analytics
