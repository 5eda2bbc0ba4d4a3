// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace kam::sync {

/// How one synced table travels in the protocol: its fields and how its rows relate to the
/// account scope. Built from the store's tableSpec<T>(), so the wire names are the column names.
struct SyncTable
{
    QString name;
    /// Data columns plus "deleted_at" (the tombstone travels like any other field).
    QStringList fields;
    /// Field naming the account a row lives under ("id" for accounts); empty: visible to everyone.
    QString scopeField;
    /// Field naming a user who can see the scope account because of this row (owner, team member).
    QString grantField;
    /// Field naming the parent account (group → branch); rows under a group are visible with it.
    QString parentField;
    /// Fields that must be set when the row is created.
    QStringList required;
    /// Fields only an admin may change (a manager may only set them to themselves on create).
    QStringList adminFields;
    /// Only an admin may write this table at all.
    bool adminOnly = false;
    /// Only an admin may read this table: clients push new rows (and may not change them
    /// afterwards), but no manager's pull or snapshot carries any row of it, not even their own
    /// from another device. The export audit log is one: its rows belong to no account, and who
    /// exported what is not other managers' business.
    bool privateToAdmins = false;
    /// The canonical text of `value` for `field`, or nullopt when it is not a valid value.
    /// Null stands for "empty"; values travel as text so 64-bit amounts never pass a double.
    std::function<std::optional<QString>(const QString &field, const QString &value)> canonical;
};

/// Every synced table. Adding one is one line in sync_tables.cpp.
const std::vector<SyncTable> &syncTables();
/// The table called `name`, or nullptr.
const SyncTable *findSyncTable(QStringView name);

/// True for a UUID in its canonical lower-case form without braces.
bool isCanonicalUuid(QStringView text);

/// Longest text a field may hold, in UTF-16 code units.
inline constexpr qsizetype kMaxFieldLength = 10000;

} // namespace kam::sync
