// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipeline.h"

#include <algorithm>
#include <numeric>

namespace kam::analytics {

QDate closeDate(const Opportunity &deal)
{
    return deal.status == DealStatus::Open ? deal.expectedClose : deal.closedOn;
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

namespace {

/// The index of `key` in `table`, added at the end when new.
int intern(QHash<QString, int> &table, const QString &key)
{
    const auto it = table.constFind(key);
    if (it != table.cend())
        return *it;
    const int index = int(table.size());
    table.insert(key, index);
    return index;
}

int monthIndex(const QDate &day)
{
    return day.year() * 12 + day.month() - 1;
}

} // namespace

Pipeline::Pipeline(std::vector<Stage> stages, std::vector<Opportunity> deals,
                   std::vector<StageChange> changes, QHash<QString, AccountFacts> accounts)
    : m_stages(std::move(stages))
    , m_deals(std::move(deals))
{
    std::stable_sort(m_stages.begin(), m_stages.end(),
                     [](const Stage &a, const Stage &b) { return a.position < b.position; });
    for (int i = 0; i < int(m_stages.size()); ++i)
        m_stageIndex.insert(m_stages[size_t(i)].meta.id, i);
    QHash<QString, int> accountIndex;
    m_accountRows.reserve(size_t(accounts.size()));
    for (auto it = accounts.cbegin(); it != accounts.cend(); ++it) {
        accountIndex.insert(it.key(), int(m_accountRows.size()));
        m_accountRows.push_back({it->tier, intern(m_industries, it->industry)});
    }

    QHash<QString, int> dealIndex;
    dealIndex.reserve(qsizetype(m_deals.size()));
    m_rows.reserve(m_deals.size());
    for (const Opportunity &deal : m_deals) {
        dealIndex.insert(deal.meta.id, int(m_rows.size()));
        Row row;
        row.amountMinor = deal.amountMinor;
        row.stage = stageIndex(deal.stageId);
        row.owner = intern(m_owners, deal.ownerId);
        row.currency = intern(m_currencies, deal.currency);
        row.account = accountIndex.value(deal.accountId, -1);
        row.probability = deal.probability;
        row.status = deal.status;
        if (const QDate day = closeDate(deal); day.isValid()) {
            row.closeDay = int(day.toJulianDay());
            row.closeMonth = monthIndex(day);
        }
        row.firstProduct = int(m_products.size());
        for (const QString &product : deal.products())
            m_products.push_back(intern(m_productIndex, product));
        row.productCount = int(m_products.size()) - row.firstProduct;
        m_rows.push_back(row);
    }

    // Group the changes by deal (in deal order) in one counting pass, then order each deal's
    // changes by time; the store hands them over in that order already.
    std::vector<int> owner(changes.size(), -1);
    for (size_t c = 0; c < changes.size(); ++c) {
        const int d = dealIndex.value(changes[c].opportunityId, -1);
        owner[c] = d;
        if (d >= 0)
            ++m_rows[size_t(d)].changeCount;
    }
    int next = 0;
    for (Row &row : m_rows) {
        row.firstChange = next;
        next += row.changeCount;
    }
    m_changeRows.resize(size_t(next));
    std::vector<int> filled(m_rows.size(), 0);
    for (size_t c = 0; c < changes.size(); ++c) {
        if (owner[c] < 0)
            continue;
        const size_t at = size_t(m_rows[size_t(owner[c])].firstChange + filled[size_t(owner[c])]++);
        m_changeRows[at] = {changes[c].changedAt.toMSecsSinceEpoch(), stageIndex(changes[c].toStageId),
                            changes[c].status};
    }
    for (const Row &row : m_rows) {
        const auto first = m_changeRows.begin() + row.firstChange;
        std::stable_sort(first, first + row.changeCount,
                         [](const ChangeRow &a, const ChangeRow &b) { return a.atMs < b.atMs; });
    }
}

QString Pipeline::mainCurrency(const DealFilter &filter) const
{
    const CompiledFilter compiled = compile(filter);
    std::vector<int> matching;
    for (int i = 0; i < int(m_rows.size()); ++i)
        if (matches(m_rows[size_t(i)], compiled))
            matching.push_back(i);
    return mainCurrency(matching);
}

QString Pipeline::mainCurrency(std::span<const int> dealIndices) const
{
    std::vector<int> uses(size_t(m_currencies.size()), 0);
    for (const int i : dealIndices)
        ++uses[size_t(m_rows[size_t(i)].currency)];
    QString best = QStringLiteral("CNY");
    int most = 0;
    for (auto it = m_currencies.cbegin(); it != m_currencies.cend(); ++it) {
        const int n = uses[size_t(*it)];
        if (n > most || (n == most && n > 0 && it.key() < best)) {
            best = it.key();
            most = n;
        }
    }
    return best;
}

Pipeline::CompiledFilter Pipeline::compile(const DealFilter &filter) const
{
    CompiledFilter c;
    const auto lookup = [&](const QHash<QString, int> &table, const QString &key) {
        if (key.isEmpty())
            return -1;
        const int index = table.value(key, -1);
        if (index < 0)
            c.never = true; // nothing has it
        return index;
    };
    c.owner = lookup(m_owners, filter.ownerId);
    c.industry = lookup(m_industries, filter.industry);
    c.product = lookup(m_productIndex, filter.productId);
    c.tier = filter.tier;
    c.fromDay = filter.from.isValid() ? int(filter.from.toJulianDay()) : 0;
    c.toDay = filter.to.isValid() ? int(filter.to.toJulianDay()) : 0;
    return c;
}

bool Pipeline::matches(const Row &row, const CompiledFilter &f) const
{
    if (f.never || (f.owner >= 0 && row.owner != f.owner))
        return false;
    if (f.tier || f.industry >= 0) {
        if (row.account < 0)
            return false;
        const AccountRow &a = m_accountRows[size_t(row.account)];
        if ((f.tier && a.tier != *f.tier) || (f.industry >= 0 && a.industry != f.industry))
            return false;
    }
    if (f.product >= 0) {
        const auto first = m_products.begin() + row.firstProduct;
        if (std::find(first, first + row.productCount, f.product) == first + row.productCount)
            return false;
    }
    if (f.fromDay || f.toDay) {
        if (!row.closeDay || (f.fromDay && row.closeDay < f.fromDay) || (f.toDay && row.closeDay > f.toDay))
            return false;
    }
    return true;
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
    std::vector<qint64> stayMs(n, 0);
    const qint64 asOfMs = asOf.toMSecsSinceEpoch();
    const Pipeline::CompiledFilter compiled = pipeline.compile(filter);
    const int wanted = pipeline.currencyIndex(currency);
    const std::vector<Pipeline::ChangeRow> &changes = pipeline.changeRows();

    for (const Pipeline::Row &deal : pipeline.rows()) {
        if (!pipeline.matches(deal, compiled))
            continue;
        if (deal.currency != wanted) {
            ++f.otherCurrencyDeals;
            continue;
        }
        const qint64 weightedMinor = weighted(deal.amountMinor, deal.probability);
        switch (deal.status) {
        case DealStatus::Open:
            ++f.openCount;
            f.openAmountMinor += deal.amountMinor;
            f.openWeightedMinor += weightedMinor;
            if (deal.stage >= 0) {
                StageFigures &s = f.stages[size_t(deal.stage)];
                ++s.count;
                s.amountMinor += deal.amountMinor;
                s.weightedMinor += weightedMinor;
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

        int furthestStage = deal.stage;
        const int last = deal.firstChange + deal.changeCount;
        for (int c = deal.firstChange; c < last; ++c) {
            const Pipeline::ChangeRow &change = changes[size_t(c)];
            if (change.stage < 0)
                continue; // a stage since removed from the process
            furthestStage = std::max(furthestStage, change.stage);
            if (change.status != DealStatus::Open)
                continue; // closing ends a stay, it does not start one
            qint64 endMs = 0;
            if (c + 1 < last)
                endMs = changes[size_t(c + 1)].atMs;
            else if (deal.status == DealStatus::Open)
                endMs = asOfMs;
            else
                continue; // closed without a recorded closing change: the stay's end is unknown
            stayMs[size_t(change.stage)] += std::max<qint64>(0, endMs - change.atMs);
            ++f.stages[size_t(change.stage)].stays;
        }
        if (furthestStage >= 0)
            ++furthest[size_t(furthestStage)];
    }

    int reached = 0;
    for (size_t s = n; s-- > 0;) {
        reached += furthest[s];
        f.stages[s].reached = reached;
        if (f.stages[s].stays > 0)
            f.stages[s].avgDays = double(stayMs[s]) / kMsPerDay / f.stages[s].stays;
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

QDate periodStart(const QDate &day, Granularity g)
{
    const int month = g == Granularity::Month ? day.month() : (day.month() - 1) / 3 * 3 + 1;
    return QDate(day.year(), month, 1);
}

namespace {

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
    for (QDate start = periodStart(from, granularity); start <= to; start = nextPeriod(start, granularity)) {
        ForecastBucket b;
        b.period = periodKey(start, granularity);
        b.start = start;
        b.end = nextPeriod(start, granularity).addDays(-1);
        f.buckets.push_back(std::move(b));
    }

    // The buckets decide the period; the filter's own period does not cut them further.
    DealFilter rest = filter;
    rest.from = {};
    rest.to = {};
    const Pipeline::CompiledFilter compiled = pipeline.compile(rest);
    const int wanted = pipeline.currencyIndex(currency);
    const int firstMonth = monthIndex(f.buckets.front().start);
    const int firstDay = int(f.buckets.front().start.toJulianDay());
    const int monthsPerBucket = granularity == Granularity::Month ? 1 : 3;
    for (const Pipeline::Row &deal : pipeline.rows()) {
        if (deal.status == DealStatus::Lost || !pipeline.matches(deal, compiled))
            continue;
        if (deal.currency != wanted) {
            ++f.otherCurrencyDeals;
            continue;
        }
        if (!deal.closeDay)
            continue;
        if (deal.status == DealStatus::Open && deal.closeDay < firstDay) {
            ++f.overdueOpenDeals;
            continue;
        }
        const int months = deal.closeMonth - firstMonth;
        if (months < 0 || months / monthsPerBucket >= int(f.buckets.size()))
            continue;
        ForecastBucket &b = f.buckets[size_t(months / monthsPerBucket)];
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
