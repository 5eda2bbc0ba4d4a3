// SPDX-License-Identifier: GPL-3.0-or-later
#include "importer.h"

#include "account_export.h"
#include "csv_writer.h"
#include "domain/ids.h"
#include "domain/money.h"
#include "domain/stages.h"
#include "name_matching.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <type_traits>

namespace kam {

namespace {

class ImportText
{
    Q_DECLARE_TR_FUNCTIONS(kam::Import)
};

QString quoted(const QString &s)
{
    return ImportText::tr("“%1”").arg(s);
}

// Namespace of the ids made from a file's own id text; never change it, or re-importing a
// file no longer finds the rows the last import made.
const QUuid kImportNamespace(QStringLiteral("{3f6c2a9e-7b14-4d58-9e0a-c1d2b3a4f5e6}"));

/// The row id an "id" cell stands for: a canonical UUID as it is, any other text a name-based
/// UUID, so the same file imported twice names the same rows.
QString idFromCell(ImportEntity entity, const QString &text)
{
    const QUuid uuid = QUuid::fromString(text);
    if (!uuid.isNull() && uuid.toString(QUuid::WithoutBraces) == text)
        return text;
    return QUuid::createUuidV5(kImportNamespace, importEntityKey(entity) + u'/' + text)
        .toString(QUuid::WithoutBraces);
}

/// Credit codes and tax ids as people write them: spaces, dashes and lower case do not count.
QString normaliseCode(const QString &code)
{
    QString out;
    out.reserve(code.size());
    for (const QChar c : code.normalized(QString::NormalizationForm_KC))
        if (c.isLetterOrNumber())
            out += c.toUpper();
    return out;
}

/// A person's name for "same name at the same account": width, case and spacing do not count.
QString normalisePersonName(const QString &name)
{
    return name.normalized(QString::NormalizationForm_KC).toCaseFolded().simplified();
}

/// The canonical text (decimalAmount) of an amount parsed in hundredths, in `currency`'s own
/// minor units: JPY has none, so "12.50" is refused rather than rounded.
Result<QString> amountText(const QString &cell, qint64 hundredths, const QString &currency)
{
    const int digits = currencyDigits(currency);
    qint64 minor = hundredths;
    for (int d = digits; d > 2; --d)
        minor *= 10;
    for (int d = digits; d < 2; ++d) {
        if (minor % 10 != 0)
            return makeError(ErrorCode::Invalid,
                             ImportText::tr("The amount %1 has more decimals than %2 has.")
                                 .arg(quoted(cell), currency));
        minor /= 10;
    }
    return decimalAmount(Money { minor, currency });
}

QString rowName(const ImportRow &row)
{
    return std::visit(
        [](const auto &r) -> QString {
            using T = std::decay_t<decltype(r)>;
            if constexpr (std::is_same_v<T, Account>)
                return r.legalName;
            else if constexpr (
                std::is_same_v<
                    T, Contact> || std::is_same_v<T, Product> || std::is_same_v<T, Campaign>)
                return r.name;
            else if constexpr (std::is_same_v<T, Opportunity>)
                return r.title;
            else
                return r.meta.id;
        },
        row);
}

/// Rows of one kind by their natural keys: exact keys (id, codes, e-mails, names) and
/// normalised names for the fuzzy match, which asks a NameIndex instead of comparing with all.
class KeyIndex
{
public:
    struct Entry
    {
        QString id;
        QString name;
        int planRow = -1; ///< index into ImportPlan::rows; −1 for a stored row
    };
    struct Hit
    {
        QList<int> entries;
        double score = 0;
    };

    int add(Entry e)
    {
        m_entries.push_back(std::move(e));
        return int(m_entries.size()) - 1;
    }
    void addKey(QChar kind, const QString &key, int entry)
    {
        if (!key.isEmpty())
            m_keys[kind + key].append(entry);
    }
    void addName(const QString &normalised, int entry)
    {
        if (normalised.isEmpty())
            return;
        auto it = m_positionOf.constFind(normalised);
        if (it == m_positionOf.cend()) {
            it = m_positionOf.insert(normalised, m_index.add(normalised));
            m_byPosition.emplace_back();
        }
        m_byPosition[size_t(*it)].append(entry);
    }
    QList<int> exact(QChar kind, const QString &key) const
    {
        return key.isEmpty() ? QList<int> {} : m_keys.value(kind + key);
    }
    Hit name(const QString &normalised, double threshold) const
    {
        if (normalised.isEmpty())
            return {};
        if (auto it = m_positionOf.constFind(normalised); it != m_positionOf.cend())
            return { m_byPosition[size_t(*it)], 1.0 };
        const NameIndex::Match m = m_index.best(normalised, threshold);
        if (m.position < 0)
            return {};
        return { m_byPosition[size_t(m.position)], m.score };
    }
    const Entry &entry(int i) const { return m_entries[size_t(i)]; }

private:
    std::vector<Entry> m_entries;
    QHash<QString, QList<int>> m_keys; // kind character + key
    NameIndex m_index;
    QHash<QString, int> m_positionOf; // normalised name → NameIndex position
    std::vector<QList<int>> m_byPosition;
};

constexpr QChar kId = u'i';
constexpr QChar kCode = u'c';
constexpr QChar kTax = u't';
constexpr QChar kEmail = u'e';
constexpr QChar kName = u'n';
constexpr QChar kKey = u'k';

/// The distinct ids of `entries`.
QStringList idsOf(const KeyIndex &index, const QList<int> &entries)
{
    QStringList ids;
    for (int e : entries)
        if (!ids.contains(index.entry(e).id))
            ids << index.entry(e).id;
    return ids;
}

/// A field as this import fills it: where its cells come from and how its values translate.
struct FieldSource
{
    const ImportField *field = nullptr;
    int column = -1; ///< in the file's header; −1: unmapped
    QString header;
    std::optional<QString> constant;
    QHash<QString, QString> values; ///< case-folded file value → value used
};

class Preparer
{
public:
    Preparer(const Store &store, const ImportSource &source, const ImportOptions &options)
        : m_store(store)
        , m_source(source)
        , m_options(options)
    {
    }

    Result<ImportPlan> run(const ImportProgress &progress);

private:
    Result<void> mapFields();
    Result<void> loadLookups();
    void prepareRow(int index, const CsvRecord &record, PreparedRow &out);
    /// The canonical text of `text` for `f`, or why not; Reference fields resolved.
    Result<QString> canonical(const FieldSource &f, const QString &text, const ImportRow &row,
                              PreparedRow &out, std::optional<ParsedAmount> *amount);
    /// A Reference field's text resolved to ids (canonical caches it).
    Result<QString> resolve(const FieldSource &f, const QString &text, const ImportRow &row,
                            PreparedRow &out);
    Result<QString> resolveList(const FieldSource &f, const QString &text, const ImportRow &row);
    Result<QString> resolveAccount(const QString &text, PreparedRow &out, bool deferOwnRows);
    Result<QString> resolveSimple(const FieldSource &f, const KeyIndex &index, const QString &text,
                                  const QList<QChar> &kinds, bool normaliseName);
    Result<QString> resolveContact(const FieldSource &f, const QString &text, const ImportRow &row);
    void findDuplicate(int index, PreparedRow &out, bool idFromFile);
    void remember(int index, const PreparedRow &out, bool idFromFile);
    void linkOwnParents();
    const KeyIndex &contactsOf(const QString &accountId);
    void addIssue(PreparedRow &out, const FieldSource *f, const QString &reason) const
    {
        out.issues.push_back({ out.line, f ? f->header : QString(), reason });
    }

    const Store &m_store;
    const ImportSource &m_source;
    const ImportOptions &m_options;
    ImportPlan m_plan;
    std::vector<FieldSource> m_fields; // in the order rows are filled: contacts after accounts
    QString m_accountKey; ///< the entity's Reference::Account field (an account's: its parent)
    QString m_currencyKey;
    QString m_ownerKey;
    QString m_currentUser;
    QString m_lastStageId;

    KeyIndex m_accounts;
    KeyIndex m_stages;
    KeyIndex m_products;
    KeyIndex m_users;
    KeyIndex m_campaigns;
    QHash<QString, KeyIndex> m_contactsByAccount; // loaded when a row first names the account
    KeyIndex m_stored; ///< stored rows of the imported entity (accounts: m_accounts)
    KeyIndex m_own; ///< the rows of this file, as they are prepared

    struct Resolved
    {
        Result<QString> value;
        bool makesAccount = false; ///< the text names an account the import will make
    };
    QHash<QString, Resolved> m_resolved; // field key + U+001F + text
    std::vector<const ImportField *> m_checked; // required fields, and a deal's stage

    struct LaterLink
    {
        int row;
        const FieldSource *field;
        QString text;
    };
    std::vector<LaterLink> m_laterLinks; // an account's parent further down the file
};

Result<void> Preparer::mapFields()
{
    const ImportMapping &mapping = m_options.mapping;
    std::vector<FieldSource> contacts;
    for (const ImportField &field : importFields(m_options.entity)) {
        if (field.reference == Reference::Account && m_accountKey.isEmpty())
            m_accountKey = field.key;
        if (field.kind == FieldKind::Currency && m_currencyKey.isEmpty())
            m_currencyKey = field.key;
        if (field.reference == Reference::User && m_ownerKey.isEmpty())
            m_ownerKey = field.key;
        FieldSource f;
        f.field = &field;
        if (const QString header = mapping.columns.value(field.key); !header.isEmpty()) {
            f.column = int(m_source.header.indexOf(header));
            if (f.column < 0)
                return makeError(
                    ErrorCode::Invalid,
                    ImportText::tr("The column %1 mapped to the field %2 is not in %3.")
                        .arg(quoted(header), quoted(field.key), m_source.fileName));
            f.header = header;
        }
        if (auto it = mapping.constants.constFind(field.key); it != mapping.constants.cend())
            f.constant = *it;
        const QHash<QString, QString> values = mapping.values.value(field.key);
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            f.values.insert(it.key().trimmed().toCaseFolded(), it.value());
        if (f.column < 0 && !f.constant)
            continue;
        (field.reference == Reference::Contact ? contacts : m_fields).push_back(std::move(f));
    }
    m_fields.insert(m_fields.end(), contacts.begin(), contacts.end());
    for (const ImportField &field : importFields(m_options.entity))
        if ((field.required && field.key != u"id")
            || (m_options.entity == ImportEntity::Opportunities
                && field.reference == Reference::Stage))
            m_checked.push_back(&field);
    return {};
}

Result<void> Preparer::loadLookups()
{
    m_currentUser = m_store.currentUserId();
    Result<std::vector<Account>> accounts = m_store.accounts();
    if (!accounts)
        return accounts.error();
    for (const Account &a : *accounts) {
        const int e = m_accounts.add({ a.meta.id, a.legalName });
        m_accounts.addKey(kId, a.meta.id, e);
        m_accounts.addKey(kCode, normaliseCode(a.creditCode), e);
        m_accounts.addKey(kTax, normaliseCode(a.taxId), e);
        m_accounts.addName(normaliseCompanyName(a.legalName), e);
        if (!a.shortName.isEmpty())
            m_accounts.addName(normaliseCompanyName(a.shortName), e);
    }
    Result<std::vector<Stage>> stages = m_store.stages();
    if (!stages)
        return stages.error();
    for (const Stage &s : *stages) {
        const int e = m_stages.add({ s.meta.id, stageName(s) });
        m_stages.addKey(kId, s.meta.id, e);
        m_stages.addKey(kKey, s.key.toCaseFolded(), e);
        m_stages.addKey(kName, normalisePersonName(stageName(s)), e);
    }
    if (!stages->empty())
        m_lastStageId = stages->back().meta.id;
    Result<std::vector<Product>> products = m_store.products();
    if (!products)
        return products.error();
    for (const Product &p : *products) {
        const int e = m_products.add({ p.meta.id, p.name });
        m_products.addKey(kId, p.meta.id, e);
        m_products.addName(normaliseCompanyName(p.name), e);
    }
    Result<std::vector<User>> users = m_store.users();
    if (!users)
        return users.error();
    for (const User &u : *users) {
        const int e = m_users.add({ u.meta.id, u.name });
        m_users.addKey(kId, u.meta.id, e);
        m_users.addKey(kName, normalisePersonName(u.name), e);
        m_users.addKey(kEmail, normaliseEmail(u.email), e);
    }
    Result<std::vector<Campaign>> campaigns = m_store.campaigns();
    if (!campaigns)
        return campaigns.error();
    for (const Campaign &c : *campaigns) {
        const int e = m_campaigns.add({ c.meta.id, c.name });
        m_campaigns.addKey(kId, c.meta.id, e);
        m_campaigns.addName(normaliseCompanyName(c.name), e);
    }
    // The stored rows a row of the file may duplicate by a natural key.
    switch (m_options.entity) {
    case ImportEntity::Products:
        m_stored = m_products;
        break;
    case ImportEntity::Campaigns:
        m_stored = m_campaigns;
        break;
    case ImportEntity::Contacts:
        // Duplicates by e-mail are looked for at every account.
        for (const Account &a : *accounts)
            (void)contactsOf(a.meta.id); // fills m_stored
        break;
    default:
        break;
    }
    return {};
}

const KeyIndex &Preparer::contactsOf(const QString &accountId)
{
    auto it = m_contactsByAccount.find(accountId);
    if (it != m_contactsByAccount.end())
        return *it;
    KeyIndex index;
    if (Result<std::vector<Contact>> people = m_store.contacts(accountId); people) {
        for (const Contact &c : *people) {
            const int e = index.add({ c.meta.id, c.name });
            index.addKey(kId, c.meta.id, e);
            index.addKey(kEmail, normaliseEmail(c.email), e);
            index.addKey(kName, normalisePersonName(c.name), e);
            if (m_options.entity == ImportEntity::Contacts) {
                const int s = m_stored.add({ c.meta.id, c.name });
                m_stored.addKey(kEmail, normaliseEmail(c.email), s);
                m_stored.addKey(kName, accountId + u'/' + normalisePersonName(c.name), s);
            }
        }
    }
    return *m_contactsByAccount.insert(accountId, std::move(index));
}

Result<QString> Preparer::resolveSimple(const FieldSource &f, const KeyIndex &index,
                                        const QString &text, const QList<QChar> &kinds,
                                        bool normaliseName)
{
    QStringList ids;
    for (const QChar kind : kinds) {
        const QString key = kind == kId       ? text
            : kind == kEmail                  ? normaliseEmail(text)
            : kind == kName && !normaliseName ? normalisePersonName(text)
                                              : text.toCaseFolded();
        ids = idsOf(index, index.exact(kind, key));
        if (!ids.isEmpty())
            break;
    }
    if (ids.isEmpty() && normaliseName) {
        const KeyIndex::Hit hit = index.name(normaliseCompanyName(text), m_options.nameThreshold);
        ids = idsOf(index, hit.entries);
    }
    if (ids.size() > 1)
        return makeError(
            ErrorCode::Invalid,
            ImportText::tr("%1 is ambiguous: it matches %n rows.", nullptr, int(ids.size()))
                .arg(quoted(text)));
    if (ids.isEmpty())
        return makeError(
            ErrorCode::NotFound,
            ImportText::tr("%1: nothing is named %2.").arg(f.field->title(), quoted(text)));
    return ids.front();
}

Result<QString> Preparer::resolveAccount(const QString &text, PreparedRow &out, bool deferOwnRows)
{
    const LinkAccountBy by = m_options.linkAccountBy;
    QStringList ids;
    if (by != LinkAccountBy::Name) {
        const QString code = normaliseCode(text);
        for (const QChar kind : { kId, kCode, kTax }) {
            ids = idsOf(m_accounts, m_accounts.exact(kind, kind == kId ? text : code));
            if (!ids.isEmpty())
                break;
        }
    }
    QStringList names;
    if (ids.isEmpty() && by != LinkAccountBy::Code) {
        const KeyIndex::Hit hit
            = m_accounts.name(normaliseCompanyName(text), m_options.nameThreshold);
        ids = idsOf(m_accounts, hit.entries);
        for (int e : hit.entries)
            names << quoted(m_accounts.entry(e).name);
    }
    if (ids.size() > 1)
        return makeError(ErrorCode::Invalid,
                         ImportText::tr("The account %1 is ambiguous: it matches %2.")
                             .arg(quoted(text), names.join(ImportText::tr(", "))));
    if (!ids.isEmpty())
        return ids.front();
    if (deferOwnRows)
        return QString(); // an account of this file, perhaps further down: linkOwnParents
    if (m_options.createMissingAccounts && by != LinkAccountBy::Code) {
        out.newAccount = text;
        return QString();
    }
    return makeError(ErrorCode::NotFound,
                     by == LinkAccountBy::Code
                         ? ImportText::tr("No account has the id or code %1.").arg(quoted(text))
                         : ImportText::tr("No account named %1.").arg(quoted(text)));
}

Result<QString> Preparer::resolveContact(const FieldSource &f, const QString &text,
                                         const ImportRow &row)
{
    const QString accountId = m_accountKey.isEmpty() ? QString() : fieldText(row, m_accountKey);
    if (accountId.isEmpty())
        return makeError(
            ErrorCode::NotFound,
            ImportText::tr("%1 cannot be found without the row's account.").arg(quoted(text)));
    return resolveSimple(f, contactsOf(accountId), text, { kId, kEmail, kName }, false);
}

Result<QString> Preparer::canonical(const FieldSource &f, const QString &text, const ImportRow &row,
                                    PreparedRow &out, std::optional<ParsedAmount> *amount)
{
    const ImportField &field = *f.field;
    switch (field.kind) {
    case FieldKind::Text:
        return text;
    case FieldKind::Integer: {
        Result<qint64> v = parseInteger(text, m_options.numbers);
        if (!v)
            return v.error();
        return QString::number(*v);
    }
    case FieldKind::Number: {
        Result<double> v = parseNumber(text, m_options.numbers);
        if (!v)
            return v.error();
        return QString::number(*v, 'g', QLocale::FloatingPointShortest);
    }
    case FieldKind::Amount: {
        // Written once the row's currency is known (amountText): a "¥" in the cell may set it.
        Result<ParsedAmount> v = parseAmount(text, m_options.numbers);
        if (!v)
            return v.error();
        *amount = *v;
        return QString();
    }
    case FieldKind::Date: {
        Result<QDate> v = parseDate(text, m_options.dates);
        if (!v)
            return v.error();
        return v->toString(Qt::ISODate);
    }
    case FieldKind::DateTime: {
        Result<QDateTime> v = parseDateTime(text, m_options.dates);
        if (!v)
            return v.error();
        return v->toUTC().toString(Qt::ISODateWithMs);
    }
    case FieldKind::Bool: {
        Result<bool> v = parseBool(text);
        if (!v)
            return v.error();
        return *v ? QStringLiteral("true") : QStringLiteral("false");
    }
    case FieldKind::Choice: {
        QString code = text.toCaseFolded();
        code.replace(u' ', u'_').replace(u'-', u'_');
        for (const QString &choice : field.choices)
            if (choice.toCaseFolded() == code)
                return choice;
        return makeError(ErrorCode::Invalid,
                         ImportText::tr("%1 is not one of %2.")
                             .arg(quoted(text), field.choices.join(ImportText::tr(", "))));
    }
    case FieldKind::Currency: {
        const QString code = text.toUpper();
        if (!isCurrencyCode(code))
            return makeError(
                ErrorCode::Invalid,
                ImportText::tr("%1 is not a currency code such as CNY or USD.").arg(quoted(text)));
        return code;
    }
    case FieldKind::Reference:
        break;
    }
    // A file names the same accounts and stages over and over: each text is resolved once.
    const bool cacheable = field.reference != Reference::Contact;
    const QString cacheKey = cacheable ? field.key + u'\x1f' + text : QString();
    if (cacheable) {
        if (auto it = m_resolved.constFind(cacheKey); it != m_resolved.cend()) {
            if (it->makesAccount)
                out.newAccount = text;
            return it->value;
        }
    }
    Result<QString> value = resolve(f, text, row, out);
    if (cacheable)
        m_resolved.insert(
            cacheKey,
            { value, !out.newAccount.isEmpty() && field.reference == Reference::Account });
    return value;
}

Result<QString> Preparer::resolve(const FieldSource &f, const QString &text, const ImportRow &row,
                                  PreparedRow &out)
{
    const ImportField &field = *f.field;
    switch (field.reference) {
    case Reference::Account:
        return resolveAccount(text, out, m_options.entity == ImportEntity::Accounts);
    case Reference::Stage:
        return resolveSimple(f, m_stages, text, { kId, kKey, kName }, false);
    case Reference::User:
        return resolveSimple(f, m_users, text, { kId, kEmail, kName }, false);
    case Reference::Campaign:
        return resolveSimple(f, m_campaigns, text, { kId }, true);
    case Reference::Contact:
        // An activity's contacts are a list (contact_ids); a response's contact is one.
        return field.key.endsWith(u"_ids") ? resolveList(f, text, row)
                                           : resolveContact(f, text, row);
    case Reference::Products:
        return resolveList(f, text, row);
    case Reference::None:
        break;
    }
    return text;
}

Result<QString> Preparer::resolveList(const FieldSource &f, const QString &text,
                                      const ImportRow &row)
{
    QStringList ids;
    static const QRegularExpression separators(QStringLiteral("[,;，；]"));
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString name = part.trimmed();
        Result<QString> id = f.field->reference == Reference::Products
            ? resolveSimple(f, m_products, name, { kId }, true)
            : resolveContact(f, name, row);
        if (!id)
            return id.error();
        if (!ids.contains(*id))
            ids << *id;
    }
    return ids.join(u',');
}

void Preparer::prepareRow(int index, const CsvRecord &record, PreparedRow &out)
{
    out.line = record.line;
    out.row = newImportRow(m_options.entity);
    ImportRow &row = out.row;
    if (!m_currencyKey.isEmpty())
        (void)setFieldText(row, m_currencyKey, m_options.defaultCurrency);
    if (!m_ownerKey.isEmpty() && !m_currentUser.isEmpty())
        (void)setFieldText(row, m_ownerKey, m_currentUser);
    bool idFromFile = false;
    struct Amount
    {
        const FieldSource *field;
        QString cell;
        ParsedAmount value;
    };
    std::vector<Amount> amounts;
    bool currencyGiven = false;
    QSet<QString> failed; // fields whose value was refused
    for (const FieldSource &f : m_fields) {
        QString text = f.column >= 0 ? record.fields.value(f.column).trimmed() : QString();
        if (!f.values.isEmpty())
            if (auto it = f.values.constFind(text.toCaseFolded()); it != f.values.cend())
                text = it->trimmed();
        if (isMissingCell(text)) {
            if (!f.constant)
                continue;
            text = *f.constant;
            if (isMissingCell(text))
                continue;
        }
        const QString &key = f.field->key;
        if (key == u"id") {
            rowMeta(row).id = idFromCell(m_options.entity, text);
            idFromFile = true;
            out.given << key;
            continue;
        }
        std::optional<ParsedAmount> amount;
        Result<QString> value = canonical(f, text, row, out, &amount);
        if (!value) {
            addIssue(out, &f, value.error().message);
            failed.insert(key);
            continue;
        }
        if (key == m_currencyKey)
            currencyGiven = true;
        out.given << key;
        if (amount) {
            amounts.push_back({ &f, text, *amount });
            continue;
        }
        if (value->isEmpty()) {
            // An account yet to be made (newAccount), or an account's parent further down the file.
            if (key == m_accountKey && out.newAccount.isEmpty())
                m_laterLinks.push_back({ index, &f, text });
            continue;
        }
        if (Result<void> set = setFieldText(row, key, *value); !set) {
            addIssue(out, &f, set.error().message);
            failed.insert(key);
        }
    }
    for (const Amount &a : amounts) {
        // A currency in the cell ("¥1,234") is the row's currency unless the row names another.
        const QString rowCurrency
            = m_currencyKey.isEmpty() ? m_options.defaultCurrency : fieldText(row, m_currencyKey);
        if (!a.value.currency.isEmpty() && a.value.currency != rowCurrency) {
            if (currencyGiven) {
                addIssue(out, a.field,
                         ImportText::tr("The amount %1 is in %2 but the row's currency is %3.")
                             .arg(quoted(a.cell), a.value.currency, rowCurrency));
                failed.insert(a.field->field->key);
                continue;
            }
            (void)setFieldText(row, m_currencyKey, a.value.currency);
            currencyGiven = true;
            out.given << m_currencyKey;
        }
        Result<void> set = [&]() -> Result<void> {
            Result<QString> text = amountText(a.cell, a.value.minor, fieldText(row, m_currencyKey));
            if (!text)
                return text.error();
            return setFieldText(row, a.field->field->key, *text);
        }();
        if (!set) {
            addIssue(out, a.field, set.error().message);
            failed.insert(a.field->field->key);
        }
    }
    if (rowMeta(row).id.isEmpty())
        rowMeta(row).id = newRowId();
    // A closed deal's file often has no stage (the CRM export writes only Won / Lost): it went
    // through the whole process, so it stands at the last stage. An open deal's stage says how
    // far it is, which nothing else tells: without one it is rejected.
    auto sourceOf = [&](const ImportField &field) -> const FieldSource * {
        auto it = std::find_if(m_fields.begin(), m_fields.end(),
                               [&](const FieldSource &f) { return f.field == &field; });
        return it == m_fields.end() ? nullptr : &*it;
    };
    for (const ImportField *checked : m_checked) {
        const ImportField &field = *checked;
        if (failed.contains(field.key) || !fieldText(row, field.key).isEmpty())
            continue; // a value that did not parse is reported already
        auto *deal = std::get_if<Opportunity>(&row);
        if (deal && field.reference == Reference::Stage) {
            if (deal->status != DealStatus::Open)
                deal->stageId = m_lastStageId;
            else
                addIssue(
                    out, sourceOf(field),
                    ImportText::tr("An open deal needs a stage: it tells how far the deal is."));
            continue;
        }
        if (!field.required)
            continue;
        if (field.key == m_accountKey
            && (!out.newAccount.isEmpty() || out.given.contains(field.key)))
            continue; // made by the import, or an account further down the file
        addIssue(out, sourceOf(field),
                 ImportText::tr("%1 is required and has no value.").arg(field.title()));
    }
    out.status = out.issues.empty() ? PreparedRow::Status::New : PreparedRow::Status::Rejected;
    if (out.status == PreparedRow::Status::New)
        findDuplicate(index, out, idFromFile);
    remember(index, out, idFromFile);
}

void Preparer::findDuplicate(int index, PreparedRow &out, bool idFromFile)
{
    const ImportRow &row = out.row;
    const QString id = rowMeta(row).id;
    auto stored
        = [&](const QString &storedId, const QString &name, const QString &basis, double score) {
              out.duplicate = DuplicateMatch { storedId, name, basis, score, 0 };
          };
    auto own = [&](int entry, const QString &basis, double score) {
        const KeyIndex::Entry &e = m_own.entry(entry);
        out.duplicate = DuplicateMatch { QString(), e.name, basis, score,
                                         m_plan.rows[size_t(e.planRow)].line };
    };
    auto firstOwn = [&](const QList<int> &entries) {
        for (int e : entries) {
            const KeyIndex::Entry &entry = m_own.entry(e);
            // Two rows to which the file gives different ids are two records by its own word
            // (two people of the same name at one customer).
            if (idFromFile && entry.id != id && !m_own.exact(kId, entry.id).isEmpty())
                continue;
            if (entry.planRow < index && m_plan.rows[size_t(entry.planRow)].status == PreparedRow::Status::New)
                return e;
        }
        return -1;
    };
    const char *const basisId = QT_TRANSLATE_NOOP("kam::Import", "id");
    if (idFromFile) {
        const bool exists = std::visit(
            [&](const auto &r) {
                using T = std::decay_t<decltype(r)>;
                return m_store.get<T>(id).ok();
            },
            row);
        if (exists) {
            stored(id, rowName(row), ImportText::tr(basisId), 1);
        } else if (const int e = firstOwn(m_own.exact(kId, id)); e >= 0) {
            own(e, ImportText::tr(basisId), 1);
        }
    }
    struct Exact
    {
        QChar kind;
        QString key;
        const char *basis; ///< translated when it matches
    };
    std::vector<Exact> exact;
    QString name;
    switch (m_options.entity) {
    case ImportEntity::Accounts: {
        const Account &a = std::get<Account>(row);
        exact.push_back({ kCode, normaliseCode(a.creditCode),
                          QT_TRANSLATE_NOOP("kam::Import", "credit code") });
        exact.push_back(
            { kTax, normaliseCode(a.taxId), QT_TRANSLATE_NOOP("kam::Import", "tax id") });
        name = normaliseCompanyName(a.legalName);
        break;
    }
    case ImportEntity::Contacts: {
        const Contact &c = std::get<Contact>(row);
        exact.push_back(
            { kEmail, normaliseEmail(c.email), QT_TRANSLATE_NOOP("kam::Import", "e-mail") });
        exact.push_back({ kName, c.accountId + u'/' + normalisePersonName(c.name),
                          QT_TRANSLATE_NOOP("kam::Import", "same name at the account") });
        break;
    }
    case ImportEntity::Products:
        name = normaliseCompanyName(std::get<Product>(row).name);
        break;
    case ImportEntity::Campaigns:
        name = normaliseCompanyName(std::get<Campaign>(row).name);
        break;
    default:
        break;
    }
    const KeyIndex &storedIndex
        = m_options.entity == ImportEntity::Accounts ? m_accounts : m_stored;
    for (const Exact &x : exact) {
        if (out.duplicate)
            break;
        if (x.key.isEmpty() || x.key.endsWith(u'/'))
            continue;
        if (const QList<int> hit = storedIndex.exact(x.kind, x.key); !hit.isEmpty())
            stored(storedIndex.entry(hit.front()).id, storedIndex.entry(hit.front()).name,
                   ImportText::tr(x.basis), 1);
        else if (const int e = firstOwn(m_own.exact(x.kind, x.key)); e >= 0)
            own(e, ImportText::tr(x.basis), 1);
    }
    if (!out.duplicate && !name.isEmpty()) {
        auto basis
            = [](double score) { return ImportText::tr("name %1 %").arg(qRound(score * 100)); };
        if (const KeyIndex::Hit hit = storedIndex.name(name, m_options.nameThreshold);
            !hit.entries.isEmpty()) {
            stored(storedIndex.entry(hit.entries.front()).id,
                   storedIndex.entry(hit.entries.front()).name, basis(hit.score), hit.score);
        } else if (const KeyIndex::Hit mine = m_own.name(name, m_options.nameThreshold);
                   !mine.entries.isEmpty()) {
            if (const int e = firstOwn(mine.entries); e >= 0)
                own(e, basis(mine.score), mine.score);
        }
    }
    if (out.duplicate)
        out.status = PreparedRow::Status::Duplicate;
}

void Preparer::remember(int index, const PreparedRow &out, bool idFromFile)
{
    const ImportRow &row = out.row;
    const int e = m_own.add({ rowMeta(row).id, rowName(row), index });
    if (idFromFile) // a made-up id repeats nothing
        m_own.addKey(kId, rowMeta(row).id, e);
    if (const auto *a = std::get_if<Account>(&row)) {
        m_own.addKey(kCode, normaliseCode(a->creditCode), e);
        m_own.addKey(kTax, normaliseCode(a->taxId), e);
        m_own.addName(normaliseCompanyName(a->legalName), e);
    } else if (const auto *c = std::get_if<Contact>(&row)) {
        m_own.addKey(kEmail, normaliseEmail(c->email), e);
        if (!c->accountId.isEmpty())
            m_own.addKey(kName, c->accountId + u'/' + normalisePersonName(c->name), e);
        if (out.status == PreparedRow::Status::New && !c->accountId.isEmpty()) {
            // Later rows may report to this person: a file lists bosses before their reports
            // (exportEntity writes them so), and runImport creates them in file order.
            (void)contactsOf(c->accountId);
            KeyIndex &people = m_contactsByAccount[c->accountId];
            const int p = people.add({ c->meta.id, c->name });
            people.addKey(kId, c->meta.id, p);
            people.addKey(kEmail, normaliseEmail(c->email), p);
            people.addKey(kName, normalisePersonName(c->name), p);
        }
    } else if (const auto *p = std::get_if<Product>(&row)) {
        m_own.addName(normaliseCompanyName(p->name), e);
    } else if (const auto *g = std::get_if<Campaign>(&row)) {
        m_own.addName(normaliseCompanyName(g->name), e);
    }
}

void Preparer::linkOwnParents()
{
    // Second pass: an account's parent that is not stored may be a row of the same file, also
    // one further down; runImport creates the parent before linking the branch to it.
    for (const LaterLink &later : m_laterLinks) {
        PreparedRow &out = m_plan.rows[size_t(later.row)];
        if (out.status == PreparedRow::Status::Rejected)
            continue;
        int target = -1;
        for (const QChar kind : { kId, kCode, kTax }) {
            const QString key = kind == kId ? idFromCell(m_options.entity, later.text)
                                            : normaliseCode(later.text);
            if (const QList<int> hit = m_own.exact(kind, key); !hit.isEmpty()) {
                target = hit.front();
                break;
            }
        }
        if (target < 0)
            if (const KeyIndex::Hit hit
                = m_own.name(normaliseCompanyName(later.text), m_options.nameThreshold);
                !hit.entries.isEmpty())
                target = hit.entries.front();
        if (target >= 0) {
            const PreparedRow &parent = m_plan.rows[size_t(m_own.entry(target).planRow)];
            if (parent.status == PreparedRow::Status::Rejected) {
                addIssue(out, later.field,
                         ImportText::tr("The parent account %1 (row %2) is rejected.")
                             .arg(quoted(later.text))
                             .arg(parent.line));
            } else {
                // A parent that duplicates a stored account links to that one.
                const QString id = parent.duplicate && !parent.duplicate->id.isEmpty()
                    ? parent.duplicate->id
                    : rowMeta(parent.row).id;
                if (id == rowMeta(out.row).id)
                    addIssue(out, later.field,
                             ImportText::tr("An account cannot be its own parent (%1).")
                                 .arg(quoted(later.text)));
                else if (Result<void> set = setFieldText(out.row, m_accountKey, id); !set)
                    addIssue(out, later.field, set.error().message);
            }
        } else if (m_options.createMissingAccounts
                   && m_options.linkAccountBy != LinkAccountBy::Code) {
            out.newAccount = later.text;
        } else {
            addIssue(out, later.field,
                     ImportText::tr("No account named %1.").arg(quoted(later.text)));
        }
        if (!out.issues.empty()) {
            out.status = PreparedRow::Status::Rejected;
            out.duplicate.reset();
        }
    }
}

Result<ImportPlan> Preparer::run(const ImportProgress &progress)
{
    m_plan.options = m_options;
    m_plan.fileName = m_source.fileName;
    m_plan.header = m_source.header;
    if (Result<void> r = mapFields(); !r)
        return r.error();
    if (Result<void> r = loadLookups(); !r)
        return r.error();
    const qint64 total = qint64(m_source.rows.size());
    m_plan.rows.resize(m_source.rows.size());
    for (size_t i = 0; i < m_source.rows.size(); ++i) {
        PreparedRow &out = m_plan.rows[i];
        prepareRow(int(i), m_source.rows[i], out);
        if (progress && !progress(qint64(i) + 1, total))
            return makeError(ErrorCode::Cancelled,
                             ImportText::tr("Checking %1 was cancelled.").arg(m_source.fileName));
    }
    linkOwnParents();
    return std::move(m_plan);
}

// --- run -----------------------------------------------------------------------------------

/// What runImport has written so far.
struct RunState
{
    QHash<int, QString> idOfLine; ///< file line → the id of the row it wrote
    QSet<QString> written; ///< ids created by this run
    QHash<QString, QString> newAccounts; ///< normalised name → id of an account this run made
    QHash<QString, QStringList> waiting; ///< parent id → branches created before their parent
    ImportReport report;
};

/// What one row wrote besides itself, applied to the RunState once its savepoint holds.
struct RowWrite
{
    QString newAccountKey;
    QString newAccountId;
    QString waitsFor; ///< the parent id a branch waits for
    bool releasedBranches = false;
};

class Runner
{
public:
    Runner(Store &store, const ImportPlan &plan)
        : m_store(store)
        , m_plan(plan)
    {
        for (const ImportField &field : importFields(plan.options.entity))
            if (field.reference == Reference::Account) {
                m_accountKey = field.key;
                break;
            }
        for (const PreparedRow &p : plan.rows)
            if (p.status != PreparedRow::Status::Rejected)
                m_fileIds.insert(rowMeta(p.row).id);
    }

    /// Writes all chunks; a cancel is reported in the state, only failures to commit are errors.
    Result<void> run(RunState &state, const ImportProgress &progress);

private:
    void writeRow(const PreparedRow &p, RunState &state);
    Result<QString> create(ImportRow row, const RunState &state, RowWrite &w);
    Result<QString> update(const PreparedRow &p, const QString &target);
    Result<void> linkNewAccount(ImportRow &row, const PreparedRow &p, const RunState &state,
                                RowWrite &w);

    Store &m_store;
    const ImportPlan &m_plan;
    QString m_accountKey;
    QSet<QString> m_fileIds;
};

Result<void> Runner::linkNewAccount(ImportRow &row, const PreparedRow &p, const RunState &state,
                                    RowWrite &w)
{
    if (p.newAccount.isEmpty())
        return {};
    // The same new name on many rows makes one account, in the chunk of its first row.
    w.newAccountKey = normaliseCompanyName(p.newAccount);
    QString id = state.newAccounts.value(w.newAccountKey);
    if (id.isEmpty()) {
        Account account;
        account.legalName = p.newAccount;
        account.currency = m_plan.options.defaultCurrency;
        account.ownerId = m_store.currentUserId();
        Result<Account> made = m_store.create(account);
        if (!made)
            return makeError(made.error().code,
                             ImportText::tr("The account %1 could not be created: %2")
                                 .arg(quoted(p.newAccount), made.error().message));
        id = made->meta.id;
        w.newAccountId = id;
    }
    return setFieldText(row, m_accountKey, id);
}

Result<QString> Runner::create(ImportRow row, const RunState &state, RowWrite &w)
{
    if (auto *a = std::get_if<Account>(&row)) {
        // A branch above its group in the file: made without its parent, linked when the parent is.
        if (!a->parentId.isEmpty() && m_fileIds.contains(a->parentId)
            && !state.written.contains(a->parentId)) {
            w.waitsFor = a->parentId;
            a->parentId.clear();
        }
    }
    Result<QString> id = std::visit(
        [&](auto &r) -> Result<QString> {
            auto made = m_store.create(r);
            if (!made)
                return made.error();
            return made->meta.id;
        },
        row);
    if (!id)
        return id;
    for (const QString &branchId : state.waiting.value(*id)) {
        Result<Account> branch = m_store.get<Account>(branchId);
        if (!branch)
            return branch.error();
        Account linked = *branch;
        linked.parentId = *id;
        if (Result<void> r = m_store.update(linked); !r)
            return r.error();
        w.releasedBranches = true;
    }
    return id;
}

Result<QString> Runner::update(const PreparedRow &p, const QString &target)
{
    return std::visit(
        [&](const auto &prepared) -> Result<QString> {
            using T = std::decay_t<decltype(prepared)>;
            Result<T> stored = m_store.get<T>(target);
            if (!stored)
                return stored.error();
            ImportRow merged = *stored;
            // Only what the file gives is overwritten; the stored row keeps every other field. In
            // field order, so the currency is set before the amounts in it.
            for (const ImportField &field : importFields(m_plan.options.entity)) {
                if (!p.given.contains(field.key) || field.key == u"id"
                    || field.key == u"created_at")
                    continue;
                if (Result<void> r = setFieldText(merged, field.key, fieldText(p.row, field.key));
                    !r)
                    return r.error();
            }
            if (Result<void> r = m_store.update(std::get<T>(merged)); !r)
                return r.error();
            return target;
        },
        p.row);
}

void Runner::writeRow(const PreparedRow &p, RunState &state)
{
    ImportReport &report = state.report;
    auto reject = [&](const QString &reason) {
        ++report.rejected;
        report.errors.push_back({ p.line, QString(), reason });
    };
    if (p.status == PreparedRow::Status::Rejected) {
        ++report.rejected;
        report.errors.insert(report.errors.end(), p.issues.begin(), p.issues.end());
        return;
    }
    DuplicateAction action = DuplicateAction::Create;
    QString target;
    if (p.status == PreparedRow::Status::Duplicate) {
        action = p.action.value_or(m_plan.options.onDuplicate);
        if (action == DuplicateAction::Skip) {
            ++report.skipped;
            return;
        }
        target
            = p.duplicate->id.isEmpty() ? state.idOfLine.value(p.duplicate->line) : p.duplicate->id;
        if (action == DuplicateAction::Update && target.isEmpty()) {
            reject(ImportText::tr("It repeats row %1, which was not imported.")
                       .arg(p.duplicate->line));
            return;
        }
    }
    // Each row is its own savepoint: a row the store refuses leaves the rest of the chunk. A
    // row that writes only itself has one in Store::create or update already.
    RowWrite w;
    QString id;
    const auto work = [&]() -> Result<void> {
        ImportRow row = p.row;
        if (Result<void> r = linkNewAccount(row, p, state, w); !r)
            return r;
        Result<QString> r = [&]() -> Result<QString> {
            if (action == DuplicateAction::Update) {
                PreparedRow linked = p;
                linked.row = std::move(row);
                return update(linked, target);
            }
            // Created anew: a row duplicating by id needs an id of its own.
            if (rowMeta(row).id == target || state.written.contains(rowMeta(row).id))
                rowMeta(row).id = newRowId();
            return create(std::move(row), state, w);
        }();
        if (!r)
            return r.error();
        id = *r;
        return {};
    };
    const bool onlyItself = p.newAccount.isEmpty() && !state.waiting.contains(rowMeta(p.row).id);
    const Result<void> done = onlyItself ? work() : m_store.transaction(work);
    if (!done) {
        QString reason = done.error().message;
        // Branches above it in the file were made without it; say so, since they keep no parent.
        if (const QStringList branches = state.waiting.value(rowMeta(p.row).id);
            !branches.isEmpty()) {
            QStringList lines;
            for (auto it = state.idOfLine.cbegin(); it != state.idOfLine.cend(); ++it)
                if (branches.contains(it.value()))
                    lines << QString::number(it.key());
            std::sort(lines.begin(), lines.end(),
                      [](const QString &a, const QString &b) { return a.toInt() < b.toInt(); });
            reason += u' '
                + ImportText::tr("The branches of rows %1 were imported without it.")
                      .arg(lines.join(ImportText::tr(", ")));
        }
        reject(reason);
        return;
    }
    if (!w.newAccountId.isEmpty())
        state.newAccounts.insert(w.newAccountKey, w.newAccountId);
    if (!w.waitsFor.isEmpty())
        state.waiting[w.waitsFor] << id;
    if (w.releasedBranches)
        state.waiting.remove(id);
    state.written.insert(id);
    state.idOfLine.insert(p.line, id);
    ++(action == DuplicateAction::Update ? report.updated : report.imported);
}

Result<void> Runner::run(RunState &state, const ImportProgress &progress)
{
    const qint64 total = qint64(m_plan.rows.size());
    const size_t chunk = size_t(std::max(1, m_plan.options.chunkSize));
    for (size_t start = 0; start < m_plan.rows.size(); start += chunk) {
        // The chunk counts into a report of its own, added to the run's once it commits. A
        // chunk that does not commit ends the run, so nothing else needs to go back (copying the
        // whole state per chunk made a long import quadratic).
        ImportReport committed = std::exchange(state.report, {});
        bool cancelled = false;
        const Result<void> r = m_store.transaction([&]() -> Result<void> {
            const size_t end = std::min(m_plan.rows.size(), start + chunk);
            for (size_t i = start; i < end; ++i) {
                writeRow(m_plan.rows[i], state);
                if (progress && !progress(qint64(i) + 1, total)) {
                    cancelled = true;
                    return makeError(ErrorCode::Cancelled,
                                     ImportText::tr("The import was cancelled."));
                }
            }
            return {};
        });
        ImportReport chunkReport = std::exchange(state.report, std::move(committed));
        if (!r) {
            if (cancelled) {
                state.report.cancelled = true;
                return {};
            }
            return r;
        }
        state.report.imported += chunkReport.imported;
        state.report.updated += chunkReport.updated;
        state.report.skipped += chunkReport.skipped;
        state.report.rejected += chunkReport.rejected;
        state.report.errors.insert(state.report.errors.end(),
                                   std::make_move_iterator(chunkReport.errors.begin()),
                                   std::make_move_iterator(chunkReport.errors.end()));
    }
    return {};
}

} // namespace

QString duplicateActionKey(DuplicateAction action)
{
    switch (action) {
    case DuplicateAction::Skip:
        return QStringLiteral("skip");
    case DuplicateAction::Update:
        return QStringLiteral("update");
    case DuplicateAction::Create:
        return QStringLiteral("create");
    }
    return {};
}

std::optional<DuplicateAction> duplicateActionFromKey(QStringView key)
{
    for (DuplicateAction a :
         { DuplicateAction::Skip, DuplicateAction::Update, DuplicateAction::Create })
        if (key.compare(duplicateActionKey(a), Qt::CaseInsensitive) == 0)
            return a;
    return std::nullopt;
}

int ImportPlan::count(PreparedRow::Status status) const
{
    return int(std::count_if(rows.begin(), rows.end(),
                             [&](const PreparedRow &r) { return r.status == status; }));
}

Result<ImportPlan> prepareImport(const Store &store, const ImportSource &source,
                                 const ImportOptions &options, const ImportProgress &progress)
{
    return Preparer(store, source, options).run(progress);
}

QJsonObject ImportReport::toJson() const
{
    QJsonArray list;
    for (const ImportIssue &e : errors)
        list.append(QJsonObject { { QStringLiteral("row"), e.row },
                                  { QStringLiteral("column"), e.column },
                                  { QStringLiteral("reason"), e.reason } });
    QJsonObject o {
        { QStringLiteral("read"), read },         { QStringLiteral("imported"), imported },
        { QStringLiteral("updated"), updated },   { QStringLiteral("skipped"), skipped },
        { QStringLiteral("rejected"), rejected }, { QStringLiteral("errors"), list }
    };
    if (cancelled)
        o.insert(QStringLiteral("cancelled"), true);
    if (dryRun)
        o.insert(QStringLiteral("dry_run"), true);
    return o;
}

Result<ImportReport> runImport(Store &store, const ImportPlan &plan, const ImportProgress &progress,
                               bool dryRun)
{
    Runner runner(store, plan);
    RunState state;
    state.report.read = qint64(plan.rows.size());
    if (!dryRun) {
        if (Result<void> r = store.checkpointingOnce([&] { return runner.run(state, progress); }); !r)
            return r.error();
        return state.report;
    }
    // Everything is written as for real inside one transaction that is then rolled back, so the
    // report is what the import would do, store refusals included.
    bool finished = false;
    const Result<void> r = store.transaction([&]() -> Result<void> {
        if (Result<void> w = runner.run(state, progress); !w)
            return w;
        finished = true;
        return makeError(ErrorCode::Cancelled, ImportText::tr("Dry run: nothing is kept."));
    });
    if (!finished)
        return r.error();
    state.report.dryRun = true;
    return state.report;
}

Result<void> writeRejectedRows(const ImportReport &report, const ImportSource &source,
                               QIODevice *out)
{
    QHash<int, const CsvRecord *> byLine;
    for (const CsvRecord &record : source.rows)
        byLine.insert(record.line, &record);
    CsvWriter csv(out, CsvWriter::Bom::Yes);
    csv.writeRow(
        QStringList { QStringLiteral("row"), QStringLiteral("column"), QStringLiteral("reason") }
        + source.header);
    // One line per rejected row (its problems joined), so the file can be fixed and imported again.
    for (size_t i = 0; i < report.errors.size();) {
        const int line = report.errors[i].row;
        QStringList columns;
        QStringList reasons;
        for (; i < report.errors.size() && report.errors[i].row == line; ++i) {
            if (!report.errors[i].column.isEmpty() && !columns.contains(report.errors[i].column))
                columns << report.errors[i].column;
            reasons << report.errors[i].reason;
        }
        QStringList cells;
        if (const CsvRecord *record = byLine.value(line))
            cells = record->fields;
        while (cells.size() < source.header.size())
            cells << QString();
        csv.writeRow(QStringList { QString::number(line), columns.join(QStringLiteral("; ")),
                                   reasons.join(QStringLiteral("; ")) }
                     + cells);
    }
    if (!csv.ok())
        return makeError(ErrorCode::Io,
                         ImportText::tr("The rejected rows of %1 could not be written: %2")
                             .arg(source.fileName, out->errorString()));
    return {};
}

} // namespace kam
