// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli_commands.h"

#include "cli_support.h"
#include "io_commands.h"
#include "value_commands.h"

#include "demo/demo_generator.h"
#include "analytics/pipeline.h"
#include "analytics/satisfaction.h"
#include "analytics/value_model.h"
#include "domain/account_tree.h"
#include "io/account_export.h"
#include "io/pipeline_json.h"
#include "plan_pdf.h"
#include "app_language.h"
#include "itemmodels/pipeline_source.h"
#include "domain/stages.h"
#include "domain/money.h"
#include "store/pipeline_settings.h"
#include "store/store.h"
#include "store/value_facts.h"
#include "store/sync_journal.h"
#include "sync/http_transport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <QTextStream>

#include <cmath>
#include <cstdio>
#include <limits>
#include <optional>
#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

// The messages here are English and not run through tr() on purpose: kamdesk-cli is a scripting
// surface, and scripts match on its output and errors (as on git's plumbing). Errors that come
// from the store keep the store's own (translatable) wording.

namespace kam::cli {

namespace {

const QList<CommandHelp> &commandHelps()
{
    static const QList<CommandHelp> h = QList<CommandHelp>{
        { QStringLiteral("init"),
          QStringLiteral(
              "kamdesk-cli --db FILE init\n"
              "  Creates the store FILE, or upgrades it to this version's schema, and\n"
              "  prints its schema version. A store from a newer KAM Desk is refused.\n") },
        { QStringLiteral("accounts"),
          QStringLiteral(
              "kamdesk-cli --db FILE accounts list [--json]\n"
              "  Lists the live accounts: an aligned table, or with --json a JSON array\n"
              "  with the keys of the JSON export.\n"
              "kamdesk-cli --db FILE accounts export --format csv|json [--out PATH]\n"
              "  Exports every live account (CSV with a UTF-8 BOM, or JSON) to PATH or\n"
              "  stdout; PATH is written completely or not at all. Columns: id, legal_name,\n"
              "  short_name, kind, industry, region, address, credit_code, tax_id,\n"
              "  parent_id, tier, lifecycle, owner_id, owner_name, currency, annual_revenue,\n"
              "  notes, created_at, updated_at.\n") },
        { QStringLiteral("demo"),
          QStringLiteral(
              "kamdesk-cli --db FILE demo [--accounts N] [--seed S]\n"
              "  Adds a realistic B2B demo portfolio of N accounts (default 60, at most\n"
              "  1000000) with contacts, account teams and five managers; on an empty store\n"
              "  the same seed (default 1) gives the same names and values. All of it is\n"
              "  added, or nothing. Progress goes to stderr when it is a terminal.\n") },
        { QStringLiteral("funnel"),
          QStringLiteral(
              "kamdesk-cli --db FILE funnel [--from DATE --to DATE] [--owner USER]\n"
              "                             [--currency CODE] [--json]\n"
              "  The sales funnel of the deals closing (or closed) from --from to --to\n"
              "  (ISO dates; either may be left out): per stage the open deals, their\n"
              "  amount and weighted amount, how many deals reached it, the conversion to\n"
              "  the next stage and the average days a stay lasts; then open, won and lost\n"
              "  totals and the win rate. USER is an id, name or e-mail. Amounts are in\n"
              "  minor units of --currency (default: the one most deals use); deals in\n"
              "  other currencies are counted apart. --json: {\"stages\":[{\"key\",\"name\",\n"
              "  \"count\",\"amount_minor\",\"weighted_minor\",\"avg_days\",...}],\"open\",\n"
              "  \"won\",\"lost\",\"win_rate\",\"currency\",...}.\n") },
        { QStringLiteral("forecast"),
          QStringLiteral(
              "kamdesk-cli --db FILE forecast [--granularity month|quarter] [--from DATE]\n"
              "                               [--to DATE] [--owner USER] [--currency CODE] [--json]\n"
              "  Won and open deals per month or quarter by close date, from --from\n"
              "  (default: this month) to --to (default: 11 months later), against the\n"
              "  sales targets: commit and best case (open deals at or above the\n"
              "  store's probability thresholds), the whole pipeline and its weighted\n"
              "  amount. --json: {\"buckets\":[{\"period\",\"target_minor\",\"won_minor\",\n"
              "  \"commit_minor\",\"best_case_minor\",\"pipeline_minor\",\"weighted_minor\",\n"
              "  \"projected_minor\",...}],\"currency\",...}.\n") },
        { QStringLiteral("plan-pdf"),
          QStringLiteral(
              "kamdesk-cli --db FILE plan-pdf --account ID|NAME [--period P] --out FILE.pdf\n"
              "                               [--page a4|letter] [--lang zh_CN|en]\n"
              "kamdesk-cli --db FILE plan-pdf --all --out-dir DIR [--page a4|letter] [--lang zh_CN|en]\n"
              "  Writes the key account plan of the account (id, legal or short name) for\n"
              "  period P (2027 or 2027-H1; default: its latest plan) as a PDF, or with\n"
              "  --all every plan into DIR as \"<account> <period>.pdf\", and prints each\n"
              "  file with its page count. Page size A4 by default; labels in --lang\n"
              "  (default: the system's language). A file is written completely or not\n"
              "  at all.\n") },
        { QStringLiteral("nps"),
          QStringLiteral(
              "kamdesk-cli --db FILE nps [--account ID|NAME] [--from DATE] [--to DATE] [--json]\n"
              "  Net Promoter Score of the satisfaction responses given from --from to --to\n"
              "  (ISO dates, either may be left out), of the whole portfolio or of the\n"
              "  account (id, legal or short name) with its branches. Promoters answer\n"
              "  9-10, passives 7-8, detractors 0-6; NPS = % promoters - % detractors of\n"
              "  the answered responses, rounded to 0.1. Unanswered responses count in\n"
              "  \"responses\" only; with none answered the NPS is null. --json:\n"
              "  {\"responses\",\"answered\",\"promoters\",\"passives\",\"detractors\",\"nps\"}.\n") },
        { QStringLiteral("score"),
          QStringLiteral(
              "kamdesk-cli --db FILE score [--json]\n"
              "  Scores the portfolio with the active value model (the local choice, else\n"
              "  the first stored model, else the built-in default) and prints the\n"
              "  accounts best first with score 0-100, rank, the tier proposed and the\n"
              "  tier they have. --json: {\"model\",\"method\",\"consistent\",\"accounts\":\n"
              "  [{\"id\",\"name\",\"score\",\"rank\",\"proposed_tier\",\"tier\",\n"
              "  \"criteria\":{\"revenue\":points,...}}]} (scores and points to 0.01).\n") },
        { QStringLiteral("sync"),
          QStringLiteral(
              "kamdesk-cli --db FILE sync --server URL --user EMAIL --password-stdin [--json]\n"
              "  Logs in (the password is the first line of stdin), sends the store's\n"
              "  pending changes and receives the server's, and prints the counts of\n"
              "  pushed changes, pulled rows and new conflicts (--json: {\"pushed\",\n"
              "  \"pulled\",\"conflicts\",\"open_conflicts\",\"bootstrapped\"}). Exits 1\n"
              "  when the sync did not finish; what was committed before stays.\n") },
    } + ioCommandHelps() + valueCommandHelps();
    return h;
}

bool stderrIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stderr)) != 0;
#else
    return isatty(fileno(stderr)) != 0;
#endif
}

/// The value of a whole-number option in [min, max], or `fallback` when it is absent.
Result<qint64> number(const QCommandLineParser &parser, const QCommandLineOption &option,
                      qint64 fallback, qint64 min, qint64 max)
{
    if (!parser.isSet(option))
        return fallback;
    const QString text = parser.value(option);
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    if (!ok || n < min || n > max)
        return bad(QStringLiteral("--%1 must be a whole number from %2 to %3, not \"%4\"")
                       .arg(option.names().front())
                       .arg(min)
                       .arg(max)
                       .arg(text));
    return n;
}

Result<void> initCommand(const QString &globalDb, const QStringList &args)
{
    QCommandLineParser parser;
    if (Result<void> r = parse(parser, QStringLiteral("init"), args); !r)
        return r;
    const QString path = parser.isSet(dbOption()) ? parser.value(dbOption()) : globalDb;
    const bool existed = !path.isEmpty() && QFile::exists(path);
    Result<std::unique_ptr<Store>> store = openStore(path, true);
    if (!store)
        return store.error();
    out() << (existed ? QStringLiteral("store %1 is at schema version %2")
                      : QStringLiteral("created store %1 at schema version %2"))
                 .arg(path)
                 .arg((*store)->schemaVersion())
          << Qt::endl;
    return {};
}

Result<void> listCommand(const QString &globalDb, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("JSON array output."));
    parser.addOption(json);
    if (Result<void> r = parse(parser, QStringLiteral("accounts"), args); !r)
        return r;
    Result<std::unique_ptr<Store>> opened
        = openStore(parser.isSet(dbOption()) ? parser.value(dbOption()) : globalDb, false);
    if (!opened)
        return opened.error();
    const Store &store = **opened;
    if (parser.isSet(json)) {
        // Same keys as the JSON export, so scripts see one format.
        return withStdout([&](QIODevice *device) -> Result<void> {
            Result<int> n = exportAccounts(store, device, ExportFormat::Json);
            return n ? Result<void>() : Result<void>(n.error());
        });
    }
    Result<std::vector<Account>> accounts = store.accounts();
    if (!accounts)
        return accounts.error();
    Result<QHash<QString, QString>> owners = store.userNames();
    if (!owners)
        return owners.error();
    std::vector<QStringList> rows { { QStringLiteral("LEGAL NAME"), QStringLiteral("TIER"),
                                      QStringLiteral("LIFECYCLE"), QStringLiteral("INDUSTRY"),
                                      QStringLiteral("REGION"), QStringLiteral("OWNER"),
                                      QStringLiteral("CREDIT CODE") } };
    rows.reserve(accounts->size() + 1);
    for (const Account &a : *accounts)
        rows.push_back({ a.legalName, enumCode(a.tier), enumCode(a.lifecycle), a.industry, a.region,
                         owners->value(a.ownerId), a.creditCode });
    printTable(rows);
    out() << accounts->size() << " accounts" << Qt::endl;
    return {};
}

Result<void> exportCommand(const QString &globalDb, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("csv or json."),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption outPath(QStringLiteral("out"), QStringLiteral("Output file."),
                                     QStringLiteral("PATH"));
    parser.addOptions({ format, outPath });
    if (Result<void> r = parse(parser, QStringLiteral("accounts"), args); !r)
        return r;
    const QString f = parser.value(format);
    if (f != QLatin1String("csv") && f != QLatin1String("json"))
        return bad(parser.isSet(format)
                       ? QStringLiteral("--format must be csv or json, not \"%1\"").arg(f)
                       : QStringLiteral("--format csv|json is required"));
    if (parser.isSet(outPath) && parser.value(outPath).isEmpty())
        return bad(QStringLiteral("--out needs a file name"));
    const ExportFormat exportFormat
        = f == QLatin1String("csv") ? ExportFormat::Csv : ExportFormat::Json;
    Result<std::unique_ptr<Store>> opened
        = openStore(parser.isSet(dbOption()) ? parser.value(dbOption()) : globalDb, false);
    if (!opened)
        return opened.error();
    if (parser.isSet(outPath)) {
        // Atomic (QSaveFile): PATH holds the whole export or is left as it was.
        Result<int> n = exportAccountsToFile(**opened, parser.value(outPath), exportFormat);
        if (!n)
            return n.error();
        if (Result<ExportRecord> r = (*opened)->recordExport(
                QStringLiteral("accounts"), f, *n, QFileInfo(parser.value(outPath)).fileName());
            !r)
            return r.error();
        out() << "exported " << *n << " accounts to " << parser.value(outPath) << Qt::endl;
        return {};
    }
    return withStdout([&](QIODevice *device) -> Result<void> {
        Result<int> n = exportAccounts(**opened, device, exportFormat);
        if (!n)
            return n.error();
        Result<ExportRecord> r
            = (*opened)->recordExport(QStringLiteral("accounts"), f, *n, QStringLiteral("stdout"));
        return r ? Result<void>() : Result<void>(r.error());
    });
}

Result<void> accountsCommand(const QString &globalDb, QStringList args)
{
    const QString sub = args.isEmpty() ? QString() : args.takeFirst();
    if (sub == QLatin1String("list"))
        return listCommand(globalDb, args);
    if (sub == QLatin1String("export"))
        return exportCommand(globalDb, args);
    return bad(QStringLiteral("accounts needs list or export (see accounts --help)"));
}

Result<void> demoCommand(const QString &globalDb, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption accountsOption(QStringLiteral("accounts"), QStringLiteral("How many."),
                                            QStringLiteral("N"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Random seed."),
                                        QStringLiteral("S"));
    parser.addOptions({ accountsOption, seedOption });
    if (Result<void> r = parse(parser, QStringLiteral("demo"), args); !r)
        return r;
    Result<qint64> accounts = number(parser, accountsOption, 60, 0, 1000000);
    if (!accounts)
        return accounts.error();
    Result<qint64> seed = number(parser, seedOption, 1, 0, std::numeric_limits<quint32>::max());
    if (!seed)
        return seed.error();
    const QString path = parser.isSet(dbOption()) ? parser.value(dbOption()) : globalDb;
    if (path.isEmpty())
        return bad(QStringLiteral("--db FILE is required"));

    // All or nothing, two ways. A new store is built under a temporary name with the
    // generator's chunked commits (fast: the WAL stays small) and moved into place when complete.
    // An existing store gets the portfolio in one outer transaction (the chunks become
    // savepoints): slower on large runs, but an error or a kill leaves the store as it was.
    const bool fresh = !QFile::exists(path);
    const QString buildPath = fresh ? path + QStringLiteral(".partial") : path;
    const auto removeBuild = [&] {
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(buildPath + suffix);
    };
    if (fresh)
        removeBuild(); // left by a killed run

    // Progress on a terminal only, drawn over itself and wiped at the end, so that a script
    // reading stderr sees nothing on success and one line on failure.
    const bool showProgress = stderrIsTerminal();
    QTextStream err(stderr);
    qsizetype progressWidth = 0;
    const DemoProgress progress = [&](int done, int total) {
        const QString line = QStringLiteral("demo: %1 / %2 accounts").arg(done).arg(total);
        progressWidth = std::max(progressWidth, line.size());
        err << '\r' << line << Qt::flush;
        return true;
    };
    std::optional<DemoSummary> summary;
    Result<void> r = [&]() -> Result<void> {
        Result<std::unique_ptr<Store>> opened = openStore(buildPath, true);
        if (!opened) {
            Error e = opened.error();
            e.message.replace(buildPath, path); // the temporary name is no business of the user
            return e;
        }
        Store &store = **opened;
        const auto generate = [&]() -> Result<void> {
            Result<DemoSummary> made = generateDemo(store, { int(*accounts), quint32(*seed) },
                                                    showProgress ? progress : DemoProgress());
            if (!made)
                return made.error();
            summary = *made;
            return {};
        };
        return fresh ? generate() : store.transaction(generate);
    }(); // the store is closed here, its WAL merged into the file
    if (progressWidth > 0)
        err << '\r' << QString(progressWidth, QLatin1Char(' ')) << '\r' << Qt::flush;
    if (fresh && r && !QFile::rename(buildPath, path))
        r = makeError(ErrorCode::Io,
                      QStringLiteral("cannot create %1 (it appeared while the demo was made, "
                                     "or the folder is not writable)")
                          .arg(path));
    if (fresh && !r)
        removeBuild();
    if (!r)
        return r;
    out() << "demo: " << summary->accounts << " accounts (" << summary->groups
          << " groups with branches), " << summary->contacts << " contacts, "
          << summary->teamMembers << " team members, " << summary->users << " managers, "
          << summary->deals << " deals (" << summary->stageChanges << " stage changes), "
          << summary->activities << " activities, " << summary->plans << " account plans, " << summary->responses
          << " satisfaction responses, " << summary->costEntries << " cost entries, " << summary->campaigns
          << " campaigns" << Qt::endl;
    return {};
}

Result<void> syncCommand(const QString &globalDb, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption serverOption(QStringLiteral("server"), QStringLiteral("Server URL."),
                                          QStringLiteral("URL"));
    const QCommandLineOption userOption(QStringLiteral("user"), QStringLiteral("E-mail."),
                                        QStringLiteral("EMAIL"));
    const QCommandLineOption passwordOption(QStringLiteral("password-stdin"),
                                            QStringLiteral("Read the password from stdin."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("JSON output."));
    parser.addOptions({ serverOption, userOption, passwordOption, json });
    if (Result<void> r = parse(parser, QStringLiteral("sync"), args); !r)
        return r;
    if (!parser.isSet(serverOption) || !parser.isSet(userOption) || !parser.isSet(passwordOption))
        return bad(QStringLiteral("sync needs --server URL, --user EMAIL and --password-stdin"));
    Result<QUrl> server = sync::parseServerUrl(parser.value(serverOption));
    if (!server)
        return server.error();
    QTextStream in(stdin);
    const QString password = in.readLine();
    if (password.isEmpty())
        return bad(QStringLiteral("no password on stdin"));
    Result<std::unique_ptr<Store>> store
        = openStore(parser.isSet(dbOption()) ? parser.value(dbOption()) : globalDb, false);
    if (!store)
        return store.error();
    sync::HttpTransport transport(*server);
    sync::SyncEngine engine(**store, transport);
    if (Result<void> r = engine.login(parser.value(userOption), password,
                                      QStringLiteral("kamdesk-cli on %1").arg(QSysInfo::machineHostName()));
        !r)
        return r;
    if (Result<void> r = SyncJournal(**store).setSetting(SyncJournal::kServerKey, server->toString()); !r)
        return r;
    const bool progress = stderrIsTerminal();
    Result<sync::SyncReport> report = engine.sync([&](const sync::SyncProgress &p) {
        if (progress)
            QTextStream(stderr) << "\rsync: " << p.done
                                << (p.total >= 0 ? QStringLiteral(" / %1").arg(p.total) : QString())
                                << Qt::flush;
        return true;
    });
    if (progress)
        QTextStream(stderr) << "\r" << Qt::flush;
    if (!report)
        return report.error();
    Result<int> open = SyncJournal(**store).openConflictCount();
    if (!open)
        return open.error();
    if (parser.isSet(json)) {
        out() << QJsonDocument(QJsonObject { { QStringLiteral("pushed"), report->pushed },
                                             { QStringLiteral("pulled"), report->pulled },
                                             { QStringLiteral("conflicts"), report->conflicts },
                                             { QStringLiteral("open_conflicts"), *open },
                                             { QStringLiteral("bootstrapped"), report->bootstrapped } })
                     .toJson(QJsonDocument::Compact)
              << Qt::endl;
    } else {
        out() << "sync: pushed " << report->pushed << " changes, pulled " << report->pulled
              << " rows, " << report->conflicts << " new conflicts (" << *open << " open)"
              << Qt::endl;
    }
    return {};
}

/// The options funnel and forecast share.
struct PipelineOptions
{
    QCommandLineOption from{QStringLiteral("from"), QStringLiteral("First day."), QStringLiteral("DATE")};
    QCommandLineOption to{QStringLiteral("to"), QStringLiteral("Last day."), QStringLiteral("DATE")};
    QCommandLineOption owner{QStringLiteral("owner"), QStringLiteral("Owner."), QStringLiteral("USER")};
    QCommandLineOption currency{QStringLiteral("currency"), QStringLiteral("Currency."), QStringLiteral("CODE")};
    QCommandLineOption json{QStringLiteral("json"), QStringLiteral("JSON output.")};

    void addTo(QCommandLineParser &parser) const { parser.addOptions({from, to, owner, currency, json}); }
};

Result<QDate> dateOption(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    if (!parser.isSet(option))
        return QDate();
    const QDate day = QDate::fromString(parser.value(option), Qt::ISODate);
    if (!day.isValid())
        return bad(QStringLiteral("--%1 must be a date such as 2027-03-31, not \"%2\"")
                       .arg(option.names().front(), parser.value(option)));
    return day;
}

/// --from and --to (either may be absent), refusing a range that ends before it starts.
Result<std::pair<QDate, QDate>> dateRange(const QCommandLineParser &parser, const QCommandLineOption &fromOption,
                                          const QCommandLineOption &toOption)
{
    Result<QDate> from = dateOption(parser, fromOption);
    if (!from)
        return from.error();
    Result<QDate> to = dateOption(parser, toOption);
    if (!to)
        return to.error();
    if (from->isValid() && to->isValid() && *to < *from)
        return bad(QStringLiteral("--to %1 is before --from %2").arg(to->toString(Qt::ISODate), from->toString(Qt::ISODate)));
    return std::pair{*from, *to};
}

/// The live account named by id, legal name or short name; an unknown or ambiguous name fails.
Result<Account> findAccount(const Store &store, const QString &wanted)
{
    Result<std::vector<Account>> accounts = store.accounts();
    if (!accounts)
        return accounts.error();
    std::vector<const Account *> matches;
    for (const Account &a : *accounts)
        if (a.meta.id == wanted || a.legalName == wanted || a.shortName == wanted)
            matches.push_back(&a);
    if (matches.empty())
        return makeError(ErrorCode::NotFound, QStringLiteral("no account %1 in the store").arg(wanted));
    if (matches.size() > 1)
        return bad(QStringLiteral("%1 accounts are called %2: give the account's id").arg(matches.size()).arg(wanted));
    return *matches.front();
}

/// What funnel and forecast compute over: the store's pipeline, the filter and the currency.
struct PipelineQuery
{
    std::unique_ptr<Store> store;
    analytics::Pipeline pipeline;
    analytics::DealFilter filter;
    QString currency;
};

Result<PipelineQuery> pipelineQuery(const QCommandLineParser &parser, const PipelineOptions &o,
                                    const QString &globalDb)
{
    PipelineQuery q;
    Result<std::pair<QDate, QDate>> range = dateRange(parser, o.from, o.to);
    if (!range)
        return range.error();
    q.filter.from = range->first;
    q.filter.to = range->second;
    Result<std::unique_ptr<Store>> opened
        = openStore(parser.isSet(dbOption()) ? parser.value(dbOption()) : globalDb, false);
    if (!opened)
        return opened.error();
    q.store = std::move(opened).value();
    const Store &store = *q.store;
    if (parser.isSet(o.owner)) {
        const QString wanted = parser.value(o.owner);
        Result<std::vector<User>> users = store.users();
        if (!users)
            return users.error();
        const auto it = std::find_if(users->begin(), users->end(), [&](const User &u) {
            return u.meta.id == wanted || u.name == wanted || (!u.email.isEmpty() && u.email == wanted);
        });
        if (it == users->end())
            return makeError(ErrorCode::NotFound, QStringLiteral("no user %1 in the store").arg(wanted));
        q.filter.ownerId = it->meta.id;
    }
    Result<std::vector<Account>> accounts = store.accounts();
    if (!accounts)
        return accounts.error();
    Result<analytics::Pipeline> pipeline = loadPipeline(store, *accounts);
    if (!pipeline)
        return pipeline.error();
    q.pipeline = std::move(pipeline).value();
    q.currency = parser.isSet(o.currency) ? parser.value(o.currency) : q.pipeline.mainCurrency(q.filter);
    if (!isCurrencyCode(q.currency))
        return bad(QStringLiteral("--currency must be an ISO 4217 code such as CNY, not \"%1\"").arg(q.currency));
    return q;
}

QString optionalPercent(const std::optional<double> &ratio)
{
    return ratio ? QString::number(*ratio * 100.0, 'f', 1) + QLatin1Char('%') : QStringLiteral("-");
}

Result<void> funnelCommand(const QString &globalDb, const QStringList &args)
{
    QCommandLineParser parser;
    const PipelineOptions o;
    o.addTo(parser);
    if (Result<void> r = parse(parser, QStringLiteral("funnel"), args); !r)
        return r;
    Result<PipelineQuery> q = pipelineQuery(parser, o, globalDb);
    if (!q)
        return q.error();
    const analytics::Funnel funnel
        = analytics::computeFunnel(q->pipeline, q->filter, q->currency, QDateTime::currentDateTimeUtc());
    if (parser.isSet(o.json)) {
        out() << QJsonDocument(funnelJson(funnel)).toJson(QJsonDocument::Compact) << Qt::endl;
        return {};
    }
    const QLocale c = QLocale::c();
    const auto money = [&](qint64 minor) { return formatMoney({minor, q->currency}, c); };
    std::vector<QStringList> rows{{QStringLiteral("STAGE"), QStringLiteral("OPEN"), QStringLiteral("AMOUNT"),
                                   QStringLiteral("WEIGHTED"), QStringLiteral("REACHED"),
                                   QStringLiteral("TO NEXT"), QStringLiteral("AVG DAYS")}};
    for (const analytics::StageFigures &s : funnel.stages)
        rows.push_back({stageName(s.stage), QString::number(s.count), money(s.amountMinor), money(s.weightedMinor),
                        QString::number(s.reached), optionalPercent(s.conversionToNext),
                        s.avgDays ? QString::number(*s.avgDays, 'f', 1) : QStringLiteral("-")});
    printTable(rows);
    out() << "open " << funnel.openCount << " (" << money(funnel.openAmountMinor) << "), won " << funnel.wonCount
          << " (" << money(funnel.wonAmountMinor) << "), lost " << funnel.lostCount << ", win rate "
          << optionalPercent(funnel.winRate) << Qt::endl;
    if (funnel.otherCurrencyDeals > 0)
        out() << funnel.otherCurrencyDeals << " deals in other currencies left out" << Qt::endl;
    return {};
}

Result<void> forecastCommand(const QString &globalDb, const QStringList &args)
{
    QCommandLineParser parser;
    const PipelineOptions o;
    o.addTo(parser);
    const QCommandLineOption granularityOption(QStringLiteral("granularity"), QStringLiteral("month or quarter."),
                                               QStringLiteral("G"));
    parser.addOption(granularityOption);
    if (Result<void> r = parse(parser, QStringLiteral("forecast"), args); !r)
        return r;
    const QString g = parser.value(granularityOption);
    if (parser.isSet(granularityOption) && g != u"month" && g != u"quarter")
        return bad(QStringLiteral("--granularity must be month or quarter, not \"%1\"").arg(g));
    const auto granularity = g == u"quarter" ? analytics::Granularity::Quarter : analytics::Granularity::Month;
    Result<PipelineQuery> q = pipelineQuery(parser, o, globalDb);
    if (!q)
        return q.error();
    const QDate from = q->filter.from.isValid()
        ? q->filter.from
        : analytics::periodStart(QDate::currentDate(), analytics::Granularity::Month);
    const QDate to = q->filter.to.isValid() ? q->filter.to : from.addMonths(12).addDays(-1);
    if (to < from)
        return bad(QStringLiteral("--to %1 is before the first day %2").arg(to.toString(Qt::ISODate), from.toString(Qt::ISODate)));
    Result<analytics::ForecastThresholds> thresholds = forecastThresholds(*q->store);
    if (!thresholds)
        return thresholds.error();
    Result<std::vector<SalesTarget>> targets = q->store->targets();
    if (!targets)
        return targets.error();
    const analytics::Forecast forecast = analytics::computeForecast(q->pipeline, q->filter, q->currency, granularity,
                                                                    from, to, *targets, *thresholds);
    if (parser.isSet(o.json)) {
        out() << QJsonDocument(forecastJson(forecast, granularity, *thresholds)).toJson(QJsonDocument::Compact)
              << Qt::endl;
        return {};
    }
    const QLocale c = QLocale::c();
    const auto money = [&](qint64 minor) { return formatMoney({minor, q->currency}, c); };
    std::vector<QStringList> rows{{QStringLiteral("PERIOD"), QStringLiteral("TARGET"), QStringLiteral("WON"),
                                   QStringLiteral("COMMIT"), QStringLiteral("BEST CASE"), QStringLiteral("PIPELINE"),
                                   QStringLiteral("WEIGHTED"), QStringLiteral("PROJECTED")}};
    for (const analytics::ForecastBucket &b : forecast.buckets)
        rows.push_back({b.period, b.targetMinor ? money(*b.targetMinor) : QStringLiteral("-"), money(b.wonMinor),
                        money(b.commitMinor), money(b.bestCaseMinor), money(b.pipelineMinor),
                        money(b.weightedMinor), money(b.projectedMinor())});
    printTable(rows);
    if (forecast.overdueOpenDeals > 0)
        out() << forecast.overdueOpenDeals << " open deals were expected to close before "
              << forecast.buckets.front().start.toString(Qt::ISODate)
              << Qt::endl;
    return {};
}

Result<void> planPdfCommand(const QString &globalDb, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption account(QStringLiteral("account"), QStringLiteral("Account."), QStringLiteral("ID|NAME"));
    const QCommandLineOption period(QStringLiteral("period"), QStringLiteral("Plan period."), QStringLiteral("P"));
    const QCommandLineOption outFile(QStringLiteral("out"), QStringLiteral("Output file."), QStringLiteral("FILE"));
    const QCommandLineOption all(QStringLiteral("all"), QStringLiteral("Every plan."));
    const QCommandLineOption outDir(QStringLiteral("out-dir"), QStringLiteral("Output folder."), QStringLiteral("DIR"));
    const QCommandLineOption page(QStringLiteral("page"), QStringLiteral("a4 or letter."), QStringLiteral("SIZE"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("zh_CN or en."), QStringLiteral("LANG"));
    parser.addOptions({account, period, outFile, all, outDir, page, lang});
    if (Result<void> r = parse(parser, QStringLiteral("plan-pdf"), args); !r)
        return r;
    PlanPdfOptions options;
    const QString pageSize = parser.value(page).toLower();
    if (parser.isSet(page) && pageSize != u"a4" && pageSize != u"letter")
        return bad(QStringLiteral("--page must be a4 or letter, not \"%1\"").arg(parser.value(page)));
    options.pageSize = pageSize == u"letter" ? QPageSize::Letter : QPageSize::A4;
    const QString language = parser.isSet(lang) ? parser.value(lang) : systemUiLanguage();
    if (language != u"zh_CN" && language != u"en")
        return bad(QStringLiteral("--lang must be zh_CN or en, not \"%1\"").arg(language));
    if (parser.isSet(all) == parser.isSet(account))
        return bad(QStringLiteral("plan-pdf needs either --account ID|NAME or --all"));
    if (parser.isSet(all) ? !parser.isSet(outDir) || parser.isSet(outFile) || parser.isSet(period)
                          : !parser.isSet(outFile) || parser.isSet(outDir))
        return bad(parser.isSet(all) ? QStringLiteral("plan-pdf --all takes --out-dir DIR (and no --out or --period)")
                                     : QStringLiteral("plan-pdf --account takes --out FILE.pdf (and no --out-dir)"));
    Result<std::unique_ptr<Store>> opened
        = openStore(parser.isSet(dbOption()) ? parser.value(dbOption()) : globalDb, false);
    if (!opened)
        return opened.error();
    const Store &store = **opened;
    installTranslations(language);

    if (parser.isSet(all)) {
        Result<std::vector<Plan>> plans = store.plans();
        if (!plans)
            return plans.error();
        QStringList ids;
        for (const Plan &p : *plans)
            ids << p.meta.id;
        const bool terminal = stderrIsTerminal();
        Result<PlanPdfBatch> batch = exportPlansPdf(store.path(), ids, parser.value(outDir), options,
                                                    [terminal](int done, int total, const QString &) {
                                                        if (terminal)
                                                            std::fprintf(stderr, "\rplan-pdf: %d / %d", done, total);
                                                        return true;
                                                    });
        if (terminal)
            std::fprintf(stderr, "\n");
        if (!batch)
            return batch.error();
        for (const QString &file : std::as_const(batch->files))
            out() << "wrote " << file << '\n';
        out() << batch->files.size() << " plans written to " << parser.value(outDir) << Qt::endl;
        if (!batch->failures.isEmpty())
            return makeError(ErrorCode::Io, QStringLiteral("%1 plans not written: %2")
                                                .arg(batch->failures.size())
                                                .arg(batch->failures.join(QStringLiteral("; "))));
        return {};
    }

    Result<Account> found = findAccount(store, parser.value(account));
    if (!found)
        return found.error();
    const Account &a = *found;
    Result<std::vector<Plan>> plans = store.plans({a.meta.id});
    if (!plans)
        return plans.error();
    QStringList periods;
    const Plan *plan = nullptr;
    for (const Plan &p : *plans) {
        periods << p.period;
        if (!plan && (!parser.isSet(period) || p.period == parser.value(period)))
            plan = &p;
    }
    if (!plan)
        return makeError(ErrorCode::NotFound,
                         parser.isSet(period)
                             ? QStringLiteral("%1 has no plan for period %2 (its plans: %3)")
                                   .arg(displayName(a), parser.value(period),
                                        periods.isEmpty() ? QStringLiteral("none") : periods.join(QStringLiteral(", ")))
                             : QStringLiteral("%1 has no plan").arg(displayName(a)));
    const QString file = parser.value(outFile);
    Result<int> pages = exportPlanPdf(store, plan->meta.id, file, options);
    if (!pages)
        return pages.error();
    out() << "wrote " << file << " (" << *pages << " pages)" << Qt::endl;
    return {};
}

Result<void> npsCommand(const QString &globalDb, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption account(QStringLiteral("account"), QStringLiteral("Account."), QStringLiteral("ID|NAME"));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("First day."), QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("Last day."), QStringLiteral("DATE"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("JSON output."));
    parser.addOptions({account, from, to, json});
    if (Result<void> r = parse(parser, QStringLiteral("nps"), args); !r)
        return r;
    Result<std::pair<QDate, QDate>> range = dateRange(parser, from, to);
    if (!range)
        return range.error();
    Result<std::unique_ptr<Store>> opened
        = openStore(parser.isSet(dbOption()) ? parser.value(dbOption()) : globalDb, false);
    if (!opened)
        return opened.error();
    const Store &store = **opened;
    QStringList scope;
    if (parser.isSet(account)) {
        Result<Account> found = findAccount(store, parser.value(account));
        if (!found)
            return found.error();
        Result<std::vector<Account>> accounts = store.accounts();
        if (!accounts)
            return accounts.error();
        // A group answers for its branches too.
        scope = QStringList{found->meta.id} + branchIds(*accounts, found->meta.id);
    }
    Result<std::vector<SatisfactionResponse>> responses = store.satisfactionResponses(scope);
    if (!responses)
        return responses.error();
    analytics::NpsSummary nps;
    for (const SatisfactionResponse &r : *responses)
        if ((!range->first.isValid() || r.respondedOn >= range->first)
            && (!range->second.isValid() || r.respondedOn <= range->second))
            nps.add(r.recommend);
    const std::optional<double> score = nps.nps();
    const auto rounded = [](double v) { return std::round(v * 10) / 10; };
    if (parser.isSet(json)) {
        const QJsonObject o{{QStringLiteral("responses"), nps.responses}, {QStringLiteral("answered"), nps.answered},
                            {QStringLiteral("promoters"), nps.promoters}, {QStringLiteral("passives"), nps.passives},
                            {QStringLiteral("detractors"), nps.detractors},
                            {QStringLiteral("nps"), score ? QJsonValue(rounded(*score)) : QJsonValue()}};
        out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
        return {};
    }
    out() << nps.responses << " responses, " << nps.answered << " answered: " << nps.promoters << " promoters, "
          << nps.passives << " passives, " << nps.detractors << " detractors; NPS "
          << (score ? QString::number(rounded(*score), 'f', 1) : QStringLiteral("- (none answered)")) << Qt::endl;
    return {};
}

Result<void> scoreCommand(const QString &globalDb, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("JSON output."));
    parser.addOption(json);
    if (Result<void> r = parse(parser, QStringLiteral("score"), args); !r)
        return r;
    Result<std::unique_ptr<Store>> opened
        = openStore(parser.isSet(dbOption()) ? parser.value(dbOption()) : globalDb, false);
    if (!opened)
        return opened.error();
    const Store &store = **opened;
    Result<PortfolioScores> scored = scoreWithActiveModel(store, QDate::currentDate());
    if (!scored)
        return scored.error();
    Result<std::vector<Account>> accounts = store.accounts();
    if (!accounts)
        return accounts.error();
    std::vector<analytics::ValueScore> scores = scored->scores;
    QHash<QString, const Account *> byId;
    for (const Account &a : *accounts)
        byId.insert(a.meta.id, &a);
    std::stable_sort(scores.begin(), scores.end(),
                     [](const analytics::ValueScore &a, const analytics::ValueScore &b) { return a.rank < b.rank; });
    const auto rounded = [](double v) { return std::round(v * 100) / 100; };
    if (parser.isSet(json)) {
        QJsonArray rows;
        for (const analytics::ValueScore &s : scores) {
            const Account *a = byId.value(s.accountId);
            QJsonObject criteria;
            for (const analytics::CriterionScore &c : s.breakdown)
                criteria.insert(enumCode(c.criterion), rounded(c.points));
            rows.append(QJsonObject{{QStringLiteral("id"), s.accountId},
                                    {QStringLiteral("name"), a ? displayName(*a) : QString()},
                                    {QStringLiteral("score"), rounded(s.score)},
                                    {QStringLiteral("rank"), s.rank},
                                    {QStringLiteral("proposed_tier"), enumCode(s.proposedTier)},
                                    {QStringLiteral("tier"), a ? enumCode(a->tier) : QString()},
                                    {QStringLiteral("criteria"), criteria}});
        }
        const QJsonObject o{{QStringLiteral("model"), scored->model.name},
                            {QStringLiteral("method"), enumCode(scored->definition.method)},
                            {QStringLiteral("consistent"), scored->weights.consistent()},
                            {QStringLiteral("accounts"), rows}};
        out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
        return {};
    }
    out() << scored->model.name << " (" << enumLabel(scored->definition.method) << ")"
          << (scored->weights.consistent() ? "" : ", comparisons not consistent (CR >= 0.10)") << Qt::endl;
    std::vector<QStringList> table{{QStringLiteral("rank"), QStringLiteral("account"), QStringLiteral("score"),
                                    QStringLiteral("proposed"), QStringLiteral("tier")}};
    for (const analytics::ValueScore &s : scores) {
        const Account *a = byId.value(s.accountId);
        table.push_back({QString::number(s.rank), a ? displayName(*a) : s.accountId,
                         QString::number(s.score, 'f', 1), enumLabel(s.proposedTier),
                         a ? enumLabel(a->tier) : QString()});
    }
    printTable(table);
    return {};
}

int fail(const QString &reason)
{
    QTextStream err(stderr);
    err << "kamdesk-cli: "
        << QString(reason)
               .replace(QLatin1Char('\r'), QLatin1Char(' '))
               .replace(QLatin1Char('\n'), QLatin1Char(' '))
        << Qt::endl;
    return 1;
}

} // namespace

QString help(const QString &command)
{
    if (!command.isEmpty()) {
        for (const CommandHelp &h : commandHelps())
            if (h.name == command)
                return h.text;
        return {};
    }
    QString text
        = QStringLiteral("Usage: kamdesk-cli --db FILE COMMAND [OPTIONS]\n"
                         "Works on a KAM Desk store. Exit code 0 on success; 1 with a one-line\n"
                         "reason on stderr, and the store unchanged, on bad input.\n\n");
    for (const CommandHelp &h : commandHelps())
        text += h.text;
    text += QStringLiteral("\nkamdesk-cli COMMAND --help shows the help of one command;\n"
                           "kamdesk-cli --version its version.\n");
    return text;
}

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    // Everything from the command on is the command's, parsed by its own parser.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption helpOption(QStringList { QStringLiteral("h"), QStringLiteral("help") },
                                        QStringLiteral("Show the help."));
    const QCommandLineOption versionOption(QStringLiteral("version"),
                                           QStringLiteral("Show the version."));
    parser.addOptions({ dbOption(), helpOption, versionOption });
    const bool parsed = parser.parse(
        arguments.isEmpty() ? QStringList { QStringLiteral("kamdesk-cli") } : arguments);
    if (!parser.unknownOptionNames().isEmpty())
        return fail(QStringLiteral("unknown option %1 (see --help)")
                        .arg(dashed(parser.unknownOptionNames().front())));
    if (!parsed)
        return fail(parser.errorText());
    if (parser.isSet(helpOption)) {
        out() << help() << Qt::flush;
        return 0;
    }
    if (parser.isSet(versionOption)) {
        out() << "kamdesk-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return fail(QStringLiteral("no command given (see --help)"));
    const QString command = args.takeFirst();
    if (help(command).isEmpty())
        return fail(QStringLiteral("unknown command %1 (see --help)").arg(command));
    if (args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"))) {
        out() << help(command) << Qt::flush;
        return 0;
    }
    const QString db = parser.value(dbOption());
    Result<void> r = command == QLatin1String("init") ? initCommand(db, args)
        : command == QLatin1String("accounts")        ? accountsCommand(db, args)
        : command == QLatin1String("sync")            ? syncCommand(db, args)
        : command == QLatin1String("funnel")          ? funnelCommand(db, args)
        : command == QLatin1String("forecast")        ? forecastCommand(db, args)
        : command == QLatin1String("plan-pdf")        ? planPdfCommand(db, args)
        : command == QLatin1String("nps")             ? npsCommand(db, args)
        : command == QLatin1String("score")           ? scoreCommand(db, args)
        : command == QLatin1String("export")          ? entityExportCommand(db, args)
        : command == QLatin1String("import")          ? importCommand(db, args)
        : command == QLatin1String("ahp")             ? ahpCommand(args)
        : command == QLatin1String("fuzzy")           ? fuzzyCommand(args)
        : command == QLatin1String("grey")            ? greyCommand(args)
                                                      : demoCommand(db, args);
    return r ? 0 : fail(r.error().message);
}

} // namespace kam::cli
