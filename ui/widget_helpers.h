// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small helpers shared by the forms: enum combos, amounts, local times and error labels.

#include "domain/enums.h"
#include "domain/money.h"
#include "domain/result.h"

#include <QComboBox>
#include <QDateTime>
#include <QIcon>
#include <QLocale>

#include <functional>
#include <optional>
#include <vector>

class QAbstractItemView;
class QIODevice;
class QLabel;

namespace kam {

class Store;

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

/// One file format an export's save dialog offers.
struct ExportChoice
{
    QString filter; ///< the dialog's filter, "CSV, UTF-8 (*.csv)"
    QString format; ///< recorded in the audit log and the file's suffix: "csv" or "json"
    std::function<Result<int>(QIODevice *)> write; ///< writes the file; returns the rows written
};

/// A file an export wrote.
struct SavedExport
{
    QString path;
    int rows = 0;
};

/// The one path of every export from the desktop: asks where to save (the first of `choices` is
/// the default; a file name whose suffix is another choice's format picks that one), writes
/// the file atomically, then journals it in `store` (Store::recordExport(what, …)). A failure
/// shows as a warning on `parent`; a file written but not journaled is kept, with a warning.
/// Tests set the environment variable KAM_EXPORT_PATH to a file name, used instead of the
/// dialog. Returns what was written, or nullopt when cancelled or failed.
std::optional<SavedExport> saveExport(QWidget *parent, Store &store, const QString &title,
                                      const QString &what, const QString &suggestedName,
                                      const std::vector<ExportChoice> &choices);

/// Gives a table or tree the context-menu action "Export to CSV…", which saves what it shows
/// (its visible columns in their order, its rows as filtered and sorted) through saveExport(),
/// as CSV for Excel (UTF-8 with a BOM, the default) or plain UTF-8, and journals the export
/// as `suggestedName`.
void addCsvExport(QAbstractItemView *view, const QString &suggestedName, Store &store);

} // namespace kam
