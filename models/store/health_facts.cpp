// SPDX-License-Identifier: GPL-3.0-or-later
#include "health_facts.h"

#include "analytics/pipeline.h"
#include "fact_queries.h"
#include "domain/satisfaction.h"
#include "pipeline_settings.h"
#include "row_codec.h"
#include "store.h"

#include <QCoreApplication>
#include <QSet>

namespace kam {

using analytics::AccountHealthFacts;

namespace {

/// lupdate files these messages under "kam", the namespace it sees the calls in.
QString tr(const char *text)
{
    return QCoreApplication::translate("kam", text);
}

} // namespace

Result<std::vector<AccountHealthFacts>> loadHealthFacts(const Store &store, const QDate &today,
                                                        const QStringList &accountIds)
{
    const factsql::AccountScope scope(accountIds);
    const auto scopeOn = [&scope](const char *column) { return scope.on(column); };
    const QVariantList &scopeBind = scope.binds;
    const QString endOfToday = toStoredTime(today.addDays(1).startOfDay().toUTC().addMSecs(-1));
    const QString since = analytics::periodStart(today, analytics::Granularity::Quarter).addMonths(-21).toString(Qt::ISODate); // 8 quarters with today's
    const QString todayText = today.toString(Qt::ISODate);

    std::vector<AccountHealthFacts> facts;
    QHash<QString, AccountHealthFacts *> byId;
    Result<void> r = store.run(
        QStringLiteral("SELECT id, tier, lifecycle, payment_overdue_days FROM accounts WHERE deleted_at IS NULL%1 "
                       "ORDER BY id").arg(scopeOn("id")),
        scopeBind, [&](const QSqlQuery &q) {
            AccountHealthFacts f;
            f.accountId = q.value(0).toString();
            f.tier = enumFromCode<Tier>(q.value(1).toString()).value_or(Tier::Unrated);
            f.lifecycle = enumFromCode<Lifecycle>(q.value(2).toString()).value_or(Lifecycle::Prospect);
            f.paymentOverdueDays = q.value(3).toInt();
            facts.push_back(std::move(f));
        });
    if (!r)
        return r.error();
    byId.reserve(qsizetype(facts.size()));
    for (AccountHealthFacts &f : facts)
        byId.insert(f.accountId, &f);
    // `sql` has the account filter as %1, at the end of its WHERE clause.
    const auto each = [&](const QString &sql, const char *column, QVariantList binds,
                          const std::function<void(AccountHealthFacts &, const QSqlQuery &)> &row) {
        binds.append(scopeBind);
        return store.run(sql.arg(scopeOn(column)), binds, [&](const QSqlQuery &q) {
            if (AccountHealthFacts *f = byId.value(q.value(0).toString()))
                row(*f, q);
        });
    };

    // Responses by quarter, grouped by answer: at most 11 × 6 groups per account and quarter.
    r = each(QStringLiteral("SELECT account_id, %2, recommend, satisfaction, count(*) FROM satisfaction_responses "
                            "WHERE deleted_at IS NULL AND responded_on >= ? AND responded_on <= ?%1 "
                            "GROUP BY 1, 2, 3, 4 ORDER BY 1, 2")
                 .arg(u"%1", factsql::quarterOf("responded_on")),
             "account_id", {since, todayText}, [](AccountHealthFacts &f, const QSqlQuery &q) {
                 const QDate quarter = QDate::fromString(q.value(1).toString(), Qt::ISODate);
                 if (f.satisfaction.empty() || f.satisfaction.back().quarterStart != quarter)
                     f.satisfaction.push_back({quarter, {}, {}, {}, {}});
                 analytics::QuarterSatisfaction &s = f.satisfaction.back();
                 const int recommend = q.value(2).toInt();
                 const int satisfaction = q.value(3).toInt();
                 for (int n = q.value(4).toInt(); n > 0; --n) {
                     s.nps.add(recommend);
                     if (satisfaction > 0)
                         s.satisfaction.add(satisfaction);
                 }
             });
    if (!r)
        return r.error();

    // Won revenue in the account's currency, by quarter; the first win of all time.
    r = each(QStringLiteral("SELECT o.account_id, %2, sum(o.amount_minor) FROM opportunities o "
                            "JOIN accounts a ON a.id = o.account_id AND a.currency = o.currency "
                            "WHERE o.deleted_at IS NULL AND o.status = 'won' AND o.closed_on >= ? AND o.closed_on <= ? "
                            "%1 GROUP BY 1, 2")
                 .arg(u"%1", factsql::quarterOf("o.closed_on")),
             "o.account_id", {since, todayText}, [](AccountHealthFacts &f, const QSqlQuery &q) {
                 f.wonByQuarter[QDate::fromString(q.value(1).toString(), Qt::ISODate)] = q.value(2).toLongLong();
             });
    if (!r)
        return r.error();
    r = each(QStringLiteral("SELECT account_id, min(closed_on) FROM opportunities WHERE deleted_at IS NULL "
                            "AND status = 'won' AND closed_on <= ?%1 GROUP BY 1"),
             "account_id", {todayText}, [](AccountHealthFacts &f, const QSqlQuery &q) {
                 f.firstWon = QDate::fromString(q.value(1).toString(), Qt::ISODate);
             });
    if (!r)
        return r.error();

    // Deals: when each last moved (its latest stage or status change, else when it was made).
    r = each(QStringLiteral("SELECT o.account_id, o.status, coalesce(max(c.changed_at), o.created_at) FROM opportunities o "
                            "LEFT JOIN stage_changes c ON c.opportunity_id = o.id AND c.deleted_at IS NULL "
                            "WHERE o.deleted_at IS NULL%1 GROUP BY o.id"),
             "o.account_id", {}, [](AccountHealthFacts &f, const QSqlQuery &q) {
                 const QDateTime moved = fromStoredTime(q.value(2));
                 if (q.value(1).toString() == enumCode(DealStatus::Open))
                     f.openDealMoves.push_back(moved);
                 if (!f.lastDealMove.isValid() || moved > f.lastDealMove)
                     f.lastDealMove = moved;
             });
    if (!r)
        return r.error();

    // Activities, in one pass over their health index: the last contact up to today, and the
    // service cases still open.
    r = each(QStringLiteral("SELECT account_id, max(occurred_at) FILTER (WHERE occurred_at <= ?), "
                            "count(*) FILTER (WHERE kind = 'service_case' AND done = 0) FROM activities "
                            "WHERE deleted_at IS NULL%1 GROUP BY 1"),
             "account_id", {endOfToday}, [](AccountHealthFacts &f, const QSqlQuery &q) {
                 f.lastContact = fromStoredTime(q.value(1));
                 f.openServiceCases = q.value(2).toInt();
             });
    if (!r)
        return r.error();

    // Contacts: an active champion, and key people who left (when they were marked so).
    r = each(QStringLiteral("SELECT account_id, active, updated_at FROM contacts WHERE deleted_at IS NULL "
                            "AND ((active = 1 AND stance = 'champion') OR (active = 0 AND (stance = 'champion' "
                            "OR buying_role = 'decision_maker' OR influence >= 4)))%1"),
             "account_id", {}, [](AccountHealthFacts &f, const QSqlQuery &q) {
                 if (q.value(1).toInt() != 0)
                     f.hasChampion = true;
                 else
                     f.keyContactsLeft.push_back(fromStoredTime(q.value(2)));
             });
    if (!r)
        return r.error();
    return facts;
}

// --- settings ------------------------------------------------------------------------------

namespace {

QString ruleKey(ChurnSignal signal, const char *part)
{
    return QStringLiteral("churn.%1.%2").arg(enumCode(signal), QLatin1StringView(part));
}

Result<double> numberSetting(const Store &store, const QString &key, double fallback)
{
    Result<QString> text = store.setting(key);
    if (!text)
        return text.error();
    bool ok = false;
    const double value = text->toDouble(&ok);
    return ok ? value : fallback;
}

const QString kWarnAtKey = QStringLiteral("churn.warn_at");
const QString kDimensionsKey = QStringLiteral("satisfaction.dimensions");

} // namespace

Result<analytics::ChurnSettings> churnSettings(const Store &store)
{
    analytics::ChurnSettings settings = analytics::ChurnSettings::defaults();
    for (auto &[signal, rule] : settings.rules) {
        Result<double> weight = numberSetting(store, ruleKey(signal, "weight"), rule.weight);
        if (!weight)
            return weight.error();
        Result<double> threshold = numberSetting(store, ruleKey(signal, "threshold"), rule.threshold);
        if (!threshold)
            return threshold.error();
        rule = {*weight, *threshold};
    }
    Result<double> warnAt = numberSetting(store, kWarnAtKey, settings.warnAt);
    if (!warnAt)
        return warnAt.error();
    settings.warnAt = int(*warnAt);
    Result<analytics::MaintenanceRules> intervals = maintenanceRules(store);
    if (!intervals)
        return intervals.error();
    settings.contactIntervals = std::move(intervals).value();
    return settings;
}

Result<void> setChurnSettings(Store &store, const analytics::ChurnSettings &settings)
{
    double total = 0;
    for (const auto &[signal, rule] : settings.rules) {
        if (rule.weight < 0 || rule.threshold < 0)
            return makeError(ErrorCode::Invalid, tr("The weight and the threshold of %1 cannot be negative.")
                                                     .arg(enumLabel(signal)));
        total += rule.weight;
    }
    if (total <= 0)
        return makeError(ErrorCode::Invalid, tr("At least one signal needs a weight above zero."));
    if (settings.warnAt < 1 || settings.warnAt > 100)
        return makeError(ErrorCode::Invalid, tr("Warnings start at a score from 1 to 100."));
    return store.transaction([&]() -> Result<void> {
        for (const auto &[signal, rule] : settings.rules) {
            if (Result<void> r = store.setSetting(ruleKey(signal, "weight"), QString::number(rule.weight)); !r)
                return r;
            if (Result<void> r = store.setSetting(ruleKey(signal, "threshold"), QString::number(rule.threshold)); !r)
                return r;
        }
        return store.setSetting(kWarnAtKey, QString::number(settings.warnAt));
    });
}

Result<QStringList> satisfactionDimensions(const Store &store)
{
    Result<QString> text = store.setting(kDimensionsKey);
    if (!text)
        return text.error();
    const QStringList stored = text->split(u';', Qt::SkipEmptyParts);
    return stored.isEmpty() ? defaultDimensions() : stored;
}

Result<void> setSatisfactionDimensions(Store &store, const QStringList &dimensions)
{
    QSet<QString> seen;
    QStringList clean;
    for (const QString &d : dimensions) {
        const QString name = d.trimmed();
        if (name.isEmpty() || name.contains(u'=') || name.contains(u';'))
            return makeError(ErrorCode::Invalid, tr("%1 cannot name a dimension: it must not be empty or contain = or ;.")
                                                     .arg(d));
        if (seen.contains(name))
            return makeError(ErrorCode::Invalid, tr("The dimension %1 is listed twice.").arg(name));
        seen.insert(name);
        clean << name;
    }
    if (clean.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Keep at least one dimension."));
    return store.setSetting(kDimensionsKey, clean == defaultDimensions() ? QString() : clean.join(u';'));
}

} // namespace kam
