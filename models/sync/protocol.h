// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace kam::sync {

/// HTTP header carrying the sync schema the client speaks (kSyncSchema).
inline constexpr char kSchemaHeader[] = "X-Kam-Schema";
/// The sync schema: the store schema whose tables and columns the wire carries. A store schema
/// step that only changes how a client keeps its data (9: the compact journal) leaves it, so a
/// client upgraded before its server still syncs. The server accepts it and the one before.
inline constexpr int kSyncSchema = 8;
/// Limits of one push: more gets 413.
inline constexpr int kMaxMutationsPerPush = 500;
inline constexpr qsizetype kMaxPushBytes = 1024 * 1024;

/// One changed field of a mutation: its new value (nullopt = empty) and the revision of the
/// field the client last saw (0 for a row it created).
struct FieldChange
{
    QString field;
    std::optional<QString> value;
    qint64 base = 0;
};

/// One store call on one row, as journalled by the client.
struct Mutation
{
    QString id; ///< UUID; the idempotency key
    QString table;
    QString row;
    QString op; ///< insert | update | delete | restore
    qint64 atMs = 0; ///< when the user made the change (client clock, UTC)
    std::vector<FieldChange> fields;
};

struct PushBatch
{
    QString clientId; ///< the device id the access token was issued to
    std::vector<Mutation> mutations;
};

/// `body` as a JSON object, or an error saying where the JSON breaks.
Result<QJsonObject> parseJsonObject(const QByteArray &body);

/// Parses and checks a push body: JSON shape, known tables and fields, canonical values and
/// UUIDs, the mutation count (the HTTP layer limits the byte size of every body). The error
/// names the first problem and where it is ("mutations[3].fields…").
Result<PushBatch> parsePushBatch(const QByteArray &body);
QJsonObject toJson(const PushBatch &batch);

} // namespace kam::sync
