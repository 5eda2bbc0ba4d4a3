// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account_export.h"
#include "csv_writer.h"
#include "domain/result.h"
#include "import_schema.h"

#include <QIODevice>

namespace kam {

class Store;

/// Writes every live row of `entity` with importFields(entity) as its columns, in canonical
/// text (FieldKind), so importing the file into an empty store gives the same rows: CSV (with
/// a BOM when asked) or a JSON array of objects keyed by field. Returns the rows written.
/// The caller journals the export (Store::recordExport).
Result<int> exportEntity(const Store &store, ImportEntity entity, QIODevice *out, ExportFormat format,
                         CsvWriter::Bom bom = CsvWriter::Bom::Yes);

} // namespace kam
