// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "domain/result.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>
#include <vector>

namespace kam {

class Store;

/// What a CSV file can be imported into (and what `kamdesk-cli export` writes the same way).
enum class ImportEntity { Accounts, Contacts, Products, Opportunities, Activities, Satisfaction, Costs, Campaigns };

/// All of them, in the order a migration imports them (accounts before what links to them).
const std::vector<ImportEntity> &importEntities();
/// "accounts", "contacts", "products", "opportunities", "activities", "satisfaction", "costs",
/// "campaigns": the CLI's names, stable.
QString importEntityKey(ImportEntity entity);
std::optional<ImportEntity> importEntityFromKey(QStringView key);
/// Translated ("Deals", "商机").
QString importEntityLabel(ImportEntity entity);

/// How a field's cells are read. Every kind has one canonical text, the one exports write and
/// setFieldText takes: Text as is; Integer "12"; Number "0.35"; Amount in major units with the
/// decimals of the row's currency, as decimalAmount writes it ("1234.50"; set the currency
/// first: importFields lists it before the amount); Date "2024-03-05"; DateTime ISO UTC
/// "2024-03-05T06:30:00.000Z"; Bool "true"/"false"; Choice the enum code ("won"); Currency
/// "CNY"; Reference the row's id (Products and an activity's contacts: ids, comma-separated).
enum class FieldKind { Text, Integer, Number, Amount, Date, DateTime, Bool, Choice, Currency, Reference };

/// What a Reference field points at, and by which natural keys a file may name it.
enum class Reference {
    None,
    Account,  ///< by id, unified social credit code, tax id or (normalised) name
    Contact,  ///< of the row's account: by id, e-mail or name
    Products, ///< comma- or semicolon-separated: by id or name
    Stage,    ///< by id, key or name
    User,     ///< by id, name or e-mail
    Campaign, ///< by id or name
};

struct ImportField
{
    QString key; ///< the column name of exports and presets ("legal_name"); "id" and
                 ///< "created_at" are the row's meta columns
    FieldKind kind = FieldKind::Text;
    bool required = false;
    Reference reference = Reference::None;
    QStringList choices;  ///< Choice: the enum codes allowed
    QStringList synonyms; ///< header names that suggest this field, English and Chinese
    const char *label = nullptr; ///< source text, translated in context "kam::Import"

    QString title() const; ///< label, translated
};

/// The fields of an entity, in export column order; "id" first.
const std::vector<ImportField> &importFields(ImportEntity entity);
const ImportField *findImportField(ImportEntity entity, QStringView key);

/// A row being imported or exported.
using ImportRow = std::variant<Account, Contact, Product, Opportunity, Activity, SatisfactionResponse,
                               CostEntry, Campaign>;
ImportRow newImportRow(ImportEntity entity);
ImportEntity importEntityOf(const ImportRow &row);
RowMeta &rowMeta(ImportRow &row);
const RowMeta &rowMeta(const ImportRow &row);

/// The canonical text of field `key` of `row` (see FieldKind); empty for no value.
QString fieldText(const ImportRow &row, const QString &key);
/// Sets field `key` from canonical text; empty clears it to the field's default. Refuses text
/// that is not canonical for the field's kind, naming the field.
Result<void> setFieldText(ImportRow &row, const QString &key, const QString &canonical);

/// Which file column feeds which field, values for fields no column gives, and the
/// translation of a column's values (a stage column's "Engaging" → "qualification").
/// Columns are named by their header text, so a saved mapping fits the next file of the
/// same layout.
struct ImportMapping
{
    QHash<QString, QString> columns;   ///< field key → header name
    QHash<QString, QString> constants; ///< field key → value where its column is unmapped or empty
    QHash<QString, QHash<QString, QString>> values; ///< field key → file value → value used

    QJsonObject toJson() const;
    static Result<ImportMapping> fromJson(const QJsonObject &json);
    bool operator==(const ImportMapping &) const = default;
};

/// The mapping the header suggests: a column named like a field's key, title (in either
/// language) or one of its synonyms, compared without case, spaces, "_" or "-". Each column
/// feeds at most one field and each field takes at most one column.
ImportMapping suggestMapping(ImportEntity entity, const QStringList &header);

/// Saved mappings ("presets"), per entity, in the store's local settings.
struct ImportPreset
{
    QString name;
    ImportEntity entity = ImportEntity::Accounts;
    ImportMapping mapping;
};
Result<std::vector<ImportPreset>> importPresets(const Store &store);
/// Adds or replaces (same name and entity) a preset.
Result<void> saveImportPreset(Store &store, const ImportPreset &preset);
Result<void> removeImportPreset(Store &store, ImportEntity entity, const QString &name);

} // namespace kam
