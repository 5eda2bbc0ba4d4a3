// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzzy.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace kam::analytics {

namespace {

constexpr double kSumTolerance = 1e-6;
constexpr double kTieTolerance = 1e-9;

QString tr(const char *text)
{
    return QCoreApplication::translate("kam::analytics::Fuzzy", text);
}

Error invalid(const QString &message)
{
    return makeError(ErrorCode::Invalid, message);
}

Result<void> validate(const std::vector<double> &weights, const Matrix &membership)
{
    if (membership.empty())
        return invalid(tr("the membership matrix has no rows"));
    if (weights.size() != membership.size())
        return invalid(tr("%1 weights for %2 membership rows").arg(weights.size()).arg(membership.size()));
    double sum = 0;
    for (size_t i = 0; i < weights.size(); ++i) {
        if (!std::isfinite(weights[i]) || weights[i] < 0)
            return invalid(tr("weight %1: %2 is not a number from 0 to 1").arg(i + 1).arg(weights[i]));
        sum += weights[i];
    }
    if (std::abs(sum - 1) > kSumTolerance)
        return invalid(tr("the weights sum to %1, not 1").arg(sum));
    const size_t grades = membership.front().size();
    if (grades == 0)
        return invalid(tr("row 1 has no grades"));
    for (size_t i = 0; i < membership.size(); ++i) {
        const std::vector<double> &row = membership[i];
        if (row.size() != grades)
            return invalid(tr("row %1 has %2 grades, not %3").arg(i + 1).arg(row.size()).arg(grades));
        double rowSum = 0;
        for (size_t j = 0; j < grades; ++j) {
            if (!std::isfinite(row[j]) || row[j] < 0 || row[j] > 1)
                return invalid(tr("row %1, column %2: %3 is not a membership from 0 to 1")
                                   .arg(i + 1)
                                   .arg(j + 1)
                                   .arg(row[j]));
            rowSum += row[j];
        }
        if (std::abs(rowSum - 1) > kSumTolerance)
            return invalid(tr("row %1 sums to %2, not 1").arg(i + 1).arg(rowSum));
    }
    return {};
}

} // namespace

Result<FuzzyResult> fuzzyEvaluate(const std::vector<double> &weights, const Matrix &membership,
                                  FuzzyOperator op)
{
    if (Result<void> valid = validate(weights, membership); !valid)
        return valid.error();
    const size_t grades = membership.front().size();
    FuzzyResult r;
    r.b.assign(grades, 0.0);
    for (size_t i = 0; i < membership.size(); ++i)
        for (size_t j = 0; j < grades; ++j)
            r.b[j] = op == FuzzyOperator::WeightedAverage ? r.b[j] + weights[i] * membership[i][j]
                                                          : std::max(r.b[j], std::min(weights[i], membership[i][j]));
    const double best = *std::max_element(r.b.begin(), r.b.end());
    for (size_t j = 0; j < grades; ++j)
        if (best - r.b[j] <= kTieTolerance)
            r.grades.push_back(int(j));
    return r;
}

Result<FuzzyResult> fuzzyEvaluate(const FuzzyNode &model, FuzzyOperator op)
{
    if (model.children.empty())
        return fuzzyEvaluate(model.weights, model.membership, op);
    if (!model.membership.empty())
        return invalid(tr("a node has both membership rows and sub-factors"));
    Matrix rows;
    rows.reserve(model.children.size());
    for (size_t i = 0; i < model.children.size(); ++i) {
        Result<FuzzyResult> child = fuzzyEvaluate(model.children[i], op);
        if (!child)
            return invalid(tr("factor %1 → %2").arg(i + 1).arg(child.error().message));
        std::vector<double> b = std::move(child).value().b;
        if (op == FuzzyOperator::MaxMin) {
            double sum = 0;
            for (double x : b)
                sum += x;
            if (sum > 0)
                for (double &x : b)
                    x /= sum;
        }
        rows.push_back(std::move(b));
    }
    return fuzzyEvaluate(model.weights, rows, op);
}

} // namespace kam::analytics
