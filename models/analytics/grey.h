// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/ahp.h"

#include <vector>

// Grey relational analysis (灰色关联分析, Deng): how close each alternative's indicator
// sequence is to the ideal one.

namespace kam::analytics {

enum class IndicatorType {
    Benefit, ///< more is better: (x − min) / (max − min)
    Cost,    ///< less is better: (max − x) / (max − min)
};

struct GreyInput
{
    std::vector<IndicatorType> types; ///< one per indicator
    Matrix values;                    ///< values[indicator][alternative]
    std::vector<double> weights;      ///< one per indicator, sum 1; empty: equal weights
    double rho = 0.5;                 ///< distinguishing coefficient, 0 < ρ ≤ 1
};

struct GreyResult
{
    Matrix normalised;   ///< [indicator][alternative], 0…1 (an indicator equal for all: 1)
    Matrix coefficients; ///< relational coefficients ξ [indicator][alternative] against the ideal 1
    std::vector<double> grades; ///< per alternative, Σ_i w_i · ξ_i
    std::vector<int> ranking;   ///< alternatives best first; ties keep their input order
};

/// Normalises each indicator (benefit/cost), compares every alternative with the reference
/// sequence of ideal values (all 1): ξ = (Δmin + ρΔmax) / (Δ + ρΔmax) with Δmin/Δmax over all
/// indicators and alternatives. Refused with a message naming the indicator (1-based): a type
/// count or weight count other than the indicator count, rows of different lengths, fewer than
/// one alternative, a value that is not finite, ρ outside (0, 1], weights negative or not
/// summing to 1.
Result<GreyResult> greyRelational(const GreyInput &input);

/// x's 0–1 transform over its indicator's [min, max] by type; 1 when min = max (no indicator
/// that is equal for all tells the alternatives apart, and none of them falls short on it).
double greyNormalise(double x, double min, double max, IndicatorType type);

/// The second half of greyRelational for values already normalised 0…1 ([indicator]
/// [alternative], ideal 1): coefficients, grades and ranking. `weights` one per indicator
/// summing to 1 and 0 < ρ ≤ 1, as greyRelational checks them.
GreyResult greyFromNormalised(Matrix normalised, const std::vector<double> &weights, double rho);

} // namespace kam::analytics
