// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace kam {

/// "zh_CN" when the system's language is Chinese, else "en".
QString systemUiLanguage();

/// Installs Qt's and KAM Desk's translations for `language` ("zh_CN" or "en") in the running
/// application, and makes numbers, money and dates follow it.
void installTranslations(const QString &language);

} // namespace kam
