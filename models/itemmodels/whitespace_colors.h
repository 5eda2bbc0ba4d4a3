// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/enums.h"

#include <QColor>

namespace kam {

/// The background of a whitespace cell in `state`: light enough for black text, distinct in
/// print. The editor's grid and the PDF share it so the two read alike.
inline QColor whitespaceColor(Whitespace state)
{
    switch (state) {
    case Whitespace::Potential:
        return QColor(0xff, 0xf0, 0xc2); // amber: to win
    case Whitespace::Ours:
        return QColor(0xd4, 0xed, 0xd0); // green: we supply it
    case Whitespace::Competitor:
        return QColor(0xf6, 0xcf, 0xcf); // red: someone else does
    case Whitespace::NotRelevant:
        return QColor(0xe6, 0xe6, 0xe6); // grey: nothing to sell
    }
    return {};
}

} // namespace kam
