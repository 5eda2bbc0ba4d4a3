// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QVariant>

namespace kam {

class Store;

/// A stored field value as the user reads it: codes as labels, ids as names, money and times
/// in the UI locale. `rowId` is the row the value belongs to (for its currency).
QString displayFieldValue(Store &store, const QHash<QString, QString> &userNames, const QString &rowId,
                          const QString &field, const QVariant &value);

} // namespace kam
