// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFont>
#include <QList>

namespace kam {

/// Qt's PDF engine (checked with Qt 6.4) names each glyph's text by the lowest code point the
/// font maps to that glyph, and CJK fonts such as Noto Sans CJK draw an ideograph and its
/// radical (一 and ⼀ U+2F00, 长 and ⻓ U+2ED3) with one glyph: copy, search and pdftotext of
/// such a PDF give radicals. This rewrites, in place, each radical in the ToUnicode maps of `pdf`
/// as the ideograph that one of `fonts` draws with the same glyph. The maps are plain text of
/// fixed-width hex codes, so no offset in the file moves.
void fixPdfRadicals(QByteArray &pdf, const QList<QFont> &fonts);

} // namespace kam
