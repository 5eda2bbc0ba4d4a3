// SPDX-License-Identifier: GPL-3.0-or-later
// kamdesk-cli: the scripting surface. Exit 0 on success, 1 with one line on stderr otherwise.

#include "cli_commands.h"

#include <QGuiApplication>

int main(int argc, char *argv[])
{
    // plan-pdf lays out text, which needs a GUI application's fonts; offscreen needs no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("KAM"));
    QCoreApplication::setApplicationName(QStringLiteral("kamdesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KAM_VERSION));
    return kam::cli::run(QCoreApplication::arguments());
}
