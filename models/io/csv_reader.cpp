// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv_reader.h"

#include <QCoreApplication>
#include <QFile>

namespace kam {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kam::CsvReader", text);
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
    const auto endRecord = [&] {
        record.fields << field;
        field.clear();
        if (recordHasText || record.fields.size() > 1)
            records.push_back(std::move(record));
        record = CsvRecord{};
        recordHasText = false;
    };
    while (i < n) {
        const QChar c = text[i];
        if (c == u'"' && field.isEmpty()) {
            // A quoted field, to the closing quote that is not doubled.
            const int startLine = line;
            recordHasText = true;
            ++i;
            bool closed = false;
            while (i < n) {
                const QChar q = text[i];
                if (q == u'"') {
                    if (i + 1 < n && text[i + 1] == u'"') {
                        field += u'"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    closed = true;
                    break;
                }
                if (q == u'\n')
                    ++line;
                field += q;
                ++i;
            }
            if (!closed)
                return makeError(ErrorCode::Invalid, tr("line %1: a quoted field is not closed").arg(startLine));
            if (i < n && text[i] != delimiter && text[i] != u'\n' && text[i] != u'\r')
                return makeError(ErrorCode::Invalid, tr("line %1: text after a closing quote").arg(line));
            continue;
        }
        if (c == delimiter) {
            record.fields << field;
            field.clear();
            recordHasText = true;
            ++i;
            continue;
        }
        if (c == u'\r' || c == u'\n') {
            endRecord();
            i += (c == u'\r' && i + 1 < n && text[i + 1] == u'\n') ? 2 : 1;
            ++line;
            record.line = line;
            continue;
        }
        field += c;
        recordHasText = true;
        ++i;
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

} // namespace kam
