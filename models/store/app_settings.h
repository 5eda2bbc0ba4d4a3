// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QString>

namespace kam {

class Store;

/// The currency new accounts, deals and campaigns start in: a setting of the store (its data is
/// in that currency), CNY until one is chosen.
QString defaultCurrency(const Store &store);
/// Refuses anything but the ISO 4217 code of a currency in circulation.
Result<void> setDefaultCurrency(Store &store, const QString &code);

} // namespace kam
