// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Token vaults for tests: one in memory (a keychain that works), one that is never there (a
// computer without a keychain, as in CI).

#include "sync/sync_engine.h"

namespace kam::test {

class MemoryVault : public sync::TokenVault
{
public:
    QString token;
    Result<QString> load() override { return token; }
    Result<void> save(const QString &t) override
    {
        token = t;
        return {};
    }
    Result<void> clear() override
    {
        token.clear();
        return {};
    }
};

/// A computer without a reachable keychain.
class NoKeychain : public sync::TokenVault
{
public:
    Result<QString> load() override { return makeError(ErrorCode::Io, "no keychain"); }
    Result<void> save(const QString &) override { return makeError(ErrorCode::Io, "no keychain"); }
    Result<void> clear() override { return makeError(ErrorCode::Io, "no keychain"); }
};

/// One vault under several owners: the keychain outlives the app, which makes a new vault
/// object at each start.
class VaultRef : public sync::TokenVault
{
public:
    explicit VaultRef(sync::TokenVault &vault) : m_vault(vault) {}
    Result<QString> load() override { return m_vault.load(); }
    Result<void> save(const QString &t) override { return m_vault.save(t); }
    Result<void> clear() override { return m_vault.clear(); }

private:
    sync::TokenVault &m_vault;
};

} // namespace kam::test
