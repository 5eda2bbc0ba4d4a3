// SPDX-License-Identifier: GPL-3.0-or-later
// kamdesk-server: the sync server. The protocol, routes and server store arrive with issue 4;
// until then the binary answers --help and --version (so scripts can probe it) and refuses to
// run with exit code 2, which run.sh reports as "not yet implemented".

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kamdesk-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KAM_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("KAM Desk sync server (not yet implemented, see issue 4)."));
    parser.addHelpOption();
    parser.addVersionOption();
    // Accepted now so that the documented command line parses; they have no effect yet.
    parser.addOption({QStringLiteral("db"),
                      QStringLiteral("Server store: a SQLite file or postgresql://user@host/db."),
                      QStringLiteral("url")});
    parser.addOption({QStringLiteral("listen"),
                      QStringLiteral("Address and port to listen on (default 127.0.0.1:8443)."),
                      QStringLiteral("host:port")});
    parser.process(app); // handles --help and --version and exits; exits 1 on unknown options

    QTextStream(stderr) << "kamdesk-server: not yet implemented (see issue 4)\n";
    return 2;
}
