// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

// The vocabulary of satisfaction responses shared by the store (validation), the analytics and
// the UI: NPS categories and the dimension scores.

namespace kam {

/// Likelihood-to-recommend bounds (0…10) and the overall/dimension score bounds (1…5).
inline constexpr int kMaxRecommend = 10;
inline constexpr int kMaxSatisfaction = 5;

enum class NpsCategory { Detractor, Passive, Promoter };

/// Promoters answer 9–10, passives 7–8, detractors 0–6; nullopt for an unanswered (-1) or
/// out-of-range value.
std::optional<NpsCategory> npsCategory(int recommend);

/// A response's dimension scores in their stored order.
using DimensionScores = QList<QPair<QString, int>>;

/// Parses "quality=4;delivery=3". Keys are non-empty, without '=' or ';', each once; scores are
/// 1…5. nullopt for anything else; `error` (if given) then says what is wrong, naming the part.
std::optional<DimensionScores> parseDimensionScores(const QString &text, QString *error = nullptr);
/// The stored form of `scores` ("quality=4;delivery=3"); empty for none.
QString dimensionScoresText(const DimensionScores &scores);

/// The built-in dimensions: quality, delivery, service, price, technical_support.
QStringList defaultDimensions();
/// A dimension's label in the UI language: the built-in ones translated, others as written.
QString dimensionLabel(const QString &key);

} // namespace kam
