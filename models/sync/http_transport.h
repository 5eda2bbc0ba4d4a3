// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync_engine.h"

#include <QUrl>

#include <atomic>
#include <memory>

class QNetworkAccessManager;

namespace kam::sync {

/// The engine's HTTP client: one blocking request at a time on the calling thread (which runs
/// a local event loop while waiting), with a timeout and a cancel flag other threads may set.
class HttpTransport : public Transport
{
public:
    explicit HttpTransport(const QUrl &server, int timeoutMs = 60000);
    ~HttpTransport() override;

    HttpReply send(const QByteArray &method, const QString &path, const QByteArray &body,
                   const QString &bearer) override;
    /// Aborts the request in flight (and later ones until cleared); thread-safe.
    void setCancelled(bool cancelled) { m_cancelled = cancelled; }

private:
    QUrl m_server;
    int m_timeoutMs;
    std::atomic_bool m_cancelled = false;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

/// A server address as the user typed it ("kam.example.com", "http://127.0.0.1:8443"), or an
/// error saying what is wrong with it. Plain http is only accepted for loopback addresses.
Result<QUrl> parseServerUrl(const QString &text);

} // namespace kam::sync
