// SPDX-License-Identifier: GPL-3.0-or-later
// kamdesk-cli: the scripting surface. Exit 0 on success, 1 with one line on stderr otherwise.

#include "cli_commands.h"

#include <QGuiApplication>

#include <algorithm>
#include <cstring>
#include <memory>

namespace {

/// The offscreen platform's one remark on a machine without a session: noise on the stderr
/// that scripts read for the single error line.
QtMessageHandler defaultHandler = nullptr;

void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (!message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        defaultHandler(type, context, message);
}

} // namespace

int main(int argc, char *argv[])
{
    // plan-pdf lays out text, which needs a GUI application's fonts; offscreen needs no display.
    const bool fonts = std::any_of(argv, argv + argc, [](const char *a) { return std::strcmp(a, "plan-pdf") == 0; });
    std::unique_ptr<QCoreApplication> app;
    if (fonts) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        defaultHandler = qInstallMessageHandler(quietHandler);
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("KAM"));
    QCoreApplication::setApplicationName(QStringLiteral("kamdesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KAM_VERSION));
    return kam::cli::run(QCoreApplication::arguments());
}
