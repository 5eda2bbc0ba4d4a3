// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync_engine.h"

namespace kam::sync {

/// The refresh token in the OS keychain through QtKeychain: Windows Credential Manager, the
/// macOS Keychain, the Secret Service on Linux. Nothing is ever written to disk by this class;
/// where no keychain answers, every call fails with ErrorCode::Io and says so, and the engine
/// keeps the token in memory for this run only.
class KeychainVault : public TokenVault
{
public:
    /// `account` names the entry (the store's server and user), so two stores keep two tokens.
    explicit KeychainVault(QString account);

    Result<QString> load() override;
    Result<void> save(const QString &refreshToken) override;
    Result<void> clear() override;

    /// The keychain service under which KAM Desk keeps its entries.
    static QString service();

private:
    QString m_account;
};

} // namespace kam::sync
