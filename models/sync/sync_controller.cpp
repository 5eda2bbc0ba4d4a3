// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync_controller.h"

#include "http_transport.h"
#include "store/store.h"
#include "store/sync_journal.h"

#include <QCoreApplication>
#include <QMutex>
#include <QNetworkInformation>
#include <QSysInfo>

#include <atomic>

namespace kam::sync {

/// The engine's side of the controller; lives on the controller's thread and owns everything
/// that touches the network or the worker's connection to the store.
class SyncWorker : public QObject
{
    Q_OBJECT

public:
    SyncWorker(QString path, SyncController::VaultFactory vaults)
        : m_path(std::move(path))
        , m_vaults(std::move(vaults))
    {
    }

    /// Thread-safe: stops the request in flight and the sync at its next step.
    void cancel()
    {
        m_cancel = true;
        QMutexLocker lock(&m_mutex);
        if (m_transport)
            m_transport->setCancelled(true);
    }

public slots:
    void open()
    {
        Result<std::unique_ptr<Store>> store = Store::open(m_path);
        if (!store) {
            emit syncDone(false, int(store.error().code), store.error().message);
            return;
        }
        m_store = std::move(store).value();
        connect(m_store.get(), &Store::rowsChanged, this, &SyncWorker::changed);
        SyncJournal journal(*m_store);
        Result<QString> server = journal.setting(SyncJournal::kServerKey);
        Result<QString> user = journal.setting(SyncJournal::kUserKey);
        bool session = false;
        if (server && user && !server->isEmpty() && !user->isEmpty())
            if (Result<QUrl> url = parseServerUrl(*server); url && connectTo(*url, *user))
                session = m_engine->hasSession();
        emit opened(session);
    }

    void login(const QString &server, const QString &email, const QString &password)
    {
        const auto done = [this](const Result<void> &r) {
            emit loginDone(bool(r), r ? 0 : int(r.error().code), r ? QString() : r.error().message,
                           m_engine ? m_engine->vaultProblem() : QString());
        };
        if (!m_store)
            return done(makeError(ErrorCode::Io, QCoreApplication::translate("kam::sync", "The store is not open.")));
        Result<QUrl> url = parseServerUrl(server);
        if (!url)
            return done(url.error());
        if (Result<void> r = connectTo(*url, email); !r)
            return done(r);
        m_cancel = false;
        m_transport->setCancelled(false);
        Result<void> r = m_engine->login(email, password, QSysInfo::machineHostName());
        if (r)
            r = SyncJournal(*m_store).setSetting(SyncJournal::kServerKey, url->toString());
        done(r);
    }

    void sync()
    {
        if (!m_engine) {
            emit syncDone(false, int(ErrorCode::Unauthorized),
                          QCoreApplication::translate("kam::sync", "Log in to the server to sync."));
            return;
        }
        m_cancel = false;
        m_transport->setCancelled(false);
        Result<SyncReport> r = m_engine->sync([this](const SyncProgress &p) {
            emit progress(p.done, p.total);
            return !m_cancel;
        });
        if (!r && m_cancel)
            emit syncDone(false, int(ErrorCode::Cancelled),
                          QCoreApplication::translate("kam::sync", "Sync was cancelled."));
        else
            emit syncDone(bool(r), r ? 0 : int(r.error().code), r ? QString() : r.error().message);
    }

    void logout()
    {
        if (m_engine)
            (void)m_engine->logout();
    }

    void loadHistory(const QString &accountId)
    {
        Result<int> added = m_engine ? m_engine->loadHistory(accountId)
                                     : Result<int>(makeError(ErrorCode::Unauthorized, {}));
        emit historyDone(accountId, added ? *added : 0, added ? QString() : added.error().message);
    }

signals:
    void opened(bool hasSession);
    void progress(qint64 done, qint64 total);
    void changed(const QString &table, const QStringList &ids);
    void loginDone(bool ok, int code, const QString &message, const QString &vaultProblem);
    void syncDone(bool ok, int code, const QString &message);
    void historyDone(const QString &accountId, int added, const QString &error);

private:
    /// The transport, vault and engine for one server account; kept while it stays the same.
    Result<void> connectTo(const QUrl &server, const QString &email)
    {
        const QString account = QStringLiteral("%1 @ %2").arg(email, server.toString());
        if (m_engine && account == m_account)
            return {};
        m_engine.reset();
        {
            QMutexLocker lock(&m_mutex);
            m_transport = std::make_unique<HttpTransport>(server);
        }
        m_vault = m_vaults ? m_vaults(account) : nullptr;
        m_engine = std::make_unique<SyncEngine>(*m_store, *m_transport, m_vault.get());
        m_account = account;
        return {};
    }

    QString m_path;
    SyncController::VaultFactory m_vaults;
    std::unique_ptr<Store> m_store;
    QMutex m_mutex; ///< guards m_transport against cancel() from the window's thread
    std::unique_ptr<HttpTransport> m_transport;
    std::unique_ptr<TokenVault> m_vault;
    std::unique_ptr<SyncEngine> m_engine;
    QString m_account;
    std::atomic_bool m_cancel = false;
};

SyncController::SyncController(Store *store, VaultFactory vaults, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    qRegisterMetaType<SyncStatus>();
    m_thread.setObjectName(QStringLiteral("sync"));
    auto *worker = new SyncWorker(store->path(), std::move(vaults));
    worker->moveToThread(&m_thread);
    m_worker = worker;
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &SyncWorker::changed, m_store, &Store::announceChanges);
    connect(worker, &SyncWorker::opened, this, [this](bool session) {
        m_busy = false;
        m_hasSession = session;
        SyncStatus s = m_status;
        s.state = session ? SyncStatus::State::UpToDate : SyncStatus::State::SignedOut;
        setStatus(s);
        if (session)
            syncNow();
    });
    connect(worker, &SyncWorker::progress, this, [this](qint64 done, qint64 total) {
        SyncStatus s = m_status;
        s.state = SyncStatus::State::Syncing;
        s.done = done;
        s.total = total;
        m_status = s; // counts are read when the sync ends, not at every page
        emit statusChanged(m_status);
    });
    connect(worker, &SyncWorker::loginDone, this, &SyncController::onLoginDone);
    connect(worker, &SyncWorker::syncDone, this, &SyncController::onSyncDone);
    connect(worker, &SyncWorker::historyDone, this,
            [this](const QString &accountId, int added, const QString &error) {
                if (!error.isEmpty())
                    m_historyLoaded.remove(accountId); // asked again next time
                emit historyLoaded(accountId, added, error);
            });
    // Edits made in this window change what waits to be sent.
    connect(m_store, &Store::rowsChanged, this, [this] {
        if (!m_busy)
            setStatus(m_status);
    });
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_hasSession)
            syncNow();
    });
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                &SyncController::onNetworkChanged);
    m_thread.start();
    m_busy = true; // until the worker has opened the store (opened, or syncDone on failure)
    QMetaObject::invokeMethod(worker, &SyncWorker::open);
}

SyncController::~SyncController()
{
    cancel();
    m_thread.quit();
    m_thread.wait();
}

QString SyncController::serverUrl() const
{
    Result<QString> v = SyncJournal(*m_store).setting(SyncJournal::kServerKey);
    return v ? *v : QString();
}

QString SyncController::userEmail() const
{
    Result<QString> v = SyncJournal(*m_store).setting(SyncJournal::kUserKey);
    return v ? *v : QString();
}

void SyncController::setInterval(int minutes)
{
    m_interval = std::max(0, minutes);
    if (m_interval == 0)
        m_timer.stop();
    else
        m_timer.start(m_interval * 60 * 1000);
}

void SyncController::login(const QString &server, const QString &email, const QString &password)
{
    // The worker takes requests in order: a login asked for while the store opens or a sync
    // runs waits for it.
    m_busy = true;
    m_cancelled = false;
    SyncStatus s = m_status;
    s.state = SyncStatus::State::Syncing;
    s.done = 0;
    s.total = -1;
    setStatus(s);
    QMetaObject::invokeMethod(m_worker, [w = m_worker, server, email, password] {
        if (w)
            w->login(server, email, password);
    });
}

void SyncController::syncNow()
{
    if (m_busy)
        return;
    if (!m_hasSession) {
        SyncStatus s = m_status;
        s.state = SyncStatus::State::SignedOut;
        setStatus(s);
        emit loginNeeded(tr("Log in to the server to sync."));
        return;
    }
    m_busy = true;
    m_cancelled = false;
    SyncStatus s = m_status;
    s.state = SyncStatus::State::Syncing;
    s.done = 0;
    s.total = -1;
    setStatus(s);
    QMetaObject::invokeMethod(m_worker, [w = m_worker] {
        if (w)
            w->sync();
    });
}

void SyncController::cancel()
{
    if (!m_busy || !m_worker)
        return;
    m_cancelled = true;
    m_worker->cancel();
}

void SyncController::logout()
{
    cancel();
    m_hasSession = false;
    QMetaObject::invokeMethod(m_worker, [w = m_worker] {
        if (w)
            w->logout();
    });
    SyncStatus s = m_status;
    s.state = SyncStatus::State::SignedOut;
    s.message.clear();
    setStatus(s);
}

void SyncController::loadHistory(const QString &accountId)
{
    if (!m_hasSession || accountId.isEmpty() || m_historyLoaded.contains(accountId))
        return;
    m_historyLoaded.insert(accountId);
    QMetaObject::invokeMethod(m_worker, [w = m_worker, accountId] {
        if (w)
            w->loadHistory(accountId);
    });
}

void SyncController::refreshCounts(SyncStatus &status) const
{
    if (Result<qint64> pending = m_store->pendingChangeCount())
        status.pending = *pending;
    if (Result<int> open = SyncJournal(*m_store).openConflictCount())
        status.conflicts = *open;
    if (status.state == SyncStatus::State::UpToDate || status.state == SyncStatus::State::Conflicts)
        status.state = status.conflicts > 0 ? SyncStatus::State::Conflicts : SyncStatus::State::UpToDate;
}

void SyncController::setStatus(const SyncStatus &status)
{
    m_status = status;
    refreshCounts(m_status);
    emit statusChanged(m_status);
}

void SyncController::onLoginDone(bool ok, int code, const QString &message, const QString &vaultProblem)
{
    m_busy = false;
    if (!ok) {
        SyncStatus s = m_status;
        s.state = m_hasSession ? SyncStatus::State::Error : SyncStatus::State::SignedOut;
        s.message = message;
        setStatus(s);
        if (ErrorCode(code) == ErrorCode::Revoked)
            emit revoked(message);
        emit loginFinished(false, message);
        return;
    }
    m_hasSession = true;
    emit loginFinished(true, {});
    if (!vaultProblem.isEmpty())
        emit keychainUnavailable(vaultProblem);
    syncNow();
}

void SyncController::onSyncDone(bool ok, int code, const QString &message)
{
    m_busy = false;
    SyncStatus s = m_status;
    s.message = message;
    if (ok) {
        s.state = SyncStatus::State::UpToDate;
        s.lastSync = QDateTime::currentDateTimeUtc();
        setStatus(s);
        return;
    }
    switch (ErrorCode(code)) {
    case ErrorCode::Offline:
        s.state = SyncStatus::State::Offline;
        break;
    case ErrorCode::Cancelled:
        s.state = SyncStatus::State::UpToDate; // what was committed stays; counts tell the rest
        break;
    case ErrorCode::Unauthorized:
    case ErrorCode::Revoked:
        // The session is gone: the password is needed again, or the device lost its access.
        m_hasSession = false;
        s.state = SyncStatus::State::SignedOut;
        setStatus(s);
        if (ErrorCode(code) == ErrorCode::Revoked)
            emit revoked(message);
        else
            emit loginNeeded(message);
        return;
    case ErrorCode::Outdated:
        s.state = SyncStatus::State::Error;
        setStatus(s);
        emit outdated(message);
        return;
    default:
        s.state = SyncStatus::State::Error;
        break;
    }
    setStatus(s);
}

void SyncController::onNetworkChanged()
{
    const auto reach = QNetworkInformation::instance()->reachability();
    if (reach == QNetworkInformation::Reachability::Disconnected) {
        if (!m_busy) {
            SyncStatus s = m_status;
            s.state = m_hasSession ? SyncStatus::State::Offline : SyncStatus::State::SignedOut;
            setStatus(s);
        }
    } else if (reach == QNetworkInformation::Reachability::Online && m_hasSession) {
        syncNow(); // the network came back: send what waited
    }
}

} // namespace kam::sync

#include "sync_controller.moc"
