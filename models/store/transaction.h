// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QSqlDatabase>

#include <functional>

namespace kam {

/// RAII transaction guard: `begin` (BEGIN IMMEDIATE for SQLite, BEGIN for PostgreSQL) at depth 0,
/// a SAVEPOINT when nested; rolls back unless commit() succeeded. `depth` is the connection's
/// nesting counter, owned by its store. `exec` runs the control statements (default: execSql;
/// the store runs them through SQLite's own API, on statements prepared once).
class Transaction
{
public:
    using Exec = std::function<Result<void>(const QString &sql)>;
    Transaction(QSqlDatabase db, int &depth, const QString &begin = QStringLiteral("BEGIN IMMEDIATE"),
                Exec exec = {});
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /// Whether BEGIN/SAVEPOINT succeeded; check before writing.
    const Result<void> &begun() const { return m_begun; }
    Result<void> commit();
    bool isOutermost() const { return m_level == 0; }

private:
    QSqlDatabase m_db;
    Exec m_exec;
    int &m_depth;
    int m_level;
    bool m_active = false;
    Result<void> m_begun;
};

/// Runs one SQL statement without parameters (DDL, PRAGMA, transaction control).
Result<void> execSql(QSqlDatabase db, const QString &sql);

} // namespace kam
