// SPDX-License-Identifier: GPL-3.0-or-later
#include "relationship.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <functional>

namespace kam::analytics {

namespace {

std::optional<QPointF> savedPosition(const QString &text)
{
    const qsizetype comma = text.indexOf(u',');
    if (comma < 0)
        return std::nullopt;
    bool okX = false;
    bool okY = false;
    const double x = QStringView(text).left(comma).toDouble(&okX);
    const double y = QStringView(text).mid(comma + 1).toDouble(&okY);
    if (!okX || !okY)
        return std::nullopt;
    return QPointF(x, y);
}

} // namespace

QString CoverageWarning::text(const QString &contactName, const QDate &today) const
{
    switch (kind) {
    case Kind::NoChampion:
        return QCoreApplication::translate("kam::Labels", "No champion: nobody at the account argues for us.");
    case Kind::NoDecisionMaker:
        return QCoreApplication::translate("kam::Labels", "The decision maker is not known.");
    case Kind::DecisionMakerNotContacted:
        if (!lastContact.isValid())
            return QCoreApplication::translate("kam::Labels", "No contact yet with the decision maker %1.")
                .arg(contactName);
        return QCoreApplication::translate("kam::Labels",
                                           "No contact with the decision maker %1 for %n day(s).", nullptr,
                                           int(lastContact.toLocalTime().date().daysTo(today)))
            .arg(contactName);
    }
    return {};
}

std::vector<CoverageWarning> coverageWarnings(std::span<const Contact> contacts,
                                              std::span<const Activity> activities, const QDate &today, int days)
{
    QHash<QString, QDateTime> last; // contact → latest activity up to today
    for (const Activity &a : activities) {
        if (a.meta.isDeleted() || a.occurredAt.toLocalTime().date() > today)
            continue;
        for (const QString &id : a.contacts()) {
            QDateTime &seen = last[id];
            if (!seen.isValid() || a.occurredAt > seen)
                seen = a.occurredAt;
        }
    }
    std::vector<CoverageWarning> warnings;
    bool champion = false;
    bool decisionMaker = false;
    for (const Contact &c : contacts) {
        if (!c.active || c.meta.isDeleted())
            continue;
        champion = champion || c.stance == Stance::Champion;
        if (c.buyingRole != BuyingRole::DecisionMaker)
            continue;
        decisionMaker = true;
        const QDateTime seen = last.value(c.meta.id);
        if (!seen.isValid() || seen.toLocalTime().date().daysTo(today) > days)
            warnings.push_back({CoverageWarning::Kind::DecisionMakerNotContacted, c.meta.id, seen});
    }
    if (!decisionMaker)
        warnings.insert(warnings.begin(), {CoverageWarning::Kind::NoDecisionMaker, {}, {}});
    if (!champion)
        warnings.insert(warnings.begin(), {CoverageWarning::Kind::NoChampion, {}, {}});
    return warnings;
}

QHash<QString, QPointF> relationshipLayout(std::span<const Contact> contacts)
{
    QHash<QString, const Contact *> byId;
    for (const Contact &c : contacts)
        if (c.active && !c.meta.isDeleted())
            byId.insert(c.meta.id, &c);
    QHash<QString, QStringList> reports; // boss → people, in the order given
    QStringList roots;
    for (const Contact &c : contacts) {
        if (!byId.contains(c.meta.id))
            continue;
        if (byId.contains(c.reportsToId))
            reports[c.reportsToId] << c.meta.id;
        else
            roots << c.meta.id;
    }
    // A tidy tree: leaves take the next free column, a boss sits over the middle of its people.
    // `seen` guards against a reporting cycle that two offline edits could have made.
    QHash<QString, QPointF> placed;
    QSet<QString> seen;
    qreal nextColumn = 0;
    const std::function<qreal(const QString &, int)> place = [&](const QString &id, int level) -> qreal {
        seen.insert(id);
        qreal first = -1;
        qreal last = -1;
        for (const QString &person : reports.value(id)) {
            if (seen.contains(person))
                continue;
            last = place(person, level + 1);
            if (first < 0)
                first = last;
        }
        qreal x = (first + last) / 2;
        if (first < 0) {
            x = nextColumn;
            nextColumn += 1;
        }
        placed.insert(id, QPointF(x * kMapColumnWidth, level * kMapRowHeight));
        return x;
    };
    for (const QString &root : roots)
        place(root, 0);
    // What is left is in a cycle; taken in the order given, so the map looks the same each time.
    for (const Contact &c : contacts)
        if (byId.contains(c.meta.id) && !seen.contains(c.meta.id))
            place(c.meta.id, 0);
    for (auto it = placed.begin(); it != placed.end(); ++it)
        if (const std::optional<QPointF> saved = savedPosition(byId.value(it.key())->mapPosition))
            it.value() = *saved;
    return placed;
}

QString mapPositionText(const QPointF &p)
{
    return QStringLiteral("%1,%2").arg(std::round(p.x())).arg(std::round(p.y()));
}

} // namespace kam::analytics
