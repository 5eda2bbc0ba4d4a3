// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the test suites: a store in a temporary folder and valid sample rows.

#include "domain/credit_code.h"
#include "store/store.h"

#include <QTemporaryDir>
#include <QTest>

namespace kam::test {

/// A fresh store in `dir`; fails the calling test if it cannot be opened.
inline std::unique_ptr<Store> openStore(const QTemporaryDir &dir,
                                        const QString &name = QStringLiteral("store.sqlite"))
{
    Result<std::unique_ptr<Store>> opened = Store::open(dir.filePath(name));
    if (!opened) {
        qWarning("%s", qPrintable(opened.error().message));
        return nullptr;
    }
    return std::move(opened).value();
}

/// A valid credit code made from a number, so tests can make as many distinct ones as needed.
inline QString creditCode(int n)
{
    const QString first17 = QStringLiteral("913101%1").arg(n, 11, 10, QLatin1Char('0'));
    return first17 + creditCodeCheckChar(first17);
}

inline Account sampleAccount(const QString &name, int codeNumber = 0)
{
    Account a;
    a.legalName = name;
    a.industry = QStringLiteral("Steel");
    a.region = QStringLiteral("East China");
    if (codeNumber > 0)
        a.creditCode = creditCode(codeNumber);
    return a;
}

} // namespace kam::test
