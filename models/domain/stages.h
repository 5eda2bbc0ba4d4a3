// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"

#include <vector>

namespace kam {

/// The built-in B2B sales process (DESIGN.md): need identified → contact & samples → intent
/// confirmed → negotiation → contract signed → delivery & after-sales → payment collected →
/// maintenance. Ids are fixed (name-based UUIDs of the keys), so every store and the server
/// name these stages alike before anyone has edited them.
std::vector<Stage> builtInStages();

/// The stage's name in the UI language: the company's name for it, or the built-in name.
QString stageName(const Stage &stage);

} // namespace kam
