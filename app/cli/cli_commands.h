// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QStringList>

namespace kam::cli {

/// Runs one command (`arguments` starts with the command name) on the store at `dbPath`;
/// output goes to stdout, progress to stderr. `usage` gets the command's help text.
Result<void> run(const QString &dbPath, const QStringList &arguments);

/// Help of one command, or of all of them for an empty name.
QString help(const QString &command = {});

} // namespace kam::cli
