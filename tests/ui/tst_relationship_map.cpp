// SPDX-License-Identifier: GPL-3.0-or-later
// The relationship map driven like a user: nodes dragged with the mouse on the view (QTest
// press, move and release on the viewport), undo, reset layout, the coverage warnings and the
// map following store edits. Checks the store, not pixels.
// With KAM_SCREENSHOT_DIR set, the map as the plan PDF draws it is saved there as a PNG.

#include "commands/edit_history.h"
#include "commands/store_commands.h"
#include "analytics/relationship.h"
#include "relationship_map_view.h"
#include "relationship_painter.h"
#include "support/deal_fixture.h"
#include "support/store_fixture.h"

#include <QDir>
#include <QGraphicsItem>
#include <QImage>
#include <QPainter>
#include <QGraphicsView>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace kam;

class TestRelationshipMap : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void oneNodePerActiveContact();
    void dragSavesThePlaceAndUndoMovesItBack();
    void draggingSeveralIsOneUndoStep();
    void clickWithoutMovingSavesNothing();
    void resetLayoutForgetsSavedPlacesUndoably();
    void warningsFollowTheChampion();
    void newContactAppearsAndStoreEditsKeepTheZoom();
    void doubleClickAsksToEditTheContact();
    void tooltipTellsWhoTheyAre();
    void paintsOnAPage();

private:
    QGraphicsView *view() const { return m_map->findChild<QGraphicsView *>("relationshipMap"); }
    QPushButton *button(const char *name) const { return m_map->findChild<QPushButton *>(name); }
    QString warnings() const
    {
        auto *label = m_map->findChild<QLabel *>("relationshipWarnings");
        return label->isVisible() ? label->text() : QString();
    }
    /// Where a contact's node centre is on the viewport.
    QPoint onScreen(const QString &id) const { return view()->mapFromScene(m_map->nodeItem(id)->pos()); }
    /// Presses at `from`, moves in steps to `to` and releases, as a mouse drag does.
    void drag(QPoint from, QPoint to, Qt::KeyboardModifiers modifiers = {});
    Contact stored(const QString &id) const { return *m_store->get<Contact>(id); }
    QString addContact(const char *name, BuyingRole role, Stance stance, const QString &boss = {}, bool active = true);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<EditHistory> m_history;
    std::unique_ptr<RelationshipMapView> m_map;
    QString m_account, m_boss, m_li, m_zhao;
};

QString TestRelationshipMap::addContact(const char *name, BuyingRole role, Stance stance, const QString &boss,
                                        bool active)
{
    Contact c;
    c.accountId = m_account;
    c.name = QString::fromUtf8(name);
    c.buyingRole = role;
    c.stance = stance;
    c.reportsToId = boss;
    c.active = active;
    const QString id = test::created(*m_store, c).meta.id;
    [&] { QVERIFY(!id.isEmpty()); }();
    return id;
}

// Given an account with a general manager (decision maker), two people reporting to him and
// one who has left, and no activity with anyone.
void TestRelationshipMap::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = test::openStore(*m_dir);
    QVERIFY(m_store);
    m_account = test::created(*m_store, test::sampleAccount("华东重工集团", 1)).meta.id;
    m_boss = addContact("王建国", BuyingRole::DecisionMaker, Stance::Neutral);
    m_li = addContact("Li Na", BuyingRole::TechnicalBuyer, Stance::Supporter, m_boss);
    m_zhao = addContact("Zhao Lei", BuyingRole::User, Stance::Blocker, m_boss);
    addContact("Former Buyer", BuyingRole::Influencer, Stance::Champion, m_boss, false);
    m_history = std::make_unique<EditHistory>(m_store.get());
    m_map = std::make_unique<RelationshipMapView>(m_store.get(), m_history.get());
    m_map->setAccount(m_account);
    m_map->resize(900, 600);
    m_map->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_map.get()));
}

void TestRelationshipMap::cleanup()
{
    m_map.reset();
    m_history.reset();
    m_store.reset();
    m_dir.reset();
}

void TestRelationshipMap::drag(QPoint from, QPoint to, Qt::KeyboardModifiers modifiers)
{
    QWidget *viewport = view()->viewport();
    QTest::mousePress(viewport, Qt::LeftButton, modifiers, from);
    for (int step = 1; step <= 4; ++step)
        QTest::mouseMove(viewport, from + (to - from) * step / 4);
    QTest::mouseRelease(viewport, Qt::LeftButton, modifiers, to);
    QCoreApplication::processEvents(); // the drop is saved once the view is done with the release
}

void TestRelationshipMap::oneNodePerActiveContact()
{
    int nodes = 0;
    int lines = 0;
    for (const QGraphicsItem *item : view()->scene()->items())
        (item->flags() & QGraphicsItem::ItemIsMovable) ? ++nodes : ++lines;
    QCOMPARE(nodes, 3);
    QCOMPARE(lines, 2); // Li and Zhao up to the boss; the leaver is not drawn
    QVERIFY(m_map->nodeItem(m_boss) && m_map->nodeItem(m_li) && m_map->nodeItem(m_zhao));
    // The boss's row is above his people's, centred over them.
    const QPointF boss = m_map->nodeItem(m_boss)->pos();
    QVERIFY(boss.y() < m_map->nodeItem(m_li)->pos().y());
    QCOMPARE(boss.x(), (m_map->nodeItem(m_li)->pos().x() + m_map->nodeItem(m_zhao)->pos().x()) / 2);
}

// When Zhao's node is dragged 120 px right and 60 down, then his place is saved, the line to the
// boss follows, and undo puts both the record and the node back.
void TestRelationshipMap::dragSavesThePlaceAndUndoMovesItBack()
{
    QGraphicsItem *zhao = m_map->nodeItem(m_zhao);
    const QPointF before = zhao->pos();
    const qreal zoom = view()->transform().m11();
    const QPoint start = onScreen(m_zhao);
    drag(start, start + QPoint(120, 60));

    const QPointF moved = before + QPointF(120, 60) / zoom;
    QCOMPARE(stored(m_zhao).mapPosition, QStringLiteral("%1,%2").arg(qRound(moved.x())).arg(qRound(moved.y())));
    QCOMPARE(m_history->stack()->count(), 1);
    QVERIFY(qAbs(m_map->nodeItem(m_zhao)->pos().x() - moved.x()) < 1);
    QVERIFY(stored(m_li).mapPosition.isEmpty());
    QVERIFY(button("mapResetLayout")->isEnabled());

    m_history->stack()->undo();
    QVERIFY(stored(m_zhao).mapPosition.isEmpty());
    QCOMPARE(m_map->nodeItem(m_zhao)->pos(), before);
    QVERIFY(!button("mapResetLayout")->isEnabled());
    m_history->stack()->redo();
    QVERIFY(!stored(m_zhao).mapPosition.isEmpty());
}

// Given Li and Zhao both selected (Ctrl+click), when one is dragged, then both move and both
// places are saved as one step.
void TestRelationshipMap::draggingSeveralIsOneUndoStep()
{
    QTest::mouseClick(view()->viewport(), Qt::LeftButton, Qt::NoModifier, onScreen(m_li));
    QTest::mouseClick(view()->viewport(), Qt::LeftButton, Qt::ControlModifier, onScreen(m_zhao));
    QVERIFY(m_map->nodeItem(m_li)->isSelected() && m_map->nodeItem(m_zhao)->isSelected());
    QCOMPARE(m_history->stack()->count(), 0);
    const QPoint start = onScreen(m_li);
    drag(start, start + QPoint(0, 80));
    QVERIFY(!stored(m_li).mapPosition.isEmpty());
    QVERIFY(!stored(m_zhao).mapPosition.isEmpty());
    QVERIFY(stored(m_boss).mapPosition.isEmpty());
    QCOMPARE(m_history->stack()->count(), 1);
    m_history->stack()->undo();
    QVERIFY(stored(m_li).mapPosition.isEmpty() && stored(m_zhao).mapPosition.isEmpty());
}

void TestRelationshipMap::clickWithoutMovingSavesNothing()
{
    QTest::mouseClick(view()->viewport(), Qt::LeftButton, Qt::NoModifier, onScreen(m_boss));
    QCoreApplication::processEvents();
    QCOMPARE(m_history->stack()->count(), 0);
    QVERIFY(stored(m_boss).mapPosition.isEmpty());
}

// Given two people placed by hand, when the layout is reset, then both go back to the tree in
// one step, and undo brings the hand-made places back.
void TestRelationshipMap::resetLayoutForgetsSavedPlacesUndoably()
{
    const QPointF treeLi = m_map->nodeItem(m_li)->pos();
    for (const QString &id : {m_li, m_zhao}) {
        Contact c = stored(id);
        c.mapPosition = QStringLiteral("-400,500");
        QVERIFY(m_store->update(c));
    }
    QCOMPARE(m_map->nodeItem(m_li)->pos(), QPointF(-400, 500));
    QTest::mouseClick(button("mapResetLayout"), Qt::LeftButton);
    QVERIFY(stored(m_li).mapPosition.isEmpty() && stored(m_zhao).mapPosition.isEmpty());
    QCOMPARE(m_map->nodeItem(m_li)->pos(), treeLi);
    QCOMPARE(m_history->stack()->count(), 1);
    m_history->stack()->undo();
    QCOMPARE(stored(m_zhao).mapPosition, QStringLiteral("-400,500"));
    QCOMPARE(m_map->nodeItem(m_li)->pos(), QPointF(-400, 500));
}

// Given nobody argues for us (the champion has left) and the boss was never met, when Li
// becomes a champion and the boss is visited, then the warnings go; when the visit is undone,
// the boss's returns.
void TestRelationshipMap::warningsFollowTheChampion()
{
    QVERIFY2(warnings().contains("No champion"), qPrintable(warnings()));
    QVERIFY2(warnings().contains("王建国"), qPrintable(warnings()));

    const Contact li = stored(m_li);
    Contact champion = li;
    champion.stance = Stance::Champion;
    QVERIFY(m_history->push(std::make_unique<EditCommand<Contact>>(m_history.get(), li, champion)));
    QVERIFY2(!warnings().contains("No champion"), qPrintable(warnings()));

    Activity visit;
    visit.accountId = m_account;
    visit.occurredAt = QDateTime::currentDateTimeUtc().addDays(-3);
    visit.contactIds = m_boss;
    visit.summary = QStringLiteral("Quarterly review");
    QVERIFY(m_history->push(std::make_unique<CreateCommand<Activity>>(m_history.get(), visit)));
    QCOMPARE(warnings(), QString());
    m_history->stack()->undo();
    QVERIFY2(warnings().contains("王建国"), qPrintable(warnings()));
}

// Given the map zoomed in, when a contact is added to the account, then a node appears for
// them, under their boss, and the zoom stays.
void TestRelationshipMap::newContactAppearsAndStoreEditsKeepTheZoom()
{
    QTest::mouseClick(button("mapZoomIn"), Qt::LeftButton);
    const QTransform zoomed = view()->transform();
    QVERIFY(zoomed.m11() > 0);
    const QString sun = addContact("孙丽", BuyingRole::Coach, Stance::Champion, m_li);
    QVERIFY(m_map->nodeItem(sun));
    QVERIFY(m_map->nodeItem(sun)->pos().y() > m_map->nodeItem(m_li)->pos().y());
    QCOMPARE(view()->transform(), zoomed);
    // A contact of another account is not drawn.
    Account other = test::sampleAccount("Other Works", 2);
    Contact stranger;
    stranger.accountId = test::created(*m_store, other).meta.id;
    stranger.name = QStringLiteral("Stranger");
    const QString strangerId = test::created(*m_store, stranger).meta.id;
    QVERIFY(!m_map->nodeItem(strangerId));
    // Someone who leaves goes from the map.
    Contact leaving = stored(m_zhao);
    leaving.active = false;
    QVERIFY(m_store->update(leaving));
    QVERIFY(!m_map->nodeItem(m_zhao));
}

void TestRelationshipMap::doubleClickAsksToEditTheContact()
{
    QSignalSpy activated(m_map.get(), &RelationshipMapView::contactActivated);
    QTest::mouseDClick(view()->viewport(), Qt::LeftButton, Qt::NoModifier, onScreen(m_li));
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.front().front().toString(), m_li);
}

void TestRelationshipMap::tooltipTellsWhoTheyAre()
{
    const QString tip = m_map->nodeItem(m_li)->toolTip();
    for (const char *part : {"Li Na", "Technical buyer", "Supporter", "Influence: 3 of 5", "Relationship with us: None"})
        QVERIFY2(tip.contains(QLatin1String(part)), qPrintable(tip));
}

// The map as the plan PDF draws it: an A4 page's text width (170 mm = 482 pt) by 300 pt,
// rendered at 3 pixels a point.
void TestRelationshipMap::paintsOnAPage()
{
    const std::vector<Contact> contacts = *m_store->contacts(m_account);
    const QRectF page(0, 0, 482, 300);
    QImage image((page.size() * 3).toSize(), QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        p.scale(3, 3);
        paintRelationshipMap(p, page, contacts, analytics::relationshipLayout(contacts));
    }
    QVERIFY(image != QImage(image.size(), image.format()));
    if (const QString dir = qEnvironmentVariable("KAM_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(image.save(QDir(dir).filePath(QStringLiteral("relationship-map-page.png"))));
    }
}

QTEST_MAIN(TestRelationshipMap)
#include "tst_relationship_map.moc"
