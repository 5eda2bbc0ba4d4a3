// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The value-model analytics as analyst commands: ahp, fuzzy, grey. They read files, not a store.

#include "cli_support.h"

namespace kam::cli {

/// The help entries of ahp, fuzzy and grey, in the order the help lists them.
const QList<CommandHelp> &valueCommandHelps();

/// kamdesk-cli ahp --matrix FILE.csv [--ri classic|revised] [--json]
Result<void> ahpCommand(const QStringList &args);
/// kamdesk-cli fuzzy --weights W --membership FILE.csv | --model FILE.json [--operator …] [--json]
Result<void> fuzzyCommand(const QStringList &args);
/// kamdesk-cli grey --data FILE.csv [--rho R] [--weights W] [--json]
Result<void> greyCommand(const QStringList &args);

} // namespace kam::cli
