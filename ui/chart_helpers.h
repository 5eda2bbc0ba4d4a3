// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the funnel and forecast charts share: the chart view, the empty state, and axes that
// follow their model.

#include <QList>
#include <QString>

class QAbstractItemModel;
class QLabel;
class QStackedWidget;
class QWidget;

class QBarCategoryAxis;
class QChart;
class QChartView;
class QValueAxis;

namespace kam {

class FiguresModel;

/// A view of `chart` (which it takes) with antialiasing and the application's palette.
QChartView *makeChartView(QChart *chart, QWidget *parent);

/// The centred grey text shown instead of a chart with nothing to draw.
QLabel *makeEmptyState(const QString &text, QWidget *parent);

/// A view of `chart` (objectName `objectName`) and its empty state (`objectName` + "Empty") in
/// one place; shows the chart (index 0) or, through showEmptyState, the text (index 1).
QStackedWidget *makeChartStack(QChart *chart, const char *objectName, QWidget *parent);

/// Shows the empty state of a makeChartStack with `text`.
void showEmptyState(QStackedWidget *stack, const QString &text);

/// Keeps `categories` on the display texts of `categoryColumn` and `values` on a rounded range
/// from 0 to above the largest ValueRole of `valueColumns`, whenever `model` changes.
void followModel(FiguresModel *model, int categoryColumn, QList<int> valueColumns,
                 QBarCategoryAxis *categories, QValueAxis *values);

/// Sets `values` to a range from 0 to a round number above `top` (with room for bar labels),
/// in about four round steps of at least `minStep` (1 for counts).
void setRoundRange(QValueAxis *values, double top, double minStep = 0);

} // namespace kam
