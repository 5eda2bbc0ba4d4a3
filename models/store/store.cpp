// SPDX-License-Identifier: GPL-3.0-or-later
#include "store.h"
#include "domain/account_tree.h"
#include "analytics/value_model.h"

#include "sync_journal.h"

#include "domain/credit_code.h"
#include "domain/ids.h"
#include "domain/satisfaction.h"
#include "domain/stages.h"
#include "journal_fields.h"
#include "migrations.h"
#include "row_codec.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringEncoder>

#include <sqlite3.h>

#include <array>
#include <optional>

#include <algorithm>

namespace kam {

namespace {

constexpr int kMetaColumns = 5; // id, created_at, updated_at, server_rev, deleted_at
constexpr int kMaxHierarchyDepth = 64;

const QString kLocalUserKey = QStringLiteral("local_user_id");


template<typename T>
QString selectSql(const QString &where)
{
    const TableSpec<T> &spec = tableSpec<T>();
    QStringList cols = {QStringLiteral("id"), QStringLiteral("created_at"),
                        QStringLiteral("updated_at"), QStringLiteral("server_rev"),
                        QStringLiteral("deleted_at")};
    for (const auto &c : spec.columns)
        cols << c.name;
    return QStringLiteral("SELECT %1 FROM %2 %3").arg(cols.join(u','), spec.table, where);
}

template<typename T>
T decodeRow(const QSqlQuery &q)
{
    T row;
    row.meta.id = q.value(0).toString();
    row.meta.createdAt = fromStoredTime(q.value(1));
    row.meta.updatedAt = fromStoredTime(q.value(2));
    row.meta.serverRev = q.value(3).toLongLong();
    row.meta.deletedAt = fromStoredTime(q.value(4));
    const auto &columns = tableSpec<T>().columns;
    for (size_t i = 0; i < columns.size(); ++i)
        columns[i].set(row, q.value(kMetaColumns + int(i)));
    return row;
}

template<typename T>
Result<std::vector<T>> selectRows(QSqlDatabase db, const QString &where, const QVariantList &binds)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(selectSql<T>(where)))
        return dbError(q, tableSpec<T>().table);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return dbError(q, tableSpec<T>().table);
    std::vector<T> rows;
    while (q.next())
        rows.push_back(decodeRow<T>(q));
    return rows;
}

bool sameValue(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    return a == b;
}

/// A user-visible name for "the row", used in messages.
QString quoted(const QString &s)
{
    return Store::tr("“%1”").arg(s);
}

Error invalid(const QString &message)
{
    return makeError(ErrorCode::Invalid, message);
}

/// The first column of the first row `sql` finds with `binds`; empty when none, for existence
/// checks. The statement is prepared once per store: validation runs it for every row written.
Result<QString> firstMatch(const Store &store, const QString &sql, const QVariantList &binds)
{
    QString value;
    bool found = false;
    Result<void> r = store.run(sql, binds, [&](const QSqlQuery &q) {
        if (!std::exchange(found, true))
            value = q.value(0).toString();
    });
    if (!r)
        return r.error();
    return value;
}

/// Rows of T by a fixed `where`, on a statement prepared once per store (for reads that every
/// write repeats: a row by id, the sales process).
template<typename T>
Result<std::vector<T>> cachedRows(const Store &store, const QString &where, const QVariantList &binds)
{
    std::vector<T> rows;
    Result<void> r = store.run(selectSql<T>(where), binds, [&](const QSqlQuery &q) { rows.push_back(decodeRow<T>(q)); });
    if (!r)
        return r.error();
    return rows;
}

} // namespace

/// A table's insert, one row per statement.
struct Store::Insert
{
    Insert(QString table, const QStringList &columns)
        : table(std::move(table))
    {
        QStringList marks;
        for (qsizetype i = 0; i < columns.size(); ++i)
            marks << QStringLiteral("?");
        sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(this->table, columns.join(u','), marks.join(u','));
    }
    QString table;
    QString sql;
};

namespace {

Error databaseError(const QString &what, const QString &reason)
{
    return makeError(ErrorCode::Database, Store::tr("Database error while %1: %2").arg(what, reason));
}

/// Binds `value` as QtSql's SQLite driver does (so a row keeps the types it had when QtSql
/// wrote it): NULL for a null value, string or byte array, integers as integers, reals as
/// reals, bytes as a blob, anything else as its text. Text is bound as UTF-8, encoded at `out`
/// (room for three bytes per UTF-16 unit), which moves past it; the value and that buffer must
/// outlive the step.
int bindValue(sqlite3_stmt *s, int index, const QVariant &value, QStringEncoder &utf8, char *&out)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        return sqlite3_bind_null(s, index);
    case QMetaType::QString: {
        const auto *text = static_cast<const QString *>(value.constData());
        if (text->isNull())
            return sqlite3_bind_null(s, index);
        char *begin = out;
        out = utf8.appendToBuffer(out, *text);
        return sqlite3_bind_text(s, index, begin, int(out - begin), SQLITE_STATIC);
    }
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
        return sqlite3_bind_int64(s, index, value.toLongLong());
    case QMetaType::Double:
        return sqlite3_bind_double(s, index, value.toDouble());
    case QMetaType::QByteArray: {
        const auto *bytes = static_cast<const QByteArray *>(value.constData());
        return bytes->isNull() ? sqlite3_bind_null(s, index)
                               : sqlite3_bind_blob(s, index, bytes->constData(), int(bytes->size()), SQLITE_STATIC);
    }
    default: {
        if (value.isNull())
            return sqlite3_bind_null(s, index);
        const QString text = value.toString();
        return sqlite3_bind_text16(s, index, text.utf16(), int(text.size() * 2), SQLITE_TRANSIENT);
    }
    }
}

/// The sqlite3 handle behind `db`, or null unless the SQLite this program links is the one
/// Qt's driver runs: two copies of the library must never share a handle. Told apart by a
/// setting the library keeps once per process: one set through the driver is seen here only
/// when it is the same library.
sqlite3 *nativeHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    static QMutex probing; // the setting is the process's: two stores opening must not mix
    const QMutexLocker lock(&probing);
    const sqlite3_int64 limit = sqlite3_soft_heap_limit64(-1);
    const sqlite3_int64 probe = limit + (sqlite3_int64(1) << 40); // high: nothing is evicted for it
    QSqlQuery q(db);
    const bool same = q.exec(QStringLiteral("PRAGMA soft_heap_limit = %1").arg(probe))
        && sqlite3_soft_heap_limit64(-1) == probe;
    sqlite3_soft_heap_limit64(limit);
    q.exec(QStringLiteral("PRAGMA soft_heap_limit = %1").arg(limit)); // the driver's, should it differ
    return same ? *static_cast<sqlite3 *const *>(handle.constData()) : nullptr;
}

} // namespace

struct Store::Pending
{
    ~Pending()
    {
        for (sqlite3_stmt *s : std::as_const(native))
            sqlite3_finalize(s);
    }

    /// A level create() opened inside a transaction. It opens no savepoint, since an import
    /// writes thousands of rows and each is a level (a savepoint copies every page the row
    /// touches): it is undone by deleting the rows it inserted. Any other statement (through
    /// db() or prepared(), or a savepoint level inside it) first gives it and the levels around
    /// it a savepoint (materialise); what it writes from then on is undone by rolling back to it.
    struct Level
    {
        int depth;               ///< names its savepoint: kam_sp<depth>
        bool savepoint;          ///< opened (for transaction()'s nested levels: from the start)
        bool parentHadSavepoint; ///< when it began; if not, its rows are its parent's to undo
        std::vector<std::pair<const Insert *, sqlite3_int64>> inserted; ///< (insert, rowid) to delete
    };

    /// Runs `sql` with `binds` on the connection's sqlite3 handle, prepared once: for the
    /// statements every written row runs (its inserts, the existence checks, the savepoints),
    /// where QtSql's cost per statement and per value was most of an import's time. True when
    /// the statement gave a row; `what` names the work for an error.
    template<typename What>
    Result<bool> step(const QString &sql, const std::vector<QVariant> &binds, const What &what)
    {
        auto it = native.find(sql);
        if (it == native.end()) {
            sqlite3_stmt *s = nullptr;
            const QByteArray utf8 = sql.toUtf8();
            if (sqlite3_prepare_v3(sqlite, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &s,
                                   nullptr)
                != SQLITE_OK)
                return databaseError(what(), QString::fromUtf8(sqlite3_errmsg(sqlite)));
            it = native.insert(sql, s);
        }
        sqlite3_stmt *s = *it;
        qsizetype room = 0;
        for (const QVariant &b : binds)
            if (b.typeId() == QMetaType::QString)
                room += 3 * static_cast<const QString *>(b.constData())->size();
        if (text.size() < room)
            text.resize(room);
        char *out = text.data();
        int rc = SQLITE_OK;
        for (size_t i = 0; i < binds.size() && rc == SQLITE_OK; ++i)
            rc = bindValue(s, int(i) + 1, binds[i], utf8, out);
        if (rc == SQLITE_OK)
            rc = sqlite3_step(s);
        Result<bool> result = rc == SQLITE_ROW || rc == SQLITE_DONE
            ? Result<bool>(rc == SQLITE_ROW)
            : Result<bool>(databaseError(what(), QString::fromUtf8(sqlite3_errmsg(sqlite))));
        sqlite3_reset(s);
        return result;
    }

    Result<void> exec(const QString &sql)
    {
        if (Result<bool> r = step(sql, {}, [&] { return sql; }); !r)
            return r.error();
        return {};
    }

    /// Before a statement that is not a level's own insert or existence check: a savepoint for
    /// every level that has none yet (Level).
    void materialise()
    {
        live.clear();
        for (Level &level : levels) {
            if (level.savepoint)
                continue;
            if (Result<void> r = exec(QStringLiteral("SAVEPOINT kam_sp%1").arg(level.depth)); !r) {
                doomed = doomed.value_or(r.error());
                return;
            }
            level.savepoint = true;
        }
    }

    /// Undoes a level that failed: back to its savepoint, then its earlier rows deleted.
    void undo(const Level &level)
    {
        forgetReads();
        Result<void> r;
        if (level.savepoint) {
            r = exec(QStringLiteral("ROLLBACK TO kam_sp%1").arg(level.depth));
            if (r)
                r = exec(QStringLiteral("RELEASE kam_sp%1").arg(level.depth));
        }
        for (auto it = level.inserted.crbegin(); r && it != level.inserted.crend(); ++it) {
            const QString sql = QStringLiteral("DELETE FROM ") + it->first->table + QStringLiteral(" WHERE rowid = ?");
            if (Result<bool> deleted = step(sql, {it->second}, [&] { return sql; }); !deleted)
                r = deleted.error();
        }
        if (!r)
            doomed = doomed.value_or(r.error());
    }

    /// What was read inside the transaction and may have been rolled back.
    void forgetReads()
    {
        live.clear();
        stages.reset();
    }

    /// The journal's insert.
    static const Insert &journal()
    {
        static const Insert insert(QStringLiteral("journal"),
                                   {QStringLiteral("mutation_id"), QStringLiteral("table_name"),
                                    QStringLiteral("row_id"), QStringLiteral("op"),
                                    QStringLiteral("base_rev"), QStringLiteral("author_id"),
                                    QStringLiteral("changed_at"), QStringLiteral("fields")});
        return insert;
    }

    std::vector<std::pair<QString, QString>> changed; // (table, id) written since the outer BEGIN
    QHash<QString, QSqlQuery> statements;
    QSqlDatabase db; // looked up once: QSqlDatabase::database() locks and copies on every call
    sqlite3 *sqlite = nullptr; // the handle behind db (nativeHandle)
    QHash<QString, sqlite3_stmt *> native;
    QByteArray text; // the UTF-8 of a statement's text values while it runs
    QStringEncoder utf8{QStringEncoder::Utf8, QStringEncoder::Flag::Stateless};
    std::vector<Level> levels;   // the nested levels of the open transaction, innermost last
    std::optional<Error> doomed; // an undo that failed: the open transaction must roll back
    /// table → ids hasRow found live inside the open transaction; no other connection writes
    /// while it is open, and statements that could change that clear it (materialise, undo).
    QHash<QString, QSet<QString>> live;
    QHash<QString, std::array<QString, 2>> existsSql; // table → hasRow's query: any, live only
    std::optional<QString> author; // the current user while a transaction is open (currentUserId)
    QDateTime lastWrite;           // the time writeRow stamped its row with
    std::optional<std::vector<Stage>> stages; // the sales process while a transaction is open
};

Store::Store(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_pending(std::make_unique<Pending>())
{
}

Store::~Store()
{
    m_pending.reset(); // prepared queries must go before the connection
    {
        QSqlDatabase d = QSqlDatabase::database(m_connectionName, false);
        d.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Store::db() const
{
    m_pending->materialise();
    return m_pending->db.isValid() ? m_pending->db : QSqlDatabase::database(m_connectionName, false);
}

Result<std::unique_ptr<Store>> Store::open(const QString &path, int targetVersion)
{
    const QFileInfo info(path);
    if (info.exists() && info.size() > 0) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Io, tr("Cannot read %1: %2").arg(quoted(path), f.errorString()));
        if (f.read(16) != QByteArray("SQLite format 3\0", 16))
            return makeError(ErrorCode::NotADatabase,
                             tr("%1 is not a KAM Desk store (it is not an SQLite database).")
                                 .arg(quoted(path)));
    } else if (!info.absoluteDir().exists()) {
        return makeError(ErrorCode::NotFound,
                         tr("Cannot create %1: the folder does not exist.").arg(quoted(path)));
    }

    const QString connection = QStringLiteral("kam-store-") + newRowId();
    std::unique_ptr<Store> store(new Store(path, connection));
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        d.setDatabaseName(path);
        d.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!d.open())
            return makeError(ErrorCode::Io,
                             tr("Cannot open %1: %2").arg(quoted(path), d.lastError().text()));
    }
    QSqlDatabase d = store->db();

    // Inspect before anything that writes (journal_mode=WAL does), so a refused file stays as is.
    QSqlQuery q(d);
    if (!q.exec(QStringLiteral("SELECT (SELECT user_version FROM pragma_user_version), "
                               "(SELECT application_id FROM pragma_application_id), "
                               "(SELECT count(*) FROM sqlite_master)"))
        || !q.next())
        return makeError(ErrorCode::NotADatabase,
                         tr("%1 is not a KAM Desk store: %2").arg(quoted(path), q.lastError().text()));
    const int version = q.value(0).toInt();
    const int appId = q.value(1).toInt();
    const int objects = q.value(2).toInt();
    q.finish();
    if (version > kSchemaVersion)
        return makeError(ErrorCode::NewerSchema,
                         tr("%1 was written by a newer version of KAM Desk (store version %2; this "
                            "version reads up to %3). Update KAM Desk to open it.")
                             .arg(quoted(path))
                             .arg(version)
                             .arg(kSchemaVersion));
    if (appId != kApplicationId && (version > 0 || objects > 0))
        return makeError(ErrorCode::NotADatabase,
                         tr("%1 is an SQLite database of another program, not a KAM Desk store.")
                             .arg(quoted(path)));

    // Savepoint journals in memory: edits and nested transactions are savepoints;
    // a 64 MB page cache keeps a large import's index pages from spilling to the WAL.
    for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL",
                               "PRAGMA foreign_keys = ON", "PRAGMA temp_store = MEMORY",
                               "PRAGMA cache_size = -65536"})
        if (Result<void> r = execSql(d, QString::fromLatin1(pragma)); !r)
            return r.error();
    if (Result<void> r = migrate(d, targetVersion); !r)
        return r.error();

    store->m_pending->db = d;
    store->m_pending->sqlite = nativeHandle(d);
    if (!store->m_pending->sqlite)
        return makeError(ErrorCode::Io,
                         tr("Cannot open %1: Qt's SQLite driver does not run the SQLite library this "
                            "program was built with. Build KAM Desk with a Qt whose SQLite driver "
                            "uses the system SQLite (see the README).")
                             .arg(quoted(path)));
    if (targetVersion < kSchemaVersion)
        return store; // migration tests look at old schemas and write nothing

    if (store->currentUserId().isEmpty())
        if (Result<void> r = store->createPlaceholderIdentity(); !r)
            return r.error();
    return store;
}

Result<void> Store::createPlaceholderIdentity()
{
    // A new store gets a local identity from the OS account; login to a server replaces it
    // (SyncJournal::adoptIdentity), which the setting below lets it recognise.
    User me;
    me.name = qEnvironmentVariable("USERNAME", qEnvironmentVariable("USER"));
    if (me.name.isEmpty())
        me.name = tr("Me");
    return transaction([&]() -> Result<void> {
        Result<User> created = create(me);
        if (!created)
            return created.error();
        if (Result<void> r = setSetting(SyncJournal::kPlaceholderKey, created->meta.id); !r)
            return r;
        return setCurrentUserId(created->meta.id);
    });
}

QString Store::currentUserId() const
{
    // Read each time outside a transaction: the sync worker's connection may adopt a server
    // identity. Inside one the snapshot cannot change, and an import asks for every row.
    if (m_depth > 0 && m_pending->author)
        return *m_pending->author;
    Result<QString> id = setting(kLocalUserKey);
    const QString user = id ? *id : QString();
    if (m_depth > 0 && id)
        m_pending->author = user;
    return user;
}

Result<QString> Store::setting(const QString &key) const
{
    QString value;
    Result<void> r = run(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key},
                         [&](const QSqlQuery &q) { value = q.value(0).toString(); });
    if (!r)
        return r.error();
    return value;
}

Result<void> Store::setSetting(const QString &key, const QString &value)
{
    if (key == kLocalUserKey)
        m_pending->author.reset();
    if (value.isEmpty())
        return run(QStringLiteral("DELETE FROM settings WHERE key = ?"), {key});
    return run(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                              "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
               {key, value});
}

Result<void> Store::run(const QString &sql, const QVariantList &binds,
                        const std::function<void(const QSqlQuery &)> &row) const
{
    Result<QSqlQuery *> prepared = this->prepared(sql);
    if (!prepared)
        return prepared.error();
    QSqlQuery &q = **prepared;
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return dbError(q, sql.left(60));
    while (row && q.next())
        row(q);
    q.finish();
    return {};
}

Result<QSqlQuery *> Store::prepared(const QString &sql) const
{
    m_pending->materialise();
    auto it = m_pending->statements.find(sql);
    if (it == m_pending->statements.end()) {
        QSqlQuery q(db());
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            return dbError(q, sql.left(60));
        it = m_pending->statements.insert(sql, q);
    }
    return &*it;
}

int Store::schemaVersion() const
{
    QSqlQuery q(db());
    return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
}

Result<void> Store::setCurrentUserId(const QString &userId)
{
    Result<User> user = get<User>(userId);
    if (!user)
        return user.error();
    return setSetting(kLocalUserKey, userId);
}

Result<void> Store::transaction(const std::function<Result<void>()> &work)
{
    Pending &p = *m_pending;
    Transaction tx(db(), m_depth, QStringLiteral("BEGIN IMMEDIATE"),
                   [&p](const QString &sql) { return p.exec(sql); });
    if (!tx.begun())
        return tx.begun();
    const bool outermost = tx.isOutermost();
    if (!outermost)
        p.levels.push_back({m_depth - 1, true, true, {}});
    const size_t changed = p.changed.size();
    Result<void> r = work();
    if (!outermost)
        p.levels.pop_back();
    else if (r && p.doomed)
        r = *p.doomed;
    if (r)
        r = tx.commit();
    if (outermost) {
        p.author.reset();
        p.forgetReads();
        p.doomed.reset();
    }
    if (!r) {
        p.changed.resize(changed); // rolled back: nothing to announce
        p.forgetReads();
        return r;
    }
    if (outermost) {
        // Group ids per table, in first-write order, and announce after the commit. A sync
        // page writes thousands of rows: the set keeps this linear.
        struct Changed
        {
            QString table;
            QStringList ids;
            QSet<QString> seen;
        };
        std::vector<Changed> byTable;
        for (const auto &[table, id] : std::exchange(m_pending->changed, {})) {
            auto it = std::find_if(byTable.begin(), byTable.end(),
                                   [&](const Changed &e) { return e.table == table; });
            if (it == byTable.end()) {
                byTable.push_back({table, {}, {}});
                it = std::prev(byTable.end());
            }
            if (!it->seen.contains(id)) {
                it->seen.insert(id);
                it->ids << id;
            }
        }
        for (const Changed &c : byTable)
            emit rowsChanged(c.table, c.ids);
    }
    return r;
}

Result<void> Store::checkpointingOnce(const std::function<Result<void>()> &work)
{
    int every = 0;
    if (Result<void> r = run(QStringLiteral("PRAGMA wal_autocheckpoint"), {},
                             [&](const QSqlQuery &q) { every = q.value(0).toInt(); });
        !r)
        return r;
    if (Result<void> r = run(QStringLiteral("PRAGMA wal_autocheckpoint = 0"), {}); !r)
        return r;
    const Result<void> r = work();
    const Result<void> restored = run(QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(every), {});
    // Passive: it copies what no reader still needs, and the next commit's own checkpoint the rest.
    (void)run(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"), {});
    return r ? restored : r;
}

Result<void> Store::createLevel(const std::function<Result<void>()> &work)
{
    Pending &p = *m_pending;
    if (m_depth == 0)
        return transaction(work);
    const size_t changed = p.changed.size();
    p.levels.push_back({m_depth, false, p.levels.empty() || p.levels.back().savepoint, {}});
    ++m_depth;
    Result<void> r = work();
    --m_depth;
    Pending::Level level = std::move(p.levels.back());
    p.levels.pop_back();
    if (r && level.savepoint) {
        r = p.exec(QStringLiteral("RELEASE kam_sp%1").arg(level.depth));
        level.savepoint = !r;
    }
    if (r) {
        if (!level.parentHadSavepoint) {
            auto &parent = p.levels.back().inserted;
            parent.insert(parent.end(), level.inserted.begin(), level.inserted.end());
        }
        return r;
    }
    p.changed.resize(changed);
    p.undo(level);
    return r;
}

Result<void> Store::insert(const Insert &into, const std::vector<QVariant> &values)
{
    Pending &p = *m_pending;
    if (Result<bool> r = p.step(into.sql, values, [&] { return tr("writing %1").arg(into.table); }); !r)
        return r.error();
    if (!p.levels.empty() && !p.levels.back().savepoint)
        p.levels.back().inserted.emplace_back(&into, sqlite3_last_insert_rowid(p.sqlite));
    return {};
}

Result<bool> Store::hasRow(const QString &table, const QString &id, bool liveOnly) const
{
    Pending &p = *m_pending;
    const bool remember = liveOnly && m_depth > 0;
    if (remember) {
        const auto it = p.live.constFind(table);
        if (it != p.live.cend() && it->contains(id))
            return true;
    }
    auto sql = p.existsSql.find(table);
    if (sql == p.existsSql.end()) {
        const QString any = QStringLiteral("SELECT 1 FROM ") + table + QStringLiteral(" WHERE id = ?");
        sql = p.existsSql.insert(table, {any, any + QStringLiteral(" AND deleted_at IS NULL")});
    }
    const QString &query = (*sql)[liveOnly ? 1 : 0];
    Result<bool> found = p.step(query, {id}, [&] { return query; });
    if (remember && found && *found)
        p.live[table].insert(id);
    return found;
}

void Store::noteChanged(const QString &table, const QString &id)
{
    m_pending->changed.emplace_back(table, id);
}

template<typename T>
Result<T> Store::get(const QString &id) const
{
    Result<std::vector<T>> rows = cachedRows<T>(*this, QStringLiteral("WHERE id = ?"), {id});
    if (!rows)
        return rows.error();
    if (rows->empty())
        return makeError(ErrorCode::NotFound,
                         tr("No record %1 in %2.").arg(quoted(id), tableSpec<T>().table));
    return rows->front();
}

template<typename T>
Result<void> Store::writeRow(const T *before, const T &after, const QString &op)
{
    const TableSpec<T> &spec = tableSpec<T>();
    m_pending->lastWrite = fromStoredTime(toStoredTime(m_clock()));
    const QString now = toStoredTime(m_pending->lastWrite);

    // (field, old, new) for every column that differs; deleted_at is a field like the others.
    std::vector<FieldChange> changes;
    std::vector<QVariant> values; // of `after`, in column order
    values.reserve(spec.columns.size());
    for (const auto &c : spec.columns) {
        const QVariant &newValue = values.emplace_back(c.get(after));
        const QVariant oldValue = before ? c.get(*before) : QVariant();
        if (!sameValue(oldValue, newValue))
            changes.push_back({c.name, oldValue, newValue});
    }
    const QVariant oldDeleted = before && before->meta.isDeleted()
                                    ? QVariant(toStoredTime(before->meta.deletedAt))
                                    : QVariant();
    const QVariant newDeleted = after.meta.isDeleted() ? QVariant(toStoredTime(after.meta.deletedAt))
                                                       : QVariant();
    if (!sameValue(oldDeleted, newDeleted))
        changes.push_back({QStringLiteral("deleted_at"), oldDeleted, newDeleted});
    if (changes.empty())
        return {}; // a no-op edit writes nothing, not even updated_at

    // Called inside the transaction of create / update / remove / restore, which makes the row
    // and its journal entries one unit.
    Q_ASSERT(m_depth > 0);
    if (!before) {
        static const Insert into = [&] {
            QStringList names = {QStringLiteral("id"), QStringLiteral("created_at"),
                                 QStringLiteral("updated_at"), QStringLiteral("server_rev"),
                                 QStringLiteral("deleted_at")};
            for (const auto &c : spec.columns)
                names << c.name;
            return Insert(spec.table, names);
        }();
        // An imported row keeps the day it was made in the system it comes from.
        std::vector<QVariant> row = {after.meta.id,
                                     after.meta.createdAt.isValid() ? toStoredTime(after.meta.createdAt) : now,
                                     now, 0, newDeleted};
        row.insert(row.end(), values.begin(), values.end());
        if (Result<void> r = insert(into, row); !r)
            return r;
    } else {
        QSqlQuery update(db());
        QStringList sets;
        for (const FieldChange &c : changes)
            sets << c.field + QStringLiteral(" = ?");
        sets << QStringLiteral("updated_at = ?");
        update.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(spec.table, sets.join(u',')));
        for (const FieldChange &c : changes)
            update.addBindValue(c.newValue);
        update.addBindValue(now);
        update.addBindValue(after.meta.id);
        if (!update.exec())
            return dbError(update, tr("writing %1").arg(spec.table));
    }

    const QString author = currentUserId();
    if (Result<void> r = insert(Pending::journal(), {newRowId(), spec.table, after.meta.id, op,
                                          before ? before->meta.serverRev : 0,
                                          author.isEmpty() ? QVariant() : QVariant(author), now,
                                          journalFieldsJson(changes)});
        !r)
        return r;
    noteChanged(spec.table, after.meta.id);
    if constexpr (std::is_same_v<T, Stage>)
        m_pending->stages.reset();
    return {};
}

template<typename T>
Result<T> Store::create(T row)
{
    // Undo commands choose the id up front, so redo recreates the same row; only such an id
    // can collide.
    const bool idGiven = !row.meta.id.isEmpty();
    if (!idGiven)
        row.meta.id = newRowId();
    row.meta.deletedAt = {};
    row.meta.serverRev = 0;
    // A given creation time (an imported row's, or the original's on redo) is kept; a time
    // after now is a clock or file error, not history.
    if (row.meta.createdAt.isValid() && row.meta.createdAt > m_clock().addSecs(60))
        return invalid(tr("The record's creation time %1 is in the future.").arg(toStoredTime(row.meta.createdAt)));
    if (Result<void> v = validate(row); !v)
        return v.error();
    if (idGiven) {
        Result<bool> taken = hasRow(tableSpec<T>().table, row.meta.id, false);
        if (!taken)
            return taken.error();
        if (*taken)
            return makeError(ErrorCode::Duplicate, tr("A record with id %1 already exists.").arg(quoted(row.meta.id)));
    }
    QDateTime stamped;
    const Result<void> written = createLevel([&]() -> Result<void> {
        if constexpr (std::is_same_v<T, Stage>) {
            // A first stage of its own must not replace the built-in process it extends.
            const std::vector<Stage> builtIn = builtInStages();
            if (std::none_of(builtIn.begin(), builtIn.end(), [&](const Stage &s) { return s.meta.id == row.meta.id; }))
                if (Result<void> r = storeBuiltInStages(); !r)
                    return r;
        }
        if (Result<void> r = writeRow<T>(nullptr, row, QStringLiteral("insert")); !r)
            return r;
        stamped = m_pending->lastWrite;
        return recordFacts<T>(nullptr, row);
    });
    if (!written)
        return written.error();
    // The row as stored, without reading it back: the meta columns writeRow set, and the
    // columns a read would give otherwise (a local time comes back in UTC).
    T stored = row;
    if (!stored.meta.createdAt.isValid())
        stored.meta.createdAt = stamped;
    stored.meta.updatedAt = stamped;
    for (const ColumnSpec<T> &c : tableSpec<T>().columns)
        if (c.normalised)
            c.set(stored, c.get(row));
    return stored;
}

template<typename T>
Result<void> Store::update(const T &row)
{
    Result<T> before = get<T>(row.meta.id);
    if (!before)
        return before.error();
    if (before->meta.isDeleted())
        return makeError(ErrorCode::NotFound, tr("This record was deleted; restore it before editing."));
    T after = row;
    after.meta = before->meta; // meta columns are the store's, not the caller's
    if constexpr (std::is_same_v<T, Plan>) {
        if (after.accountId != before->accountId)
            return invalid(tr("A plan stays with its account; start a plan for the other account instead."));
        after.version = before->version; // the store counts versions
        // What was approved stays on record: taking an approved plan back to draft or editing
        // it starts its next version (a draft, unless the edit chose another status).
        if (before->status == PlanStatus::Approved && !sameFields(*before, after)) {
            if (after.status == PlanStatus::Approved)
                after.status = PlanStatus::Draft;
            after.version = before->version + 1;
        }
    }
    if (Result<void> v = validate(after); !v)
        return v;
    return transaction([&]() -> Result<void> {
        if (Result<void> r = writeRow<T>(&*before, after, QStringLiteral("update")); !r)
            return r;
        return recordFacts<T>(&*before, after);
    });
}

namespace {

/// What a history row of an account decision (lifecycle, tier) records: the account field it
/// sets and the change's from/to members.
template<typename Change>
struct AccountDecision;

template<>
struct AccountDecision<LifecycleChange>
{
    static constexpr auto field = &Account::lifecycle;
    static constexpr auto from = &LifecycleChange::fromStage;
    static constexpr auto to = &LifecycleChange::toStage;
    /// Every account starts somewhere in its lifecycle, so its creation is a record.
    static bool recordedAtCreation(const Account &) { return true; }
};

template<>
struct AccountDecision<TierChange>
{
    static constexpr auto field = &Account::tier;
    static constexpr auto from = &TierChange::fromTier;
    static constexpr auto to = &TierChange::toTier;
    /// An account made unrated has not been tiered yet: nothing to record.
    static bool recordedAtCreation(const Account &a) { return a.tier != Tier::Unrated; }
};

} // namespace

template<typename Change>
Result<void> Store::recordAccountChange(const Account *before, const Account &after)
{
    using D = AccountDecision<Change>;
    if (before ? before->*D::field == after.*D::field : !D::recordedAtCreation(after))
        return {};
    Change change;
    change.accountId = after.meta.id;
    change.*D::from = before ? before->*D::field : after.*D::field;
    change.*D::to = after.*D::field;
    change.changedAt = m_clock();
    change.changedBy = currentUserId();
    Result<Change> r = create(change);
    return r ? Result<void>{} : Result<void>{r.error()};
}

template<typename Change>
Result<Change> Store::decideOnAccount(Change change)
{
    using D = AccountDecision<Change>;
    Result<Account> account = get<Account>(change.accountId);
    if (!account || account->meta.isDeleted())
        return makeError(ErrorCode::NotFound, tr("The account does not exist."));
    change.*D::from = (*account).*D::field;
    change.reason = change.reason.trimmed();
    change.changedAt = m_clock();
    change.changedBy = currentUserId();
    Change written;
    const Result<void> done = transaction([&]() -> Result<void> {
        Result<Change> created = create(change);
        if (!created)
            return created.error();
        written = std::move(created).value();
        if ((*account).*D::field == change.*D::to)
            return {}; // a confirmation
        return setDecidedUnrecorded<Change>(*account, change.*D::to);
    });
    if (!done)
        return done.error();
    return written;
}

template<typename Change, typename Value>
Result<void> Store::setDecidedUnrecorded(Account account, Value value)
{
    account.*AccountDecision<Change>::field = value;
    m_decidingOnAccount = true;
    const Result<void> r = update(account);
    m_decidingOnAccount = false;
    return r;
}

template<typename Change>
Result<void> Store::withdrawDecision(const QString &changeId)
{
    using D = AccountDecision<Change>;
    Result<Change> change = get<Change>(changeId);
    if (!change)
        return change.error();
    return transaction([&]() -> Result<void> {
        if (Result<void> r = remove<Change>(changeId); !r)
            return r;
        Result<Account> account = get<Account>(change->accountId);
        if (!account)
            return account.error();
        // A value set since (in the form, by a colleague) is newer than the decision: it stays.
        if (account->meta.isDeleted() || (*account).*D::field != change.value().*D::to)
            return {};
        return setDecidedUnrecorded<Change>(*account, change.value().*D::from);
    });
}

template<typename Change>
Result<void> Store::reinstateDecision(const QString &changeId)
{
    using D = AccountDecision<Change>;
    Result<Change> change = get<Change>(changeId);
    if (!change)
        return change.error();
    return transaction([&]() -> Result<void> {
        if (Result<void> r = restore<Change>(changeId); !r)
            return r;
        Result<Account> account = get<Account>(change->accountId);
        if (!account)
            return account.error();
        // As in withdrawDecision: a value set since the undo (in the form, by a colleague) stays.
        if (account->meta.isDeleted() || (*account).*D::field != change.value().*D::from)
            return {};
        return setDecidedUnrecorded<Change>(*account, change.value().*D::to);
    });
}

template<typename T>
Result<void> Store::recordFacts(const T *before, const T &after)
{
    if constexpr (std::is_same_v<T, Opportunity>) {
        if (before && before->accountId != after.accountId) {
            // The history travels with its deal (it is scoped to the deal's account).
            Result<std::vector<StageChange>> history = stageChanges(after.meta.id);
            if (!history)
                return history.error();
            for (StageChange c : *history) {
                c.accountId = after.accountId;
                if (Result<void> r = update(c); !r)
                    return r;
            }
        }
        if (before && before->stageId == after.stageId && before->status == after.status)
            return {};
        // Written as the store's own fact, inside the deal's write (no validation, no savepoint
        // of its own: an import writes one per deal).
        const auto record = [&](DealStatus status, const QDateTime &at) {
            StageChange change;
            change.meta.id = newRowId();
            change.opportunityId = after.meta.id;
            change.accountId = after.accountId;
            change.fromStageId = before ? before->stageId : QString();
            change.toStageId = after.stageId;
            change.status = status;
            change.changedAt = at;
            change.changedBy = currentUserId();
            return writeRow<StageChange>(nullptr, change, QStringLiteral("insert"));
        };
        // A deal imported with its history starts when it was made and, if closed, closes on
        // its close day, so cycle times and the funnel see when things happened.
        if (!before && after.meta.createdAt.isValid()) {
            if (after.status == DealStatus::Open || !after.closedOn.isValid())
                return record(after.status, after.meta.createdAt);
            if (Result<void> r = record(DealStatus::Open, after.meta.createdAt); !r)
                return r;
            const QDateTime closed = std::max(after.meta.createdAt, after.closedOn.startOfDay().addSecs(12 * 3600));
            return record(after.status, std::min(closed, m_clock()));
        }
        return record(after.status, m_clock());
    } else if constexpr (std::is_same_v<T, Account>) {
        // decideLifecycle and decideTier write their own change, with the proposal and the reason.
        if (m_decidingOnAccount)
            return {};
        if (Result<void> r = recordAccountChange<LifecycleChange>(before, after); !r)
            return r;
        return recordAccountChange<TierChange>(before, after);
    } else if constexpr (std::is_same_v<T, Plan>) {
        if (before && before->status == after.status && before->version == after.version)
            return {};
        PlanChange change;
        change.planId = after.meta.id;
        change.accountId = after.accountId;
        change.version = after.version;
        change.status = after.status;
        change.changedAt = m_clock();
        change.changedBy = currentUserId();
        Result<PlanChange> r = create(change);
        return r ? Result<void>{} : Result<void>{r.error()};
    } else {
        Q_UNUSED(before)
        Q_UNUSED(after)
        return {};
    }
}

template<typename T>
Result<void> Store::remove(const QString &id)
{
    Result<T> before = get<T>(id);
    if (!before)
        return before.error();
    if (before->meta.isDeleted())
        return {};
    if constexpr (std::is_same_v<T, Account>) {
        QSqlQuery q(db());
        q.prepare(QStringLiteral(
            "SELECT count(*) FROM accounts WHERE parent_id = ? AND deleted_at IS NULL"));
        q.addBindValue(id);
        if (!q.exec() || !q.next())
            return dbError(q, tr("checking branches"));
        if (const int branches = q.value(0).toInt(); branches > 0)
            return makeError(ErrorCode::Invalid,
                             tr("%1 has %n branch account(s); move or delete the branches first.", nullptr,
                                branches)
                                 .arg(quoted(before->legalName)));
    }
    if constexpr (std::is_same_v<T, Stage>) {
        QSqlQuery q(db());
        // Won and lost deals keep their stage too: their history and edits need it.
        q.prepare(QStringLiteral("SELECT count(*), (SELECT count(*) FROM pipeline_stages WHERE deleted_at IS NULL) "
                                 "FROM opportunities WHERE stage_id = ? AND deleted_at IS NULL"));
        q.addBindValue(id);
        if (!q.exec() || !q.next())
            return dbError(q, tr("checking the stage's deals"));
        if (const int deals = q.value(0).toInt(); deals > 0)
            return makeError(ErrorCode::Invalid,
                             tr("%n deal(s) are in the stage %1; move them to another stage first.", nullptr, deals)
                                 .arg(quoted(stageName(*before))));
        if (q.value(1).toInt() <= 1)
            return makeError(ErrorCode::Invalid, tr("The sales process needs at least one stage."));
    }
    if constexpr (std::is_same_v<T, Product>) {
        // Ids are UUIDs: one inside the comma-separated list never matches by accident.
        Result<QString> deal = firstMatch(*this,
                                          QStringLiteral("SELECT title FROM opportunities WHERE deleted_at IS NULL "
                                                         "AND ',' || product_ids || ',' LIKE '%,' || ? || ',%' LIMIT 1"),
                                          {id});
        if (!deal)
            return deal.error();
        if (!deal->isEmpty())
            return makeError(ErrorCode::Invalid, tr("%1 is in the deal %2; take it out of the deal first.")
                                                     .arg(quoted(before->name), quoted(*deal)));
    }
    T after = *before;
    after.meta.deletedAt = m_clock();
    return transaction([&] { return writeRow<T>(&*before, after, QStringLiteral("delete")); });
}

template<typename T>
Result<void> Store::restore(const QString &id)
{
    Result<T> before = get<T>(id);
    if (!before)
        return before.error();
    if (!before->meta.isDeleted())
        return {};
    T after = *before;
    after.meta.deletedAt = {};
    if (Result<void> v = validate(after); !v)
        return v;
    return transaction([&] { return writeRow<T>(&*before, after, QStringLiteral("restore")); });
}

// --- validation ----------------------------------------------------------------------------

namespace {

bool isEmail(const QString &s)
{
    static const QRegularExpression re(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    return re.match(s).hasMatch();
}

/// NotFound with `message` unless `table` has a live row `id`.
Result<void> mustBeLive(const Store &store, const QString &table, const QString &id, const QString &message)
{
    Result<bool> found = store.hasRow(table, id, true);
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorCode::NotFound, message);
    return {};
}

} // namespace

Result<void> Store::validate(const Account &a) const
{
    if (a.legalName.trimmed().isEmpty())
        return invalid(tr("The legal name is required."));
    if (a.legalName.size() > 200)
        return invalid(tr("The legal name is longer than 200 characters."));
    if (!a.creditCode.isEmpty()) {
        if (!isValidCreditCode(a.creditCode))
            return invalid(tr("%1 is not a valid unified social credit code: it must be 18 "
                              "characters (digits and capital letters except I, O, S, V, Z) "
                              "ending in the correct check character.")
                               .arg(quoted(a.creditCode)));
        Result<QString> other = firstMatch(*this,
            QStringLiteral("SELECT legal_name FROM accounts WHERE credit_code = ? AND id <> ? "
                           "AND deleted_at IS NULL LIMIT 1"),
            {a.creditCode, a.meta.id});
        if (!other)
            return other.error();
        if (!other->isEmpty())
            return makeError(ErrorCode::Duplicate,
                             tr("The credit code %1 is already used by %2.")
                                 .arg(quoted(a.creditCode), quoted(*other)));
    }
    static const QRegularExpression taxRe(QStringLiteral("^[0-9A-Z]{15,20}$"));
    if (!a.taxId.isEmpty() && !taxRe.match(a.taxId).hasMatch())
        return invalid(tr("The tax id %1 must be 15 to 20 digits or capital letters.").arg(quoted(a.taxId)));
    if (!isCurrencyCode(a.currency))
        return invalid(tr("%1 is not a currency code such as CNY or USD.").arg(quoted(a.currency)));
    if (a.annualRevenueMinor < 0)
        return invalid(tr("The annual revenue cannot be negative."));
    if (a.paymentOverdueDays < 0)
        return invalid(tr("Days of overdue payment cannot be negative."));
    if (a.strategicFit < 0 || a.strategicFit > 5)
        return invalid(tr("Strategic fit is rated 1 to 5 (or not rated), not %1.").arg(a.strategicFit));
    if (!a.ownerId.isEmpty()) {
        if (Result<void> r = mustBeLive(*this, QStringLiteral("users"), a.ownerId, tr("The owner does not exist.")); !r)
            return r;
    }
    // The parent must be a live account, and following parents must never lead back here.
    QString parent = a.parentId;
    for (int depth = 0; !parent.isEmpty(); ++depth) {
        if (parent == a.meta.id || depth > kMaxHierarchyDepth)
            return invalid(tr("An account cannot be its own group or a branch of its own branch."));
        Result<std::vector<Account>> rows =
            selectRows<Account>(db(), QStringLiteral("WHERE id = ? AND deleted_at IS NULL"), {parent});
        if (!rows)
            return rows.error();
        if (rows->empty())
            return makeError(ErrorCode::NotFound, tr("The parent account does not exist."));
        parent = rows->front().parentId;
    }
    return {};
}

Result<void> Store::validate(const Contact &c) const
{
    if (c.name.trimmed().isEmpty())
        return invalid(tr("The contact's name is required."));
    if (Result<void> r = mustBeLive(*this, QStringLiteral("accounts"), c.accountId, tr("The contact's account does not exist.")); !r)
        return r;
    if (!c.email.isEmpty() && !isEmail(c.email))
        return invalid(tr("%1 is not an e-mail address.").arg(quoted(c.email)));
    if (c.influence < 1 || c.influence > 5)
        return invalid(tr("Influence must be between 1 and 5."));
    if (c.relationship < 0 || c.relationship > 5)
        return invalid(tr("Relationship strength must be between 0 and 5."));
    static const QRegularExpression point(QStringLiteral(R"(^-?\d+(\.\d+)?,-?\d+(\.\d+)?$)"));
    if (!c.mapPosition.isEmpty() && !point.match(c.mapPosition).hasMatch())
        return invalid(tr("%1 is not a place in the relationship map (x,y).").arg(quoted(c.mapPosition)));
    QString boss = c.reportsToId;
    for (int depth = 0; !boss.isEmpty(); ++depth) {
        if (boss == c.meta.id || depth > kMaxHierarchyDepth)
            return invalid(tr("A contact cannot report to themselves, directly or through others."));
        Result<std::vector<Contact>> rows =
            selectRows<Contact>(db(), QStringLiteral("WHERE id = ? AND deleted_at IS NULL"), {boss});
        if (!rows)
            return rows.error();
        if (rows->empty() || rows->front().accountId != c.accountId)
            return invalid(tr("A contact can only report to a contact of the same account."));
        boss = rows->front().reportsToId;
    }
    return {};
}

Result<void> Store::validate(const User &u) const
{
    if (u.name.trimmed().isEmpty())
        return invalid(tr("The user's name is required."));
    if (!u.email.isEmpty() && !isEmail(u.email))
        return invalid(tr("%1 is not an e-mail address.").arg(quoted(u.email)));
    return {};
}

Result<void> Store::validate(const TeamMember &m) const
{
    if (Result<void> r = mustBeLive(*this, QStringLiteral("accounts"), m.accountId, tr("The account does not exist.")); !r)
        return r;
    Result<QString> user = firstMatch(*this, QStringLiteral("SELECT name FROM users WHERE id = ? AND deleted_at IS NULL"), {m.userId});
    if (!user)
        return user.error();
    if (user->isEmpty())
        return makeError(ErrorCode::NotFound, tr("The user does not exist."));
    Result<QString> twin = firstMatch(*this,
        QStringLiteral("SELECT id FROM account_team WHERE account_id = ? AND user_id = ? AND id <> ? "
                       "AND deleted_at IS NULL"),
        {m.accountId, m.userId, m.meta.id});
    if (!twin)
        return twin.error();
    if (!twin->isEmpty())
        return makeError(ErrorCode::Duplicate, tr("%1 is already on this account's team.").arg(quoted(*user)));
    return {};
}

Result<void> Store::validate(const Stage &s) const
{
    if (s.key.trimmed().isEmpty())
        return invalid(tr("A stage needs a key."));
    if (s.name.trimmed().isEmpty() && stageName(s) == s.key) // only built-in stages go by their key
        return invalid(tr("A stage needs a name."));
    if (s.name.size() > 60)
        return invalid(tr("The stage name is longer than 60 characters."));
    if (s.position < 0)
        return invalid(tr("A stage's position cannot be negative."));
    if (s.probability < 0 || s.probability > 100)
        return invalid(tr("A probability is between 0 and 100 %."));
    Result<QString> twin = firstMatch(*this, QStringLiteral("SELECT id FROM pipeline_stages WHERE key = ? AND id <> ? AND deleted_at IS NULL"),
        {s.key, s.meta.id});
    if (!twin)
        return twin.error();
    if (!twin->isEmpty())
        return makeError(ErrorCode::Duplicate, tr("Another stage has the key %1.").arg(quoted(s.key)));
    return {};
}

Result<void> Store::validate(const Product &p) const
{
    if (p.name.trimmed().isEmpty())
        return invalid(tr("The product's name is required."));
    if (p.listPriceMinor < 0)
        return invalid(tr("The list price cannot be negative."));
    if (!isCurrencyCode(p.currency))
        return invalid(tr("%1 is not a currency code such as CNY or USD.").arg(quoted(p.currency)));
    return {};
}

namespace {
/// The local day a row was (or, being new, is being) created, for "not before creation" checks.
QDate createdDay(const RowMeta &meta, const QDateTime &now)
{
    // Local, like the close dates the user picks: a deal made at 20:00 in UTC−5 closes "today".
    return (meta.createdAt.isValid() ? meta.createdAt : now).toLocalTime().date();
}
} // namespace

Result<void> Store::validate(const Opportunity &o) const
{
    if (o.title.trimmed().isEmpty())
        return invalid(tr("The deal's title is required."));
    if (o.title.size() > 200)
        return invalid(tr("The deal's title is longer than 200 characters."));
    if (Result<void> r = mustBeLive(*this, QStringLiteral("accounts"), o.accountId, tr("The deal's account does not exist.")); !r)
        return r;
    if (o.amountMinor < 0)
        return invalid(tr("The deal's amount cannot be negative."));
    if (!isCurrencyCode(o.currency))
        return invalid(tr("%1 is not a currency code such as CNY or USD.").arg(quoted(o.currency)));
    if (o.probability < 0 || o.probability > 100)
        return invalid(tr("A probability is between 0 and 100 %."));
    Result<std::vector<Stage>> process = stages();
    if (!process)
        return process.error();
    if (std::none_of(process->begin(), process->end(), [&](const Stage &s) { return s.meta.id == o.stageId; }))
        return makeError(ErrorCode::NotFound, tr("The deal's stage is not a stage of the sales process."));
    const QDate created = createdDay(o.meta, m_clock());
    if (!o.expectedClose.isValid() && o.status == DealStatus::Open)
        return invalid(tr("An open deal needs an expected close date."));
    if (o.expectedClose.isValid() && o.expectedClose < created)
        return invalid(tr("The expected close date %1 is before the deal was created (%2).")
                           .arg(o.expectedClose.toString(Qt::ISODate), created.toString(Qt::ISODate)));
    if (o.status != DealStatus::Open) {
        if (!o.closedOn.isValid())
            return invalid(tr("A won or lost deal needs the date it closed."));
        if (o.closedOn < created)
            return invalid(tr("The deal cannot close (%1) before it was created (%2).")
                               .arg(o.closedOn.toString(Qt::ISODate), created.toString(Qt::ISODate)));
    }
    if (!o.ownerId.isEmpty()) {
        if (Result<void> r = mustBeLive(*this, QStringLiteral("users"), o.ownerId, tr("The owner does not exist.")); !r)
            return r;
    }
    for (const QString &product : o.products()) {
        if (Result<void> r = mustBeLive(*this, QStringLiteral("products"), product, tr("The product %1 is not in the catalogue.").arg(quoted(product))); !r)
            return r;
    }
    return {};
}

Result<void> Store::validate(const StageChange &c) const
{
    if (c.opportunityId.isEmpty() || c.toStageId.isEmpty() || !c.changedAt.isValid())
        return invalid(tr("A stage change names its deal, its stage and its time."));
    return {};
}

Result<void> Store::validate(const Activity &a) const
{
    if (Result<void> r = mustBeLive(*this, QStringLiteral("accounts"), a.accountId, tr("The activity's account does not exist.")); !r)
        return r;
    if (a.summary.trimmed().isEmpty())
        return invalid(tr("The activity needs a summary."));
    if (!a.occurredAt.isValid())
        return invalid(tr("The activity needs its date and time."));
    // The due date is a calendar date as the manager sees it: compare it with the local day.
    const QDate day = a.occurredAt.toLocalTime().date();
    if (a.dueOn.isValid() && a.dueOn < day)
        return invalid(tr("The next step cannot be due (%1) before the activity took place (%2).")
                           .arg(a.dueOn.toString(Qt::ISODate), day.toString(Qt::ISODate)));
    if (a.costMinor < 0)
        return invalid(tr("The activity's cost cannot be negative."));
    if (!isCurrencyCode(a.currency))
        return invalid(tr("%1 is not a currency code such as CNY or USD.").arg(quoted(a.currency)));
    for (const QString &contact : a.contacts()) {
        Result<QString> known = firstMatch(*this, QStringLiteral("SELECT id FROM contacts WHERE id = ? AND account_id = ? AND deleted_at IS NULL"),
            {contact, a.accountId});
        if (!known)
            return known.error();
        if (known->isEmpty())
            return makeError(ErrorCode::NotFound, tr("A contact of the activity is not a contact of its account."));
    }
    if (!a.opportunityId.isEmpty()) {
        if (Result<void> r = mustBeLive(*this, QStringLiteral("opportunities"), a.opportunityId,
                                        tr("The activity's deal does not exist."));
            !r)
            return r;
    }
    return {};
}

Result<void> Store::validate(const SalesTarget &t) const
{
    static const QRegularExpression period(QStringLiteral(R"(^\d{4}-(0[1-9]|1[0-2]|Q[1-4])$)"));
    if (!period.match(t.period).hasMatch())
        return invalid(tr("%1 is not a period: write a month as 2027-03 or a quarter as 2027-Q1.")
                           .arg(quoted(t.period)));
    if (t.amountMinor < 0)
        return invalid(tr("A target cannot be negative."));
    if (!isCurrencyCode(t.currency))
        return invalid(tr("%1 is not a currency code such as CNY or USD.").arg(quoted(t.currency)));
    Result<QString> twin = firstMatch(*this,
        QStringLiteral("SELECT id FROM sales_targets WHERE coalesce(owner_id, '') = ? AND period = ? AND id <> ? "
                       "AND deleted_at IS NULL"),
        {t.ownerId.isEmpty() ? QStringLiteral("") : t.ownerId, t.period, t.meta.id}); // '' is the team, not NULL
    if (!twin)
        return twin.error();
    if (!twin->isEmpty())
        return makeError(ErrorCode::Duplicate, tr("There is a target for %1 already.").arg(quoted(t.period)));
    return {};
}

namespace {

Result<void> mustBePercent(double value, const QString &what)
{
    if (!(value >= 0 && value <= 100))
        return invalid(Store::tr("%1 must be between 0 and 100 %.").arg(what));
    return {};
}

} // namespace

Result<void> Store::validate(const Plan &p) const
{
    if (Result<void> r = mustBeLive(*this, QStringLiteral("accounts"), p.accountId, tr("The plan's account does not exist.")); !r)
        return r;
    if (!planPeriodDays(p.period))
        return invalid(tr("%1 is not a plan period: write a year as 2027 or a half-year as 2027-H1.")
                           .arg(quoted(p.period)));
    if (p.title.trimmed().isEmpty())
        return invalid(tr("The plan needs a title."));
    if (p.version < 1)
        return invalid(tr("A plan's version starts at 1."));
    if (!isCurrencyCode(p.currency))
        return invalid(tr("%1 is not a currency code such as CNY or USD.").arg(quoted(p.currency)));
    if (p.revenueBaselineMinor < 0 || p.revenueTargetMinor < 0)
        return invalid(tr("Revenue figures of a plan cannot be negative."));
    for (const auto &[value, what] : {std::pair{p.marginBaseline, tr("Last period's gross margin")},
                                      std::pair{p.marginTarget, tr("The gross margin target")},
                                      std::pair{p.walletBaseline, tr("Last period's share of wallet")},
                                      std::pair{p.walletTarget, tr("The share of wallet target")}})
        if (Result<void> r = mustBePercent(value, what); !r)
            return r;
    if (!p.ownerId.isEmpty())
        if (Result<void> r = mustBeLive(*this, QStringLiteral("users"), p.ownerId, tr("The owner does not exist.")); !r)
            return r;
    Result<QString> twin = firstMatch(*this, QStringLiteral("SELECT title FROM plans WHERE account_id = ? AND period = ? AND id <> ? AND deleted_at IS NULL"),
        {p.accountId, p.period, p.meta.id});
    if (!twin)
        return twin.error();
    if (!twin->isEmpty())
        return makeError(ErrorCode::Duplicate, tr("The account has a plan for %1 already: %2.")
                                                   .arg(planPeriodLabel(p.period), quoted(*twin)));
    return {};
}

template<typename T>
Result<Plan> Store::sectionPlan(const T &row) const
{
    Result<Plan> plan = get<Plan>(row.planId);
    if (!plan || plan->meta.isDeleted())
        return makeError(ErrorCode::NotFound, tr("The plan does not exist."));
    if (plan->accountId != row.accountId)
        return invalid(tr("A plan's sections belong to the plan's account."));
    return plan;
}

Result<void> Store::validate(const PlanObjective &o) const
{
    if (Result<Plan> plan = sectionPlan(o); !plan)
        return plan.error();
    if (o.title.trimmed().isEmpty())
        return invalid(tr("The objective needs a title."));
    if (o.progress < 0 || o.progress > 100)
        return invalid(tr("Progress must be between 0 and 100 %."));
    return {};
}

Result<void> Store::validate(const PlanAction &a) const
{
    Result<Plan> plan = sectionPlan(a);
    if (!plan)
        return plan.error();
    if (a.title.trimmed().isEmpty())
        return invalid(tr("The action needs a title."));
    const QDate start = planPeriodDays(plan->period)->first;
    if (a.dueOn.isValid() && a.dueOn < start)
        return invalid(tr("The action %1 cannot be due (%2) before the plan starts (%3).")
                           .arg(quoted(a.title), a.dueOn.toString(Qt::ISODate), start.toString(Qt::ISODate)));
    if (!a.ownerId.isEmpty())
        if (Result<void> r = mustBeLive(*this, QStringLiteral("users"), a.ownerId, tr("The action's owner does not exist.")); !r)
            return r;
    if (!a.objectiveId.isEmpty()) {
        Result<PlanObjective> objective = get<PlanObjective>(a.objectiveId);
        if (!objective || objective->meta.isDeleted() || objective->planId != a.planId)
            return makeError(ErrorCode::NotFound, tr("The action's objective is not an objective of its plan."));
    }
    return {};
}

Result<void> Store::validate(const PlanRisk &r) const
{
    if (Result<Plan> plan = sectionPlan(r); !plan)
        return plan.error();
    if (r.title.trimmed().isEmpty())
        return invalid(tr("The risk needs a title."));
    if (r.likelihood < 1 || r.likelihood > 5 || r.impact < 1 || r.impact > 5)
        return invalid(tr("Likelihood and impact must be between 1 and 5."));
    return {};
}

Result<void> Store::validate(const WhitespaceCell &c) const
{
    if (Result<Plan> plan = sectionPlan(c); !plan)
        return plan.error();
    if (c.productLine.trimmed().isEmpty() || c.segment.trimmed().isEmpty())
        return invalid(tr("A whitespace cell needs its product line and its branch or buying centre."));
    if (c.state == Whitespace::Competitor && c.competitor.trimmed().isEmpty())
        return invalid(tr("Name the competitor the segment buys %1 from.").arg(quoted(c.productLine)));
    if (c.valueMinor < 0)
        return invalid(tr("A whitespace value cannot be negative."));
    Result<QString> twin = firstMatch(*this,
        QStringLiteral("SELECT id FROM whitespace_cells WHERE plan_id = ? AND product_line = ? AND segment = ? "
                       "AND id <> ? AND deleted_at IS NULL"),
        {c.planId, c.productLine, c.segment, c.meta.id});
    if (!twin)
        return twin.error();
    if (!twin->isEmpty())
        return makeError(ErrorCode::Duplicate, tr("The grid has a cell for %1 in this segment already.")
                                                   .arg(quoted(c.productLine)));
    return {};
}

Result<void> Store::validate(const PlanChange &c) const
{
    if (Result<Plan> plan = sectionPlan(c); !plan)
        return plan.error();
    if (!c.changedAt.isValid())
        return invalid(tr("A plan's status change needs its time."));
    return {};
}

Result<void> Store::validate(const SatisfactionResponse &r) const
{
    if (Result<void> live = mustBeLive(*this, QStringLiteral("accounts"), r.accountId,
                                       tr("The response's account does not exist."));
        !live)
        return live;
    if (!r.contactId.isEmpty()) {
        Result<QString> known = firstMatch(*this, QStringLiteral("SELECT id FROM contacts WHERE id = ? AND account_id = ? AND deleted_at IS NULL"),
            {r.contactId, r.accountId});
        if (!known)
            return known.error();
        if (known->isEmpty())
            return makeError(ErrorCode::NotFound, tr("The person who answered is not a contact of the account."));
    }
    if (!r.respondedOn.isValid())
        return invalid(tr("The response needs the day it was given."));
    // A calendar day as the manager sees it: compare with the local day.
    if (const QDate today = m_clock().toLocalTime().date(); r.respondedOn > today)
        return invalid(tr("The response is dated %1, after today (%2).")
                           .arg(r.respondedOn.toString(Qt::ISODate), today.toString(Qt::ISODate)));
    if (r.recommend < -1 || r.recommend > kMaxRecommend)
        return invalid(tr("Likelihood to recommend is 0 to %1 (or not answered), not %2.")
                           .arg(kMaxRecommend)
                           .arg(r.recommend));
    if (r.satisfaction < 0 || r.satisfaction > kMaxSatisfaction)
        return invalid(tr("Overall satisfaction is 1 to %1 (or not answered), not %2.")
                           .arg(kMaxSatisfaction)
                           .arg(r.satisfaction));
    QString why;
    if (!parseDimensionScores(r.dimensionScores, &why))
        return invalid(why);
    return {};
}

Result<void> Store::validate(const LifecycleChange &c) const
{
    if (Result<void> r = mustBeLive(*this, QStringLiteral("accounts"), c.accountId,
                                    tr("The account of the lifecycle change does not exist."));
        !r)
        return r;
    if (!c.changedAt.isValid())
        return invalid(tr("A lifecycle change needs its time."));
    if (!c.proposed.isEmpty() && !enumFromCode<Lifecycle>(c.proposed))
        return invalid(tr("%1 is not a lifecycle stage.").arg(quoted(c.proposed)));
    return {};
}

Result<void> Store::validate(const WarningReview &w) const
{
    if (Result<void> r = mustBeLive(*this, QStringLiteral("accounts"), w.accountId,
                                    tr("The account of the warning does not exist."));
        !r)
        return r;
    if (w.score < 0 || w.score > 100)
        return invalid(tr("A risk score is 0 to 100, not %1.").arg(w.score));
    if (!w.reviewedAt.isValid())
        return invalid(tr("A warning review needs its time."));
    if (w.kind == WarningReviewKind::Snoozed && (!w.snoozedUntil.isValid() || w.snoozedUntil <= m_clock().toLocalTime().date()))
        return invalid(tr("A warning is snoozed until a day after today."));
    for (const QString &code : w.signalCodes.split(u',', Qt::SkipEmptyParts))
        if (!enumFromCode<ChurnSignal>(code))
            return invalid(tr("%1 is not a churn signal.").arg(quoted(code)));
    return {};
}

Result<void> Store::validate(const ValueModel &m) const
{
    if (m.name.trimmed().isEmpty())
        return invalid(tr("The value model needs a name."));
    if (Result<analytics::ValueModelDefinition> d = analytics::ValueModelDefinition::fromJson(m.definition); !d)
        return invalid(tr("The value model %1 cannot be used: %2").arg(quoted(m.name), d.error().message));
    return {};
}

Result<void> Store::validate(const TierChange &c) const
{
    if (Result<void> r = mustBeLive(*this, QStringLiteral("accounts"), c.accountId,
                                    tr("The account of the tier change does not exist."));
        !r)
        return r;
    if (!c.changedAt.isValid())
        return invalid(tr("A tier change needs its time."));
    if (!c.proposed.isEmpty() && !enumFromCode<Tier>(c.proposed))
        return invalid(tr("%1 is not a tier.").arg(quoted(c.proposed)));
    if (c.score != -1 && !(c.score >= 0 && c.score <= 100))
        return invalid(tr("A value score is 0 to 100, not %1.").arg(QLocale().toString(c.score)));
    return {};
}

Result<void> Store::validate(const CostEntry &e) const
{
    if (Result<void> r = mustBeLive(*this, QStringLiteral("accounts"), e.accountId,
                                    tr("The account of the cost does not exist."));
        !r)
        return r;
    if (!e.incurredOn.isValid())
        return invalid(tr("A cost needs the day it was incurred."));
    if (e.amountMinor < 0)
        return invalid(tr("A cost cannot be negative (%1).").arg(formatMoney(e.amount())));
    if (!isCurrencyCode(e.currency))
        return invalid(tr("%1 is not a currency code such as CNY or USD.").arg(quoted(e.currency)));
    return {};
}

Result<void> Store::validate(const Campaign &c) const
{
    if (c.name.trimmed().isEmpty())
        return invalid(tr("The campaign needs a name."));
    if (c.startsOn.isValid() && c.endsOn.isValid() && c.endsOn < c.startsOn)
        return invalid(tr("The campaign %1 cannot end (%2) before it starts (%3).")
                           .arg(quoted(c.name), c.endsOn.toString(Qt::ISODate), c.startsOn.toString(Qt::ISODate)));
    if (!isCurrencyCode(c.currency))
        return invalid(tr("%1 is not a currency code such as CNY or USD.").arg(quoted(c.currency)));
    if (c.costMinor < 0)
        return invalid(tr("The campaign's cost cannot be negative (%1).").arg(formatMoney(c.cost())));
    return {};
}

Result<void> Store::validate(const ExportRecord &e) const
{
    if (e.what.trimmed().isEmpty())
        return invalid(tr("An export record names what was exported."));
    if (e.format != u"csv" && e.format != u"json")
        return invalid(tr("%1 is not an export format (csv, json).").arg(quoted(e.format)));
    if (e.rows < 0)
        return invalid(tr("An export cannot have written fewer than 0 rows."));
    if (!e.exportedAt.isValid())
        return invalid(tr("An export record needs the time of the export."));
    return {};
}

Result<void> Store::validate(const CampaignMember &m) const
{
    if (Result<void> r = mustBeLive(*this, QStringLiteral("campaigns"), m.campaignId, tr("The campaign does not exist.")); !r)
        return r;
    if (Result<void> r = mustBeLive(*this, QStringLiteral("accounts"), m.accountId,
                                    tr("The campaign's account does not exist."));
        !r)
        return r;
    if (!m.contactId.isEmpty()) {
        Result<QString> known = firstMatch(*this, QStringLiteral("SELECT id FROM contacts WHERE id = ? AND account_id = ? AND deleted_at IS NULL"),
            {m.contactId, m.accountId});
        if (!known)
            return known.error();
        if (known->isEmpty())
            return makeError(ErrorCode::NotFound, tr("The person targeted is not a contact of the account."));
    }
    // A calendar day as the manager sees it: compare with the local day.
    if (const QDate today = m_clock().toLocalTime().date(); m.respondedOn.isValid() && m.respondedOn > today)
        return invalid(tr("The response is dated %1, after today (%2).")
                           .arg(m.respondedOn.toString(Qt::ISODate), today.toString(Qt::ISODate)));
    Result<QString> twin = firstMatch(*this,
        QStringLiteral("SELECT id FROM campaign_members WHERE campaign_id = ? AND account_id = ? "
                       "AND coalesce(contact_id, '') = ? AND id <> ? AND deleted_at IS NULL"),
        {m.campaignId, m.accountId, m.contactId.isEmpty() ? QStringLiteral("") : m.contactId, m.meta.id});
    if (!twin)
        return twin.error();
    if (!twin->isEmpty())
        return makeError(ErrorCode::Duplicate, tr("The campaign targets them already."));
    return {};
}

// --- reads ---------------------------------------------------------------------------------

Result<std::vector<Stage>> Store::stages() const
{
    // Every deal written checks its stage: inside a transaction (an import) read them once.
    if (m_depth > 0 && m_pending->stages)
        return *m_pending->stages;
    Result<std::vector<Stage>> stored = cachedRows<Stage>(*this, QStringLiteral("ORDER BY position, key"), {});
    if (!stored)
        return stored.error();
    std::vector<Stage> live = stored->empty() ? builtInStages() : std::move(stored).value();
    std::erase_if(live, [](const Stage &s) { return s.meta.isDeleted(); });
    if (m_depth > 0)
        m_pending->stages = live;
    return live;
}

Result<void> Store::storeBuiltInStages()
{
    Result<std::vector<Stage>> stored = selectRows<Stage>(db(), QStringLiteral("LIMIT 1"), {});
    if (!stored)
        return stored.error();
    if (!stored->empty())
        return {};
    return transaction([&]() -> Result<void> {
        for (const Stage &s : builtInStages())
            if (Result<Stage> r = create(s); !r)
                return r.error();
        return {};
    });
}

Result<std::vector<Product>> Store::products() const
{
    return selectRows<Product>(db(), QStringLiteral("WHERE deleted_at IS NULL ORDER BY series, name"), {});
}

namespace {
/// "IN (?,?,…)" for `n` values.
QString inList(qsizetype n)
{
    return QStringLiteral("IN (%1)").arg(QStringLiteral("?,").repeated(n).chopped(1));
}

QVariantList binds(const QStringList &values)
{
    QVariantList out;
    for (const QString &v : values)
        out << v;
    return out;
}
} // namespace

Result<std::vector<Opportunity>> Store::opportunities(const QStringList &accountIds) const
{
    if (accountIds.isEmpty()) // a deleted account's deals are out of the pipeline with it
        return selectRows<Opportunity>(
            db(), QStringLiteral("WHERE deleted_at IS NULL AND account_id IN (SELECT id FROM accounts WHERE deleted_at IS NULL)"), {});
    return selectRows<Opportunity>(
        db(), QStringLiteral("WHERE deleted_at IS NULL AND account_id %1 ORDER BY expected_close").arg(inList(accountIds.size())),
        binds(accountIds));
}

Result<std::vector<StageChange>> Store::stageChanges(const QString &opportunityId) const
{
    if (!opportunityId.isEmpty())
        return selectRows<StageChange>(
            db(), QStringLiteral("WHERE deleted_at IS NULL AND opportunity_id = ? ORDER BY changed_at"),
            {opportunityId});
    return selectRows<StageChange>(
        db(),
        QStringLiteral("WHERE deleted_at IS NULL AND opportunity_id IN (SELECT id FROM opportunities WHERE "
                       "deleted_at IS NULL) AND account_id IN (SELECT id FROM accounts WHERE deleted_at IS NULL) "
                       "ORDER BY opportunity_id, changed_at"),
        {});
}

Result<std::vector<Activity>> Store::activities(const QStringList &accountIds) const
{
    if (accountIds.isEmpty())
        return std::vector<Activity>{};
    return selectRows<Activity>(
        db(), QStringLiteral("WHERE deleted_at IS NULL AND account_id %1 ORDER BY occurred_at DESC").arg(inList(accountIds.size())),
        binds(accountIds));
}

Result<std::vector<Activity>> Store::openNextSteps(const QDate &until) const
{
    // A deleted account's activities stay live (for undo and sync) but are nobody's agenda.
    return selectRows<Activity>(
        db(),
        QStringLiteral("WHERE deleted_at IS NULL AND done = 0 AND due_on IS NOT NULL AND due_on <= ? AND account_id IN "
                       "(SELECT id FROM accounts WHERE deleted_at IS NULL) ORDER BY due_on"),
        {until.toString(Qt::ISODate)});
}

Result<QHash<QString, QDateTime>> Store::lastContacts(const QDateTime &asOf) const
{
    QHash<QString, QDateTime> last;
    Result<void> r = run(QStringLiteral("SELECT account_id, max(occurred_at) FROM activities WHERE deleted_at IS NULL "
                                        "AND occurred_at <= ? GROUP BY account_id"),
                         {toStoredTime(asOf)}, [&](const QSqlQuery &q) {
                             last.insert(q.value(0).toString(), fromStoredTime(q.value(1)));
                         });
    if (!r)
        return r.error();
    return last;
}

Result<std::vector<SalesTarget>> Store::targets() const
{
    return selectRows<SalesTarget>(db(), QStringLiteral("WHERE deleted_at IS NULL ORDER BY period"), {});
}

Result<std::vector<Plan>> Store::plans(const QStringList &accountIds) const
{
    QString where = QStringLiteral("WHERE deleted_at IS NULL AND account_id IN (SELECT id FROM accounts "
                                   "WHERE deleted_at IS NULL)");
    QVariantList binds;
    if (!accountIds.isEmpty()) {
        where += QStringLiteral(" AND account_id IN (%1)").arg(QStringList(accountIds.size(), QStringLiteral("?")).join(u','));
        for (const QString &id : accountIds)
            binds << id;
    }
    return selectRows<Plan>(db(), where + QStringLiteral(" ORDER BY period DESC, title"), binds);
}

Result<std::vector<SatisfactionResponse>> Store::satisfactionResponses(const QStringList &accountIds) const
{
    if (accountIds.isEmpty())
        return selectRows<SatisfactionResponse>(
            db(), QStringLiteral("WHERE deleted_at IS NULL AND account_id IN (SELECT id FROM accounts WHERE deleted_at IS NULL) "
                                 "ORDER BY responded_on DESC, created_at DESC"), {});
    return selectRows<SatisfactionResponse>(
        db(), QStringLiteral("WHERE deleted_at IS NULL AND account_id %1 ORDER BY responded_on DESC, created_at DESC")
                  .arg(inList(accountIds.size())),
        binds(accountIds));
}

Result<std::vector<LifecycleChange>> Store::lifecycleChanges(const QString &accountId) const
{
    return selectRows<LifecycleChange>(
        db(), QStringLiteral("WHERE deleted_at IS NULL AND account_id = ? ORDER BY changed_at DESC, created_at DESC"),
        {accountId});
}

Result<QHash<QString, WarningReview>> Store::latestWarningReviews() const
{
    Result<std::vector<WarningReview>> rows = selectRows<WarningReview>(
        db(), QStringLiteral("WHERE deleted_at IS NULL ORDER BY reviewed_at, created_at"), {});
    if (!rows)
        return rows.error();
    QHash<QString, WarningReview> latest;
    for (const WarningReview &r : *rows)
        latest.insert(r.accountId, r);
    return latest;
}

Result<LifecycleChange> Store::decideLifecycle(const QString &accountId, Lifecycle stage,
                                               const QString &proposed, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return invalid(tr("Say why the account is %1.").arg(enumLabel(stage)));
    LifecycleChange change;
    change.accountId = accountId;
    change.toStage = stage;
    change.proposed = proposed;
    change.reason = reason;
    return decideOnAccount(std::move(change));
}

Result<void> Store::withdrawLifecycleDecision(const QString &changeId)
{
    return withdrawDecision<LifecycleChange>(changeId);
}

Result<void> Store::reinstateLifecycleDecision(const QString &changeId)
{
    return reinstateDecision<LifecycleChange>(changeId);
}

Result<std::vector<ValueModel>> Store::valueModels() const
{
    return selectRows<ValueModel>(db(), QStringLiteral("WHERE deleted_at IS NULL ORDER BY name, id"), {});
}

namespace {
const QString kActiveValueModelKey = QStringLiteral("value/active_model");
}

Result<ValueModel> Store::activeValueModel() const
{
    Result<QString> chosen = setting(kActiveValueModelKey);
    if (!chosen)
        return chosen.error();
    Result<std::vector<ValueModel>> models = valueModels();
    if (!models)
        return models.error();
    for (const ValueModel &m : *models)
        if (m.meta.id == *chosen)
            return m;
    if (!models->empty()) // the chosen one was deleted (here or by a colleague), or none was chosen
        return models->front();
    ValueModel builtIn;
    builtIn.name = tr("Standard value model");
    builtIn.definition = analytics::ValueModelDefinition::defaults().toJson();
    return builtIn;
}

Result<void> Store::setActiveValueModel(const QString &modelId)
{
    if (!modelId.isEmpty())
        if (Result<void> r = mustBeLive(*this, QStringLiteral("value_models"), modelId, tr("The value model does not exist.")); !r)
            return r;
    return setSetting(kActiveValueModelKey, modelId);
}

Result<std::vector<TierChange>> Store::tierChanges(const QString &accountId) const
{
    return selectRows<TierChange>(
        db(), QStringLiteral("WHERE deleted_at IS NULL AND account_id = ? ORDER BY changed_at DESC, created_at DESC"),
        {accountId});
}

Result<TierChange> Store::decideTier(const QString &accountId, Tier tier, const QString &proposed, double score,
                                     const QString &modelName, const QString &reason)
{
    // Approving the proposal speaks for itself; overriding it (or tiering without one) needs a why.
    if (reason.trimmed().isEmpty() && proposed != enumCode(tier))
        return invalid(tr("Say why the account is %1.").arg(enumLabel(tier)));
    TierChange change;
    change.accountId = accountId;
    change.toTier = tier;
    change.proposed = proposed;
    change.score = score;
    change.modelName = modelName;
    change.reason = reason;
    return decideOnAccount(std::move(change));
}

Result<void> Store::withdrawTierDecision(const QString &changeId)
{
    return withdrawDecision<TierChange>(changeId);
}

Result<void> Store::reinstateTierDecision(const QString &changeId)
{
    return reinstateDecision<TierChange>(changeId);
}

Result<std::vector<CostEntry>> Store::costEntries(const QStringList &accountIds) const
{
    if (accountIds.isEmpty())
        return selectRows<CostEntry>(
            db(), QStringLiteral("WHERE deleted_at IS NULL AND account_id IN (SELECT id FROM accounts WHERE deleted_at IS NULL) "
                                 "ORDER BY incurred_on DESC, created_at DESC"), {});
    return selectRows<CostEntry>(
        db(), QStringLiteral("WHERE deleted_at IS NULL AND account_id %1 ORDER BY incurred_on DESC, created_at DESC")
                  .arg(inList(accountIds.size())),
        binds(accountIds));
}

Result<ExportRecord> Store::recordExport(const QString &what, const QString &format, int rows,
                                        const QString &destination)
{
    ExportRecord e;
    e.what = what;
    e.format = format;
    e.rows = rows;
    e.destination = destination;
    e.exportedAt = m_clock();
    e.exportedBy = currentUserId();
    return create(e);
}

Result<std::vector<ExportRecord>> Store::exportRecords() const
{
    return selectRows<ExportRecord>(db(), QStringLiteral("WHERE deleted_at IS NULL ORDER BY exported_at DESC"), {});
}

Result<std::vector<Campaign>> Store::campaigns() const
{
    // A campaign without a start date is a plan not yet scheduled: it sorts first, as the newest.
    return selectRows<Campaign>(
        db(), QStringLiteral("WHERE deleted_at IS NULL ORDER BY starts_on IS NOT NULL, starts_on DESC, name"), {});
}

Result<std::vector<CampaignMember>> Store::campaignMembers(const QString &campaignId) const
{
    const QString live = QStringLiteral("WHERE deleted_at IS NULL AND account_id IN (SELECT id FROM accounts WHERE "
                                        "deleted_at IS NULL)");
    if (campaignId.isEmpty())
        return selectRows<CampaignMember>(db(), live + QStringLiteral(" ORDER BY campaign_id, created_at"), {});
    return selectRows<CampaignMember>(db(), live + QStringLiteral(" AND campaign_id = ? ORDER BY created_at"),
                                      {campaignId});
}

Result<PlanContent> Store::planContent(const QString &planId) const
{
    PlanContent content;
    Result<Plan> plan = get<Plan>(planId);
    if (!plan)
        return plan.error();
    content.plan = std::move(plan).value();
    const auto load = [&](auto &rows, const char *order) -> Result<void> {
        using Row = typename std::decay_t<decltype(rows)>::value_type;
        Result<std::vector<Row>> r = selectRows<Row>(
            db(), QStringLiteral("WHERE plan_id = ? AND deleted_at IS NULL ORDER BY %1").arg(QLatin1StringView(order)),
            {planId});
        if (!r)
            return r.error();
        rows = std::move(r).value();
        return {};
    };
    for (Result<void> r : {load(content.objectives, "position, title"), load(content.actions, "position, title"),
                           load(content.risks, "likelihood * impact DESC, title"),
                           load(content.whitespace, "product_line, segment"), load(content.changes, "changed_at")})
        if (!r)
            return r.error();
    return content;
}

Result<Plan> Store::startPlanFrom(const QString &previousId, const QString &period)
{
    Result<PlanContent> previous = planContent(previousId);
    if (!previous)
        return previous.error();
    PlanContent next = planFromPrevious(*previous, period);
    // Last period's revenue: the deals of the account and its branches won in it, in the
    // plan's currency (the plan's own target stands when there is no such deal).
    if (const auto days = planPeriodDays(previous->plan.period)) {
        Result<std::vector<Account>> all = accounts();
        if (!all)
            return all.error();
        const QStringList family = QStringList{next.plan.accountId} + branchIds(*all, next.plan.accountId);
        Result<std::vector<Opportunity>> deals = opportunities(family);
        if (!deals)
            return deals.error();
        qint64 won = 0;
        bool any = false;
        for (const Opportunity &o : *deals)
            if (o.status == DealStatus::Won && o.currency == next.plan.currency && o.closedOn >= days->first
                && o.closedOn <= days->second) {
                won += o.amountMinor;
                any = true;
            }
        if (any)
            next.plan.revenueBaselineMinor = won;
    }
    Result<void> written = transaction([&]() -> Result<void> {
        if (Result<Plan> r = create(next.plan); !r)
            return r.error();
        const auto write = [&](const auto &rows) -> Result<void> {
            for (const auto &row : rows)
                if (auto r = create(row); !r)
                    return r.error();
            return {};
        };
        for (Result<void> r : {write(next.objectives), write(next.actions), write(next.risks), write(next.whitespace)})
            if (!r)
                return r;
        return {};
    });
    if (!written)
        return written.error();
    return get<Plan>(next.plan.meta.id);
}

Result<std::vector<Account>> Store::accounts() const
{
    return selectRows<Account>(db(), QStringLiteral("WHERE deleted_at IS NULL ORDER BY rowid"), {});
}

Result<std::vector<Contact>> Store::contacts(const QString &accountId) const
{
    return selectRows<Contact>(db(),
                               QStringLiteral("WHERE account_id = ? AND deleted_at IS NULL ORDER BY name"),
                               {accountId});
}

Result<std::vector<User>> Store::users() const
{
    return selectRows<User>(db(), QStringLiteral("WHERE deleted_at IS NULL ORDER BY name"), {});
}

Result<QHash<QString, QString>> Store::userNames() const
{
    Result<std::vector<User>> all = users();
    if (!all)
        return all.error();
    QHash<QString, QString> names;
    for (const User &u : *all)
        names.insert(u.meta.id, u.name);
    return names;
}

Result<std::vector<TeamMember>> Store::team(const QString &accountId) const
{
    return selectRows<TeamMember>(db(), QStringLiteral("WHERE account_id = ? AND deleted_at IS NULL"),
                                  {accountId});
}

namespace {
Result<std::vector<JournalEntry>> selectJournal(QSqlDatabase db, const QString &sql,
                                                const QVariantList &binds)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return dbError(q, Store::tr("reading the journal"));
    std::vector<JournalEntry> out;
    while (q.next()) {
        JournalEntry e;
        e.seq = q.value(0).toLongLong();
        e.mutationId = q.value(1).toString();
        e.table = q.value(2).toString();
        e.rowId = q.value(3).toString();
        e.op = q.value(4).toString();
        e.field = q.value(5).toString();
        e.oldValue = q.value(6);
        e.newValue = q.value(7);
        e.baseRev = q.value(8).toLongLong();
        e.authorId = q.value(9).toString();
        e.changedAt = fromStoredTime(q.value(10));
        e.pushed = q.value(11).toInt() != 0;
        out.push_back(std::move(e));
    }
    return out;
}

const QString kJournalColumns = QStringLiteral(
    "j.seq, j.mutation_id, j.table_name, j.row_id, j.op, f.field, f.old_value, f.new_value, "
    "j.base_rev, j.author_id, j.changed_at, j.pushed FROM journal j JOIN journal_fields f ON f.seq = j.seq");
} // namespace

Result<std::vector<JournalEntry>> Store::accountHistory(const QString &accountId) const
{
    // Three indexed lookups rather than one OR, which SQLite would answer with a full scan.
    return selectJournal(
        db(),
        QStringLiteral("SELECT %1 WHERE j.table_name = 'accounts' AND j.row_id = ? "
                       "UNION ALL SELECT %1 WHERE j.table_name = 'contacts' AND j.row_id "
                       "IN (SELECT id FROM contacts WHERE account_id = ?) "
                       "UNION ALL SELECT %1 WHERE j.table_name = 'account_team' AND "
                       "j.row_id IN (SELECT id FROM account_team WHERE account_id = ?) "
                       "ORDER BY 11 DESC, 1 DESC, 6") // by time: history fetched later is older
            .arg(kJournalColumns),
        {accountId, accountId, accountId});
}

Result<std::vector<JournalEntry>> Store::journal(qint64 afterSeq) const
{
    return selectJournal(db(),
                         QStringLiteral("SELECT %1 WHERE j.seq > ? ORDER BY j.seq, f.field").arg(kJournalColumns),
                         {afterSeq});
}

Result<qint64> Store::pendingChangeCount() const
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM journal WHERE pushed = 0")) || !q.next())
        return dbError(q, tr("counting changes"));
    return q.value(0).toLongLong();
}

Result<qint64> Store::count(const QString &table) const
{
    if (!withTableType(table, [](auto *) {}))
        return makeError(ErrorCode::Invalid, tr("Unknown table %1.").arg(quoted(table)));
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM %1 WHERE deleted_at IS NULL").arg(table)) || !q.next())
        return dbError(q, tr("counting %1").arg(table));
    return q.value(0).toLongLong();
}

#define KAM_STORE_INSTANTIATE(T)                                                                   \
    template Result<T> Store::create<T>(T);                                                        \
    template Result<void> Store::update<T>(const T &);                                             \
    template Result<void> Store::remove<T>(const QString &);                                       \
    template Result<void> Store::restore<T>(const QString &);                                      \
    template Result<T> Store::get<T>(const QString &) const;

KAM_STORE_INSTANTIATE(Account)
KAM_STORE_INSTANTIATE(Contact)
KAM_STORE_INSTANTIATE(User)
KAM_STORE_INSTANTIATE(TeamMember)
KAM_STORE_INSTANTIATE(Stage)
KAM_STORE_INSTANTIATE(Product)
KAM_STORE_INSTANTIATE(Opportunity)
KAM_STORE_INSTANTIATE(StageChange)
KAM_STORE_INSTANTIATE(Activity)
KAM_STORE_INSTANTIATE(SalesTarget)
KAM_STORE_INSTANTIATE(Plan)
KAM_STORE_INSTANTIATE(PlanObjective)
KAM_STORE_INSTANTIATE(PlanAction)
KAM_STORE_INSTANTIATE(PlanRisk)
KAM_STORE_INSTANTIATE(WhitespaceCell)
KAM_STORE_INSTANTIATE(PlanChange)
KAM_STORE_INSTANTIATE(SatisfactionResponse)
KAM_STORE_INSTANTIATE(LifecycleChange)
KAM_STORE_INSTANTIATE(WarningReview)
KAM_STORE_INSTANTIATE(ValueModel)
KAM_STORE_INSTANTIATE(TierChange)
KAM_STORE_INSTANTIATE(CostEntry)
KAM_STORE_INSTANTIATE(Campaign)
KAM_STORE_INSTANTIATE(CampaignMember)
KAM_STORE_INSTANTIATE(ExportRecord)

#undef KAM_STORE_INSTANTIATE

Error dbError(const QSqlQuery &q, const QString &what)
{
    return databaseError(what, q.lastError().text());
}

QString fieldLabel(const QString &table, const QString &field)
{
    Q_UNUSED(table) // column names are unique enough across tables for labels
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("legal_name"), QT_TRANSLATE_NOOP("kam::Labels", "Legal name")},
        {QStringLiteral("short_name"), QT_TRANSLATE_NOOP("kam::Labels", "Short name")},
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("kam::Labels", "Kind")},
        {QStringLiteral("industry"), QT_TRANSLATE_NOOP("kam::Labels", "Industry")},
        {QStringLiteral("region"), QT_TRANSLATE_NOOP("kam::Labels", "Region")},
        {QStringLiteral("address"), QT_TRANSLATE_NOOP("kam::Labels", "Address")},
        {QStringLiteral("credit_code"), QT_TRANSLATE_NOOP("kam::Labels", "Credit code")},
        {QStringLiteral("tax_id"), QT_TRANSLATE_NOOP("kam::Labels", "Tax id")},
        {QStringLiteral("parent_id"), QT_TRANSLATE_NOOP("kam::Labels", "Group")},
        {QStringLiteral("tier"), QT_TRANSLATE_NOOP("kam::Labels", "Tier")},
        {QStringLiteral("lifecycle"), QT_TRANSLATE_NOOP("kam::Labels", "Lifecycle")},
        {QStringLiteral("owner_id"), QT_TRANSLATE_NOOP("kam::Labels", "Owner")},
        {QStringLiteral("currency"), QT_TRANSLATE_NOOP("kam::Labels", "Currency")},
        {QStringLiteral("annual_revenue_minor"), QT_TRANSLATE_NOOP("kam::Labels", "Annual revenue")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("kam::Labels", "Notes")},
        {QStringLiteral("account_id"), QT_TRANSLATE_NOOP("kam::Labels", "Account")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("kam::Labels", "Name")},
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("kam::Labels", "Title")},
        {QStringLiteral("department"), QT_TRANSLATE_NOOP("kam::Labels", "Department")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("kam::Labels", "Phone")},
        {QStringLiteral("email"), QT_TRANSLATE_NOOP("kam::Labels", "E-mail")},
        {QStringLiteral("buying_role"), QT_TRANSLATE_NOOP("kam::Labels", "Buying role")},
        {QStringLiteral("influence"), QT_TRANSLATE_NOOP("kam::Labels", "Influence")},
        {QStringLiteral("stance"), QT_TRANSLATE_NOOP("kam::Labels", "Stance")},
        {QStringLiteral("reports_to_id"), QT_TRANSLATE_NOOP("kam::Labels", "Reports to")},
        {QStringLiteral("active"), QT_TRANSLATE_NOOP("kam::Labels", "Active")},
        {QStringLiteral("user_id"), QT_TRANSLATE_NOOP("kam::Labels", "User")},
        {QStringLiteral("role"), QT_TRANSLATE_NOOP("kam::Labels", "Role")},
        {QStringLiteral("key"), QT_TRANSLATE_NOOP("kam::Labels", "Key")},
        {QStringLiteral("position"), QT_TRANSLATE_NOOP("kam::Labels", "Position")},
        {QStringLiteral("probability"), QT_TRANSLATE_NOOP("kam::Labels", "Probability")},
        {QStringLiteral("series"), QT_TRANSLATE_NOOP("kam::Labels", "Series")},
        {QStringLiteral("list_price_minor"), QT_TRANSLATE_NOOP("kam::Labels", "List price")},
        {QStringLiteral("product_ids"), QT_TRANSLATE_NOOP("kam::Labels", "Products")},
        {QStringLiteral("amount_minor"), QT_TRANSLATE_NOOP("kam::Labels", "Amount")},
        {QStringLiteral("expected_close"), QT_TRANSLATE_NOOP("kam::Labels", "Expected close")},
        {QStringLiteral("stage_id"), QT_TRANSLATE_NOOP("kam::Labels", "Stage")},
        {QStringLiteral("source_campaign"), QT_TRANSLATE_NOOP("kam::Labels", "Source campaign")},
        {QStringLiteral("competitor"), QT_TRANSLATE_NOOP("kam::Labels", "Competitor")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("kam::Labels", "Status")},
        {QStringLiteral("reason"), QT_TRANSLATE_NOOP("kam::Labels", "Win or loss reason")},
        {QStringLiteral("next_step"), QT_TRANSLATE_NOOP("kam::Labels", "Next step")},
        {QStringLiteral("closed_on"), QT_TRANSLATE_NOOP("kam::Labels", "Closed on")},
        {QStringLiteral("occurred_at"), QT_TRANSLATE_NOOP("kam::Labels", "Date")},
        {QStringLiteral("contact_ids"), QT_TRANSLATE_NOOP("kam::Labels", "Contacts")},
        {QStringLiteral("opportunity_id"), QT_TRANSLATE_NOOP("kam::Labels", "Deal")},
        {QStringLiteral("summary"), QT_TRANSLATE_NOOP("kam::Labels", "Summary")},
        {QStringLiteral("outcome"), QT_TRANSLATE_NOOP("kam::Labels", "Outcome")},
        {QStringLiteral("due_on"), QT_TRANSLATE_NOOP("kam::Labels", "Due")},
        {QStringLiteral("done"), QT_TRANSLATE_NOOP("kam::Labels", "Done")},
        {QStringLiteral("cost_minor"), QT_TRANSLATE_NOOP("kam::Labels", "Cost")},
        {QStringLiteral("period"), QT_TRANSLATE_NOOP("kam::Labels", "Period")},
        {QStringLiteral("relationship"), QT_TRANSLATE_NOOP("kam::Labels", "Relationship")},
        {QStringLiteral("map_position"), QT_TRANSLATE_NOOP("kam::Labels", "Place in the map")},
        {QStringLiteral("version"), QT_TRANSLATE_NOOP("kam::Labels", "Version")},
        {QStringLiteral("strengths"), QT_TRANSLATE_NOOP("kam::Labels", "Strengths")},
        {QStringLiteral("weaknesses"), QT_TRANSLATE_NOOP("kam::Labels", "Weaknesses")},
        {QStringLiteral("opportunities"), QT_TRANSLATE_NOOP("kam::Labels", "Opportunities")},
        {QStringLiteral("threats"), QT_TRANSLATE_NOOP("kam::Labels", "Threats")},
        {QStringLiteral("revenue_baseline_minor"), QT_TRANSLATE_NOOP("kam::Labels", "Revenue last period")},
        {QStringLiteral("revenue_target_minor"), QT_TRANSLATE_NOOP("kam::Labels", "Revenue target")},
        {QStringLiteral("margin_baseline"), QT_TRANSLATE_NOOP("kam::Labels", "Gross margin last period")},
        {QStringLiteral("margin_target"), QT_TRANSLATE_NOOP("kam::Labels", "Gross margin target")},
        {QStringLiteral("wallet_baseline"), QT_TRANSLATE_NOOP("kam::Labels", "Share of wallet last period")},
        {QStringLiteral("wallet_target"), QT_TRANSLATE_NOOP("kam::Labels", "Share of wallet target")},
        {QStringLiteral("previous_plan_id"), QT_TRANSLATE_NOOP("kam::Labels", "Started from")},
        {QStringLiteral("plan_id"), QT_TRANSLATE_NOOP("kam::Labels", "Plan")},
        {QStringLiteral("measure"), QT_TRANSLATE_NOOP("kam::Labels", "Measure")},
        {QStringLiteral("baseline"), QT_TRANSLATE_NOOP("kam::Labels", "Baseline")},
        {QStringLiteral("target"), QT_TRANSLATE_NOOP("kam::Labels", "Target")},
        {QStringLiteral("progress"), QT_TRANSLATE_NOOP("kam::Labels", "Progress")},
        {QStringLiteral("objective_id"), QT_TRANSLATE_NOOP("kam::Labels", "Objective")},
        {QStringLiteral("likelihood"), QT_TRANSLATE_NOOP("kam::Labels", "Likelihood")},
        {QStringLiteral("impact"), QT_TRANSLATE_NOOP("kam::Labels", "Impact")},
        {QStringLiteral("mitigation"), QT_TRANSLATE_NOOP("kam::Labels", "Mitigation")},
        {QStringLiteral("product_line"), QT_TRANSLATE_NOOP("kam::Labels", "Product line")},
        {QStringLiteral("segment"), QT_TRANSLATE_NOOP("kam::Labels", "Branch or buying centre")},
        {QStringLiteral("state"), QT_TRANSLATE_NOOP("kam::Labels", "State")},
        {QStringLiteral("value_minor"), QT_TRANSLATE_NOOP("kam::Labels", "Value")},
        {QStringLiteral("strategic_fit"), QT_TRANSLATE_NOOP("kam::Labels", "Strategic fit")},
        {QStringLiteral("definition"), QT_TRANSLATE_NOOP("kam::Labels", "Definition")},
        {QStringLiteral("from_tier"), QT_TRANSLATE_NOOP("kam::Labels", "Previous tier")},
        {QStringLiteral("to_tier"), QT_TRANSLATE_NOOP("kam::Labels", "Tier")},
        {QStringLiteral("proposed"), QT_TRANSLATE_NOOP("kam::Labels", "Proposed")},
        {QStringLiteral("score"), QT_TRANSLATE_NOOP("kam::Labels", "Score")},
        {QStringLiteral("model_name"), QT_TRANSLATE_NOOP("kam::Labels", "Value model")},
        {QStringLiteral("incurred_on"), QT_TRANSLATE_NOOP("kam::Labels", "Incurred on")},
        {QStringLiteral("channel"), QT_TRANSLATE_NOOP("kam::Labels", "Channel")},
        {QStringLiteral("starts_on"), QT_TRANSLATE_NOOP("kam::Labels", "Starts")},
        {QStringLiteral("ends_on"), QT_TRANSLATE_NOOP("kam::Labels", "Ends")},
        {QStringLiteral("campaign_id"), QT_TRANSLATE_NOOP("kam::Labels", "Campaign")},
        {QStringLiteral("contact_id"), QT_TRANSLATE_NOOP("kam::Labels", "Contact")},
        {QStringLiteral("responded_on"), QT_TRANSLATE_NOOP("kam::Labels", "Responded on")},
        {QStringLiteral("response"), QT_TRANSLATE_NOOP("kam::Labels", "Response")},
        {QStringLiteral("changed_at"), QT_TRANSLATE_NOOP("kam::Labels", "Changed")},
        {QStringLiteral("changed_by"), QT_TRANSLATE_NOOP("kam::Labels", "Changed by")},
        {QStringLiteral("deleted_at"), QT_TRANSLATE_NOOP("kam::Labels", "Deleted")},
    };
    const char *label = labels.value(field);
    return label ? QCoreApplication::translate("kam::Labels", label) : field;
}

} // namespace kam
