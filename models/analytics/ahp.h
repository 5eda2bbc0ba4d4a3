// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QString>
#include <QStringView>

#include <optional>
#include <vector>

// The Analytic Hierarchy Process (Saaty): weights from a reciprocal pairwise-comparison matrix
// on the 1–9 scale, with the consistency check and the comparison to revisit when it fails.

namespace kam::analytics {

/// A square matrix, row-major: m[row][column].
using Matrix = std::vector<std::vector<double>>;

/// Which random index table CR divides by.
enum class RandomIndexTable {
    Classic, ///< Saaty 1980 (n = 3: 0.58, 4: 0.90, 5: 1.12, …)
    Revised, ///< Saaty 2000, from larger simulations (n = 3: 0.52, 4: 0.89, 5: 1.11, …)
};

/// The random index of an n × n matrix; 0 for n ≤ 2 (always consistent). Beyond the table's
/// last n the last value applies.
double randomIndex(int n, RandomIndexTable table);

/// A comparison to revisit: a[row][column] and the value the weights imply, rounded to the
/// nearest value of the 1–9 scale (or its reciprocal). Indices are 0-based.
struct AhpSuggestion
{
    int row = -1;
    int column = -1;
    double current = 1;
    double suggested = 1;
};

struct AhpResult
{
    std::vector<double> weights; ///< principal eigenvector, normalised to sum 1
    double lambdaMax = 0;
    double ci = 0;   ///< (λmax − n) / (n − 1); 0 for n ≤ 2
    double ri = 0;   ///< randomIndex(n, table)
    double cr = 0;   ///< ci / ri; 0 for n ≤ 2
    bool consistent = true; ///< cr < 0.10
    /// The comparison that contributes most to the inconsistency (largest a_ij·w_j/w_i away
    /// from 1), with the value the weights suggest; row −1 when the matrix is consistent.
    AhpSuggestion worst;
};

/// Weights and consistency of a pairwise-comparison matrix. Refused with a message naming the
/// row and column (1-based): not square or empty, an entry that is zero, negative or not finite,
/// a diagonal entry other than 1, or a_ji ≠ 1/a_ij (the smaller of the two may be off from the
/// reciprocal of the larger by 5e-4, so "1/3" written as 0.333 and "1/6" as 0.167 pass).
Result<AhpResult> ahp(const Matrix &m, RandomIndexTable table = RandomIndexTable::Classic);

/// The reciprocal n × n matrix whose upper triangle, row by row (a01, a02, …, a12, …), is
/// `upper`: a_ii = 1, a_ji = 1 / a_ij. `upper` must have n(n−1)/2 values; missing ones are 1.
Matrix reciprocalMatrix(int n, const std::vector<double> &upper);

/// The nearest value of Saaty's scale to x: 1…9 or 1/2…1/9, compared on a log scale.
double nearestScaleValue(double x);

/// Parses one matrix entry as written in files and the comparison grid: "3", "0.5", "1/3".
/// nullopt for anything else.
std::optional<double> parseComparison(QStringView text);

/// How a comparison is shown: "3", "1/3", "2.5".
QString formatComparison(double value);

} // namespace kam::analytics
