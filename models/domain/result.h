// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace kam {

/// What kind of failure an Error is; callers branch on this, users read the message.
enum class ErrorCode {
    Invalid,     ///< input failed validation
    NotFound,    ///< a referenced row or file does not exist
    Duplicate,   ///< a natural key is already taken
    Database,    ///< SQLite reported an error
    NewerSchema, ///< the database was written by a newer KAM Desk
    NotADatabase,///< the file is not a KAM Desk store
    Io,          ///< a file could not be read or written
    // Sync server answers (HTTP 401/403/410/413/426/429 on the wire)
    Unauthorized,   ///< no, expired or unknown credentials
    Forbidden,      ///< authenticated, but not allowed (disabled user, out of scope)
    Revoked,        ///< this device was revoked: the client must wipe its company data
    Throttled,      ///< too many failed logins; retry later
    Gone,           ///< a pull cursor older than the kept history: bootstrap again
    TooLarge,       ///< a request body or batch over the limits
    Outdated,       ///< the client's schema is too old for this server
    // Client side of sync
    Offline,        ///< the server could not be reached (no network, refused, timed out)
    Cancelled,      ///< the user stopped a long operation; what was done so far is kept
};

/// A failure with a message a user can read ("what and where").
struct Error
{
    ErrorCode code = ErrorCode::Invalid;
    QString message;
};

/// Value or Error, in the style of Qt Creator's Utils::Result / std::expected.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_data); }
    // On a temporary Result these return by value, so `for (x : *store.accounts())` is safe.
    T value() && { return std::get<T>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    T operator*() && { return std::move(*this).value(); }
    const T *operator->() const { return &value(); }
    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

inline Error makeError(ErrorCode code, QString message)
{
    return Error{code, std::move(message)};
}

} // namespace kam
