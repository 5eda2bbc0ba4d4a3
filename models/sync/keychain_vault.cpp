// SPDX-License-Identifier: GPL-3.0-or-later
#include "keychain_vault.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QEventLoop>

namespace kam::sync {

namespace {

/// Runs a keychain job to its end on the calling thread (QtKeychain answers asynchronously).
void runJob(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

Error keychainError(const QKeychain::Job &job)
{
    return makeError(ErrorCode::Io,
                     QCoreApplication::translate("kam::sync",
                                                 "No keychain is available on this computer (%1).")
                         .arg(job.errorString()));
}

} // namespace

KeychainVault::KeychainVault(QString account)
    : m_account(std::move(account))
{
}

QString KeychainVault::service()
{
    return QStringLiteral("KAM Desk");
}

Result<QString> KeychainVault::load()
{
    QKeychain::ReadPasswordJob job(service());
    job.setKey(m_account);
    runJob(job);
    if (job.error() == QKeychain::EntryNotFound)
        return QString();
    if (job.error() != QKeychain::NoError)
        return keychainError(job);
    return job.textData();
}

Result<void> KeychainVault::save(const QString &refreshToken)
{
    QKeychain::WritePasswordJob job(service());
    job.setKey(m_account);
    job.setTextData(refreshToken);
    runJob(job);
    if (job.error() != QKeychain::NoError)
        return keychainError(job);
    return {};
}

Result<void> KeychainVault::clear()
{
    QKeychain::DeletePasswordJob job(service());
    job.setKey(m_account);
    runJob(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return keychainError(job);
    return {};
}

} // namespace kam::sync
