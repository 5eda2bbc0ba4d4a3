// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal_fields.h"

#include "store.h"

namespace kam {

Result<void> writeJournalFields(const Store &store, const QVariant &seq, const std::vector<FieldChange> &fields)
{
    if (fields.empty())
        return {};
    // One statement per field count, prepared once: a row inserted journals all its fields.
    QVariantList binds;
    binds.reserve(qsizetype(fields.size()) * 4);
    for (const FieldChange &f : fields)
        binds << seq << f.field << f.oldValue << f.newValue;
    return store.run(QStringLiteral("INSERT INTO journal_fields (seq, field, old_value, new_value) VALUES ")
                         + QStringLiteral("(?,?,?,?),").repeated(qsizetype(fields.size())).chopped(1),
                     binds);
}

} // namespace kam
