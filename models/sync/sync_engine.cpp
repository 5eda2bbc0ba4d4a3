// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync_engine.h"

#include "protocol.h"
#include "sync_tables.h"
#include "store/store.h"
#include "store/sync_journal.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>
#include <QUuid>

namespace kam::sync {

namespace {

std::optional<QString> optionalText(const QJsonValue &v)
{
    return v.isString() && !v.toString().isEmpty() ? std::optional<QString>(v.toString())
                                                  : std::nullopt;
}

RemoteRow remoteRow(const QJsonObject &o)
{
    RemoteRow row;
    row.table = o.value(u"table").toString();
    row.id = o.value(u"id").toString();
    row.rev = o.value(u"rev").toInteger();
    const QJsonObject fields = o.value(u"fields").toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        row.fields.insert(it.key(), it.value().toString());
    return row;
}

QDateTime isoTime(const QJsonValue &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

PushOutcome outcome(const QJsonObject &o)
{
    PushOutcome out;
    out.mutationId = o.value(u"id").toString();
    const QString status = o.value(u"status").toString();
    out.status = status == u"applied"    ? PushOutcome::Status::Applied
        : status == u"merged"            ? PushOutcome::Status::Merged
        : status == u"conflict"          ? PushOutcome::Status::Conflict
                                         : PushOutcome::Status::Rejected;
    out.rev = o.value(u"rev").toInteger();
    out.reason = o.value(u"reason").toString();
    out.message = o.value(u"message").toString();
    for (const QJsonValue &v : o.value(u"conflicts").toArray()) {
        const QJsonObject c = v.toObject();
        out.conflicts.push_back({c.value(u"field").toString(), optionalText(c.value(u"yours")),
                                 optionalText(c.value(u"theirs")),
                                 c.value(u"kept").toString() == u"yours",
                                 c.value(u"by").toString(), isoTime(c.value(u"at"))});
    }
    if (out.status == PushOutcome::Status::Conflict && out.reason.isEmpty())
        out.reason = QStringLiteral("concurrent_edit");
    return out;
}

} // namespace

struct SyncEngine::Impl
{
    Store &store;
    SyncJournal journal;
    Transport &transport;
    TokenVault *vault;
    QString accessToken;
    QString refreshToken; ///< kept in memory when the vault cannot keep it
    QString vaultProblem;
    int pushPage = kMaxMutationsPerPush;
    int pullPage = 1000;
    int bootstrapPage = 2000;

    Impl(Store &s, Transport &t, TokenVault *v)
        : store(s)
        , journal(s)
        , transport(t)
        , vault(v)
    {
    }

    /// The error a failed HTTP exchange means for the user.
    Error failure(const HttpReply &reply, const QString &what)
    {
        if (reply.status == 0)
            return makeError(ErrorCode::Offline,
                             QCoreApplication::translate("kam::sync", "Cannot reach the server while %1: %2").arg(what, reply.networkError));
        const QJsonObject o = QJsonDocument::fromJson(reply.body).object();
        const QString message = o.value(u"message").toString();
        const QString detail = message.isEmpty() ? QString::fromUtf8(reply.body.left(200)) : message;
        switch (reply.status) {
        case 401:
            return makeError(ErrorCode::Unauthorized, QCoreApplication::translate("kam::sync", "The server asks you to log in again (%1).").arg(detail));
        case 403:
            return makeError(o.value(u"error").toString() == u"device_revoked" ? ErrorCode::Revoked
                                                                              : ErrorCode::Forbidden,
                             detail);
        case 410:
            return makeError(ErrorCode::Gone, detail);
        case 426:
            return makeError(ErrorCode::Outdated, detail);
        case 429:
            return makeError(ErrorCode::Throttled, detail);
        default:
            return makeError(ErrorCode::Invalid,
                             QCoreApplication::translate("kam::sync", "The server answered %1 while %2: %3").arg(reply.status).arg(what, detail));
        }
    }

    Result<QJsonObject> jsonOf(const HttpReply &reply, const QString &what)
    {
        Result<QJsonObject> o = parseJsonObject(reply.body);
        if (!o)
            return invalidAnswer(what, o.error().message);
        return o;
    }

    static Error invalidAnswer(const QString &what, const QString &why)
    {
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("kam::sync", "The server's answer while %1 is not valid: %2").arg(what, why));
    }

    /// Reports progress; false when the user cancelled, and the sync stops there.
    static bool goOn(const ProgressFn &progress, const SyncProgress &p) { return !progress || progress(p); }
    static Error cancelled()
    {
        return makeError(ErrorCode::Cancelled, QCoreApplication::translate("kam::sync", "Sync was cancelled."));
    }

    Result<void> keepSession(const QJsonObject &session)
    {
        accessToken = session.value(u"access_token").toString();
        refreshToken = session.value(u"refresh_token").toString();
        if (vault) {
            // No keychain: the token lives in memory only, and the user is told why.
            const Result<void> saved = vault->save(refreshToken);
            vaultProblem = saved ? QString() : saved.error().message;
        }
        return {};
    }

    Result<void> refresh()
    {
        if (refreshToken.isEmpty() && vault)
            if (Result<QString> kept = vault->load(); kept)
                refreshToken = *kept;
        if (refreshToken.isEmpty())
            return makeError(ErrorCode::Unauthorized, QCoreApplication::translate("kam::sync", "Log in to the server to sync."));
        const QByteArray body = QJsonDocument(QJsonObject{{u"refresh_token"_qs, refreshToken}})
                                    .toJson(QJsonDocument::Compact);
        const HttpReply reply = transport.send("POST", QStringLiteral("/v1/auth/refresh"), body, {});
        if (reply.status != 200) {
            Error e = failure(reply, QCoreApplication::translate("kam::sync", "renewing the session"));
            if (e.code == ErrorCode::Unauthorized) {
                refreshToken.clear();
                if (vault)
                    (void)vault->clear();
                e.message = QCoreApplication::translate("kam::sync", "Your session has ended; log in again.");
            }
            return e;
        }
        Result<QJsonObject> o = jsonOf(reply, QCoreApplication::translate("kam::sync", "renewing the session"));
        if (!o)
            return o.error();
        return keepSession(*o);
    }

    /// Sends an authenticated request; renews the session once on 401. Handles the answers that
    /// end the sync the same way wherever they come (revoked, outdated).
    Result<QJsonObject> call(const QByteArray &method, const QString &path, const QByteArray &body,
                             const QString &what)
    {
        if (accessToken.isEmpty())
            if (Result<void> r = refresh(); !r)
                return wipeIfRevoked(r.error());
        HttpReply reply = transport.send(method, path, body, accessToken);
        if (reply.status == 401) {
            accessToken.clear();
            if (Result<void> r = refresh(); !r)
                return wipeIfRevoked(r.error());
            reply = transport.send(method, path, body, accessToken);
        }
        if (reply.status != 200)
            return wipeIfRevoked(failure(reply, what));
        return jsonOf(reply, what);
    }

    /// A revoked device, whichever request heard it (login, refresh or a sync call), wipes the
    /// company data it holds and forgets its session.
    Error wipeIfRevoked(Error e)
    {
        if (e.code != ErrorCode::Revoked)
            return e;
        if (Result<void> w = journal.wipe(); !w)
            return w.error();
        accessToken.clear();
        refreshToken.clear();
        if (vault)
            (void)vault->clear();
        e.message = QCoreApplication::translate("kam::sync", "This computer's access was revoked by the administrator (%1). The "
                       "company data on it has been removed.")
                        .arg(e.message);
        return e;
    }

    Result<QString> deviceId()
    {
        Result<QString> id = journal.setting(SyncJournal::kDeviceKey);
        if (!id || !id->isEmpty())
            return id;
        const QString made = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (Result<void> r = journal.setSetting(SyncJournal::kDeviceKey, made); !r)
            return r.error();
        return made;
    }

    Result<int> pushAll(const ProgressFn &progress, SyncReport &report)
    {
        Result<qint64> total = store.pendingChangeCount();
        if (!total)
            return total.error();
        Result<QString> device = deviceId();
        if (!device)
            return device.error();
        int pushed = 0;
        for (;;) {
            Result<std::vector<OutboxMutation>> outbox = journal.outbox(pushPage);
            if (!outbox)
                return outbox.error();
            if (outbox->empty())
                return pushed;
            if (!goOn(progress, {SyncProgress::Phase::Pushing, pushed, *total}))
                return cancelled();
            PushBatch batch;
            batch.clientId = *device;
            for (const OutboxMutation &m : *outbox) {
                Mutation out{m.id, m.table, m.rowId, m.op, m.changedAt.toMSecsSinceEpoch(), {}};
                for (const auto &[field, value] : m.fields)
                    out.fields.push_back({field,
                                          value.isNull() ? std::nullopt : std::optional<QString>(value.toString()),
                                          m.baseRev});
                batch.mutations.push_back(std::move(out));
            }
            Result<QJsonObject> answer = call("POST", QStringLiteral("/v1/sync/push"),
                                              QJsonDocument(toJson(batch)).toJson(QJsonDocument::Compact),
                                              QCoreApplication::translate("kam::sync", "sending changes"));
            if (!answer)
                return answer.error();
            std::vector<PushOutcome> outcomes;
            for (const QJsonValue &v : answer->value(u"results").toArray())
                outcomes.push_back(outcome(v.toObject()));
            if (outcomes.size() != batch.mutations.size())
                return makeError(ErrorCode::Invalid,
                                 QCoreApplication::translate("kam::sync", "The server answered %1 of %2 changes; nothing was marked as sent.")
                                     .arg(outcomes.size())
                                     .arg(batch.mutations.size()));
            Result<int> conflicts = journal.acknowledge(outcomes);
            if (!conflicts)
                return conflicts.error();
            report.conflicts += *conflicts;
            pushed += int(outcomes.size());
            report.pushed += int(outcomes.size());
        }
    }

    Result<void> bootstrap(const ProgressFn &progress, SyncReport &report)
    {
        Result<QString> savedCursor = journal.setting(SyncJournal::kBootstrapCursorKey);
        Result<QString> savedAfter = journal.setting(SyncJournal::kBootstrapAfterKey);
        Result<QString> savedPrune = journal.setting(kPruneKey);
        Result<QString> savedTotal = journal.setting(kTotalKey);
        if (!savedCursor || !savedAfter || !savedPrune || !savedTotal)
            return !savedCursor ? savedCursor.error()
                : !savedAfter   ? savedAfter.error()
                : !savedPrune   ? savedPrune.error()
                                : savedTotal.error();
        QString cursorText = *savedCursor, afterText = *savedAfter, pruneText = *savedPrune;
        QString *cursor = &cursorText, *after = &afterText, *prune = &pruneText;
        // Rows of the snapshot (from its first page) and rows applied so far, kept with the
        // cursor so a resumed bootstrap shows how far it is.
        QStringList counts = savedTotal->split(u'/');
        qint64 total = counts.size() == 2 ? counts[1].toLongLong() : -1;
        qint64 rows = counts.size() == 2 ? counts[0].toLongLong() : 0;
        if (cursor->isEmpty()) {
            // A new snapshot; when the store already holds server rows, the ones it does not
            // see again are removed at the end.
            Result<bool> synced = journal.hasSyncedRows();
            if (!synced)
                return synced.error();
            *prune = *synced ? QStringLiteral("1") : QString();
            if (Result<void> r = journal.setSetting(kPruneKey, *prune); !r)
                return r;
        }
        for (;;) {
            if (!goOn(progress, {SyncProgress::Phase::Bootstrapping, rows, total}))
                return cancelled();
            QUrlQuery q;
            q.addQueryItem(QStringLiteral("limit"), QString::number(bootstrapPage));
            if (!cursor->isEmpty())
                q.addQueryItem(QStringLiteral("cursor"), *cursor);
            if (!after->isEmpty())
                q.addQueryItem(QStringLiteral("after"), *after);
            Result<QJsonObject> page = call("GET", QStringLiteral("/v1/sync/bootstrap?") + q.toString(QUrl::FullyEncoded),
                                            {}, QCoreApplication::translate("kam::sync", "downloading the portfolio"));
            if (!page && page.error().code == ErrorCode::Gone) {
                // The snapshot outlived the server's history: start it again.
                for (const QString &key : {SyncJournal::kBootstrapCursorKey, SyncJournal::kBootstrapAfterKey})
                    if (Result<void> r = journal.setSetting(key, {}); !r)
                        return r;
                cursor->clear();
                after->clear();
                rows = 0;
                total = -1;
                continue;
            }
            if (!page)
                return page.error();
            *cursor = QString::number(page->value(u"cursor").toInteger());
            *after = page->value(u"next").toString();
            if (page->contains(u"total"))
                total = page->value(u"total").toInteger();
            std::vector<RemoteChange> changes;
            for (const QJsonValue &v : page->value(u"rows").toArray()) {
                RemoteChange c;
                c.row = remoteRow(v.toObject());
                changes.push_back(std::move(c));
            }
            const qint64 through = rows + qint64(changes.size());
            Result<SyncJournal::PageResult> applied = journal.applyPage(
                changes,
                {{SyncJournal::kBootstrapCursorKey, *cursor},
                 {SyncJournal::kBootstrapAfterKey, *after},
                 {kTotalKey, QStringLiteral("%1/%2").arg(through).arg(total)}},
                false, !prune->isEmpty());
            if (!applied)
                return applied.error();
            rows = through;
            report.pulled += applied->rows;
            if (after->isEmpty())
                break;
        }
        report.bootstrapped = true;
        return journal.finishBootstrap(!prune->isEmpty(), {{SyncJournal::kCursorKey, *cursor},
                                                           {SyncJournal::kBootstrapCursorKey, {}},
                                                           {SyncJournal::kBootstrapAfterKey, {}},
                                                           {kPruneKey, {}},
                                                           {kTotalKey, {}}});
    }

    Result<void> pull(const ProgressFn &progress, SyncReport &report)
    {
        qint64 rows = 0;
        bool pushedForPage = false;
        for (;;) {
            Result<QString> cursor = journal.setting(SyncJournal::kCursorKey);
            Result<QString> bootstrapping = journal.setting(SyncJournal::kBootstrapCursorKey);
            if (!cursor || !bootstrapping)
                return !cursor ? cursor.error() : bootstrapping.error();
            if (cursor->isEmpty() || !bootstrapping->isEmpty()) {
                if (Result<void> r = bootstrap(progress, report); !r)
                    return r;
                continue;
            }
            if (!goOn(progress, {SyncProgress::Phase::Pulling, rows, -1}))
                return cancelled();
            Result<QJsonObject> page = call(
                "GET", QStringLiteral("/v1/sync/pull?cursor=%1&limit=%2").arg(*cursor).arg(pullPage), {},
                QCoreApplication::translate("kam::sync", "receiving changes"));
            if (!page && page.error().code == ErrorCode::Gone) {
                if (Result<void> r = journal.setSetting(SyncJournal::kCursorKey, {}); !r)
                    return r;
                continue; // bootstrap again
            }
            if (!page)
                return page.error();
            std::vector<RemoteChange> changes;
            for (const QJsonValue &v : page->value(u"changes").toArray()) {
                const QJsonObject o = v.toObject();
                RemoteChange c;
                const QString kind = o.value(u"kind").toString();
                c.kind = kind == u"grant"    ? RemoteChange::Kind::Grant
                    : kind == u"revoke"      ? RemoteChange::Kind::Revoke
                                             : RemoteChange::Kind::Row;
                c.author = o.value(u"author").toString();
                c.at = isoTime(o.value(u"at"));
                c.seq = o.value(u"seq").toInteger();
                c.account = o.value(u"account").toString();
                if (c.kind == RemoteChange::Kind::Row)
                    c.row = remoteRow(o.value(u"row").toObject());
                for (const QJsonValue &r : o.value(u"rows").toArray())
                    c.rows.push_back(remoteRow(r.toObject()));
                changes.push_back(std::move(c));
            }
            const QString next = QString::number(page->value(u"cursor").toInteger());
            Result<SyncJournal::PageResult> applied
                = journal.applyPage(changes, {{SyncJournal::kCursorKey, next}}, true, false);
            if (!applied)
                return applied.error();
            if (applied->needsPush) {
                // An account left the scope while it has unsent edits: send them first (the server
                // refuses them and they are kept as conflicts), then fetch the page again (this one
                // predates the push). Edited again meanwhile: the next sync goes on from here.
                if (std::exchange(pushedForPage, true))
                    return {};
                Result<int> pushed = pushAll(progress, report);
                if (!pushed)
                    return pushed.error();
                continue;
            }
            pushedForPage = false;
            rows += applied->rows;
            report.pulled += applied->rows;
            if (!page->value(u"more").toBool())
                return {};
        }
    }

    static inline const QString kPruneKey = QStringLiteral("sync_bootstrap_prune");
    static inline const QString kTotalKey = QStringLiteral("sync_bootstrap_progress");
};

SyncEngine::SyncEngine(Store &store, Transport &transport, TokenVault *vault)
    : d(std::make_unique<Impl>(store, transport, vault))
{
}

SyncEngine::~SyncEngine() = default;

void SyncEngine::setPageSizes(int push, int pull, int bootstrap)
{
    d->pushPage = push;
    d->pullPage = pull;
    d->bootstrapPage = bootstrap;
}

Result<void> SyncEngine::login(const QString &email, const QString &password, const QString &deviceName)
{
    Result<QString> device = d->deviceId();
    if (!device)
        return device.error();
    const QByteArray body = QJsonDocument(QJsonObject{{u"email"_qs, email},
                                                      {u"password"_qs, password},
                                                      {u"device_id"_qs, *device},
                                                      {u"device_name"_qs, deviceName}})
                                .toJson(QJsonDocument::Compact);
    const HttpReply reply = d->transport.send("POST", QStringLiteral("/v1/auth/login"), body, {});
    if (reply.status != 200) {
        Error e = d->failure(reply, QCoreApplication::translate("kam::sync", "logging in"));
        if (e.code == ErrorCode::Unauthorized)
            e.message = QCoreApplication::translate("kam::sync", "The e-mail or password is wrong, or the account is disabled.");
        return d->wipeIfRevoked(e);
    }
    Result<QJsonObject> session = d->jsonOf(reply, QCoreApplication::translate("kam::sync", "logging in"));
    if (!session)
        return session.error();
    const QJsonObject user = session->value(u"user").toObject();
    const QString userId = user.value(u"id").toString();
    Result<QString> bound = d->journal.setting(SyncJournal::kUserIdKey);
    if (!bound)
        return bound.error();
    if (!bound->isEmpty() && *bound != userId)
        return makeError(ErrorCode::Forbidden,
                         QCoreApplication::translate("kam::sync", "This store belongs to another server account. Open a new store to "
                            "log in as %1.")
                             .arg(email));
    if (Result<void> r = d->journal.adoptIdentity(userId, user.value(u"name").toString()); !r)
        return r;
    if (Result<void> r = d->journal.setSetting(SyncJournal::kUserIdKey, userId); !r)
        return r;
    if (Result<void> r = d->journal.setSetting(SyncJournal::kUserKey, email); !r)
        return r;
    return d->keepSession(*session);
}

QString SyncEngine::vaultProblem() const
{
    return d->vaultProblem;
}

bool SyncEngine::hasSession() const
{
    if (!d->refreshToken.isEmpty())
        return true;
    if (!d->vault)
        return false;
    Result<QString> kept = d->vault->load();
    return kept && !kept->isEmpty();
}

Result<void> SyncEngine::logout()
{
    if (!d->accessToken.isEmpty())
        (void)d->transport.send("POST", QStringLiteral("/v1/auth/logout"), "{}", d->accessToken);
    d->accessToken.clear();
    d->refreshToken.clear();
    return d->vault ? d->vault->clear() : Result<void>();
}

Result<int> SyncEngine::loadHistory(const QString &accountId)
{
    constexpr int kLimit = 10000; // newest changes of one account; more is not a history to read
    const QString what = QCoreApplication::translate("kam::sync", "reading the account's history");
    Result<QJsonObject> page = d->call(
        "GET", QStringLiteral("/v1/sync/history?account=%1&limit=%2").arg(accountId).arg(kLimit), {}, what);
    if (!page)
        return page.error();
    std::vector<HistoryChange> changes;
    for (const QJsonValue &v : page->value(u"changes").toArray()) {
        const QJsonObject o = v.toObject();
        HistoryChange c;
        c.seq = o.value(u"seq").toInteger();
        c.table = o.value(u"table").toString();
        c.rowId = o.value(u"id").toString();
        c.mutationId = o.value(u"mutation").toString();
        c.author = o.value(u"author").toString();
        c.at = isoTime(o.value(u"at"));
        const QJsonObject fields = o.value(u"fields").toObject();
        for (auto it = fields.begin(); it != fields.end(); ++it)
            c.fields.append({it.key(), it.value().isString() ? QVariant(it.value().toString()) : QVariant()});
        c.valuesKnown = o.value(u"known").toBool(true);
        if (!findSyncTable(c.table) || c.rowId.isEmpty() || !c.at.isValid())
            return Impl::invalidAnswer(what, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact).left(200)));
        changes.push_back(std::move(c));
    }
    return d->journal.importHistory(changes, !page->value(u"more").toBool());
}

Result<SyncReport> SyncEngine::sync(const ProgressFn &progress)
{
    SyncReport report;
    if (Result<int> pushed = d->pushAll(progress, report); !pushed)
        return pushed.error();
    if (Result<void> pulled = d->pull(progress, report); !pulled)
        return pulled.error();
    return report;
}

} // namespace kam::sync
