// SPDX-License-Identifier: GPL-3.0-or-later
// Proves that the QPSQL driver loads and that the PostgreSQL named by KAM_TEST_PG_URL accepts a
// connection, DDL and a bound-parameter round trip — the ground the server store (issue 4) needs.

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>
#include <QUuid>

class TestPgSmoke : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void givenTempTable_whenRowWrittenWithBoundParameters_thenSameRowReadsBack();

private:
    QString m_connection = QStringLiteral("tst_pg_smoke");
};

void TestPgSmoke::initTestCase()
{
    const QByteArray raw = qgetenv("KAM_TEST_PG_URL");
    if (raw.isEmpty())
        QSKIP("KAM_TEST_PG_URL is not set; run ./test.sh (it starts a throwaway PostgreSQL) or "
              "export KAM_TEST_PG_URL=postgresql://user@host:port/db");

    QVERIFY2(QSqlDatabase::isDriverAvailable("QPSQL"),
             "Qt's QPSQL driver is missing (Debian: apt-get install libqt6sql6-psql)");

    const QUrl url(QString::fromUtf8(raw), QUrl::StrictMode);
    QVERIFY2(url.isValid(), qPrintable("KAM_TEST_PG_URL is not a valid URL: " + url.errorString()));
    QVERIFY2(url.scheme() == "postgresql" || url.scheme() == "postgres",
             "KAM_TEST_PG_URL must start with postgresql://");

    QSqlDatabase db = QSqlDatabase::addDatabase("QPSQL", m_connection);
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setUserName(url.userName());
    db.setPassword(url.password());
    const QString dbName = url.path().mid(1); // strip the leading '/'
    db.setDatabaseName(dbName.isEmpty() ? QStringLiteral("postgres") : dbName);
    db.setConnectOptions("connect_timeout=5");
    QVERIFY2(db.open(),
             qPrintable("cannot connect to " + url.toString(QUrl::RemovePassword) + ": "
                        + db.lastError().text()));
}

void TestPgSmoke::cleanupTestCase()
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

void TestPgSmoke::givenTempTable_whenRowWrittenWithBoundParameters_thenSameRowReadsBack()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);

    // Given: a session-local table (gone when the connection closes, so reruns need no cleanup).
    QVERIFY2(q.exec("CREATE TEMP TABLE smoke (id uuid PRIMARY KEY, name text NOT NULL, "
                    "amount_minor bigint NOT NULL, updated_at timestamptz NOT NULL)"),
             qPrintable(q.lastError().text()));

    // When: a row with non-ASCII text and a 64-bit amount goes in through bound parameters.
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString name = QString::fromUtf8("宝钢股份 Baosteel 'quoted'");
    const qint64 amount = Q_INT64_C(9007199254740993); // > 2^53: must not pass through a double
    const QDateTime at = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);

    QVERIFY(q.prepare("INSERT INTO smoke (id, name, amount_minor, updated_at) "
                      "VALUES (:id, :name, :amount, :at)"));
    q.bindValue(":id", id);
    q.bindValue(":name", name);
    q.bindValue(":amount", amount);
    q.bindValue(":at", at);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QCOMPARE(q.numRowsAffected(), 1);

    // Then: it reads back unchanged.
    QVERIFY(q.prepare("SELECT name, amount_minor, updated_at FROM smoke WHERE id = :id"));
    q.bindValue(":id", id);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), name);
    QCOMPARE(q.value(1).toLongLong(), amount);
    QCOMPARE(q.value(2).toDateTime().toUTC(), at);
    QVERIFY(!q.next());
}

QTEST_GUILESS_MAIN(TestPgSmoke)
#include "tst_pg_smoke.moc"
