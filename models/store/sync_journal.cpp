// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync_journal.h"

#include "domain/ids.h"
#include "journal_fields.h"
#include "row_codec.h"
#include "store.h"
#include "transaction.h"

#include <QSet>
#include <QSqlQuery>

namespace kam {

const QString SyncJournal::kServerKey = QStringLiteral("sync_server");
const QString SyncJournal::kUserKey = QStringLiteral("sync_user");
const QString SyncJournal::kUserIdKey = QStringLiteral("sync_user_id");
const QString SyncJournal::kDeviceKey = QStringLiteral("sync_device_id");
const QString SyncJournal::kCursorKey = QStringLiteral("sync_cursor");
const QString SyncJournal::kBootstrapAfterKey = QStringLiteral("sync_bootstrap_after");
const QString SyncJournal::kBootstrapCursorKey = QStringLiteral("sync_bootstrap_cursor");
const QString SyncJournal::kPlaceholderKey = QStringLiteral("placeholder_user_id");

namespace {

const QString kDeletedAt = QStringLiteral("deleted_at");


QVariant textOrNull(const std::optional<QString> &v)
{
    return v ? QVariant(*v) : QVariant();
}


/// The fields of a row with edits not yet pushed, looked up by the journal's row index; free
/// when nothing is pending (a bootstrap).
class PendingFields
{
public:
    explicit PendingFields(QSqlDatabase db)
        : m_query(db)
    {
        QSqlQuery any(db);
        m_any = any.exec(QStringLiteral("SELECT 1 FROM journal WHERE pushed = 0 LIMIT 1")) && any.next();
        m_query.prepare(QStringLiteral("SELECT f.field FROM journal j JOIN journal_fields f ON "
                                       "f.seq = j.seq WHERE j.table_name = ? AND j.row_id = ? AND "
                                       "j.pushed = 0"));
    }
    Result<QSet<QString>> of(const QString &table, const QString &id)
    {
        QSet<QString> out;
        if (!m_any)
            return out;
        m_query.addBindValue(table);
        m_query.addBindValue(id);
        if (!m_query.exec())
            return dbError(m_query, Store::tr("reading the journal"));
        while (m_query.next())
            out.insert(m_query.value(0).toString());
        return out;
    }

private:
    QSqlQuery m_query;
    bool m_any = false;
};

/// Who and when for the field history of a write from the server; none for snapshots.
struct HistoryStamp
{
    QString author;
    QDateTime at;
    qint64 seq = 0; ///< the server's position of the change; 0 when not known
};


/// The journal's mutation id for a change the server made or relayed: one name whichever way
/// it arrives (a pulled page, a history import), so it is recorded once.
QString serverChangeId(qint64 seq)
{
    return QStringLiteral("server:%1").arg(seq);
}

/// Adds a change that came from the server to the field history: pushed already, never sent.
/// An entry without a mutation id gets a new one.
Result<void> writeHistory(QSqlDatabase db, const HistoryChange &c, const QString &op,
                          const std::vector<FieldChange> &fields)
{
    QSqlQuery j(db);
    j.prepare(QStringLiteral("INSERT INTO journal (mutation_id, table_name, row_id, op, base_rev, "
                             "author_id, changed_at, fields, pushed) VALUES (?,?,?,?,?,?,?,?,1)"));
    for (const QVariant &v :
         {QVariant(c.mutationId.isEmpty() ? newRowId() : c.mutationId),
          QVariant(c.table), QVariant(c.rowId), QVariant(op), QVariant(c.seq),
          c.author.isEmpty() ? QVariant() : QVariant(c.author), QVariant(toStoredTime(c.at)),
          QVariant(journalFieldsJson(fields))})
        j.addBindValue(v);
    if (!j.exec())
        return dbError(j, Store::tr("writing the change journal"));
    return {};
}

/// Writes a row as the server has it, keeping the fields with unpushed local edits, and (with
/// `stamp`) records what changed in the field history. Returns whether anything changed.
template<typename T>
Result<bool> writeRemoteRow(Store &store, QSqlDatabase db, const RemoteRow &in,
                            const QSet<QString> &keep, const HistoryStamp *stamp)
{
    const TableSpec<T> &spec = tableSpec<T>();
    std::optional<T> before;
    if (stamp || !keep.isEmpty()) {
        Result<T> existing = store.get<T>(in.id);
        if (existing)
            before = *existing;
        else if (existing.error().code != ErrorCode::NotFound)
            return existing.error();
    }
    if (before && before->meta.serverRev > in.rev)
        return false; // older than what this replica holds (a page fetched before our push)
    T after = before.value_or(T{});
    after.meta.id = in.id;
    for (const ColumnSpec<T> &c : spec.columns)
        if (!keep.contains(c.name))
            c.set(after, in.fields.value(c.name));
    if (!keep.contains(kDeletedAt)) {
        const QString deleted = in.fields.value(kDeletedAt);
        after.meta.deletedAt = deleted.isEmpty() ? QDateTime() : fromStoredTime(deleted);
    }

    // Built once per table: a bootstrap runs it for every row.
    static const QString upsert = [&spec] {
        QStringList names = {QStringLiteral("id"), QStringLiteral("created_at"),
                             QStringLiteral("updated_at"), QStringLiteral("server_rev"), kDeletedAt};
        QStringList updates = {QStringLiteral("updated_at = excluded.updated_at"),
                               QStringLiteral("server_rev = max(server_rev, excluded.server_rev)"),
                               QStringLiteral("deleted_at = excluded.deleted_at")};
        for (const ColumnSpec<T> &c : spec.columns) {
            names << c.name;
            updates << c.name + QStringLiteral(" = excluded.") + c.name;
        }
        return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT(id) DO UPDATE SET %4 "
                              "WHERE excluded.server_rev >= server_rev")
            .arg(spec.table, names.join(u','), QStringLiteral("?,").repeated(names.size()).chopped(1),
                 updates.join(u','));
    }();
    const QString now = toStoredTime(store.now());
    QVariantList values = {in.id, now, now, in.rev,
                           after.meta.isDeleted() ? QVariant(toStoredTime(after.meta.deletedAt))
                                                  : QVariant()};
    for (const ColumnSpec<T> &c : spec.columns)
        values << c.get(after);
    if (Result<void> r = store.run(upsert, values); !r)
        return r.error();
    if (!stamp)
        return true;

    std::vector<FieldChange> changes;
    for (const ColumnSpec<T> &c : spec.columns) {
        const QVariant oldValue = before ? c.get(*before) : QVariant();
        const QVariant newValue = c.get(after);
        if (oldValue != newValue)
            changes.push_back({c.name, oldValue, newValue});
    }
    const bool wasDeleted = before && before->meta.isDeleted();
    if (wasDeleted != after.meta.isDeleted())
        changes.push_back({kDeletedAt,
                           wasDeleted ? QVariant(toStoredTime(before->meta.deletedAt)) : QVariant(),
                           after.meta.isDeleted() ? QVariant(toStoredTime(after.meta.deletedAt)) : QVariant()});
    if (changes.empty())
        return false;
    const QString op = !before                       ? QStringLiteral("insert")
        : !wasDeleted && after.meta.isDeleted()      ? QStringLiteral("delete")
        : wasDeleted && !after.meta.isDeleted()      ? QStringLiteral("restore")
                                                     : QStringLiteral("update");
    const HistoryChange entry{in.rev, spec.table, in.id, stamp->seq > 0 ? serverChangeId(stamp->seq) : QString(),
                              stamp->author, stamp->at.isValid() ? stamp->at : store.now(), {}, true};
    if (Result<void> r = writeHistory(db, entry, op, changes); !r)
        return r.error();
    return true;
}

/// Sets one field of a row to a value from the server (`text` on the wire), with history.
template<typename T>
Result<void> writeRemoteField(Store &store, QSqlDatabase db, const QString &rowId,
                              const QString &field, const std::optional<QString> &text,
                              const HistoryStamp *stamp)
{
    Result<T> current = store.get<T>(rowId);
    if (!current)
        return current.error().code == ErrorCode::NotFound ? Result<void>() : current.error();
    RemoteRow row{tableSpec<T>().table, rowId, current->meta.serverRev, {}};
    QSet<QString> keep;
    for (const ColumnSpec<T> &c : tableSpec<T>().columns)
        if (c.name != field)
            keep.insert(c.name);
    if (field != kDeletedAt)
        keep.insert(kDeletedAt);
    row.fields.insert(field, text.value_or(QString()));
    Result<bool> r = writeRemoteRow<T>(store, db, row, keep, stamp);
    return r ? Result<void>() : r.error();
}

/// Dispatches `f` (a generic lambda taking a T* tag) on the type stored in `table`.
template<typename F>
Result<void> onTable(const QString &table, F &&f)
{
    Result<void> out = makeError(ErrorCode::Invalid, Store::tr("Unknown table %1.").arg(table));
    withTableType(table, [&](auto *tag) { out = f(tag); });
    return out;
}

} // namespace

SyncJournal::SyncJournal(Store &store)
    : m_store(store)
{
}

Result<QString> SyncJournal::setting(const QString &key) const
{
    return m_store.setting(key);
}

Result<void> SyncJournal::setSetting(const QString &key, const QString &value)
{
    return m_store.setSetting(key, value);
}

Result<std::vector<OutboxMutation>> SyncJournal::outbox(int limit) const
{
    std::vector<OutboxMutation> out;
    Result<void> r = m_store.run(
        QStringLiteral("SELECT j.seq, j.mutation_id, j.table_name, j.row_id, j.op, j.base_rev, "
                       "j.changed_at, f.field, f.new_value FROM (SELECT * FROM journal WHERE "
                       "pushed = 0 ORDER BY seq LIMIT ?) j JOIN journal_fields f ON f.seq = j.seq "
                       "ORDER BY j.seq, f.field"),
        {limit}, [&](const QSqlQuery &q) {
            const qint64 seq = q.value(0).toLongLong();
            if (out.empty() || out.back().seq != seq) {
                OutboxMutation m;
                m.seq = seq;
                m.id = q.value(1).toString();
                m.table = q.value(2).toString();
                m.rowId = q.value(3).toString();
                m.op = q.value(4).toString();
                m.baseRev = q.value(5).toLongLong();
                m.changedAt = fromStoredTime(q.value(6));
                out.push_back(std::move(m));
            }
            out.back().fields.append({q.value(7).toString(), q.value(8)});
        });
    if (!r)
        return r.error();
    return out;
}

namespace {

/// Runs `work` as one transaction of server writes on this connection, with foreign-key
/// checks off (a branch may arrive before its group, a team row before its user).
Result<void> remoteTransaction(Store &store, QSqlDatabase db, const std::function<Result<void>()> &work)
{
    if (Result<void> r = execSql(db, QStringLiteral("PRAGMA foreign_keys = OFF")); !r)
        return r;
    Result<void> r = store.transaction(work);
    if (Result<void> on = execSql(db, QStringLiteral("PRAGMA foreign_keys = ON")); r && !on)
        return on;
    return r;
}

} // namespace

Result<int> SyncJournal::acknowledge(const std::vector<PushOutcome> &outcomes)
{
    QSqlDatabase db = m_store.db();
    int recorded = 0;
    Result<void> done = remoteTransaction(m_store, db, [&]() -> Result<void> {
        struct Pushed
        {
            QString table, rowId, op;
            QList<QPair<QString, QPair<QVariant, QVariant>>> fields; // field → (old, new)
        };
        std::vector<Pushed> pushed(outcomes.size());
        for (size_t i = 0; i < outcomes.size(); ++i) {
            Pushed &p = pushed[i];
            if (Result<void> r = m_store.run(QStringLiteral("SELECT j.table_name, j.row_id, j.op, f.field, "
                                                    "f.old_value, f.new_value FROM journal j JOIN "
                                                    "journal_fields f ON f.seq = j.seq WHERE "
                                                    "j.mutation_id = ? AND j.pushed = 0"),
                                     {outcomes[i].mutationId}, [&](const QSqlQuery &q) {
                                         p.table = q.value(0).toString();
                                         p.rowId = q.value(1).toString();
                                         p.op = q.value(2).toString();
                                         p.fields.append({q.value(3).toString(), {q.value(4), q.value(5)}});
                                     });
                !r)
                return r;
            if (Result<void> r = m_store.run(QStringLiteral("UPDATE journal SET pushed = 1 WHERE mutation_id = ?"),
                                     {outcomes[i].mutationId});
                !r)
                return r;
        }
        // Fields the user edited again since: their newer edit stays and is pushed next.
        PendingFields pending(db);
        for (size_t i = 0; i < outcomes.size(); ++i) {
            const PushOutcome &o = outcomes[i];
            const auto &[table, rowId, op, fields] = pushed[i];
            if (table.isEmpty())
                continue; // acknowledged before (a retried answer)
            Result<QSet<QString>> editedSinceOrError = pending.of(table, rowId);
            if (!editedSinceOrError)
                return editedSinceOrError.error();
            const QSet<QString> editedSince = *editedSinceOrError;

            const auto keepConflict = [&](const QString &field, const QVariant &theirs,
                                          const QVariant &mine, bool mineKept,
                                          const QString &author, const QDateTime &at) {
                QSqlQuery q(db);
                q.prepare(QStringLiteral(
                    "INSERT OR IGNORE INTO sync_conflicts (table_name, row_id, field, their_value, "
                    "my_value, mine_kept, reason, message, their_author, their_at, mutation_id, "
                    "detected_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"));
                for (const QVariant &v :
                     {QVariant(table), QVariant(rowId), QVariant(field), theirs, mine,
                      QVariant(mineKept ? 1 : 0), QVariant(o.reason), QVariant(o.message),
                      author.isEmpty() ? QVariant() : QVariant(author),
                      at.isValid() ? QVariant(toStoredTime(at)) : QVariant(), QVariant(o.mutationId),
                      QVariant(toStoredTime(m_store.now()))})
                    q.addBindValue(v);
                if (!q.exec())
                    return Result<void>(dbError(q, Store::tr("keeping a conflict")));
                recorded += q.numRowsAffected() > 0 ? 1 : 0;
                return Result<void>();
            };

            switch (o.status) {
            case PushOutcome::Status::Applied:
                if (Result<void> r = onTable(table, [&](auto *tag) {
                        using T = std::remove_pointer_t<decltype(tag)>;
                        return m_store.run(QStringLiteral("UPDATE %1 SET server_rev = max(server_rev, ?) WHERE id = ?")
                                       .arg(tableSpec<T>().table),
                                   {o.rev, rowId});
                    });
                    !r)
                    return r;
                break;
            case PushOutcome::Status::Merged:
                break; // the pull brings the others' changes and the new revision
            case PushOutcome::Status::Conflict:
                for (const FieldConflict &c : o.conflicts) {
                    if (Result<void> r = keepConflict(c.field, textOrNull(c.theirs), textOrNull(c.mine),
                                                      c.mineKept, c.theirAuthor, c.theirAt);
                        !r)
                        return r;
                    if (c.mineKept || editedSince.contains(c.field))
                        continue;
                    const HistoryStamp stamp{c.theirAuthor, c.theirAt};
                    if (Result<void> r = onTable(table, [&](auto *tag) {
                            using T = std::remove_pointer_t<decltype(tag)>;
                            return writeRemoteField<T>(m_store, db, rowId, c.field, c.theirs, &stamp);
                        });
                        !r)
                        return r;
                }
                break;
            case PushOutcome::Status::Rejected:
                // Nothing was applied: the edit is kept for review and the row shows what the
                // server has: the value before, or no row when its creation was refused.
                for (const auto &[field, values] : fields) {
                    if (Result<void> r = keepConflict(field, values.first, values.second, false, {}, {}); !r)
                        return r;
                    if (op == u"insert" || editedSince.contains(field))
                        continue;
                    const std::optional<QString> old = values.first.isNull()
                        ? std::nullopt
                        : std::optional<QString>(values.first.toString());
                    if (Result<void> r = onTable(table, [&](auto *tag) {
                            using T = std::remove_pointer_t<decltype(tag)>;
                            return writeRemoteField<T>(m_store, db, rowId, field, old, nullptr);
                        });
                        !r)
                        return r;
                }
                if (op == u"insert")
                    if (Result<void> r = onTable(table, [&](auto *tag) {
                            using T = std::remove_pointer_t<decltype(tag)>;
                            return m_store.run(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(tableSpec<T>().table),
                                       {rowId});
                        });
                        !r)
                        return r;
                break;
            }
            m_store.noteChanged(table, rowId);
        }
        return {};
    });
    if (!done)
        return done.error();
    return recorded;
}

Result<SyncJournal::PageResult> SyncJournal::applyPage(const std::vector<RemoteChange> &changes,
                                                       const QHash<QString, QString> &settings,
                                                       bool history, bool markSeen)
{
    QSqlDatabase db = m_store.db();
    // An account leaving the scope is removed only once its edits are pushed.
    for (const RemoteChange &c : changes) {
        if (c.kind != RemoteChange::Kind::Revoke)
            continue;
        bool blocked = false;
        QStringList inScope;
        QVariantList binds;
        forEachSyncedTable([&](const auto &spec) {
            if (spec.scopeColumn.isEmpty())
                return;
            inScope << QStringLiteral("(j.table_name = '%1' AND j.row_id IN (SELECT id FROM %1 "
                                      "WHERE %2 = ?))")
                           .arg(spec.table, spec.scopeColumn);
            binds << c.account;
        });
        Result<void> r = m_store.run(QStringLiteral("SELECT 1 FROM journal j WHERE j.pushed = 0 AND (%1) LIMIT 1")
                                 .arg(inScope.join(QStringLiteral(" OR "))),
                             binds, [&](const QSqlQuery &) { blocked = true; });
        if (!r)
            return r.error();
        if (blocked)
            return PageResult{0, true};
    }

    PageResult result;
    PendingFields pending(db);
    Result<void> done = remoteTransaction(m_store, db, [&]() -> Result<void> {
        const auto write = [&](const RemoteRow &row, const HistoryStamp *stamp) -> Result<void> {
            Result<void> r = onTable(row.table, [&](auto *tag) -> Result<void> {
                using T = std::remove_pointer_t<decltype(tag)>;
                Result<QSet<QString>> keep = pending.of(row.table, row.id);
                if (!keep)
                    return keep.error();
                Result<bool> changed = writeRemoteRow<T>(m_store, db, row, *keep, stamp);
                if (!changed)
                    return changed.error();
                if (*changed)
                    m_store.noteChanged(row.table, row.id);
                return {};
            });
            if (!r)
                return r;
            ++result.rows;
            if (markSeen)
                return m_store.run(QStringLiteral("INSERT OR IGNORE INTO sync_seen (table_name, row_id) VALUES (?, ?)"),
                           {row.table, row.id});
            return {};
        };
        for (const RemoteChange &c : changes) {
            switch (c.kind) {
            case RemoteChange::Kind::Row: {
                const HistoryStamp stamp{c.author, c.at, c.seq};
                if (Result<void> r = write(c.row, history ? &stamp : nullptr); !r)
                    return r;
                break;
            }
            case RemoteChange::Kind::Grant:
                for (const RemoteRow &row : c.rows)
                    if (Result<void> r = write(row, nullptr); !r)
                        return r;
                break;
            case RemoteChange::Kind::Revoke: {
                // The account and everything under it leave this device, history included.
                bool ok = true;
                Result<void> r;
                const auto drop = [&](const auto &spec) {
                    if (!ok || spec.scopeColumn.isEmpty())
                        return;
                    const QString where = QStringLiteral("%1 = ?").arg(spec.scopeColumn);
                    r = m_store.run(QStringLiteral("DELETE FROM journal WHERE table_name = ? AND row_id IN "
                                               "(SELECT id FROM %1 WHERE %2)")
                                    .arg(spec.table, where),
                                {spec.table, c.account});
                    if (r)
                        r = m_store.run(QStringLiteral("DELETE FROM %1 WHERE %2").arg(spec.table, where),
                                {c.account});
                    ok = bool(r);
                    if (ok)
                        m_store.noteChanged(spec.table, c.account);
                };
                forEachSyncedTable(drop);
                if (!r)
                    return r;
                break;
            }
            }
        }
        for (auto it = settings.begin(); it != settings.end(); ++it)
            if (Result<void> r = setSetting(it.key(), it.value()); !r)
                return r;
        return {};
    });
    if (!done)
        return done.error();
    return result;
}

Result<bool> SyncJournal::hasSyncedRows() const
{
    bool any = false;
    QStringList probes;
    forEachSyncedTable([&](const auto &spec) {
        probes << QStringLiteral("SELECT 1 FROM %1 WHERE server_rev > 0").arg(spec.table);
    });
    Result<void> r = m_store.run(QStringLiteral("SELECT EXISTS (%1)").arg(probes.join(u" UNION ALL ")),
                         {}, [&](const QSqlQuery &q) { any = q.value(0).toBool(); });
    if (!r)
        return r.error();
    return any;
}

Result<void> SyncJournal::finishBootstrap(bool pruneUnseen, const QHash<QString, QString> &settings)
{
    QSqlDatabase db = m_store.db();
    return remoteTransaction(m_store, db, [&]() -> Result<void> {
        if (pruneUnseen) {
            Result<void> r;
            forEachSyncedTable([&](const auto &spec) {
                if (r)
                    r = m_store.run(QStringLiteral("DELETE FROM %1 WHERE server_rev > 0 AND id NOT IN (SELECT row_id "
                                                   "FROM sync_seen WHERE table_name = ?) AND id NOT IN (SELECT row_id "
                                                   "FROM journal WHERE table_name = ? AND pushed = 0)")
                                        .arg(spec.table),
                                    {spec.table, spec.table});
            });
            if (!r)
                return r;
        }
        if (Result<void> r = m_store.run(QStringLiteral("DELETE FROM sync_seen"), {}); !r)
            return r;
        for (auto it = settings.begin(); it != settings.end(); ++it)
            if (Result<void> r = setSetting(it.key(), it.value()); !r)
                return r;
        return {};
    });
}

Result<int> SyncJournal::importHistory(const std::vector<HistoryChange> &changes, bool complete)
{
    int added = 0;
    QSqlDatabase db = m_store.db();
    Result<void> done = m_store.transaction([&]() -> Result<void> {
        // The value each field had before a change is the one the change before it set.
        QHash<QString, QVariant> last; // table/row/field → value
        QSet<QString> seenRows;
        for (const HistoryChange &c : changes) {
            const QString rowKey = c.table + u'/' + c.rowId;
            const bool first = !seenRows.contains(rowKey);
            seenRows.insert(rowKey);
            // Known: this device's own push (its mutation id), or a page or import that
            // recorded the change under its server name.
            const QString name = serverChangeId(c.seq);
            bool known = false;
            if (Result<void> r = m_store.run(QStringLiteral("SELECT 1 FROM journal WHERE mutation_id IN (?, ?) LIMIT 1"),
                                     {name, c.mutationId.isEmpty() ? name : c.mutationId},
                                     [&](const QSqlQuery &) { known = true; });
                !r)
                return r;
            std::vector<FieldChange> fields;
            QString op = first && complete ? QStringLiteral("insert") : QStringLiteral("update");
            for (const auto &[field, value] : c.fields) {
                const QString key = rowKey + u'/' + field;
                fields.push_back({field, last.value(key), value});
                last.insert(key, value);
                if (field == kDeletedAt && op == u"update" && c.valuesKnown)
                    op = value.isNull() ? QStringLiteral("restore") : QStringLiteral("delete");
            }
            if (known || fields.empty())
                continue;
            HistoryChange named = c;
            named.mutationId = name;
            if (Result<void> r = writeHistory(db, named, op, fields); !r)
                return r;
            ++added;
            m_store.noteChanged(c.table, c.rowId);
        }
        return {};
    });
    if (!done)
        return done.error();
    return added;
}

Result<void> SyncJournal::adoptIdentity(const QString &userId, const QString &name)
{
    const QString current = m_store.currentUserId();
    if (current == userId)
        return {};
    Result<QString> placeholder = setting(kPlaceholderKey);
    if (!placeholder)
        return placeholder.error();
    QSqlDatabase db = m_store.db();
    return remoteTransaction(m_store, db, [&]() -> Result<void> {
        // The user's row comes with the first pull; until then a stand-in that is never pushed.
        const QString now = toStoredTime(m_store.now());
        if (Result<void> r = m_store.run(QStringLiteral("INSERT OR IGNORE INTO users (id, created_at, updated_at, "
                                                "server_rev, name) VALUES (?,?,?,0,?)"),
                                 {userId, now, now, name});
            !r)
            return r;
        if (const QString standIn = *placeholder; !standIn.isEmpty() && standIn != userId) {
            // What the placeholder owns and wrote was the same person's: it becomes theirs. Its
            // user row never leaves this store, also when the demo made another user current.
            Result<void> r;
            forEachSyncedTable([&](const auto &spec) {
                const QString &table = spec.table;
                for (const QString &column : spec.userRefColumns) {
                    if (!r)
                        return;
                    r = m_store.run(QStringLiteral("UPDATE %1 SET %2 = ? WHERE %2 = ?").arg(table, column),
                                    {userId, standIn});
                    const QString newValue = QStringLiteral("$.%1[1]").arg(column); // in the journal's fields
                    if (r)
                        r = m_store.run(QStringLiteral("UPDATE journal SET fields = json_set(fields, ?, ?) "
                                                       "WHERE table_name = ? AND json_extract(fields, ?) = ?"),
                                        {newValue, userId, table, newValue, standIn});
                }
            });
            if (!r)
                return r;
            for (const QString &sql :
                 {QStringLiteral("UPDATE journal SET author_id = ?2 WHERE author_id = ?1"),
                  QStringLiteral("DELETE FROM journal WHERE table_name = 'users' AND row_id = ?1 "
                                 "AND ?2 IS NOT NULL"),
                  QStringLiteral("DELETE FROM users WHERE id = ?1 AND ?2 IS NOT NULL")})
                if (Result<void> q = m_store.run(sql, {standIn, userId}); !q)
                    return q;
            if (Result<void> q = setSetting(kPlaceholderKey, {}); !q)
                return q;
        }
        return m_store.setCurrentUserId(userId);
    });
}

Result<void> SyncJournal::wipe()
{
    QSqlDatabase db = m_store.db();
    Result<void> done = remoteTransaction(m_store, db, [&]() -> Result<void> {
        QStringList statements = {QStringLiteral("DELETE FROM journal"),
                                  QStringLiteral("DELETE FROM sync_conflicts"),
                                  QStringLiteral("DELETE FROM sync_seen"),
                                  QStringLiteral("DELETE FROM settings WHERE key LIKE 'sync_%' OR "
                                                 "key IN ('local_user_id', 'placeholder_user_id')")};
        forEachSyncedTable([&](const auto &spec) { statements << QStringLiteral("DELETE FROM %1").arg(spec.table); });
        for (const QString &sql : statements)
            if (Result<void> r = m_store.run(sql, {}); !r)
                return r;
        forEachSyncedTable([&](const auto &spec) { m_store.noteChanged(spec.table, {}); });
        return {};
    });
    if (!done)
        return done;
    return m_store.createPlaceholderIdentity();
}

Result<std::vector<SyncConflict>> SyncJournal::conflicts(bool all) const
{
    std::vector<SyncConflict> out;
    Result<void> r = m_store.run(
        QStringLiteral("SELECT id, table_name, row_id, field, their_value, my_value, mine_kept, reason, "
                       "message, their_author, their_at, detected_at, resolution FROM sync_conflicts %1 "
                       "ORDER BY id DESC")
            .arg(all ? QString() : QStringLiteral("WHERE resolution IS NULL")),
        {}, [&](const QSqlQuery &q) {
            SyncConflict c;
            c.id = q.value(0).toLongLong();
            c.table = q.value(1).toString();
            c.rowId = q.value(2).toString();
            c.field = q.value(3).toString();
            c.theirs = q.value(4);
            c.mine = q.value(5);
            c.mineKept = q.value(6).toInt() != 0;
            c.reason = q.value(7).toString();
            c.message = q.value(8).toString();
            c.theirAuthor = q.value(9).toString();
            c.theirAt = fromStoredTime(q.value(10));
            c.detectedAt = fromStoredTime(q.value(11));
            c.resolution = q.value(12).toString();
            out.push_back(std::move(c));
        });
    if (!r)
        return r.error();
    return out;
}

Result<int> SyncJournal::openConflictCount() const
{
    int n = 0;
    Result<void> r = m_store.run(QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE resolution IS NULL"),
                         {}, [&](const QSqlQuery &q) { n = q.value(0).toInt(); });
    if (!r)
        return r.error();
    return n;
}

Result<void> SyncJournal::setResolution(qint64 conflictId, const QString &resolution)
{
    return m_store.transaction([&]() -> Result<void> {
        Result<void> r = m_store.run(QStringLiteral("UPDATE sync_conflicts SET resolution = ?, resolved_at = ? "
                                            "WHERE id = ?"),
                             {resolution.isEmpty() ? QVariant() : QVariant(resolution),
                              resolution.isEmpty() ? QVariant() : QVariant(toStoredTime(m_store.now())), conflictId});
        if (r)
            m_store.noteChanged(QStringLiteral("sync_conflicts"), QString::number(conflictId));
        return r;
    });
}

Result<void> SyncJournal::setField(const QString &table, const QString &rowId, const QString &field,
                                   const QVariant &value)
{
    return onTable(table, [&](auto *tag) -> Result<void> {
        using T = std::remove_pointer_t<decltype(tag)>;
        if (field == kDeletedAt)
            return value.isNull() ? m_store.restore<T>(rowId) : m_store.remove<T>(rowId);
        Result<T> row = m_store.get<T>(rowId);
        if (!row)
            return row.error();
        T edited = *row;
        for (const ColumnSpec<T> &c : tableSpec<T>().columns)
            if (c.name == field) {
                c.set(edited, value.isNull() ? QVariant(QString()) : value);
                return m_store.update<T>(edited);
            }
        return makeError(ErrorCode::Invalid, Store::tr("Unknown field %1.").arg(field));
    });
}

Result<QVariant> SyncJournal::field(const QString &table, const QString &rowId,
                                    const QString &field) const
{
    QVariant out;
    Result<void> r = onTable(table, [&](auto *tag) -> Result<void> {
        using T = std::remove_pointer_t<decltype(tag)>;
        Result<T> row = m_store.get<T>(rowId);
        if (!row)
            return row.error();
        if (field == kDeletedAt) {
            out = row->meta.isDeleted() ? QVariant(toStoredTime(row->meta.deletedAt)) : QVariant();
            return {};
        }
        for (const ColumnSpec<T> &c : tableSpec<T>().columns)
            if (c.name == field)
                out = c.get(*row);
        return {};
    });
    if (!r)
        return r.error();
    return out;
}

} // namespace kam
