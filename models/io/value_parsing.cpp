// SPDX-License-Identifier: GPL-3.0-or-later
#include "value_parsing.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

#include <limits>
#include <optional>

namespace kam {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kam::Import", text);
}

Error invalid(const QString &message)
{
    return makeError(ErrorCode::Invalid, message);
}

bool isSpaceSeparator(QChar c)
{
    return c == u' ' || c == QChar(0x00A0) || c == QChar(0x202F);
}

QString numberExample(NumberStyle style)
{
    return style == NumberStyle::DotDecimal ? QStringLiteral("1,234.56") : QStringLiteral("1.234,56");
}

/// A number as written: its sign, integer digits (group separators removed) and fraction
/// digits. The grammar is the style's: groups of three after the first, one decimal separator.
struct NumberText
{
    bool negative = false;
    QString whole;
    QString fraction;
    bool hasFraction = false;
};

/// Splits `s` (already without currency or percent) into a NumberText, or nullopt when it is not
/// a number in `style`.
std::optional<NumberText> splitNumber(QStringView s, NumberStyle style)
{
    NumberText out;
    s = s.trimmed();
    if (s.startsWith(u'-') || s.startsWith(u'+') || s.startsWith(QChar(0x2212))) {
        out.negative = s.front() != u'+';
        s = s.sliced(1).trimmed();
    } else if (s.endsWith(u'-')) { // "1234-", as some accounting exports write debits
        out.negative = true;
        s = s.chopped(1).trimmed();
    }
    const QChar decimal = style == NumberStyle::DotDecimal ? u'.' : u',';
    const qsizetype point = s.indexOf(decimal);
    QStringView whole = point < 0 ? s : s.first(point);
    if (point >= 0) {
        out.hasFraction = true;
        const QStringView fraction = s.sliced(point + 1);
        for (QChar c : fraction)
            if (c < u'0' || c > u'9')
                return std::nullopt;
        out.fraction = fraction.toString();
    }
    const auto isGroup = [style](QChar c) {
        return style == NumberStyle::DotDecimal ? c == u',' : (c == u'.' || isSpaceSeparator(c));
    };
    int groupDigits = -1; // digits since the last group separator; -1 before the first one
    int leadingDigits = 0;
    for (QChar c : whole) {
        if (c >= u'0' && c <= u'9') {
            out.whole += c;
            if (groupDigits >= 0)
                ++groupDigits;
            else
                ++leadingDigits;
        } else if (isGroup(c)) {
            if ((groupDigits < 0 && (leadingDigits == 0 || leadingDigits > 3))
                || (groupDigits >= 0 && groupDigits != 3))
                return std::nullopt;
            groupDigits = 0;
        } else {
            return std::nullopt;
        }
    }
    if (groupDigits >= 0 && groupDigits != 3)
        return std::nullopt;
    if (out.whole.isEmpty() && out.fraction.isEmpty())
        return std::nullopt;
    return out;
}

/// The digits as an integer, nullopt when over `limit`.
std::optional<qint64> digitsValue(const QString &digits, qint64 limit)
{
    qint64 value = 0;
    for (QChar c : digits) {
        const int d = c.unicode() - u'0';
        if (value > (limit - d) / 10)
            return std::nullopt;
        value = value * 10 + d;
    }
    return value;
}

struct CurrencyMark
{
    QStringView text;
    const char *code;
};

/// Longest first, so "HK$" is not read as "$" and "JP¥" not as "¥".
constexpr CurrencyMark kCurrencyMarks[] = {
    {u"HK$", "HKD"}, {u"JP¥", "JPY"}, {u"RMB", "CNY"}, {u"CNY", "CNY"}, {u"USD", "USD"},
    {u"EUR", "EUR"}, {u"GBP", "GBP"}, {u"HKD", "HKD"}, {u"JPY", "JPY"}, {u"¥", "CNY"},
    {u"￥", "CNY"},  {u"$", "USD"},   {u"€", "EUR"},   {u"£", "GBP"},
};

/// Removes a currency mark from the start or end of `s`, returning its code ("" for none).
QString takeCurrency(QStringView &s)
{
    for (const CurrencyMark &mark : kCurrencyMarks) {
        if (s.startsWith(mark.text, Qt::CaseInsensitive)) {
            s = s.sliced(mark.text.size()).trimmed();
            return QString::fromLatin1(mark.code);
        }
        if (s.endsWith(mark.text, Qt::CaseInsensitive)) {
            s = s.chopped(mark.text.size()).trimmed();
            return QString::fromLatin1(mark.code);
        }
    }
    return {};
}

/// "(1,234.00)" is negative, as accounting writes it.
bool takeParentheses(QStringView &s)
{
    if (s.size() >= 2 && s.startsWith(u'(') && s.endsWith(u')')) {
        s = s.sliced(1, s.size() - 2).trimmed();
        return true;
    }
    return false;
}

Error notANumber(QStringView cell, const QString &what, NumberStyle style)
{
    return invalid(tr("“%1” is not %2 (expected a number written like %3)")
                       .arg(cell.toString(), what, numberExample(style)));
}

// --- dates ---------------------------------------------------------------------------------

struct DateParts
{
    int year = 0;
    int first = 0;  ///< month for ISO-like forms; the first part for slash/dash forms
    int second = 0;
    enum Kind { YearFirst, DayFirstAlways, YearLast } kind = YearFirst;
};

struct SplitDateTime
{
    DateParts date;
    std::optional<QTime> time;
    std::optional<int> offsetSeconds; // a zone written after the time
};

const QRegularExpression &dateTimePattern()
{
    // date part: ISO-like (yyyy-M-d, yyyy/M/d, yyyy.M.d), compact yyyyMMdd, Chinese, d.M.yyyy, or
    // a/b/yyyy and a-b-yyyy; then an optional time and zone.
    static const QRegularExpression pattern(QStringLiteral(
        "^(?:(?<iy>\\d{4})(?<isep>[-/.])(?<im>\\d{1,2})\\k<isep>(?<id>\\d{1,2})"
        "|(?<cy>\\d{4})(?<cm>\\d{2})(?<cd>\\d{2})"
        "|(?<zy>\\d{4})\\s*年\\s*(?<zm>\\d{1,2})\\s*月\\s*(?<zd>\\d{1,2})\\s*日?"
        "|(?<dd>\\d{1,2})\\.(?<dm>\\d{1,2})\\.(?<dy>\\d{4})"
        "|(?<a>\\d{1,2})(?<ssep>[-/])(?<b>\\d{1,2})\\k<ssep>(?<sy>\\d{4}))"
        "(?:(?:T|\\s+)(?<h>\\d{1,2}):(?<mi>\\d{2})(?::(?<s>\\d{2})(?:[.,](?<ms>\\d{1,9}))?)?"
        "\\s*(?<z>Z|[+-]\\d{2}:?\\d{2})?)?$"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

Error notADate(QStringView cell)
{
    return invalid(tr("“%1” is not a date (expected 2024-03-05, 05.03.2024, 03/05/2024, "
                      "2024/3/5 or 2024年3月5日)")
                       .arg(cell.toString()));
}

Result<SplitDateTime> splitDateTime(QStringView cell)
{
    const QRegularExpressionMatch m = dateTimePattern().match(cell.trimmed().toString());
    if (!m.hasMatch())
        return notADate(cell);
    SplitDateTime out;
    const auto number = [&m](QStringView group) { return m.capturedView(group).toInt(); };
    if (m.hasCaptured(u"iy"))
        out.date = {number(u"iy"), number(u"im"), number(u"id"), DateParts::YearFirst};
    else if (m.hasCaptured(u"cy"))
        out.date = {number(u"cy"), number(u"cm"), number(u"cd"), DateParts::YearFirst};
    else if (m.hasCaptured(u"zy"))
        out.date = {number(u"zy"), number(u"zm"), number(u"zd"), DateParts::YearFirst};
    else if (m.hasCaptured(u"dy"))
        out.date = {number(u"dy"), number(u"dd"), number(u"dm"), DateParts::DayFirstAlways};
    else
        out.date = {number(u"sy"), number(u"a"), number(u"b"), DateParts::YearLast};
    if (m.hasCaptured(u"h")) {
        const QStringView fraction = m.capturedView(u"ms");
        const int ms = fraction.isEmpty() ? 0 : fraction.left(3).toString().leftJustified(3, u'0').toInt();
        const QTime time(number(u"h"), number(u"mi"), number(u"s"), ms);
        if (!time.isValid())
            return invalid(tr("“%1” has no valid time of day (expected hh:mm or hh:mm:ss)").arg(cell.toString()));
        out.time = time;
    }
    if (m.hasCaptured(u"z")) {
        const QString zone = m.captured(u"z");
        if (zone.compare(u"Z", Qt::CaseInsensitive) == 0) {
            out.offsetSeconds = 0;
        } else {
            const QString digits = zone.sliced(1).remove(u':');
            const int seconds = digits.left(2).toInt() * 3600 + digits.right(2).toInt() * 60;
            out.offsetSeconds = zone.startsWith(u'-') ? -seconds : seconds;
        }
    }
    return out;
}

Result<QDate> dateOf(QStringView cell, const DateParts &parts, DateOrder order)
{
    int month = parts.first;
    int day = parts.second;
    if (parts.kind == DateParts::DayFirstAlways) {
        day = parts.first;
        month = parts.second;
    } else if (parts.kind == DateParts::YearLast) {
        const bool firstIsDay = parts.first > 12;
        const bool secondIsDay = parts.second > 12;
        if (firstIsDay && secondIsDay)
            return notADate(cell);
        DateOrder effective = order;
        if (firstIsDay || secondIsDay) {
            const DateOrder required = firstIsDay ? DateOrder::DayFirst : DateOrder::MonthFirst;
            if (order != DateOrder::Unknown && order != required)
                return invalid(order == DateOrder::DayFirst
                                   ? tr("“%1” is not a day-first date (dd/MM/yyyy)").arg(cell.toString())
                                   : tr("“%1” is not a month-first date (MM/dd/yyyy)").arg(cell.toString()));
            effective = required;
        } else if (parts.first == parts.second) {
            effective = DateOrder::DayFirst; // 05/05/2024 reads the same either way
        }
        if (effective == DateOrder::Unknown)
            return invalid(tr("“%1” could be day/month or month/day: choose the date order").arg(cell.toString()));
        if (effective == DateOrder::DayFirst) {
            day = parts.first;
            month = parts.second;
        }
    }
    const QDate date(parts.year, month, day);
    if (!date.isValid())
        return invalid(tr("“%1” is not a date: there is no day %2 in month %3 of %4")
                           .arg(cell.toString())
                           .arg(day)
                           .arg(month)
                           .arg(parts.year));
    return date;
}

struct BoolWord
{
    QStringView text;
    bool value;
};

constexpr BoolWord kBoolWords[] = {
    {u"yes", true}, {u"no", false}, {u"true", true}, {u"false", false}, {u"y", true},
    {u"n", false},  {u"1", true},   {u"0", false},   {u"是", true},     {u"否", false},
    {u"有", true},  {u"无", false},  {u"✓", true},   {u"✗", false},     {u"✔", true},
    {u"✘", false},
};

} // namespace

bool isMissingCell(QStringView cell)
{
    static constexpr QStringView kMissing[] = {u"NA", u"N/A", u"#N/A", u"NULL", u"-", u"—"};
    const QStringView s = cell.trimmed();
    if (s.isEmpty())
        return true;
    for (QStringView word : kMissing)
        if (s.compare(word, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

NumberStyle detectNumberStyle(const QStringList &samples)
{
    int dotVotes = 0;
    int commaVotes = 0;
    for (const QString &sample : samples) {
        QStringView s = QStringView(sample).trimmed();
        takeParentheses(s);
        takeCurrency(s);
        const qsizetype dot = s.lastIndexOf(u'.');
        const qsizetype comma = s.lastIndexOf(u',');
        if (dot >= 0 && comma >= 0) {
            (dot > comma ? dotVotes : commaVotes) += 1; // the last separator is the decimal one
            continue;
        }
        const qsizetype at = qMax(dot, comma);
        if (at < 0)
            continue;
        const QChar sep = s[at];
        const bool repeated = s.indexOf(sep) != at;
        const qsizetype after = s.size() - at - 1;
        // "12.5", "0,35": a separator not followed by three digits is decimal; "1.234.567" is
        // grouping, which makes the other separator decimal. "1,234" alone tells nothing.
        if (repeated)
            (sep == u'.' ? commaVotes : dotVotes) += 1;
        else if (after != 3)
            (sep == u'.' ? dotVotes : commaVotes) += 1;
    }
    return commaVotes > dotVotes ? NumberStyle::CommaDecimal : NumberStyle::DotDecimal;
}

Result<ParsedAmount> parseAmount(QStringView cell, NumberStyle style)
{
    QStringView s = cell.trimmed();
    if (s.isEmpty())
        return invalid(tr("an amount is expected, the cell is empty"));
    bool negative = takeParentheses(s);
    if (!negative && (s.startsWith(u'-') || s.startsWith(QChar(0x2212)))) { // "-¥12"
        negative = true;
        s = s.sliced(1).trimmed();
    }
    ParsedAmount out;
    out.currency = takeCurrency(s);
    const std::optional<NumberText> number = splitNumber(s, style);
    if (!number || (number->negative && negative))
        return notANumber(cell, tr("an amount"), style);
    if (number->fraction.size() > 2)
        return invalid(tr("“%1” has more than two decimals; an amount is kept in hundredths").arg(cell.toString()));
    const qint64 limit = std::numeric_limits<qint64>::max() / 100 - 1;
    const std::optional<qint64> whole = digitsValue(number->whole, limit);
    if (!whole)
        return invalid(tr("“%1” is too large for an amount").arg(cell.toString()));
    const qint64 fraction = digitsValue(number->fraction.leftJustified(2, u'0'), 99).value_or(0);
    out.minor = *whole * 100 + fraction;
    if (negative || number->negative)
        out.minor = -out.minor;
    return out;
}

Result<qint64> parseInteger(QStringView cell, NumberStyle style)
{
    const std::optional<NumberText> number = splitNumber(cell, style);
    if (!number)
        return notANumber(cell, tr("a whole number"), style);
    if (number->hasFraction)
        return invalid(tr("“%1” is not a whole number").arg(cell.toString()));
    const std::optional<qint64> value = digitsValue(number->whole, std::numeric_limits<qint64>::max());
    if (!value)
        return invalid(tr("“%1” is too large for a whole number").arg(cell.toString()));
    return number->negative ? -*value : *value;
}

Result<double> parseNumber(QStringView cell, NumberStyle style)
{
    QStringView s = cell.trimmed();
    if (s.endsWith(u'%') || s.endsWith(u'％'))
        s = s.chopped(1);
    const std::optional<NumberText> number = splitNumber(s, style);
    if (!number)
        return notANumber(cell, tr("a number"), style);
    // The C locale's toDouble of the canonical digits: correctly rounded, locale-independent.
    const QString canonical = (number->negative ? QStringLiteral("-") : QString())
        + (number->whole.isEmpty() ? QStringLiteral("0") : number->whole) + u'.'
        + (number->fraction.isEmpty() ? QStringLiteral("0") : number->fraction);
    bool ok = false;
    const double value = canonical.toDouble(&ok);
    if (!ok)
        return notANumber(cell, tr("a number"), style);
    return value;
}

DateOrder detectDateOrder(const QStringList &samples)
{
    bool dayFirst = false;
    bool monthFirst = false;
    for (const QString &sample : samples) {
        const Result<SplitDateTime> split = splitDateTime(sample);
        if (!split || split->date.kind != DateParts::YearLast)
            continue;
        dayFirst = dayFirst || split->date.first > 12;
        monthFirst = monthFirst || split->date.second > 12;
    }
    if (dayFirst == monthFirst) // nothing tells, or the samples contradict each other
        return DateOrder::Unknown;
    return dayFirst ? DateOrder::DayFirst : DateOrder::MonthFirst;
}

Result<QDate> parseDate(QStringView cell, DateOrder order)
{
    const Result<SplitDateTime> split = splitDateTime(cell);
    if (!split)
        return split.error();
    return dateOf(cell, split->date, order);
}

Result<QDateTime> parseDateTime(QStringView cell, DateOrder order)
{
    const Result<SplitDateTime> split = splitDateTime(cell);
    if (!split)
        return split.error();
    const Result<QDate> date = dateOf(cell, split->date, order);
    if (!date)
        return date.error();
    const QTime time = split->time.value_or(QTime(0, 0));
    const QDateTime moment = split->offsetSeconds
        ? QDateTime(*date, time, QTimeZone(*split->offsetSeconds))
        : QDateTime(*date, time);
    if (!moment.isValid()) // a local time skipped by a daylight-saving change
        return invalid(tr("“%1” is not a time that exists in the local time zone").arg(cell.toString()));
    return moment.toUTC();
}

Result<bool> parseBool(QStringView cell)
{
    const QStringView s = cell.trimmed();
    for (const BoolWord &word : kBoolWords)
        if (s.compare(word.text, Qt::CaseInsensitive) == 0)
            return word.value;
    return invalid(tr("“%1” is not yes or no (expected yes/no, true/false, y/n, 1/0, 是/否, 有/无)")
                       .arg(cell.toString()));
}

} // namespace kam
