// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small helpers the lifecycle proposal and the churn score share; not public API.

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

#include <cmath>
#include <map>
#include <optional>

namespace kam::analytics::detail {

/// Won revenue of the quarter starting on `quarterStart` (every key inside the quarter counts,
/// so a key that is not the quarter's first day is not lost).
inline qint64 quarterRevenue(const std::map<QDate, qint64> &wonByQuarter, const QDate &quarterStart)
{
    const QDate end = quarterStart.addMonths(3);
    qint64 sum = 0;
    for (auto it = wonByQuarter.lower_bound(quarterStart);
         it != wonByQuarter.end() && it->first < end; ++it)
        sum += it->second;
    return sum;
}

/// The calendar day of a stored UTC time on screen (local time), as the agenda counts days.
inline QDate localDay(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().date() : QDate();
}

/// A number for a sentence: whole numbers without decimals, others with one ("35", "19.9").
inline QString numberText(double value)
{
    const double tenths = std::round(value * 10) / 10;
    const QLocale locale;
    return tenths == std::round(tenths) ? locale.toString(qint64(tenths))
                                        : locale.toString(tenths, 'f', 1);
}

/// A computed value without the last bits of floating-point noise, so that 4.1 − 3.6 (in binary
/// 0.49999999999999956) reaches a threshold of 0.5.
inline double tidy(double value)
{
    return std::round(value * 1e9) / 1e9;
}

/// The ISO date ("2026-03-05"), which reads the same in every UI language.
inline QString dayText(const QDate &day)
{
    return day.toString(Qt::ISODate);
}

} // namespace kam::analytics::detail
