// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "domain/result.h"

#include <QHash>
#include <QIODevice>
#include <QString>

#include <vector>

namespace kam {

/// Stable column names of an account export, in order (the scripting contract of the CLI).
QStringList accountExportColumns();

/// Writes accounts as CSV (UTF-8 with BOM, so spreadsheet programs read Chinese) or as a JSON
/// array of objects with the same keys. `userNames` maps owner ids to names.
Result<void> exportAccountsCsv(const std::vector<Account> &accounts,
                               const QHash<QString, QString> &userNames, QIODevice *out);
Result<void> exportAccountsJson(const std::vector<Account> &accounts,
                                const QHash<QString, QString> &userNames, QIODevice *out);

class Store;

enum class ExportFormat { Csv, Json };

/// Writes every live account of `store` to `path` atomically (nothing is left behind on
/// failure); returns how many were written.
Result<int> exportAccountsToFile(const Store &store, const QString &path, ExportFormat format);

/// Same, to an open device such as stdout.
Result<int> exportAccounts(const Store &store, QIODevice *out, ExportFormat format);

/// An amount in major units as exact decimal text ("1234.50"), for files and scripts.
QString decimalAmount(const Money &money);

/// Rows of text cells as an indented JSON array of objects keyed by `keys`, an empty cell as
/// null: the JSON form of every export.
QByteArray jsonRecords(const QStringList &keys, const std::vector<QStringList> &rows);

} // namespace kam
