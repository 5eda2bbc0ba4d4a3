// SPDX-License-Identifier: GPL-3.0-or-later
#include "server_db.h"

#include "store/transaction.h"

#include <QSqlError>
#include <QUrl>
#include <QUuid>

namespace kam::server {

namespace {

/// Key of the advisory lock every writing transaction takes on PostgreSQL ("KAMD").
constexpr qint64 kWriteLockKey = 0x4B414D44;

/// One migration step per schema version; %ID% is the engine's auto-increment primary key.
/// Times are milliseconds since the epoch (UTC) in both engines; JSON is kept as text.
const std::vector<std::vector<const char *>> &migrationSteps()
{
    static const std::vector<std::vector<const char *>> steps {
        {
            // v1
            "CREATE TABLE users (id TEXT PRIMARY KEY, email TEXT NOT NULL UNIQUE, "
            "name TEXT NOT NULL, role TEXT NOT NULL CHECK (role IN ('manager', 'admin')), "
            "password_hash TEXT NOT NULL, disabled_at BIGINT, created_at BIGINT NOT NULL)",
            "CREATE TABLE devices (id TEXT PRIMARY KEY, user_id TEXT NOT NULL REFERENCES "
            "users(id), "
            "name TEXT NOT NULL, created_at BIGINT NOT NULL, last_seen_at BIGINT, "
            "last_mutation_id TEXT, revoked_at BIGINT)",
            "CREATE TABLE access_tokens (token_hash TEXT PRIMARY KEY, "
            "device_id TEXT NOT NULL REFERENCES devices(id), expires_at BIGINT NOT NULL)",
            "CREATE INDEX access_tokens_device ON access_tokens (device_id)",
            "CREATE TABLE refresh_tokens (token_hash TEXT PRIMARY KEY, "
            "device_id TEXT NOT NULL REFERENCES devices(id), expires_at BIGINT NOT NULL, "
            "used_at BIGINT)",
            "CREATE INDEX refresh_tokens_device ON refresh_tokens (device_id)",
            "CREATE TABLE login_failures (login TEXT PRIMARY KEY, failures INTEGER NOT NULL, "
            "first_at BIGINT NOT NULL)",
            // Synced rows: field values and per-field [revision, edit time] as JSON objects;
            // scope_id/grant_user/parent_id are copied out of the fields for the scope queries.
            "CREATE TABLE records (tbl TEXT NOT NULL, id TEXT NOT NULL, scope_id TEXT, "
            "grant_user TEXT, parent_id TEXT, data TEXT NOT NULL, revs TEXT NOT NULL, "
            "rev BIGINT NOT NULL, deleted_at BIGINT, PRIMARY KEY (tbl, id))",
            "CREATE INDEX records_id ON records (id)",
            "CREATE INDEX records_scope ON records (scope_id)",
            "CREATE INDEX records_parent ON records (parent_id)",
            // The change log; seq is the pull cursor. kind: row | grant | revoke.
            "CREATE TABLE changes (seq %ID%, kind TEXT NOT NULL, tbl TEXT NOT NULL, "
            "row_id TEXT NOT NULL, target_user TEXT, fields TEXT, author_id TEXT, device_id TEXT, "
            "mutation_id TEXT, at BIGINT NOT NULL)",
            "CREATE INDEX changes_target ON changes (target_user, seq)",
            "CREATE TABLE scope_access (user_id TEXT NOT NULL, account_id TEXT NOT NULL, "
            "PRIMARY KEY (user_id, account_id))",
            "CREATE INDEX scope_access_account ON scope_access (account_id)",
            "CREATE TABLE mutations (id TEXT PRIMARY KEY, device_id TEXT NOT NULL, "
            "result TEXT NOT NULL, at BIGINT NOT NULL)",
            "CREATE TABLE conflicts (id %ID%, tbl TEXT NOT NULL, row_id TEXT NOT NULL, "
            "scope_id TEXT, field TEXT NOT NULL, kept_value TEXT, lost_value TEXT, "
            "kept_by TEXT, lost_by TEXT, lost_device TEXT, mutation_id TEXT NOT NULL, "
            "reason TEXT NOT NULL, at BIGINT NOT NULL)",
            "CREATE INDEX conflicts_row ON conflicts (tbl, row_id)",
            "CREATE TABLE reassignments (id %ID%, account_id TEXT NOT NULL, "
            "from_user TEXT NOT NULL, to_user TEXT NOT NULL, at BIGINT NOT NULL)",
            "CREATE INDEX reassignments_from ON reassignments (from_user)",
            "CREATE TABLE server_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        },
        {
            // v2: the values of each row change, so a successor sees the field history
            "ALTER TABLE changes ADD COLUMN vals TEXT",
            "CREATE INDEX changes_row ON changes (tbl, row_id)",
        },
    };
    return steps;
}

} // namespace

Error sqlError(const QSqlQuery &q, const char *what)
{
    return makeError(ErrorCode::Database,
                     QStringLiteral("Database error while %1: %2")
                         .arg(QString::fromLatin1(what), q.lastError().text()));
}

ServerDb::ServerDb(Engine engine, QString connectionName, QString displayName)
    : m_engine(engine)
    , m_connectionName(std::move(connectionName))
    , m_displayName(std::move(displayName))
{
}

ServerDb::~ServerDb()
{
    m_queries.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<ServerDb>> ServerDb::open(const QString &url)
{
    const QString connection
        = QStringLiteral("kam-server-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<ServerDb> self;
    if (url.startsWith(u"sqlite:")) {
        const QString path = url.mid(7);
        if (path.isEmpty())
            return makeError(ErrorCode::Invalid,
                             QStringLiteral("--db sqlite: needs a file path (sqlite:PATH)"));
        self.reset(new ServerDb(Engine::Sqlite, connection, url));
        self->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        self->m_db.setDatabaseName(path);
        self->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    } else if (url.startsWith(u"postgresql://") || url.startsWith(u"postgres://")) {
        const QUrl u(url, QUrl::StrictMode);
        if (!u.isValid() || u.host().isEmpty())
            return makeError(
                ErrorCode::Invalid,
                QStringLiteral(
                    "“%1” is not a valid PostgreSQL URL (postgresql://user@host:port/db)")
                    .arg(u.toString(QUrl::RemovePassword)));
        self.reset(new ServerDb(Engine::Postgres, connection, u.toString(QUrl::RemovePassword)));
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
            return makeError(ErrorCode::Database,
                             QStringLiteral("Qt's PostgreSQL driver (QPSQL) is not installed"));
        self->m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        self->m_db.setHostName(u.host());
        self->m_db.setPort(u.port(5432));
        self->m_db.setUserName(u.userName());
        self->m_db.setPassword(u.password());
        const QString name = u.path().mid(1);
        self->m_db.setDatabaseName(name.isEmpty() ? u.userName() : name);
        self->m_db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    } else {
        return makeError(
            ErrorCode::Invalid,
            QStringLiteral("--db must be sqlite:PATH or postgresql://user@host/db, not “%1”")
                .arg(url));
    }
    if (!self->m_db.open())
        return makeError(ErrorCode::Database,
                         QStringLiteral("Cannot open %1: %2")
                             .arg(self->m_displayName, self->m_db.lastError().text()));
    // Migrate (or refuse a newer file) before WAL is switched on: that writes the file header.
    if (Result<void> r = self->migrate(); !r)
        return r.error();
    if (self->m_engine == Engine::Sqlite)
        for (const char *pragma : { "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL",
                                    "PRAGMA foreign_keys = ON", "PRAGMA cache_size = -65536" })
            if (Result<void> r = execSql(self->m_db, QString::fromLatin1(pragma)); !r)
                return r.error();
    return self;
}

QSqlQuery &ServerDb::query(const QString &sql)
{
    auto it = m_queries.find(sql);
    if (it == m_queries.end()) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(sql); // an error shows when the statement runs
        it = m_queries.insert(sql, q);
    }
    return *it;
}

Result<int> ServerDb::run(const QString &sql, const QVariantList &values, const char *what,
                          const std::function<void(const QSqlQuery &)> &row)
{
    for (int attempt = 0;; ++attempt) {
        QSqlQuery &q = query(sql);
        for (qsizetype i = 0; i < values.size(); ++i)
            q.bindValue(int(i), values.at(i));
        if (!q.exec()) {
            Error e = sqlError(q, what);
            q.finish();
            // Outside a transaction a lost connection (database restarted, network blip) is
            // reopened once; inside one the transaction fails and its caller sees the error.
            if (attempt == 0 && m_depth == 0 && reconnect())
                continue;
            return e;
        }
        const int affected = q.numRowsAffected();
        if (row)
            while (q.next())
                row(q);
        q.finish(); // a statement left open would keep SQLite's read cursor through COMMIT
        return affected;
    }
}

Result<QStringList> ServerDb::strings(const QString &sql, const QVariantList &values,
                                      const char *what)
{
    QStringList out;
    Result<int> r
        = run(sql, values, what, [&](const QSqlQuery &q) { out << q.value(0).toString(); });
    if (!r)
        return r.error();
    return out;
}

Result<void> ServerDb::runIn(const QString &head, const QVariantList &leading,
                             const QStringList &keys, const char *what,
                             const std::function<void(const QSqlQuery &)> &row)
{
    constexpr qsizetype kKeysPerStatement = 200;
    for (qsizetype i = 0; i < keys.size(); i += kKeysPerStatement) {
        const QStringList part = keys.mid(i, kKeysPerStatement);
        QVariantList values = leading;
        for (const QString &k : part)
            values << k;
        const QString sql = head + QStringLiteral(" IN (")
            + QStringLiteral("?,").repeated(part.size()).chopped(1) + u')';
        if (Result<int> r = run(sql, values, what, row); !r)
            return r.error();
    }
    return {};
}

bool ServerDb::reconnect()
{
    if (m_engine != Engine::Postgres)
        return false;
    {
        QSqlQuery ping(m_db);
        if (ping.exec(QStringLiteral("SELECT 1")))
            return false; // the connection is fine: the statement itself failed
    }
    m_queries.clear(); // prepared statements died with the old session
    m_db.close();
    return m_db.open();
}

Result<void> ServerDb::insertMany(const QString &head, int columns,
                                  const std::vector<QVariantList> &rows, const QString &tail)
{
    constexpr size_t kRowsPerStatement = 100; // well under both engines' parameter limits
    const QString one = u'(' + QStringLiteral("?,").repeated(columns).chopped(1) + u')';
    for (size_t first = 0; first < rows.size(); first += kRowsPerStatement) {
        const size_t n = std::min(rows.size() - first, kRowsPerStatement);
        QVariantList values;
        values.reserve(qsizetype(n) * columns);
        for (size_t i = first; i < first + n; ++i)
            values += rows[i];
        const QString sql = head + QStringLiteral(" VALUES ")
            + (one + u',').repeated(qsizetype(n)).chopped(1) + u' ' + tail;
        if (Result<int> r = run(sql, values, "writing rows"); !r)
            return r.error();
    }
    return {};
}

Result<void> ServerDb::write(const std::function<Result<void>()> &work)
{
    return transaction(m_engine == Engine::Sqlite ? QStringLiteral("BEGIN IMMEDIATE")
                                                  : QStringLiteral("BEGIN"),
                       true, work);
}

Result<void> ServerDb::read(const std::function<Result<void>()> &work)
{
    return transaction(m_engine == Engine::Sqlite
                           ? QStringLiteral("BEGIN")
                           : QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"),
                       false, work);
}

Result<void> ServerDb::transaction(const QString &begin, bool writeLock,
                                   const std::function<Result<void>()> &work)
{
    const bool outermost = m_depth == 0;
    for (int attempt = 0;; ++attempt) {
        Transaction t(m_db, m_depth, begin);
        if (!t.begun()) {
            // A lost connection shows first at BEGIN: reopen it once, as run() does.
            if (attempt == 0 && outermost && reconnect())
                continue;
            return t.begun();
        }
        if (writeLock && outermost && m_engine == Engine::Postgres) {
            if (Result<int> r = run(QStringLiteral("SELECT pg_advisory_xact_lock(?)"),
                                    { kWriteLockKey }, "taking the write lock");
                !r)
                return r.error();
        }
        if (Result<void> r = work(); !r)
            return r;
        return t.commit();
    }
}

Result<void> ServerDb::migrate()
{
    return write([this]() -> Result<void> {
        QSqlQuery q(m_db);
        const bool fresh = m_engine == Engine::Sqlite
            ? q.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE "
                                    "type = 'table' AND name = 'schema_version'"))
                && !q.next()
            : q.exec(QStringLiteral("SELECT to_regclass('schema_version')")) && q.next()
                && q.value(0).isNull();
        if (q.lastError().isValid())
            return sqlError(q, "reading the schema version");
        int version = 0;
        if (fresh) {
            if (Result<void> r = execSql(m_db,
                                         QStringLiteral("CREATE TABLE schema_version "
                                                        "(version INTEGER NOT NULL)"));
                !r)
                return r;
            if (Result<void> r = execSql(m_db,
                                         QStringLiteral("INSERT INTO schema_version "
                                                        "VALUES (0)"));
                !r)
                return r;
        } else {
            if (!q.exec(QStringLiteral("SELECT version FROM schema_version")) || !q.next())
                return sqlError(q, "reading the schema version");
            version = q.value(0).toInt();
        }
        if (version > kSchemaVersion)
            return makeError(
                ErrorCode::NewerSchema,
                QStringLiteral("%1 was written by a newer KAM Desk server (schema %2; this server "
                               "knows up to %3). Upgrade the server; the database was not changed.")
                    .arg(m_displayName)
                    .arg(version)
                    .arg(kSchemaVersion));
        const QString identity = m_engine == Engine::Sqlite
            ? QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT")
            : QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY "
                             "PRIMARY KEY");
        for (int v = version; v < kSchemaVersion; ++v) {
            for (const char *statement : migrationSteps().at(size_t(v)))
                if (Result<void> r = execSql(
                        m_db,
                        QString::fromLatin1(statement).replace(QStringLiteral("%ID%"), identity));
                    !r)
                    return r;
            if (Result<void> r = execSql(m_db,
                                         QStringLiteral("UPDATE schema_version SET version "
                                                        "= %1")
                                             .arg(v + 1));
                !r)
                return r;
        }
        return {};
    });
}

} // namespace kam::server
