// SPDX-License-Identifier: GPL-3.0-or-later
#include "grey.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace kam::analytics {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kam::analytics::Grey", text);
}

Error invalid(const QString &message)
{
    return makeError(ErrorCode::Invalid, message);
}

Result<void> validate(const GreyInput &input)
{
    const size_t n = input.values.size();
    if (n == 0)
        return invalid(tr("there are no indicators"));
    if (input.types.size() != n)
        return invalid(tr("%1 indicator types for %2 indicators").arg(input.types.size()).arg(n));
    if (!input.weights.empty() && input.weights.size() != n)
        return invalid(tr("%1 weights for %2 indicators").arg(input.weights.size()).arg(n));
    const size_t alternatives = input.values.front().size();
    if (alternatives == 0)
        return invalid(tr("indicator 1 has no alternatives"));
    for (size_t i = 0; i < n; ++i) {
        const std::vector<double> &row = input.values[i];
        if (row.size() != alternatives)
            return invalid(tr("indicator %1 has %2 values, not %3").arg(i + 1).arg(row.size()).arg(alternatives));
        for (size_t k = 0; k < alternatives; ++k)
            if (!std::isfinite(row[k]))
                return invalid(tr("indicator %1, alternative %2: not a number").arg(i + 1).arg(k + 1));
    }
    if (!(input.rho > 0 && input.rho <= 1))
        return invalid(tr("the distinguishing coefficient ρ must be above 0 and at most 1, not %1").arg(input.rho));
    if (!input.weights.empty()) {
        double sum = 0;
        for (size_t i = 0; i < n; ++i) {
            if (!std::isfinite(input.weights[i]) || input.weights[i] < 0)
                return invalid(tr("indicator %1: the weight %2 is negative").arg(i + 1).arg(input.weights[i]));
            sum += input.weights[i];
        }
        if (std::abs(sum - 1) > 1e-6)
            return invalid(tr("the weights sum to %1, not 1").arg(sum));
    }
    return {};
}

} // namespace

double greyNormalise(double x, double min, double max, IndicatorType type)
{
    if (max - min <= 0)
        return 1;
    return type == IndicatorType::Benefit ? (x - min) / (max - min) : (max - x) / (max - min);
}

GreyResult greyFromNormalised(Matrix normalised, const std::vector<double> &weights, double rho)
{
    GreyResult r;
    r.normalised = std::move(normalised);
    const size_t n = r.normalised.size();
    const size_t alternatives = n == 0 ? 0 : r.normalised.front().size();
    // Against the ideal sequence of 1s the deviation is 1 − x.
    double deltaMin = 1, deltaMax = 0;
    for (const std::vector<double> &row : r.normalised)
        for (double x : row) {
            deltaMin = std::min(deltaMin, 1 - x);
            deltaMax = std::max(deltaMax, 1 - x);
        }
    r.coefficients.assign(n, std::vector<double>(alternatives, 1.0));
    r.grades.assign(alternatives, 0.0);
    for (size_t i = 0; i < n; ++i) {
        const double w = weights[i];
        for (size_t k = 0; k < alternatives; ++k) {
            // Every alternative ideal on every indicator: Δmax = 0, all coefficients 1.
            const double xi = deltaMax > 0
                ? (deltaMin + rho * deltaMax) / ((1 - r.normalised[i][k]) + rho * deltaMax)
                : 1.0;
            r.coefficients[i][k] = xi;
            r.grades[k] += w * xi;
        }
    }
    r.ranking.resize(alternatives);
    std::iota(r.ranking.begin(), r.ranking.end(), 0);
    std::stable_sort(r.ranking.begin(), r.ranking.end(),
                     [&](int a, int b) { return r.grades[size_t(a)] > r.grades[size_t(b)]; });
    return r;
}

Result<GreyResult> greyRelational(const GreyInput &input)
{
    if (Result<void> valid = validate(input); !valid)
        return valid.error();
    const size_t n = input.values.size();
    Matrix normalised(n);
    for (size_t i = 0; i < n; ++i) {
        const std::vector<double> &row = input.values[i];
        const auto [min, max] = std::minmax_element(row.begin(), row.end());
        normalised[i].reserve(row.size());
        for (double x : row)
            normalised[i].push_back(greyNormalise(x, *min, *max, input.types[i]));
    }
    const std::vector<double> weights = input.weights.empty() ? std::vector<double>(n, 1.0 / double(n))
                                                              : input.weights;
    return greyFromNormalised(std::move(normalised), weights, input.rho);
}

} // namespace kam::analytics
