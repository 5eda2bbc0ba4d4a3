// SPDX-License-Identifier: GPL-3.0-or-later
#include "relationship_map_view.h"

#include "analytics/relationship.h"
#include "commands/edit_history.h"
#include "commands/store_commands.h"
#include "relationship_painter.h"
#include "store/store.h"

#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPainter>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <algorithm>

namespace kam {

namespace detail {

/// A contact in the map, drawn by paintContactNode around its position.
class ContactNode : public QGraphicsItem
{
public:
    explicit ContactNode(const Contact &c)
    {
        setFlags(ItemIsMovable | ItemIsSelectable | ItemSendsGeometryChanges);
        setCursor(Qt::OpenHandCursor);
        setContact(c);
    }

    const Contact &contact() const { return m_contact; }

    void setContact(const Contact &c)
    {
        prepareGeometryChange();
        m_contact = c;
        QStringList tip{c.name};
        if (!c.title.isEmpty())
            tip << c.title;
        tip << QCoreApplication::translate("kam::RelationshipMapView", "Buying role: %1").arg(enumLabel(c.buyingRole))
            << QCoreApplication::translate("kam::RelationshipMapView", "Stance: %1").arg(enumLabel(c.stance))
            << QCoreApplication::translate("kam::RelationshipMapView", "Influence: %1 of 5").arg(c.influence)
            << QCoreApplication::translate("kam::RelationshipMapView", "Relationship with us: %1")
                   .arg(relationshipLabel(c.relationship));
        setToolTip(tip.join(u'\n'));
        update();
    }

    void addLine(ReportingLine *line) { m_lines.push_back(line); }
    void clearLines() { m_lines.clear(); }

    QRectF boundingRect() const override { return contactNodeRect(m_contact); }

    void paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        paintContactNode(*p, m_contact, QPointF(), isSelected());
    }

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    Contact m_contact;
    std::vector<ReportingLine *> m_lines;
};

/// The line from a person up to their boss; follows both nodes as they move.
class ReportingLine : public QGraphicsItem
{
public:
    ReportingLine(ContactNode *person, ContactNode *boss) : m_person(person), m_boss(boss)
    {
        setZValue(-1);
        setAcceptedMouseButtons(Qt::NoButton);
        person->addLine(this);
        boss->addLine(this);
    }

    void follow() { prepareGeometryChange(); }

    QRectF boundingRect() const override
    {
        return QRectF(m_person->pos(), m_boss->pos()).normalized().adjusted(-6, -6, 6, 6);
    }

    void paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        paintReportingLine(*p, m_person->pos(), m_boss->pos(), m_person->contact().influence,
                           m_boss->contact().influence);
    }

private:
    ContactNode *m_person;
    ContactNode *m_boss;
};

QVariant ContactNode::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged)
        for (ReportingLine *line : m_lines)
            line->follow();
    return QGraphicsItem::itemChange(change, value);
}

} // namespace detail

namespace {

constexpr qreal kMinZoom = 0.2;
constexpr qreal kMaxZoom = 4;
constexpr qreal kZoomStep = 1.25;
constexpr qreal kMinFitZoom = 0.8;

/// The map's key, drawn by the same code as the PDF's.
class MapLegend : public QWidget
{
public:
    explicit MapLegend(QWidget *parent) : QWidget(parent)
    {
        setObjectName(QStringLiteral("relationshipLegend"));
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }
    QSize sizeHint() const override { return {400, 2 * fontMetrics().height() + 4}; } // two lines when narrow

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        paintMapLegend(p, QRectF(rect()).adjusted(4, 0, -4, 0));
    }
};

QPushButton *toolButton(const QString &text, const char *name, const QString &tip, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(name));
    b->setToolTip(tip);
    return b;
}

} // namespace

using detail::ContactNode;
using detail::ReportingLine;

RelationshipMapView::RelationshipMapView(Store *store, EditHistory *history, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_history(history)
    , m_warnings(new QLabel(this))
    , m_scene(new QGraphicsScene(this))
    , m_view(new QGraphicsView(m_scene, this))
{
    setObjectName(QStringLiteral("relationshipMapView"));
    m_warnings->setObjectName(QStringLiteral("relationshipWarnings"));
    m_warnings->setTextFormat(Qt::PlainText);
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff4d6; color: #6d4c00; border: 1px solid #f0c36d; border-radius: 3px; padding: 4px 8px; }"));
    m_warnings->hide();

    m_view->setObjectName(QStringLiteral("relationshipMap"));
    m_view->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    m_view->setDragMode(QGraphicsView::RubberBandDrag);
    m_view->setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    m_view->setBackgroundBrush(QColor(0xfa, 0xfa, 0xfa));
    m_view->viewport()->installEventFilter(this);

    auto *zoomInButton = toolButton(tr("Zoom in"), "mapZoomIn", tr("Zoom in (Ctrl+wheel)"), this);
    auto *zoomOutButton = toolButton(tr("Zoom out"), "mapZoomOut", tr("Zoom out (Ctrl+wheel)"), this);
    auto *fitButton = toolButton(tr("Fit"), "mapFit", tr("Show the whole map"), this);
    m_reset = toolButton(tr("Reset layout"), "mapResetLayout",
                         tr("Forget the places people were dragged to and arrange them by reporting line"), this);
    connect(zoomInButton, &QPushButton::clicked, this, &RelationshipMapView::zoomIn);
    connect(zoomOutButton, &QPushButton::clicked, this, &RelationshipMapView::zoomOut);
    connect(fitButton, &QPushButton::clicked, this, &RelationshipMapView::fitToView);
    connect(m_reset, &QPushButton::clicked, this, &RelationshipMapView::resetLayout);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(zoomOutButton);
    buttons->addWidget(zoomInButton);
    buttons->addWidget(fitButton);
    buttons->addStretch(1);
    buttons->addWidget(m_reset);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_warnings);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addWidget(new MapLegend(this));

    connect(store, &Store::rowsChanged, this,
            [this](const QString &table, const QStringList &) { onRowsChanged(table); });
    reload();
}

RelationshipMapView::~RelationshipMapView() = default;

void RelationshipMapView::setAccount(const QString &accountId)
{
    if (accountId == m_accountId)
        return;
    m_accountId = accountId;
    reload();
    m_fitPending = true;
    if (isVisible())
        fitToView();
}

QGraphicsItem *RelationshipMapView::nodeItem(const QString &contactId) const
{
    return m_nodes.value(contactId);
}

void RelationshipMapView::onRowsChanged(const QString &table)
{
    if (!m_accountId.isEmpty()
        && (table == QLatin1String("contacts") || table == QLatin1String("activities")))
        reload();
}

void RelationshipMapView::reload()
{
    std::vector<Contact> contacts;
    std::vector<Activity> activities;
    if (!m_accountId.isEmpty()) {
        if (Result<std::vector<Contact>> c = m_store->contacts(m_accountId))
            contacts = std::move(c).value();
        if (Result<std::vector<Activity>> a = m_store->activities({m_accountId}))
            activities = std::move(a).value();
    }
    // Nodes are updated in place, so a store edit keeps the zoom, the scroll and the selection.
    const QPointF centre = m_view->mapToScene(m_view->viewport()->rect().center());
    const QHash<QString, QPointF> layout = analytics::relationshipLayout(contacts);
    for (ReportingLine *line : std::exchange(m_lines, {}))
        delete line;
    for (auto it = m_nodes.begin(); it != m_nodes.end();) {
        if (layout.contains(it.key())) {
            ++it;
            continue;
        }
        delete it.value();
        it = m_nodes.erase(it);
    }
    for (const Contact &c : contacts) {
        if (!layout.contains(c.meta.id))
            continue;
        ContactNode *&node = m_nodes[c.meta.id];
        if (!node) {
            node = new ContactNode(c);
            m_scene->addItem(node);
        } else {
            node->setContact(c);
        }
        node->clearLines();
        node->setPos(layout.value(c.meta.id));
    }
    for (ContactNode *node : std::as_const(m_nodes))
        if (ContactNode *boss = m_nodes.value(node->contact().reportsToId)) {
            m_lines.push_back(new ReportingLine(node, boss));
            m_scene->addItem(m_lines.back());
        }
    // Room around the people to drag them into.
    m_scene->setSceneRect(m_scene->itemsBoundingRect().adjusted(-analytics::kMapColumnWidth,
                                                                -analytics::kMapRowHeight,
                                                                analytics::kMapColumnWidth,
                                                                analytics::kMapRowHeight));
    m_view->centerOn(centre);
    m_reset->setEnabled(std::any_of(contacts.begin(), contacts.end(), [&layout](const Contact &c) {
        return layout.contains(c.meta.id) && !c.mapPosition.isEmpty();
    }));
    updateWarnings(contacts, activities);
}

void RelationshipMapView::updateWarnings(std::span<const Contact> contacts, std::span<const Activity> activities)
{
    if (m_accountId.isEmpty()) {
        m_warnings->hide();
        return;
    }
    const QDate today = QDate::currentDate();
    QStringList lines;
    for (const analytics::CoverageWarning &w : analytics::coverageWarnings(contacts, activities, today)) {
        const ContactNode *person = m_nodes.value(w.contactId);
        lines << w.text(person ? person->contact().name : QString(), today);
    }
    m_warnings->setText(lines.join(u'\n'));
    m_warnings->setVisible(!lines.isEmpty());
}

bool RelationshipMapView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view->viewport())
        return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::MouseButtonPress:
        m_pressPositions.clear();
        for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it)
            m_pressPositions.insert(it.key(), it.value()->pos());
        break;
    case QEvent::MouseButtonRelease:
        // Saved once the view has finished with the release: the store's rowsChanged updates
        // the nodes, which must not happen under the view's own mouse handling.
        QTimer::singleShot(0, this, &RelationshipMapView::saveMovedNodes);
        break;
    case QEvent::MouseButtonDblClick:
        if (auto *node = dynamic_cast<ContactNode *>(m_view->itemAt(static_cast<QMouseEvent *>(event)->position().toPoint()))) {
            emit contactActivated(node->contact().meta.id);
            return true;
        }
        break;
    case QEvent::Wheel:
        if (auto *wheel = static_cast<QWheelEvent *>(event); wheel->modifiers() & Qt::ControlModifier) {
            if (wheel->angleDelta().y() != 0)
                zoomBy(wheel->angleDelta().y() > 0 ? kZoomStep : 1 / kZoomStep);
            return true;
        }
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void RelationshipMapView::saveMovedNodes()
{
    std::vector<std::pair<Contact, Contact>> moves;
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it) {
        const auto pressed = m_pressPositions.constFind(it.key());
        if (pressed == m_pressPositions.cend() || *pressed == it.value()->pos())
            continue;
        Contact after = it.value()->contact();
        after.mapPosition = analytics::mapPositionText(it.value()->pos());
        if (after.mapPosition != it.value()->contact().mapPosition)
            moves.emplace_back(it.value()->contact(), after);
    }
    m_pressPositions.clear();
    if (moves.empty())
        return;
    const QString text = moves.size() == 1 ? tr("Move %1 in the relationship map").arg(moves.front().first.name)
                                           : tr("Move people in the relationship map");
    if (Result<void> r = m_history->push(std::make_unique<EditCommand<Contact>>(m_history, std::move(moves), text)); !r) {
        warn(r.error().message);
        reload(); // back to the saved places
    }
}

void RelationshipMapView::resetLayout()
{
    std::vector<std::pair<Contact, Contact>> resets;
    for (const ContactNode *node : std::as_const(m_nodes)) {
        if (node->contact().mapPosition.isEmpty())
            continue;
        Contact after = node->contact();
        after.mapPosition.clear();
        resets.emplace_back(node->contact(), after);
    }
    if (resets.empty())
        return;
    if (Result<void> r = m_history->push(
            std::make_unique<EditCommand<Contact>>(m_history, std::move(resets), tr("Reset the relationship map")));
        !r)
        warn(r.error().message);
    fitToView();
}

void RelationshipMapView::zoomIn()
{
    zoomBy(kZoomStep);
}

void RelationshipMapView::zoomOut()
{
    zoomBy(1 / kZoomStep);
}

void RelationshipMapView::zoomBy(qreal factor)
{
    const qreal now = m_view->transform().m11();
    const qreal next = std::clamp(now * factor, kMinZoom, kMaxZoom);
    m_view->scale(next / now, next / now);
}

void RelationshipMapView::fitToView()
{
    m_fitPending = false;
    const QRectF people = m_scene->itemsBoundingRect().adjusted(-12, -12, 12, 12);
    if (people.isEmpty())
        return;
    m_view->fitInView(people, Qt::KeepAspectRatio);
    // Never enlarged; and not shrunk past readable names either (a wide map scrolls instead).
    const qreal scale = std::clamp(m_view->transform().m11(), kMinFitZoom, 1.0);
    m_view->setTransform(QTransform::fromScale(scale, scale));
    m_view->centerOn(people.center());
}

void RelationshipMapView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_fitPending)
        fitToView();
}

void RelationshipMapView::warn(const QString &message)
{
    QMessageBox::warning(this, tr("KAM Desk"), message);
}

} // namespace kam
