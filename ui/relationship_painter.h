// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QColor>
#include <QHash>
#include <QPointF>
#include <QRectF>

#include <span>

class QPainter;

// How a person and a reporting line look in the relationship map. The map view's items and
// the plan PDF draw through these, so the screen and the page agree.

namespace kam {

QColor stanceColor(Stance stance);

/// The circle's radius in map units: larger for more influence (1…5).
qreal influenceRadius(int influence);

/// The area a contact's node covers around its centre: circle plus the text below it.
QRectF contactNodeRect(const Contact &c);

/// Draws a contact centred at `centre`: a circle in the stance's colour sized by influence,
/// name, title, buying role and relationship strength as five dots.
void paintContactNode(QPainter &p, const Contact &c, const QPointF &centre, bool selected = false);

/// Draws the reporting line from a person (at `from`) up to their boss (at `to`).
void paintReportingLine(QPainter &p, const QPointF &from, const QPointF &to, int fromInfluence,
                        int toInfluence);

/// Draws the legend centred vertically in `area`, in the painter's font: the stances' colours,
/// then what size, dots and arrows mean (on a second line when one is too narrow).
void paintMapLegend(QPainter &p, const QRectF &area);

/// Draws the whole map of the active `contacts` at `layout` (relationshipLayout), scaled to fit
/// `target` and never enlarged beyond 100 %, with a legend of the stances along its bottom.
void paintRelationshipMap(QPainter &p, const QRectF &target, std::span<const Contact> contacts,
                          const QHash<QString, QPointF> &layout);

} // namespace kam
