// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipeline_json.h"

#include "domain/stages.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace kam {

namespace {

template<typename T>
QJsonValue orNull(const std::optional<T> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

/// Ratios and days to 4 decimals, so the output does not carry binary noise.
QJsonValue rounded(const std::optional<double> &value)
{
    return value ? QJsonValue(std::round(*value * 10000.0) / 10000.0) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject funnelJson(const analytics::Funnel &f)
{
    QJsonArray stages;
    for (const analytics::StageFigures &s : f.stages)
        stages.append(QJsonObject{{u"key"_s, s.stage.key},
                                  {u"name"_s, stageName(s.stage)},
                                  {u"count"_s, s.count},
                                  {u"amount_minor"_s, s.amountMinor},
                                  {u"weighted_minor"_s, s.weightedMinor},
                                  {u"reached"_s, s.reached},
                                  {u"conversion_to_next"_s, rounded(s.conversionToNext)},
                                  {u"avg_days"_s, rounded(s.avgDays)}});
    return {{u"stages"_s, stages},
            {u"open"_s, QJsonObject{{u"count"_s, f.openCount},
                                     {u"amount_minor"_s, f.openAmountMinor},
                                     {u"weighted_minor"_s, f.openWeightedMinor}}},
            {u"won"_s, QJsonObject{{u"count"_s, f.wonCount}, {u"amount_minor"_s, f.wonAmountMinor}}},
            {u"lost"_s, QJsonObject{{u"count"_s, f.lostCount}}},
            {u"win_rate"_s, rounded(f.winRate)},
            {u"avg_won_minor"_s, orNull(f.avgWonMinor)},
            {u"currency"_s, f.currency},
            {u"other_currency_deals"_s, f.otherCurrencyDeals}};
}

QJsonObject forecastJson(const analytics::Forecast &f, analytics::Granularity granularity,
                         analytics::ForecastThresholds thresholds)
{
    QJsonArray buckets;
    for (const analytics::ForecastBucket &b : f.buckets)
        buckets.append(QJsonObject{{u"period"_s, b.period},
                                   {u"start"_s, b.start.toString(Qt::ISODate)},
                                   {u"end"_s, b.end.toString(Qt::ISODate)},
                                   {u"target_minor"_s, orNull(b.targetMinor)},
                                   {u"won_minor"_s, b.wonMinor},
                                   {u"commit_minor"_s, b.commitMinor},
                                   {u"best_case_minor"_s, b.bestCaseMinor},
                                   {u"pipeline_minor"_s, b.pipelineMinor},
                                   {u"weighted_minor"_s, b.weightedMinor},
                                   {u"projected_minor"_s, b.projectedMinor()},
                                   {u"open_deals"_s, b.openDeals}});
    return {{u"granularity"_s, granularity == analytics::Granularity::Month ? u"month"_s : u"quarter"_s},
            {u"currency"_s, f.currency},
            {u"buckets"_s, buckets},
            {u"other_currency_deals"_s, f.otherCurrencyDeals},
            {u"overdue_open_deals"_s, f.overdueOpenDeals},
            {u"thresholds"_s, QJsonObject{{u"commit"_s, thresholds.commit},
                                           {u"best_case"_s, thresholds.bestCase}}}};
}

} // namespace kam
