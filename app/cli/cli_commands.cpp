// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli_commands.h"

#include "demo/demo_generator.h"
#include "io/account_export.h"
#include "store/store.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace kam::cli {

namespace {

// Help texts are English only: the CLI is a stable scripting surface, like its output.
const QHash<QString, QString> &helps()
{
    static const QHash<QString, QString> h = {
        {QStringLiteral("init"), QStringLiteral("kamdesk-cli --db FILE init\n"
                                                "  Creates the store FILE, or upgrades it to this version's schema.\n")},
        {QStringLiteral("accounts"),
         QStringLiteral("kamdesk-cli --db FILE accounts list [--json]\n"
                        "  Lists the live accounts: a table, or a JSON array with --json.\n"
                        "kamdesk-cli --db FILE accounts export --format csv|json [--out PATH]\n"
                        "  Exports every account (CSV with a UTF-8 BOM, or JSON) to PATH or stdout;\n"
                        "  PATH is written completely or not at all.\n")},
        {QStringLiteral("demo"),
         QStringLiteral("kamdesk-cli --db FILE demo [--accounts N] [--seed S]\n"
                        "  Adds a realistic B2B demo portfolio of N accounts (default 60) with\n"
                        "  contacts and teams; the same seed gives the same data.\n")},
    };
    return h;
}

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

Error bad(const QString &message)
{
    return makeError(ErrorCode::Invalid, message);
}

/// Takes "--name VALUE" out of `args`; an empty optional when absent.
Result<std::optional<QString>> takeValue(QStringList &args, const QString &name)
{
    const qsizetype i = args.indexOf(name);
    if (i < 0)
        return std::optional<QString>();
    if (i + 1 >= args.size())
        return bad(QStringLiteral("%1 needs a value").arg(name));
    const QString value = args.at(i + 1);
    args.remove(i, 2);
    return std::optional<QString>(value);
}

Result<int> takeNumber(QStringList &args, const QString &name, int fallback, int min, int max)
{
    Result<std::optional<QString>> v = takeValue(args, name);
    if (!v)
        return v.error();
    if (!v->has_value())
        return fallback;
    bool ok = false;
    const int n = v->value().toInt(&ok);
    if (!ok || n < min || n > max)
        return bad(QStringLiteral("%1 must be a whole number from %2 to %3, not \"%4\"")
                       .arg(name).arg(min).arg(max).arg(v->value()));
    return n;
}

Result<void> noneLeft(const QStringList &args)
{
    if (!args.isEmpty())
        return bad(QStringLiteral("unexpected argument %1").arg(args.front()));
    return {};
}

/// Terminal columns a string takes: CJK and full-width characters take two.
int displayWidth(const QString &text)
{
    int w = 0;
    for (const QChar c : text)
        w += (c.unicode() >= 0x1100 && (c.unicode() <= 0x115F || (c.unicode() >= 0x2E80 && c.unicode() <= 0xA4CF)
                                        || (c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3)
                                        || (c.unicode() >= 0xF900 && c.unicode() <= 0xFAFF)
                                        || (c.unicode() >= 0xFF00 && c.unicode() <= 0xFF60)))
                 ? 2
                 : 1;
    return w;
}

Result<void> listAccounts(const Store &store, QStringList args)
{
    const bool json = args.removeAll(QStringLiteral("--json")) > 0;
    if (Result<void> r = noneLeft(args); !r)
        return r;
    if (json) {
        // Same keys as the JSON export, so scripts see one format.
        return exportAccounts(store, out().device(), ExportFormat::Json).ok()
                   ? Result<void>()
                   : bad(QStringLiteral("writing to stdout failed"));
    }
    Result<std::vector<Account>> accounts = store.accounts();
    if (!accounts)
        return accounts.error();
    const QStringList header = {QStringLiteral("LEGAL NAME"), QStringLiteral("TIER"),
                                QStringLiteral("LIFECYCLE"), QStringLiteral("INDUSTRY"),
                                QStringLiteral("REGION"), QStringLiteral("CREDIT CODE")};
    std::vector<QStringList> rows{header};
    for (const Account &a : *accounts)
        rows.push_back({a.legalName, enumCode(a.tier), enumCode(a.lifecycle), a.industry, a.region, a.creditCode});
    std::vector<int> widths(header.size(), 0);
    for (const QStringList &row : rows)
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[size_t(c)] = std::max(widths[size_t(c)], displayWidth(row[c]));
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c)
            line += row[c] + QString(c + 1 < row.size() ? widths[size_t(c)] - displayWidth(row[c]) + 2 : 0, QLatin1Char(' '));
        out() << line << '\n';
    }
    out() << accounts->size() << " accounts" << Qt::endl;
    return {};
}

Result<void> exportCommand(const Store &store, QStringList args)
{
    Result<std::optional<QString>> format = takeValue(args, QStringLiteral("--format"));
    if (!format)
        return format.error();
    Result<std::optional<QString>> path = takeValue(args, QStringLiteral("--out"));
    if (!path)
        return path.error();
    if (Result<void> r = noneLeft(args); !r)
        return r;
    if (!format->has_value() || (**format != QLatin1String("csv") && **format != QLatin1String("json")))
        return bad(QStringLiteral("--format csv|json is required"));
    const ExportFormat f = **format == QLatin1String("csv") ? ExportFormat::Csv : ExportFormat::Json;
    if (path->has_value()) {
        Result<int> n = exportAccountsToFile(store, **path, f);
        if (!n)
            return n.error();
        QTextStream(stderr) << "exported " << *n << " accounts to " << **path << Qt::endl;
        return {};
    }
    out().flush();
    QFile stdoutFile;
    if (!stdoutFile.open(stdout, QIODevice::WriteOnly))
        return bad(QStringLiteral("cannot write to stdout"));
    Result<int> n = exportAccounts(store, &stdoutFile, f);
    if (!n)
        return n.error();
    return {};
}

Result<void> demoCommand(Store &store, QStringList args)
{
    Result<int> accounts = takeNumber(args, QStringLiteral("--accounts"), 60, 0, 1000000);
    if (!accounts)
        return accounts.error();
    Result<int> seed = takeNumber(args, QStringLiteral("--seed"), 1, 0, std::numeric_limits<int>::max());
    if (!seed)
        return seed.error();
    if (Result<void> r = noneLeft(args); !r)
        return r;
    QTextStream err(stderr);
    Result<DemoSummary> summary = generateDemo(store, {*accounts, quint32(*seed)}, [&](int done, int total) {
        err << "\rdemo: " << done << " / " << total << " accounts" << Qt::flush;
        return true;
    });
    err << Qt::endl;
    if (!summary)
        return summary.error();
    out() << "demo: " << summary->accounts << " accounts (" << summary->groups << " groups with branches), "
          << summary->contacts << " contacts, " << summary->teamMembers << " team members, "
          << summary->users << " managers" << Qt::endl;
    return {};
}

} // namespace

QString help(const QString &command)
{
    if (!command.isEmpty())
        return helps().value(command);
    return QStringLiteral("Usage: kamdesk-cli --db FILE COMMAND [OPTIONS]\n"
                          "Works on a KAM Desk store. Exit code 0 on success; 1 with a one-line\n"
                          "reason on stderr, and nothing changed, on bad input.\n\n")
           + helps().value(QStringLiteral("init")) + helps().value(QStringLiteral("accounts"))
           + helps().value(QStringLiteral("demo"))
           + QStringLiteral("\nkamdesk-cli COMMAND --help shows the help of one command.\n");
}

Result<void> run(const QString &dbPath, const QStringList &arguments)
{
    const QString command = arguments.front();
    QStringList args = arguments.mid(1);
    if (!helps().contains(command))
        return bad(QStringLiteral("unknown command %1 (see --help)").arg(command));
    // Only init and demo make a new store: a mistyped path must not leave an empty one behind.
    if (command != QLatin1String("init") && command != QLatin1String("demo") && !QFile::exists(dbPath))
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("%1 does not exist (create it with init or demo)").arg(dbPath));
    Result<std::unique_ptr<Store>> opened = Store::open(dbPath);
    if (!opened)
        return opened.error();
    Store &store = **opened;
    if (command == QLatin1String("init")) {
        if (Result<void> r = noneLeft(args); !r)
            return r;
        out() << "store " << dbPath << " is at schema version " << store.schemaVersion() << Qt::endl;
        return {};
    }
    if (command == QLatin1String("demo"))
        return demoCommand(store, args);
    const QString sub = args.isEmpty() ? QString() : args.takeFirst();
    if (sub == QLatin1String("list"))
        return listAccounts(store, args);
    if (sub == QLatin1String("export"))
        return exportCommand(store, args);
    return bad(QStringLiteral("accounts needs list or export (see accounts --help)"));
}

} // namespace kam::cli
