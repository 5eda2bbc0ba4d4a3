// SPDX-License-Identifier: GPL-3.0-or-later
#include "money.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace kam {

int currencyDigits(const QString &currency)
{
    static const QStringList zero = {QStringLiteral("JPY"), QStringLiteral("KRW"),
                                     QStringLiteral("VND"), QStringLiteral("CLP"),
                                     QStringLiteral("ISK")};
    static const QStringList three = {QStringLiteral("KWD"), QStringLiteral("BHD"),
                                      QStringLiteral("OMR"), QStringLiteral("JOD"),
                                      QStringLiteral("TND")};
    if (zero.contains(currency))
        return 0;
    if (three.contains(currency))
        return 3;
    return 2;
}

bool isCurrencyCode(const QString &code)
{
    // ISO 4217 currencies in circulation (list of 2024), without funds and precious metals.
    static const QStringList codes = QStringLiteral(
        "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VED VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWG ZWL").split(u' ');
    static const QSet<QString> known(codes.begin(), codes.end());
    return known.contains(code);
}

static qint64 pow10(int digits)
{
    qint64 p = 1;
    for (int i = 0; i < digits; ++i)
        p *= 10;
    return p;
}

QString formatMoney(const Money &money, const QLocale &locale)
{
    const int digits = currencyDigits(money.currency);
    const qint64 scale = pow10(digits);
    const qint64 absMinor = money.minor < 0 ? -money.minor : money.minor;
    // Integer part through QLocale for grouping; fraction appended exactly, no double rounding.
    QString text = locale.toString(absMinor / scale);
    if (digits > 0)
        text += locale.decimalPoint()
                + QStringLiteral("%1").arg(absMinor % scale, digits, 10, QLatin1Char('0'));
    if (money.minor < 0)
        text.prepend(locale.negativeSign());
    const QString symbol = money.currency == QLatin1String("CNY")
                               ? QStringLiteral("¥")
                               : locale.currencySymbol(QLocale::CurrencyIsoCode) == money.currency
                                     ? locale.currencySymbol(QLocale::CurrencySymbol)
                                     : money.currency + QLatin1Char(' ');
    return symbol + text;
}

Result<Money> parseMoney(const QString &text, const QString &currency, const QLocale &locale)
{
    QString s = text.trimmed();
    s.remove(locale.groupSeparator());
    s.remove(QLatin1Char(' '));
    bool negative = false;
    if (s.startsWith(locale.negativeSign()) || s.startsWith(QLatin1Char('-'))) {
        negative = true;
        s.remove(0, 1);
    }
    const QStringList parts = s.split(locale.decimalPoint());
    static const QRegularExpression digitsOnly(QStringLiteral("^[0-9]*$"));
    const int digits = currencyDigits(currency);
    const auto invalid = [&] {
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("kam::Money",
                                                     "“%1” is not an amount in %2 (up to %3 decimals).")
                             .arg(text, currency)
                             .arg(digits));
    };
    if (s.isEmpty() || parts.size() > 2 || !digitsOnly.match(parts[0]).hasMatch())
        return invalid();
    QString fraction = parts.size() == 2 ? parts[1] : QString();
    if (!digitsOnly.match(fraction).hasMatch() || fraction.size() > digits
        || (parts[0].isEmpty() && fraction.isEmpty()))
        return invalid();
    fraction = fraction.leftJustified(digits, QLatin1Char('0'));
    bool okWhole = true;
    const qint64 whole = parts[0].isEmpty() ? 0 : parts[0].toLongLong(&okWhole);
    const qint64 scale = pow10(digits);
    if (!okWhole || whole > std::numeric_limits<qint64>::max() / scale - 1)
        return invalid();
    qint64 minor = whole * scale + (fraction.isEmpty() ? 0 : fraction.toLongLong());
    return Money{negative ? -minor : minor, currency};
}

} // namespace kam
