// SPDX-License-Identifier: GPL-3.0-or-later
// The relationship map's rules on hand-built accounts: coverage gaps counted in days from
// `today`, and the tree the map draws when nobody has placed a person by hand.
#include "analytics/relationship.h"

#include <QTest>

using namespace kam;
using namespace kam::analytics;

namespace {

const QDate kToday(2027, 6, 30);

Contact person(const char *id, BuyingRole role = BuyingRole::User, Stance stance = Stance::Neutral,
               const char *boss = "")
{
    Contact c;
    c.meta.id = QLatin1String(id);
    c.accountId = QStringLiteral("acc-1");
    c.name = QLatin1String(id);
    c.buyingRole = role;
    c.stance = stance;
    c.reportsToId = QLatin1String(boss);
    return c;
}

/// An activity with `contactId`, `daysAgo` days before kToday at noon (UTC).
Activity metDaysAgo(const char *contactId, int daysAgo)
{
    Activity a;
    a.meta.id = QStringLiteral("act-%1-%2").arg(QLatin1String(contactId)).arg(daysAgo);
    a.accountId = QStringLiteral("acc-1");
    a.contactIds = QStringLiteral("someone-else,%1").arg(QLatin1String(contactId));
    a.occurredAt = QDateTime(kToday.addDays(-daysAgo), QTime(12, 0)).toUTC();
    return a;
}

QList<CoverageWarning::Kind> kinds(const std::vector<CoverageWarning> &warnings)
{
    QList<CoverageWarning::Kind> out;
    for (const CoverageWarning &w : warnings)
        out << w.kind;
    return out;
}

using Kind = CoverageWarning::Kind;

} // namespace

class TestRelationship : public QObject
{
    Q_OBJECT

private slots:
    void decisionMakerWindow_data();
    void decisionMakerWindow();
    void inactiveAndDeletedContactsIgnored();
    void futureAndDeletedActivitiesIgnored();
    void noDecisionMakerNoChampion();
    void eachDecisionMakerJudgedAlone();
    void warningTextNamesPersonAndDays();

    void treeCentresBossOverPeople();
    void savedPositionsKept();
    void reportingCycleStillPlacesEveryone();
    void inactiveContactsAbsent();
    void mapPositionTextRoundTrips();
};

void TestRelationship::decisionMakerWindow_data()
{
    QTest::addColumn<int>("daysAgo");
    QTest::addColumn<bool>("warned");
    QTest::newRow("89 days: inside") << 89 << false;
    QTest::newRow("90 days: last day inside") << 90 << false;
    QTest::newRow("91 days: outside") << 91 << true;
    QTest::newRow("today") << 0 << false;
}

// Given a champion and a decision maker last met `daysAgo` days ago, then only a meeting more
// than 90 days back is a gap.
void TestRelationship::decisionMakerWindow()
{
    QFETCH(int, daysAgo);
    QFETCH(bool, warned);
    const std::vector<Contact> contacts{person("dm", BuyingRole::DecisionMaker),
                                        person("fan", BuyingRole::User, Stance::Champion)};
    const std::vector<Activity> activities{metDaysAgo("dm", daysAgo), metDaysAgo("dm", 400)};
    const std::vector<CoverageWarning> w = coverageWarnings(contacts, activities, kToday);
    QCOMPARE(w.size(), warned ? 1u : 0u);
    if (warned) {
        QCOMPARE(w.front().kind, Kind::DecisionMakerNotContacted);
        QCOMPARE(w.front().contactId, QStringLiteral("dm"));
        QCOMPARE(w.front().lastContact, activities.front().occurredAt);
    }
}

// Given a champion and a decision maker who have left (or were deleted), then the account has
// neither: people who are gone argue for nobody and decide nothing.
void TestRelationship::inactiveAndDeletedContactsIgnored()
{
    Contact fan = person("fan", BuyingRole::User, Stance::Champion);
    fan.active = false;
    Contact dm = person("dm", BuyingRole::DecisionMaker);
    dm.meta.deletedAt = QDateTime(kToday, QTime(8, 0), Qt::UTC);
    const std::vector<Contact> contacts{fan, dm, person("user")};
    QCOMPARE(kinds(coverageWarnings(contacts, {}, kToday)), (QList<Kind>{Kind::NoChampion, Kind::NoDecisionMaker}));
}

// Given a decision maker whose only activities are planned for tomorrow or deleted, then they
// count as never contacted.
void TestRelationship::futureAndDeletedActivitiesIgnored()
{
    const std::vector<Contact> contacts{person("dm", BuyingRole::DecisionMaker, Stance::Champion)};
    Activity deleted = metDaysAgo("dm", 3);
    deleted.meta.deletedAt = deleted.occurredAt;
    const std::vector<Activity> activities{metDaysAgo("dm", -1), deleted};
    const std::vector<CoverageWarning> w = coverageWarnings(contacts, activities, kToday);
    QCOMPARE(kinds(w), QList<Kind>{Kind::DecisionMakerNotContacted});
    QVERIFY(!w.front().lastContact.isValid());
}

void TestRelationship::noDecisionMakerNoChampion()
{
    QCOMPARE(kinds(coverageWarnings({}, {}, kToday)), (QList<Kind>{Kind::NoChampion, Kind::NoDecisionMaker}));
    const std::vector<Contact> contacts{person("fan", BuyingRole::Influencer, Stance::Champion)};
    QCOMPARE(kinds(coverageWarnings(contacts, {}, kToday)), QList<Kind>{Kind::NoDecisionMaker});
}

// Given two decision makers, one met last week and one not for 120 days, then the warning
// names only the second.
void TestRelationship::eachDecisionMakerJudgedAlone()
{
    const std::vector<Contact> contacts{person("ceo", BuyingRole::DecisionMaker, Stance::Champion),
                                        person("cfo", BuyingRole::DecisionMaker),
                                        person("cto", BuyingRole::DecisionMaker)};
    const std::vector<Activity> activities{metDaysAgo("ceo", 7), metDaysAgo("cfo", 120)};
    const std::vector<CoverageWarning> w = coverageWarnings(contacts, activities, kToday);
    QCOMPARE(kinds(w), (QList<Kind>{Kind::DecisionMakerNotContacted, Kind::DecisionMakerNotContacted}));
    QCOMPARE(w[0].contactId, QStringLiteral("cfo"));
    QCOMPARE(w[1].contactId, QStringLiteral("cto"));
}

void TestRelationship::warningTextNamesPersonAndDays()
{
    CoverageWarning w{Kind::DecisionMakerNotContacted, QStringLiteral("dm"), metDaysAgo("dm", 120).occurredAt};
    // Untranslated, %n keeps its "day(s)"; the English translation makes it "120 days".
    QCOMPARE(w.text(QStringLiteral("Wang Li"), kToday),
             QStringLiteral("No contact with the decision maker Wang Li for 120 day(s)."));
    w.lastContact = {};
    QCOMPARE(w.text(QStringLiteral("Wang Li"), kToday), QStringLiteral("No contact yet with the decision maker Wang Li."));
}

// Given a boss with three people, one of whom has two of their own, then each level is a row,
// leaves take one column each in order, and every boss sits over the middle of its people.
//
//              ceo                       row 0:  ceo at column 1.5
//      ┌────────┼────────┐
//     cfo      cto      coo              row 1:  cfo 0, cto 1.5, coo 3
//            ┌──┴──┐
//           dev   ops                    row 2:  dev 1, ops 2
void TestRelationship::treeCentresBossOverPeople()
{
    const std::vector<Contact> contacts{person("ceo"),
                                        person("cfo", BuyingRole::User, Stance::Neutral, "ceo"),
                                        person("cto", BuyingRole::User, Stance::Neutral, "ceo"),
                                        person("dev", BuyingRole::User, Stance::Neutral, "cto"),
                                        person("ops", BuyingRole::User, Stance::Neutral, "cto"),
                                        person("coo", BuyingRole::User, Stance::Neutral, "ceo")};
    const QHash<QString, QPointF> at = relationshipLayout(contacts);
    QCOMPARE(at.size(), 6);
    const auto cell = [](qreal column, int row) { return QPointF(column * kMapColumnWidth, row * kMapRowHeight); };
    QCOMPARE(at.value("ceo"), cell(1.5, 0));
    QCOMPARE(at.value("cfo"), cell(0, 1));
    QCOMPARE(at.value("cto"), cell(1.5, 1));
    QCOMPARE(at.value("coo"), cell(3, 1));
    QCOMPARE(at.value("dev"), cell(1, 2));
    QCOMPARE(at.value("ops"), cell(2, 2));
}

// Given a person placed by hand, then they stay where they were put and the others keep the
// places of the tree (so moving one person never shifts the rest).
void TestRelationship::savedPositionsKept()
{
    std::vector<Contact> contacts{person("boss"), person("a", BuyingRole::User, Stance::Neutral, "boss"),
                                  person("b", BuyingRole::User, Stance::Neutral, "boss")};
    const QHash<QString, QPointF> tree = relationshipLayout(contacts);
    contacts[1].mapPosition = QStringLiteral("-320.5,480");
    contacts[2].mapPosition = QStringLiteral("garbage"); // the store refuses it; never trust a file
    const QHash<QString, QPointF> at = relationshipLayout(contacts);
    QCOMPARE(at.value("a"), QPointF(-320.5, 480));
    QCOMPARE(at.value("b"), tree.value("b"));
    QCOMPARE(at.value("boss"), tree.value("boss"));
}

// Given a reporting cycle (two offline edits can make one the store never saw whole), then
// everyone is still placed, each in a place of their own, the same way every time.
void TestRelationship::reportingCycleStillPlacesEveryone()
{
    const std::vector<Contact> contacts{person("a", BuyingRole::User, Stance::Neutral, "c"),
                                        person("b", BuyingRole::User, Stance::Neutral, "a"),
                                        person("c", BuyingRole::User, Stance::Neutral, "b"),
                                        person("d", BuyingRole::User, Stance::Neutral, "d"),
                                        person("e")};
    const QHash<QString, QPointF> at = relationshipLayout(contacts);
    QCOMPARE(at.size(), 5);
    QList<QPointF> places = at.values();
    for (const QPointF &p : at)
        QCOMPARE(places.count(p), 1);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(relationshipLayout(contacts), at);
    // The people outside the cycle come first, in the order given; then the cycle from its
    // first member down.
    QCOMPARE(at.value("e"), QPointF(0, 0));
    QCOMPARE(at.value("a"), QPointF(kMapColumnWidth, 0));
    QCOMPARE(at.value("b"), QPointF(kMapColumnWidth, kMapRowHeight));
    QCOMPARE(at.value("c"), QPointF(kMapColumnWidth, 2 * kMapRowHeight));
}

// Given a boss who has left, then they are not in the map and their people become roots.
void TestRelationship::inactiveContactsAbsent()
{
    Contact gone = person("gone");
    gone.active = false;
    Contact deleted = person("deleted");
    deleted.meta.deletedAt = QDateTime(kToday, QTime(8, 0), Qt::UTC);
    const std::vector<Contact> contacts{gone, deleted, person("a", BuyingRole::User, Stance::Neutral, "gone"),
                                        person("b", BuyingRole::User, Stance::Neutral, "deleted")};
    const QHash<QString, QPointF> at = relationshipLayout(contacts);
    QCOMPARE(at.keys().size(), 2);
    QCOMPARE(at.value("a"), QPointF(0, 0));
    QCOMPARE(at.value("b"), QPointF(kMapColumnWidth, 0));
}

void TestRelationship::mapPositionTextRoundTrips()
{
    QCOMPARE(mapPositionText(QPointF(120.4, -39.6)), QStringLiteral("120,-40"));
    Contact c = person("a");
    c.mapPosition = mapPositionText(QPointF(-0.4, 75));
    QCOMPARE(relationshipLayout(std::vector<Contact>{c}).value("a"), QPointF(0, 75));
}

QTEST_GUILESS_MAIN(TestRelationship)
#include "tst_relationship.moc"
