// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QString>

#include <functional>
#include <vector>

namespace kam::server {

class ServerDb;

/// Milliseconds since the epoch, UTC; injectable so tests can move time.
using Clock = std::function<qint64()>;
qint64 systemClock();

enum class Role { Manager, Admin };
QString roleCode(Role role);

/// Who is calling: the user and device behind a valid access token.
struct Principal
{
    QString userId;
    QString deviceId;
    Role role = Role::Manager;
};

/// What login and refresh hand out.
struct Session
{
    QString userId;
    QString name;
    Role role = Role::Manager;
    QString accessToken;
    QString refreshToken;
    qint64 accessExpiresInSeconds = 0;
};

struct UserInfo
{
    QString id;
    QString email;
    QString name;
    Role role = Role::Manager;
    bool disabled = false;
};

/// Users, devices and tokens. Passwords are Argon2id hashes (libsodium); tokens are random
/// 256-bit strings of which the server keeps only a SHA-256, so a database dump holds no
/// usable credential. All state is in the database: several servers can share one.
class AuthService
{
public:
    static constexpr qint64 kAccessTtlMs = 15 * 60 * 1000;
    static constexpr qint64 kRefreshTtlMs = 30LL * 24 * 3600 * 1000;
    static constexpr int kMaxFailures = 5;
    static constexpr qint64 kFailureWindowMs = 15 * 60 * 1000;

    AuthService(ServerDb &db, Clock clock = systemClock);

    /// Creates a user; `id` may be given to match an identity that already exists in stores.
    Result<UserInfo> addUser(const QString &email, const QString &name, Role role,
                             const QString &password, const QString &id = {});
    /// Disables a user: their live tokens stop working at once and login is refused.
    Result<void> disableUser(const QString &email);
    Result<std::vector<UserInfo>> users();
    Result<UserInfo> findUser(const QString &emailOrId);
    /// Revokes a device: its next request is told to wipe the company data it holds.
    Result<void> revokeDevice(const QString &deviceId);

    Result<Session> login(const QString &email, const QString &password, const QString &deviceId,
                          const QString &deviceName);
    /// Rotates a refresh token. Presenting one that was already used ends that device's session.
    Result<Session> refresh(const QString &refreshToken);
    /// Ends the session of the calling device (all its tokens).
    Result<void> logout(const Principal &who);
    /// The caller behind an access token, or Unauthorized / Forbidden / Revoked.
    Result<Principal> authenticate(const QString &accessToken);

private:
    Result<Session> issue(const QString &userId, const QString &deviceId);
    Result<void> endSession(const QString &deviceId);
    Result<void> noteFailure(const QString &login);

    ServerDb &m_db;
    Clock m_now;
    QString m_dummyHash; ///< verified against for unknown users so timing does not reveal them
};

/// Argon2id (libsodium's crypto_pwhash_str, interactive limits).
Result<QString> hashPassword(const QString &password);
bool verifyPassword(const QString &hash, const QString &password);

} // namespace kam::server
