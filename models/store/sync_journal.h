// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QVariant>

#include <optional>
#include <vector>

namespace kam {

class Store;

/// A mutation waiting in the outbox: one store call on one row.
struct OutboxMutation
{
    qint64 seq = 0;
    QString id; ///< mutation UUID, the idempotency key
    QString table;
    QString rowId;
    QString op;
    qint64 baseRev = 0;
    QDateTime changedAt;
    QList<QPair<QString, QVariant>> fields; ///< field → new value (null = empty)
};

/// A row as the server has it; an absent field is empty.
struct RemoteRow
{
    QString table;
    QString id;
    qint64 rev = 0;
    QHash<QString, QString> fields;
};

/// One entry of a pulled page.
struct RemoteChange
{
    enum class Kind { Row, Grant, Revoke };
    Kind kind = Kind::Row;
    RemoteRow row;              ///< Kind::Row
    QString account;            ///< Kind::Grant / Kind::Revoke
    std::vector<RemoteRow> rows; ///< Kind::Grant: the account's rows
    QString author;             ///< users.id, for the field history
    QDateTime at;
    qint64 seq = 0;             ///< its position in the server's order (names it in the history)
};

/// One change of a row in the server's field history (older than this store may know).
struct HistoryChange
{
    qint64 seq = 0; ///< its position in the server's order
    QString table;
    QString rowId;
    QString mutationId; ///< empty for the server's own writes
    QString author;
    QDateTime at;
    QList<QPair<QString, QVariant>> fields; ///< field → new value (null = empty)
    bool valuesKnown = true;
};

/// One field of a pushed mutation the server did not take as written.
struct FieldConflict
{
    QString field;
    std::optional<QString> mine;
    std::optional<QString> theirs;
    bool mineKept = false;
    QString theirAuthor;
    QDateTime theirAt;
};

/// The server's answer to one pushed mutation.
struct PushOutcome
{
    enum class Status { Applied, Merged, Conflict, Rejected };
    QString mutationId;
    Status status = Status::Applied;
    qint64 rev = 0;
    QString reason;  ///< why it was rejected or conflicted ("out_of_scope", "concurrent_edit", …)
    QString message;
    std::vector<FieldConflict> conflicts;
};

/// A conflict kept for review.
struct SyncConflict
{
    qint64 id = 0;
    QString table;
    QString rowId;
    QString field;
    QVariant theirs;
    QVariant mine;
    bool mineKept = false; ///< which value the record holds now
    QString reason;
    QString message;
    QString theirAuthor;
    QDateTime theirAt;
    QDateTime detectedAt;
    QString resolution; ///< empty while open; "theirs" or "mine"
};

/// The store's side of sync: the outbox, applying what the server sent, conflicts and the sync
/// settings. Writes that come from the server bypass validation (the server is the reference)
/// and foreign-key checks (a row may arrive before the row it points to), never enter the
/// outbox, and go into the field history under their author. Each call is one transaction.
class SyncJournal
{
public:
    explicit SyncJournal(Store &store);

    /// A value of the settings table; empty when unset.
    Result<QString> setting(const QString &key) const;
    /// Sets (or, with an empty value, clears) a setting.
    Result<void> setSetting(const QString &key, const QString &value);

    /// The oldest `limit` mutations not yet pushed, in order.
    Result<std::vector<OutboxMutation>> outbox(int limit) const;
    /// Records the server's answers: pushed mutations leave the outbox, revisions are noted,
    /// values the server kept instead of ours are written, conflicts and rejections are kept.
    /// Returns how many conflicts were newly recorded.
    Result<int> acknowledge(const std::vector<PushOutcome> &outcomes);

    struct PageResult
    {
        int rows = 0;           ///< rows written
        bool needsPush = false; ///< nothing applied: push pending edits of a revoked account first
    };
    /// Applies one pulled page and the settings (cursor) that go with it, in one transaction.
    /// `history` writes the changes into the field history (not for bootstrap snapshots);
    /// `markSeen` notes the rows for finishBootstrap().
    Result<PageResult> applyPage(const std::vector<RemoteChange> &changes,
                                 const QHash<QString, QString> &settings, bool history,
                                 bool markSeen);
    /// Whether the store already holds rows from a server (a repeated bootstrap must then
    /// remove what the server no longer has).
    Result<bool> hasSyncedRows() const;
    /// Ends a bootstrap: with `pruneUnseen`, removes synced rows it did not see (unless they
    /// have pending edits); clears the seen set and writes `settings`, in one transaction.
    Result<void> finishBootstrap(bool pruneUnseen, const QHash<QString, QString> &settings);

    /// Adds the server's field history of an account (oldest first) to the local one, so a
    /// successor sees who changed what before the account came to this store. Changes the
    /// journal holds already (this device's pushes, pulled pages, an earlier import) are
    /// skipped; rows are not touched. `complete`: the list starts at each row's creation.
    /// Returns how many changes were added. A change with `valuesKnown` false (logged before
    /// the server kept values) names its fields only.
    Result<int> importHistory(const std::vector<HistoryChange> &changes, bool complete);

    /// Makes `userId` the local identity after login. The placeholder identity a new store
    /// made for itself is merged into it: what it owns and wrote becomes the user's.
    Result<void> adoptIdentity(const QString &userId, const QString &name);

    /// Deletes every synced row, the journal, the conflicts and the sync settings (a revoked
    /// device), and gives the store a new placeholder identity.
    Result<void> wipe();

    /// Open conflicts (and resolved ones with `all`), newest first.
    Result<std::vector<SyncConflict>> conflicts(bool all = false) const;
    Result<int> openConflictCount() const;
    /// Marks a conflict resolved ("theirs"/"mine") or, with an empty resolution, open again.
    Result<void> setResolution(qint64 conflictId, const QString &resolution);

    /// Sets one field of a row through the store's write path (a user edit: validated and
    /// journalled). `value` null means empty.
    Result<void> setField(const QString &table, const QString &rowId, const QString &field,
                          const QVariant &value);
    /// The current value of one field of a row (null when empty), for undo.
    Result<QVariant> field(const QString &table, const QString &rowId, const QString &field) const;

    /// Settings keys.
    static const QString kServerKey, kUserKey, kUserIdKey, kDeviceKey, kCursorKey,
        kBootstrapAfterKey, kBootstrapCursorKey, kPlaceholderKey;

private:
    Store &m_store;
};

} // namespace kam
