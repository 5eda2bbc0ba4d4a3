// SPDX-License-Identifier: GPL-3.0-or-later
#include "value_parsing.h"

#include <QCoreApplication>
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
    return style == NumberStyle::DotDecimal ? QStringLiteral("1,234.56")
                                            : QStringLiteral("1.234,56");
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
    { u"HK$", "HKD" }, { u"JP¥", "JPY" }, { u"RMB", "CNY" }, { u"CNY", "CNY" }, { u"USD", "USD" },
    { u"EUR", "EUR" }, { u"GBP", "GBP" }, { u"HKD", "HKD" }, { u"JPY", "JPY" }, { u"¥", "CNY" },
    { u"￥", "CNY" },  { u"$", "USD" },   { u"€", "EUR" },   { u"£", "GBP" },
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

enum class NumberKind { Amount, WholeNumber, Number };

/// Whole sentences per kind, so translations need not splice a noun into one.
Error notANumber(QStringView cell, NumberKind kind, NumberStyle style)
{
    const char *text = nullptr;
    switch (kind) {
    case NumberKind::Amount:
        text = QT_TRANSLATE_NOOP("kam::Import",
                                 "“%1” is not an amount (expected a number written like %2)");
        break;
    case NumberKind::WholeNumber:
        text = QT_TRANSLATE_NOOP("kam::Import",
                                 "“%1” is not a whole number (expected a number written like %2)");
        break;
    case NumberKind::Number:
        text = QT_TRANSLATE_NOOP("kam::Import",
                                 "“%1” is not a number (expected a number written like %2)");
        break;
    }
    return invalid(tr(text).arg(cell.toString(), numberExample(style)));
}

// --- dates ---------------------------------------------------------------------------------

struct DateParts
{
    int year = 0;
    int first = 0; ///< month for ISO-like forms; the first part for slash/dash forms
    int second = 0;
    enum Kind { YearFirst, DayFirstAlways, YearLast } kind = YearFirst;
};

struct SplitDateTime
{
    DateParts date;
    std::optional<QTime> time;
    std::optional<int> offsetSeconds; // a zone written after the time
};

Error notADate(QStringView cell)
{
    return invalid(tr("“%1” is not a date (expected 2024-03-05, 05.03.2024, 03/05/2024, "
                      "2024/3/5 or 2024年3月5日)")
                       .arg(cell.toString()));
}

/// Reads a cell left to right. Hand-written rather than a regular expression: an import parses
/// a date in every row, and this is several times faster.
struct Cursor
{
    QStringView s;
    qsizetype i = 0;

    bool atEnd() const { return i >= s.size(); }
    bool take(QChar c)
    {
        if (atEnd() || s[i] != c)
            return false;
        ++i;
        return true;
    }
    bool takeOneOf(QStringView chars, QChar *taken = nullptr)
    {
        if (atEnd() || !chars.contains(s[i]))
            return false;
        if (taken)
            *taken = s[i];
        ++i;
        return true;
    }
    qsizetype skipSpaces()
    {
        const qsizetype start = i;
        while (!atEnd() && s[i].isSpace())
            ++i;
        return i - start;
    }
    /// A run of ASCII digits whose length is within [least, most] and that is not followed by
    /// another digit; its value (of the first nine digits) in `value`.
    bool number(int least, int most, int &value, int *length = nullptr)
    {
        const qsizetype start = i;
        value = 0;
        while (!atEnd() && s[i] >= u'0' && s[i] <= u'9') {
            if (i - start < 9)
                value = value * 10 + (s[i].unicode() - u'0');
            ++i;
        }
        const qsizetype n = i - start;
        if (length)
            *length = int(n);
        return n >= least && n <= most;
    }
    /// Exactly `count` ASCII digits, whatever follows ("0130" is 01 and 30).
    bool fixed(int count, int &value)
    {
        value = 0;
        for (int k = 0; k < count; ++k, ++i) {
            if (atEnd() || s[i] < u'0' || s[i] > u'9')
                return false;
            value = value * 10 + (s[i].unicode() - u'0');
        }
        return true;
    }
};

/// yyyy-M-d, yyyy/M/d, yyyy.M.d, yyyyMMdd, yyyy年M月d日, d.M.yyyy, a/b/yyyy, a-b-yyyy.
bool readDate(Cursor &c, DateParts &date)
{
    int first = 0;
    int length = 0;
    if (!c.number(1, 8, first, &length))
        return false;
    if (length == 8) {
        date = { first / 10000, first / 100 % 100, first % 100, DateParts::YearFirst };
        return true;
    }
    QChar separator;
    if (length == 4) {
        date.year = first;
        date.kind = DateParts::YearFirst;
        if (c.takeOneOf(u"-/.", &separator))
            return c.number(1, 2, date.first) && c.take(separator) && c.number(1, 2, date.second);
        c.skipSpaces();
        if (!c.take(u'年'))
            return false;
        c.skipSpaces();
        if (!c.number(1, 2, date.first))
            return false;
        c.skipSpaces();
        if (!c.take(u'月'))
            return false;
        c.skipSpaces();
        if (!c.number(1, 2, date.second))
            return false;
        const qsizetype beforeMark = c.i;
        c.skipSpaces();
        if (!c.take(u'日'))
            c.i = beforeMark; // the spaces separate a time
        return true;
    }
    if (length > 2 || !c.takeOneOf(u"-/.", &separator))
        return false;
    date.first = first;
    date.kind = separator == u'.' ? DateParts::DayFirstAlways : DateParts::YearLast;
    return c.number(1, 2, date.second) && c.take(separator) && c.number(4, 4, date.year);
}

/// "T14:30", " 14:30:05.250", then an optional zone: Z, +08:00, -0130.
bool readTime(Cursor &c, int &hour, int &minute, int &second, int &ms,
              std::optional<int> &offsetSeconds)
{
    if (c.skipSpaces() == 0 && !c.take(u'T') && !c.take(u't'))
        return false;
    if (!c.number(1, 2, hour) || !c.take(u':') || !c.number(2, 2, minute))
        return false;
    if (c.take(u':')) {
        if (!c.number(2, 2, second))
            return false;
        if (c.takeOneOf(u".,")) {
            int digits = 0;
            int fraction = 0;
            if (!c.number(1, 9, fraction, &digits))
                return false;
            for (; digits > 3; --digits)
                fraction /= 10;
            for (; digits < 3; ++digits)
                fraction *= 10;
            ms = fraction;
        }
    }
    c.skipSpaces();
    QChar sign;
    if (c.take(u'Z') || c.take(u'z')) {
        offsetSeconds = 0;
    } else if (c.takeOneOf(u"+-", &sign)) {
        int hours = 0;
        int minutes = 0;
        if (!c.fixed(2, hours))
            return false;
        c.take(u':');
        if (!c.number(2, 2, minutes))
            return false;
        offsetSeconds = (sign == u'-' ? -1 : 1) * (hours * 3600 + minutes * 60);
    }
    return true;
}

Result<SplitDateTime> splitDateTime(QStringView cell)
{
    Cursor c { cell.trimmed() };
    SplitDateTime out;
    if (!readDate(c, out.date))
        return notADate(cell);
    if (c.atEnd())
        return out;
    int hour = 0;
    int minute = 0;
    int second = 0;
    int ms = 0;
    if (!readTime(c, hour, minute, second, ms, out.offsetSeconds) || !c.atEnd())
        return notADate(cell);
    const QTime time(hour, minute, second, ms);
    if (!time.isValid())
        return invalid(
            tr("“%1” has no valid time of day (expected hh:mm or hh:mm:ss)").arg(cell.toString()));
    out.time = time;
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
                return invalid(
                    order == DateOrder::DayFirst
                        ? tr("“%1” is not a day-first date (dd/MM/yyyy)").arg(cell.toString())
                        : tr("“%1” is not a month-first date (MM/dd/yyyy)").arg(cell.toString()));
            effective = required;
        } else if (parts.first == parts.second) {
            effective = DateOrder::DayFirst; // 05/05/2024 reads the same either way
        }
        if (effective == DateOrder::Unknown)
            return invalid(tr("“%1” could be day/month or month/day: choose the date order")
                               .arg(cell.toString()));
        if (effective == DateOrder::DayFirst) {
            day = parts.first;
            month = parts.second;
        }
    }
    if (month < 1 || month > 12)
        return invalid(
            tr("“%1” is not a date: there is no month %2").arg(cell.toString()).arg(month));
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
    { u"yes", true }, { u"no", false }, { u"true", true }, { u"false", false },
    { u"y", true },   { u"n", false },  { u"1", true },    { u"0", false },
    { u"是", true },  { u"否", false }, { u"有", true },   { u"无", false },
    { u"✓", true },   { u"✗", false },  { u"✔", true },    { u"✘", false },
};

} // namespace

bool isMissingCell(QStringView cell)
{
    static constexpr QStringView kMissing[] = { u"NA", u"N/A", u"#N/A", u"NULL", u"-", u"—" };
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
        return notANumber(cell, NumberKind::Amount, style);
    if (number->fraction.size() > 2)
        return invalid(tr("“%1” has more than two decimals; an amount is kept in hundredths")
                           .arg(cell.toString()));
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
        return notANumber(cell, NumberKind::WholeNumber, style);
    if (number->hasFraction)
        return invalid(tr("“%1” is not a whole number").arg(cell.toString()));
    const std::optional<qint64> value
        = digitsValue(number->whole, std::numeric_limits<qint64>::max());
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
        return notANumber(cell, NumberKind::Number, style);
    // The C locale's toDouble of the canonical digits: correctly rounded, locale-independent.
    const QString canonical = (number->negative ? QStringLiteral("-") : QString())
        + (number->whole.isEmpty() ? QStringLiteral("0") : number->whole) + u'.'
        + (number->fraction.isEmpty() ? QStringLiteral("0") : number->fraction);
    bool ok = false;
    const double value = canonical.toDouble(&ok);
    if (!ok)
        return notANumber(cell, NumberKind::Number, style);
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
        return invalid(
            tr("“%1” is not a time that exists in the local time zone").arg(cell.toString()));
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
