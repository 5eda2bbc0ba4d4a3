// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QDate>
#include <QHash>
#include <QPointF>

#include <span>
#include <vector>

// The relationship map's rules: where the people of an account stand, and the gaps in our
// coverage of them.

namespace kam::analytics {

struct CoverageWarning
{
    enum class Kind {
        NoChampion,                ///< no active contact is a champion
        NoDecisionMaker,           ///< no active contact is known as the decision maker
        DecisionMakerNotContacted, ///< a decision maker without an activity within the window
    };
    Kind kind = Kind::NoChampion;
    QString contactId;  ///< the decision maker, for DecisionMakerNotContacted
    QDateTime lastContact; ///< their last activity; null: never

    /// The warning in the UI language, naming the person ("Wang Li (decision maker) …").
    QString text(const QString &contactName, const QDate &today) const;
};

/// Coverage gaps among the active contacts of one account on `today`: no champion, no known
/// decision maker, and each decision maker not in an activity of the last `days` days.
std::vector<CoverageWarning> coverageWarnings(std::span<const Contact> contacts,
                                              std::span<const Activity> activities, const QDate &today,
                                              int days = 90);

/// Distances of the relationship map, in map units (points at 100 % zoom).
inline constexpr qreal kMapColumnWidth = 190;
inline constexpr qreal kMapRowHeight = 150;

/// Where each active contact sits in the map: its saved place ("x,y"), or else below the
/// person it reports to, a row per level, bosses centred over their people.
QHash<QString, QPointF> relationshipLayout(std::span<const Contact> contacts);

/// The saved form of a place in the map ("120,-40").
QString mapPositionText(const QPointF &p);

} // namespace kam::analytics
