// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth_service.h"
#include "sync/protocol.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QSet>

class QSqlQuery;

#include <memory>
#include <optional>
#include <vector>

namespace kam::server {

class ServerDb;

/// One line of a handover report: an account that moved from one manager to another.
struct HandoverLine
{
    QString accountId;
    QString legalName;
    QString fromUser;
    QString toUser;
    qint64 atMs = 0;
    int contacts = 0;
    int teamMembers = 0;
};

/// One line of the export audit log (the synced export_log): who took which rows out, when.
struct ExportLine
{
    QString id;
    QString userId; ///< exported_by, or the author of the push when the client had no user yet
    QString userName; ///< the user's display name; empty for a user the server does not know
    QDateTime exportedAt; ///< the client's time of the export, UTC
    QString what;
    QString format;
    int rows = 0;
    QString destination;
};

/// The sync core: push (apply a batch atomically and idempotently, per-field conflicts), pull
/// (changes in the caller's scope after a cursor), bootstrap (a paged snapshot), and the admin
/// operations that change scope. Knows nothing of HTTP; the routes call it.
class SyncService
{
public:
    /// Tombstones and change history are kept at least this long; older cursors get 410.
    static constexpr qint64 kMinRetentionMs = 180LL * 24 * 3600 * 1000;
    static constexpr int kMaxPullLimit = 5000;

    SyncService(ServerDb &db, AuthService &auth, Clock clock = systemClock);
    ~SyncService();

    /// The JSON answer to a push: {"results":[{"id","status","rev","reason"?,"conflicts"?}]}.
    Result<QJsonObject> push(const Principal &who, const sync::PushBatch &batch);
    /// The JSON answer to a pull: {"cursor","more","changes":[…]}; Gone for a purged cursor.
    Result<QByteArray> pull(const Principal &who, qint64 cursor, int limit);
    /// One page of the snapshot of the caller's scope, in (table, id) order; `after` is the
    /// "next" of the previous page, `cursor` the one the first page gave (0: start a snapshot).
    Result<QByteArray> bootstrap(const Principal &who, const QString &after, qint64 cursor,
                                 int limit);
    /// The field history of one account, its contacts and its team, oldest first:
    /// {"more","changes":[{"seq","table","id","mutation","author","at","fields":{field: value}}]},
    /// the newest `limit` ("more": older ones exist). Changes logged before server schema 2 list
    /// their fields with null values and "known": false.
    Result<QByteArray> history(const Principal &who, const QString &accountId, int limit);

    // --- admin -------------------------------------------------------------------------
    /// Adds a user and publishes their name and e-mail to every client.
    Result<UserInfo> addUser(const QString &email, const QString &name, Role role,
                             const QString &password, const QString &id = {});
    /// Moves the accounts of `from` (or one account's subtree) to `to`, with everything under
    /// them, in one transaction; both clients hear of it at their next pull.
    Result<std::vector<HandoverLine>> reassign(const QString &fromUserId, const QString &toUserId,
                                               const QString &accountId = {});
    /// What was reassigned away from `fromUserId`, oldest first.
    Result<std::vector<HandoverLine>> handoverReport(const QString &fromUserId);
    /// The exports clients recorded, newest first: of one user (an id; empty: everyone's),
    /// exported at or after `since` (invalid: all).
    Result<std::vector<ExportLine>> exportLog(const QString &userId = {},
                                              const QDateTime &since = {});
    /// Makes every client bootstrap again (410 on its next pull): run it after restoring the
    /// database from a backup, whose change log is behind what clients have already seen.
    Result<void> forceBootstrap();
    /// Drops tombstones and change history older than `olderThanMs` (at least kMinRetentionMs).
    Result<int> purge(qint64 olderThanMs);

private:
    struct Record;
    struct Batch;
    Result<Record> loadRecord(const QString &table, const QString &id);
    static void readRecord(Record &r, const QSqlQuery &row, int firstColumn);
    Result<void> saveRecord(Record &r);
    static QVariantList recordValues(const Record &r);
    Result<void> writeRecords(const std::vector<QVariantList> &rows);
    Result<void> reserveSeqs(int count);
    Result<void> prefetch(const Principal &who, const sync::PushBatch &batch,
                          QHash<QString, std::pair<QString, QByteArray>> &seen);
    Result<void> flush();
    Result<bool> visible(const Principal &who, const QString &accountId);
    Result<QJsonObject> apply(const Principal &who, const sync::Mutation &m);
    /// `values` holds the new value of each field of a row change (null for empty), for the
    /// field history a successor reads.
    Result<qint64> logChange(const QString &kind, const QString &table, const QString &rowId,
                             const QString &targetUser, const QStringList &fields,
                             const QString &authorId, const QString &deviceId,
                             const QString &mutationId, const QJsonObject &values = {});
    Result<void> refreshAccess(const QString &accountId, QSet<QString> &visited);
    /// Logs the `applied` fields of `r` as one change, stamps their revisions, saves the row.
    Result<void> commitChange(Record &r, const QStringList &applied, const QString &authorId,
                              const QString &deviceId, const QString &mutationId, qint64 at);
    /// Recomputes who sees the accounts a change touched, if it can change that.
    Result<void> refreshScopeAfter(const Record &r, const QString &oldScope,
                                   const QStringList &applied);
    Result<void> writeServerFields(const QString &table, const QString &id,
                                   const QJsonObject &values);
    Result<qint64> purgedThrough();
    Result<void> setPurgedThrough(qint64 seq);
    /// The newest position of the change log a pull may move its cursor to.
    Result<qint64> highWater(qint64 purgedThrough);
    Result<QByteArray> rowsJson(const QString &scopeAccountId);

    ServerDb &m_db;
    AuthService &m_auth;
    Clock m_now;
    std::unique_ptr<Batch> m_batch; ///< set while a push is applied
};

} // namespace kam::server
