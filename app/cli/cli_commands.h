// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace kam::cli {

/// Runs kamdesk-cli with `arguments` (the program name first, as QCoreApplication::arguments()
/// gives them). Output goes to stdout, progress to stderr (on a terminal only), and a failure
/// to stderr as exactly one line. Returns the process exit code: 0 on success, 1 otherwise.
int run(const QStringList &arguments);

/// Help of one command, or of all of them for an empty name; empty for an unknown command.
QString help(const QString &command = {});

} // namespace kam::cli
