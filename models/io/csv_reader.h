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

/// Reads RFC 4180 CSV: fields separated by `delimiter`, optionally in double quotes (which may
/// hold delimiters, line breaks and doubled quotes), LF, CRLF or CR line ends, a trailing line
/// end or none. A BOM at the start is dropped; blank lines are skipped. Unquoted fields are
/// taken as written (no trimming). Refused with the line number: a quote that is not closed,
/// or text after a closing quote.
Result<std::vector<CsvRecord>> readCsv(QStringView text, QChar delimiter = u',');

/// readCsv of a UTF-8 file; an unreadable file is an Io error naming it.
Result<std::vector<CsvRecord>> readCsvFile(const QString &path);

enum class LineEnding { Lf, CrLf, Cr };

/// How a file is written, as far as its text tells: the delimiter (the one of , ; TAB | that
/// splits the first lines, outside quotes, into the same number of fields, more than one),
/// its line ends, whether it quotes fields, and whether the first record is a header (its
/// cells are all text, none is a number or date, and they differ from each other).
struct CsvDialect
{
    QChar delimiter = u',';
    LineEnding lineEnding = LineEnding::Lf;
    bool quoted = false;
    bool hasHeader = true;
};
CsvDialect detectCsvDialect(QStringView text);

} // namespace kam
