// SPDX-License-Identifier: GPL-3.0-or-later
#include "value_facts.h"

#include "analytics/pipeline.h"
#include "analytics/satisfaction.h"
#include "domain/money.h"
#include "domain/plans.h"
#include "fact_queries.h"
#include "row_codec.h"
#include "store.h"

#include <QCoreApplication>
#include <QHash>

#include <cmath>
#include <functional>
#include <map>

namespace kam {

using analytics::AccountValueFacts;
using analytics::ModelWeights;
using analytics::ValueModelDefinition;
using analytics::CampaignFacts;
using analytics::ProfitFacts;

namespace {

QString isoDay(const QDate &day)
{
    return day.toString(Qt::ISODate);
}

/// Runs `sql` (its account filter as %1) over the accounts of `scope`, handing each result row
/// to the facts of its account (column 0); rows of accounts not loaded are skipped.
template<typename Facts>
Result<void> eachAccountRow(const Store &store, const factsql::AccountScope &scope, QHash<QString, Facts *> &byId,
                            const QString &sql, const char *column, QVariantList binds,
                            const std::function<void(Facts &, const QSqlQuery &)> &row)
{
    binds.append(scope.binds);
    return store.run(sql.arg(scope.on(column)), binds, [&](const QSqlQuery &q) {
        if (Facts *f = byId.value(q.value(0).toString()))
            row(*f, q);
    });
}

/// (revenue − cost of goods) / revenue, percent; nullopt without revenue or without any cost of
/// goods entered (a margin of 100 % would only say that nobody entered the costs).
std::optional<double> marginPercent(qint64 revenue, std::optional<qint64> goodsCost)
{
    if (revenue <= 0 || !goodsCost)
        return std::nullopt;
    return double(revenue - *goodsCost) / double(revenue) * 100.0;
}

} // namespace

Result<std::vector<AccountValueFacts>> loadValueFacts(const Store &store, const QDate &today,
                                                      const QStringList &accountIds)
{
    const factsql::AccountScope scope(accountIds);
    // The four complete quarters before today's, and the four before those.
    const QDate quarter = analytics::periodStart(today, analytics::Granularity::Quarter);
    const QDate yearStart = quarter.addMonths(-12);
    const QDate previousStart = quarter.addMonths(-24);
    const QDate yearEnd = quarter.addDays(-1);
    // Answers are the freshest judgement: today's quarter counts with the three before it.
    const QDate answersSince = quarter.addMonths(-9);

    std::vector<AccountValueFacts> facts;
    QHash<QString, AccountValueFacts *> byId;
    QHash<QString, double> unitOf; // minor units per major unit of the account's currency
    Result<void> r = store.run(
        QStringLiteral("SELECT id, currency, strategic_fit, payment_overdue_days FROM accounts "
                       "WHERE deleted_at IS NULL%1 ORDER BY rowid")
            .arg(scope.on("id")),
        scope.binds, [&](const QSqlQuery &q) {
            AccountValueFacts f;
            f.accountId = q.value(0).toString();
            unitOf.insert(f.accountId, std::pow(10.0, currencyDigits(q.value(1).toString())));
            if (const int fit = q.value(2).toInt(); fit > 0)
                f.values[int(ValueCriterion::StrategicFit)] = fit;
            // No overdue invoice known is a record of its own: it counts as 0 days.
            f.values[int(ValueCriterion::PaymentRecord)] = q.value(3).toInt();
            facts.push_back(std::move(f));
        });
    if (!r)
        return r.error();
    byId.reserve(qsizetype(facts.size()));
    for (AccountValueFacts &f : facts)
        byId.insert(f.accountId, &f);
    const auto each = [&](const QString &sql, const char *column, const QVariantList &binds,
                          const std::function<void(AccountValueFacts &, const QSqlQuery &)> &row) {
        return eachAccountRow<AccountValueFacts>(store, scope, byId, sql, column, binds, row);
    };

    // Won revenue in the account's currency, this year and the year before.
    QHash<QString, qint64> revenueOf;
    r = each(QStringLiteral("SELECT o.account_id, sum(o.amount_minor) FILTER (WHERE o.closed_on >= ?), "
                            "sum(o.amount_minor) FILTER (WHERE o.closed_on < ?) FROM opportunities o "
                            "JOIN accounts a ON a.id = o.account_id AND a.currency = o.currency "
                            "WHERE o.deleted_at IS NULL AND o.status = ? AND o.closed_on >= ? AND o.closed_on <= ?%1 "
                            "GROUP BY 1"),
             "o.account_id",
             {isoDay(yearStart), isoDay(yearStart), enumCode(DealStatus::Won), isoDay(previousStart), isoDay(yearEnd)},
             [&](AccountValueFacts &f, const QSqlQuery &q) {
                 const qint64 revenue = q.value(1).toLongLong();
                 const qint64 before = q.value(2).toLongLong();
                 revenueOf.insert(f.accountId, revenue);
                 f.values[int(ValueCriterion::Revenue)] = double(revenue) / unitOf.value(f.accountId);
                 if (before > 0)
                     f.values[int(ValueCriterion::Growth)] = double(revenue - before) / double(before) * 100.0;
             });
    if (!r)
        return r.error();
    for (AccountValueFacts &f : facts) // an account with no deal won in either year earned nothing
        if (!f.values[int(ValueCriterion::Revenue)])
            f.values[int(ValueCriterion::Revenue)] = 0.0;

    // Cost of goods of the same year, in the account's currency.
    r = each(QStringLiteral("SELECT c.account_id, sum(c.amount_minor) FROM cost_entries c "
                            "JOIN accounts a ON a.id = c.account_id AND a.currency = c.currency "
                            "WHERE c.deleted_at IS NULL AND c.kind = ? AND c.incurred_on >= ? AND c.incurred_on <= ?%1 "
                            "GROUP BY 1"),
             "c.account_id", {enumCode(CostKind::GoodsCost), isoDay(yearStart), isoDay(yearEnd)},
             [&](AccountValueFacts &f, const QSqlQuery &q) {
                 f.values[int(ValueCriterion::GrossMargin)] =
                     marginPercent(revenueOf.value(f.accountId), q.value(1).toLongLong());
             });
    if (!r)
        return r.error();

    // Share of wallet as the latest plan (by its period, then its last edit) put it.
    QHash<QString, std::pair<QDate, QString>> latestPlan;
    r = each(QStringLiteral("SELECT account_id, period, wallet_baseline, updated_at FROM plans WHERE deleted_at IS NULL%1"),
             "account_id", {}, [&](AccountValueFacts &f, const QSqlQuery &q) {
                 const std::optional<std::pair<QDate, QDate>> days = planPeriodDays(q.value(1).toString());
                 if (!days)
                     return;
                 const std::pair<QDate, QString> key{days->first, q.value(3).toString()};
                 const auto known = latestPlan.constFind(f.accountId);
                 if (known != latestPlan.cend() && *known >= key)
                     return;
                 latestPlan.insert(f.accountId, key);
                 f.values[int(ValueCriterion::ShareOfWallet)] = q.value(2).toDouble();
             });
    if (!r)
        return r.error();

    // Relationship strength with the people still there, weighted by their influence.
    r = each(QStringLiteral("SELECT account_id, sum(influence * relationship), sum(influence) FROM contacts "
                            "WHERE deleted_at IS NULL AND active = 1%1 GROUP BY 1"),
             "account_id", {}, [](AccountValueFacts &f, const QSqlQuery &q) {
                 if (const double weight = q.value(2).toDouble(); weight > 0)
                     f.values[int(ValueCriterion::RelationshipStrength)] = q.value(1).toDouble() / weight;
             });
    if (!r)
        return r.error();

    // NPS of the answers since `answersSince`, counted per answer (at most 11 groups per account).
    QHash<QString, analytics::NpsSummary> nps;
    r = each(QStringLiteral("SELECT account_id, recommend, count(*) FROM satisfaction_responses "
                            "WHERE deleted_at IS NULL AND recommend >= 0 AND responded_on >= ? AND responded_on <= ?%1 "
                            "GROUP BY 1, 2"),
             "account_id", {isoDay(answersSince), isoDay(today)}, [&](AccountValueFacts &f, const QSqlQuery &q) {
                 analytics::NpsSummary &summary = nps[f.accountId];
                 for (int n = q.value(2).toInt(); n > 0; --n)
                     summary.add(q.value(1).toInt());
             });
    if (!r)
        return r.error();
    for (auto it = nps.cbegin(); it != nps.cend(); ++it)
        byId.value(it.key())->values[int(ValueCriterion::Satisfaction)] = it.value().nps();
    return facts;
}

Result<PortfolioScores> scoreWithActiveModel(const Store &store, const QDate &today)
{
    PortfolioScores p;
    Result<ValueModel> model = store.activeValueModel();
    if (!model)
        return model.error();
    p.model = std::move(model).value();
    const auto invalid = [&p](const Error &e) {
        return Error{ErrorCode::Invalid,
                     QCoreApplication::translate("kam", "Value model \u201c%1\u201d: %2").arg(p.model.name, e.message)};
    };
    Result<ValueModelDefinition> definition = ValueModelDefinition::fromJson(p.model.definition);
    if (!definition)
        return invalid(definition.error());
    p.definition = std::move(definition).value();
    Result<ModelWeights> weights = modelWeights(p.definition);
    if (!weights)
        return invalid(weights.error());
    p.weights = std::move(weights).value();
    Result<std::vector<AccountValueFacts>> facts = loadValueFacts(store, today);
    if (!facts)
        return facts.error();
    p.facts = std::move(facts).value();
    p.scores = analytics::scorePortfolio(p.facts, p.definition, p.weights);
    return p;
}

Result<std::vector<ProfitFacts>> loadProfitFacts(const Store &store, const QDate &from, const QDate &to)
{
    const factsql::AccountScope scope(QStringList{});
    std::vector<ProfitFacts> facts;
    QHash<QString, ProfitFacts *> byId;
    Result<void> r = store.run(QStringLiteral("SELECT id FROM accounts WHERE deleted_at IS NULL ORDER BY rowid"), {},
                               [&](const QSqlQuery &q) {
                                   ProfitFacts f;
                                   f.accountId = q.value(0).toString();
                                   facts.push_back(std::move(f));
                               });
    if (!r)
        return r.error();
    byId.reserve(qsizetype(facts.size()));
    for (ProfitFacts &f : facts)
        byId.insert(f.accountId, &f);
    const auto each = [&](const QString &sql, const QVariantList &binds,
                          const std::function<void(ProfitFacts &, const QSqlQuery &)> &row) {
        return eachAccountRow<ProfitFacts>(store, scope, byId, sql, "account_id", binds, row);
    };

    // Everything in the account's currency, like the revenue of the value facts.
    r = each(QStringLiteral("SELECT o.account_id, sum(o.amount_minor) FROM opportunities o "
                            "JOIN accounts a ON a.id = o.account_id AND a.currency = o.currency "
                            "WHERE o.deleted_at IS NULL AND o.status = ? AND o.closed_on >= ? AND o.closed_on <= ?%1 "
                            "GROUP BY 1"),
             {enumCode(DealStatus::Won), isoDay(from), isoDay(to)},
             [](ProfitFacts &f, const QSqlQuery &q) { f.revenue = q.value(1).toLongLong(); });
    if (!r)
        return r.error();

    r = each(QStringLiteral("SELECT c.account_id, c.kind, sum(c.amount_minor) FROM cost_entries c "
                            "JOIN accounts a ON a.id = c.account_id AND a.currency = c.currency "
                            "WHERE c.deleted_at IS NULL AND c.incurred_on >= ? AND c.incurred_on <= ?%1 GROUP BY 1, 2"),
             {isoDay(from), isoDay(to)}, [](ProfitFacts &f, const QSqlQuery &q) {
                 const qint64 amount = q.value(2).toLongLong();
                 switch (enumFromCode<CostKind>(q.value(1).toString()).value_or(CostKind::Other)) {
                 case CostKind::GoodsCost: f.goodsCost += amount; break;
                 case CostKind::Discount: f.discounts += amount; break;
                 case CostKind::Logistics: f.logistics += amount; break;
                 case CostKind::Service: f.serviceCost += amount; break;
                 case CostKind::Other: f.otherCost += amount; break;
                 }
             });
    if (!r)
        return r.error();

    // Activities by the local days they took place on, as the manager picked the range.
    r = each(QStringLiteral("SELECT t.account_id, t.kind = ?, sum(t.cost_minor) FROM activities t "
                            "JOIN accounts a ON a.id = t.account_id AND a.currency = t.currency "
                            "WHERE t.deleted_at IS NULL AND t.cost_minor > 0 AND t.occurred_at >= ? "
                            "AND t.occurred_at < ?%1 GROUP BY 1, 2"),
             {enumCode(ActivityKind::ServiceCase), toStoredTime(from.startOfDay()),
              toStoredTime(to.addDays(1).startOfDay())},
             [](ProfitFacts &f, const QSqlQuery &q) {
                 (q.value(1).toInt() != 0 ? f.serviceCost : f.activityCost) += q.value(2).toLongLong();
             });
    if (!r)
        return r.error();
    return facts;
}

Result<std::vector<CampaignFacts>> loadCampaignFacts(const Store &store, double defaultMarginPercent)
{
    Result<std::vector<Campaign>> campaigns = store.campaigns();
    if (!campaigns)
        return campaigns.error();
    std::vector<CampaignFacts> facts;
    QHash<QString, qsizetype> byId;
    QHash<QString, qsizetype> byName; // older stores name the campaign in the deal
    QHash<QString, QString> currencyOf;
    const auto nameKey = [](const QString &name) { return name.trimmed().toCaseFolded(); };
    for (const Campaign &c : *campaigns) {
        CampaignFacts f;
        f.campaignId = c.meta.id;
        f.name = c.name;
        f.channel = c.channel;
        f.cost = c.costMinor;
        byId.insert(c.meta.id, qsizetype(facts.size()));
        if (!byName.contains(nameKey(c.name))) // of two campaigns of one name, the newest
            byName.insert(nameKey(c.name), qsizetype(facts.size()));
        currencyOf.insert(c.meta.id, c.currency);
        facts.push_back(std::move(f));
    }
    if (facts.empty())
        return facts;

    Result<void> r = store.run(
        QStringLiteral("SELECT campaign_id, count(DISTINCT account_id), count(DISTINCT CASE WHEN contact_id IN (SELECT id FROM contacts WHERE deleted_at IS NULL) "
                       "THEN contact_id END), "
                       "count(*) FILTER (WHERE responded_on IS NOT NULL) FROM campaign_members WHERE deleted_at IS NULL "
                       "AND account_id IN (SELECT id FROM accounts WHERE deleted_at IS NULL) GROUP BY 1"),
        {}, [&](const QSqlQuery &q) {
            const auto at = byId.constFind(q.value(0).toString());
            if (at == byId.cend())
                return;
            CampaignFacts &f = facts[size_t(*at)];
            f.targetedAccounts = q.value(1).toInt();
            f.targetedContacts = q.value(2).toInt();
            f.responses = q.value(3).toInt();
        });
    if (!r)
        return r.error();

    struct WonDeal
    {
        qsizetype campaign;
        QString accountId;
        QDate closedOn;
        qint64 amount;
    };
    std::vector<WonDeal> won;
    r = store.run(QStringLiteral("SELECT o.source_campaign, o.status, o.amount_minor, o.currency, o.account_id, o.closed_on "
                                 "FROM opportunities o JOIN accounts a ON a.id = o.account_id AND a.deleted_at IS NULL "
                                 "WHERE o.deleted_at IS NULL AND o.source_campaign IS NOT NULL"),
                  {}, [&](const QSqlQuery &q) {
                      const QString source = q.value(0).toString();
                      qsizetype at = byId.value(source, -1);
                      if (at < 0)
                          at = byName.value(nameKey(source), -1);
                      if (at < 0)
                          return;
                      CampaignFacts &f = facts[size_t(at)];
                      ++f.sourcedDeals;
                      const DealStatus status = enumFromCode<DealStatus>(q.value(1).toString()).value_or(DealStatus::Open);
                      // Amounts only count in the campaign's currency, the one its cost is in.
                      const bool sameCurrency = q.value(3).toString() == currencyOf.value(f.campaignId);
                      const qint64 amount = sameCurrency ? q.value(2).toLongLong() : 0;
                      if (status == DealStatus::Open) {
                          f.sourcedPipeline += amount;
                      } else if (status == DealStatus::Won) {
                          ++f.wonDeals;
                          f.wonRevenue += amount;
                          if (amount > 0)
                              won.push_back({at, q.value(4).toString(),
                                             QDate::fromString(q.value(5).toString(), Qt::ISODate), amount});
                      }
                  });
    if (!r)
        return r.error();
    if (won.empty())
        return facts;

    // The margin ratio of each winning account by quarter: its won revenue and cost of goods
    // (in its currency) per quarter, in two grouped queries over those accounts only.
    QStringList accounts;
    for (const WonDeal &d : won)
        if (!accounts.contains(d.accountId))
            accounts << d.accountId;
    const factsql::AccountScope scope(accounts);
    QHash<QString, std::map<QDate, qint64>> revenueByQuarter;
    QHash<QString, std::map<QDate, qint64>> goodsByQuarter;
    r = store.run(QStringLiteral("SELECT o.account_id, %1, sum(o.amount_minor) FROM opportunities o "
                                 "JOIN accounts a ON a.id = o.account_id AND a.currency = o.currency "
                                 "WHERE o.deleted_at IS NULL AND o.status = ?%2 GROUP BY 1, 2")
                      .arg(factsql::quarterOf("o.closed_on"), scope.on("o.account_id")),
                  QVariantList{enumCode(DealStatus::Won)} + scope.binds, [&](const QSqlQuery &q) {
                      revenueByQuarter[q.value(0).toString()][QDate::fromString(q.value(1).toString(), Qt::ISODate)] =
                          q.value(2).toLongLong();
                  });
    if (!r)
        return r.error();
    r = store.run(QStringLiteral("SELECT c.account_id, %1, sum(c.amount_minor) FROM cost_entries c "
                                 "JOIN accounts a ON a.id = c.account_id AND a.currency = c.currency "
                                 "WHERE c.deleted_at IS NULL AND c.kind = ?%2 GROUP BY 1, 2")
                      .arg(factsql::quarterOf("c.incurred_on"), scope.on("c.account_id")),
                  QVariantList{enumCode(CostKind::GoodsCost)} + scope.binds, [&](const QSqlQuery &q) {
                      goodsByQuarter[q.value(0).toString()][QDate::fromString(q.value(1).toString(), Qt::ISODate)] =
                          q.value(2).toLongLong();
                  });
    if (!r)
        return r.error();
    const auto sumOver = [](const std::map<QDate, qint64> &byQuarter, const QDate &from, const QDate &until,
                            bool *any) {
        qint64 total = 0;
        for (auto it = byQuarter.lower_bound(from); it != byQuarter.end() && it->first < until; ++it) {
            total += it->second;
            *any = true;
        }
        return total;
    };
    for (const WonDeal &d : won) {
        // The four complete quarters before the one the deal closed in.
        const QDate until = analytics::periodStart(d.closedOn, analytics::Granularity::Quarter);
        const QDate since = until.addMonths(-12);
        bool anyRevenue = false;
        bool anyGoods = false;
        const qint64 revenue = sumOver(revenueByQuarter.value(d.accountId), since, until, &anyRevenue);
        const qint64 goods = sumOver(goodsByQuarter.value(d.accountId), since, until, &anyGoods);
        const double percent = marginPercent(revenue, anyGoods ? std::optional<qint64>(goods) : std::nullopt)
                                   .value_or(defaultMarginPercent);
        facts[size_t(d.campaign)].attributedMargin += std::llround(double(d.amount) * percent / 100.0);
    }
    return facts;
}

} // namespace kam
