// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync_service.h"

#include "server_db.h"
#include "store/row_codec.h"
#include "sync/sync_tables.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace kam::server {

using namespace Qt::StringLiterals;

namespace {

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonValue jsonText(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

/// `{"table":…,"id":…,"rev":…,"fields":{…}}` with the stored field JSON copied as it is.
void appendRow(QByteArray &out, const QString &table, const QString &id, qint64 rev,
               const QByteArray &data)
{
    out += R"({"table":")" + table.toLatin1() + R"(","id":")" + id.toLatin1() + R"(","rev":)"
        + QByteArray::number(rev) + R"(,"fields":)" + data + '}';
}

/// The tables only admins read (SyncTable::privateToAdmins).
const QStringList &privateTables()
{
    static const QStringList names = [] {
        QStringList n;
        for (const sync::SyncTable &t : sync::syncTables())
            if (t.privateToAdmins)
                n << t.name;
        return n;
    }();
    return names;
}

/// "AND <column> NOT IN (?,…) " for the private tables, whose names go into `values`: the
/// condition that keeps them out of a manager's pull and snapshot.
QString notPrivate(const QString &column, QVariantList &values)
{
    if (privateTables().isEmpty())
        return {};
    QStringList marks;
    for (const QString &name : privateTables()) {
        marks << u"?"_s;
        values << name;
    }
    return u"AND "_s + column + u" NOT IN ("_s + marks.join(u',') + u") "_s;
}

} // namespace

struct SyncService::Record
{
    const sync::SyncTable *table = nullptr;
    QString id;
    bool exists = false;
    QJsonObject data; ///< field → text; an absent field is empty
    QJsonObject revs; ///< field → [revision, edit time in ms, device id ("" = the server)]
    qint64 rev = 0;
    qint64 deletedAtMs = 0; ///< server time of the tombstone, for purging
    bool dirty = false; ///< changed in the current push and not yet written

    QString value(const QString &field) const
    {
        return field == u"id" ? id : data.value(field).toString();
    }
    void set(const QString &field, const QString &text)
    {
        if (text.isEmpty())
            data.remove(field);
        else
            data.insert(field, text);
    }
    QString scopeId() const
    {
        return table->scopeField.isEmpty() ? QString() : value(table->scopeField);
    }
    bool deleted() const { return !value(u"deleted_at"_s).isEmpty(); }
    qint64 fieldRev(const QString &field) const
    {
        return revs.value(field).toArray().at(0).toInteger();
    }
    /// The device that wrote the field last; empty for the server itself.
    QString fieldDevice(const QString &field) const
    {
        return revs.value(field).toArray().at(2).toString();
    }
    qint64 fieldAt(const QString &field) const
    {
        return revs.value(field).toArray().at(1).toInteger();
    }
};

SyncService::SyncService(ServerDb &db, AuthService &auth, Clock clock)
    : m_db(db)
    , m_auth(auth)
    , m_now(std::move(clock))
{
}

/// State of the push being applied: rows read once and written once, scope answers, and the
/// change log, row and mutation writes collected for multi-row INSERTs at the end (or before a
/// scope recomputation, which reads the tables).
struct SyncService::Batch
{
    QHash<QString, Record> records; ///< "table/id" → current state
    QStringList dirty; ///< keys of records to write, in first-write order
    QHash<QString, bool> visible; ///< account id → in the caller's scope
    std::vector<QVariantList> changes, scope, mutations;
    std::vector<qint64> seqs; ///< reserved change-log positions, in order
    size_t nextSeq = 0;
    QStringList newAccounts; ///< created in this push without a parent: their scope is known
};

SyncService::~SyncService() = default;

namespace {

QString recordKey(const QString &table, const QString &id)
{
    return table + u'/' + id;
}

QVariant orNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

} // namespace

Result<SyncService::Record> SyncService::loadRecord(const QString &table, const QString &id)
{
    if (m_batch)
        if (auto it = m_batch->records.constFind(recordKey(table, id));
            it != m_batch->records.cend())
            return *it;
    Record r;
    r.table = sync::findSyncTable(table);
    r.id = id;
    Result<int> q = m_db.run(
        u"SELECT data, revs, rev, deleted_at FROM records WHERE tbl = ? AND id = ?"_s,
        { table, id }, "reading a row", [&](const QSqlQuery &row) { readRecord(r, row, 0); });
    if (!q)
        return q.error();
    if (m_batch)
        m_batch->records.insert(recordKey(table, id), r);
    return r;
}

void SyncService::readRecord(Record &r, const QSqlQuery &row, int firstColumn)
{
    r.exists = true;
    r.data = QJsonDocument::fromJson(row.value(firstColumn).toByteArray()).object();
    r.revs = QJsonDocument::fromJson(row.value(firstColumn + 1).toByteArray()).object();
    r.rev = row.value(firstColumn + 2).toLongLong();
    r.deletedAtMs = row.value(firstColumn + 3).toLongLong();
}

Result<void> SyncService::saveRecord(Record &r)
{
    if (!r.deleted())
        r.deletedAtMs = 0;
    else if (r.deletedAtMs == 0)
        r.deletedAtMs = m_now();
    r.exists = true;
    if (m_batch) {
        const QString key = recordKey(r.table->name, r.id);
        if (!m_batch->records.value(key).dirty)
            m_batch->dirty << key;
        r.dirty = true;
        m_batch->records.insert(key, r);
        return {};
    }
    return writeRecords({ recordValues(r) });
}

QVariantList SyncService::recordValues(const Record &r)
{
    const sync::SyncTable &t = *r.table;
    return { t.name,
             r.id,
             orNull(r.scopeId()),
             t.grantField.isEmpty() ? QVariant() : orNull(r.value(t.grantField)),
             t.parentField.isEmpty() ? QVariant() : orNull(r.value(t.parentField)),
             QString::fromUtf8(compact(r.data)),
             QString::fromUtf8(compact(r.revs)),
             r.rev,
             r.deletedAtMs ? QVariant(r.deletedAtMs) : QVariant() };
}

Result<void> SyncService::writeRecords(const std::vector<QVariantList> &rows)
{
    return m_db.insertMany(
        u"INSERT INTO records (tbl, id, scope_id, grant_user, parent_id, data, revs, rev, "
        "deleted_at)"_s,
        9, rows,
        u"ON CONFLICT (tbl, id) DO UPDATE SET scope_id = excluded.scope_id, "
        "grant_user = excluded.grant_user, parent_id = excluded.parent_id, data = excluded.data, "
        "revs = excluded.revs, rev = excluded.rev, deleted_at = excluded.deleted_at"_s);
}

Result<bool> SyncService::visible(const Principal &who, const QString &accountId)
{
    if (who.role == Role::Admin)
        return true;
    if (m_batch)
        if (auto it = m_batch->visible.constFind(accountId); it != m_batch->visible.cend())
            return *it;
    bool found = false;
    Result<int> q = m_db.run(u"SELECT 1 FROM scope_access WHERE user_id = ? AND account_id = ?"_s,
                             { who.userId, accountId }, "checking scope",
                             [&](const QSqlQuery &) { found = true; });
    if (!q)
        return q.error();
    if (m_batch)
        m_batch->visible.insert(accountId, found);
    return found;
}

Result<qint64> SyncService::logChange(const QString &kind, const QString &table,
                                      const QString &rowId, const QString &targetUser,
                                      const QStringList &fields, const QString &authorId,
                                      const QString &deviceId, const QString &mutationId,
                                      const QJsonObject &fieldValues)
{
    const QVariantList values { kind,
                                table,
                                rowId,
                                orNull(targetUser),
                                fields.isEmpty() ? QVariant() : QVariant(fields.join(u',')),
                                orNull(authorId),
                                orNull(deviceId),
                                orNull(mutationId),
                                m_now(),
                                fieldValues.isEmpty() ? QVariant()
                                                      : QVariant(QString::fromUtf8(compact(fieldValues))) };
    if (m_batch) {
        if (m_batch->nextSeq == m_batch->seqs.size())
            if (Result<void> r = reserveSeqs(64); !r)
                return r.error();
        const qint64 seq = m_batch->seqs[m_batch->nextSeq++];
        m_batch->changes.push_back(QVariantList { seq } + values);
        return seq;
    }
    qint64 seq = 0;
    Result<int> q = m_db.run(
        u"INSERT INTO changes (kind, tbl, row_id, target_user, fields, author_id, device_id, "
        "mutation_id, at, vals) VALUES (?,?,?,?,?,?,?,?,?,?) RETURNING seq"_s,
        values, "logging a change", [&](const QSqlQuery &row) { seq = row.value(0).toLongLong(); });
    if (!q)
        return q.error();
    return seq;
}

Result<void> SyncService::reserveSeqs(int count)
{
    // Positions are taken under the write lock, so they are in commit order like any other.
    if (m_db.engine() == ServerDb::Engine::Postgres) {
        Result<int> q
            = m_db.run(u"SELECT nextval(pg_get_serial_sequence('changes', 'seq')) "
                       "FROM generate_series(1, ?)"_s,
                       { count }, "reserving change positions", [&](const QSqlQuery &row) {
                           m_batch->seqs.push_back(row.value(0).toLongLong());
                       });
        if (!q)
            return q.error();
    } else {
        qint64 last = 0;
        Result<int> q = m_db.run(
            u"SELECT MAX(s) FROM (SELECT COALESCE(MAX(seq), 0) AS s FROM changes UNION ALL "
            "SELECT seq FROM sqlite_sequence WHERE name = 'changes') AS t"_s,
            {}, "reserving change positions",
            [&](const QSqlQuery &row) { last = row.value(0).toLongLong(); });
        if (!q)
            return q.error();
        // AUTOINCREMENT continues after the reserved block.
        Result<int> bumped
            = m_db.run(u"UPDATE sqlite_sequence SET seq = ? WHERE name = 'changes'"_s,
                       { last + count }, "reserving change positions");
        if (!bumped)
            return bumped.error();
        if (*bumped == 0)
            if (Result<int> r
                = m_db.run(u"INSERT INTO sqlite_sequence (name, seq) VALUES ('changes', ?)"_s,
                           { last + count }, "reserving change positions");
                !r)
                return r.error();
        for (int i = 1; i <= count; ++i)
            m_batch->seqs.push_back(last + i);
    }
    std::sort(m_batch->seqs.begin() + qsizetype(m_batch->nextSeq), m_batch->seqs.end());
    return {};
}

Result<void> SyncService::flush()
{
    Batch &b = *m_batch;
    std::vector<QVariantList> records;
    for (const QString &key : std::as_const(b.dirty)) {
        Record &r = b.records[key];
        records.push_back(recordValues(r));
        r.dirty = false;
    }
    b.dirty.clear();
    if (Result<void> r
        = m_db.insertMany(u"INSERT INTO changes (seq, kind, tbl, row_id, "
                          "target_user, fields, author_id, device_id, mutation_id, at, vals)"_s,
                          11, b.changes);
        !r)
        return r;
    b.changes.clear();
    if (Result<void> r = writeRecords(records); !r)
        return r;
    if (Result<void> r = m_db.insertMany(u"INSERT INTO scope_access (user_id, account_id)"_s, 2,
                                         b.scope, u"ON CONFLICT DO NOTHING"_s);
        !r)
        return r;
    b.scope.clear();
    if (Result<void> r
        = m_db.insertMany(u"INSERT INTO mutations (id, device_id, result, at)"_s, 4, b.mutations);
        !r)
        return r;
    b.mutations.clear();
    return {};
}

Result<void> SyncService::refreshAccess(const QString &accountId, QSet<QString> &visited)
{
    if (accountId.isEmpty() || visited.contains(accountId))
        return {}; // a parent cycle sent by a broken client ends here
    visited.insert(accountId);
    if (m_batch) {
        // The queries below read the tables: write what the push has collected so far.
        if (Result<void> f = flush(); !f)
            return f;
        m_batch->visible.clear();
    }
    Result<Record> account = loadRecord(u"accounts"_s, accountId);
    if (!account)
        return account.error();
    if (!account->exists)
        return {};

    QSet<QString> want, have;
    const auto collect = [](QSet<QString> &into) {
        return [&into](const QSqlQuery &q) { into.insert(q.value(0).toString()); };
    };
    if (const QString owner = account->value(u"owner_id"_s); !owner.isEmpty())
        want.insert(owner);
    if (Result<int> q = m_db.run(u"SELECT grant_user FROM records WHERE tbl = 'account_team' AND "
                                 "scope_id = ? AND deleted_at IS NULL AND grant_user IS NOT NULL"_s,
                                 { accountId }, "reading the account team", collect(want));
        !q)
        return q.error();
    if (const QString parent = account->value(u"parent_id"_s); !parent.isEmpty())
        if (Result<int> q = m_db.run(u"SELECT user_id FROM scope_access WHERE account_id = ?"_s,
                                     { parent }, "reading the group's scope", collect(want));
            !q)
            return q.error();
    if (Result<int> q = m_db.run(u"SELECT user_id FROM scope_access WHERE account_id = ?"_s,
                                 { accountId }, "reading the scope", collect(have));
        !q)
        return q.error();

    const std::pair<QString, QString> grant { u"grant"_s,
                                              u"INSERT INTO scope_access (user_id, account_id) "
                                              "VALUES (?,?)"_s };
    const std::pair<QString, QString> revoke { u"revoke"_s,
                                               u"DELETE FROM scope_access WHERE user_id = ? AND "
                                               "account_id = ?"_s };
    for (const auto &[users, step] :
         { std::pair { want - have, grant }, std::pair { have - want, revoke } })
        for (const QString &user : users) {
            if (Result<int> q = m_db.run(step.second, { user, accountId }, "changing scope"); !q)
                return q.error();
            if (Result<qint64> e
                = logChange(step.first, u"accounts"_s, accountId, user, {}, {}, {}, {});
                !e)
                return e.error();
        }
    Result<QStringList> children
        = m_db.strings(u"SELECT id FROM records WHERE tbl = 'accounts' AND parent_id = ?"_s,
                       { accountId }, "reading branches");
    if (!children)
        return children.error();
    for (const QString &child : *children)
        if (Result<void> r = refreshAccess(child, visited); !r)
            return r;
    return {};
}

namespace {

/// Whether another device (or the server) changed any field of `r` after revision `base`.
template<typename Record>
bool changedByOthers(const Record &r, qint64 base, const QString &deviceId)
{
    for (auto it = r.revs.begin(); it != r.revs.end(); ++it)
        if (r.fieldRev(it.key()) > base && r.fieldDevice(it.key()) != deviceId)
            return true;
    return false;
}

} // namespace

Result<QJsonObject> SyncService::apply(const Principal &who, const sync::Mutation &m)
{
    const auto rejected = [&](const char *reason, const QString &message) {
        return QJsonObject { { u"id"_s, m.id },
                             { u"status"_s, u"rejected"_s },
                             { u"reason"_s, QLatin1StringView(reason) },
                             { u"message"_s, message } };
    };
    const bool admin = who.role == Role::Admin;
    const sync::SyncTable &t = *sync::findSyncTable(m.table);
    if (t.adminOnly && !admin)
        return rejected("admin_only", QStringLiteral("Only an admin changes %1").arg(t.name));
    // A row a manager cannot read back is one they can only add: an audit log stays complete.
    if (t.privateToAdmins && !admin && m.op != u"insert")
        return rejected("append_only",
                        QStringLiteral("Rows of %1 are added, never changed").arg(t.name));
    Result<Record> loaded = loadRecord(t.name, m.row);
    if (!loaded)
        return loaded.error();
    Record r = *loaded;
    const bool insert = m.op == u"insert";
    // First the scope: nothing below may tell an outsider what a row holds.
    if (r.exists && !t.scopeField.isEmpty()) {
        Result<bool> v = visible(who, r.scopeId());
        if (!v)
            return v.error();
        if (!*v)
            return rejected("out_of_scope", QStringLiteral("This row is outside your scope"));
    }
    if (insert && r.exists) {
        // The same row created twice (a store uploaded again, a re-import) is no conflict.
        const bool same = !r.deleted()
            && std::all_of(m.fields.begin(), m.fields.end(), [&](const sync::FieldChange &f) {
                   return r.value(f.field) == f.value.value_or(QString());
               });
        if (!same)
            return rejected("exists", QStringLiteral("A row with this id exists already"));
        return QJsonObject { { u"id"_s, m.id }, { u"status"_s, u"merged"_s }, { u"rev"_s, r.rev } };
    }
    if (!insert && !r.exists)
        return rejected("unknown_row", QStringLiteral("No such row, or it is outside your scope"));

    Record after = r;
    for (const sync::FieldChange &f : m.fields)
        after.set(f.field, f.value.value_or(QString()));
    if (insert)
        for (const QString &field : t.required)
            if (after.value(field).isEmpty())
                return rejected("missing_field", QStringLiteral("%1 is required").arg(field));
    if (!admin)
        for (const QString &field : t.adminFields)
            if (after.value(field) != r.value(field)
                && (!insert || after.value(field) != who.userId))
                return rejected("server_owned",
                                QStringLiteral("%1 is set by an admin on the server").arg(field));
    // A row may only move to, or be created under, an account the caller can see.
    QStringList mustSee;
    if (!t.scopeField.isEmpty() && t.scopeField != u"id" && after.scopeId() != r.scopeId())
        mustSee << after.scopeId();
    if (!t.parentField.isEmpty() && !after.value(t.parentField).isEmpty()
        && after.value(t.parentField) != r.value(t.parentField))
        mustSee << after.value(t.parentField);
    for (const QString &account : mustSee) {
        Result<bool> v = visible(who, account);
        if (!v)
            return v.error();
        if (!*v)
            return rejected("out_of_scope",
                            QStringLiteral("Account %1 is outside your scope").arg(account));
    }

    const qint64 at = std::min(m.atMs, m_now()); // a fast laptop clock must not always win
    const bool touchesTombstone = std::any_of(
        m.fields.begin(), m.fields.end(), [](const auto &f) { return f.field == u"deleted_at"; });
    QJsonArray conflicts;
    // A conflict is kept in the server's records and reported in the answer.
    const auto recordConflict
        = [&](const QString &field, const QString &mine, const QString &theirs, bool mineKept,
              const QString &otherAuthor, const char *reason) -> Result<void> {
        const bool deleted = qstrcmp(reason, "deleted_on_server") == 0; // their edit: the deletion
        Result<int> q = m_db.run(
            u"INSERT INTO conflicts (tbl, row_id, scope_id, field, kept_value, lost_value, "
            "kept_by, lost_by, lost_device, mutation_id, reason, at) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"_s,
            { t.name, m.row, r.scopeId(), field, mineKept ? mine : theirs, mineKept ? theirs : mine,
              mineKept ? who.userId : otherAuthor, mineKept ? otherAuthor : who.userId,
              mineKept ? r.fieldDevice(field) : who.deviceId, m.id, QLatin1StringView(reason),
              m_now() },
            "keeping a conflict");
        if (!q)
            return q.error();
        conflicts.append(QJsonObject { { u"field"_s, field },
                                       { u"yours"_s, jsonText(mine) },
                                       { u"theirs"_s, jsonText(theirs) },
                                       { u"kept"_s, mineKept ? u"yours"_s : u"theirs"_s },
                                       { u"by"_s, jsonText(otherAuthor) },
                                       { u"at"_s, isoTime(r.fieldAt(deleted ? u"deleted_at"_s : field)) } });
        return {};
    };
    const auto authorOf = [&](qint64 seq) -> QString {
        if (m_batch)
            (void)flush(); // the change may still be waiting to be written
        QString author;
        (void)m_db.run(u"SELECT author_id FROM changes WHERE seq = ?"_s, { seq },
                       "reading an author",
                       [&](const QSqlQuery &q) { author = q.value(0).toString(); });
        return author;
    };

    if (r.exists && r.deleted() && !touchesTombstone) {
        // An edit to a row deleted on the server: nothing is applied; the edit is kept.
        for (const sync::FieldChange &f : m.fields) {
            const QString mine = f.value.value_or(QString());
            if (Result<void> k
                = recordConflict(f.field, mine, r.value(f.field), false,
                                 authorOf(r.fieldRev(u"deleted_at"_s)), "deleted_on_server");
                !k)
                return k.error();
        }
        return QJsonObject { { u"id"_s, m.id },
                             { u"status"_s, u"conflict"_s },
                             { u"reason"_s, u"deleted_on_server"_s },
                             { u"rev"_s, r.rev },
                             { u"conflicts"_s, conflicts } };
    }

    qint64 maxBase = 0;
    QStringList applied;
    for (const sync::FieldChange &f : m.fields) {
        maxBase = std::max(maxBase, f.base);
        const QString mine = f.value.value_or(QString());
        const QString theirs = r.value(f.field);
        if (mine == theirs)
            continue;
        // A change since the base is a conflict unless this device made it (two offline edits
        // of one field, pushed in order, both carry the same base).
        if (r.fieldRev(f.field) > f.base && r.fieldDevice(f.field) != who.deviceId) {
            // Both sides changed this field: the later edit wins, the other is kept for review.
            const bool mineWins = at > r.fieldAt(f.field);
            if (Result<void> k = recordConflict(f.field, mine, theirs, mineWins,
                                                authorOf(r.fieldRev(f.field)), "concurrent_edit");
                !k)
                return k.error();
            if (!mineWins)
                continue;
        }
        r.set(f.field, mine);
        applied << f.field;
    }

    if (!applied.isEmpty()) {
        if (Result<void> c = commitChange(r, applied, who.userId, who.deviceId, m.id, at); !c)
            return c.error();
        if (insert && m_batch && t.name == u"accounts" && r.value(u"parent_id"_s).isEmpty()) {
            // A new top-level account: only its owner sees it so far, no query needed.
            const QString owner = r.value(u"owner_id"_s);
            m_batch->scope.push_back({ owner, m.row });
            if (Result<qint64> g = logChange(u"grant"_s, t.name, m.row, owner, {}, {}, {}, {}); !g)
                return g.error();
            m_batch->visible.insert(m.row, owner == who.userId);
            m_batch->newAccounts << m.row;
        } else if (Result<void> a = refreshScopeAfter(r, loaded->scopeId(), applied); !a) {
            return a.error();
        }
    }
    const QString status = !conflicts.isEmpty()           ? u"conflict"_s
        : changedByOthers(*loaded, maxBase, who.deviceId) ? u"merged"_s
                                                          : u"applied"_s;
    QJsonObject result { { u"id"_s, m.id }, { u"status"_s, status }, { u"rev"_s, r.rev } };
    if (!conflicts.isEmpty())
        result.insert(u"conflicts"_s, conflicts);
    return result;
}

Result<void> SyncService::prefetch(const Principal &who, const sync::PushBatch &batch,
                                   QHash<QString, std::pair<QString, QByteArray>> &seen)
{
    // One query per kind of lookup (in chunks) instead of one per mutation.
    QStringList mutationIds, rowIds;
    for (const sync::Mutation &m : batch.mutations) {
        mutationIds << m.id;
        rowIds << m.row;
    }
    rowIds.removeDuplicates();
    if (Result<void> r
        = m_db.runIn(u"SELECT id, device_id, result FROM mutations WHERE id"_s, {}, mutationIds,
                     "checking mutation ids",
                     [&](const QSqlQuery &q) {
                         seen.insert(q.value(0).toString(),
                                     { q.value(1).toString(), q.value(2).toByteArray() });
                     });
        !r)
        return r;
    for (const sync::Mutation &m : batch.mutations) {
        Record r;
        r.table = sync::findSyncTable(m.table);
        r.id = m.row;
        m_batch->records.insert(recordKey(m.table, m.row), r); // absent unless read below
    }
    if (Result<void> r
        = m_db.runIn(u"SELECT tbl, id, data, revs, rev, deleted_at FROM records WHERE id"_s, {},
                     rowIds, "reading rows",
                     [&](const QSqlQuery &q) {
                         const QString key
                             = recordKey(q.value(0).toString(), q.value(1).toString());
                         if (auto it = m_batch->records.find(key); it != m_batch->records.end())
                             readRecord(*it, q, 2);
                     });
        !r)
        return r;
    if (who.role == Role::Admin)
        return {};
    QStringList accounts;
    for (const sync::Mutation &m : batch.mutations) {
        const Record &r = m_batch->records[recordKey(m.table, m.row)];
        if (r.exists)
            accounts << r.scopeId();
        for (const sync::FieldChange &f : m.fields)
            if (f.value && (f.field == r.table->scopeField || f.field == r.table->parentField))
                accounts << *f.value;
    }
    accounts.removeAll(QString());
    accounts.removeDuplicates();
    for (const QString &a : std::as_const(accounts))
        m_batch->visible.insert(a, false);
    return m_db.runIn(u"SELECT account_id FROM scope_access WHERE user_id = ? AND account_id"_s,
                      { who.userId }, accounts, "checking scope", [&](const QSqlQuery &q) {
                          m_batch->visible.insert(q.value(0).toString(), true);
                      });
}

Result<QJsonObject> SyncService::push(const Principal &who, const sync::PushBatch &batch)
{
    if (batch.clientId != who.deviceId)
        return makeError(ErrorCode::Forbidden,
                         QStringLiteral("client_id %1 is not the device this token was issued to")
                             .arg(batch.clientId));
    QJsonArray results;
    m_batch = std::make_unique<Batch>();
    Result<void> done = m_db.write([&]() -> Result<void> {
        QHash<QString, std::pair<QString, QByteArray>> seen; // mutation id → device, answer
        if (Result<void> r = prefetch(who, batch, seen); !r)
            return r;
        if (Result<void> r = reserveSeqs(int(batch.mutations.size()) * 2 + 8); !r)
            return r;
        for (const sync::Mutation &m : batch.mutations) {
            if (auto it = seen.constFind(m.id); it != seen.cend()) {
                // A retry is answered exactly as the first time and applied once.
                results.append(
                    it->first == who.deviceId
                        ? QJsonDocument::fromJson(it->second).object()
                        : QJsonObject {
                            { u"id"_s, m.id },
                            { u"status"_s, u"rejected"_s },
                            { u"reason"_s, u"duplicate_id"_s },
                            { u"message"_s,
                              QStringLiteral("This mutation id was used by another device") } });
                continue;
            }
            Result<QJsonObject> result = apply(who, m);
            if (!result)
                return result.error();
            const QByteArray answer = compact(*result);
            seen.insert(m.id, { who.deviceId, answer });
            m_batch->mutations.push_back(
                { m.id, who.deviceId, QString::fromUtf8(answer), m_now() });
            results.append(*result);
        }
        if (Result<void> r = flush(); !r)
            return r;
        // An account made in this push normally has nothing under it yet; if a branch already
        // points at it (an admin may create branches first), recompute its scope properly.
        QStringList withBranches;
        if (Result<void> r = m_db.runIn(
                u"SELECT DISTINCT parent_id FROM records WHERE tbl = 'accounts' AND parent_id"_s,
                {}, m_batch->newAccounts, "reading branches",
                [&](const QSqlQuery &q) { withBranches << q.value(0).toString(); });
            !r)
            return r;
        QSet<QString> visited;
        for (const QString &account : std::as_const(withBranches))
            if (Result<void> r = refreshAccess(account, visited); !r)
                return r;
        if (Result<void> r = flush(); !r)
            return r;
        if (batch.mutations.empty())
            return {};
        Result<int> q
            = m_db.run(u"UPDATE devices SET last_seen_at = ?, last_mutation_id = ? "
                       "WHERE id = ?"_s,
                       { m_now(), batch.mutations.back().id, who.deviceId }, "updating the device");
        return q ? Result<void>() : q.error();
    });
    m_batch.reset();
    if (!done)
        return done.error();
    return QJsonObject { { u"results"_s, results } };
}

Result<qint64> SyncService::purgedThrough()
{
    qint64 seq = 0;
    Result<int> q = m_db.run(u"SELECT value FROM server_meta WHERE key = 'purged_through'"_s, {},
                             "reading the purge horizon",
                             [&](const QSqlQuery &row) { seq = row.value(0).toLongLong(); });
    if (!q)
        return q.error();
    return seq;
}

Result<qint64> SyncService::highWater(qint64 purgedThrough)
{
    qint64 high = 0;
    Result<int> q
        = m_db.run(u"SELECT COALESCE(MAX(seq), 0) FROM changes"_s, {}, "reading the change log",
                   [&](const QSqlQuery &row) { high = row.value(0).toLongLong(); });
    if (!q)
        return q.error();
    return std::max(high, purgedThrough); // the log may be empty right after a purge
}

Result<QByteArray> SyncService::rowsJson(const QString &scopeAccountId)
{
    QByteArray out = "[";
    Result<int> q
        = m_db.run(u"SELECT tbl, id, rev, data FROM records WHERE scope_id = ? AND "
                   "deleted_at IS NULL ORDER BY tbl, id"_s,
                   { scopeAccountId }, "reading the account's rows", [&](const QSqlQuery &row) {
                       if (out.size() > 1)
                           out += ',';
                       appendRow(out, row.value(0).toString(), row.value(1).toString(),
                                 row.value(2).toLongLong(), row.value(3).toByteArray());
                   });
    if (!q)
        return q.error();
    return out + ']';
}

Result<QByteArray> SyncService::pull(const Principal &who, qint64 cursor, int limit)
{
    limit = std::clamp(limit, 1, kMaxPullLimit);
    QByteArray out;
    Result<void> done = m_db.read([&]() -> Result<void> {
        Result<qint64> purged = purgedThrough();
        if (!purged)
            return purged.error();
        Result<qint64> highOrError = highWater(*purged);
        if (!highOrError)
            return highOrError.error();
        const qint64 high = *highOrError;
        if (cursor < *purged)
            return makeError(
                ErrorCode::Gone,
                QStringLiteral("Cursor %1 is older than the kept history (changes up to %2 were "
                               "purged); bootstrap again")
                    .arg(cursor)
                    .arg(*purged));
        if (cursor > high)
            return makeError(ErrorCode::Gone,
                             QStringLiteral("Cursor %1 is ahead of this server (at %2): its "
                                            "database was restored; bootstrap again")
                                 .arg(cursor)
                                 .arg(high));
        const bool admin = who.role == Role::Admin;
        QVariantList values { cursor, high, who.deviceId };
        QString sql
            = u"SELECT c.seq, c.kind, c.tbl, c.row_id, c.fields, c.author_id, c.at, "
              "r.rev, r.data FROM changes c LEFT JOIN records r "
              "ON r.tbl = c.tbl AND r.id = c.row_id WHERE c.seq > ? AND c.seq <= ? AND "_s;
        if (admin) {
            sql += u"c.kind = 'row' AND (c.device_id IS NULL OR c.device_id <> ?) "_s;
        } else {
            values << who.userId;
            sql += u"((c.kind = 'row' AND (c.device_id IS NULL OR c.device_id <> ?) "
                   "AND (r.scope_id IS NULL OR r.scope_id IN "
                   "(SELECT account_id FROM scope_access WHERE user_id = ?)) "_s
                + notPrivate(u"c.tbl"_s, values) + u") OR (c.kind <> 'row' AND c.target_user = ?)) "_s;
            values << who.userId;
        }
        sql += u"ORDER BY c.seq LIMIT ?"_s;
        values << limit;
        struct Change
        {
            qint64 seq;
            QString kind, table, rowId, fields, author;
            qint64 at, rev;
            QByteArray data;
        };
        std::vector<Change> changes;
        if (Result<int> q
            = m_db.run(sql, values, "reading changes",
                       [&](const QSqlQuery &row) {
                           changes.push_back({ row.value(0).toLongLong(), row.value(1).toString(),
                                               row.value(2).toString(), row.value(3).toString(),
                                               row.value(4).toString(), row.value(5).toString(),
                                               row.value(6).toLongLong(), row.value(7).toLongLong(),
                                               row.value(8).toByteArray() });
                       });
            !q)
            return q.error();
        const bool more = qsizetype(changes.size()) == limit;
        out = R"({"cursor":)" + QByteArray::number(more ? changes.back().seq : high) + R"(,"more":)"
            + (more ? "true" : "false") + R"(,"changes":[)";
        bool first = true;
        for (const Change &c : changes) {
            if (c.kind == u"row" && c.data.isEmpty())
                continue; // the row was purged since
            if (!first)
                out += ',';
            first = false;
            out += R"({"seq":)" + QByteArray::number(c.seq) + R"(,"kind":")" + c.kind.toLatin1()
                + R"(","at":")" + isoTime(c.at).toLatin1() + '"';
            if (c.kind == u"row") {
                out += R"(,"author":)"
                    + (c.author.isEmpty() ? QByteArray("null") : '"' + c.author.toLatin1() + '"')
                    + R"(,"changed":)"
                    + QJsonDocument(QJsonArray::fromStringList(c.fields.split(u',')))
                          .toJson(QJsonDocument::Compact)
                    + R"(,"row":)";
                appendRow(out, c.table, c.rowId, c.rev, c.data);
            } else {
                out += R"(,"account":")" + c.rowId.toLatin1() + '"';
                if (c.kind == u"grant") {
                    Result<QByteArray> rows = rowsJson(c.rowId);
                    if (!rows)
                        return rows.error();
                    out += R"(,"rows":)" + *rows;
                }
            }
            out += '}';
        }
        out += "]}";
        return {};
    });
    if (!done)
        return done.error();
    return out;
}

Result<QByteArray> SyncService::bootstrap(const Principal &who, const QString &after, qint64 cursor,
                                          int limit)
{
    limit = std::clamp(limit, 1, kMaxPullLimit);
    const qsizetype slash = after.indexOf(u'/');
    if (!after.isEmpty() && (slash < 0 || !sync::findSyncTable(after.left(slash))))
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("after: expected the “next” value of the previous page"));
    const QString afterTable = after.left(std::max<qsizetype>(slash, 0));
    const QString afterId = slash < 0 ? QString() : after.mid(slash + 1);
    QByteArray out;
    Result<void> done = m_db.read([&]() -> Result<void> {
        Result<qint64> purged = purgedThrough();
        if (!purged)
            return purged.error();
        if (cursor > 0 && cursor < *purged)
            return makeError(ErrorCode::Gone,
                             QStringLiteral("This snapshot is too old; start it again"));
        if (cursor <= 0) {
            Result<qint64> high = highWater(*purged);
            if (!high)
                return high.error();
            cursor = *high;
        }
        QString scope;
        QVariantList scopeValues;
        if (who.role != Role::Admin) {
            scope = u"AND (scope_id IS NULL OR scope_id IN (SELECT account_id FROM scope_access "
                    "WHERE user_id = ?)) "_s;
            scopeValues << who.userId;
            scope += notPrivate(u"tbl"_s, scopeValues);
        }
        out = R"({"cursor":)" + QByteArray::number(cursor);
        if (after.isEmpty()) {
            // The first page says how many rows the snapshot has, for the client's progress bar.
            QString sql = u"SELECT count(*) FROM records WHERE deleted_at IS NULL "_s + scope;
            qint64 total = 0;
            if (Result<int> q = m_db.run(sql, scopeValues, "counting the snapshot",
                                         [&](const QSqlQuery &row) { total = row.value(0).toLongLong(); });
                !q)
                return q.error();
            out += R"(,"total":)" + QByteArray::number(total);
        }
        QString sql = u"SELECT tbl, id, rev, data FROM records WHERE deleted_at IS NULL "_s;
        QVariantList values;
        if (!after.isEmpty()) {
            sql += u"AND (tbl, id) > (?, ?) "_s;
            values << afterTable << afterId;
        }
        sql += scope + u"ORDER BY tbl, id LIMIT ?"_s;
        values << scopeValues << limit;
        out += R"(,"rows":[)";
        int n = 0;
        QString lastTable, lastId;
        if (Result<int> q = m_db.run(sql, values, "reading the snapshot",
                                     [&](const QSqlQuery &row) {
                                         if (n++)
                                             out += ',';
                                         lastTable = row.value(0).toString();
                                         lastId = row.value(1).toString();
                                         appendRow(out, lastTable, lastId,
                                                   row.value(2).toLongLong(),
                                                   row.value(3).toByteArray());
                                     });
            !q)
            return q.error();
        out += R"(],"next":)"
            + (n == limit ? '"' + (lastTable + u'/' + lastId).toLatin1() + '"' : QByteArray("null"))
            + '}';
        return {};
    });
    if (!done)
        return done.error();
    return out;
}

Result<QByteArray> SyncService::history(const Principal &who, const QString &accountId, int limit)
{
    limit = std::clamp(limit, 1, kMaxPullLimit);
    QByteArray out;
    Result<void> done = m_db.read([&]() -> Result<void> {
        Result<bool> v = visible(who, accountId);
        if (!v)
            return v.error();
        if (!*v)
            return makeError(ErrorCode::NotFound,
                             QStringLiteral("No such account, or it is outside your scope"));
        // Every row under an account has the account as its scope: the account, its contacts
        // and its team seats. The newest `limit` changes, sent oldest first.
        std::vector<QByteArray> items;
        Result<int> q = m_db.run(
            u"SELECT c.seq, c.tbl, c.row_id, c.mutation_id, c.author_id, c.at, c.fields, c.vals "
            "FROM changes c JOIN records r ON r.tbl = c.tbl AND r.id = c.row_id "
            "WHERE c.kind = 'row' AND r.scope_id = ? ORDER BY c.seq DESC LIMIT ?"_s,
            { accountId, limit }, "reading the field history", [&](const QSqlQuery &row) {
                QJsonObject fields = QJsonDocument::fromJson(row.value(7).toByteArray()).object();
                const bool known = !row.value(7).isNull();
                if (!known) // logged before values were kept: names only
                    for (const QString &f : row.value(6).toString().split(u',', Qt::SkipEmptyParts))
                        fields.insert(f, QJsonValue());
                QJsonObject item {
                    { u"seq"_s, row.value(0).toLongLong() },
                    { u"table"_s, row.value(1).toString() },
                    { u"id"_s, row.value(2).toString() },
                    { u"mutation"_s, jsonText(row.value(3).toString()) },
                    { u"author"_s, jsonText(row.value(4).toString()) },
                    { u"at"_s, isoTime(row.value(5).toLongLong()) },
                    { u"fields"_s, fields } };
                if (!known)
                    item.insert(u"known"_s, false);
                items.push_back(compact(item));
            });
        if (!q)
            return q.error();
        out = R"({"more":)" + QByteArray(qsizetype(items.size()) == limit ? "true" : "false")
            + R"(,"changes":[)";
        for (auto it = items.rbegin(); it != items.rend(); ++it)
            out += (it == items.rbegin() ? QByteArray() : QByteArray(",")) + *it;
        out += "]}";
        return {};
    });
    if (!done)
        return done.error();
    return out;
}

Result<void> SyncService::commitChange(Record &r, const QStringList &applied,
                                       const QString &authorId, const QString &deviceId,
                                       const QString &mutationId, qint64 at)
{
    QJsonObject values;
    for (const QString &field : applied)
        values.insert(field, jsonText(r.value(field)));
    Result<qint64> seq = logChange(u"row"_s, r.table->name, r.id, {}, applied, authorId, deviceId,
                                   mutationId, values);
    if (!seq)
        return seq.error();
    for (const QString &field : applied)
        r.revs.insert(field, QJsonArray { *seq, at, deviceId });
    r.rev = *seq;
    return saveRecord(r);
}

Result<void> SyncService::refreshScopeAfter(const Record &r, const QString &oldScope,
                                            const QStringList &applied)
{
    // Who sees an account changes with its owner, its parent, or a team seat (its user, its
    // account, its tombstone); a contact moving between accounts changes nobody's scope.
    const sync::SyncTable &t = *r.table;
    const bool grants = !t.grantField.isEmpty()
        && (applied.contains(t.grantField) || applied.contains(u"deleted_at"_s)
            || applied.contains(t.scopeField));
    const bool moves = grants || (!t.parentField.isEmpty() && applied.contains(t.parentField));
    if (!moves || t.scopeField.isEmpty())
        return {};
    QSet<QString> visited;
    if (Result<void> a = refreshAccess(r.scopeId(), visited); !a)
        return a;
    return refreshAccess(oldScope, visited);
}

Result<void> SyncService::writeServerFields(const QString &table, const QString &id,
                                            const QJsonObject &values)
{
    Result<Record> loaded = loadRecord(table, id);
    if (!loaded)
        return loaded.error();
    Record r = *loaded;
    QStringList applied;
    for (auto it = values.begin(); it != values.end(); ++it)
        if (r.value(it.key()) != it.value().toString()) {
            r.set(it.key(), it.value().toString());
            applied << it.key();
        }
    if (applied.isEmpty())
        return {};
    if (Result<void> c = commitChange(r, applied, {}, {}, {}, m_now()); !c)
        return c;
    return refreshScopeAfter(r, loaded->scopeId(), applied);
}

Result<UserInfo> SyncService::addUser(const QString &email, const QString &name, Role role,
                                      const QString &password, const QString &id)
{
    Result<UserInfo> user = makeError(ErrorCode::Invalid, QString());
    Result<void> done = m_db.write([&]() -> Result<void> {
        user = m_auth.addUser(email, name, role, password, id);
        if (!user)
            return user.error();
        return writeServerFields(u"users"_s, user->id,
                                 { { u"name"_s, user->name }, { u"email"_s, user->email } });
    });
    if (!done)
        return done.error();
    return user;
}

Result<std::vector<HandoverLine>>
SyncService::reassign(const QString &fromUserId, const QString &toUserId, const QString &accountId)
{
    Result<UserInfo> from = m_auth.findUser(fromUserId);
    if (!from)
        return from.error();
    Result<UserInfo> to = m_auth.findUser(toUserId);
    if (!to)
        return to.error();
    if (to->disabled)
        return makeError(
            ErrorCode::Invalid,
            QStringLiteral("%1 is disabled; reassign to an active user").arg(to->email));
    if (from->id == to->id)
        return makeError(ErrorCode::Invalid, QStringLiteral("--from and --to are the same user"));
    const qint64 now = m_now();
    Result<void> done = m_db.write([&]() -> Result<void> {
        QStringList queue;
        if (accountId.isEmpty()) {
            Result<QStringList> owned
                = m_db.strings(u"SELECT id FROM records WHERE tbl = 'accounts' AND "
                               "grant_user = ? ORDER BY id"_s,
                               { from->id }, "reading accounts");
            if (!owned)
                return owned.error();
            queue = *owned;
        } else {
            Result<Record> root = loadRecord(u"accounts"_s, accountId);
            if (!root)
                return root.error();
            if (!root->exists)
                return makeError(ErrorCode::NotFound,
                                 QStringLiteral("No account %1").arg(accountId));
            if (root->value(u"owner_id"_s) != from->id)
                return makeError(
                    ErrorCode::Invalid,
                    QStringLiteral("Account %1 is not owned by %2").arg(accountId, from->email));
            // The account and the branches under it that the same manager owns.
            queue << accountId;
            for (qsizetype i = 0; i < queue.size(); ++i) {
                Result<QStringList> branches
                    = m_db.strings(u"SELECT id FROM records WHERE tbl = "
                                   "'accounts' AND parent_id = ? AND grant_user = ?"_s,
                                   { queue.at(i), from->id }, "reading branches");
                if (!branches)
                    return branches.error();
                for (const QString &b : *branches)
                    if (!queue.contains(b))
                        queue << b;
            }
        }
        for (const QString &account : queue) {
            if (Result<void> w
                = writeServerFields(u"accounts"_s, account, { { u"owner_id"_s, to->id } });
                !w)
                return w;
            if (Result<int> q
                = m_db.run(u"INSERT INTO reassignments (account_id, from_user, "
                           "to_user, at) VALUES (?,?,?,?)"_s,
                           { account, from->id, to->id, now }, "recording the handover");
                !q)
                return q.error();
        }
        if (accountId.isEmpty()) {
            // A full handover also gives the successor the leaver's seats on other teams.
            struct Seat
            {
                QString id, account;
            };
            std::vector<Seat> seats;
            if (Result<int> q = m_db.run(
                    u"SELECT id, scope_id FROM records WHERE tbl = "
                    "'account_team' AND grant_user = ? AND deleted_at IS NULL"_s,
                    { from->id }, "reading team seats",
                    [&](const QSqlQuery &row) {
                        seats.push_back({ row.value(0).toString(), row.value(1).toString() });
                    });
                !q)
                return q.error();
            for (const Seat &seat : seats) {
                Result<QStringList> taken
                    = m_db.strings(u"SELECT id FROM records WHERE tbl = "
                                   "'account_team' AND scope_id = ? AND grant_user = ? "
                                   "AND deleted_at IS NULL"_s,
                                   { seat.account, to->id }, "reading team seats");
                if (!taken)
                    return taken.error();
                const QJsonObject change = taken->isEmpty()
                    ? QJsonObject { { u"user_id"_s, to->id } }
                    : QJsonObject { { u"deleted_at"_s, isoTime(now) } };
                if (Result<void> w = writeServerFields(u"account_team"_s, seat.id, change); !w)
                    return w;
            }
        }
        return {};
    });
    if (!done)
        return done.error();
    Result<std::vector<HandoverLine>> report = handoverReport(from->id);
    if (!report)
        return report.error();
    std::vector<HandoverLine> moved;
    for (const HandoverLine &line : *report)
        if (line.atMs == now && line.toUser == to->id)
            moved.push_back(line);
    return moved;
}

Result<std::vector<HandoverLine>> SyncService::handoverReport(const QString &fromUserId)
{
    Result<UserInfo> from = m_auth.findUser(fromUserId);
    if (!from)
        return from.error();
    std::vector<HandoverLine> lines;
    Result<int> q = m_db.run(
        u"SELECT h.account_id, h.to_user, h.at, r.data, "
        "(SELECT COUNT(*) FROM records c WHERE c.tbl = 'contacts' AND c.scope_id = h.account_id "
        "AND c.deleted_at IS NULL), "
        "(SELECT COUNT(*) FROM records t WHERE t.tbl = 'account_team' AND t.scope_id = "
        "h.account_id "
        "AND t.deleted_at IS NULL) "
        "FROM reassignments h JOIN records r ON r.tbl = 'accounts' AND r.id = h.account_id "
        "WHERE h.from_user = ? ORDER BY h.id"_s,
        { from->id }, "reading the handover report", [&](const QSqlQuery &row) {
            lines.push_back({ row.value(0).toString(),
                              QJsonDocument::fromJson(row.value(3).toByteArray())
                                  .object()
                                  .value(u"legal_name")
                                  .toString(),
                              from->id, row.value(1).toString(), row.value(2).toLongLong(),
                              row.value(4).toInt(), row.value(5).toInt() });
        });
    if (!q)
        return q.error();
    return lines;
}

Result<std::vector<ExportLine>> SyncService::exportLog(const QString &userId,
                                                       const QDateTime &since)
{
    Result<std::vector<UserInfo>> users = m_auth.users();
    if (!users)
        return users.error();
    QHash<QString, QString> names;
    for (const UserInfo &u : *users)
        names.insert(u.id, u.name);
    std::vector<ExportLine> lines;
    // A record made before the client knew its user has no exported_by: the push's author is
    // who it was.
    Result<int> q = m_db.run(
        u"SELECT r.id, r.grant_user, r.data, (SELECT c.author_id FROM changes c WHERE c.tbl = "
        "r.tbl AND c.row_id = r.id AND c.kind = 'row' ORDER BY c.seq LIMIT 1) "
        "FROM records r WHERE r.tbl = 'export_log' AND r.deleted_at IS NULL"_s,
        {}, "reading the export log", [&](const QSqlQuery &row) {
            const QJsonObject data = QJsonDocument::fromJson(row.value(2).toByteArray()).object();
            ExportLine line;
            line.id = row.value(0).toString();
            line.userId = row.value(1).isNull() ? row.value(3).toString() : row.value(1).toString();
            line.userName = names.value(line.userId);
            line.exportedAt = fromStoredTime(data.value(u"exported_at").toString());
            line.what = data.value(u"what").toString();
            line.format = data.value(u"format").toString();
            line.rows = data.value(u"rows").toString().toInt();
            line.destination = data.value(u"destination").toString();
            if ((userId.isEmpty() || line.userId == userId)
                && (!since.isValid() || line.exportedAt >= since))
                lines.push_back(std::move(line));
        });
    if (!q)
        return q.error();
    std::sort(lines.begin(), lines.end(), [](const ExportLine &a, const ExportLine &b) {
        return a.exportedAt != b.exportedAt ? a.exportedAt > b.exportedAt : a.id < b.id;
    });
    return lines;
}

Result<void> SyncService::setPurgedThrough(qint64 seq)
{
    Result<qint64> before = purgedThrough();
    if (!before)
        return before.error();
    Result<int> q
        = m_db.run(u"INSERT INTO server_meta (key, value) VALUES ('purged_through', ?) "
                   "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
                   { QString::number(std::max(*before, seq)) }, "recording the purge horizon");
    return q ? Result<void>() : q.error();
}

Result<void> SyncService::forceBootstrap()
{
    return m_db.write([&]() -> Result<void> {
        // A marker takes the next position, so every cursor a client holds is now older than
        // the kept history, and a new snapshot starts after anything the backup lacked.
        Result<qint64> marker
            = logChange(u"resync"_s, u"server"_s, u"resync"_s, {}, {}, {}, {}, {});
        if (!marker)
            return marker.error();
        return setPurgedThrough(*marker);
    });
}

Result<int> SyncService::purge(qint64 olderThanMs)
{
    if (olderThanMs < kMinRetentionMs)
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("Tombstones are kept at least 180 days"));
    const qint64 cutoff = m_now() - olderThanMs;
    int removed = 0;
    Result<void> done = m_db.write([&]() -> Result<void> {
        qint64 through = 0;
        if (Result<int> q
            = m_db.run(u"SELECT COALESCE(MAX(seq), 0) FROM changes WHERE at < ?"_s, { cutoff },
                       "reading old changes",
                       [&](const QSqlQuery &row) { through = row.value(0).toLongLong(); });
            !q)
            return q.error();
        Result<int> rows = m_db.run(u"DELETE FROM records WHERE deleted_at < ?"_s, { cutoff },
                                    "purging tombstones");
        if (!rows)
            return rows.error();
        removed = *rows;
        for (const auto &[sql, value] :
             { std::pair { u"DELETE FROM changes WHERE seq <= ?"_s, QVariant(through) },
               std::pair { u"DELETE FROM mutations WHERE at < ?"_s, QVariant(cutoff) } })
            if (Result<int> q = m_db.run(sql, { value }, "purging history"); !q)
                return q.error();
        return setPurgedThrough(through);
    });
    if (!done)
        return done.error();
    return removed;
}

} // namespace kam::server
