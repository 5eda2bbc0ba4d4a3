// SPDX-License-Identifier: GPL-3.0-or-later
#include "churn.h"

#include "analytics/health_text.h"
#include "analytics/pipeline.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <functional>

namespace kam::analytics {

namespace {

constexpr ChurnSignal kSignals[] = {
    ChurnSignal::NpsDrop,          ChurnSignal::SatisfactionDrop, ChurnSignal::RevenueDrop,
    ChurnSignal::NoContact,        ChurnSignal::StalledDeals,     ChurnSignal::KeyContactLost,
    ChurnSignal::OpenServiceCases, ChurnSignal::PaymentOverdue,
};

/// The trend compares with the score of about one quarter ago.
constexpr int kTrendDays = 91;

/// The day the rules are evaluated on. `now` is false for the trend, which may only use what
/// was known on `day`.
struct AsOf
{
    QDate day;
    bool now = true;

    /// Whether a quarter's answers count. The facts keep no response dates, so for the trend a
    /// quarter counts once it is over: its partial answers would leak what came after `day`.
    bool includes(const QuarterSatisfaction &q) const
    {
        if (now)
            return q.quarterStart <= day;
        return q.quarterStart.addMonths(3).addDays(-1) <= day;
    }
};

struct QuarterValue
{
    QDate quarterStart;
    double value = 0;
};

using Measure = std::function<std::optional<double>(const QuarterSatisfaction &)>;

/// The latest quarter with a value within the current quarter and the four before, and the
/// quarter with a value before it (of any age).
std::pair<std::optional<QuarterValue>, std::optional<QuarterValue>>
latestTwo(const AccountHealthFacts &facts, const AsOf &asOf, const Measure &measure)
{
    std::vector<const QuarterSatisfaction *> quarters;
    for (const QuarterSatisfaction &q : facts.satisfaction)
        if (asOf.includes(q))
            quarters.push_back(&q);
    std::stable_sort(quarters.begin(), quarters.end(), [](const auto *a, const auto *b) {
        return a->quarterStart > b->quarterStart;
    });
    const QDate windowStart = periodStart(asOf.day, Granularity::Quarter).addMonths(-12);
    std::optional<QuarterValue> latest;
    for (const QuarterSatisfaction *q : quarters) {
        const std::optional<double> v = measure(*q);
        if (!v)
            continue;
        if (!latest) {
            if (q->quarterStart < windowStart)
                break;
            latest = QuarterValue {q->quarterStart, *v};
            continue;
        }
        return {latest, QuarterValue {q->quarterStart, *v}};
    }
    return {latest, std::nullopt};
}

QString npsText(double nps)
{
    return QLocale().toString(qRound(nps));
}

QString satisfactionText(double mean)
{
    return QLocale().toString(mean, 'f', 1);
}

void judgeNps(SignalResult &r, const AccountHealthFacts &facts, const AsOf &asOf)
{
    const auto [latest, before]
        = latestTwo(facts, asOf, [](const QuarterSatisfaction &q) { return q.nps.nps(); });
    if (!latest) {
        r.detail
            = QCoreApplication::translate("kam::analytics::Churn", "No answers in the last year");
        return;
    }
    if (!before) {
        r.detail = QCoreApplication::translate("kam::analytics::Churn",
                                               "No answers before %1 to compare with")
                       .arg(quarterLabel(latest->quarterStart));
        return;
    }
    r.value = detail::tidy(before->value - latest->value);
    const QString since = quarterLabel(before->quarterStart);
    if (*r.value > 0)
        r.detail = QCoreApplication::translate("kam::analytics::Churn",
                                               "NPS fell from %1 to %2 since %3")
                       .arg(npsText(before->value), npsText(latest->value), since);
    else if (*r.value < 0)
        r.detail = QCoreApplication::translate("kam::analytics::Churn",
                                               "NPS rose from %1 to %2 since %3")
                       .arg(npsText(before->value), npsText(latest->value), since);
    else
        r.detail
            = QCoreApplication::translate("kam::analytics::Churn", "NPS unchanged at %1 since %2")
                  .arg(npsText(latest->value), since);
}

void judgeSatisfaction(SignalResult &r, const AccountHealthFacts &facts, const AsOf &asOf)
{
    const auto [latest, before] = latestTwo(
        facts, asOf, [](const QuarterSatisfaction &q) { return q.satisfaction.mean(); });
    if (!latest) {
        r.detail = QCoreApplication::translate("kam::analytics::Churn",
                                               "No satisfaction scores in the last year");
        return;
    }
    if (!before) {
        r.detail = QCoreApplication::translate("kam::analytics::Churn",
                                               "No satisfaction scores before %1 to compare with")
                       .arg(quarterLabel(latest->quarterStart));
        return;
    }
    r.value = detail::tidy(before->value - latest->value);
    const QString since = quarterLabel(before->quarterStart);
    if (*r.value > 0)
        r.detail
            = QCoreApplication::translate("kam::analytics::Churn",
                                          "Satisfaction fell from %1 to %2 since %3")
                  .arg(satisfactionText(before->value), satisfactionText(latest->value), since);
    else if (*r.value < 0)
        r.detail
            = QCoreApplication::translate("kam::analytics::Churn",
                                          "Satisfaction rose from %1 to %2 since %3")
                  .arg(satisfactionText(before->value), satisfactionText(latest->value), since);
    else
        r.detail = QCoreApplication::translate("kam::analytics::Churn",
                                               "Satisfaction unchanged at %1 since %2")
                       .arg(satisfactionText(latest->value), since);
}

void judgeRevenue(SignalResult &r, const AccountHealthFacts &facts, const AsOf &asOf)
{
    const QDate last = periodStart(asOf.day, Granularity::Quarter).addMonths(-3);
    const QDate before = last.addMonths(-3);
    const qint64 lastRevenue = detail::quarterRevenue(facts.wonByQuarter, last);
    const qint64 beforeRevenue = detail::quarterRevenue(facts.wonByQuarter, before);
    if (beforeRevenue <= 0) {
        r.detail = QCoreApplication::translate("kam::analytics::Churn",
                                               "No won revenue in %1 to compare %2 with")
                       .arg(quarterLabel(before), quarterLabel(last));
        return;
    }
    r.value = detail::tidy(100.0 * double(beforeRevenue - lastRevenue) / double(beforeRevenue));
    if (*r.value > 0)
        r.detail = QCoreApplication::translate("kam::analytics::Churn",
                                               "Won revenue fell %1 % from %2 to %3")
                       .arg(detail::numberText(*r.value), quarterLabel(before), quarterLabel(last));
    else if (*r.value < 0)
        r.detail
            = QCoreApplication::translate("kam::analytics::Churn",
                                          "Won revenue rose %1 % from %2 to %3")
                  .arg(detail::numberText(-*r.value), quarterLabel(before), quarterLabel(last));
    else
        r.detail = QCoreApplication::translate("kam::analytics::Churn",
                                               "Won revenue unchanged from %1 to %2")
                       .arg(quarterLabel(before), quarterLabel(last));
}

void judgeContact(SignalResult &r, const AccountHealthFacts &facts, const ChurnSettings &settings,
                  const AsOf &asOf)
{
    const int interval = settings.contactIntervals.intervalFor(facts.tier);
    if (interval > 0)
        r.threshold = interval;
    const QDate last = detail::localDay(facts.lastContact);
    if (!last.isValid()) {
        r.detail = QCoreApplication::translate("kam::analytics::Churn", "No contact recorded yet");
        return;
    }
    if (last > asOf.day) {
        // Only the latest contact is known; one after the day says nothing about the gap then.
        r.detail = QCoreApplication::translate("kam::analytics::Churn",
                                               "The last contact, on %1, is after %2")
                       .arg(detail::dayText(last), detail::dayText(asOf.day));
        return;
    }
    const int days = int(last.daysTo(asOf.day));
    r.value = days;
    r.detail = QCoreApplication::translate("kam::analytics::Churn",
                                           "No contact for %n day(s) (interval %1)", nullptr, days)
                   .arg(detail::numberText(r.threshold));
}

void judgeStalledDeals(SignalResult &r, const AccountHealthFacts &facts, const AsOf &asOf)
{
    int stalled = 0;
    for (const QDateTime &move : facts.openDealMoves) {
        const QDate day = detail::localDay(move);
        // A deal that moved after the day (or was made after it) is not judged then.
        if (day.isValid() && day <= asOf.day && day.daysTo(asOf.day) >= r.threshold)
            ++stalled;
    }
    r.value = stalled;
    const QString days = detail::numberText(r.threshold);
    if (stalled > 0)
        r.detail = QCoreApplication::translate(
                       "kam::analytics::Churn",
                       "%n deal(s) without a stage change for %1 days or more", nullptr, stalled)
                       .arg(days);
    else
        r.detail = QCoreApplication::translate("kam::analytics::Churn",
                                               "No deal without a stage change for %1 days or more")
                       .arg(days);
}

void judgeKeyContacts(SignalResult &r, const AccountHealthFacts &facts, const AsOf &asOf)
{
    int left = 0;
    for (const QDateTime &when : facts.keyContactsLeft) {
        const QDate day = detail::localDay(when);
        if (day.isValid() && day <= asOf.day && day.daysTo(asOf.day) <= r.threshold)
            ++left;
    }
    r.value = left + (facts.hasChampion ? 0 : 1);
    const QString days = detail::numberText(r.threshold);
    if (!facts.hasChampion && left > 0)
        r.detail = QCoreApplication::translate("kam::analytics::Churn",
                                               "Champion missing; %n key contact(s) left in the "
                                               "last %1 days",
                                               nullptr, left)
                       .arg(days);
    else if (!facts.hasChampion)
        r.detail = QCoreApplication::translate("kam::analytics::Churn", "Champion missing");
    else if (left > 0)
        r.detail = QCoreApplication::translate("kam::analytics::Churn",
                                               "%n key contact(s) left in the last %1 days",
                                               nullptr, left)
                       .arg(days);
    else
        r.detail = QCoreApplication::translate("kam::analytics::Churn",
                                               "A champion is active; no key contact left in the "
                                               "last %1 days")
                       .arg(days);
}

void judgeServiceCases(SignalResult &r, const AccountHealthFacts &facts)
{
    const int open = std::max(0, facts.openServiceCases);
    r.value = open;
    r.detail = open > 0
        ? QCoreApplication::translate("kam::analytics::Churn", "%n open service case(s)", nullptr,
                                      open)
        : QCoreApplication::translate("kam::analytics::Churn", "No open service cases");
}

void judgePayment(SignalResult &r, const AccountHealthFacts &facts)
{
    if (facts.paymentOverdueDays <= 0) {
        r.detail = QCoreApplication::translate("kam::analytics::Churn", "No overdue payment known");
        return;
    }
    r.value = facts.paymentOverdueDays;
    r.detail = QCoreApplication::translate("kam::analytics::Churn", "Payment %n day(s) overdue",
                                           nullptr, facts.paymentOverdueDays);
}

struct Evaluation
{
    std::vector<SignalResult> results;
    int score = 0;
};

Evaluation evaluate(const AccountHealthFacts &facts, const ChurnSettings &settings,
                    const AsOf &asOf)
{
    double weights = 0;
    for (const ChurnSignal s : kSignals)
        weights += std::max(0.0, settings.rule(s).weight);

    Evaluation e;
    double sum = 0;
    for (const ChurnSignal s : kSignals) {
        const SignalRule rule = settings.rule(s);
        SignalResult r;
        r.signal = s;
        r.threshold = rule.threshold;
        // Counts fire at one; their threshold is the age in days that makes something count.
        double firesAt = rule.threshold;
        switch (s) {
        case ChurnSignal::NpsDrop:
            judgeNps(r, facts, asOf);
            break;
        case ChurnSignal::SatisfactionDrop:
            judgeSatisfaction(r, facts, asOf);
            break;
        case ChurnSignal::RevenueDrop:
            judgeRevenue(r, facts, asOf);
            break;
        case ChurnSignal::NoContact:
            judgeContact(r, facts, settings, asOf);
            firesAt = r.threshold;
            break;
        case ChurnSignal::StalledDeals:
            judgeStalledDeals(r, facts, asOf);
            firesAt = 1;
            break;
        case ChurnSignal::KeyContactLost:
            judgeKeyContacts(r, facts, asOf);
            firesAt = 1;
            break;
        case ChurnSignal::OpenServiceCases:
            judgeServiceCases(r, facts);
            break;
        case ChurnSignal::PaymentOverdue:
            judgePayment(r, facts);
            break;
        }
        const double weight = std::max(0.0, rule.weight);
        r.fired = weight > 0 && r.value && *r.value >= firesAt;
        if (r.fired) {
            r.contribution = 100.0 * weight / weights;
            sum += r.contribution;
        }
        e.results.push_back(std::move(r));
    }
    e.score = std::clamp(int(std::lround(sum)), 0, 100);
    return e;
}

} // namespace

ChurnSettings ChurnSettings::defaults()
{
    ChurnSettings s;
    s.rules = {
        {ChurnSignal::NpsDrop, {20, 20}},         {ChurnSignal::SatisfactionDrop, {10, 0.5}},
        {ChurnSignal::RevenueDrop, {20, 20}},     {ChurnSignal::NoContact, {15, 180}},
        {ChurnSignal::StalledDeals, {10, 60}},    {ChurnSignal::KeyContactLost, {10, 180}},
        {ChurnSignal::OpenServiceCases, {10, 2}}, {ChurnSignal::PaymentOverdue, {5, 30}},
    };
    s.contactIntervals = MaintenanceRules::defaults();
    s.warnAt = 40;
    return s;
}

SignalRule ChurnSettings::rule(ChurnSignal signal) const
{
    const auto it = rules.find(signal);
    return it == rules.end() ? SignalRule {} : it->second;
}

QString ChurnScore::firedCodes() const
{
    QStringList codes;
    for (const SignalResult &r : signalResults)
        if (r.fired)
            codes << enumCode(r.signal);
    return codes.join(u',');
}

ChurnScore scoreChurn(const AccountHealthFacts &facts, const ChurnSettings &settings,
                      const QDate &today)
{
    ChurnScore score;
    score.accountId = facts.accountId;
    Evaluation now = evaluate(facts, settings, {today, true});
    score.score = now.score;
    score.signalResults = std::move(now.results);
    score.previousScore = evaluate(facts, settings, {today.addDays(-kTrendDays), false}).score;
    return score;
}

WarningState warningState(const ChurnScore &score, const ChurnSettings &settings,
                          const WarningReview *latestReview, const QDate &today)
{
    if (score.score < settings.warnAt)
        return WarningState::None;
    if (!latestReview)
        return WarningState::New;
    if (score.score > latestReview->score)
        return WarningState::New;
    QSet<QString> reviewed;
    for (const QString &code : latestReview->signalCodes.split(u',', Qt::SkipEmptyParts))
        reviewed.insert(code.trimmed());
    for (const SignalResult &r : score.signalResults)
        if (r.fired && !reviewed.contains(enumCode(r.signal)))
            return WarningState::New;
    if (latestReview->kind == WarningReviewKind::Snoozed)
        return latestReview->snoozedUntil > today ? WarningState::Snoozed : WarningState::New;
    return WarningState::Reviewed;
}

} // namespace kam::analytics
