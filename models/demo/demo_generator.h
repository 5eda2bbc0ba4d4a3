// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <functional>

namespace kam {

class Store;

struct DemoOptions
{
    int accounts = 60;  ///< accounts to create, groups and branches included
    quint32 seed = 1;   ///< same seed, same names and values (ids are fresh UUIDs every time)
};

struct DemoSummary
{
    int users = 0;
    int accounts = 0;
    int groups = 0;
    int contacts = 0;
    int teamMembers = 0;
};

/// Called after each committed chunk; return false to stop (the chunk in progress is not kept).
using DemoProgress = std::function<bool(int done, int total)>;

/// Fills `store` with a realistic B2B portfolio: managers, steel, power, construction
/// machinery, fleet, auto-parts and distribution customers with Chinese and English names,
/// groups with regional branches, valid unique credit codes, contacts with buying roles and
/// reporting lines, and account teams. Everything goes through the store's write path, so the
/// demo data is journalled like any other edit.
Result<DemoSummary> generateDemo(Store &store, const DemoOptions &options,
                                 const DemoProgress &progress = {});

} // namespace kam
