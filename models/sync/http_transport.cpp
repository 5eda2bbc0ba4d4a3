// SPDX-License-Identifier: GPL-3.0-or-later
#include "http_transport.h"

#include "protocol.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace kam::sync {

HttpTransport::HttpTransport(const QUrl &server, int timeoutMs)
    : m_server(server)
    , m_timeoutMs(timeoutMs)
    , m_nam(std::make_unique<QNetworkAccessManager>())
{
}

HttpTransport::~HttpTransport() = default;

HttpReply HttpTransport::send(const QByteArray &method, const QString &path, const QByteArray &body,
                              const QString &bearer)
{
    if (m_cancelled)
        return {0, {}, QCoreApplication::translate("kam::sync", "Cancelled")};
    QUrl url = m_server;
    const qsizetype q = path.indexOf(u'?');
    url.setPath(m_server.path().chopped(m_server.path().endsWith(u'/') ? 1 : 0) + path.left(q < 0 ? path.size() : q));
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(kSchemaHeader, QByteArray::number(kSyncSchema));
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer.toLatin1());
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply *reply = m_nam->sendCustomRequest(request, method, body);

    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer poll; // the cancel flag is set from another thread
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (m_cancelled)
            reply->abort();
    });
    poll.start(100);
    if (!reply->isFinished())
        loop.exec();
    poll.stop();

    HttpReply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    if (out.status == 0)
        out.networkError = m_cancelled ? QCoreApplication::translate("kam::sync", "Cancelled")
                                       : reply->errorString();
    reply->deleteLater();
    return out;
}

Result<QUrl> parseServerUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("kam::sync", "Enter the server address."));
    QUrl url = QUrl::fromUserInput(trimmed.contains(u"://") ? trimmed : u"https://"_qs + trimmed);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != u"https" && url.scheme() != u"http"))
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("kam::sync", "“%1” is not a server address such "
                                                                   "as https://kam.example.com.")
                             .arg(trimmed));
    const QHostAddress host(url.host());
    const bool loopback = url.host() == u"localhost" || (!host.isNull() && host.isLoopback());
    if (url.scheme() == u"http" && !loopback)
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("kam::sync",
                                                     "%1 uses plain http; passwords must not travel "
                                                     "unencrypted. Use https:// (plain http is only "
                                                     "for a server on this computer).")
                             .arg(trimmed));
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

} // namespace kam::sync
