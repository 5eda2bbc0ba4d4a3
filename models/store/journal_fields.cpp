// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal_fields.h"

#include <QLocale>

#include <charconv>
#include <cmath>

namespace kam {

namespace {

void appendString(QString &out, QStringView s)
{
    out += u'"';
    // Runs of plain characters in one append: an import writes millions of values.
    qsizetype plain = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s[i].unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\')
            continue;
        out += s.sliced(plain, i - plain);
        plain = i + 1;
        switch (c) {
        case u'"': out += QLatin1StringView("\\\""); break;
        case u'\\': out += QLatin1StringView("\\\\"); break;
        case u'\n': out += QLatin1StringView("\\n"); break;
        case u'\r': out += QLatin1StringView("\\r"); break;
        case u'\t': out += QLatin1StringView("\\t"); break;
        default: out += QStringLiteral("\\u%1").arg(int(c), 4, 16, QLatin1Char('0'));
        }
    }
    out += s.sliced(plain);
    out += u'"';
}

template<typename Integer>
void appendNumber(QString &out, Integer n)
{
    char digits[24];
    const std::to_chars_result end = std::to_chars(digits, digits + sizeof digits, n);
    out += QLatin1StringView(digits, end.ptr);
}

/// A value as QSQLite would bind it: integers and booleans as integers, doubles as reals
/// (written so they stay real: 3.0, not 3), NULL and non-finite numbers as null, the rest as
/// its text.
void appendValue(QString &out, const QVariant &v)
{
    if (v.isNull()) {
        out += QLatin1StringView("null");
        return;
    }
    switch (v.typeId()) {
    case QMetaType::Bool:
        out += v.toBool() ? u'1' : u'0';
        return;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
        appendNumber(out, v.toLongLong());
        return;
    case QMetaType::ULong:
    case QMetaType::ULongLong:
        appendNumber(out, v.toULongLong());
        return;
    case QMetaType::Double:
    case QMetaType::Float: {
        const double d = v.toDouble();
        if (!std::isfinite(d)) {
            out += QLatin1StringView("null");
            return;
        }
        QString n = QString::number(d, 'g', QLocale::FloatingPointShortest);
        if (!n.contains(u'.') && !n.contains(u'e'))
            n += QLatin1StringView(".0");
        out += n;
        return;
    }
    case QMetaType::QString:
        appendString(out, *static_cast<const QString *>(v.constData()));
        return;
    default:
        appendString(out, v.toString());
    }
}

} // namespace

QString journalFieldsJson(const std::vector<FieldChange> &fields)
{
    QString out;
    out.reserve(qsizetype(fields.size()) * 48);
    out += u'{';
    for (const FieldChange &f : fields) {
        if (out.size() > 1)
            out += u',';
        appendString(out, f.field);
        out += QLatin1StringView(":[");
        appendValue(out, f.oldValue);
        out += u',';
        appendValue(out, f.newValue);
        out += u']';
    }
    out += u'}';
    return out;
}

} // namespace kam
