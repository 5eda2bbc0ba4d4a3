// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"

#include <optional>
#include <vector>

namespace kam {

/// A plan with all its sections, as the editor and the PDF show it.
struct PlanContent
{
    Plan plan;
    std::vector<PlanObjective> objectives; ///< by position
    std::vector<PlanAction> actions;       ///< by position
    std::vector<PlanRisk> risks;           ///< highest exposure first
    std::vector<WhitespaceCell> whitespace;
    std::vector<PlanChange> changes;       ///< oldest first
};

/// The first and last day of a plan period: a year ("2027") or a half-year ("2027-H1");
/// nullopt when `period` is neither.
std::optional<std::pair<QDate, QDate>> planPeriodDays(const QString &period);

/// The period after `period` of the same length ("2027-H2" → "2028-H1"); empty when invalid.
QString nextPlanPeriod(const QString &period);

/// The period before `period` of the same length; empty when invalid.
QString previousPlanPeriod(const QString &period);

/// The period in the UI language ("2027", "H1 2027").
QString planPeriodLabel(const QString &period);

/// A new draft for `period` started from `previous`: fresh ids, the period in the title moved on, version 1, last period's
/// targets as the baselines, objectives with their progress reset, the actions not done or
/// cancelled (undated when due before the new period), the risks and the whitespace grid.
/// The caller sets the revenue baseline from the actuals it knows.
PlanContent planFromPrevious(const PlanContent &previous, const QString &period);

} // namespace kam
