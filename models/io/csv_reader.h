// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QStringList>

#include <vector>

namespace kam {

/// One record of a CSV file and the line it starts on (1-based), for messages.
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

/// Reads RFC 4180 CSV: comma-separated fields, optionally in double quotes (which may hold
/// commas, line breaks and doubled quotes), LF or CRLF line ends, a trailing line end or none.
/// A UTF-8 BOM at the start is dropped; blank lines are skipped. Unquoted fields are taken as
/// written (no trimming). Refused with the line number: a quote that is not closed, or text
/// after a closing quote.
Result<std::vector<CsvRecord>> readCsv(QStringView text);

/// readCsv of a UTF-8 file; an unreadable file is an Io error naming it.
Result<std::vector<CsvRecord>> readCsvFile(const QString &path);

} // namespace kam
