// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small helpers shared by the forms: enum combos, amounts, local times and error labels.

#include "domain/enums.h"
#include "domain/money.h"

#include <QComboBox>
#include <QDateTime>
#include <QIcon>
#include <QLocale>

class QAbstractItemView;
class QLabel;

namespace kam {

/// Fills `combo` with the translated labels of E, the enum value as item data.
template<typename E>
void fillEnumCombo(QComboBox *combo)
{
    combo->clear();
    for (const auto &e : enumEntries<E>())
        combo->addItem(enumLabel(e.value), int(e.value));
}

template<typename E>
E comboEnum(const QComboBox *combo)
{
    return E(combo->currentData().toInt());
}

template<typename E>
void setComboEnum(QComboBox *combo, E value)
{
    combo->setCurrentIndex(combo->findData(int(value)));
}

/// Selects the item whose data is `id` (-1, the placeholder, when none has it).
void setComboId(QComboBox *combo, const QString &id, int role = Qt::UserRole);

/// An amount as the locale writes it, without a currency symbol ("1,234.50"), exactly.
QString formatAmount(const Money &money, const QLocale &locale = QLocale());

/// A UTC time shown in local time, in the locale's short format.
QString formatLocalTime(const QDateTime &utc, const QLocale &locale = QLocale());

/// The hidden, wrapping, plain-text red label under a form that says why it was refused.
QLabel *makeErrorLabel(const char *objectName, QWidget *parent);

/// Sets up a read-only list of rows (a table or tree): whole-row single selection, alternating
/// rows, no wrapping, the last column stretched.
void setupRowView(QAbstractItemView *view, const char *objectName);

/// An icon from resources/icons (SVG); a platform icon where Qt has no SVG support installed.
QIcon kamIcon(const QString &name);

/// The currencies the money editors offer first (their combos stay editable for any ISO code).
const QStringList &offeredCurrencies();

/// Gives a table or tree the context-menu action "Export to CSV…", which saves what it shows
/// (its visible columns in their order, its rows as filtered and sorted). Every exported view
/// goes through here, the one place the shared exporter will plug into.
void addCsvExport(QAbstractItemView *view, const QString &suggestedName);

} // namespace kam
