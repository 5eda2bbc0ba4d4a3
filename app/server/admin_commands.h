// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace kam::server {

/// `kamdesk-server admin --db URL COMMAND …`: users, reassignment, handover report, device
/// revocation, purge. Exit 0 on success, 1 with one line on stderr otherwise.
int runAdmin(const QStringList &arguments);

} // namespace kam::server
