// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/agenda.h"
#include "analytics/pipeline.h"
#include "domain/result.h"

namespace kam {

class Store;

/// The pipeline's local preferences, kept in the store's settings (they are the manager's, not
/// synced): the tiers' maintenance intervals and the forecast's probability thresholds.
Result<analytics::MaintenanceRules> maintenanceRules(const Store &store);
Result<void> setMaintenanceRules(Store &store, const analytics::MaintenanceRules &rules);
Result<analytics::ForecastThresholds> forecastThresholds(const Store &store);
/// Refuses thresholds outside 0…100 or a commit threshold below the best-case one.
Result<void> setForecastThresholds(Store &store, analytics::ForecastThresholds thresholds);

} // namespace kam
