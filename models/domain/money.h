// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QLocale>
#include <QString>

namespace kam {

/// An amount in integer minor units (fen, cents) of an ISO 4217 currency; never a float.
struct Money
{
    qint64 minor = 0;
    QString currency = QStringLiteral("CNY");

    friend bool operator==(const Money &, const Money &) = default;
};

/// Number of decimal places of an ISO 4217 currency (JPY 0, CNY 2, KWD 3 …).
int currencyDigits(const QString &currency);

/// True for the ISO 4217 code of a currency in circulation ("CNY", "USD"; not "XYZ").
bool isCurrencyCode(const QString &code);

/// "¥1,234.50" / "1.234,50 €" as the locale writes it.
QString formatMoney(const Money &money, const QLocale &locale = QLocale());

/// Parses an amount typed in the locale ("1,234.5", "1234") into minor units, exactly.
Result<Money> parseMoney(const QString &text, const QString &currency,
                         const QLocale &locale = QLocale());

} // namespace kam
