// SPDX-License-Identifier: GPL-3.0-or-later
#include "io_commands.h"

#include "io/entity_export.h"
#include "io/import_schema.h"
#include "io/import_source.h"
#include "io/importer.h"
#include "store/app_settings.h"
#include "store/store.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>

#include <algorithm>

// English and untranslated, like the rest of kamdesk-cli (see cli_commands.cpp); messages of
// the import itself (a row's reason) keep the importer's translatable wording.

namespace kam::cli {

namespace {

/// How many rejected rows the human summary lists; --rejects FILE.csv has them all.
constexpr size_t kListedRejects = 20;

QString entityKeys()
{
    QStringList keys;
    for (ImportEntity e : importEntities())
        keys << importEntityKey(e);
    return keys.join(QStringLiteral(", "));
}

/// The ENTITY argument right after the command.
Result<ImportEntity> takeEntity(const QString &command, QStringList &args)
{
    if (args.isEmpty() || args.front().startsWith(u'-'))
        return bad(QStringLiteral("%1 needs an ENTITY first (%2)").arg(command, entityKeys()));
    const QString key = args.takeFirst();
    const std::optional<ImportEntity> entity = importEntityFromKey(key);
    if (!entity)
        return bad(QStringLiteral("unknown entity \"%1\" (one of %2)").arg(key, entityKeys()));
    return *entity;
}

QString fieldKeys(ImportEntity entity)
{
    QStringList keys;
    for (const ImportField &f : importFields(entity))
        keys << f.key;
    return keys.join(QStringLiteral(", "));
}

/// "field=value" of --map and --set, the field checked against the entity.
Result<std::pair<QString, QString>> fieldAssignment(ImportEntity entity, const QString &option, const QString &text)
{
    const qsizetype eq = text.indexOf(u'=');
    const QString field = eq < 0 ? text : text.left(eq);
    if (eq < 0)
        return bad(QStringLiteral("--%1 \"%2\" must be field=%3").arg(option, text,
                                                                       option == u"map" ? QStringLiteral("column")
                                                                                        : QStringLiteral("value")));
    if (!findImportField(entity, field))
        return bad(QStringLiteral("--%1 %2: %3 have no field \"%4\" (fields: %5)")
                       .arg(option, text, importEntityKey(entity), field, fieldKeys(entity)));
    return std::pair{field, text.mid(eq + 1)};
}

template<typename T>
Result<T> choiceOption(const QCommandLineParser &parser, const QCommandLineOption &option,
                       const std::vector<std::pair<const char *, T>> &choices, T fallback)
{
    if (!parser.isSet(option))
        return fallback;
    const QString value = parser.value(option);
    QStringList names;
    for (const auto &[name, v] : choices) {
        if (value == QLatin1StringView(name))
            return v;
        names << QString::fromLatin1(name);
    }
    return bad(QStringLiteral("--%1 must be %2, not \"%3\"")
                   .arg(option.names().front(), names.join(u'|'), value));
}

/// The cells of the mapped columns of `kind`, for guessing the file's number and date style.
QStringList samples(const ImportSource &source, const ImportMapping &mapping, ImportEntity entity,
                    std::initializer_list<FieldKind> kinds)
{
    QStringList cells;
    for (const ImportField &f : importFields(entity)) {
        if (std::find(kinds.begin(), kinds.end(), f.kind) == kinds.end() || !mapping.columns.contains(f.key))
            continue;
        const qsizetype column = source.header.indexOf(mapping.columns.value(f.key));
        for (const CsvRecord &r : source.rows)
            if (column >= 0 && column < r.fields.size() && !isMissingCell(r.fields[column]))
                cells << r.fields[column];
    }
    return cells;
}

Result<void> writeAtomically(const QString &path, const std::function<Result<void>(QIODevice *)> &write)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    if (Result<void> r = write(&file); !r)
        return r; // QSaveFile drops the partial file
    if (!file.commit())
        return makeError(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace

const QList<CommandHelp> &ioCommandHelps()
{
    static const QList<CommandHelp> h{
        {QStringLiteral("export"),
         QStringLiteral("kamdesk-cli --db FILE export ENTITY [--format csv|json] [--out FILE] [--no-bom]\n"
                        "  Writes every live row of ENTITY (accounts, contacts, products, campaigns,\n"
                        "  opportunities, activities, satisfaction, costs) with its import fields as\n"
                        "  columns, in canonical text (amounts in major units, ISO dates, UTC times,\n"
                        "  enum codes, ids): CSV (UTF-8 with a BOM unless --no-bom; default) or a JSON\n"
                        "  array, to FILE (written completely or not at all) or stdout. Importing the\n"
                        "  file into an empty store gives the same rows. Every export is recorded in\n"
                        "  the store's export log, which syncs to the server's admins.\n")},
        {QStringLiteral("import"),
         QStringLiteral(
             "kamdesk-cli --db FILE import ENTITY FILE.csv [--encoding auto|utf-8|gb18030|windows-1252|...]\n"
             "    [--delimiter ,|;|tab|\\|] [--no-header] [--map field=column]... [--set field=value]...\n"
             "    [--map-value field:source=target]... [--numbers dot|comma] [--dates day-first|month-first]\n"
             "    [--link-account-by any|name|code] [--create-missing-accounts]\n"
             "    [--on-duplicate skip|update|create] [--rejects FILE.csv] [--dry-run] [--json]\n"
             "  Imports the rows of FILE.csv into ENTITY. Encoding, delimiter and header are\n"
             "  detected unless given. Columns are mapped to fields by their header names\n"
             "  (English or Chinese); --map overrides one (an empty column unmaps it), --set\n"
             "  gives a field's value where its column is unmapped or empty, --map-value\n"
             "  translates a column's value (stage:Engaging=qualification). Numbers and\n"
             "  dates are read in the style detected from the file unless --numbers or\n"
             "  --dates say. Accounts are found by id, credit code, tax id or name\n"
             "  (--link-account-by); a row matching a stored one is skipped, updated or\n"
             "  created anew (--on-duplicate, default skip). Rows that do not import are\n"
             "  reported (with --rejects written to FILE.csv with row, column and reason)\n"
             "  and do not fail the command. --dry-run writes nothing. --json:\n"
             "  {\"read\",\"imported\",\"updated\",\"skipped\",\"rejected\",\"errors\":[{\"row\",\n"
             "  \"column\",\"reason\"}]}.\n")},
    };
    return h;
}

Result<void> entityExportCommand(const QString &globalDb, QStringList args)
{
    Result<ImportEntity> entity = takeEntity(QStringLiteral("export"), args);
    if (!entity)
        return entity.error();
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("csv or json."), QStringLiteral("FORMAT"));
    const QCommandLineOption outPath(QStringLiteral("out"), QStringLiteral("Output file."), QStringLiteral("FILE"));
    const QCommandLineOption noBom(QStringLiteral("no-bom"), QStringLiteral("CSV without a BOM."));
    parser.addOptions({format, outPath, noBom});
    if (Result<void> r = parse(parser, QStringLiteral("export"), args); !r)
        return r;
    Result<ExportFormat> exportFormat = choiceOption<ExportFormat>(
        parser, format, {{"csv", ExportFormat::Csv}, {"json", ExportFormat::Json}}, ExportFormat::Csv);
    if (!exportFormat)
        return exportFormat.error();
    if (parser.isSet(outPath) && parser.value(outPath).isEmpty())
        return bad(QStringLiteral("--out needs a file name"));
    if (parser.isSet(noBom) && *exportFormat == ExportFormat::Json)
        return bad(QStringLiteral("--no-bom is for CSV only"));
    Result<std::unique_ptr<Store>> opened
        = openStore(parser.isSet(dbOption()) ? parser.value(dbOption()) : globalDb, false);
    if (!opened)
        return opened.error();
    Store &store = **opened;
    const CsvWriter::Bom bom = parser.isSet(noBom) ? CsvWriter::Bom::No : CsvWriter::Bom::Yes;
    const QString formatKey = *exportFormat == ExportFormat::Csv ? QStringLiteral("csv") : QStringLiteral("json");
    int rows = 0;
    // The export is recorded before the file is committed: no file leaves without its record.
    const auto write = [&](QIODevice *device, const QString &destination) -> Result<void> {
        Result<int> n = exportEntity(store, *entity, device, *exportFormat, bom);
        if (!n)
            return n.error();
        rows = *n;
        Result<ExportRecord> recorded = store.recordExport(importEntityKey(*entity), formatKey, rows, destination);
        return recorded ? Result<void>() : Result<void>(recorded.error());
    };
    if (!parser.isSet(outPath))
        return withStdout([&](QIODevice *device) { return write(device, QStringLiteral("stdout")); });
    const QString path = parser.value(outPath);
    if (Result<void> r = writeAtomically(path, [&](QIODevice *device) { return write(device, QFileInfo(path).fileName()); });
        !r)
        return r;
    out() << "exported " << rows << ' ' << importEntityKey(*entity) << " to " << path << Qt::endl;
    return {};
}

Result<void> importCommand(const QString &globalDb, QStringList args)
{
    Result<ImportEntity> entity = takeEntity(QStringLiteral("import"), args);
    if (!entity)
        return entity.error();
    if (args.isEmpty() || args.front().startsWith(u'-'))
        return bad(QStringLiteral("import %1 needs the FILE.csv to read").arg(importEntityKey(*entity)));
    const QString path = args.takeFirst();

    QCommandLineParser parser;
    const QCommandLineOption encoding(QStringLiteral("encoding"), QStringLiteral("Encoding."), QStringLiteral("NAME"));
    const QCommandLineOption delimiter(QStringLiteral("delimiter"), QStringLiteral("Delimiter."), QStringLiteral("CHAR"));
    const QCommandLineOption noHeader(QStringLiteral("no-header"), QStringLiteral("No header row."));
    const QCommandLineOption map(QStringLiteral("map"), QStringLiteral("field=column."), QStringLiteral("MAP"));
    const QCommandLineOption set(QStringLiteral("set"), QStringLiteral("field=value."), QStringLiteral("VALUE"));
    const QCommandLineOption mapValue(QStringLiteral("map-value"), QStringLiteral("field:source=target."),
                                      QStringLiteral("MAP"));
    const QCommandLineOption numbers(QStringLiteral("numbers"), QStringLiteral("dot or comma."), QStringLiteral("STYLE"));
    const QCommandLineOption dates(QStringLiteral("dates"), QStringLiteral("day-first or month-first."),
                                   QStringLiteral("ORDER"));
    const QCommandLineOption linkBy(QStringLiteral("link-account-by"), QStringLiteral("any, name or code."),
                                    QStringLiteral("KEY"));
    const QCommandLineOption createAccounts(QStringLiteral("create-missing-accounts"),
                                            QStringLiteral("Create accounts no row matches."));
    const QCommandLineOption onDuplicate(QStringLiteral("on-duplicate"), QStringLiteral("skip, update or create."),
                                         QStringLiteral("ACTION"));
    const QCommandLineOption rejects(QStringLiteral("rejects"), QStringLiteral("Rejected rows file."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), QStringLiteral("Write nothing."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("JSON output."));
    parser.addOptions({encoding, delimiter, noHeader, map, set, mapValue, numbers, dates, linkBy, createAccounts,
                       onDuplicate, rejects, dryRun, json});
    if (Result<void> r = parse(parser, QStringLiteral("import"), args); !r)
        return r;

    SourceOptions sourceOptions;
    if (parser.isSet(encoding) && parser.value(encoding) != u"auto") {
        sourceOptions.encoding = encodingFromName(parser.value(encoding));
        if (!sourceOptions.encoding)
            return bad(QStringLiteral("--encoding \"%1\" is not an encoding (auto, utf-8, utf-8-bom, utf-16le, "
                                      "utf-16be, gb18030, gbk, windows-1252)")
                           .arg(parser.value(encoding)));
    }
    if (parser.isSet(delimiter)) {
        const QString d = parser.value(delimiter);
        if (d == u"tab" || d == u"\\t")
            sourceOptions.delimiter = u'\t';
        else if (d == u"," || d == u";" || d == u"|")
            sourceOptions.delimiter = d.front();
        else
            return bad(QStringLiteral("--delimiter must be , ; tab or |, not \"%1\"").arg(d));
    }
    if (parser.isSet(noHeader))
        sourceOptions.hasHeader = false;

    ImportOptions options;
    options.entity = *entity;
    Result<LinkAccountBy> link = choiceOption<LinkAccountBy>(
        parser, linkBy, {{"any", LinkAccountBy::Any}, {"name", LinkAccountBy::Name}, {"code", LinkAccountBy::Code}},
        LinkAccountBy::Any);
    if (!link)
        return link.error();
    options.linkAccountBy = *link;
    options.createMissingAccounts = parser.isSet(createAccounts);
    if (parser.isSet(onDuplicate)) {
        const std::optional<DuplicateAction> action = duplicateActionFromKey(parser.value(onDuplicate));
        if (!action)
            return bad(QStringLiteral("--on-duplicate must be skip|update|create, not \"%1\"")
                           .arg(parser.value(onDuplicate)));
        options.onDuplicate = *action;
    }
    Result<std::optional<NumberStyle>> numberStyle = choiceOption<std::optional<NumberStyle>>(
        parser, numbers, {{"dot", NumberStyle::DotDecimal}, {"comma", NumberStyle::CommaDecimal}}, std::nullopt);
    if (!numberStyle)
        return numberStyle.error();
    Result<std::optional<DateOrder>> dateOrder = choiceOption<std::optional<DateOrder>>(
        parser, dates, {{"day-first", DateOrder::DayFirst}, {"month-first", DateOrder::MonthFirst}}, std::nullopt);
    if (!dateOrder)
        return dateOrder.error();
    if (parser.isSet(rejects) && parser.value(rejects).isEmpty())
        return bad(QStringLiteral("--rejects needs a file name"));

    Result<ImportSource> source = readImportSource(path, sourceOptions);
    if (!source)
        return source.error();

    // The header's suggestion, then what the user said. A column may feed several fields
    // (an id and a title from one code), but a suggestion gives way to a --map of its column.
    const ImportMapping suggested = suggestMapping(*entity, source->header);
    options.mapping = suggested;
    QSet<QString> mapped; // fields a --map named
    for (const QString &m : parser.values(map)) {
        Result<std::pair<QString, QString>> a = fieldAssignment(*entity, QStringLiteral("map"), m);
        if (!a)
            return a.error();
        const auto &[field, column] = *a;
        if (!column.isEmpty() && !source->header.contains(column))
            return bad(QStringLiteral("--map %1: %2 has no column \"%3\" (columns: %4)")
                           .arg(m, source->fileName, column, source->header.join(QStringLiteral(", "))));
        for (auto it = suggested.columns.cbegin(); it != suggested.columns.cend(); ++it)
            if (it.value() == column && !mapped.contains(it.key()))
                options.mapping.columns.remove(it.key());
        mapped.insert(field);
        if (column.isEmpty())
            options.mapping.columns.remove(field);
        else
            options.mapping.columns.insert(field, column);
    }
    for (const QString &s : parser.values(set)) {
        Result<std::pair<QString, QString>> a = fieldAssignment(*entity, QStringLiteral("set"), s);
        if (!a)
            return a.error();
        options.mapping.constants.insert(a->first, a->second);
    }
    for (const QString &v : parser.values(mapValue)) {
        const qsizetype colon = v.indexOf(u':');
        if (colon < 0 || v.indexOf(u'=', colon) < 0)
            return bad(QStringLiteral("--map-value \"%1\" must be field:source=target").arg(v));
        Result<std::pair<QString, QString>> a
            = fieldAssignment(*entity, QStringLiteral("map-value"), v.left(colon) + u'=' + v.mid(colon + 1));
        if (!a)
            return a.error();
        const qsizetype eq = a->second.indexOf(u'=');
        options.mapping.values[a->first].insert(a->second.left(eq), a->second.mid(eq + 1));
    }
    options.numbers = numberStyle->value_or(
        detectNumberStyle(samples(*source, options.mapping, *entity,
                                  {FieldKind::Amount, FieldKind::Number, FieldKind::Integer})));
    options.dates = dateOrder->value_or(
        detectDateOrder(samples(*source, options.mapping, *entity, {FieldKind::Date, FieldKind::DateTime})));

    Result<std::unique_ptr<Store>> opened
        = openStore(parser.isSet(dbOption()) ? parser.value(dbOption()) : globalDb, false);
    if (!opened)
        return opened.error();
    Store &store = **opened;
    options.defaultCurrency = defaultCurrency(store); // as the wizard does: the store's choice
    Result<ImportPlan> plan = prepareImport(store, *source, options);
    if (!plan)
        return plan.error();
    Result<ImportReport> report = runImport(store, *plan, {}, parser.isSet(dryRun));
    if (!report)
        return report.error();
    if (parser.isSet(rejects)) {
        if (Result<void> r = writeAtomically(parser.value(rejects),
                                             [&](QIODevice *device) { return writeRejectedRows(*report, *source, device); });
            !r)
            return r;
    }
    if (parser.isSet(json)) {
        out() << QJsonDocument(report->toJson()).toJson(QJsonDocument::Compact) << Qt::endl;
        return {};
    }
    out() << (report->dryRun ? "dry run, nothing written: " : "") << "read " << report->read << " rows of "
          << source->fileName << ": " << report->imported << " imported, " << report->updated << " updated, "
          << report->skipped << " skipped, " << report->rejected << " rejected" << Qt::endl;
    for (size_t i = 0; i < report->errors.size() && i < kListedRejects; ++i) {
        const ImportIssue &e = report->errors[i];
        out() << source->fileName << ':' << e.row << ": " << (e.column.isEmpty() ? QString() : QString(e.column + QStringLiteral(": ")))
              << e.reason << '\n';
    }
    if (report->errors.size() > kListedRejects)
        out() << "... and " << report->errors.size() - kListedRejects << " more"
              << (parser.isSet(rejects) ? QStringLiteral(" in %1").arg(parser.value(rejects)) : QString()) << '\n';
    out().flush();
    return {};
}

} // namespace kam::cli
