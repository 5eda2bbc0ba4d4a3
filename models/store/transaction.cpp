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

Transaction::Transaction(QSqlDatabase db, int &depth, const QString &begin)
    : m_db(std::move(db))
    , m_depth(depth)
    , m_level(depth)
{
    m_begun = execSql(m_db, m_level == 0 ? begin : QStringLiteral("SAVEPOINT kam_sp%1").arg(m_level));
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
        (void)execSql(m_db, QStringLiteral("ROLLBACK"));
    } else {
        (void)execSql(m_db, QStringLiteral("ROLLBACK TO kam_sp%1").arg(m_level));
        (void)execSql(m_db, QStringLiteral("RELEASE kam_sp%1").arg(m_level));
    }
    --m_depth;
}

Result<void> Transaction::commit()
{
    if (!m_active)
        return m_begun.ok() ? makeError(ErrorCode::Database, QStringLiteral("transaction already ended"))
                            : m_begun;
    Result<void> r = execSql(m_db, m_level == 0 ? QStringLiteral("COMMIT")
                                                : QStringLiteral("RELEASE kam_sp%1").arg(m_level));
    if (r.ok()) {
        m_active = false;
        --m_depth;
    }
    return r;
}

} // namespace kam
