// SPDX-License-Identifier: GPL-3.0-or-later
// kamdesk-server: the sync server every KAM Desk client talks to, and its admin commands.

#include "admin_commands.h"
#include "server/auth_service.h"
#include "server/http_api.h"
#include "server/server_db.h"
#include "server/sync_service.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTextStream>

#include <csignal>
#include <cstdio>

namespace {

int fail(const QString &message)
{
    QTextStream(stderr) << "kamdesk-server: " << message << '\n';
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kamdesk-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KAM_VERSION));
    const QStringList args = QCoreApplication::arguments();
    if (args.size() > 1 && args.at(1) == u"admin")
        return kam::server::runAdmin(args);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "KAM Desk sync server.\n"
        "  kamdesk-server --db sqlite:PATH | --db postgresql://user@host/db [--listen HOST:PORT]\n"
        "  kamdesk-server admin --help   (users, reassign, handover-report, revoke-device, "
        "purge)"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db({ QStringLiteral("db") },
                                QStringLiteral("Server database: sqlite:PATH or postgresql://…"),
                                QStringLiteral("url"));
    const QCommandLineOption listen({ QStringLiteral("listen") },
                                    QStringLiteral("Address and port (default 127.0.0.1:8443)."),
                                    QStringLiteral("host:port"));
    const QCommandLineOption cert({ QStringLiteral("tls-cert") },
                                  QStringLiteral("PEM certificate: serve HTTPS."),
                                  QStringLiteral("file"));
    const QCommandLineOption key({ QStringLiteral("tls-key") },
                                 QStringLiteral("PEM private key for --tls-cert."),
                                 QStringLiteral("file"));
    const QCommandLineOption quiet({ QStringLiteral("quiet") },
                                   QStringLiteral("No request log lines on stderr."));
    parser.addOptions({ db, listen, cert, key, quiet });
    parser.process(app);
    if (!parser.isSet(db))
        return fail(QStringLiteral("--db is required (sqlite:PATH or postgresql://user@host/db)"));

    const QString listenAt
        = parser.isSet(listen) ? parser.value(listen) : QStringLiteral("127.0.0.1:8443");
    const qsizetype colon = listenAt.lastIndexOf(u':');
    bool portOk = false;
    const uint port = listenAt.mid(colon + 1).toUInt(&portOk);
    const QHostAddress address(listenAt.left(colon).remove(u'[').remove(u']'));
    if (colon < 0 || !portOk || port > 65535 || address.isNull())
        return fail(QStringLiteral("--listen must be HOST:PORT with an IP address, not “%1”")
                        .arg(listenAt));
    const bool tls = parser.isSet(cert) || parser.isSet(key);
    // Tokens must not cross a network in clear text: plain HTTP only on loopback, where a TLS
    // reverse proxy (nginx, Caddy) in front of the server terminates HTTPS.
    if (!tls && !address.isLoopback())
        return fail(QStringLiteral("refusing plain HTTP on %1: use --tls-cert/--tls-key, or "
                                   "listen on 127.0.0.1 behind a TLS reverse proxy")
                        .arg(listenAt));

    auto opened = kam::server::ServerDb::open(parser.value(db));
    if (!opened)
        return fail(opened.error().message);
    kam::server::ServerDb &store = **opened;
    kam::server::AuthService auth(store);
    kam::server::SyncService sync(store, auth);
    const bool logRequests = !parser.isSet(quiet);
    kam::server::HttpApi api(store, auth, sync, [logRequests](const QByteArray &line) {
        if (logRequests) {
            std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
            std::fputc('\n', stderr);
        }
    });
    if (tls) {
        // The whole chain in the certificate file is sent, so public CAs' intermediates verify.
        const QList<QSslCertificate> chain = QSslCertificate::fromPath(parser.value(cert));
        QFile keyFile(parser.value(key));
        if (chain.isEmpty() || !keyFile.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read a PEM certificate from --tls-cert and a key "
                                       "from --tls-key"));
        const QByteArray keyPem = keyFile.readAll();
        QSslKey privateKey(keyPem, QSsl::Rsa, QSsl::Pem);
        if (privateKey.isNull())
            privateKey = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
        if (privateKey.isNull())
            return fail(QStringLiteral("--tls-key is not a PEM RSA or EC private key"));
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificateChain(chain);
        config.setPrivateKey(privateKey);
        api.sslSetup(config);
    }
    const quint16 bound = api.listen(address, quint16(port));
    if (bound == 0)
        return fail(QStringLiteral("cannot listen on %1").arg(listenAt));
    QTextStream(stderr) << "kamdesk-server " << KAM_VERSION << " on " << (tls ? "https" : "http")
                        << "://" << listenAt.left(colon) << ':' << bound << " with "
                        << store.displayName() << '\n';
    std::signal(SIGTERM, [](int) { QCoreApplication::quit(); });
    std::signal(SIGINT, [](int) { QCoreApplication::quit(); });
    return app.exec();
}
