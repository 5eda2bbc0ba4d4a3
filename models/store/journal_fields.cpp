// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal_fields.h"

#include <QLocale>

#include <charconv>
#include <cmath>

namespace kam {

namespace {

/// Writes JSON into a QString sized beforehand for the worst case (room()), unit by unit: an
/// import journals millions of values, and QString's appends cost more than the characters.
class Writer
{
public:
    explicit Writer(char16_t *at)
        : m_at(at)
    {
    }
    char16_t *end() const { return m_at; }

    void put(char16_t c) { *m_at++ = c; }
    void put(QLatin1StringView s)
    {
        for (char c : s)
            *m_at++ = char16_t(uchar(c));
    }
    void putString(QStringView s)
    {
        put(u'"');
        for (const QChar qc : s) {
            const char16_t c = qc.unicode();
            if (c >= 0x20 && c != u'"' && c != u'\\') {
                *m_at++ = c;
                continue;
            }
            put(u'\\');
            switch (c) {
            case u'"': put(u'"'); break;
            case u'\\': put(u'\\'); break;
            case u'\n': put(u'n'); break;
            case u'\r': put(u'r'); break;
            case u'\t': put(u't'); break;
            default:
                put(u'u');
                for (int shift = 12; shift >= 0; shift -= 4)
                    put(u"0123456789abcdef"[(c >> shift) & 0xf]);
            }
        }
        put(u'"');
    }
    template<typename Integer>
    void putNumber(Integer n)
    {
        char digits[24];
        const std::to_chars_result end = std::to_chars(digits, digits + sizeof digits, n);
        put(QLatin1StringView(digits, end.ptr));
    }

    /// A value as QSQLite would bind it: integers and booleans as integers, doubles as reals
    /// (written so they stay real: 3.0, not 3), NULL and non-finite numbers as null, the rest
    /// as its text.
    void putValue(const QVariant &v)
    {
        if (v.isNull()) {
            put(QLatin1StringView("null"));
            return;
        }
        switch (v.typeId()) {
        case QMetaType::Bool:
            put(v.toBool() ? u'1' : u'0');
            return;
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::Long:
        case QMetaType::LongLong:
        case QMetaType::Short:
            putNumber(v.toLongLong());
            return;
        case QMetaType::ULong:
        case QMetaType::ULongLong:
            putNumber(v.toULongLong());
            return;
        case QMetaType::Double:
        case QMetaType::Float: {
            const double d = v.toDouble();
            if (!std::isfinite(d)) {
                put(QLatin1StringView("null"));
                return;
            }
            const QString n = QString::number(d, 'g', QLocale::FloatingPointShortest);
            for (const QChar c : n)
                put(c.unicode());
            if (!n.contains(u'.') && !n.contains(u'e'))
                put(QLatin1StringView(".0"));
            return;
        }
        case QMetaType::QString:
            putString(*static_cast<const QString *>(v.constData()));
            return;
        default:
            putString(v.toString());
        }
    }

    /// The most putValue writes for `v`: text takes up to six units a character (an escape).
    static qsizetype room(const QVariant &v)
    {
        if (v.isNull())
            return 4;
        switch (v.typeId()) {
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::Long:
        case QMetaType::LongLong:
        case QMetaType::Short:
        case QMetaType::ULong:
        case QMetaType::ULongLong:
            return 24;
        case QMetaType::Double:
        case QMetaType::Float:
            return 32;
        case QMetaType::QString:
            return 6 * static_cast<const QString *>(v.constData())->size() + 2;
        default:
            return 6 * v.toString().size() + 2;
        }
    }

private:
    char16_t *m_at;
};

} // namespace

QString journalFieldsJson(const std::vector<FieldChange> &fields)
{
    qsizetype room = 2;
    for (const FieldChange &f : fields)
        room += 6 * f.field.size() + 2 + Writer::room(f.oldValue) + Writer::room(f.newValue) + 5;
    QString out(room, Qt::Uninitialized);
    char16_t *begin = reinterpret_cast<char16_t *>(out.data());
    Writer w(begin);
    w.put(u'{');
    for (const FieldChange &f : fields) {
        if (w.end() - begin > 1)
            w.put(u',');
        w.putString(f.field);
        w.put(QLatin1StringView(":["));
        w.putValue(f.oldValue);
        w.put(u',');
        w.putValue(f.newValue);
        w.put(u']');
    }
    w.put(u'}');
    out.truncate(w.end() - begin);
    return out;
}

} // namespace kam
