// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Moving data in and out of a store: export and import of any entity as CSV (or JSON out).

#include "cli_support.h"

namespace kam::cli {

/// The help entries of export and import.
const QList<CommandHelp> &ioCommandHelps();

/// kamdesk-cli --db FILE export ENTITY [--format csv|json] [--out FILE] [--no-bom]
Result<void> entityExportCommand(const QString &globalDb, QStringList args);
/// kamdesk-cli --db FILE import ENTITY FILE.csv [options…]
Result<void> importCommand(const QString &globalDb, QStringList args);

} // namespace kam::cli
