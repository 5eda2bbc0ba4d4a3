// SPDX-License-Identifier: GPL-3.0-or-later
#include "relationship_painter.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace kam {

namespace {

constexpr qreal kTextWidth = 170;
constexpr qreal kLineGap = 2;
constexpr qreal kDot = 6;
constexpr qreal kLegendHeight = 36; // two rows: the stances, then what size, dots and arrows mean

/// A font `size` map units high whatever the device: the layout below counts in map units, and
/// a point size alone would grow with the device's dpi (1200 on the PDF writer).
QFont nodeFont(const QPainter &p, qreal size, bool bold = false)
{
    QFont f = p.font();
    f.setPointSizeF(size * 72.0 / p.device()->logicalDpiY());
    f.setBold(bold);
    return f;
}

/// The text lines under a node, each with its font size and weight.
struct NodeLine
{
    QString text;
    qreal size;
    bool bold;
};

std::vector<NodeLine> nodeLines(const Contact &c)
{
    std::vector<NodeLine> lines{{c.name, 9, true}};
    if (!c.title.isEmpty())
        lines.push_back({c.title, 7.5, false});
    if (c.buyingRole != BuyingRole::Unknown)
        lines.push_back({enumLabel(c.buyingRole), 7.5, false});
    return lines;
}

/// Line heights in map units; the font's own height (with CJK fallback) at 72 dpi.
qreal lineHeight(qreal pointSize)
{
    return pointSize * 1.45;
}

qreal textHeight(const Contact &c)
{
    qreal h = 0;
    for (const NodeLine &l : nodeLines(c))
        h += lineHeight(l.size) + kLineGap;
    return h + kDot + 4;
}

} // namespace

QColor stanceColor(Stance stance)
{
    switch (stance) {
    case Stance::Champion:
        return QColor(0x2e, 0x7d, 0x32);
    case Stance::Supporter:
        return QColor(0x7c, 0xb3, 0x42);
    case Stance::Neutral:
        return QColor(0xf9, 0xa8, 0x25);
    case Stance::Blocker:
        return QColor(0xc6, 0x28, 0x28);
    case Stance::Unknown:
        break;
    }
    return QColor(0x9e, 0x9e, 0x9e);
}

qreal influenceRadius(int influence)
{
    return 14 + 4 * std::clamp(influence, 1, 5);
}

QRectF contactNodeRect(const Contact &c)
{
    const qreal r = influenceRadius(c.influence);
    // A little above the circle for the selection's wider pen.
    return QRectF(-kTextWidth / 2, -r - 2, kTextWidth, 2 * r + 6 + textHeight(c));
}

void paintContactNode(QPainter &p, const Contact &c, const QPointF &centre, bool selected)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const qreal r = influenceRadius(c.influence);
    const QColor fill = stanceColor(c.stance);
    p.setPen(QPen(selected ? QColor(0x15, 0x65, 0xc0) : fill.darker(140), selected ? 3 : 1.2));
    p.setBrush(fill);
    p.drawEllipse(centre, r, r);
    // The initial in the circle: a surname's first character reads well in Chinese and Latin.
    p.setPen(Qt::white);
    p.setFont(nodeFont(p, r * 0.55, true));
    p.drawText(QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r), Qt::AlignCenter, c.name.left(1));

    qreal y = centre.y() + r + 4;
    // A backing, so that a reporting line passing below the circle never runs through the text.
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(255, 255, 255, 230));
    qreal backing = 5 * (kDot + 3);
    for (const NodeLine &line : nodeLines(c))
        backing = std::max(backing, QFontMetricsF(nodeFont(p, line.size, line.bold), p.device()).horizontalAdvance(line.text));
    backing = std::min(backing + 6, kTextWidth);
    p.drawRoundedRect(QRectF(centre.x() - backing / 2, y, backing, textHeight(c) - 4), 3, 3);
    p.setPen(QColor(0x21, 0x21, 0x21));
    for (const NodeLine &line : nodeLines(c)) {
        const QFont f = nodeFont(p, line.size, line.bold);
        p.setFont(f);
        const QString text = QFontMetricsF(f, p.device()).elidedText(line.text, Qt::ElideRight, kTextWidth);
        p.drawText(QRectF(centre.x() - kTextWidth / 2, y, kTextWidth, lineHeight(line.size)), Qt::AlignCenter, text);
        y += lineHeight(line.size) + kLineGap;
    }
    // Relationship strength: five dots, filled as far as the relationship goes.
    const qreal dotsLeft = centre.x() - 2.5 * (kDot + 3);
    for (int i = 0; i < 5; ++i) {
        p.setPen(QPen(QColor(0x15, 0x65, 0xc0), 1));
        p.setBrush(i < c.relationship ? QColor(0x15, 0x65, 0xc0) : QColor(Qt::white));
        p.drawEllipse(QRectF(dotsLeft + i * (kDot + 3), y + 2, kDot, kDot));
    }
    p.restore();
}

void paintReportingLine(QPainter &p, const QPointF &from, const QPointF &to, int fromInfluence, int toInfluence)
{
    const QLineF full(from, to);
    if (full.length() < 1)
        return;
    // From circle edge to circle edge, with an arrowhead at the boss.
    const QPointF unit = (to - from) / full.length();
    const QPointF start = from + unit * influenceRadius(fromInfluence);
    const QPointF end = to - unit * influenceRadius(toInfluence);
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const QColor ink(0x75, 0x75, 0x75);
    p.setPen(QPen(ink, 1.4));
    p.drawLine(start, end);
    const QPointF normal(-unit.y(), unit.x());
    QPainterPath head;
    head.moveTo(end);
    head.lineTo(end - unit * 9 + normal * 4.5);
    head.lineTo(end - unit * 9 - normal * 4.5);
    head.closeSubpath();
    p.fillPath(head, ink);
    p.restore();
}

void paintRelationshipMap(QPainter &p, const QRectF &target, std::span<const Contact> contacts,
                          const QHash<QString, QPointF> &layout)
{
    QHash<QString, const Contact *> shown;
    QRectF bounds;
    for (const Contact &c : contacts) {
        if (!layout.contains(c.meta.id))
            continue;
        shown.insert(c.meta.id, &c);
        bounds |= contactNodeRect(c).translated(layout.value(c.meta.id));
    }
    p.save();
    const QRectF area = target.adjusted(0, 0, 0, -kLegendHeight);
    if (!shown.isEmpty()) {
        const qreal scale = std::min({1.0, area.width() / bounds.width(), area.height() / bounds.height()});
        p.translate(area.center());
        p.scale(scale, scale);
        p.translate(-bounds.center());
        for (const Contact *c : std::as_const(shown))
            if (const Contact *boss = shown.value(c->reportsToId))
                paintReportingLine(p, layout.value(c->meta.id), layout.value(boss->meta.id), c->influence,
                                   boss->influence);
        for (const Contact *c : std::as_const(shown))
            paintContactNode(p, *c, layout.value(c->meta.id));
    }
    p.restore();

    p.save();
    p.setFont(nodeFont(p, 7.5));
    paintMapLegend(p, QRectF(target.left(), target.bottom() - kLegendHeight, target.width(), kLegendHeight));
    p.restore();
}

void paintMapLegend(QPainter &p, const QRectF &area)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetricsF fm(p.font(), p.device());
    const qreal dot = fm.height() / 3;
    const QString meaning
        = QCoreApplication::translate("kam::Labels", "Size: influence · dots: our relationship · arrow: reports to");
    qreal stancesWidth = 0;
    for (const auto &e : enumEntries<Stance>())
        stancesWidth += 2 * dot + 4 + fm.horizontalAdvance(enumLabel(e.value)) + 2.5 * dot;
    // The meaning goes on a second line when the line is too narrow for it.
    const bool oneLine = stancesWidth + fm.horizontalAdvance(meaning) <= area.width();
    const qreal top = area.center().y() - (oneLine ? 1 : 2) * fm.height() / 2;
    const qreal baseline = top + fm.ascent();
    qreal x = area.left();
    for (const auto &e : enumEntries<Stance>()) {
        p.setPen(Qt::NoPen);
        p.setBrush(stanceColor(e.value));
        p.drawEllipse(QPointF(x + dot, top + fm.height() / 2), dot, dot);
        p.setPen(QColor(0x42, 0x42, 0x42));
        const QString label = enumLabel(e.value);
        p.drawText(QPointF(x + 2 * dot + 4, baseline), label);
        x += 2 * dot + 4 + fm.horizontalAdvance(label) + 2.5 * dot;
    }
    p.drawText(oneLine ? QPointF(x, baseline) : QPointF(area.left(), baseline + fm.height()), meaning);
    p.restore();
}

} // namespace kam
