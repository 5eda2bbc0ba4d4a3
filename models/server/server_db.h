// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

#include <functional>
#include <memory>

namespace kam::server {

/// The server's database connection: SQLite (embedded default) or PostgreSQL (a company
/// deployment). Owns the migrations and the one write transaction that orders all changes.
class ServerDb
{
public:
    enum class Engine { Sqlite, Postgres };

    /// Schema version this build writes (table schema_version).
    static constexpr int kSchemaVersion = 2;

    /// Opens "sqlite:PATH" or "postgresql://user[:password]@host[:port]/db" and migrates it.
    /// A database from a newer server is refused without being changed.
    static Result<std::unique_ptr<ServerDb>> open(const QString &url);
    ~ServerDb();
    ServerDb(const ServerDb &) = delete;
    ServerDb &operator=(const ServerDb &) = delete;

    Engine engine() const { return m_engine; }
    /// The URL without its password, for logs and messages.
    QString displayName() const { return m_displayName; }

    /// Runs `sql` with `values` bound in order, calling `row` for each result row. Statements
    /// are prepared once per connection and reused. Returns the number of rows affected.
    Result<int> run(const QString &sql, const QVariantList &values, const char *what,
                    const std::function<void(const QSqlQuery &)> &row = {});

    /// The first column of every result row of `sql`.
    Result<QStringList> strings(const QString &sql, const QVariantList &values, const char *what);
    /// Runs "`head` IN (…)" over `keys` in chunks, with `leading` bound before the keys.
    Result<void> runIn(const QString &head, const QVariantList &leading, const QStringList &keys,
                       const char *what, const std::function<void(const QSqlQuery &)> &row);

    /// Inserts `rows` (each `columns` values) as multi-row INSERTs: `head` is
    /// "INSERT INTO t (a, b)", `tail` an optional "ON CONFLICT …" clause.
    Result<void> insertMany(const QString &head, int columns, const std::vector<QVariantList> &rows,
                            const QString &tail = {});

    /// Runs `work` in one transaction that holds the server's write lock, so the change log's
    /// sequence is assigned in commit order and a pull never skips a change committed late.
    Result<void> write(const std::function<Result<void>()> &work);
    /// Runs `work` in one read transaction (one snapshot on PostgreSQL when nothing writes).
    Result<void> read(const std::function<Result<void>()> &work);

private:
    ServerDb(Engine engine, QString connectionName, QString displayName);
    Result<void> migrate();
    QSqlQuery &query(const QString &sql);
    /// Reopens a PostgreSQL connection that was lost; false if it was not lost or cannot be.
    bool reconnect();
    Result<void> transaction(const QString &begin, bool writeLock,
                             const std::function<Result<void>()> &work);

    Engine m_engine;
    QString m_connectionName;
    QString m_displayName;
    QSqlDatabase m_db;
    int m_depth = 0;
    QHash<QString, QSqlQuery> m_queries;
};

/// A database error as a user-readable message naming what was being done.
Error sqlError(const QSqlQuery &q, const char *what);

} // namespace kam::server
