// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <functional>

namespace kam {

class Store;

struct DemoOptions
{
    int accounts = 60; ///< accounts to create, groups and branches included
    /// Same seed on an empty store, same names and values. Not the same ids: those are UUIDs the
    /// store makes fresh on every run, as it does for any new row.
    quint32 seed = 1;
};

struct DemoSummary
{
    int users = 0; ///< managers the portfolio is shared among (a second run reuses the first's)
    int accounts = 0;
    int groups = 0;
    int contacts = 0;
    int teamMembers = 0;
    int products = 0;     ///< catalogue entries (a second run reuses the first's)
    int deals = 0;
    int stageChanges = 0;
    int activities = 0;
    int targets = 0;
    int plans = 0; ///< key account plans: this year's approved, next year's draft
    int responses = 0; ///< satisfaction responses
    int costEntries = 0; ///< costs of goods and to serve, per account and quarter
    int campaigns = 0;   ///< marketing campaigns (a second run reuses the first's)
};

/// Called after each committed chunk; return false to stop (the chunk in progress is not kept).
using DemoProgress = std::function<bool(int done, int total)>;

/// Fills `store` with a realistic B2B portfolio: managers, steel, power, construction
/// machinery, fleet, auto-parts and distribution customers with Chinese and English names,
/// groups with regional branches, valid unique credit codes, contacts with buying roles and
/// reporting lines, account teams, a product catalogue, deals whose stage history runs over the
/// last 18 months up to now, activities with next steps due around today, monthly targets,
/// satisfaction responses over six quarters (some customers souring lately), lifecycle reviews,
/// strategic fit ratings, costs of goods and to serve per quarter (a few loyal accounts costly to
/// serve), campaigns with their audiences, responses and sourced deals, two value models and
/// some tier decisions, and
/// for groups and core accounts this year's approved key account plan and next year's draft.
/// Everything goes through the store's write path (its clock set back for the history), so the
/// demo data is journalled like any other edit.
Result<DemoSummary> generateDemo(Store &store, const DemoOptions &options,
                                 const DemoProgress &progress = {});

} // namespace kam
