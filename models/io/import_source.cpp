// SPDX-License-Identifier: GPL-3.0-or-later
#include "import_source.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace kam {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kam::Import", text);
}

QString columnName(qsizetype index)
{
    return tr("Column %1").arg(index + 1);
}

/// The header's cells as column names: trimmed, a blank one named by its position, a repeated
/// one numbered ("Amount (2)"), so every column can be mapped by its name.
QStringList columnNames(const QStringList &cells)
{
    QStringList names;
    QSet<QString> taken;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const QString base = cells[i].trimmed().isEmpty() ? columnName(i) : cells[i].trimmed();
        QString name = base;
        for (int copy = 2; taken.contains(name); ++copy)
            name = QStringLiteral("%1 (%2)").arg(base).arg(copy);
        taken.insert(name);
        names << name;
    }
    return names;
}

} // namespace

Result<ImportSource> parseImportSource(const QByteArray &bytes, const QString &fileName,
                                       const SourceOptions &options)
{
    const auto fail = [&fileName](const Error &error) {
        return makeError(error.code, tr("%1: %2").arg(fileName, error.message));
    };
    if (bytes.isEmpty())
        return makeError(ErrorCode::Invalid, tr("%1: the file is empty").arg(fileName));
    ImportSource source;
    source.fileName = fileName;
    source.encoding = options.encoding.value_or(detectEncoding(bytes));
    const Result<QString> text = decodeText(bytes, source.encoding);
    if (!text)
        return fail(text.error());
    source.dialect = detectCsvDialect(*text);
    if (options.delimiter)
        source.dialect.delimiter = *options.delimiter;
    if (options.hasHeader)
        source.dialect.hasHeader = *options.hasHeader;
    Result<std::vector<CsvRecord>> records = readCsv(*text, source.dialect.delimiter);
    if (!records)
        return fail(records.error());
    if (records->empty())
        return makeError(ErrorCode::Invalid, tr("%1: the file has no records").arg(fileName));
    source.rows = std::move(records).value();
    if (source.dialect.hasHeader) {
        source.header = columnNames(source.rows.front().fields);
        source.rows.erase(source.rows.begin());
    } else {
        qsizetype width = 0;
        for (const CsvRecord &row : source.rows)
            width = qMax(width, row.fields.size());
        for (qsizetype i = 0; i < width; ++i)
            source.header << columnName(i);
    }
    const qsizetype width = source.header.size();
    for (CsvRecord &row : source.rows) {
        if (row.fields.size() > width)
            return makeError(ErrorCode::Invalid,
                             tr("%1, line %2: %3 cells, but the header has %4 columns")
                                 .arg(fileName)
                                 .arg(row.line)
                                 .arg(row.fields.size())
                                 .arg(width));
        while (row.fields.size() < width)
            row.fields << QString();
    }
    return source;
}

Result<ImportSource> readImportSource(const QString &path, const SourceOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("cannot read %1: %2").arg(path, file.errorString()));
    return parseImportSource(file.readAll(), QFileInfo(path).fileName(), options);
}

} // namespace kam
