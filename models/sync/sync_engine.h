// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace kam {
class Store;
class SyncJournal;
} // namespace kam

namespace kam::sync {

/// An HTTP answer; status 0 means none arrived (network down, refused, timed out).
struct HttpReply
{
    int status = 0;
    QByteArray body;
    QString networkError;
};

/// How the engine reaches the server: the real HTTP client, or an in-process server core with
/// injected faults in the simulation test.
class Transport
{
public:
    virtual ~Transport() = default;
    /// `path` includes the query ("/v1/sync/pull?cursor=3"); `bearer` may be empty.
    virtual HttpReply send(const QByteArray &method, const QString &path, const QByteArray &body,
                           const QString &bearer)
        = 0;
};

/// Where the refresh token is kept between runs (the OS keychain in the desktop client). The
/// server rotates it at every refresh, so each new one is saved at once.
class TokenVault
{
public:
    virtual ~TokenVault() = default;
    virtual Result<QString> load() = 0; ///< empty when none is kept
    virtual Result<void> save(const QString &refreshToken) = 0;
    virtual Result<void> clear() = 0;
};

struct SyncProgress
{
    enum class Phase { Pushing, Pulling, Bootstrapping };
    Phase phase = Phase::Pushing;
    qint64 done = 0;
    qint64 total = -1; ///< -1 when unknown
};

struct SyncReport
{
    int pushed = 0;    ///< mutations the server acknowledged
    int pulled = 0;    ///< rows written from the server
    int conflicts = 0; ///< conflicts newly recorded
    bool bootstrapped = false;
};

/// The client side of sync, run on one thread (the desktop runs it on a worker). Every step
/// commits before the next request, so a crash or a dropped connection at any point resumes
/// without losing or doubling a change: pushes are idempotent on the mutation id, and the pull
/// cursor moves in the same transaction as the rows it covers.
class SyncEngine
{
public:
    /// Returns false to cancel (between pages; what was committed stays).
    using ProgressFn = std::function<bool(const SyncProgress &)>;

    SyncEngine(Store &store, Transport &transport, TokenVault *vault = nullptr);
    ~SyncEngine();

    /// Logs in and binds the store to this server account and a device id. A store already
    /// bound to another account is refused.
    Result<void> login(const QString &email, const QString &password, const QString &deviceName);
    /// Whether a refresh token (memory or vault) lets sync run without a password.
    bool hasSession() const;
    /// Why the last refresh token could not be kept in the vault (no keychain on this computer:
    /// the next start asks for the password again); empty when it was kept.
    QString vaultProblem() const;
    /// Ends the session on the server (best effort) and forgets the tokens.
    Result<void> logout();

    /// Pushes everything pending, then pulls to the end (bootstrapping when there is no cursor
    /// or the server answered 410). Error codes: Offline, Unauthorized (log in again), Outdated
    /// (update KAM Desk or the server), Revoked (company data was wiped), Cancelled, Database.
    Result<SyncReport> sync(const ProgressFn &progress = {});

    /// Adds the server's field history of an account (its contacts and team included) to the
    /// store's, for what happened before the account reached this store (a successor's
    /// inherited portfolio). Returns how many changes were added.
    Result<int> loadHistory(const QString &accountId);

    /// Page sizes; tests make them small to cross page boundaries.
    void setPageSizes(int push, int pull, int bootstrap);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace kam::sync
