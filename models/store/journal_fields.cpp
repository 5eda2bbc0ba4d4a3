// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal_fields.h"

#include <QLocale>

#include <cmath>

namespace kam {

namespace {

void appendString(QString &out, QStringView s)
{
    out += u'"';
    for (const QChar c : s) {
        switch (c.unicode()) {
        case u'"': out += QLatin1StringView("\\\""); break;
        case u'\\': out += QLatin1StringView("\\\\"); break;
        case u'\n': out += QLatin1StringView("\\n"); break;
        case u'\r': out += QLatin1StringView("\\r"); break;
        case u'\t': out += QLatin1StringView("\\t"); break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += u'"';
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
        out += QString::number(v.toLongLong());
        return;
    case QMetaType::ULong:
    case QMetaType::ULongLong:
        out += QString::number(v.toULongLong());
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
