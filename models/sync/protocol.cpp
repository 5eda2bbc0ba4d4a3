// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol.h"

#include "sync_tables.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace kam::sync {

using namespace Qt::StringLiterals;

namespace {

Error bad(const QString &where, const QString &what)
{
    return makeError(ErrorCode::Invalid, QStringLiteral("%1: %2").arg(where, what));
}

bool isInteger(const QJsonValue &v)
{
    return v.isDouble() && v.toDouble() == double(v.toInteger()) && v.toDouble() >= 0
        && v.toDouble() <= 9007199254740991.0;
}

Result<void> parseMutation(const QJsonValue &value, const QString &where, Mutation &m)
{
    if (!value.isObject())
        return bad(where, QStringLiteral("expected an object"));
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!QStringList { u"id"_s, u"table"_s, u"row"_s, u"op"_s, u"at"_s, u"fields"_s }.contains(
                it.key()))
            return bad(where, QStringLiteral("unknown key “%1”").arg(it.key()));
    for (const char *key : { "id", "table", "row", "op", "at" })
        if (!o.value(QLatin1StringView(key)).isString())
            return bad(where + u'.' + QLatin1StringView(key), QStringLiteral("expected a string"));
    m.id = o.value(u"id").toString();
    if (!isCanonicalUuid(m.id))
        return bad(where + u".id"_s,
                   QStringLiteral("“%1” is not a lower-case UUID").arg(m.id.left(64)));
    m.table = o.value(u"table").toString();
    const SyncTable *table = findSyncTable(m.table);
    if (!table)
        return bad(where + u".table"_s, QStringLiteral("unknown table “%1”").arg(m.table.left(64)));
    m.row = o.value(u"row").toString();
    if (!isCanonicalUuid(m.row))
        return bad(where + u".row"_s,
                   QStringLiteral("“%1” is not a lower-case UUID").arg(m.row.left(64)));
    m.op = o.value(u"op").toString();
    if (!QStringList { u"insert"_s, u"update"_s, u"delete"_s, u"restore"_s }.contains(m.op))
        return bad(
            where + u".op"_s,
            QStringLiteral("unknown op “%1” (insert, update, delete, restore)").arg(m.op.left(64)));
    const QDateTime at = QDateTime::fromString(o.value(u"at").toString(), Qt::ISODateWithMs);
    if (!at.isValid() || at.timeSpec() != Qt::UTC)
        return bad(where + u".at"_s,
                   QStringLiteral("expected a UTC time like 2026-11-22T08:00:00.000Z"));
    m.atMs = at.toMSecsSinceEpoch();
    const QJsonValue fields = o.value(u"fields");
    if (!fields.isObject() || fields.toObject().isEmpty())
        return bad(where + u".fields"_s,
                   QStringLiteral("expected a non-empty object of changed fields"));
    const QJsonObject f = fields.toObject();
    for (auto it = f.begin(); it != f.end(); ++it) {
        const QString path = where + u".fields."_s + it.key().left(64);
        if (!table->fields.contains(it.key()))
            return bad(path, QStringLiteral("unknown field of %1").arg(m.table));
        if (!it.value().isObject())
            return bad(path, QStringLiteral("expected {\"value\": …, \"base\": …}"));
        const QJsonObject change = it.value().toObject();
        if (change.size() != 2 || !change.contains(u"value") || !change.contains(u"base"))
            return bad(path, QStringLiteral("expected exactly the keys “value” and “base”"));
        if (!isInteger(change.value(u"base")))
            return bad(path + u".base"_s,
                       QStringLiteral("expected a non-negative integer revision"));
        FieldChange fc { it.key(), std::nullopt, change.value(u"base").toInteger() };
        const QJsonValue v = change.value(u"value");
        if (!v.isNull() && !v.isString())
            return bad(path + u".value"_s,
                       QStringLiteral("expected a string or null (numbers travel as text)"));
        const QString text = v.toString();
        const std::optional<QString> canonical = table->canonical(fc.field, text);
        if (!canonical || *canonical != text)
            return bad(path + u".value"_s,
                       text.size() > kMaxFieldLength
                           ? QStringLiteral("longer than %1 characters").arg(kMaxFieldLength)
                           : QStringLiteral("“%1” is not a valid value").arg(text.left(64)));
        if (!text.isEmpty())
            fc.value = text;
        m.fields.push_back(std::move(fc));
    }
    return {};
}

} // namespace

Result<QJsonObject> parseJsonObject(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return bad(QStringLiteral("body"),
                   QStringLiteral("malformed JSON at byte %1: %2")
                       .arg(error.offset)
                       .arg(error.errorString()));
    if (!doc.isObject())
        return bad(QStringLiteral("body"), QStringLiteral("expected a JSON object"));
    return doc.object();
}

Result<PushBatch> parsePushBatch(const QByteArray &body)
{
    Result<QJsonObject> parsed = parseJsonObject(body);
    if (!parsed)
        return parsed.error();
    const QJsonObject &root = *parsed;
    for (auto it = root.begin(); it != root.end(); ++it)
        if (it.key() != u"client_id" && it.key() != u"mutations")
            return bad(QStringLiteral("body"),
                       QStringLiteral("unknown key “%1”").arg(it.key().left(64)));
    PushBatch batch;
    batch.clientId = root.value(u"client_id").toString();
    if (!isCanonicalUuid(batch.clientId))
        return bad(u"client_id"_s, QStringLiteral("expected the device id as a lower-case UUID"));
    if (!root.value(u"mutations").isArray())
        return bad(u"mutations"_s, QStringLiteral("expected an array"));
    const QJsonArray mutations = root.value(u"mutations").toArray();
    if (mutations.size() > kMaxMutationsPerPush)
        return makeError(ErrorCode::TooLarge,
                         QStringLiteral("The push has %1 mutations; the limit is %2 per request")
                             .arg(mutations.size())
                             .arg(kMaxMutationsPerPush));
    batch.mutations.resize(size_t(mutations.size()));
    for (qsizetype i = 0; i < mutations.size(); ++i)
        if (Result<void> r = parseMutation(mutations.at(i), QStringLiteral("mutations[%1]").arg(i),
                                           batch.mutations[size_t(i)]);
            !r)
            return r.error();
    return batch;
}

QJsonObject toJson(const PushBatch &batch)
{
    QJsonArray mutations;
    for (const Mutation &m : batch.mutations) {
        QJsonObject fields;
        for (const FieldChange &f : m.fields)
            fields.insert(
                f.field,
                QJsonObject { { u"value"_s, f.value ? QJsonValue(*f.value) : QJsonValue() },
                              { u"base"_s, f.base } });
        mutations.append(QJsonObject {
            { u"id"_s, m.id },
            { u"table"_s, m.table },
            { u"row"_s, m.row },
            { u"op"_s, m.op },
            { u"at"_s,
              QDateTime::fromMSecsSinceEpoch(m.atMs, Qt::UTC).toString(Qt::ISODateWithMs) },
            { u"fields"_s, fields } });
    }
    return { { u"client_id"_s, batch.clientId }, { u"mutations"_s, mutations } };
}

} // namespace kam::sync
