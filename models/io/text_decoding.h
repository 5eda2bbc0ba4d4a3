// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace kam {

/// The encodings an imported file may be in. Spreadsheet programs on Chinese Windows write
/// GB18030/GBK, on Western Windows Windows-1252; everything else writes UTF-8.
enum class TextEncoding { Utf8, Utf8Bom, Utf16Le, Utf16Be, Gb18030, Windows1252 };

/// Guesses how `bytes` (a file's start, or all of it) are encoded: a BOM decides; text that is
/// valid UTF-8 is UTF-8; else GB18030 when it decodes without errors and its high bytes pair up
/// as Chinese text does; else Windows-1252.
TextEncoding detectEncoding(QByteArrayView bytes);

/// Decodes `bytes` (a BOM of the encoding is dropped). Bytes the encoding cannot decode are an
/// Invalid error naming the line and byte offset of the first ("line 3: byte 0x81 at offset
/// 57 is not valid gb18030"), never replaced silently; a character cut off by the end counts.
/// An encoding this Qt cannot decode (GB18030 and Windows-1252 need Qt built with ICU) is an
/// Invalid error saying so.
Result<QString> decodeText(QByteArrayView bytes, TextEncoding encoding);

/// Stable names for files, the CLI and presets: "utf-8", "utf-8-bom", "utf-16le", "utf-16be",
/// "gb18030", "windows-1252"; encodingFromName also takes "gbk", "cp1252", "latin1" (all case
/// insensitive).
QString encodingName(TextEncoding encoding);
std::optional<TextEncoding> encodingFromName(QStringView name);

} // namespace kam
