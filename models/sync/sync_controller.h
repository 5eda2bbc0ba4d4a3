// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync_engine.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QThread>
#include <QTimer>

#include <functional>
#include <memory>

namespace kam {
class Store;
}

namespace kam::sync {

class SyncWorker;

/// What the desktop shows about sync.
struct SyncStatus
{
    enum class State {
        SignedOut, ///< no session: log in from the Sync menu
        Offline,   ///< the server cannot be reached; edits wait in the outbox
        Syncing,   ///< `done` of `total` (total -1 while unknown)
        UpToDate,  ///< the last sync finished; `pending` edits made since wait for the next
        Conflicts, ///< `conflicts` open conflicts to review
        Error,     ///< `message` says what went wrong
    };
    State state = State::SignedOut;
    QString message;
    int conflicts = 0;
    qint64 pending = 0; ///< local changes not yet sent
    qint64 done = 0;
    qint64 total = -1;
    QDateTime lastSync; ///< end of the last sync that finished (UTC)
};

/// Runs the SyncEngine for the desktop on a worker thread with its own connection to the
/// store file, so a 100k-row bootstrap never blocks the window. Rows the worker writes are
/// announced on the window's Store (Store::announceChanges), which the item models follow.
/// Syncs on demand, on a timer and when the network comes back (QNetworkInformation).
class SyncController : public QObject
{
    Q_OBJECT

public:
    /// Makes the token vault for a server account, on the worker thread. The desktop uses the
    /// OS keychain; tests pass a vault of their own.
    using VaultFactory = std::function<std::unique_ptr<TokenVault>(const QString &account)>;

    SyncController(Store *store, VaultFactory vaults, QObject *parent = nullptr);
    ~SyncController() override;

    SyncStatus status() const { return m_status; }
    /// The server and e-mail this store is bound to (empty before the first login).
    QString serverUrl() const;
    QString userEmail() const;
    /// A login or sync is queued or running.
    bool busy() const { return m_running > 0; }

    /// Minutes between automatic syncs; 0 turns them off.
    void setInterval(int minutes);
    int interval() const { return m_interval; }

public slots:
    /// Logs in (asynchronously; see loginFinished) and syncs at once on success.
    void login(const QString &server, const QString &email, const QString &password);
    /// Starts a sync unless one runs; without a session the status says to log in.
    void syncNow();
    /// Stops the running sync between two requests or in the middle of one; what was
    /// committed stays.
    void cancel();
    /// Ends the session; the store keeps its data and its binding to the server account.
    void logout();
    /// Fetches the server's field history of an account into the store, once per session and
    /// account (see SyncEngine::loadHistory); quietly nothing without a session.
    void loadHistory(const QString &accountId);

signals:
    void statusChanged(const kam::sync::SyncStatus &status);
    /// The end of a login(); `message` is the reason on failure.
    void loginFinished(bool ok, const QString &message);
    /// The server needs the password again (no session, or the session ended).
    void loginNeeded(const QString &reason);
    /// The refresh token could not go to the keychain: the next start asks again.
    void keychainUnavailable(const QString &reason);
    /// This device was revoked and its company data wiped; or KAM Desk is too old.
    void revoked(const QString &message);
    void outdated(const QString &message);

private:
    void setStatus(const SyncStatus &status);
    void refreshCounts(SyncStatus &status) const;
    void onSyncDone(bool ok, int code, const QString &message);
    void onLoginDone(bool ok, int code, const QString &message, const QString &vaultProblem);
    void onNetworkChanged();
    /// Queues `job` on the worker; `counted` jobs (open, login, sync) keep busy() true until
    /// their answer arrives.
    void runOnWorker(std::function<void(SyncWorker &)> job, bool counted = true);

    Store *m_store;
    QThread m_thread;
    QPointer<SyncWorker> m_worker;
    QTimer m_timer;
    SyncStatus m_status;
    int m_interval = 0;
    int m_running = 0; ///< counted jobs queued or running
    bool m_hasSession = false;
    QSet<QString> m_historyLoaded; ///< accounts whose server history this session fetched
};

} // namespace kam::sync

Q_DECLARE_METATYPE(kam::sync::SyncStatus)
