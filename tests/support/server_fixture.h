// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A real sync server for tests: a throwaway database on the engine named by KAM_TEST_ENGINE
// (sqlite, or postgresql on the KAM_TEST_PG_URL that ./test.sh starts), the services on a fake
// clock, and the HTTP API listening on 127.0.0.1 with a synchronous client to call it.

#include "server/auth_service.h"
#include "server/http_api.h"
#include "server/server_db.h"
#include "server/sync_service.h"
#include "store/store.h"
#include "sync/protocol.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

namespace kam::test {

inline QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

inline QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

/// A fresh, empty server database for the engine under test; dropped again on destruction.
class ServerDatabase
{
public:
    ServerDatabase()
    {
        m_engine = qEnvironmentVariable("KAM_TEST_ENGINE", QStringLiteral("sqlite"));
        if (m_engine == u"sqlite") {
            url = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("server.sqlite"));
            return;
        }
        const QString pg = qEnvironmentVariable("KAM_TEST_PG_URL");
        if (pg.isEmpty()) {
            skipReason = QStringLiteral("KAM_TEST_PG_URL is not set; ./test.sh starts a "
                                        "throwaway PostgreSQL");
            return;
        }
        QUrl base(pg);
        m_name = QStringLiteral("kam_t_") + uuid().remove(u'-');
        {
            QSqlDatabase admin = adminConnection(base);
            QSqlQuery q(admin);
            if (!q.exec(QStringLiteral("CREATE DATABASE %1").arg(m_name)))
                qFatal("cannot create a test database: %s", qPrintable(q.lastError().text()));
        }
        base.setPath(u'/' + m_name);
        url = base.toString();
    }
    ~ServerDatabase()
    {
        if (m_name.isEmpty())
            return;
        {
            QSqlDatabase admin = adminConnection(QUrl(qEnvironmentVariable("KAM_TEST_PG_URL")));
            QSqlQuery q(admin);
            q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("kam-test-admin"));
    }
    bool isPostgres() const { return !m_name.isEmpty(); }

    QString url;
    QString skipReason;

private:
    static QSqlDatabase adminConnection(const QUrl &u)
    {
        QSqlDatabase db = QSqlDatabase::contains(QStringLiteral("kam-test-admin"))
            ? QSqlDatabase::database(QStringLiteral("kam-test-admin"))
            : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("kam-test-admin"));
        db.setHostName(u.host());
        db.setPort(u.port(5432));
        db.setUserName(u.userName());
        db.setDatabaseName(u.path().mid(1));
        if (!db.isOpen() && !db.open())
            qFatal("cannot connect to %s: %s", qPrintable(u.toString()),
                   qPrintable(db.lastError().text()));
        return db;
    }

    QString m_engine;
    QTemporaryDir m_dir;
    QString m_name;
};

struct Response
{
    int status = 0;
    QByteArray body;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString error() const { return json().value(u"error").toString(); }
};

/// One request to the server on 127.0.0.1:`port`, waited for; `schema` < 0 sends no schema header.
inline Response httpCall(QNetworkAccessManager &network, quint16 port, const QByteArray &method,
                         const QString &pathAndQuery, const QByteArray &body = {},
                         const QString &token = {}, int schema = sync::kSyncSchema)
{
    QNetworkRequest request(
        QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(pathAndQuery)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    if (schema >= 0)
        request.setRawHeader(sync::kSchemaHeader, QByteArray::number(schema));
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Response r { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                 reply->readAll() };
    reply->deleteLater();
    return r;
}

/// A logged-in device.
struct Device
{
    QString userId;
    QString deviceId;
    QString token;
    QString refresh;
};

/// Logs `email` in with the test password, on device `deviceId`.
inline Device httpLogin(QNetworkAccessManager &network, quint16 port, const QString &email,
                        const QString &deviceId = uuid())
{
    const Response r = httpCall(network, port, "POST", QStringLiteral("/v1/auth/login"),
                                QJsonDocument(QJsonObject { { "email", email },
                                                            { "password", "correct horse battery" },
                                                            { "device_id", deviceId } })
                                    .toJson());
    if (r.status != 200)
        qFatal("login %s: %d %s", qPrintable(email), r.status, r.body.constData());
    const QJsonObject o = r.json();
    return { o.value(u"user").toObject().value(u"id").toString(), deviceId,
             o.value(u"access_token").toString(), o.value(u"refresh_token").toString() };
}

/// Server (database, services, HTTP API on 127.0.0.1) plus a synchronous HTTP client.
class TestServer
{
    ServerDatabase m_database; // first in, last out: the database outlives the connections

public:
    /// Opens the server; on failure `skipReason` or `error` says why.
    TestServer()
    {
        if (!m_database.skipReason.isEmpty()) {
            skipReason = m_database.skipReason;
            return;
        }
        Result<std::unique_ptr<server::ServerDb>> opened = server::ServerDb::open(m_database.url);
        if (!opened) {
            error = opened.error().message;
            return;
        }
        db = std::move(opened).value();
        const server::Clock clock = [this] { return now; };
        auth = std::make_unique<server::AuthService>(*db, clock);
        sync = std::make_unique<server::SyncService>(*db, *auth, clock);
        api = std::make_unique<server::HttpApi>(*db, *auth, *sync, server::HttpApi::LogSink());
        port = api->listen(QHostAddress::LocalHost, 0);
        if (port == 0)
            error = QStringLiteral("cannot listen on 127.0.0.1");
    }
    bool ok() const { return skipReason.isEmpty() && error.isEmpty(); }
    const QString &url() const { return m_database.url; }
    bool isPostgres() const { return m_database.isPostgres(); }

    Response call(const QByteArray &method, const QString &pathAndQuery,
                  const QByteArray &body = {}, const QString &token = {},
                  int schema = sync::kSyncSchema)
    {
        return httpCall(m_network, port, method, pathAndQuery, body, token, schema);
    }

    server::UserInfo addUser(const QString &email, server::Role role = server::Role::Manager)
    {
        Result<server::UserInfo> u = sync->addUser(email, email.section(u'@', 0, 0), role,
                                                   QStringLiteral("correct horse battery"));
        if (!u)
            qFatal("addUser: %s", qPrintable(u.error().message));
        return *u;
    }

    Device login(const QString &email, const QString &deviceId = uuid())
    {
        return httpLogin(m_network, port, email, deviceId);
    }

    /// One mutation for a push body.
    static sync::Mutation mutation(const QString &table, const QString &row, const QString &op,
                                   const QList<std::pair<QString, QString>> &fields,
                                   qint64 base = 0, qint64 atMs = 0)
    {
        sync::Mutation m {
            uuid(), table, row, op, atMs ? atMs : QDateTime::currentMSecsSinceEpoch(), {}
        };
        for (const auto &[field, value] : fields)
            m.fields.push_back(
                { field, value.isEmpty() ? std::nullopt : std::optional(value), base });
        return m;
    }

    Response push(const Device &d, const std::vector<sync::Mutation> &mutations)
    {
        return call("POST", QStringLiteral("/v1/sync/push"),
                    QJsonDocument(sync::toJson({ d.deviceId, mutations })).toJson(), d.token);
    }

    /// Pulls every page after `cursor`; returns the changes and moves `cursor`.
    QJsonArray pullAll(const Device &d, qint64 &cursor, int limit = 1000)
    {
        QJsonArray all;
        for (;;) {
            const Response r = call(
                "GET", QStringLiteral("/v1/sync/pull?cursor=%1&limit=%2").arg(cursor).arg(limit),
                {}, d.token);
            if (r.status != 200)
                qFatal("pull: %d %s", r.status, r.body.constData());
            const QJsonObject o = r.json();
            for (const QJsonValue &c : o.value(u"changes").toArray())
                all.append(c);
            cursor = o.value(u"cursor").toInteger();
            if (!o.value(u"more").toBool())
                return all;
        }
    }

    qint64 now = QDateTime::currentMSecsSinceEpoch();
    std::unique_ptr<server::ServerDb> db;
    std::unique_ptr<server::AuthService> auth;
    std::unique_ptr<server::SyncService> sync;
    std::unique_ptr<server::HttpApi> api;
    quint16 port = 0;
    QString skipReason;
    QString error;

private:
    QNetworkAccessManager m_network;
};

/// Fails or skips the calling test function unless the server is up.
#define KAM_REQUIRE_SERVER(server)                                                                 \
    do {                                                                                           \
        if (!(server).skipReason.isEmpty())                                                        \
            QSKIP(qPrintable((server).skipReason));                                                \
        QVERIFY2((server).error.isEmpty(), qPrintable((server).error));                            \
    } while (false)

} // namespace kam::test
