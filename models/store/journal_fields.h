// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariant>

#include <vector>

namespace kam {

/// One field of a mutation as the journal keeps it: NULL, text, integer or real.
struct FieldChange
{
    QString field;
    QVariant oldValue;
    QVariant newValue;
};

/// The `fields` column of a journal mutation: one JSON object, field → [old, new], whose
/// values keep their SQLite type through json_extract (null, text, integer, real), as a bound
/// value would. The journal_fields view reads it back one row per field.
QString journalFieldsJson(const std::vector<FieldChange> &fields);

} // namespace kam
