// SPDX-License-Identifier: GPL-3.0-or-later
#include "table_export.h"

#include <QCoreApplication>

namespace kam {

namespace {

int writeRows(const QAbstractItemModel &model, const std::vector<int> &columns, const QModelIndex &parent,
              CsvWriter &csv)
{
    int written = 0;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        QStringList fields;
        for (const int column : columns)
            fields << model.index(row, column, parent).data(Qt::DisplayRole).toString();
        csv.writeRow(fields);
        ++written;
        const QModelIndex first = model.index(row, 0, parent);
        if (model.hasChildren(first))
            written += writeRows(model, columns, first, csv);
    }
    return written;
}

} // namespace

Result<int> exportTableToCsv(const QAbstractItemModel &model, const std::vector<int> &columns, QIODevice *device,
                             CsvWriter::Bom bom)
{
    CsvWriter csv(device, bom);
    QStringList header;
    for (const int column : columns)
        header << model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    csv.writeRow(header);
    const int rows = writeRows(model, columns, {}, csv);
    if (!csv.ok())
        return makeError(ErrorCode::Io, QCoreApplication::translate("kam::Export", "Cannot write the file: %1")
                                            .arg(device->errorString()));
    return rows;
}

} // namespace kam
