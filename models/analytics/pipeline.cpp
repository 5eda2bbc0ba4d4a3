// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipeline.h"

#include <algorithm>
#include <numeric>

namespace kam::analytics {

QDate closeDate(const Opportunity &deal)
{
    return deal.status == DealStatus::Open ? deal.expectedClose : deal.closedOn;
}

bool DealFilter::matches(const Opportunity &deal, const AccountFacts *account) const
{
    if (!ownerId.isEmpty() && deal.ownerId != ownerId)
        return false;
    if (tier && (!account || account->tier != *tier))
        return false;
    if (!industry.isEmpty() && (!account || account->industry != industry))
        return false;
    if (!productId.isEmpty() && !deal.products().contains(productId))
        return false;
    if (from.isValid() || to.isValid()) {
        const QDate day = closeDate(deal);
        if (!day.isValid() || (from.isValid() && day < from) || (to.isValid() && day > to))
            return false;
    }
    return true;
}

qint64 weighted(qint64 amountMinor, int probability)
{
    // Exact in integers: amount × p / 100 with the remainder rounded half away from zero.
    const qint64 product = amountMinor * probability;
    const qint64 q = product / 100;
    const qint64 r = product % 100;
    if (r >= 50)
        return q + 1;
    if (r <= -50)
        return q - 1;
    return q;
}

Pipeline::Pipeline(std::vector<Stage> stages, std::vector<Opportunity> deals,
                   std::vector<StageChange> changes, QHash<QString, AccountFacts> accounts)
    : m_stages(std::move(stages))
    , m_deals(std::move(deals))
    , m_accounts(std::move(accounts))
{
    std::stable_sort(m_stages.begin(), m_stages.end(),
                     [](const Stage &a, const Stage &b) { return a.position < b.position; });
    for (int i = 0; i < int(m_stages.size()); ++i)
        m_stageIndex.insert(m_stages[size_t(i)].meta.id, i);

    QHash<QString, int> dealIndex;
    dealIndex.reserve(qsizetype(m_deals.size()));
    m_dealStage.reserve(m_deals.size());
    for (int i = 0; i < int(m_deals.size()); ++i) {
        dealIndex.insert(m_deals[size_t(i)].meta.id, i);
        m_dealStage.push_back(stageIndex(m_deals[size_t(i)].stageId));
    }

    // Group the changes by deal (in deal order), oldest first, in one counting pass.
    std::vector<int> owner(changes.size(), -1);
    std::vector<int> counts(m_deals.size(), 0);
    for (size_t c = 0; c < changes.size(); ++c) {
        const int d = dealIndex.value(changes[c].opportunityId, -1);
        owner[c] = d;
        if (d >= 0)
            ++counts[size_t(d)];
    }
    m_historyRange.resize(m_deals.size());
    int next = 0;
    for (size_t d = 0; d < m_deals.size(); ++d) {
        m_historyRange[d] = {next, 0};
        next += counts[d];
    }
    m_changes.resize(size_t(next));
    for (size_t c = 0; c < changes.size(); ++c) {
        if (owner[c] < 0)
            continue;
        auto &[first, count] = m_historyRange[size_t(owner[c])];
        m_changes[size_t(first + count++)] = std::move(changes[c]);
    }
    m_changeStage.resize(m_changes.size());
    for (const auto &[first, count] : m_historyRange) {
        auto begin = m_changes.begin() + first;
        std::stable_sort(begin, begin + count, [](const StageChange &a, const StageChange &b) {
            return a.changedAt < b.changedAt;
        });
    }
    for (size_t c = 0; c < m_changes.size(); ++c)
        m_changeStage[c] = stageIndex(m_changes[c].toStageId);
}

const AccountFacts *Pipeline::account(const Opportunity &deal) const
{
    const auto it = m_accounts.constFind(deal.accountId);
    return it == m_accounts.cend() ? nullptr : &*it;
}

std::span<const StageChange> Pipeline::history(size_t dealIndex) const
{
    const auto &[first, count] = m_historyRange[dealIndex];
    return {m_changes.data() + first, size_t(count)};
}

QString Pipeline::mainCurrency() const
{
    QHash<QString, int> uses;
    for (const Opportunity &d : m_deals)
        ++uses[d.currency];
    QString best = QStringLiteral("CNY");
    int most = 0;
    for (auto it = uses.cbegin(); it != uses.cend(); ++it)
        if (it.value() > most || (it.value() == most && it.key() < best)) {
            best = it.key();
            most = it.value();
        }
    return best;
}

namespace {
constexpr double kMsPerDay = 86400000.0;
} // namespace

Funnel computeFunnel(const Pipeline &pipeline, const DealFilter &filter, const QString &currency,
                     const QDateTime &asOf)
{
    Funnel f;
    f.currency = currency;
    const size_t n = pipeline.stages().size();
    f.stages.resize(n);
    for (size_t s = 0; s < n; ++s)
        f.stages[s].stage = pipeline.stages()[s];
    std::vector<int> furthest(n, 0); // deals whose furthest stage is s
    std::vector<double> stayDays(n, 0.0);
    const qint64 asOfMs = asOf.toMSecsSinceEpoch();

    const std::vector<Opportunity> &deals = pipeline.deals();
    for (size_t d = 0; d < deals.size(); ++d) {
        const Opportunity &deal = deals[d];
        if (!filter.matches(deal, pipeline.account(deal)))
            continue;
        if (deal.currency != currency) {
            ++f.otherCurrencyDeals;
            continue;
        }
        const int current = pipeline.stageIndex(deal.stageId);
        switch (deal.status) {
        case DealStatus::Open:
            ++f.openCount;
            f.openAmountMinor += deal.amountMinor;
            f.openWeightedMinor += weighted(deal.amountMinor, deal.probability);
            if (current >= 0) {
                StageFigures &s = f.stages[size_t(current)];
                ++s.count;
                s.amountMinor += deal.amountMinor;
                s.weightedMinor += weighted(deal.amountMinor, deal.probability);
            }
            break;
        case DealStatus::Won:
            ++f.wonCount;
            f.wonAmountMinor += deal.amountMinor;
            break;
        case DealStatus::Lost:
            ++f.lostCount;
            break;
        }

        int furthestStage = current;
        const std::span<const StageChange> history = pipeline.history(d);
        for (size_t c = 0; c < history.size(); ++c) {
            const StageChange &change = history[c];
            const int stage = pipeline.stageIndex(change.toStageId);
            if (stage < 0)
                continue; // a stage since removed from the process
            furthestStage = std::max(furthestStage, stage);
            if (change.status != DealStatus::Open)
                continue; // closing ends a stay, it does not start one
            qint64 endMs = 0;
            if (c + 1 < history.size())
                endMs = history[c + 1].changedAt.toMSecsSinceEpoch();
            else if (deal.status == DealStatus::Open)
                endMs = asOfMs;
            else
                continue; // closed without a recorded closing change: the stay's end is unknown
            const qint64 startMs = change.changedAt.toMSecsSinceEpoch();
            stayDays[size_t(stage)] += double(std::max<qint64>(0, endMs - startMs)) / kMsPerDay;
            ++f.stages[size_t(stage)].stays;
        }
        if (furthestStage >= 0)
            ++furthest[size_t(furthestStage)];
    }

    int reached = 0;
    for (size_t s = n; s-- > 0;) {
        reached += furthest[s];
        f.stages[s].reached = reached;
        if (f.stages[s].stays > 0)
            f.stages[s].avgDays = stayDays[s] / f.stages[s].stays;
    }
    for (size_t s = 0; s + 1 < n; ++s)
        if (f.stages[s].reached > 0)
            f.stages[s].conversionToNext = double(f.stages[s + 1].reached) / f.stages[s].reached;
    if (f.wonCount + f.lostCount > 0)
        f.winRate = double(f.wonCount) / (f.wonCount + f.lostCount);
    if (f.wonCount > 0)
        f.avgWonMinor = f.wonAmountMinor / f.wonCount;
    return f;
}

namespace {

QDate periodStart(const QDate &day, Granularity g)
{
    const int month = g == Granularity::Month ? day.month() : (day.month() - 1) / 3 * 3 + 1;
    return QDate(day.year(), month, 1);
}

QDate nextPeriod(const QDate &start, Granularity g)
{
    return start.addMonths(g == Granularity::Month ? 1 : 3);
}

} // namespace

QString periodKey(const QDate &day, Granularity granularity)
{
    if (granularity == Granularity::Month)
        return day.toString(QStringLiteral("yyyy-MM"));
    return QStringLiteral("%1-Q%2").arg(day.year()).arg((day.month() - 1) / 3 + 1);
}

Forecast computeForecast(const Pipeline &pipeline, const DealFilter &filter, const QString &currency,
                         Granularity granularity, const QDate &from, const QDate &to,
                         std::span<const SalesTarget> targets, ForecastThresholds thresholds)
{
    Forecast f;
    f.currency = currency;
    if (!from.isValid() || !to.isValid() || to < from)
        return f;
    QHash<QString, size_t> bucketOf;
    for (QDate start = periodStart(from, granularity); start <= to; start = nextPeriod(start, granularity)) {
        ForecastBucket b;
        b.period = periodKey(start, granularity);
        b.start = start;
        b.end = nextPeriod(start, granularity).addDays(-1);
        bucketOf.insert(b.period, f.buckets.size());
        f.buckets.push_back(std::move(b));
    }

    // The buckets decide the period; the filter's own period does not cut them further.
    DealFilter rest = filter;
    rest.from = {};
    rest.to = {};
    const QDate firstDay = f.buckets.front().start;
    for (const Opportunity &deal : pipeline.deals()) {
        if (deal.status == DealStatus::Lost || !rest.matches(deal, pipeline.account(deal)))
            continue;
        if (deal.currency != currency) {
            ++f.otherCurrencyDeals;
            continue;
        }
        const QDate day = closeDate(deal);
        if (!day.isValid())
            continue;
        if (deal.status == DealStatus::Open && day < firstDay) {
            ++f.overdueOpenDeals;
            continue;
        }
        const auto it = bucketOf.constFind(periodKey(day, granularity));
        if (it == bucketOf.cend())
            continue;
        ForecastBucket &b = f.buckets[*it];
        if (deal.status == DealStatus::Won) {
            b.wonMinor += deal.amountMinor;
            continue;
        }
        ++b.openDeals;
        b.pipelineMinor += deal.amountMinor;
        b.weightedMinor += weighted(deal.amountMinor, deal.probability);
        if (deal.probability >= thresholds.bestCase)
            b.bestCaseMinor += deal.amountMinor;
        if (deal.probability >= thresholds.commit)
            b.commitMinor += deal.amountMinor;
    }

    // Targets: period → (owner → amount).
    QHash<QString, QHash<QString, qint64>> byPeriod;
    for (const SalesTarget &t : targets)
        if (t.currency == currency && !t.meta.isDeleted())
            byPeriod[t.period][t.ownerId] += t.amountMinor;
    const auto targetOf = [&](const QString &period) -> std::optional<qint64> {
        const auto it = byPeriod.constFind(period);
        if (it == byPeriod.cend())
            return std::nullopt;
        const QHash<QString, qint64> &owners = *it;
        if (!filter.ownerId.isEmpty()) {
            const auto own = owners.constFind(filter.ownerId);
            return own == owners.cend() ? std::nullopt : std::optional<qint64>(*own);
        }
        if (const auto team = owners.constFind(QString()); team != owners.cend())
            return *team;
        return std::accumulate(owners.cbegin(), owners.cend(), qint64(0));
    };
    for (ForecastBucket &b : f.buckets) {
        b.targetMinor = targetOf(b.period);
        if (!b.targetMinor && granularity == Granularity::Quarter) {
            for (QDate m = b.start; m <= b.end; m = m.addMonths(1))
                if (const std::optional<qint64> month = targetOf(periodKey(m, Granularity::Month)))
                    b.targetMinor = b.targetMinor.value_or(0) + *month;
        }
    }
    return f;
}

} // namespace kam::analytics
