// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipeline_settings.h"

#include "store.h"

#include <QCoreApplication>

namespace kam {

namespace {

QString intervalKey(Tier tier)
{
    return QStringLiteral("maintenance_days.") + enumCode(tier);
}

/// An integer setting, or `fallback` when unset.
Result<int> intSetting(const Store &store, const QString &key, int fallback)
{
    Result<QString> text = store.setting(key);
    if (!text)
        return text.error();
    bool ok = false;
    const int value = text->toInt(&ok);
    return ok ? value : fallback;
}

/// lupdate files these messages under "kam", the namespace it sees the calls in.
QString tr(const char *text)
{
    return QCoreApplication::translate("kam", text);
}

} // namespace

Result<analytics::MaintenanceRules> maintenanceRules(const Store &store)
{
    const analytics::MaintenanceRules defaults = analytics::MaintenanceRules::defaults();
    analytics::MaintenanceRules rules;
    for (const EnumEntry<Tier> &e : enumEntries<Tier>()) {
        Result<int> days = intSetting(store, intervalKey(e.value), defaults.intervalFor(e.value));
        if (!days)
            return days.error();
        rules.days[e.value] = *days;
    }
    return rules;
}

Result<void> setMaintenanceRules(Store &store, const analytics::MaintenanceRules &rules)
{
    for (const auto &[tier, days] : rules.days)
        if (days < 0 || days > 3650)
            return makeError(ErrorCode::Invalid, tr("A maintenance interval is between 0 (no reminder) and 3650 days."));
    return store.transaction([&]() -> Result<void> {
        for (const auto &[tier, days] : rules.days)
            if (Result<void> r = store.setSetting(intervalKey(tier), QString::number(days)); !r)
                return r;
        return {};
    });
}

Result<analytics::ForecastThresholds> forecastThresholds(const Store &store)
{
    const analytics::ForecastThresholds defaults;
    Result<int> commit = intSetting(store, QStringLiteral("forecast.commit"), defaults.commit);
    if (!commit)
        return commit.error();
    Result<int> best = intSetting(store, QStringLiteral("forecast.best_case"), defaults.bestCase);
    if (!best)
        return best.error();
    return analytics::ForecastThresholds{*commit, *best};
}

Result<void> setForecastThresholds(Store &store, analytics::ForecastThresholds t)
{
    if (t.commit < 0 || t.commit > 100 || t.bestCase < 0 || t.bestCase > 100)
        return makeError(ErrorCode::Invalid, tr("A probability is between 0 and 100 %."));
    if (t.commit < t.bestCase)
        return makeError(ErrorCode::Invalid, tr("The commit threshold cannot be below the best-case threshold."));
    return store.transaction([&]() -> Result<void> {
        if (Result<void> r = store.setSetting(QStringLiteral("forecast.commit"), QString::number(t.commit)); !r)
            return r;
        return store.setSetting(QStringLiteral("forecast.best_case"), QString::number(t.bestCase));
    });
}

} // namespace kam
