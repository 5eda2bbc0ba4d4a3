// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>

namespace kam {

/// What a coloured value says: a gain, something to look at, a loss or an overdue step, or a
/// value that steps back. Item models and delegates colour text by tone, never with a fixed
/// colour, so it stays readable in a dark theme as in a light one.
enum class Tone { Good, Caution, Bad, Muted };

/// Whether `palette` is dark (its base, the background of lists and tables, is).
bool isDarkPalette(const QPalette &palette);

/// A text colour for `tone` on the base of `palette` (the application's by default): dark
/// shades on a light base, light ones on a dark base, each at least 4.5:1 against it (WCAG AA).
QColor toneText(Tone tone, const QPalette &palette = QPalette());

/// A cell highlight for a row that needs attention (a fired signal, the worst pair): a light red,
/// or a dark red in a dark theme, on which the palette's text keeps 4.5:1.
QColor attentionBackground(const QPalette &palette = QPalette());

/// The WCAG contrast ratio of two colours (1 to 21), for tests and checks.
double contrastRatio(const QColor &a, const QColor &b);

} // namespace kam
