// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth_service.h"

#include "server_db.h"
#include "sync/sync_tables.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QSqlQuery>
#include <QUuid>

#include <sodium.h>

namespace kam::server {

namespace {

QString randomToken(const char *prefix)
{
    QByteArray bytes(32, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    return QString::fromLatin1(prefix)
        + QString::fromLatin1(
               bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString tokenHash(const QString &token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

bool ensureSodium()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

Role roleFromCode(const QString &code)
{
    return code == u"admin" ? Role::Admin : Role::Manager;
}

} // namespace

qint64 systemClock()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString roleCode(Role role)
{
    return role == Role::Admin ? QStringLiteral("admin") : QStringLiteral("manager");
}

Result<QString> hashPassword(const QString &password)
{
    if (!ensureSodium())
        return makeError(ErrorCode::Io, QStringLiteral("libsodium could not be initialised"));
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0)
        return makeError(ErrorCode::Io, QStringLiteral("Out of memory while hashing a password"));
    return QString::fromLatin1(out);
}

bool verifyPassword(const QString &hash, const QString &password)
{
    if (!ensureSodium())
        return false;
    const QByteArray h = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

AuthService::AuthService(ServerDb &db, Clock clock)
    : m_db(db)
    , m_now(std::move(clock))
{
}

Result<UserInfo> AuthService::addUser(const QString &email, const QString &name, Role role,
                                      const QString &password, const QString &id)
{
    const QString login = email.trimmed().toLower();
    if (!login.contains(u'@'))
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("“%1” is not an e-mail address").arg(email));
    if (name.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, QStringLiteral("A user needs a name"));
    if (password.size() < 10)
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("A password needs at least 10 characters"));
    const QString userId = id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : id;
    if (!sync::isCanonicalUuid(userId))
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("“%1” is not a lower-case UUID").arg(id));
    Result<QString> hash = hashPassword(password);
    if (!hash)
        return hash.error();
    UserInfo user { userId, login, name.trimmed(), role, false };
    Result<void> written = m_db.write([&]() -> Result<void> {
        bool taken = false;
        if (Result<int> r = m_db.run(
                QStringLiteral("SELECT 1 FROM users WHERE email = ? OR id = ?"), { login, userId },
                "checking the user", [&](const QSqlQuery &) { taken = true; });
            !r)
            return r.error();
        if (taken)
            return makeError(
                ErrorCode::Duplicate,
                QStringLiteral("A user with e-mail %1 or id %2 exists already").arg(login, userId));
        Result<int> r = m_db.run(QStringLiteral("INSERT INTO users (id, email, name, role, "
                                                "password_hash, created_at) VALUES (?,?,?,?,?,?)"),
                                 { userId, login, user.name, roleCode(role), *hash, m_now() },
                                 "adding the user");
        return r ? Result<void>() : r.error();
    });
    if (!written)
        return written.error();
    return user;
}

Result<UserInfo> AuthService::findUser(const QString &emailOrId)
{
    std::optional<UserInfo> found;
    Result<int> r = m_db.run(
        QStringLiteral(
            "SELECT id, email, name, role, disabled_at FROM users WHERE email = ? OR id = ?"),
        { emailOrId.trimmed().toLower(), emailOrId.trimmed() }, "reading the user",
        [&](const QSqlQuery &q) {
            found = UserInfo { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                               roleFromCode(q.value(3).toString()), !q.value(4).isNull() };
        });
    if (!r)
        return r.error();
    if (!found)
        return makeError(ErrorCode::NotFound, QStringLiteral("No user “%1”").arg(emailOrId));
    return *found;
}

Result<std::vector<UserInfo>> AuthService::users()
{
    std::vector<UserInfo> all;
    Result<int> r = m_db.run(
        QStringLiteral("SELECT id, email, name, role, disabled_at FROM users ORDER BY email"), {},
        "listing users", [&](const QSqlQuery &q) {
            all.push_back({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                            roleFromCode(q.value(3).toString()), !q.value(4).isNull() });
        });
    if (!r)
        return r.error();
    return all;
}

Result<void> AuthService::disableUser(const QString &email)
{
    Result<UserInfo> user = findUser(email);
    if (!user)
        return user.error();
    return m_db.write([&]() -> Result<void> {
        Result<int> r = m_db.run(QStringLiteral("UPDATE users SET disabled_at = ? WHERE id = ? AND "
                                                "disabled_at IS NULL"),
                                 { m_now(), user->id }, "disabling the user");
        return r ? Result<void>() : r.error();
    });
}

Result<void> AuthService::revokeDevice(const QString &deviceId)
{
    return m_db.write([&]() -> Result<void> {
        Result<int> r = m_db.run(QStringLiteral("UPDATE devices SET revoked_at = ? WHERE id = ?"),
                                 { m_now(), deviceId }, "revoking the device");
        if (!r)
            return r.error();
        if (*r == 0)
            return makeError(ErrorCode::NotFound, QStringLiteral("No device “%1”").arg(deviceId));
        return {}; // tokens stay, so the device's next request hears that it must wipe
    });
}

Result<void> AuthService::noteFailure(const QString &login)
{
    const qint64 now = m_now();
    return m_db.write([&]() -> Result<void> {
        // A failure after the window starts a new window.
        Result<int> r = m_db.run(
            QStringLiteral(
                "INSERT INTO login_failures (login, failures, first_at) VALUES (?, 1, ?) "
                "ON CONFLICT (login) DO UPDATE SET "
                "failures = CASE WHEN login_failures.first_at < ? THEN 1 "
                "ELSE login_failures.failures + 1 END, "
                "first_at = CASE WHEN login_failures.first_at < ? THEN ? "
                "ELSE login_failures.first_at END"),
            { login, now, now - kFailureWindowMs, now - kFailureWindowMs, now },
            "recording a failed login");
        return r ? Result<void>() : r.error();
    });
}

Result<Session> AuthService::login(const QString &email, const QString &password,
                                   const QString &deviceId, const QString &deviceName)
{
    const QString login = email.trimmed().toLower();
    const qint64 now = m_now();
    qint64 lockedUntil = 0;
    if (Result<int> r = m_db.run(QStringLiteral("SELECT failures, first_at FROM login_failures "
                                                "WHERE login = ?"),
                                 { login }, "reading failed logins",
                                 [&](const QSqlQuery &q) {
                                     if (q.value(0).toInt() >= kMaxFailures)
                                         lockedUntil = q.value(1).toLongLong() + kFailureWindowMs;
                                 });
        !r)
        return r.error();
    if (lockedUntil > now)
        return makeError(ErrorCode::Throttled,
                         QStringLiteral("Too many failed logins for %1; try again in %2 s")
                             .arg(login)
                             .arg((lockedUntil - now + 999) / 1000));

    struct Row
    {
        QString id, hash;
        bool disabled = false;
    };
    std::optional<Row> user;
    if (Result<int> r = m_db.run(
            QStringLiteral("SELECT id, password_hash, disabled_at FROM users "
                           "WHERE email = ?"),
            { login }, "reading the user",
            [&](const QSqlQuery &q) {
                user = Row { q.value(0).toString(), q.value(1).toString(), !q.value(2).isNull() };
            });
        !r)
        return r.error();
    if (m_dummyHash.isEmpty()) {
        Result<QString> dummy = hashPassword(QStringLiteral("kam-desk-timing-equaliser"));
        if (!dummy)
            return dummy.error();
        m_dummyHash = *dummy;
    }
    // An unknown user costs the same hash as a known one, so timing does not tell them apart.
    const bool passwordOk = verifyPassword(user ? user->hash : m_dummyHash, password) && user;
    if (!passwordOk) {
        if (Result<void> r = noteFailure(login); !r)
            return r.error();
        return makeError(ErrorCode::Unauthorized, QStringLiteral("Wrong e-mail or password"));
    }
    if (user->disabled)
        return makeError(ErrorCode::Forbidden,
                         QStringLiteral("The user %1 is disabled").arg(login));
    if (!sync::isCanonicalUuid(deviceId))
        return makeError(
            ErrorCode::Invalid,
            QStringLiteral("device_id must be a lower-case UUID, not “%1”").arg(deviceId));

    Result<Session> session = makeError(ErrorCode::Database, QString());
    Result<void> done = m_db.write([&]() -> Result<void> {
        if (Result<int> r = m_db.run(QStringLiteral("DELETE FROM login_failures WHERE login = ?"),
                                     { login }, "clearing failed logins");
            !r)
            return r.error();
        std::optional<std::pair<QString, bool>> device; // owner, revoked
        if (Result<int> r = m_db.run(QStringLiteral("SELECT user_id, revoked_at FROM devices "
                                                    "WHERE id = ?"),
                                     { deviceId }, "reading the device",
                                     [&](const QSqlQuery &q) {
                                         device.emplace(q.value(0).toString(),
                                                        !q.value(1).isNull());
                                     });
            !r)
            return r.error();
        if (device && device->second)
            return makeError(
                ErrorCode::Revoked,
                QStringLiteral("This device was revoked; it must wipe its data and register "
                               "again with a new device id"));
        if (device && device->first != user->id)
            return makeError(ErrorCode::Forbidden,
                             QStringLiteral("This device is registered to another user"));
        if (!device) {
            Result<int> r = m_db.run(
                QStringLiteral("INSERT INTO devices (id, user_id, name, "
                               "created_at) VALUES (?,?,?,?)"),
                { deviceId, user->id,
                  deviceName.isEmpty() ? QStringLiteral("unnamed device") : deviceName.left(200),
                  now },
                "registering the device");
            if (!r)
                return r.error();
        }
        session = issue(user->id, deviceId);
        return session ? Result<void>() : session.error();
    });
    if (!done)
        return done.error();
    return session;
}

Result<Session> AuthService::issue(const QString &userId, const QString &deviceId)
{
    const qint64 now = m_now();
    Session s;
    s.userId = userId;
    s.accessToken = randomToken("kat_");
    s.refreshToken = randomToken("krt_");
    s.accessExpiresInSeconds = kAccessTtlMs / 1000;
    if (Result<int> r = m_db.run(QStringLiteral("SELECT name, role FROM users WHERE id = ?"),
                                 { userId }, "reading the user",
                                 [&](const QSqlQuery &q) {
                                     s.name = q.value(0).toString();
                                     s.role = roleFromCode(q.value(1).toString());
                                 });
        !r)
        return r.error();
    // Expired tokens of this device go as new ones come, so the tables do not grow.
    for (const char *table : { "access_tokens", "refresh_tokens" })
        if (Result<int> r = m_db.run(QStringLiteral("DELETE FROM %1 WHERE device_id = ? AND "
                                                    "expires_at < ?")
                                         .arg(QLatin1StringView(table)),
                                     { deviceId, now }, "removing expired tokens");
            !r)
            return r.error();
    if (Result<int> r = m_db.run(QStringLiteral("INSERT INTO access_tokens (token_hash, device_id, "
                                                "expires_at) VALUES (?,?,?)"),
                                 { tokenHash(s.accessToken), deviceId, now + kAccessTtlMs },
                                 "storing the access token");
        !r)
        return r.error();
    if (Result<int> r
        = m_db.run(QStringLiteral("INSERT INTO refresh_tokens (token_hash, device_id, "
                                  "expires_at) VALUES (?,?,?)"),
                   { tokenHash(s.refreshToken), deviceId, now + kRefreshTtlMs },
                   "storing the refresh token");
        !r)
        return r.error();
    return s;
}

Result<void> AuthService::endSession(const QString &deviceId)
{
    for (const char *table : { "access_tokens", "refresh_tokens" })
        if (Result<int> r = m_db.run(
                QStringLiteral("DELETE FROM %1 WHERE device_id = ?").arg(QLatin1StringView(table)),
                { deviceId }, "ending the session");
            !r)
            return r.error();
    return {};
}

Result<Session> AuthService::refresh(const QString &refreshToken)
{
    Result<Session> session
        = makeError(ErrorCode::Unauthorized, QStringLiteral("Unknown refresh token"));
    Result<void> done = m_db.write([&]() -> Result<void> {
        struct Row
        {
            QString deviceId, userId;
            qint64 expiresAt = 0;
            bool used = false, userDisabled = false, deviceRevoked = false;
        };
        std::optional<Row> row;
        if (Result<int> r
            = m_db.run(QStringLiteral("SELECT t.device_id, d.user_id, t.expires_at, t.used_at, "
                                      "u.disabled_at, d.revoked_at FROM refresh_tokens t "
                                      "JOIN devices d ON d.id = t.device_id "
                                      "JOIN users u ON u.id = d.user_id WHERE t.token_hash = ?"),
                       { tokenHash(refreshToken) }, "reading the refresh token",
                       [&](const QSqlQuery &q) {
                           row = Row { q.value(0).toString(),   q.value(1).toString(),
                                       q.value(2).toLongLong(), !q.value(3).isNull(),
                                       !q.value(4).isNull(),    !q.value(5).isNull() };
                       });
            !r)
            return r.error();
        if (!row)
            return {}; // session stays "unknown refresh token"
        if (row->deviceRevoked) {
            session = makeError(ErrorCode::Revoked, QStringLiteral("This device was revoked"));
            return {};
        }
        if (row->used) {
            // Someone replayed a rotated token: the thief or the owner, we cannot tell which,
            // so the device's whole session ends and its user logs in again.
            session = makeError(
                ErrorCode::Unauthorized,
                QStringLiteral("This refresh token was already used; the session of this "
                               "device was ended, log in again"));
            return endSession(row->deviceId);
        }
        if (row->userDisabled) {
            session = makeError(ErrorCode::Forbidden, QStringLiteral("This user is disabled"));
            return {};
        }
        if (row->expiresAt < m_now()) {
            session = makeError(ErrorCode::Unauthorized,
                                QStringLiteral("The session expired; log in again"));
            return {};
        }
        if (Result<int> r = m_db.run(QStringLiteral("UPDATE refresh_tokens SET used_at = ? WHERE "
                                                    "token_hash = ?"),
                                     { m_now(), tokenHash(refreshToken) }, "rotating the token");
            !r)
            return r.error();
        session = issue(row->userId, row->deviceId);
        return session ? Result<void>() : session.error();
    });
    if (!done)
        return done.error();
    return session;
}

Result<void> AuthService::logout(const Principal &who)
{
    return m_db.write([&]() { return endSession(who.deviceId); });
}

Result<Principal> AuthService::authenticate(const QString &accessToken)
{
    if (accessToken.isEmpty())
        return makeError(ErrorCode::Unauthorized,
                         QStringLiteral("Missing “Authorization: Bearer” token"));
    struct Row
    {
        Principal p;
        qint64 expiresAt = 0;
        bool disabled = false, revoked = false;
    };
    std::optional<Row> row;
    Result<int> r = m_db.run(
        QStringLiteral("SELECT d.user_id, t.device_id, u.role, t.expires_at, u.disabled_at, "
                       "d.revoked_at FROM access_tokens t JOIN devices d ON d.id = t.device_id "
                       "JOIN users u ON u.id = d.user_id WHERE t.token_hash = ?"),
        { tokenHash(accessToken) }, "checking the access token", [&](const QSqlQuery &q) {
            row = Row { { q.value(0).toString(), q.value(1).toString(),
                          roleFromCode(q.value(2).toString()) },
                        q.value(3).toLongLong(),
                        !q.value(4).isNull(),
                        !q.value(5).isNull() };
        });
    if (!r)
        return r.error();
    if (!row)
        return makeError(ErrorCode::Unauthorized,
                         QStringLiteral("Unknown or revoked access token"));
    if (row->revoked)
        return makeError(
            ErrorCode::Revoked,
            QStringLiteral("This device was revoked; wipe its company data and log in again"));
    if (row->disabled)
        return makeError(ErrorCode::Forbidden, QStringLiteral("This user is disabled"));
    if (row->expiresAt < m_now())
        return makeError(ErrorCode::Unauthorized,
                         QStringLiteral("The access token expired; refresh it"));
    return row->p;
}

} // namespace kam::server
