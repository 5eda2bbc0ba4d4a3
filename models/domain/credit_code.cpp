// SPDX-License-Identifier: GPL-3.0-or-later
#include "credit_code.h"

namespace kam {

namespace {
// GB 32100-2015: digits and upper-case letters without I, O, Z, S, V.
constexpr QLatin1StringView kAlphabet("0123456789ABCDEFGHJKLMNPQRTUWXY");
constexpr int kWeights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
} // namespace

QChar creditCodeCheckChar(QStringView first17)
{
    if (first17.size() != 17)
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const qsizetype v = kAlphabet.indexOf(first17[i]);
        if (v < 0)
            return {};
        sum += int(v) * kWeights[i];
    }
    const int check = (31 - sum % 31) % 31;
    return QChar(kAlphabet[check]);
}

bool isValidCreditCode(const QString &code)
{
    if (code.size() != 18)
        return false;
    const QChar check = creditCodeCheckChar(QStringView(code).first(17));
    return !check.isNull() && check == code[17];
}

} // namespace kam
