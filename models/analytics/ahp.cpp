// SPDX-License-Identifier: GPL-3.0-or-later
#include "ahp.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <array>
#include <cmath>

namespace kam::analytics {

namespace {

// Random indices by n (index 0 is n = 1).
// Classic: Saaty, The Analytic Hierarchy Process, McGraw-Hill 1980, n = 1…10; n = 11…15 as the
// table is commonly extended (1.51, 1.48, 1.56, 1.57, 1.59), e.g. in 姜启源《数学模型》.
constexpr std::array<double, 15> kClassicRi{0,    0,    0.58, 0.90, 1.12, 1.24, 1.32, 1.41,
                                            1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59};
// Revised: Saaty, Fundamentals of Decision Making and Priority Theory with the AHP, RWS 2000,
// from larger simulations; they agree to two decimals with Alonso & Lamata, "Consistency in the
// analytic hierarchy process: a new approach", IJUFKS 14(4), 2006 (0.5247, 0.8816, 1.1086, …).
constexpr std::array<double, 15> kRevisedRi{0,    0,    0.52, 0.89, 1.11, 1.25, 1.35, 1.40,
                                            1.45, 1.49, 1.52, 1.54, 1.56, 1.58, 1.59};

constexpr double kConsistentCr = 0.10;
constexpr double kReciprocalTolerance = 5e-4;

QString tr(const char *text)
{
    return QCoreApplication::translate("kam::analytics::Ahp", text);
}

Result<void> validate(const Matrix &m)
{
    const qsizetype n = qsizetype(m.size());
    if (n == 0)
        return makeError(ErrorCode::Invalid, tr("the comparison matrix is empty"));
    for (qsizetype i = 0; i < n; ++i)
        if (qsizetype(m[size_t(i)].size()) != n)
            return makeError(ErrorCode::Invalid, tr("row %1 has %2 values; a %3 × %3 matrix needs %3")
                                                     .arg(i + 1)
                                                     .arg(m[size_t(i)].size())
                                                     .arg(n));
    for (qsizetype i = 0; i < n; ++i) {
        for (qsizetype j = 0; j < n; ++j) {
            const double a = m[size_t(i)][size_t(j)];
            if (!std::isfinite(a) || a <= 0)
                return makeError(ErrorCode::Invalid, tr("row %1, column %2: %3 is not a positive number")
                                                         .arg(i + 1)
                                                         .arg(j + 1)
                                                         .arg(a));
        }
    }
    for (qsizetype i = 0; i < n; ++i) {
        const double d = m[size_t(i)][size_t(i)];
        if (std::abs(d - 1) > 1e-9)
            return makeError(ErrorCode::Invalid, tr("row %1, column %1: the diagonal must be 1, not %2")
                                                     .arg(i + 1)
                                                     .arg(d));
    }
    for (qsizetype i = 0; i < n; ++i)
        for (qsizetype j = i + 1; j < n; ++j) {
            const double a = m[size_t(i)][size_t(j)];
            const double b = m[size_t(j)][size_t(i)];
            // The smaller entry is the one written rounded (0.333 for 1/3, 0.167 for 1/6): it
            // may be off from the reciprocal of the larger by half its last decimal.
            if (std::abs(std::min(a, b) - 1 / std::max(a, b)) > kReciprocalTolerance + 1e-9)
                return makeError(ErrorCode::Invalid,
                                 tr("row %1, column %2: %3 is not the reciprocal of row %2, column %1 (%4)")
                                     .arg(j + 1)
                                     .arg(i + 1)
                                     .arg(formatComparison(b), formatComparison(a)));
        }
    return {};
}

/// The principal eigenvector by power iteration, started from the row geometric means (the
/// exact answer for a consistent matrix, so those converge at once).
std::vector<double> principalEigenvector(const Matrix &m)
{
    const size_t n = m.size();
    std::vector<double> w(n), next(n);
    for (size_t i = 0; i < n; ++i) {
        double logSum = 0;
        for (double a : m[i])
            logSum += std::log(a);
        w[i] = std::exp(logSum / double(n));
    }
    const auto normalise = [](std::vector<double> &v) {
        double sum = 0;
        for (double x : v)
            sum += x;
        for (double &x : v)
            x /= sum;
    };
    normalise(w);
    // A positive matrix (Perron–Frobenius) converges geometrically; the cap only guards the loop.
    for (int iteration = 0; iteration < 10000; ++iteration) {
        for (size_t i = 0; i < n; ++i) {
            double s = 0;
            for (size_t j = 0; j < n; ++j)
                s += m[i][j] * w[j];
            next[i] = s;
        }
        normalise(next);
        double change = 0;
        for (size_t i = 0; i < n; ++i)
            change = std::max(change, std::abs(next[i] - w[i]));
        w.swap(next);
        if (change < 1e-12)
            break;
    }
    return w;
}

} // namespace

double randomIndex(int n, RandomIndexTable table)
{
    if (n <= 2)
        return 0;
    const auto &ri = table == RandomIndexTable::Classic ? kClassicRi : kRevisedRi;
    return ri[size_t(std::min<int>(n, int(ri.size())) - 1)];
}

Result<AhpResult> ahp(const Matrix &m, RandomIndexTable table)
{
    if (Result<void> valid = validate(m); !valid)
        return valid.error();
    const int n = int(m.size());
    AhpResult r;
    r.weights = principalEigenvector(m);
    double lambda = 0;
    for (int i = 0; i < n; ++i) {
        double aw = 0;
        for (int j = 0; j < n; ++j)
            aw += m[size_t(i)][size_t(j)] * r.weights[size_t(j)];
        lambda += aw / r.weights[size_t(i)];
    }
    r.lambdaMax = lambda / n;
    r.ri = randomIndex(n, table);
    if (n > 2) {
        // λmax ≥ n in exact arithmetic; rounding must not report a negative CI.
        r.ci = std::max(0.0, (r.lambdaMax - n) / (n - 1));
        r.cr = r.ci / r.ri;
    }
    r.consistent = r.cr < kConsistentCr;
    if (!r.consistent) {
        double worstDeviation = 0;
        for (int i = 0; i < n; ++i)
            for (int j = i + 1; j < n; ++j) {
                const double a = m[size_t(i)][size_t(j)];
                const double ratio = r.weights[size_t(i)] / r.weights[size_t(j)];
                const double epsilon = a / ratio;
                const double deviation = std::max(epsilon, 1 / epsilon);
                if (deviation > worstDeviation) {
                    worstDeviation = deviation;
                    r.worst = {i, j, a, nearestScaleValue(ratio)};
                }
            }
    }
    return r;
}

Matrix reciprocalMatrix(int n, const std::vector<double> &upper)
{
    Matrix m(size_t(std::max(n, 0)), std::vector<double>(size_t(std::max(n, 0)), 1.0));
    size_t k = 0;
    for (int i = 0; i < n; ++i)
        for (int j = i + 1; j < n; ++j, ++k) {
            const double a = k < upper.size() ? upper[k] : 1.0;
            m[size_t(i)][size_t(j)] = a;
            m[size_t(j)][size_t(i)] = 1 / a;
        }
    return m;
}

double nearestScaleValue(double x)
{
    if (!(x > 0) || !std::isfinite(x))
        return 1;
    // Symmetric on the log scale: 1/x's nearest value is the reciprocal of x's.
    const double distance = std::abs(std::log(x));
    double best = 1;
    double bestDistance = distance;
    for (int k = 2; k <= 9; ++k) {
        const double d = std::abs(distance - std::log(double(k)));
        if (d < bestDistance) {
            bestDistance = d;
            best = k;
        }
    }
    return x >= 1 ? best : 1 / best;
}

std::optional<double> parseComparison(QStringView text)
{
    const QLocale c = QLocale::c();
    const auto number = [&](QStringView part) -> std::optional<double> {
        bool ok = false;
        const double v = c.toDouble(part.trimmed(), &ok);
        if (!ok || !std::isfinite(v))
            return std::nullopt;
        return v;
    };
    const qsizetype slash = text.indexOf(u'/');
    if (slash < 0)
        return number(text);
    const std::optional<double> numerator = number(text.left(slash));
    const std::optional<double> denominator = number(text.mid(slash + 1));
    if (!numerator || !denominator || *denominator == 0)
        return std::nullopt;
    return *numerator / *denominator;
}

QString formatComparison(double value)
{
    if (value > 0 && value < 1) {
        const double inverse = 1 / value;
        if (std::abs(inverse - std::round(inverse)) < 1e-6)
            return QStringLiteral("1/%1").arg(qRound(inverse));
    }
    // 'g' with C formatting: the same text parseComparison reads back, in every UI language.
    return QString::number(value, 'g', 6);
}

} // namespace kam::analytics
