// SPDX-License-Identifier: GPL-3.0-or-later
#include "transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace kam {

Result<void> execSql(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return makeError(ErrorCode::Database,
                         QCoreApplication::translate("kam::Store", "Database error in “%1”: %2")
                             .arg(sql.left(60), q.lastError().text()));
    return {};
}

Transaction::Transaction(QSqlDatabase db, int &depth, const QString &begin, Exec exec)
    : m_db(std::move(db))
    , m_exec(exec ? std::move(exec) : Exec([this](const QString &sql) { return execSql(m_db, sql); }))
    , m_depth(depth)
    , m_level(depth)
{
    m_begun = m_exec(m_level == 0 ? begin : QStringLiteral("SAVEPOINT kam_sp%1").arg(m_level));
    if (m_begun.ok()) {
        m_active = true;
        ++m_depth;
    }
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    if (m_level == 0) {
        (void)m_exec(QStringLiteral("ROLLBACK"));
    } else {
        (void)m_exec(QStringLiteral("ROLLBACK TO kam_sp%1").arg(m_level));
        (void)m_exec(QStringLiteral("RELEASE kam_sp%1").arg(m_level));
    }
    --m_depth;
}

Result<void> Transaction::commit()
{
    if (!m_active)
        return m_begun.ok() ? makeError(ErrorCode::Database, QStringLiteral("transaction already ended"))
                            : m_begun;
    Result<void> r = m_exec(m_level == 0 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE kam_sp%1").arg(m_level));
    if (r.ok()) {
        m_active = false;
        --m_depth;
    }
    return r;
}

} // namespace kam
