// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QPair>

#include <functional>

class QTimer;

namespace kam::server {

class AuthService;
class ServerDb;
class SyncService;
struct Principal;

/// The HTTP/JSON face of the server: routes, authentication, limits, one log line per request.
/// Built on QAbstractHttpServer so that it sees each connection: Qt 6.4's QHttpServer keeps
/// every connection open, so this one closes on "Connection: close" and sweeps idle sockets.
class HttpApi : public QAbstractHttpServer
{
    Q_OBJECT

public:
    /// An idle keep-alive connection is closed after this long.
    static constexpr int kIdleTimeoutMs = 30000;

    using LogSink = std::function<void(const QByteArray &line)>;
    HttpApi(ServerDb &db, AuthService &auth, SyncService &sync, LogSink log,
            QObject *parent = nullptr);

    /// Closes connections idle for longer than `ms` (tests shorten it).
    void setIdleTimeout(int ms) { m_idleTimeoutMs = ms; }
    /// Connections currently open, for tests and the health answer.
    int openConnections() const;

    struct Reply
    {
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        QString user; ///< for the log line
    };
    /// Answers one request; public so that fuzz tests can drive it without a socket.
    Reply answer(const QByteArray &method, const QString &path, const QUrlQuery &query,
                 const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Result<Principal> caller(const QList<QPair<QByteArray, QByteArray>> &headers, bool needsSchema);
    void sweepIdle();

    ServerDb &m_db;
    AuthService &m_auth;
    SyncService &m_sync;
    LogSink m_log;
    QTimer *m_sweeper;
    QElapsedTimer m_clock;
    int m_idleTimeoutMs = kIdleTimeoutMs;
};

} // namespace kam::server
