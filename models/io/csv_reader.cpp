// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv_reader.h"
#include "value_parsing.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <map>
#include <optional>

namespace kam {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kam::CsvReader", text);
}

/// What splitting a file's first records on one delimiter shows.
struct DelimiterTrial
{
    QChar delimiter;
    std::vector<int> fieldCounts; ///< per non-blank record
    qsizetype firstRecordEnd = 0; ///< offset just after the first non-blank record
    std::optional<LineEnding> lineEnding;
    bool quoted = false;
};

constexpr int kSampleRecords = 50;
constexpr qsizetype kSampleChars = 64 * 1024;

/// Splits `sample` on `delimiter` (quote-aware) into at most kSampleRecords records; a record cut
/// off by the end of the sample is left out when `truncated`.
DelimiterTrial tryDelimiter(QStringView sample, QChar delimiter, bool truncated)
{
    DelimiterTrial trial;
    trial.delimiter = delimiter;
    bool inQuotes = false;
    bool atFieldStart = true;
    bool recordHasText = false;
    int fields = 1;
    const qsizetype n = sample.size();
    for (qsizetype i = 0; i < n && int(trial.fieldCounts.size()) < kSampleRecords; ++i) {
        const QChar c = sample[i];
        if (inQuotes) { // as readCsv reads it: a doubled quote stays inside
            if (c == u'"') {
                if (i + 1 < n && sample[i + 1] == u'"')
                    ++i;
                else
                    inQuotes = false;
            }
            continue;
        }
        if (c == u'"' && atFieldStart) {
            trial.quoted = true;
            inQuotes = true;
            atFieldStart = false;
            recordHasText = true;
            continue;
        }
        if (c == delimiter) {
            ++fields;
            atFieldStart = true;
            recordHasText = true;
            continue;
        }
        if (c == u'\r' || c == u'\n') {
            const bool crlf = c == u'\r' && i + 1 < n && sample[i + 1] == u'\n';
            if (!trial.lineEnding)
                trial.lineEnding
                    = crlf ? LineEnding::CrLf : (c == u'\r' ? LineEnding::Cr : LineEnding::Lf);
            if (crlf)
                ++i;
            if (recordHasText) {
                trial.fieldCounts.push_back(fields);
                if (trial.fieldCounts.size() == 1)
                    trial.firstRecordEnd = i + 1;
            }
            fields = 1;
            atFieldStart = true;
            recordHasText = false;
            continue;
        }
        atFieldStart = false;
        recordHasText = true;
    }
    if (recordHasText && !truncated && int(trial.fieldCounts.size()) < kSampleRecords) {
        trial.fieldCounts.push_back(fields);
        if (trial.fieldCounts.size() == 1)
            trial.firstRecordEnd = n;
    }
    return trial;
}

/// The most frequent field count and the share of records that have it.
std::pair<int, double> modeOf(const std::vector<int> &counts)
{
    std::map<int, int> frequency;
    for (int c : counts)
        ++frequency[c];
    const auto most
        = std::max_element(frequency.begin(), frequency.end(),
                           [](const auto &a, const auto &b) { return a.second < b.second; });
    return { most->first, double(most->second) / double(counts.size()) };
}

/// A header's cells are text: not numbers, amounts or dates, and not repeated. Empty cells are
/// allowed (R writes the row-number column's header as "").
bool looksLikeHeader(const QStringList &cells)
{
    QStringList seen;
    for (const QString &cell : cells) {
        if (isMissingCell(cell))
            continue;
        const QString trimmed = cell.trimmed();
        if (parseAmount(trimmed, NumberStyle::DotDecimal)
            || parseAmount(trimmed, NumberStyle::CommaDecimal)
            || parseNumber(trimmed, NumberStyle::DotDecimal)
            || parseNumber(trimmed, NumberStyle::CommaDecimal)
            || parseDate(trimmed, DateOrder::DayFirst) || parseDate(trimmed, DateOrder::MonthFirst)
            || seen.contains(trimmed))
            return false;
        seen << trimmed;
    }
    return !seen.isEmpty();
}

} // namespace

Result<std::vector<CsvRecord>> readCsv(QStringView text, QChar delimiter)
{
    if (text.startsWith(QChar(0xFEFF)))
        text = text.mid(1);
    std::vector<CsvRecord> records;
    CsvRecord record;
    QString field;
    int line = 1;
    record.line = 1;
    bool recordHasText = false; // a line with nothing on it is blank, not one empty field
    qsizetype i = 0;
    const qsizetype n = text.size();
    qsizetype width = 0; // the last record's, to reserve the next one's fields
    const auto endRecord = [&] {
        record.fields << field;
        field.clear();
        width = record.fields.size();
        if (recordHasText || record.fields.size() > 1)
            records.push_back(std::move(record));
        record = CsvRecord {};
        record.fields.reserve(width);
        recordHasText = false;
    };
    const auto isLineEnd = [](QChar c) { return c == u'\r' || c == u'\n'; };
    while (i < n) {
        const QChar c = text[i];
        if (c == u'"' && field.isEmpty()) {
            // A quoted field, to the closing quote that is not doubled; copied a run at a time.
            const int startLine = line;
            recordHasText = true;
            qsizetype runStart = ++i;
            bool closed = false;
            while (i < n) {
                const QChar q = text[i];
                if (q == u'"') {
                    field += text.sliced(runStart, i - runStart);
                    if (i + 1 < n && text[i + 1] == u'"') {
                        field += u'"';
                        i += 2;
                        runStart = i;
                        continue;
                    }
                    ++i;
                    closed = true;
                    break;
                }
                if (q == u'\n' || (q == u'\r' && (i + 1 == n || text[i + 1] != u'\n')))
                    ++line;
                ++i;
            }
            if (!closed)
                return makeError(ErrorCode::Invalid,
                                 tr("line %1: a quoted field is not closed").arg(startLine));
            if (i < n && text[i] != delimiter && !isLineEnd(text[i]))
                return makeError(ErrorCode::Invalid,
                                 tr("line %1: text after a closing quote").arg(line));
            continue;
        }
        if (c == delimiter) {
            record.fields << field;
            field.clear();
            recordHasText = true;
            ++i;
            continue;
        }
        if (isLineEnd(c)) {
            endRecord();
            i += (c == u'\r' && i + 1 < n && text[i + 1] == u'\n') ? 2 : 1;
            ++line;
            record.line = line;
            continue;
        }
        // An unquoted field, to the next delimiter or line end; a quote inside it is a character.
        // (field is empty here: after a quoted field only a delimiter or a line end may follow.)
        const qsizetype start = i;
        while (i < n && text[i] != delimiter && !isLineEnd(text[i]))
            ++i;
        field = text.sliced(start, i - start).toString();
        recordHasText = true;
    }
    endRecord(); // the last record, when no line end follows it
    return records;
}

Result<std::vector<CsvRecord>> readCsvFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("cannot read %1: %2").arg(path, file.errorString()));
    return readCsv(QString::fromUtf8(file.readAll()));
}

CsvDialect detectCsvDialect(QStringView text)
{
    if (text.startsWith(QChar(0xFEFF)))
        text = text.mid(1);
    const QStringView sample = text.first(qMin(text.size(), kSampleChars));
    const bool truncated = sample.size() < text.size();
    std::optional<DelimiterTrial> best;
    std::pair<int, double> bestMode { 0, 0.0 };
    for (QChar delimiter : { u',', u';', u'\t', u'|' }) {
        DelimiterTrial trial = tryDelimiter(sample, delimiter, truncated);
        if (trial.fieldCounts.empty())
            continue;
        const std::pair<int, double> mode = modeOf(trial.fieldCounts);
        if (mode.first < 2)
            continue;
        // The most consistent split wins, then the one with more fields; earlier candidates on a
        // tie.
        if (!best || mode.second > bestMode.second
            || (mode.second == bestMode.second && mode.first > bestMode.first)) {
            best = std::move(trial);
            bestMode = mode;
        }
    }
    if (!best)
        best = tryDelimiter(sample, u',', truncated);
    CsvDialect dialect;
    dialect.delimiter = best->delimiter;
    dialect.lineEnding = best->lineEnding.value_or(LineEnding::Lf);
    dialect.quoted = best->quoted;
    const Result<std::vector<CsvRecord>> first
        = readCsv(sample.first(best->firstRecordEnd), best->delimiter);
    dialect.hasHeader = first && !first->empty() && looksLikeHeader(first->front().fields);
    return dialect;
}

} // namespace kam
