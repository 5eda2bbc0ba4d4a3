// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csv_reader.h"
#include "domain/result.h"
#include "text_decoding.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace kam {

/// A CSV file read for import: how it was decoded and split, its column names and its data
/// records (each with the file line it starts on, for messages).
struct ImportSource
{
    QString fileName; ///< without its folder, for messages
    TextEncoding encoding = TextEncoding::Utf8;
    CsvDialect dialect;
    QStringList header;           ///< the header row's cells, or "Column 1", "Column 2", … without one
    std::vector<CsvRecord> rows;  ///< data records; a short record is padded with empty cells
};

/// What the user chose over what detection found; unset: detected.
struct SourceOptions
{
    std::optional<TextEncoding> encoding;
    std::optional<QChar> delimiter;
    std::optional<bool> hasHeader;
};

/// Decodes and splits `bytes`. Refused, naming `fileName` and the line: undecodable bytes, a
/// broken quote, a record with more cells than the header, an empty file.
Result<ImportSource> parseImportSource(const QByteArray &bytes, const QString &fileName,
                                       const SourceOptions &options = {});
/// Same for a file; an unreadable file is an Io error naming it.
Result<ImportSource> readImportSource(const QString &path, const SourceOptions &options = {});

} // namespace kam
