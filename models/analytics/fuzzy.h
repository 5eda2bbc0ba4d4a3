// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/ahp.h"

#include <vector>

// Fuzzy comprehensive evaluation (模糊综合评价): B = W ∘ R for a weight vector W over the
// factors and a membership matrix R (factors × grades), single- or multi-level.

namespace kam::analytics {

enum class FuzzyOperator {
    WeightedAverage, ///< M(·,+): b_j = Σ_i w_i · r_ij (the default: every factor counts)
    MaxMin,          ///< Zadeh M(∧,∨): b_j = max_i min(w_i, r_ij)
};

struct FuzzyResult
{
    std::vector<double> b;  ///< membership of the result in each grade, as the operator gives it
    std::vector<int> grades; ///< the grades (0-based) of maximum membership: more than one is a tie
    int grade() const { return grades.empty() ? -1 : grades.front(); }
    bool tie() const { return grades.size() > 1; }
};

/// One level of a model: weights over its factors and, for a leaf, the factors' membership
/// rows; for an inner node each child's result B is the row of its factor.
struct FuzzyNode
{
    std::vector<double> weights;
    Matrix membership;             ///< leaf: one row per factor, one column per grade
    std::vector<FuzzyNode> children; ///< inner node: one child per factor
};

/// B = W ∘ R. Refused with a message naming the row (1-based): weights that are negative or do
/// not sum to 1 (tolerance 1e-6), a weight count other than R's row count, rows of different
/// lengths, a membership outside 0…1 or a row that does not sum to 1. Ties compare within 1e-9.
Result<FuzzyResult> fuzzyEvaluate(const std::vector<double> &weights, const Matrix &membership,
                                  FuzzyOperator op = FuzzyOperator::WeightedAverage);

/// A multi-level model evaluated bottom-up. With MaxMin, a child's B is normalised to sum 1
/// before it becomes a row of its parent (otherwise a parent row would fail the row-sum check).
/// Errors name the path to the node ("factor 2 → row 3").
Result<FuzzyResult> fuzzyEvaluate(const FuzzyNode &model, FuzzyOperator op = FuzzyOperator::WeightedAverage);

} // namespace kam::analytics
