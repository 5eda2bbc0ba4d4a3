// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QString>
#include <QVariant>

#include <vector>

namespace kam {

class Store;

/// One field of a mutation as the journal keeps it: NULL, text, integer or real.
struct FieldChange
{
    QString field;
    QVariant oldValue;
    QVariant newValue;
};

/// Writes the fields of the journal mutation `seq` in one statement; the values keep their
/// SQLite type.
Result<void> writeJournalFields(const Store &store, const QVariant &seq, const std::vector<FieldChange> &fields);

} // namespace kam
