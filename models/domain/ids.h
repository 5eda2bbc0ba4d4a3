// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace kam {

/// A new id for a row or a journal mutation, made on this device without asking anyone: a UUID
/// of version 7 (RFC 9562), in canonical form without braces. Its first 60 bits are the time
/// (milliseconds, then a fraction of one), so ids made one after another sort together and a
/// store's indexes grow at their end instead of at random pages; the other 62 bits are random,
/// from a generator per thread seeded once from the system.
QString newRowId();

} // namespace kam
