// SPDX-License-Identifier: GPL-3.0-or-later
#include "http_api.h"

#include "auth_service.h"
#include "server_db.h"
#include "sync/protocol.h"
#include "sync/sync_tables.h"
#include "sync_service.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

namespace kam::server {

using namespace Qt::StringLiterals;

namespace {

const char *const kLastActive = "kamLastActive";

QByteArray header(const QList<QPair<QByteArray, QByteArray>> &headers, const char *name)
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

HttpApi::Reply json(int status, const QByteArray &body)
{
    return { status, body, { { "Content-Type", "application/json; charset=utf-8" } }, {} };
}

HttpApi::Reply json(int status, const QJsonObject &body)
{
    return json(status, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpApi::Reply errorReply(int status, const char *code, const QString &message)
{
    return json(status,
                QJsonObject { { u"error"_s, QLatin1StringView(code) }, { u"message"_s, message } });
}

HttpApi::Reply errorReply(const Error &e)
{
    switch (e.code) {
    case ErrorCode::Invalid:
        return errorReply(400, "invalid", e.message);
    case ErrorCode::NotFound:
        return errorReply(404, "not_found", e.message);
    case ErrorCode::Duplicate:
        return errorReply(409, "duplicate", e.message);
    case ErrorCode::Unauthorized:
        return errorReply(401, "unauthorized", e.message);
    case ErrorCode::Forbidden:
        return errorReply(403, "forbidden", e.message);
    case ErrorCode::Revoked:
        return json(403,
                    QJsonObject { { u"error"_s, u"device_revoked"_s },
                                  { u"message"_s, e.message },
                                  { u"wipe"_s, true } });
    case ErrorCode::Throttled: {
        HttpApi::Reply r = errorReply(429, "throttled", e.message);
        r.headers.append(qMakePair(QByteArray("Retry-After"),
                                   QByteArray::number(AuthService::kFailureWindowMs / 1000)));
        return r;
    }
    case ErrorCode::Gone:
        return errorReply(410, "gone", e.message);
    case ErrorCode::TooLarge:
        return errorReply(413, "too_large", e.message);
    case ErrorCode::Outdated:
        return errorReply(426, "outdated", e.message);
    case ErrorCode::Database:
    case ErrorCode::NewerSchema:
    case ErrorCode::NotADatabase:
    case ErrorCode::Io:
    case ErrorCode::Offline:
    case ErrorCode::Cancelled:
        break;
    }
    // Details go to the log line, not to the caller.
    HttpApi::Reply r
        = errorReply(500, "internal", QStringLiteral("Internal server error; see the server log"));
    r.user = e.message;
    return r;
}

/// The string members `keys` of `o`, or an error naming the first one missing.
Result<QStringList> strings(const QJsonObject &o, std::initializer_list<const char *> keys)
{
    QStringList out;
    for (const char *key : keys) {
        const QJsonValue v = o.value(QLatin1StringView(key));
        if (!v.isString())
            return makeError(
                ErrorCode::Invalid,
                QStringLiteral("body.%1: expected a string").arg(QLatin1StringView(key)));
        out << v.toString();
    }
    return out;
}

QJsonObject sessionJson(const Session &s)
{
    return { { u"access_token"_s, s.accessToken },
             { u"refresh_token"_s, s.refreshToken },
             { u"token_type"_s, u"Bearer"_s },
             { u"expires_in"_s, s.accessExpiresInSeconds },
             { u"user"_s,
               QJsonObject { { u"id"_s, s.userId },
                             { u"name"_s, s.name },
                             { u"role"_s, roleCode(s.role) } } } };
}

/// A non-negative integer query parameter, `fallback` when absent.
Result<qint64> integerParam(const QUrlQuery &query, const char *name, qint64 fallback)
{
    const QString key = QLatin1StringView(name);
    if (!query.hasQueryItem(key))
        return fallback;
    bool ok = false;
    const qint64 v = query.queryItemValue(key).toLongLong(&ok);
    if (!ok || v < 0)
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("%1: expected a non-negative integer").arg(key));
    return v;
}

} // namespace

HttpApi::HttpApi(ServerDb &db, AuthService &auth, SyncService &sync, LogSink log, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_db(db)
    , m_auth(auth)
    , m_sync(sync)
    , m_log(std::move(log))
    , m_sweeper(new QTimer(this))
{
    m_clock.start();
    m_sweeper->setInterval(1000);
    connect(m_sweeper, &QTimer::timeout, this, &HttpApi::sweepIdle);
    m_sweeper->start();
}

int HttpApi::openConnections() const
{
    int n = 0;
    for (QTcpServer *server : const_cast<HttpApi *>(this)->servers())
        n += int(server->findChildren<QTcpSocket *>().size());
    return n;
}

void HttpApi::sweepIdle()
{
    // Sockets are children of the QTcpServer that accepted them; one a client opened and never
    // used, or left open after an HTTP/1.0 request without "Connection: close", goes here.
    const qint64 now = m_clock.elapsed();
    for (QTcpServer *server : servers())
        for (QTcpSocket *socket : server->findChildren<QTcpSocket *>()) {
            const QVariant last = socket->property(kLastActive);
            if (!last.isValid())
                socket->setProperty(kLastActive, now);
            else if (now - last.toLongLong() > m_idleTimeoutMs && socket->bytesToWrite() == 0)
                socket->disconnectFromHost();
        }
}

Result<Principal> HttpApi::caller(const QList<QPair<QByteArray, QByteArray>> &headers,
                                  bool needsSchema)
{
    const QByteArray authorization = header(headers, "Authorization");
    const QByteArray token
        = authorization.startsWith("Bearer ") ? authorization.mid(7).trimmed() : QByteArray();
    Result<Principal> who = m_auth.authenticate(QString::fromLatin1(token));
    if (!who || !needsSchema)
        return who;
    const QByteArray schema = header(headers, sync::kSchemaHeader);
    bool ok = false;
    const int version = schema.toInt(&ok);
    if (!ok)
        return makeError(
            ErrorCode::Invalid,
            QStringLiteral("Missing or malformed %1 header (the client's sync schema version)")
                .arg(QLatin1StringView(sync::kSchemaHeader)));
    if (version < sync::kSyncSchema - 1)
        return makeError(
            ErrorCode::Outdated,
            QStringLiteral("This KAM Desk is too old for the server (sync schema %1; the server "
                           "accepts %2 and %3). Update KAM Desk, then sync again.")
                .arg(version)
                .arg(sync::kSyncSchema - 1)
                .arg(sync::kSyncSchema));
    if (version > sync::kSyncSchema)
        return makeError(
            ErrorCode::Outdated,
            QStringLiteral("This KAM Desk is newer than the server (sync schema %1; the server "
                           "knows up to %2). Ask your administrator to upgrade the server.")
                .arg(version)
                .arg(sync::kSyncSchema));
    return who;
}

HttpApi::Reply HttpApi::answer(const QByteArray &method, const QString &path,
                               const QUrlQuery &query,
                               const QList<QPair<QByteArray, QByteArray>> &headers,
                               const QByteArray &body)
{
    struct Route
    {
        const char *method;
        const char *path;
    };
    static const Route routes[] = { { "GET", "/v1/health" },        { "POST", "/v1/auth/login" },
                                    { "POST", "/v1/auth/refresh" }, { "POST", "/v1/auth/logout" },
                                    { "POST", "/v1/sync/push" },    { "GET", "/v1/sync/pull" },
                                    { "GET", "/v1/sync/bootstrap" }, { "GET", "/v1/sync/history" } };
    bool pathKnown = false;
    for (const Route &r : routes)
        if (path == QLatin1StringView(r.path)) {
            pathKnown = true;
            if (method != r.method) {
                Reply reply = errorReply(
                    405, "method_not_allowed",
                    QStringLiteral("%1 takes %2").arg(path, QLatin1StringView(r.method)));
                reply.headers.append(qMakePair(QByteArray("Allow"), QByteArray(r.method)));
                return reply;
            }
        }
    if (!pathKnown)
        return errorReply(404, "not_found", QStringLiteral("No route %1").arg(path.left(200)));
    if (body.size() > sync::kMaxPushBytes)
        return errorReply(413, "too_large",
                          QStringLiteral("The body has %1 bytes; the limit is %2")
                              .arg(body.size())
                              .arg(sync::kMaxPushBytes));

    if (path == u"/v1/health") {
        Result<int> ping = m_db.run(u"SELECT 1"_s, {}, "checking the database");
        if (!ping)
            return errorReply(ping.error());
        return json(
            200,
            QJsonObject {
                { u"status"_s, u"ok"_s },
                { u"version"_s, QStringLiteral(KAM_VERSION) },
                { u"engine"_s,
                  m_db.engine() == ServerDb::Engine::Postgres ? u"postgresql"_s : u"sqlite"_s },
                { u"client_schemas"_s,
                  QJsonArray { sync::kSyncSchema - 1, sync::kSyncSchema } } });
    }
    if (path == u"/v1/auth/login" || path == u"/v1/auth/refresh") {
        Result<QJsonObject> o = sync::parseJsonObject(body);
        if (!o)
            return errorReply(o.error());
        Result<QStringList> in = path == u"/v1/auth/login"
            ? strings(*o, { "email", "password", "device_id" })
            : strings(*o, { "refresh_token" });
        if (!in)
            return errorReply(in.error());
        Result<Session> s = path == u"/v1/auth/login"
            ? m_auth.login(in->at(0), in->at(1), in->at(2), o->value(u"device_name").toString())
            : m_auth.refresh(in->at(0));
        if (!s)
            return errorReply(s.error());
        Reply reply = json(200, sessionJson(*s));
        reply.user = s->userId;
        return reply;
    }

    Result<Principal> who = caller(headers, path.startsWith(u"/v1/sync/"));
    if (!who)
        return errorReply(who.error());
    Reply reply;
    if (path == u"/v1/auth/logout") {
        Result<void> r = m_auth.logout(*who);
        reply = r ? json(200, QJsonObject { { u"status"_s, u"logged_out"_s } })
                  : errorReply(r.error());
    } else if (path == u"/v1/sync/push") {
        Result<sync::PushBatch> batch = sync::parsePushBatch(body);
        Result<QJsonObject> r
            = batch ? m_sync.push(*who, *batch) : Result<QJsonObject>(batch.error());
        reply = r ? json(200, *r) : errorReply(r.error());
    } else if (path == u"/v1/sync/history") {
        const QString account = query.queryItemValue(u"account"_s, QUrl::FullyDecoded);
        Result<qint64> limit = integerParam(query, "limit", 10000);
        Result<QByteArray> r = !sync::isCanonicalUuid(account)
            ? Result<QByteArray>(makeError(ErrorCode::Invalid,
                                           QStringLiteral("account: expected the account's id (a UUID)")))
            : !limit ? Result<QByteArray>(limit.error())
                     : m_sync.history(*who, account, int(std::min<qint64>(*limit, 1 << 20)));
        reply = r ? json(200, *r) : errorReply(r.error());
    } else {
        Result<qint64> cursor = integerParam(query, "cursor", 0);
        Result<qint64> limit = integerParam(query, "limit", 1000);
        Result<QByteArray> r = !cursor ? Result<QByteArray>(cursor.error())
            : !limit                   ? Result<QByteArray>(limit.error())
            : path == u"/v1/sync/pull"
            ? m_sync.pull(*who, *cursor, int(std::min<qint64>(*limit, 1 << 20)))
            : m_sync.bootstrap(*who, query.queryItemValue(u"after"_s, QUrl::FullyDecoded), *cursor,
                               int(std::min<qint64>(*limit, 1 << 20)));
        reply = r ? json(200, *r) : errorReply(r.error());
    }
    if (reply.user.isEmpty())
        reply.user = who->userId;
    return reply;
}

bool HttpApi::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QElapsedTimer timer;
    timer.start();
    socket->setProperty(kLastActive, m_clock.elapsed());
    const QMetaEnum methods = QMetaEnum::fromType<QHttpServerRequest::Method>();
    const QByteArray method = QByteArray(methods.valueToKey(int(request.method()))).toUpper();
    const QString path = request.url().path();
    Reply reply = answer(method, path, request.query(), request.headers(), request.body());

    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
    responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    for (const auto &[name, value] : std::as_const(reply.headers))
        responder.writeHeader(name, value);
    responder.writeBody(reply.body);

    if (m_log) {
        // reply.user holds the internal error for a 500; the caller saw only "internal".
        QJsonObject line { { u"ts"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) },
                           { u"method"_s, QString::fromLatin1(method) },
                           { u"route"_s, path.left(200) },
                           { u"status"_s, reply.status },
                           { u"ms"_s, double(timer.nsecsElapsed() / 10000) / 100.0 },
                           { u"bytes"_s, reply.body.size() } };
        line.insert(reply.status == 500 ? u"error"_s : u"user"_s, reply.user);
        m_log(QJsonDocument(line).toJson(QJsonDocument::Compact));
    }
    if (header(request.headers(), "Connection").compare("close", Qt::CaseInsensitive) == 0)
        socket->disconnectFromHost();
    return true;
}

void HttpApi::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest answers everything, including unknown routes.
    Q_UNUSED(request);
    socket->disconnectFromHost();
}

} // namespace kam::server
