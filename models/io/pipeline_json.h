// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/pipeline.h"

#include <QJsonObject>

namespace kam {

/// The funnel as kamdesk-cli prints it: {"stages":[{"key","name","count","amount_minor",
/// "weighted_minor","reached","conversion_to_next","avg_days"}],"open":{…},"won":{…},
/// "lost":{"count"},"win_rate","avg_won_minor","currency","other_currency_deals"}; a figure
/// that does not exist (no closed deal, no stay) is null, never 0.
QJsonObject funnelJson(const analytics::Funnel &funnel);

/// {"granularity","currency","buckets":[{"period","start","end","target_minor","won_minor",
/// "commit_minor","best_case_minor","pipeline_minor","weighted_minor","projected_minor",
/// "open_deals"}],"other_currency_deals","overdue_open_deals","thresholds":{"commit","best_case"}}.
QJsonObject forecastJson(const analytics::Forecast &forecast, analytics::Granularity granularity,
                         analytics::ForecastThresholds thresholds);

} // namespace kam
