// SPDX-License-Identifier: GPL-3.0-or-later
#include "entity_export.h"

#include "store/store.h"

#include <QCoreApplication>

#include <functional>

namespace kam {

namespace {

template<typename T>
Result<std::vector<ImportRow>> asRows(Result<std::vector<T>> rows)
{
    if (!rows)
        return rows.error();
    std::vector<ImportRow> out;
    out.reserve(rows->size());
    for (T &row : std::move(rows).value())
        out.emplace_back(std::move(row));
    return out;
}

/// `rows` in their order, except that a row whose parent (a branch's group, a contact's boss)
/// is among them comes after it: so the file imports in one pass, each link to a row before.
template<typename T>
std::vector<T> parentsFirst(std::vector<T> rows, QString T::*parent)
{
    QHash<QString, size_t> index;
    for (size_t i = 0; i < rows.size(); ++i)
        index.insert(rows[i].meta.id, i);
    std::vector<bool> placed(rows.size(), false);
    std::vector<T> ordered;
    ordered.reserve(rows.size());
    const std::function<void(size_t, size_t)> place = [&](size_t i, size_t depth) {
        if (placed[i])
            return;
        placed[i] = true; // before the parent: a cycle (which the store refuses) cannot loop
        const auto up = index.constFind(rows[i].*parent);
        if (up != index.cend() && depth < rows.size())
            place(*up, depth + 1);
        ordered.push_back(std::move(rows[i]));
    };
    for (size_t i = 0; i < rows.size(); ++i)
        place(i, 0);
    return ordered;
}

/// The live rows of `entity`, in the order the store lists them (parents first).
Result<std::vector<ImportRow>> liveRows(const Store &store, ImportEntity entity)
{
    switch (entity) {
    case ImportEntity::Accounts: {
        Result<std::vector<Account>> accounts = store.accounts();
        if (!accounts)
            return accounts.error();
        return asRows<Account>(parentsFirst(*accounts, &Account::parentId));
    }
    case ImportEntity::Products:
        return asRows(store.products());
    case ImportEntity::Opportunities:
        return asRows(store.opportunities());
    case ImportEntity::Satisfaction:
        return asRows(store.satisfactionResponses());
    case ImportEntity::Costs:
        return asRows(store.costEntries());
    case ImportEntity::Campaigns:
        return asRows(store.campaigns());
    case ImportEntity::Contacts:
    case ImportEntity::Activities:
        break;
    }
    // Contacts and activities are read per account: the store has no read of all of them.
    Result<std::vector<Account>> accounts = store.accounts();
    if (!accounts)
        return accounts.error();
    if (entity == ImportEntity::Activities) {
        QStringList ids;
        for (const Account &a : *accounts)
            ids << a.meta.id;
        return asRows(store.activities(ids));
    }
    std::vector<ImportRow> contacts;
    for (const Account &a : *accounts) {
        Result<std::vector<Contact>> ofAccount = store.contacts(a.meta.id);
        if (!ofAccount)
            return ofAccount.error();
        for (Contact &c : parentsFirst(*ofAccount, &Contact::reportsToId))
            contacts.emplace_back(std::move(c));
    }
    return contacts;
}

Error writeFailed(ImportEntity entity, const QIODevice *out)
{
    return makeError(ErrorCode::Io, QCoreApplication::translate("kam::Export", "Writing the export of %1 failed: %2")
                                        .arg(importEntityLabel(entity), out->errorString()));
}

} // namespace

Result<int> exportEntity(const Store &store, ImportEntity entity, QIODevice *out, ExportFormat format,
                         CsvWriter::Bom bom)
{
    Result<std::vector<ImportRow>> rows = liveRows(store, entity);
    if (!rows)
        return rows.error();
    QStringList keys;
    for (const ImportField &f : importFields(entity))
        keys << f.key;
    const auto values = [&](const ImportRow &row) {
        QStringList cells;
        cells.reserve(keys.size());
        for (const QString &key : std::as_const(keys))
            cells << fieldText(row, key);
        return cells;
    };
    if (format == ExportFormat::Csv) {
        CsvWriter csv(out, bom);
        csv.writeRow(keys);
        for (const ImportRow &row : *rows)
            csv.writeRow(values(row));
        if (!csv.ok())
            return writeFailed(entity, out);
        return int(rows->size());
    }
    std::vector<QStringList> cells;
    cells.reserve(rows->size());
    for (const ImportRow &row : *rows)
        cells.push_back(values(row));
    const QByteArray bytes = jsonRecords(keys, cells);
    if (out->write(bytes) != bytes.size())
        return writeFailed(entity, out);
    return int(rows->size());
}

} // namespace kam
