// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace kam {

/// Check character of a unified social credit code (统一社会信用代码, GB 32100-2015)
/// for its first 17 characters; a null QChar when they use a character outside the code set.
QChar creditCodeCheckChar(QStringView first17);

/// True when `code` is 18 characters from the GB 32100 code set with a correct check character.
bool isValidCreditCode(const QString &code);

} // namespace kam
