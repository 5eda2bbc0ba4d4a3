// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace kam {

/// True for a cell that stands for "no value": empty or blanks, NA, N/A, #N/A, NULL, "-", "—"
/// (case-insensitive, trimmed).
bool isMissingCell(QStringView cell);

/// How a file writes numbers: 1,234.56 (English, Chinese) or 1.234,56 (German, French; a
/// space or U+00A0/U+202F as the thousands separator also counts).
enum class NumberStyle { DotDecimal, CommaDecimal };

/// The style the samples are written in; DotDecimal when nothing tells them apart.
NumberStyle detectNumberStyle(const QStringList &samples);

/// A money amount in a cell: "1,234.56", "¥1,234", "RMB 1234", "1.234,56 €", "-12.5", "$3k" is
/// refused. Currency symbols and codes before or after the number set `currency` (¥/￥/RMB/CNY
/// → CNY, $/USD → USD, €/EUR → EUR, £/GBP → GBP, HK$/HKD, JP¥/JPY); none leaves it empty.
struct ParsedAmount
{
    qint64 minor = 0; ///< in hundredths (cents, 分), exact: no binary floating point
    QString currency;
};
/// Refused with the text quoted: more than two decimals, letters, two numbers, out of range.
Result<ParsedAmount> parseAmount(QStringView cell, NumberStyle style);
/// A whole number, thousands separators allowed ("12,000"); refuses "12.5".
Result<qint64> parseInteger(QStringView cell, NumberStyle style);
/// A number with a fraction ("0.35", "35 %" is 35).
Result<double> parseNumber(QStringView cell, NumberStyle style);

/// How a file writes the day and month. ISO (yyyy-MM-dd, yyyy/M/d, yyyy.M.d, yyyyMMdd) and
/// Chinese dates (2024年3月5日) need no choice; dd.MM.yyyy is always day first. Only slash
/// or dash dates with the year last (05/03/2024) need DayFirst or MonthFirst.
enum class DateOrder { Unknown, DayFirst, MonthFirst };

/// The order the samples must be in: DayFirst when some first part is over 12, MonthFirst when
/// some second part is, Unknown when nothing tells (the user chooses).
DateOrder detectDateOrder(const QStringList &samples);

/// A date; a time after it ("2024-03-05 14:30", "2024-03-05T14:30:00Z") is allowed and
/// dropped. An ambiguous date with DateOrder::Unknown is refused, saying to choose the order.
Result<QDate> parseDate(QStringView cell, DateOrder order);
/// A moment: a date with an optional time (hh:mm or hh:mm:ss); without a zone it is local time.
/// Returned in UTC.
Result<QDateTime> parseDateTime(QStringView cell, DateOrder order);
/// yes/no, true/false, y/n, 1/0, 是/否, 有/无, ✓/✗ (case-insensitive).
Result<bool> parseBool(QStringView cell);

} // namespace kam
