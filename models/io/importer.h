// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"
#include "import_schema.h"
#include "import_source.h"
#include "value_parsing.h"

#include <QIODevice>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace kam {

class Store;

/// What to do with a row that matches a stored one (or an earlier row of the same file).
enum class DuplicateAction { Skip, Update, Create };
QString duplicateActionKey(DuplicateAction action); ///< "skip", "update", "create"
std::optional<DuplicateAction> duplicateActionFromKey(QStringView key);

/// Which natural keys find the account a row names: any (id, then credit code / tax id, then
/// name), names only, or codes only (id, credit code, tax id).
enum class LinkAccountBy { Any, Name, Code };

struct ImportOptions
{
    ImportEntity entity = ImportEntity::Accounts;
    ImportMapping mapping;
    NumberStyle numbers = NumberStyle::DotDecimal;
    DateOrder dates = DateOrder::Unknown; ///< Unknown: ambiguous dates are rejected
    LinkAccountBy linkAccountBy = LinkAccountBy::Any;
    /// An account name that matches nothing creates the account (with that legal name);
    /// otherwise the row is rejected.
    bool createMissingAccounts = false;
    DuplicateAction onDuplicate = DuplicateAction::Skip;
    /// Names at least this similar (nameSimilarity of normalised names) are duplicates.
    double nameThreshold = 0.9;
    /// Rows per transaction: a cancel or failure leaves the chunks committed before it.
    int chunkSize = 2000;
    QString defaultCurrency = QStringLiteral("CNY");
};

/// A row of the file as the import will write it, or why it will not.
struct ImportIssue
{
    int row = 0;    ///< the file line the record starts on
    QString column; ///< the file column's header name; empty: the row as a whole
    QString reason;
};

/// A stored row (or earlier row of the file) a row duplicates.
struct DuplicateMatch
{
    QString id;      ///< the stored row's id; empty for an earlier row of the file
    QString name;    ///< how it is shown ("上海宝钢")
    QString basis;   ///< what matched, translated ("credit code", "name 93 %")
    double score = 1; ///< 1 for exact keys, the name similarity otherwise
    int line = 0;     ///< the earlier row's file line; 0 for a stored row
};

struct PreparedRow
{
    enum class Status { New, Duplicate, Rejected };
    int line = 0;
    Status status = Status::New;
    ImportRow row;                 ///< the row to create, or the update of `duplicate.id`
    std::optional<DuplicateMatch> duplicate;
    std::optional<DuplicateAction> action; ///< per-row choice; unset: ImportOptions::onDuplicate
    std::vector<ImportIssue> issues;       ///< why it is rejected (Rejected only)
    QString newAccount; ///< the legal name of an account this row will create (createMissingAccounts)
    /// The fields the file (or a constant) gave a value: what an Update overwrites.
    QStringList given;
};

/// Everything the preview shows and run writes: each data row parsed, linked, checked for
/// duplicates. Nothing is written yet.
struct ImportPlan
{
    ImportOptions options;
    QString fileName;
    QStringList header;
    std::vector<PreparedRow> rows;
    int count(PreparedRow::Status status) const;
};

/// Progress of prepare and run: rows done of total; return false to cancel.
using ImportProgress = std::function<bool(qint64 done, qint64 total)>;

/// Parses, links and checks every row of `source` against `store` (read only). Rows that break
/// a field are Rejected with each problem (row, column, reason); nothing is coerced: a value
/// that does not parse, a required field without a value, an unknown choice, an account that
/// matches nothing (unless createMissingAccounts) or matches several. Cancel: Cancelled error.
Result<ImportPlan> prepareImport(const Store &store, const ImportSource &source, const ImportOptions &options,
                                 const ImportProgress &progress = {});

struct ImportReport
{
    qint64 read = 0;
    qint64 imported = 0;
    qint64 updated = 0;
    qint64 skipped = 0;
    qint64 rejected = 0;
    std::vector<ImportIssue> errors; ///< of the rejected rows, in file order
    bool cancelled = false;          ///< stopped by the user; the chunks before it are kept
    bool dryRun = false;
    /// {"read","imported","updated","skipped","rejected","errors":[{"row","column","reason"}]}
    /// plus "cancelled" and "dry_run" when set.
    QJsonObject toJson() const;
};

/// Writes the plan through the store's one write path (create / update, journaled for sync),
/// in chunks of options.chunkSize rows, each one transaction. A row the store refuses is
/// rejected with the store's reason and the rest of the chunk goes on. Cancel (progress
/// returns false) stops after the chunk being written is rolled back: the store is as it was
/// after the last whole chunk. With `dryRun` everything is written and then rolled back, so
/// the report is exactly what the import would do.
Result<ImportReport> runImport(Store &store, const ImportPlan &plan, const ImportProgress &progress = {},
                               bool dryRun = false);

/// Writes the rejected rows as CSV (UTF-8 with BOM): "row", "column", "reason", then the
/// file's own columns with the row's cells, so the user can fix and re-import them.
Result<void> writeRejectedRows(const ImportReport &report, const ImportSource &source, QIODevice *out);

} // namespace kam
