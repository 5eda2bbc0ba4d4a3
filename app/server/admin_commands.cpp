// SPDX-License-Identifier: GPL-3.0-or-later
#include "admin_commands.h"

#include "io/csv_writer.h"
#include "server/auth_service.h"
#include "server/server_db.h"
#include "server/sync_service.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

#include <cstdio>

namespace kam::server {

using namespace Qt::StringLiterals;

namespace {

const char *const kUsage
    = "Usage: kamdesk-server admin --db URL COMMAND\n"
      "  user add --email E --name N [--role manager|admin] [--id UUID]   (password on stdin)\n"
      "  user disable --email E\n"
      "  user list\n"
      "  reassign --from USER --to USER [--account ID]\n"
      "  handover-report --from USER [--out FILE.csv]\n"
      "  revoke-device --device ID\n"
      "  purge [--days N]          (N >= 180, default 180)\n"
      "  resync-all                every client bootstraps again (after restoring a backup)\n"
      "  exports [--user USER] [--since yyyy-MM-dd] [--json]\n"
      "                            the exports clients made, newest first: when, who, what,\n"
      "                            format, rows, file\n"
      "USER is an e-mail address or a user id (for exports also a user's name).\n";

int fail(const QString &message)
{
    QTextStream(stderr) << "kamdesk-server admin: " << message << '\n';
    return 1;
}

QString isoDate(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

/// The user `text` names: an e-mail or id, else exactly one user of that display name.
Result<UserInfo> findUserByAnyName(AuthService &auth, const QString &text)
{
    Result<UserInfo> byLogin = auth.findUser(text);
    if (byLogin || byLogin.error().code != ErrorCode::NotFound)
        return byLogin;
    Result<std::vector<UserInfo>> users = auth.users();
    if (!users)
        return users.error();
    std::vector<UserInfo> named;
    for (const UserInfo &u : *users)
        if (u.name.compare(text.trimmed(), Qt::CaseInsensitive) == 0)
            named.push_back(u);
    if (named.size() > 1)
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("%1 users are called “%2”; give the e-mail or id")
                             .arg(named.size())
                             .arg(text));
    if (named.empty())
        return byLogin.error();
    return named.front();
}

} // namespace

int runAdmin(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QString::fromLatin1(kUsage));
    parser.addHelpOption();
    const auto option = [&](const char *name, const char *help, const char *value) {
        QCommandLineOption o(QString::fromLatin1(name), QString::fromLatin1(help),
                             QString::fromLatin1(value));
        parser.addOption(o);
        return o;
    };
    const QCommandLineOption db
        = option("db", "Server database: sqlite:PATH or postgresql://…", "url");
    const QCommandLineOption email = option("email", "The user's e-mail (their login).", "email");
    const QCommandLineOption name = option("name", "The user's display name.", "name");
    const QCommandLineOption role = option("role", "manager (default) or admin.", "role");
    const QCommandLineOption id = option("id", "Keep this user id (a lower-case UUID).", "uuid");
    const QCommandLineOption from = option("from", "The user whose accounts move.", "user");
    const QCommandLineOption to = option("to", "The user who receives them.", "user");
    const QCommandLineOption account = option("account", "Move only this account's subtree.", "id");
    const QCommandLineOption out = option("out", "Write the CSV here instead of stdout.", "file");
    const QCommandLineOption device = option("device", "The device id to revoke.", "id");
    const QCommandLineOption days = option("days", "Keep this many days of tombstones.", "n");
    const QCommandLineOption user = option("user", "Only this user's exports.", "user");
    const QCommandLineOption since = option("since", "Only exports on or after this day (UTC).", "yyyy-MM-dd");
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("JSON output."));
    parser.addOption(json);
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << kUsage;
        return 0;
    }
    const QStringList command = parser.positionalArguments().mid(1); // after "admin"
    if (command.isEmpty())
        return fail(QStringLiteral("missing command\n") + QString::fromLatin1(kUsage));
    if (!parser.isSet(db))
        return fail(QStringLiteral("--db is required (sqlite:PATH or postgresql://user@host/db)"));
    Result<std::unique_ptr<ServerDb>> opened = ServerDb::open(parser.value(db));
    if (!opened)
        return fail(opened.error().message);
    AuthService auth(**opened);
    SyncService sync(**opened, auth);
    QTextStream outText(stdout);
    const QString verb = command.join(u' ');
    // The first of `options` the command needs but did not get, as a message; empty if none.
    const auto missing = [&](std::initializer_list<const QCommandLineOption *> options) {
        for (const QCommandLineOption *o : options)
            if (!parser.isSet(*o))
                return QStringLiteral("--%1 is required for %2").arg(o->names().constFirst(), verb);
        return QString();
    };

    if (verb == u"user add") {
        if (QString m = missing({ &email, &name }); !m.isEmpty())
            return fail(m);
        const QString roleName
            = parser.isSet(role) ? parser.value(role) : QStringLiteral("manager");
        if (roleName != u"manager" && roleName != u"admin")
            return fail(QStringLiteral("--role must be manager or admin, not “%1”").arg(roleName));
        // The password comes on stdin so it never shows in the process list or shell history.
        QTextStream in(stdin);
        const QString password = in.readLine();
        Result<UserInfo> user = sync.addUser(parser.value(email), parser.value(name),
                                             roleName == u"admin" ? Role::Admin : Role::Manager,
                                             password, parser.value(id));
        if (!user)
            return fail(user.error().message);
        outText << user->id << '\n';
        return 0;
    }
    if (verb == u"user disable") {
        if (QString m = missing({ &email }); !m.isEmpty())
            return fail(m);
        if (Result<void> r = auth.disableUser(parser.value(email)); !r)
            return fail(r.error().message);
        return 0;
    }
    if (verb == u"user list") {
        Result<std::vector<UserInfo>> users = auth.users();
        if (!users)
            return fail(users.error().message);
        for (const UserInfo &u : *users)
            outText << u.id << '\t' << u.email << '\t' << u.name << '\t' << roleCode(u.role)
                    << (u.disabled ? "\tdisabled" : "") << '\n';
        return 0;
    }
    if (verb == u"reassign") {
        if (QString m = missing({ &from, &to }); !m.isEmpty())
            return fail(m);
        Result<std::vector<HandoverLine>> moved
            = sync.reassign(parser.value(from), parser.value(to), parser.value(account));
        if (!moved)
            return fail(moved.error().message);
        outText << "moved " << moved->size() << " account(s)\n";
        return 0;
    }
    if (verb == u"handover-report") {
        if (QString m = missing({ &from }); !m.isEmpty())
            return fail(m);
        Result<std::vector<HandoverLine>> lines = sync.handoverReport(parser.value(from));
        if (!lines)
            return fail(lines.error().message);
        QSaveFile file(parser.value(out));
        QFile stdoutFile;
        QIODevice *device = nullptr;
        if (parser.isSet(out)) {
            if (!file.open(QIODevice::WriteOnly))
                return fail(
                    QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()));
            device = &file;
        } else {
            if (!stdoutFile.open(stdout, QIODevice::WriteOnly))
                return fail(QStringLiteral("cannot write to stdout"));
            device = &stdoutFile;
        }
        CsvWriter csv(device, parser.isSet(out) ? CsvWriter::Bom::Yes : CsvWriter::Bom::No);
        csv.writeRow({ QStringLiteral("account_id"), QStringLiteral("legal_name"),
                       QStringLiteral("from_user"), QStringLiteral("to_user"),
                       QStringLiteral("moved_at"), QStringLiteral("contacts"),
                       QStringLiteral("team_members") });
        for (const HandoverLine &l : *lines)
            csv.writeRow({ l.accountId, l.legalName, l.fromUser, l.toUser, isoDate(l.atMs),
                           QString::number(l.contacts), QString::number(l.teamMembers) });
        if (!csv.ok() || (parser.isSet(out) && !file.commit()))
            return fail(QStringLiteral("writing the report failed"));
        return 0;
    }
    if (verb == u"revoke-device") {
        if (QString m = missing({ &device }); !m.isEmpty())
            return fail(m);
        if (Result<void> r = auth.revokeDevice(parser.value(device)); !r)
            return fail(r.error().message);
        return 0;
    }
    if (verb == u"purge") {
        bool ok = true;
        const int n = parser.isSet(days) ? parser.value(days).toInt(&ok) : 180;
        if (!ok || n < 180)
            return fail(QStringLiteral("--days must be a number of at least 180"));
        Result<int> removed = sync.purge(qint64(n) * 24 * 3600 * 1000);
        if (!removed)
            return fail(removed.error().message);
        outText << "purged " << *removed << " tombstone(s)\n";
        return 0;
    }
    if (verb == u"resync-all") {
        if (Result<void> r = sync.forceBootstrap(); !r)
            return fail(r.error().message);
        outText << "every client will bootstrap at its next sync\n";
        return 0;
    }
    if (verb == u"exports") {
        QString userId;
        if (parser.isSet(user)) {
            Result<UserInfo> found = findUserByAnyName(auth, parser.value(user));
            if (!found)
                return fail(found.error().message);
            userId = found->id;
        }
        QDateTime from;
        if (parser.isSet(since)) {
            const QDate day = QDate::fromString(parser.value(since), Qt::ISODate);
            if (!day.isValid())
                return fail(QStringLiteral("--since must be a day as yyyy-MM-dd, not “%1”")
                                .arg(parser.value(since)));
            from = day.startOfDay(Qt::UTC);
        }
        Result<std::vector<ExportLine>> lines = sync.exportLog(userId, from);
        if (!lines)
            return fail(lines.error().message);
        if (parser.isSet(json)) {
            QJsonArray array;
            for (const ExportLine &l : *lines)
                array.append(QJsonObject { { u"exported_at"_s, l.exportedAt.toString(Qt::ISODateWithMs) },
                                           { u"user_id"_s, l.userId },
                                           { u"user"_s, l.userName },
                                           { u"what"_s, l.what },
                                           { u"format"_s, l.format },
                                           { u"rows"_s, l.rows },
                                           { u"destination"_s, l.destination } });
            outText << QJsonDocument(array).toJson(QJsonDocument::Indented);
            return 0;
        }
        for (const ExportLine &l : *lines)
            outText << l.exportedAt.toString(Qt::ISODate) << '\t'
                    << (l.userName.isEmpty() ? l.userId : l.userName) << '\t' << l.what << '\t'
                    << l.format << '\t' << l.rows << '\t' << l.destination << '\n';
        return 0;
    }
    return fail(QStringLiteral("unknown command “%1”\n").arg(verb) + QString::fromLatin1(kUsage));
}

} // namespace kam::server
