// SPDX-License-Identifier: GPL-3.0-or-later
// kamdesk-cli: the scripting surface. Exit 0 on success, 1 with one line on stderr otherwise.

#include "cli_commands.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("KAM"));
    QCoreApplication::setApplicationName(QStringLiteral("kamdesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KAM_VERSION));

    QStringList args = QCoreApplication::arguments().mid(1);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto fail = [&](const QString &reason) {
        err << "kamdesk-cli: " << QString(reason).replace(QLatin1Char('\n'), QLatin1Char(' ')) << Qt::endl;
        return 1;
    };

    QString db;
    while (!args.isEmpty() && args.front().startsWith(QLatin1String("--"))) {
        const QString option = args.takeFirst();
        if (option == QLatin1String("--help")) {
            out << kam::cli::help();
            return 0;
        }
        if (option == QLatin1String("--version")) {
            out << "kamdesk-cli " << QCoreApplication::applicationVersion() << Qt::endl;
            return 0;
        }
        if (option == QLatin1String("--db") && !args.isEmpty())
            db = args.takeFirst();
        else if (option.startsWith(QLatin1String("--db=")))
            db = option.mid(5);
        else
            return fail(QStringLiteral("unknown option %1 (see --help)").arg(option));
    }
    if (args.isEmpty())
        return fail(QStringLiteral("no command given (see --help)"));
    if (args.contains(QLatin1String("--help"))) {
        const QString text = kam::cli::help(args.front());
        if (text.isEmpty())
            return fail(QStringLiteral("unknown command %1 (see --help)").arg(args.front()));
        out << text;
        return 0;
    }
    if (db.isEmpty())
        return fail(QStringLiteral("--db FILE is required"));
    const kam::Result<void> r = kam::cli::run(db, args);
    return r ? 0 : fail(r.error().message);
}
