// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdf_text_fix.h"

#include <QFontDatabase>
#include <QHash>
#include <QRawFont>

namespace kam {

namespace {

// CJK Radicals Supplement and Kangxi Radicals: the code points below the unified ideographs.
constexpr char16_t kFirstRadical = 0x2E80;
constexpr char16_t kLastRadical = 0x2FDF;

/// Radical → the unified ideograph (U+4E00…U+9FFF) each of `fonts` draws with its glyph.
QHash<char16_t, char16_t> radicalFixes(const QList<QFont> &fonts)
{
    QString radicals;
    for (char16_t r = kFirstRadical; r <= kLastRadical; ++r)
        radicals += QChar(r);
    QString ideographs;
    for (char16_t c = 0x4E00; c <= 0x9FFF; ++c)
        ideographs += QChar(c);
    QHash<char16_t, char16_t> fixes;
    for (const QFont &font : fonts) {
        const QRawFont raw = QRawFont::fromFont(font, QFontDatabase::SimplifiedChinese);
        const QList<quint32> radicalGlyphs = raw.glyphIndexesForString(radicals);
        const QList<quint32> ideographGlyphs = raw.glyphIndexesForString(ideographs);
        QHash<quint32, char16_t> ideographOfGlyph;
        for (qsizetype i = ideographGlyphs.size() - 1; i >= 0; --i)
            if (ideographGlyphs[i])
                ideographOfGlyph.insert(ideographGlyphs[i], ideographs[i].unicode());
        for (qsizetype i = 0; i < radicalGlyphs.size(); ++i)
            if (const auto it = ideographOfGlyph.constFind(radicalGlyphs[i]); radicalGlyphs[i] && it != ideographOfGlyph.cend())
                fixes.insert(radicals[i].unicode(), *it);
    }
    return fixes;
}

} // namespace

void fixPdfRadicals(QByteArray &pdf, const QList<QFont> &fonts)
{
    const QHash<char16_t, char16_t> fixes = radicalFixes(fonts);
    if (fixes.isEmpty())
        return;
    for (qsizetype ref = pdf.indexOf("/ToUnicode "); ref >= 0; ref = pdf.indexOf("/ToUnicode ", ref + 1)) {
        const qsizetype numberEnd = pdf.indexOf(' ', ref + 11);
        const QByteArray head = "\n" + pdf.mid(ref + 11, numberEnd - ref - 11) + " 0 obj\n";
        const qsizetype obj = pdf.indexOf(head);
        const qsizetype begin = obj < 0 ? -1 : pdf.indexOf("beginbfrange\n", obj);
        const qsizetype end = begin < 0 ? -1 : pdf.indexOf("endcmap", begin);
        const qsizetype filter = obj < 0 ? -1 : pdf.indexOf("/Filter", obj);
        if (end < 0 || (filter >= 0 && filter < begin))
            continue; // not the plain-text map Qt writes
        // Each line maps CIDs to code points: "<cid> <cid> <uc>" or "<cid> <cid> [<uc> <uc> …]";
        // only the tokens after the first two are code points.
        qsizetype lineStart = begin;
        while (lineStart < end) {
            const qsizetype lineEnd = pdf.indexOf('\n', lineStart);
            int token = 0;
            for (qsizetype i = lineStart; i < lineEnd; ++i) {
                if (pdf[i] != '<' || i + 5 >= lineEnd || pdf[i + 5] != '>')
                    continue;
                if (token++ < 2)
                    continue;
                bool ok = false;
                const auto uc = char16_t(pdf.mid(i + 1, 4).toUShort(&ok, 16));
                if (const auto fix = fixes.constFind(uc); ok && fix != fixes.cend())
                    pdf.replace(i + 1, 4, QByteArray::number(*fix, 16).toUpper().rightJustified(4, '0'));
            }
            lineStart = lineEnd + 1;
        }
    }
}

} // namespace kam
