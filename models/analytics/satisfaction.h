// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "domain/satisfaction.h"

#include <QDate>
#include <QHash>

#include <optional>
#include <span>
#include <vector>

// Net Promoter Score and satisfaction over time.

namespace kam::analytics {

/// NPS counts over a set of responses. Unanswered responses (recommend -1) count in `responses`
/// only: they are shown, never taken as a zero.
struct NpsSummary
{
    int responses = 0;
    int answered = 0;
    int promoters = 0;
    int passives = 0;
    int detractors = 0;

    /// Adds one response's likelihood to recommend (-1: not answered).
    void add(int recommend);
    /// %promoters − %detractors over the answered responses (−100…100); nullopt when none answered.
    std::optional<double> nps() const;
};

NpsSummary npsOf(std::span<const SatisfactionResponse> responses);

/// Averages of the answered scores (overall satisfaction and each dimension), 1…5.
struct ScoreAverage
{
    double sum = 0;
    int count = 0;

    void add(int score) { sum += score; ++count; }
    std::optional<double> mean() const;
};

/// What one calendar quarter's responses say.
struct QuarterSatisfaction
{
    QDate quarterStart; ///< first day of the quarter
    NpsSummary nps;
    ScoreAverage satisfaction;
    QHash<QString, ScoreAverage> dimensions;
    QStringList comments; ///< non-empty comments, oldest first
};

/// The responses by quarter, oldest first; quarters without responses are absent.
std::vector<QuarterSatisfaction> satisfactionByQuarter(std::span<const SatisfactionResponse> responses);

/// "2026 Q3" for the quarter starting on `quarterStart`.
QString quarterLabel(const QDate &quarterStart);

/// An NPS as it is written: a whole number in the locale with its sign ("+25", "−10", "0").
QString formatNps(double nps);

} // namespace kam::analytics
