// SPDX-License-Identifier: GPL-3.0-or-later
// The sync server over real HTTP on 127.0.0.1 and a real database: SQLite, and PostgreSQL when
// the test runs as tst_sync_server_pg (KAM_TEST_ENGINE=postgresql, KAM_TEST_PG_URL from
// ./test.sh). Auth, the authorization matrix, push answers, idempotency, limits, scope,
// reassignment, purge and concurrent writers.

#include "support/server_fixture.h"

#include <QRandomGenerator>
#include <QTcpSocket>
#include <QThread>

using namespace kam;
using namespace kam::test;
using server::Role;

namespace {

const qint64 kMinute = 60 * 1000;
const qint64 kDay = 24 * 60 * kMinute;

/// Fields of a valid new account owned by `owner`.
QList<std::pair<QString, QString>> accountFields(const QString &name, const QString &owner,
                                                 const QString &parent = {})
{
    QList<std::pair<QString, QString>> f { { "legal_name", name },
                                           { "owner_id", owner },
                                           { "tier", "key" } };
    if (!parent.isEmpty())
        f.append({ "parent_id", parent });
    return f;
}

QString status(const Response &r, int i = 0)
{
    return r.json().value("results").toArray().at(i).toObject().value("status").toString();
}

QString reason(const Response &r, int i = 0)
{
    return r.json().value("results").toArray().at(i).toObject().value("reason").toString();
}

qint64 rev(const Response &r, int i = 0)
{
    return r.json().value("results").toArray().at(i).toObject().value("rev").toInteger();
}

/// The fields of the row in the last change of a pull.
QJsonObject lastRowFields(const QJsonArray &changes)
{
    return changes.last().toObject().value("row").toObject().value("fields").toObject();
}

/// Ids of the rows a pull or bootstrap delivered (row changes and the rows of grants).
QStringList rowIds(const QJsonArray &changesOrRows)
{
    QStringList ids;
    for (const QJsonValue &v : changesOrRows) {
        const QJsonObject o = v.toObject();
        if (o.contains("row"))
            ids << o.value("row").toObject().value("id").toString();
        else if (o.contains("id"))
            ids << o.value("id").toString();
        for (const QJsonValue &r : o.value("rows").toArray())
            ids << r.toObject().value("id").toString();
    }
    return ids;
}

/// Everything stored, to prove a refused request changed nothing.
QByteArray fingerprint(server::ServerDb &db)
{
    QByteArray out;
    (void)db.run("SELECT tbl, id, rev, data FROM records ORDER BY tbl, id", {}, "fingerprint",
                 [&](const QSqlQuery &q) {
                     for (int i = 0; i < 4; ++i)
                         out += q.value(i).toByteArray() + '|';
                 });
    (void)db.run(
        "SELECT COUNT(*), COALESCE(MAX(seq), 0) FROM changes", {}, "fingerprint",
        [&](const QSqlQuery &q) { out += q.value(0).toByteArray() + q.value(1).toByteArray(); });
    return out;
}

} // namespace

class TestSyncServer : public QObject
{
    Q_OBJECT

private slots:
    void givenManagers_whenEachEndpointIsCalledByEachKindOfCaller_thenOnlyAllowedCallsSucceed();
    void givenRefreshToken_whenUsedTwice_thenTheDeviceSessionEnds();
    void givenFiveWrongPasswords_whenLoggingInAgain_thenThrottledUntilTheWindowPasses();
    void givenRevokedDevice_whenItSyncs_thenToldToWipe();
    void givenStaleBase_whenDifferentFieldChanged_thenMerged();
    void givenStaleBase_whenSameFieldChanged_thenLaterEditWinsAndLoserIsKept();
    void givenTwoOfflineEditsOfOneField_whenPushedInOrder_thenBothApplyWithoutConflict();
    void givenRowDeletedOnServer_whenEditedOffline_thenConflictAndNothingApplied();
    void givenManager_whenChangingServerOwnedFields_thenRejected();
    void givenSameBatchTwice_thenSameAnswerAndAppliedOnce();
    void givenTooManyMutationsOrBytes_thenPayloadTooLarge();
    void givenOldOrMissingSchemaHeader_then426Or400();
    void givenPurgedHistory_whenPullingOldCursor_then410AndBootstrapStillWorks();
    void givenGroupWithBranches_whenReassigned_thenSubtreeMovesAndNothingElse();
    void givenManyRows_whenBootstrappedInPages_thenEveryRowOnceAndPullContinues();
    void givenConcurrentWriters_whenPulling_thenEveryChangeSeenOnceInOrder();
    void givenBrokenBodies_thenClear400AndNothingApplied_data();
    void givenBrokenBodies_thenClear400AndNothingApplied();
    void givenTenThousandSeededMalformedBodies_thenOnly4xxAndNoChange();
    void givenIdleHttp10Connection_thenServerClosesIt();
    void givenRestoredBackup_whenResyncAll_thenEveryCursorGets410();
    void givenDatabaseConnectionLost_whenNextRequestArrives_thenServerReconnects();
    void givenEdits_whenHistoryAsked_thenEachChangeWithItsValuesAuthorAndTime();
    void givenSchema1Database_whenOpened_thenUpgradedAndOldChangesListTheirFields();
    void givenManagersExport_whenPulledAndListed_thenOnlyAdminsSeeTheExportLog();
};

void TestSyncServer::
    givenManagers_whenEachEndpointIsCalledByEachKindOfCaller_thenOnlyAllowedCallsSucceed()
{
    TestServer s;
    KAM_REQUIRE_SERVER(s);
    const auto a = s.addUser("a@example.com");
    s.addUser("b@example.com");
    const auto c = s.addUser("c@example.com");
    s.addUser("root@example.com", Role::Admin);

    // Given: A owns account X; B is another manager; C is disabled after logging in.
    Device expired = s.login("a@example.com");
    s.now += 16 * kMinute; // the access token lives 15 minutes
    Device owner = s.login("a@example.com");
    Device other = s.login("b@example.com");
    Device disabled = s.login("c@example.com");
    Device admin = s.login("root@example.com");
    const QString x = uuid();
    const Response created = s.push(
        owner, { TestServer::mutation("accounts", x, "insert", accountFields("宝钢股份", a.id)) });
    QCOMPARE(status(created), QString("applied"));
    QVERIFY(s.auth->disableUser(c.email));

    const auto edit = [&](const Device &d, const char *field = "notes") {
        return s.push(d,
                      { TestServer::mutation("accounts", x, "update", { { field, d.deviceId } },
                                             rev(created)) });
    };
    const auto pulled = [&](const Device &d) {
        qint64 cursor = 0;
        return rowIds(s.pullAll(d, cursor)).contains(x);
    };
    const auto bootstrapped = [&](const Device &d) {
        const Response r = s.call("GET", "/v1/sync/bootstrap", {}, d.token);
        return r.status == 200 && rowIds(r.json().value("rows").toArray()).contains(x);
    };

    // Then: no token and an expired token get 401 on every endpoint that needs one.
    for (const QString &token : { QString(), expired.token }) {
        QCOMPARE(s.call("POST", "/v1/sync/push", "{}", token).status, 401);
        QCOMPARE(s.call("GET", "/v1/sync/pull", {}, token).status, 401);
        QCOMPARE(s.call("GET", "/v1/sync/bootstrap", {}, token).status, 401);
        QCOMPARE(s.call("POST", "/v1/auth/logout", {}, token).status, 401);
    }
    // A disabled user is refused at once, live token included, and cannot log in again.
    QCOMPARE(edit(disabled).status, 403);
    QCOMPARE(s.call("GET", "/v1/sync/pull", {}, disabled.token).status, 403);
    QCOMPARE(s.call("GET", "/v1/sync/bootstrap", {}, disabled.token).status, 403);
    const QByteArray refreshBody
        = QJsonDocument(QJsonObject { { "refresh_token", disabled.refresh } }).toJson();
    QCOMPARE(s.call("POST", "/v1/auth/refresh", refreshBody).status, 403);
    const QByteArray loginBody
        = QJsonDocument(QJsonObject { { "email", "c@example.com" },
                                      { "password", "correct horse battery" },
                                      { "device_id", uuid() } })
              .toJson();
    QCOMPARE(s.call("POST", "/v1/auth/login", loginBody).status, 403);
    // The owner (in scope) reads and writes X; the other manager can neither read nor write it.
    QCOMPARE(status(edit(owner)), QString("applied"));
    QVERIFY(pulled(admin));
    QVERIFY(bootstrapped(owner));
    const Response outside = edit(other);
    QCOMPARE(outside.status, 200);
    QCOMPARE(status(outside), QString("rejected"));
    QCOMPARE(reason(outside), QString("out_of_scope"));
    QVERIFY(!pulled(other));
    QVERIFY(!bootstrapped(other));
    // The admin sees and writes everything.
    QCOMPARE(status(edit(admin, "address")), QString("merged"));
    QVERIFY(bootstrapped(admin));
    // Health needs no token; logout ends the session.
    QCOMPARE(s.call("GET", "/v1/health").status, 200);
    QCOMPARE(s.call("POST", "/v1/auth/logout", {}, owner.token).status, 200);
    QCOMPARE(s.call("GET", "/v1/sync/pull", {}, owner.token).status, 401);
}

void TestSyncServer::givenRefreshToken_whenUsedTwice_thenTheDeviceSessionEnds()
{
    TestServer s;
    KAM_REQUIRE_SERVER(s);
    s.addUser("a@example.com");
    const Device d = s.login("a@example.com");
    const QByteArray body = QJsonDocument(QJsonObject { { "refresh_token", d.refresh } }).toJson();

    // When: the refresh token is rotated once, the new pair works.
    const Response first = s.call("POST", "/v1/auth/refresh", body);
    QCOMPARE(first.status, 200);
    const QString newAccess = first.json().value("access_token").toString();
    QVERIFY(newAccess != d.token);
    QCOMPARE(s.call("GET", "/v1/sync/pull", {}, newAccess).status, 200);

    // Then: replaying the old one ends the whole device session, the new tokens included.
    const Response replay = s.call("POST", "/v1/auth/refresh", body);
    QCOMPARE(replay.status, 401);
    QVERIFY(replay.json().value("message").toString().contains("already used"));
    QCOMPARE(s.call("GET", "/v1/sync/pull", {}, newAccess).status, 401);
    const QByteArray rotated
        = QJsonDocument(
              QJsonObject { { "refresh_token", first.json().value("refresh_token").toString() } })
              .toJson();
    QCOMPARE(s.call("POST", "/v1/auth/refresh", rotated).status, 401);
}

void TestSyncServer::givenFiveWrongPasswords_whenLoggingInAgain_thenThrottledUntilTheWindowPasses()
{
    TestServer s;
    KAM_REQUIRE_SERVER(s);
    s.addUser("a@example.com");
    const auto attempt = [&](const char *password) {
        return s.call("POST", "/v1/auth/login",
                      QJsonDocument(QJsonObject { { "email", "A@example.com" },
                                                  { "password", password },
                                                  { "device_id", uuid() } })
                          .toJson());
    };
    for (int i = 0; i < server::AuthService::kMaxFailures; ++i)
        QCOMPARE(attempt("wrong password").status, 401);
    const Response locked = attempt("correct horse battery");
    QCOMPARE(locked.status, 429);
    QCOMPARE(locked.error(), QString("throttled"));
    s.now += server::AuthService::kFailureWindowMs + 1;
    QCOMPARE(attempt("correct horse battery").status, 200);
    // An unknown user gets the same answer as a wrong password.
    const QByteArray unknown = QJsonDocument(QJsonObject { { "email", "nobody@example.com" },
                                                           { "password", "x" },
                                                           { "device_id", uuid() } })
                                   .toJson();
    const QJsonValue unknownMessage
        = s.call("POST", "/v1/auth/login", unknown).json().value("message");
    QCOMPARE(unknownMessage, attempt("wrong password").json().value("message"));
}

void TestSyncServer::givenRevokedDevice_whenItSyncs_thenToldToWipe()
{
    TestServer s;
    KAM_REQUIRE_SERVER(s);
    s.addUser("a@example.com");
    const Device d = s.login("a@example.com");
    QVERIFY(s.auth->revokeDevice(d.deviceId));
    const Response r = s.call("GET", "/v1/sync/pull", {}, d.token);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.error(), QString("device_revoked"));
    QCOMPARE(r.json().value("wipe").toBool(), true);
    const Response again
        = s.call("POST", "/v1/auth/login",
                 QJsonDocument(QJsonObject { { "email", "a@example.com" },
                                             { "password", "correct horse battery" },
                                             { "device_id", d.deviceId } })
                     .toJson());
    QCOMPARE(again.error(), QString("device_revoked"));
    // A fresh device id (after the wipe) may log in again.
    s.login("a@example.com");
}

void TestSyncServer::givenStaleBase_whenDifferentFieldChanged_thenMerged()
{
    TestServer s;
    KAM_REQUIRE_SERVER(s);
    const auto a = s.addUser("a@example.com");
    const Device one = s.login("a@example.com");
    const Device two = s.login("a@example.com");
    const QString x = uuid();
    const qint64 base = rev(
        s.push(one, { TestServer::mutation("accounts", x, "insert", accountFields("X", a.id)) }));
    QCOMPARE(status(s.push(one,
                           { TestServer::mutation("accounts", x, "update", { { "region", "华东" } },
                                                  base) })),
             QString("applied"));
    // When: the second device, still at `base`, changes another field.
    const Response r = s.push(
        two, { TestServer::mutation("accounts", x, "update", { { "industry", "Steel" } }, base) });
    QCOMPARE(status(r), QString("merged"));
    // Then: the row holds both edits.
    qint64 cursor = 0;
    const QJsonArray changes = s.pullAll(one, cursor);
    const QJsonObject fields = lastRowFields(changes);
    QCOMPARE(fields.value("region").toString(), QString("华东"));
    QCOMPARE(fields.value("industry").toString(), QString("Steel"));
}

void TestSyncServer::givenStaleBase_whenSameFieldChanged_thenLaterEditWinsAndLoserIsKept()
{
    TestServer s;
    KAM_REQUIRE_SERVER(s);
    const auto a = s.addUser("a@example.com");
    const Device one = s.login("a@example.com");
    const Device two = s.login("a@example.com");
    const QString x = uuid();
    const qint64 t0 = s.now - 10 * kMinute;
    const qint64 base = rev(s.push(
        one, { TestServer::mutation("accounts", x, "insert", accountFields("X", a.id), 0, t0) }));
    // Given: device one set the tier at t0+2; device two, offline, set it at t0+1 (earlier).
    QCOMPARE(status(s.push(one,
                           { TestServer::mutation("accounts", x, "update", { { "tier", "core" } },
                                                  base, t0 + 2 * kMinute) })),
             QString("applied"));
    const Response older
        = s.push(two,
                 { TestServer::mutation("accounts", x, "update", { { "tier", "ordinary" } }, base,
                                        t0 + kMinute) });
    // Then: a conflict; the later edit (core) stays and "ordinary" is kept as the loser.
    QCOMPARE(status(older), QString("conflict"));
    const QJsonObject c = older.json()
                              .value("results")
                              .toArray()
                              .at(0)
                              .toObject()
                              .value("conflicts")
                              .toArray()
                              .at(0)
                              .toObject();
    QCOMPARE(c.value("kept").toString(), QString("theirs"));
    QCOMPARE(c.value("yours").toString(), QString("ordinary"));
    QCOMPARE(c.value("theirs").toString(), QString("core"));
    // When: a later edit with the same stale base arrives, it wins, and "core" becomes the loser.
    const Response newer
        = s.push(two,
                 { TestServer::mutation("accounts", x, "update", { { "tier", "potential" } }, base,
                                        t0 + 3 * kMinute) });
    QCOMPARE(status(newer), QString("conflict"));
    QCOMPARE(newer.json()
                 .value("results")
                 .toArray()
                 .at(0)
                 .toObject()
                 .value("conflicts")
                 .toArray()
                 .at(0)
                 .toObject()
                 .value("kept")
                 .toString(),
             QString("yours"));
    QStringList lost, lostOn;
    QVERIFY(s.db->run("SELECT lost_value, lost_device FROM conflicts WHERE row_id = ? ORDER BY id",
                      { x }, "t", [&](const QSqlQuery &q) {
                          lost << q.value(0).toString();
                          lostOn << q.value(1).toString();
                      }));
    QCOMPARE(lost, QStringList({ "ordinary", "core" }));
    // Each lost value names the device it was made on, so that device can offer to restore it.
    QCOMPARE(lostOn, QStringList({ two.deviceId, one.deviceId }));
    qint64 cursor = 0;
    QCOMPARE(lastRowFields(s.pullAll(one, cursor)).value("tier").toString(), QString("potential"));
}

void TestSyncServer::givenTwoOfflineEditsOfOneField_whenPushedInOrder_thenBothApplyWithoutConflict()
{
    TestServer s;
    KAM_REQUIRE_SERVER(s);
    const auto a = s.addUser("a@example.com");
    const Device d = s.login("a@example.com");
    const QString x = uuid();
    const qint64 base = rev(
        s.push(d, { TestServer::mutation("accounts", x, "insert", accountFields("X", a.id)) }));
    // Given: offline, the manager edits the notes twice; both edits carry the row's base.
    const Response r = s.push(
        d,
        { TestServer::mutation("accounts", x, "update", { { "notes", "first" } }, base),
          TestServer::mutation("accounts", x, "update", { { "notes", "second" } }, base) });
    // Then: the device's own earlier edit is no conflict and nothing counts as merged.
    QCOMPARE(status(r, 0), QString("applied"));
    QCOMPARE(status(r, 1), QString("applied"));
    qint64 cursor = 0;
    const Device other = s.login("a@example.com");
    QCOMPARE(lastRowFields(s.pullAll(other, cursor)).value("notes").toString(), QString("second"));
}

void TestSyncServer::givenRowDeletedOnServer_whenEditedOffline_thenConflictAndNothingApplied()
{
    TestServer s;
    KAM_REQUIRE_SERVER(s);
    const auto a = s.addUser("a@example.com");
    const Device one = s.login("a@example.com");
    const Device two = s.login("a@example.com");
    const QString x = uuid();
    const qint64 base = rev(
        s.push(one, { TestServer::mutation("accounts", x, "insert", accountFields("X", a.id)) }));
    const qint64 deletedRev = rev(s.push(
        one,
        { TestServer::mutation("accounts", x, "delete", { { "deleted_at", iso(s.now) } }, base) }));
    const Response r = s.push(
        two, { TestServer::mutation("accounts", x, "update", { { "notes", "visit" } }, base) });
    QCOMPARE(status(r), QString("conflict"));
    QCOMPARE(reason(r), QString("deleted_on_server"));
    QCOMPARE(rev(r), deletedRev); // nothing applied
    // Restoring is a change of the tombstone field and goes through.
    QCOMPARE(status(s.push(two,
                           { TestServer::mutation("accounts", x, "restore",
                                                  { { "deleted_at", "" } }, deletedRev) })),
             QString("applied"));
}

void TestSyncServer::givenManager_whenChangingServerOwnedFields_thenRejected()
{
    TestServer s;
    KAM_REQUIRE_SERVER(s);
    const auto a = s.addUser("a@example.com");
    const auto b = s.addUser("b@example.com");
    const Device d = s.login("a@example.com");
    const QString x = uuid();
    // Creating an account for someone else, handing one over, or writing users is the admin's.
    QCOMPARE(reason(s.push(
                 d, { TestServer::mutation("accounts", x, "insert", accountFields("X", b.id)) })),
             QString("server_owned"));
    const qint64 base = rev(
        s.push(d, { TestServer::mutation("accounts", x, "insert", accountFields("X", a.id)) }));
    QCOMPARE(
        reason(s.push(
            d, { TestServer::mutation("accounts", x, "update", { { "owner_id", b.id } }, base) })),
        QString("server_owned"));
    QCOMPARE(reason(s.push(
                 d, { TestServer::mutation("users", a.id, "update", { { "name", "Boss" } }, 0) })),
             QString("admin_only"));
    // A contact under an account outside the caller's scope is refused too.
    QCOMPARE(
        reason(s.push(d,
                      { TestServer::mutation("contacts", uuid(), "insert",
                                             { { "account_id", uuid() }, { "name", "张三" } }) })),
        QString("out_of_scope"));
    QCOMPARE(
        reason(s.push(
            d, { TestServer::mutation("accounts", uuid(), "insert", { { "owner_id", a.id } }) })),
        QString("missing_field"));
}

void TestSyncServer::givenSameBatchTwice_thenSameAnswerAndAppliedOnce()
{
    TestServer s;
    KAM_REQUIRE_SERVER(s);
    const auto a = s.addUser("a@example.com");
    const Device d = s.login("a@example.com");
    const QString x = uuid();
    const std::vector<sync::Mutation> batch {
        TestServer::mutation("accounts", x, "insert", accountFields("X", a.id)),
        TestServer::mutation("contacts", uuid(), "insert",
                             { { "account_id", x }, { "name", "王芳" } })
    };
    const Response first = s.push(d, batch);
    const QByteArray before = fingerprint(*s.db);
    const Response again = s.push(d, batch);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json(), first.json());
    QCOMPARE(fingerprint(*s.db), before);
    // Another device reusing a mutation id is refused, not applied.
    const Device other = s.login("a@example.com");
    QCOMPARE(reason(s.push(other, { batch.front() })), QString("duplicate_id"));
}

void TestSyncServer::givenTooManyMutationsOrBytes_thenPayloadTooLarge()
{
    TestServer s;
    KAM_REQUIRE_SERVER(s);
    const auto a = s.addUser("a@example.com");
    const Device d = s.login("a@example.com");
    std::vector<sync::Mutation> many;
    for (int i = 0; i <= sync::kMaxMutationsPerPush; ++i)
        many.push_back(
            TestServer::mutation("accounts", uuid(), "insert", accountFields("X", a.id)));
    const Response tooMany = s.push(d, many);
    QCOMPARE(tooMany.status, 413);
    QVERIFY(tooMany.json().value("message").toString().contains("501 mutations"));
    const Response tooBig
        = s.push(d,
                 { TestServer::mutation("accounts", uuid(), "insert",
                                        { { "legal_name", QString(1100000, 'x') } }) });
    QCOMPARE(tooBig.status, 413);
    QCOMPARE(fingerprint(*s.db).contains("X|"), false);
}

void TestSyncServer::givenOldOrMissingSchemaHeader_then426Or400()
{
    TestServer s;
    KAM_REQUIRE_SERVER(s);
    s.addUser("a@example.com");
    const Device d = s.login("a@example.com");
    QCOMPARE(s.call("GET", "/v1/sync/pull", {}, d.token, sync::kSyncSchema).status, 200);
    QCOMPARE(s.call("GET", "/v1/sync/pull", {}, d.token, sync::kSyncSchema - 1).status, 200);
    const Response old = s.call("GET", "/v1/sync/pull", {}, d.token, sync::kSyncSchema - 2);
    QCOMPARE(old.status, 426);
    QVERIFY(old.json().value("message").toString().contains("Update KAM Desk"));
    QCOMPARE(s.call("GET", "/v1/sync/pull", {}, d.token, -1).status, 400);
    const Response newer = s.call("GET", "/v1/sync/pull", {}, d.token, sync::kSyncSchema + 1);
    QCOMPARE(newer.status, 426);
    QVERIFY(newer.json().value("message").toString().contains("upgrade the server"));
    // Store schema 9 (the compact journal) is local to the client: it still speaks sync schema
    // 8, so servers of the release before, which accept 7 and 8, keep syncing with it. Raising
    // kSyncSchema cuts those servers off and is a decision of its own.
    QCOMPARE(sync::kSyncSchema, 8);
    QCOMPARE(Store::kSchemaVersion, 9);
}

void TestSyncServer::givenPurgedHistory_whenPullingOldCursor_then410AndBootstrapStillWorks()
{
    TestServer s;
    KAM_REQUIRE_SERVER(s);
    const auto a = s.addUser("a@example.com");
    const Device d = s.login("a@example.com");
    const QString gone = uuid(), kept = uuid();
    const qint64 base = rev(
        s.push(d,
               { TestServer::mutation("accounts", gone, "insert", accountFields("Gone", a.id)),
                 TestServer::mutation("accounts", kept, "insert", accountFields("Kept", a.id)) }));
    s.push(d,
           { TestServer::mutation("accounts", gone, "delete", { { "deleted_at", iso(s.now) } },
                                  base) });
    QCOMPARE(s.sync->purge(179 * kDay).ok(), false); // tombstones live at least 180 days

    // When: 181 days pass and history is purged.
    s.now += 181 * kDay;
    QCOMPARE(*s.sync->purge(180 * kDay), 1);
    const Device fresh = s.login("a@example.com");
    const Response old = s.call("GET", "/v1/sync/pull?cursor=1", {}, fresh.token);
    QCOMPARE(old.status, 410);
    QCOMPARE(old.error(), QString("gone"));
    // Then: a bootstrap gives the live row only, and its cursor pulls fine.
    const Response snap = s.call("GET", "/v1/sync/bootstrap", {}, fresh.token);
    QCOMPARE(snap.status, 200);
    const QStringList ids = rowIds(snap.json().value("rows").toArray());
    QVERIFY2(ids.contains(kept), snap.body.constData());
    QVERIFY(!ids.contains(gone));
    QCOMPARE(
        s.call(
             "GET",
             QStringLiteral("/v1/sync/pull?cursor=%1").arg(snap.json().value("cursor").toInteger()),
             {}, fresh.token)
            .status,
        200);
}

void TestSyncServer::givenGroupWithBranches_whenReassigned_thenSubtreeMovesAndNothingElse()
{
    TestServer s;
    KAM_REQUIRE_SERVER(s);
    const auto a = s.addUser("leaver@example.com");
    const auto b = s.addUser("successor@example.com");
    Device leaver = s.login("leaver@example.com");
    Device successor = s.login("successor@example.com");
    const QString group = uuid(), branch = uuid(), contact = uuid(), branchContact = uuid(),
                  other = uuid();
    QCOMPARE(
        s.push(
             leaver,
             { TestServer::mutation("accounts", group, "insert", accountFields("中建集团", a.id)),
               TestServer::mutation("accounts", branch, "insert",
                                    accountFields("中建集团济南分公司", a.id, group)),
               TestServer::mutation("contacts", contact, "insert",
                                    { { "account_id", group }, { "name", "李总" } }),
               TestServer::mutation("contacts", branchContact, "insert",
                                    { { "account_id", branch }, { "name", "赵工" } }),
               TestServer::mutation("accounts", other, "insert", accountFields("Other Co", a.id)) })
            .json()
            .value("results")
            .toArray()
            .size(),
        5);
    qint64 leaverCursor = 0, successorCursor = 0;
    s.pullAll(leaver, leaverCursor);
    s.pullAll(successor, successorCursor);

    // When: the group is reassigned.
    Result<std::vector<server::HandoverLine>> moved = s.sync->reassign(a.email, b.email, group);
    QVERIFY2(moved, qPrintable(moved ? QString() : moved.error().message));
    QCOMPARE(moved->size(), size_t(2));

    // Then: the successor receives group, branch and both contacts; the leaver is told to drop
    // the two accounts; the other account stays with the leaver.
    const QJsonArray gained = s.pullAll(successor, successorCursor);
    const QStringList ids = rowIds(gained);
    for (const QString &id : { group, branch, contact, branchContact })
        QVERIFY2(ids.contains(id), qPrintable(id));
    QVERIFY(!ids.contains(other));
    QStringList revoked;
    for (const QJsonValue &c : s.pullAll(leaver, leaverCursor))
        if (c.toObject().value("kind") == "revoke")
            revoked << c.toObject().value("account").toString();
    revoked.sort();
    QStringList expected { group, branch };
    expected.sort();
    QCOMPARE(revoked, expected);
    QCOMPARE(status(s.push(
                 leaver,
                 { TestServer::mutation("contacts", contact, "update", { { "title", "x" } }, 1) })),
             QString("rejected"));
    QCOMPARE(status(s.push(successor,
                           { TestServer::mutation("contacts", contact, "update",
                                                  { { "title", "总经理" } }, 1000000) })),
             QString("applied"));
    Result<std::vector<server::HandoverLine>> report = s.sync->handoverReport(a.id);
    QCOMPARE(report->size(), size_t(2));
    QCOMPARE(report->front().legalName, QString("中建集团"));
    QCOMPARE(report->front().contacts, 1);
}

void TestSyncServer::givenManyRows_whenBootstrappedInPages_thenEveryRowOnceAndPullContinues()
{
    TestServer s;
    KAM_REQUIRE_SERVER(s);
    const auto a = s.addUser("a@example.com");
    const Device d = s.login("a@example.com");
    std::vector<sync::Mutation> batch;
    QStringList created;
    for (int i = 0; i < 40; ++i) {
        created << uuid();
        batch.push_back(TestServer::mutation("accounts", created.last(), "insert",
                                             accountFields(QString("Account %1").arg(i), a.id)));
    }
    s.push(d, batch);
    const Device fresh = s.login("a@example.com");
    QStringList seen;
    QString after;
    qint64 cursor = 0;
    int pages = 0;
    do {
        const Response r = s.call("GET",
                                  QStringLiteral("/v1/sync/bootstrap?limit=7&cursor=%1&after=%2")
                                      .arg(cursor)
                                      .arg(QString::fromLatin1(QUrl::toPercentEncoding(after))),
                                  {}, fresh.token);
        QCOMPARE(r.status, 200);
        cursor = r.json().value("cursor").toInteger();
        seen += rowIds(r.json().value("rows").toArray());
        after = r.json().value("next").toString();
        // A change committed mid-snapshot must reach the client through the pull afterwards.
        if (pages++ == 1)
            s.push(d,
                   { TestServer::mutation("accounts", created.first(), "update",
                                          { { "notes", "late" } }, 1000000) });
    } while (!after.isEmpty());
    QCOMPARE(pages, 6); // 40 accounts and 1 user in pages of 7
    for (const QString &id : created)
        QCOMPARE(seen.count(id), 1);
    const QJsonArray rest = s.pullAll(fresh, cursor);
    QCOMPARE(rowIds(rest), QStringList { created.first() });
}

void TestSyncServer::givenConcurrentWriters_whenPulling_thenEveryChangeSeenOnceInOrder()
{
    TestServer s;
    KAM_REQUIRE_SERVER(s);
    const auto admin = s.addUser("root@example.com", Role::Admin);
    const Device reader = s.login("root@example.com");
    QVector<Device> writers;
    for (int i = 0; i < 4; ++i)
        writers << s.login("root@example.com");

    // Writers are separate connections (as several server instances on one database would be),
    // pushing from their own threads while the reader keeps pulling.
    constexpr int kPushes = 25;
    std::atomic<int> failures = 0;
    QList<QThread *> threads;
    for (const Device &w : writers) {
        threads << QThread::create([&s, w, admin, &failures] {
            auto db = server::ServerDb::open(s.url());
            if (!db) {
                ++failures;
                return;
            }
            server::AuthService auth(**db);
            server::SyncService sync(**db, auth);
            for (int p = 0; p < kPushes; ++p) {
                sync::PushBatch batch { w.deviceId,
                                        { TestServer::mutation("accounts", uuid(), "insert",
                                                               accountFields("C", admin.id)),
                                          TestServer::mutation("accounts", uuid(), "insert",
                                                               accountFields("C", admin.id)) } };
                if (!sync.push({ admin.id, w.deviceId, Role::Admin }, batch))
                    ++failures;
            }
        });
        threads.last()->start();
    }
    QList<qint64> seqs;
    qint64 cursor = 0;
    const auto drain = [&] {
        for (const QJsonValue &c : s.pullAll(reader, cursor, 7))
            if (c.toObject().value("row").toObject().value("table") == "accounts")
                seqs << c.toObject().value("seq").toInteger();
    };
    while (std::any_of(threads.begin(), threads.end(), [](QThread *t) { return !t->isFinished(); }))
        drain();
    for (QThread *t : threads) {
        t->wait();
        delete t;
    }
    drain();
    QCOMPARE(failures.load(), 0);
    QCOMPARE(seqs.size(), 4 * kPushes * 2);
    QVERIFY(std::is_sorted(seqs.begin(), seqs.end()));
    QCOMPARE(QSet<qint64>(seqs.begin(), seqs.end()).size(), seqs.size());
}

void TestSyncServer::givenBrokenBodies_thenClear400AndNothingApplied_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    const QByteArray ok
        = R"({"table":"accounts","row":"0b0e2f7e-9f3e-4d51-8f0c-2f4a3f0f4a11","op":"update","at":"2026-11-22T08:00:00.000Z","fields":{"notes":{"value":"x","base":1}}})";
    const auto batch = [](const QByteArray &mutations) {
        return R"({"client_id":"%DEVICE%","mutations":[)" + mutations + "]}";
    };
    const QByteArray valid = batch(R"({"id":"%ID%",)" + ok.mid(1));
    QTest::newRow("not JSON") << QByteArray("{\"client_id\":") << "malformed JSON";
    QTest::newRow("array body") << QByteArray("[]") << "expected a JSON object";
    QTest::newRow("mutations not array") << QByteArray(R"({"client_id":"%DEVICE%","mutations":{}})")
                                         << "mutations: expected an array";
    QTest::newRow("id not UUID") << batch(R"({"id":"123",)" + ok.mid(1)) << "mutations[0].id";
    QTest::newRow("unknown table")
        << QByteArray(valid).replace("\"accounts\"", "\"payroll\"") << "unknown table";
    QTest::newRow("unknown field")
        << QByteArray(valid).replace("\"notes\"", "\"salary\"") << "mutations[0].fields.salary";
    QTest::newRow("number value") << QByteArray(valid).replace("\"value\":\"x\"", "\"value\":5")
                                  << "expected a string or null";
    QTest::newRow("bad enum") << QByteArray(valid).replace("\"notes\"", "\"tier\"")
                              << "is not a valid value";
    QTest::newRow("negative base")
        << QByteArray(valid).replace("\"base\":1", "\"base\":-1") << "non-negative integer";
    QTest::newRow("local time") << QByteArray(valid).replace(".000Z", "") << "UTC time";
    QTest::newRow("bad op") << QByteArray(valid).replace("\"update\"", "\"upsert\"")
                            << "unknown op";
    QTest::newRow("bad parent uuid") << QByteArray(valid).replace(
        "\"notes\":{\"value\":\"x\"", "\"parent_id\":{\"value\":\"nope\"")
                                     << "not a valid value";
    // A valid mutation before a broken one: the batch is one transaction, so neither applies.
    QTest::newRow("valid then broken")
        << batch(R"({"id":"%ID%",)" + ok.mid(1) + R"(,{"id":"%ID2%","table":"accounts"})")
        << "mutations[1].row";
}

void TestSyncServer::givenBrokenBodies_thenClear400AndNothingApplied()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    TestServer s;
    KAM_REQUIRE_SERVER(s);
    const auto a = s.addUser("a@example.com");
    const Device d = s.login("a@example.com");
    s.push(d,
           { TestServer::mutation("accounts", "0b0e2f7e-9f3e-4d51-8f0c-2f4a3f0f4a11", "insert",
                                  accountFields("X", a.id)) });
    const QByteArray before = fingerprint(*s.db);
    body.replace("%DEVICE%", d.deviceId.toLatin1())
        .replace("%ID%", uuid().toLatin1())
        .replace("%ID2%", uuid().toLatin1());
    const Response r = s.call("POST", "/v1/sync/push", body, d.token);
    QCOMPARE(r.status, 400);
    QVERIFY2(r.json().value("message").toString().contains(message), r.body.constData());
    QCOMPARE(fingerprint(*s.db), before);
}

void TestSyncServer::givenTenThousandSeededMalformedBodies_thenOnly4xxAndNoChange()
{
    TestServer s;
    KAM_REQUIRE_SERVER(s);
    const auto a = s.addUser("a@example.com");
    const Device d = s.login("a@example.com");
    const QString x = uuid();
    s.push(d, { TestServer::mutation("accounts", x, "insert", accountFields("X", a.id)) });
    const QByteArray before = fingerprint(*s.db);
    const QByteArray valid
        = QJsonDocument(
              sync::toJson({ d.deviceId,
                             { TestServer::mutation("accounts", x, "update",
                                                    { { "notes", "n" }, { "tier", "core" } }, 1),
                               TestServer::mutation("contacts", uuid(), "insert",
                                                    { { "account_id", x }, { "name", "n" } }) } }))
              .toJson(QJsonDocument::Compact);
    const QList<QByteArray> poison { "5",
                                     "true",
                                     "null",
                                     "[]",
                                     "{}",
                                     "\"\"",
                                     "\"nope\"",
                                     "-1",
                                     "1.5",
                                     "\"\xff\xfe\"",
                                     "[[[[[[[[]]]]]]]]",
                                     "\"2026-13-40T99:00Z\"" };
    // Every corruption below leaves the body invalid: a strict prefix of an object, a value of the
    // wrong kind where a string, UUID or revision is required, a removed or unknown key, or junk.
    QRandomGenerator rng(20261123);
    const QList<QByteArray> requiredStrings { "\"id\":", "\"table\":", "\"row\":",
                                              "\"op\":", "\"at\":",    "\"base\":" };
    int nonClient = 0;
    constexpr int kBodies = 10000;
    for (int i = 0; i < kBodies; ++i) {
        QByteArray body = valid;
        switch (rng.bounded(6)) {
        case 0:
            body.truncate(rng.bounded(int(body.size())));
            break;
        case 1: { // a required member gets a value of the wrong kind
            const QByteArray key = requiredStrings.at(rng.bounded(int(requiredStrings.size())));
            const qsizetype at = body.indexOf(key) + key.size();
            const qsizetype end = body.indexOf(key == "\"base\":" ? "}" : ",", at);
            body.replace(at, end - at, poison.at(rng.bounded(int(poison.size()))));
            break;
        }
        case 2:
            body.replace(body.indexOf("\"op\":"), 5, "\"oq\":");
            break;
        case 3:
            body.insert(body.indexOf("\"table\""),
                        "\"extra" + QByteArray::number(rng.bounded(100)) + "\":1,");
            break;
        case 4: { // junk bytes
            QByteArray junk(rng.bounded(1, 200), Qt::Uninitialized);
            for (char &c : junk)
                c = char(rng.bounded(256));
            body = rng.bounded(2) ? junk : body.left(rng.bounded(int(body.size()))) + junk;
            break;
        }
        default:
            body.replace("\"accounts\"",
                         "\"accounts_" + QByteArray::number(rng.bounded(1000)) + "\"");
            break;
        }
        const server::HttpApi::Reply r
            = s.api->answer("POST", "/v1/sync/push", {},
                            { { "Authorization", "Bearer " + d.token.toLatin1() },
                              { sync::kSchemaHeader, QByteArray::number(sync::kSyncSchema) } },
                            body);
        if (r.status < 400 || r.status >= 500) {
            ++nonClient;
            qWarning("body %d got %d: %s -> %s", i, r.status, body.constData(), r.body.constData());
        }
        // Every 500th body also goes through a real socket.
        if (i % 500 == 0)
            QVERIFY(s.call("POST", "/v1/sync/push", body, d.token).status / 100 == 4);
    }
    QCOMPARE(nonClient, 0);
    QCOMPARE(fingerprint(*s.db), before);
}

void TestSyncServer::givenIdleHttp10Connection_thenServerClosesIt()
{
    TestServer s;
    KAM_REQUIRE_SERVER(s);
    s.api->setIdleTimeout(200);
    // Given: a client (ApacheBench, an old proxy) that sends HTTP/1.0 and never closes.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, s.port);
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET /v1/health HTTP/1.0\r\n\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(socket.bytesAvailable() > 0, 5000);
    QVERIFY(socket.readAll().startsWith("HTTP/1.1 200"));
    // Then: the server closes it once idle, so such clients cannot exhaust its sockets.
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(s.api->openConnections(), 0, 5000);
}

void TestSyncServer::givenRestoredBackup_whenResyncAll_thenEveryCursorGets410()
{
    TestServer s;
    KAM_REQUIRE_SERVER(s);
    const auto a = s.addUser("a@example.com");
    const Device d = s.login("a@example.com");
    s.push(d, { TestServer::mutation("accounts", uuid(), "insert", accountFields("X", a.id)) });
    qint64 cursor = 0;
    s.pullAll(d, cursor);
    QVERIFY(s.sync->forceBootstrap());
    QCOMPARE(
        s.call("GET", QStringLiteral("/v1/sync/pull?cursor=%1").arg(cursor), {}, d.token).status,
        410);
    const Response snap = s.call("GET", "/v1/sync/bootstrap", {}, d.token);
    QCOMPARE(snap.status, 200);
    const QString resume
        = QStringLiteral("/v1/sync/pull?cursor=%1").arg(snap.json().value("cursor").toInteger());
    QCOMPARE(s.call("GET", resume, {}, d.token).status, 200);
}

void TestSyncServer::givenDatabaseConnectionLost_whenNextRequestArrives_thenServerReconnects()
{
    TestServer s;
    KAM_REQUIRE_SERVER(s);
    if (!s.isPostgres())
        QSKIP("an embedded SQLite file has no connection to lose");
    s.addUser("a@example.com");
    const Device d = s.login("a@example.com");
    // When: PostgreSQL drops the server's session (a restart, a failover, an idle-kill).
    const QString name = QUrl(s.url()).path().mid(1);
    QSqlQuery kill(QSqlDatabase::database("kam-test-admin"));
    QVERIFY2(kill.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                      "WHERE datname = '%1'")
                           .arg(name)),
             qPrintable(kill.lastError().text()));
    QVERIFY(kill.next());
    // Then: the next requests work without restarting the server.
    QCOMPARE(s.call("GET", "/v1/sync/pull", {}, d.token).status, 200); // reopened at BEGIN
    QCOMPARE(s.call("GET", "/v1/health").status, 200);
}

void TestSyncServer::givenEdits_whenHistoryAsked_thenEachChangeWithItsValuesAuthorAndTime()
{
    TestServer s;
    KAM_REQUIRE_SERVER(s);
    const auto a = s.addUser("a@example.com");
    const auto b = s.addUser("b@example.com");
    const Device da = s.login("a@example.com");
    const Device db = s.login("b@example.com");
    const QString x = uuid();
    const QString contact = uuid();
    const qint64 base = rev(
        s.push(da, { TestServer::mutation("accounts", x, "insert", accountFields("宁波港股份有限公司", a.id)),
                     TestServer::mutation("contacts", contact, "insert",
                                          { { "account_id", x }, { "name", "王伟" } }) }));
    QCOMPARE(status(s.push(da, { TestServer::mutation("accounts", x, "update",
                                                      { { "region", "华东" }, { "notes", "" } }, base) })),
             QString("applied"));
    // Another account's change is not in x's history.
    s.push(da, { TestServer::mutation("accounts", uuid(), "insert", accountFields("Other", a.id)) });

    const Response r = s.call("GET", "/v1/sync/history?account=" + x, {}, da.token);
    QCOMPARE(r.status, 200);
    const QJsonArray changes = r.json().value("changes").toArray();
    QCOMPARE(changes.size(), 3); // oldest first: the account, its contact, the edit
    const QJsonObject created = changes.at(0).toObject();
    QCOMPARE(created.value("table").toString(), QString("accounts"));
    QCOMPARE(created.value("id").toString(), x);
    QCOMPARE(created.value("author").toString(), a.id);
    QVERIFY(!created.value("mutation").toString().isEmpty());
    QVERIFY(QDateTime::fromString(created.value("at").toString(), Qt::ISODateWithMs).isValid());
    QCOMPARE(created.value("fields").toObject().value("legal_name").toString(), QString("宁波港股份有限公司"));
    QCOMPARE(changes.at(1).toObject().value("fields").toObject().value("name").toString(), QString("王伟"));
    const QJsonObject edit = changes.at(2).toObject().value("fields").toObject();
    QCOMPARE(edit.value("region").toString(), QString("华东"));
    QVERIFY(!edit.contains("notes")); // unchanged (empty before and after): not a change
    QVERIFY(changes.at(0).toObject().value("seq").toInteger() < changes.at(2).toObject().value("seq").toInteger());

    // `limit` keeps the newest; someone outside the account's scope gets nothing, and a bad
    // account id is refused.
    QCOMPARE(r.json().value("more").toBool(), false);
    QVERIFY(!created.contains("known"));
    const Response newest = s.call("GET", "/v1/sync/history?limit=1&account=" + x, {}, da.token);
    QCOMPARE(newest.json().value("more").toBool(), true);
    QCOMPARE(newest.json().value("changes").toArray().size(), 1);
    QCOMPARE(newest.json().value("changes").toArray().at(0).toObject().value("fields").toObject().value("region").toString(),
             QString("华东"));
    const Response outside = s.call("GET", "/v1/sync/history?account=" + x, {}, db.token);
    QCOMPARE(outside.status, 404);
    QVERIFY2(outside.json().value("message").toString().contains("scope"), outside.body.constData());
    QCOMPARE(s.call("GET", "/v1/sync/history?account=nope", {}, da.token).status, 400);
    QCOMPARE(s.call("GET", "/v1/sync/history?account=" + x).status, 401);
    Q_UNUSED(b)
}

void TestSyncServer::givenSchema1Database_whenOpened_thenUpgradedAndOldChangesListTheirFields()
{
    TestServer s;
    KAM_REQUIRE_SERVER(s);
    const auto a = s.addUser("a@example.com");
    const QString x = uuid();
    s.push(s.login("a@example.com"), { TestServer::mutation("accounts", x, "insert", accountFields("X", a.id)) });
    // Given: the database as schema 1 left it, whose changes kept no values.
    // (On a connection of its own: ServerDb prepares every statement, PostgreSQL no DDL.)
    {
        QSqlDatabase raw;
        if (s.url().startsWith("sqlite:")) {
            raw = QSqlDatabase::addDatabase("QSQLITE", "downgrade");
            raw.setDatabaseName(s.url().mid(7));
        } else {
            const QUrl u(s.url());
            raw = QSqlDatabase::addDatabase("QPSQL", "downgrade");
            raw.setHostName(u.host());
            raw.setPort(u.port(5432));
            raw.setUserName(u.userName());
            raw.setDatabaseName(u.path().mid(1));
        }
        QVERIFY2(raw.open(), qPrintable(raw.lastError().text()));
        QSqlQuery q(raw);
        for (const char *sql : { "DROP INDEX changes_row", "ALTER TABLE changes DROP COLUMN vals",
                                 "UPDATE schema_version SET version = 1" })
            QVERIFY2(q.exec(QString::fromLatin1(sql)), qPrintable(q.lastError().text()));
        q = QSqlQuery();
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase("downgrade");
    }
    // When: a server opens it.
    Result<std::unique_ptr<server::ServerDb>> reopened = server::ServerDb::open(s.url());
    QVERIFY2(reopened, reopened ? "" : qPrintable(reopened.error().message));
    server::ServerDb &db = **reopened;
    int version = 0;
    QVERIFY((db.run("SELECT version FROM schema_version", {}, "reading",
                    [&](const QSqlQuery &q) { version = q.value(0).toInt(); })));
    QCOMPARE(version, server::ServerDb::kSchemaVersion);
    // Then: the old change is still there; its history lists the fields, without values.
    const server::Clock clock = [&] { return s.now; };
    server::AuthService auth(db, clock);
    server::SyncService service(db, auth, clock);
    Result<QByteArray> history = service.history({ a.id, {}, server::Role::Manager }, x, 100);
    QVERIFY2(history, history ? "" : qPrintable(history.error().message));
    const QJsonArray changes = QJsonDocument::fromJson(*history).object().value("changes").toArray();
    QCOMPARE(changes.size(), 1);
    const QJsonObject fields = changes.at(0).toObject().value("fields").toObject();
    QVERIFY(fields.contains("legal_name"));
    QVERIFY(fields.value("legal_name").isNull());
    QCOMPARE(changes.at(0).toObject().value("known").toBool(true), false);
}

void TestSyncServer::givenManagersExport_whenPulledAndListed_thenOnlyAdminsSeeTheExportLog()
{
    TestServer s;
    KAM_REQUIRE_SERVER(s);
    const auto a = s.addUser("a@example.com");
    const auto b = s.addUser("b@example.com");
    const auto root = s.addUser("root@example.com", Role::Admin);
    const Device laptop = s.login("a@example.com");
    const Device desktop = s.login("a@example.com"); // the same manager's other device
    const Device other = s.login("b@example.com");
    const Device admin = s.login("root@example.com");
    qint64 desktopCursor = 0, otherCursor = 0, adminCursor = 0;
    s.pullAll(desktop, desktopCursor);
    s.pullAll(other, otherCursor);
    s.pullAll(admin, adminCursor);

    const auto exportFields = [](const QString &what, const QString &at, const QString &by) {
        return QList<std::pair<QString, QString>> { { "what", what },       { "format", "csv" },
                                                    { "rows", "8800" },     { "destination", "pipeline.csv" },
                                                    { "exported_at", at },  { "exported_by", by } };
    };
    const QString first = uuid(), second = uuid(), anonymous = uuid(), account = uuid();
    const Response pushed = s.push(
        laptop,
        { TestServer::mutation("export_log", first, "insert",
                               exportFields("opportunities", "2026-11-02T09:00:00.000Z", a.id)),
          TestServer::mutation("export_log", second, "insert",
                               exportFields("portfolio", "2026-11-20T16:30:00.000Z", a.id)),
          // Recorded before the client knew its user: the push's author is who exported.
          TestServer::mutation("export_log", anonymous, "insert",
                               exportFields("contacts", "2026-10-01T08:00:00.000Z", {})),
          TestServer::mutation("accounts", account, "insert", accountFields("X", a.id)) });
    for (int i = 0; i < 4; ++i)
        QCOMPARE(status(pushed, i), QString("applied"));

    // Neither another manager nor the exporter's other device reads the log; the account still
    // syncs to the other device. The admin gets every export.
    QVERIFY(!rowIds(s.pullAll(other, otherCursor)).contains(first));
    const QStringList toDesktop = rowIds(s.pullAll(desktop, desktopCursor));
    QVERIFY(toDesktop.contains(account));
    for (const QString &id : { first, second, anonymous })
        QVERIFY2(!toDesktop.contains(id), qPrintable(id));
    const QStringList toAdmin = rowIds(s.pullAll(admin, adminCursor));
    for (const QString &id : { first, second, anonymous })
        QVERIFY2(toAdmin.contains(id), qPrintable(id));
    // Nor does a snapshot carry it, not even to the exporter.
    const Response snapshot = s.call("GET", "/v1/sync/bootstrap?limit=1000", {}, laptop.token);
    QCOMPARE(snapshot.status, 200);
    const QStringList snapshotIds = rowIds(snapshot.json().value("rows").toArray());
    QVERIFY(snapshotIds.contains(account));
    QVERIFY(!snapshotIds.contains(first));
    QCOMPARE(snapshot.json().value("total").toInteger(), qint64(snapshotIds.size()));
    const Response adminSnapshot = s.call("GET", "/v1/sync/bootstrap?limit=1000", {}, admin.token);
    QVERIFY(rowIds(adminSnapshot.json().value("rows").toArray()).contains(first));

    // The log is append-only for managers, and names only its author.
    const QByteArray before = fingerprint(*s.db);
    QCOMPARE(reason(s.push(laptop, { TestServer::mutation("export_log", first, "update",
                                                          { { "rows", "1" } }, rev(pushed)) })),
             QString("append_only"));
    QCOMPARE(reason(s.push(laptop, { TestServer::mutation("export_log", first, "delete",
                                                          { { "deleted_at", iso(s.now) } },
                                                          rev(pushed)) })),
             QString("append_only"));
    QCOMPARE(reason(s.push(laptop, { TestServer::mutation(
                                       "export_log", uuid(), "insert",
                                       exportFields("accounts", "2026-11-21T10:00:00.000Z", b.id)) })),
             QString("server_owned"));
    QCOMPARE(fingerprint(*s.db), before);

    // The admin's listing: newest first, with the user's name.
    Result<std::vector<server::ExportLine>> all = s.sync->exportLog();
    QVERIFY2(all, all ? "" : qPrintable(all.error().message));
    QCOMPARE(all->size(), size_t(3));
    QCOMPARE(all->at(0).id, second);
    QCOMPARE(all->at(0).what, QString("portfolio"));
    QCOMPARE(all->at(0).userName, QString("a"));
    QCOMPARE(all->at(0).rows, 8800);
    QCOMPARE(all->at(0).destination, QString("pipeline.csv"));
    QCOMPARE(all->at(0).exportedAt, QDateTime(QDate(2026, 11, 20), QTime(16, 30), Qt::UTC));
    QCOMPARE(all->at(1).id, first);
    QCOMPARE(all->at(2).id, anonymous);
    QCOMPARE(all->at(2).userId, a.id);
    Result<std::vector<server::ExportLine>> recent
        = s.sync->exportLog(a.id, QDateTime(QDate(2026, 11, 2), QTime(0, 0), Qt::UTC));
    QVERIFY(recent);
    QCOMPARE(recent->size(), size_t(2));
    QVERIFY(s.sync->exportLog(b.id)->empty());
    QVERIFY(s.sync->exportLog(root.id)->empty());
}

QTEST_GUILESS_MAIN(TestSyncServer)
#include "tst_sync_server.moc"
