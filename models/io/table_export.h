// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csv_writer.h"
#include "domain/result.h"

#include <QAbstractItemModel>
#include <QIODevice>

#include <vector>

namespace kam {

/// Writes what a view shows as CSV (UTF-8, with a BOM by default so Excel reads Chinese): a
/// header of the `columns`' titles, then one line per row in the model's order (a tree's
/// children follow their parent), with the text each cell displays. Returns the rows written.
Result<int> exportTableToCsv(const QAbstractItemModel &model, const std::vector<int> &columns, QIODevice *device,
                             CsvWriter::Bom bom = CsvWriter::Bom::Yes);

} // namespace kam
