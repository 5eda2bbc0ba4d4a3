// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QVariant>

namespace kam {

/// One field-level change in the local journal (the sync outbox and the field history).
struct JournalEntry
{
    qint64 seq = 0;        ///< local order of the mutation; shared by its fields
    QString mutationId;    ///< UUID of one store call on one row; the idempotency key when pushed
    QString table;         ///< "accounts", "contacts", …
    QString rowId;
    QString op;            ///< "insert", "update", "delete", "restore"
    QString field;         ///< column name
    QVariant oldValue;     ///< null for an insert
    QVariant newValue;
    qint64 baseRev = 0;    ///< the row's server revision when the change was made
    QString authorId;      ///< users.id of who made the change
    QDateTime changedAt;   ///< UTC
    bool pushed = false;
};

} // namespace kam
