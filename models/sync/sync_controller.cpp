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
#include <deque>

namespace kam::sync {

/// The engine's side of the controller; lives on the controller's thread and owns everything
/// that touches the network or the worker's connection to the store. HTTP requests and the
/// keychain wait in local event loops, which would start the next queued request inside the
/// running one: requests therefore go through a queue and run one at a time.
class SyncWorker : public QObject
{
    Q_OBJECT

public:
    SyncWorker(QString path, SyncController::VaultFactory vaults)
        : m_path(std::move(path))
        , m_vaults(std::move(vaults))
    {
    }

    /// Runs `job` after those before it (call on the worker's thread).
    void post(std::function<void()> job)
    {
        if (m_stopping)
            return;
        m_queue.push_back(std::move(job));
        if (m_running)
            return; // the running job's drain loop takes it
        m_running = true;
        while (!m_queue.empty() && !m_stopping) {
            std::function<void()> next = std::move(m_queue.front());
            m_queue.pop_front();
            m_cancel = false; // a cancel is for the job it hits
            if (QMutexLocker lock(&m_mutex); m_conn.transport)
                m_conn.transport->setCancelled(false);
            next();
        }
        m_running = false;
        if (m_stopping)
            thread()->quit();
    }

    /// Thread-safe: stops the running job's request in flight and the job at its next step.
    void cancel()
    {
        m_cancel = true;
        QMutexLocker lock(&m_mutex);
        for (HttpTransport *t : {m_conn.transport.get(), m_trying})
            if (t)
                t->setCancelled(true);
    }

    /// Drops the queued jobs and ends the thread once the running one has finished (a refresh
    /// token just renewed must still reach the keychain).
    void shutdown()
    {
        m_stopping = true;
        m_queue.clear();
        if (!m_running)
            thread()->quit();
    }

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
            if (Result<QUrl> url = parseServerUrl(*server)) {
                adopt(makeConnection(*url, *user));
                session = m_conn.engine->hasSession();
            }
        emit opened(session);
    }

    void login(const QString &server, const QString &email, const QString &password)
    {
        const auto done = [this](const Result<void> &r, const QString &vaultProblem) {
            emit loginDone(bool(r), r ? 0 : int(r.error().code), r ? QString() : r.error().message,
                           vaultProblem);
        };
        if (!m_store)
            return done(makeError(ErrorCode::Io, QCoreApplication::translate("kam::sync", "The store is not open.")), {});
        Result<QUrl> url = parseServerUrl(server);
        if (!url)
            return done(url.error(), {});
        // Another account or server gets a connection of its own, which replaces the working
        // one only once its login succeeded.
        Connection fresh;
        SyncEngine *engine = m_conn.engine.get();
        if (!engine || m_conn.account != accountKey(*url, email)) {
            fresh = makeConnection(*url, email);
            engine = fresh.engine.get();
            QMutexLocker lock(&m_mutex);
            m_trying = fresh.transport.get();
            if (m_cancel)
                m_trying->setCancelled(true);
        }
        Result<void> r = engine->login(email, password, QSysInfo::machineHostName());
        {
            QMutexLocker lock(&m_mutex);
            m_trying = nullptr;
        }
        if (r)
            r = SyncJournal(*m_store).setSetting(SyncJournal::kServerKey, url->toString());
        const QString vaultProblem = engine->vaultProblem();
        if (r && fresh.engine)
            adopt(std::move(fresh));
        done(r, vaultProblem);
    }

    void sync()
    {
        if (!m_conn.engine) {
            emit syncDone(false, int(ErrorCode::Unauthorized),
                          QCoreApplication::translate("kam::sync", "Log in to the server to sync."));
            return;
        }
        Result<SyncReport> r = m_conn.engine->sync([this](const SyncProgress &p) {
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
        if (m_conn.engine)
            (void)m_conn.engine->logout();
    }

    void loadHistory(const QString &accountId)
    {
        emit historyDone(accountId, m_conn.engine && m_conn.engine->loadHistory(accountId));
    }

signals:
    void opened(bool hasSession);
    void progress(qint64 done, qint64 total);
    void changed(const QString &table, const QStringList &ids);
    void loginDone(bool ok, int code, const QString &message, const QString &vaultProblem);
    void syncDone(bool ok, int code, const QString &message);
    void historyDone(const QString &accountId, bool ok);

private:
    /// The transport, vault and engine of one server account.
    struct Connection
    {
        QString account;
        std::unique_ptr<HttpTransport> transport;
        std::unique_ptr<TokenVault> vault;
        std::unique_ptr<SyncEngine> engine;
    };

    /// Names the keychain entry of a server account.
    static QString accountKey(const QUrl &server, const QString &email)
    {
        return QStringLiteral("%1 @ %2").arg(email, server.toString());
    }

    Connection makeConnection(const QUrl &server, const QString &email)
    {
        Connection c;
        c.account = accountKey(server, email);
        const QString &account = c.account;
        c.transport = std::make_unique<HttpTransport>(server);
        c.vault = m_vaults ? m_vaults(account) : nullptr;
        c.engine = std::make_unique<SyncEngine>(*m_store, *c.transport, c.vault.get());
        return c;
    }

    void adopt(Connection c)
    {
        QMutexLocker lock(&m_mutex);
        m_conn = std::move(c);
    }

    QString m_path;
    SyncController::VaultFactory m_vaults;
    std::unique_ptr<Store> m_store;
    QMutex m_mutex; ///< guards m_conn.transport and m_trying against cancel() from the window
    Connection m_conn;
    HttpTransport *m_trying = nullptr; ///< the transport of a login under way
    std::deque<std::function<void()>> m_queue;
    bool m_running = false;
    bool m_stopping = false;
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
        --m_running;
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
    // The history lands in the store, whose models follow; a failed fetch is asked again.
    connect(worker, &SyncWorker::historyDone, this, [this](const QString &accountId, bool ok) {
        if (!ok)
            m_historyLoaded.remove(accountId);
    });
    // Edits made in this window change what waits to be sent.
    connect(m_store, &Store::rowsChanged, this, [this] {
        if (!busy())
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
    runOnWorker([](SyncWorker &w) { w.open(); }); // answered by opened, or syncDone on failure
}

SyncController::~SyncController()
{
    // The running request stops; what it has to finish (a renewed token to the keychain) does.
    if (m_worker) {
        m_worker->cancel();
        QMetaObject::invokeMethod(m_worker, [w = m_worker] { if (w) w->shutdown(); });
    }
    m_thread.wait();
}

void SyncController::runOnWorker(std::function<void(SyncWorker &)> job, bool counted)
{
    if (counted)
        ++m_running;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, job = std::move(job)] {
        if (w)
            w->post([w, job] { job(*w); });
    });
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
    SyncStatus s = m_status;
    s.state = SyncStatus::State::Syncing;
    s.done = 0;
    s.total = -1;
    runOnWorker([server, email, password](SyncWorker &w) { w.login(server, email, password); });
    setStatus(s);
}

void SyncController::syncNow()
{
    if (busy())
        return;
    if (!m_hasSession) {
        SyncStatus s = m_status;
        s.state = SyncStatus::State::SignedOut;
        setStatus(s);
        emit loginNeeded(tr("Log in to the server to sync."));
        return;
    }
    SyncStatus s = m_status;
    s.state = SyncStatus::State::Syncing;
    s.done = 0;
    s.total = -1;
    runOnWorker([](SyncWorker &w) { w.sync(); });
    setStatus(s);
}

void SyncController::cancel()
{
    if (!busy() || !m_worker)
        return;
    m_worker->cancel();
}

void SyncController::logout()
{
    cancel();
    m_hasSession = false;
    m_historyLoaded.clear();
    runOnWorker([](SyncWorker &w) { w.logout(); }, false);
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
    runOnWorker([accountId](SyncWorker &w) { w.loadHistory(accountId); }, false);
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
    --m_running;
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
    --m_running;
    SyncStatus s = m_status;
    s.message = message;
    if (!m_hasSession && (ok || ErrorCode(code) == ErrorCode::Cancelled)) {
        s.state = SyncStatus::State::SignedOut; // logged out while it ran
        setStatus(s);
        return;
    }
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
        if (!busy()) {
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
