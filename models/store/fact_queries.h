// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// SQL pieces shared by the fact loaders (health_facts.cpp, value_facts.cpp): grouped queries
// over all accounts or a set of them, whatever their number.

#include <QJsonArray>
#include <QJsonDocument>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace kam::factsql {

/// SQL for "the quarter start of the ISO date column `c`" ("2026-07-01").
inline QString quarterOf(const char *c)
{
    return QStringLiteral("substr(%1, 1, 5) || CASE WHEN substr(%1, 6, 2) <= '03' THEN '01' "
                          "WHEN substr(%1, 6, 2) <= '06' THEN '04' WHEN substr(%1, 6, 2) <= '09' THEN '07' "
                          "ELSE '10' END || '-01'")
        .arg(QLatin1StringView(c));
}

/// An account filter on `column`: nothing for all accounts (their rows of deleted accounts find
/// no fact to add to), else one statement text for any number of ids, travelling as one JSON
/// array bound by `scopeBinds`.
struct AccountScope
{
    explicit AccountScope(const QStringList &accountIds)
        : all(accountIds.isEmpty())
    {
        if (!all)
            binds << QString::fromUtf8(
                QJsonDocument(QJsonArray::fromStringList(accountIds)).toJson(QJsonDocument::Compact));
    }
    /// " AND column IN (…)", to end a WHERE clause with.
    QString on(const char *column) const
    {
        return all ? QString()
                   : QStringLiteral(" AND %1 IN (SELECT value FROM json_each(?))").arg(QLatin1StringView(column));
    }

    bool all = true;
    QVariantList binds;
};

} // namespace kam::factsql
