// SPDX-License-Identifier: GPL-3.0-or-later
// kamdesk-cli: the scripting surface. Exit 0 on success, 1 with one line on stderr otherwise.

#include "cli_commands.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("KAM"));
    QCoreApplication::setApplicationName(QStringLiteral("kamdesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KAM_VERSION));
    return kam::cli::run(QCoreApplication::arguments());
}
