// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/churn.h"
#include "analytics/health_facts.h"
#include "domain/result.h"

#include <QStringList>

#include <vector>

namespace kam {

class Store;

/// The health facts (analytics/health_facts.h) of live accounts on `today`: of all of them, or
/// of those in `accountIds`. A handful of grouped queries whatever the number of accounts;
/// responses and revenue are read for the last eight quarters, which is what the rules compare.
Result<std::vector<analytics::AccountHealthFacts>> loadHealthFacts(const Store &store, const QDate &today,
                                                                   const QStringList &accountIds = {});

/// The churn settings kept in the store's local settings (the manager's own, like the
/// maintenance intervals they reuse); defaults where none are saved.
Result<analytics::ChurnSettings> churnSettings(const Store &store);
/// Refuses negative weights or thresholds, all weights zero, or warnAt outside 1…100.
Result<void> setChurnSettings(Store &store, const analytics::ChurnSettings &settings);

/// The satisfaction dimensions offered when entering a response (local setting); the built-in
/// ones until the manager sets others.
Result<QStringList> satisfactionDimensions(const Store &store);
/// Refuses an empty list, duplicates, or a name with '=' or ';'.
Result<void> setSatisfactionDimensions(Store &store, const QStringList &dimensions);

} // namespace kam
