// SPDX-License-Identifier: GPL-3.0-or-later
#include "app_settings.h"

#include "domain/money.h"
#include "store.h"

#include <QCoreApplication>

namespace kam {

namespace {

const QString kDefaultCurrencyKey = QStringLiteral("ui.default_currency");

} // namespace

QString defaultCurrency(const Store &store)
{
    const Result<QString> saved = store.setting(kDefaultCurrencyKey);
    return saved && isCurrencyCode(*saved) ? *saved : QStringLiteral("CNY");
}

Result<void> setDefaultCurrency(Store &store, const QString &code)
{
    if (!isCurrencyCode(code))
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("kam", "Default currency: “%1” is not an ISO 4217 currency code such as CNY or USD.")
                             .arg(code));
    return store.setSetting(kDefaultCurrencyKey, code);
}

} // namespace kam
