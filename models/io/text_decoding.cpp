// SPDX-License-Identifier: GPL-3.0-or-later
#include "text_decoding.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <initializer_list>
#include <utility>

namespace kam {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kam::Import", text);
}

bool startsWithBytes(QByteArrayView bytes, std::initializer_list<unsigned char> prefix)
{
    if (bytes.size() < qsizetype(prefix.size()))
        return false;
    qsizetype i = 0;
    for (unsigned char b : prefix)
        if (static_cast<unsigned char>(bytes[i++]) != b)
            return false;
    return true;
}

/// Whether `bytes` are well-formed UTF-8; a sequence cut off by the end of `bytes` is accepted,
/// since detection may see only a file's start.
bool isUtf8(QByteArrayView bytes)
{
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        if (b < 0x80) {
            ++i;
            continue;
        }
        int more = 0;
        unsigned char min2 = 0x80,
                      max2 = 0xBF; // the second byte's range (no overlongs, surrogates)
        if (b >= 0xC2 && b <= 0xDF) {
            more = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            more = 2;
            if (b == 0xE0)
                min2 = 0xA0;
            if (b == 0xED)
                max2 = 0x9F;
        } else if (b >= 0xF0 && b <= 0xF4) {
            more = 3;
            if (b == 0xF0)
                min2 = 0x90;
            if (b == 0xF4)
                max2 = 0x8F;
        } else {
            return false;
        }
        for (int k = 1; k <= more; ++k) {
            if (i + k >= n)
                return true;
            const auto c = static_cast<unsigned char>(bytes[i + k]);
            if (k == 1 ? (c < min2 || c > max2) : (c < 0x80 || c > 0xBF))
                return false;
        }
        i += more + 1;
    }
    return true;
}

/// Whether `bytes` are well-formed GB18030 whose two-byte characters are mostly in the GB2312
/// range (both bytes 0xA1–0xFE), as Chinese text is. Windows-1252 text that happens to be valid
/// GB18030 pairs an accented letter with a plain ASCII letter (0x40–0x7E) instead.
bool looksLikeGb18030(QByteArrayView bytes)
{
    const qsizetype n = bytes.size();
    qsizetype pairs = 0;
    qsizetype gb2312Pairs = 0;
    qsizetype i = 0;
    while (i < n) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        if (b < 0x80) {
            ++i;
            continue;
        }
        if (b == 0x80 || b == 0xFF)
            return false;
        if (i + 1 >= n)
            break; // cut off by the end of the sample
        const auto c = static_cast<unsigned char>(bytes[i + 1]);
        if (c >= 0x30 && c <= 0x39) { // a four-byte sequence
            if (i + 3 >= n)
                break;
            const auto d = static_cast<unsigned char>(bytes[i + 2]);
            const auto e = static_cast<unsigned char>(bytes[i + 3]);
            if (d < 0x81 || d > 0xFE || e < 0x30 || e > 0x39)
                return false;
            ++pairs;
            i += 4;
            continue;
        }
        if (c < 0x40 || c == 0x7F || c == 0xFF)
            return false;
        ++pairs;
        if (b >= 0xA1 && c >= 0xA1)
            ++gb2312Pairs;
        i += 2;
    }
    return pairs > 0 && gb2312Pairs * 10 >= pairs * 9;
}

const char *icuName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Gb18030:
        return "GB18030";
    case TextEncoding::Windows1252:
        return "windows-1252";
    default:
        return nullptr;
    }
}

QStringDecoder makeDecoder(TextEncoding encoding, QStringDecoder::Flags flags)
{
    switch (encoding) {
    case TextEncoding::Utf8:
    case TextEncoding::Utf8Bom:
        return QStringDecoder(QStringDecoder::Utf8, flags);
    case TextEncoding::Utf16Le:
        return QStringDecoder(QStringDecoder::Utf16LE, flags);
    case TextEncoding::Utf16Be:
        return QStringDecoder(QStringDecoder::Utf16BE, flags);
    case TextEncoding::Gb18030:
    case TextEncoding::Windows1252:
        return QStringDecoder(icuName(encoding), flags);
    }
    return QStringDecoder();
}

/// The 1-based line `text` ends on; CRLF, LF and a lone CR each end a line.
int lineAtEnd(QStringView text)
{
    int line = 1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\n'
            || (text[i] == u'\r' && (i + 1 == text.size() || text[i + 1] != u'\n')))
            ++line;
    }
    return line;
}

/// The message for the first bytes `encoding` cannot decode: fed a byte at a time, the sequence
/// that fails starts after the last byte that completed a character.
QString firstBadByte(QByteArrayView bytes, TextEncoding encoding)
{
    QStringDecoder decoder = makeDecoder(encoding, QStringDecoder::Flag::Default);
    QString decoded;
    qsizetype sequenceStart = 0;
    qsizetype decodedBeforeSequence = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const QString out = decoder.decode(bytes.sliced(i, 1));
        if (decoder.hasError())
            break;
        if (!out.isEmpty()) {
            decoded += out;
            sequenceStart = i + 1;
            decodedBeforeSequence = decoded.size();
        }
    }
    // No error within: the bytes end inside a character, which starts at sequenceStart.
    const qsizetype offset = qMin(sequenceStart, bytes.size() - 1);
    return tr("line %1: byte 0x%2 at offset %3 is not valid %4")
        .arg(lineAtEnd(QStringView(decoded).first(decodedBeforeSequence)))
        .arg(QString::number(static_cast<unsigned char>(bytes[offset]), 16)
                 .toUpper()
                 .rightJustified(2, u'0'))
        .arg(offset)
        .arg(encodingName(encoding));
}

} // namespace

TextEncoding detectEncoding(QByteArrayView bytes)
{
    if (startsWithBytes(bytes, { 0xEF, 0xBB, 0xBF }))
        return TextEncoding::Utf8Bom;
    if (startsWithBytes(bytes, { 0xFF, 0xFE }))
        return TextEncoding::Utf16Le;
    if (startsWithBytes(bytes, { 0xFE, 0xFF }))
        return TextEncoding::Utf16Be;
    if (isUtf8(bytes))
        return TextEncoding::Utf8;
    if (looksLikeGb18030(bytes))
        return TextEncoding::Gb18030;
    return TextEncoding::Windows1252;
}

Result<QString> decodeText(QByteArrayView bytes, TextEncoding encoding)
{
    // Stateless: a character cut off by the end is an error too, not silently dropped.
    QStringDecoder decoder = makeDecoder(encoding, QStringDecoder::Flag::Stateless);
    if (!decoder.isValid())
        return makeError(
            ErrorCode::Invalid,
            tr("the encoding %1 is not available in this build").arg(encodingName(encoding)));
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return makeError(ErrorCode::Invalid, firstBadByte(bytes, encoding));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

QString encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("utf-8");
    case TextEncoding::Utf8Bom:
        return QStringLiteral("utf-8-bom");
    case TextEncoding::Utf16Le:
        return QStringLiteral("utf-16le");
    case TextEncoding::Utf16Be:
        return QStringLiteral("utf-16be");
    case TextEncoding::Gb18030:
        return QStringLiteral("gb18030");
    case TextEncoding::Windows1252:
        return QStringLiteral("windows-1252");
    }
    return {};
}

std::optional<TextEncoding> encodingFromName(QStringView name)
{
    static const std::pair<const char *, TextEncoding> kNames[] = {
        { "utf-8", TextEncoding::Utf8 },
        { "utf8", TextEncoding::Utf8 },
        { "utf-8-bom", TextEncoding::Utf8Bom },
        { "utf-16le", TextEncoding::Utf16Le },
        { "utf-16be", TextEncoding::Utf16Be },
        { "gb18030", TextEncoding::Gb18030 },
        { "gbk", TextEncoding::Gb18030 },
        { "gb2312", TextEncoding::Gb18030 },
        { "windows-1252", TextEncoding::Windows1252 },
        { "cp1252", TextEncoding::Windows1252 },
        { "latin1", TextEncoding::Windows1252 },
    };
    const QStringView trimmed = name.trimmed();
    for (const auto &[text, encoding] : kNames)
        if (trimmed.compare(QLatin1String(text), Qt::CaseInsensitive) == 0)
            return encoding;
    return std::nullopt;
}

} // namespace kam
