// SPDX-License-Identifier: GPL-3.0-or-later
#include "value_commands.h"

#include "analytics/ahp.h"
#include "analytics/fuzzy.h"
#include "analytics/grey.h"
#include "io/csv_reader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

// English and untranslated, like the rest of kamdesk-cli (see cli_commands.cpp). Indices in the
// JSON output are 0-based (they index its arrays); rows and columns in messages are 1-based.

namespace kam::cli {

using analytics::Matrix;

namespace {

const QCommandLineOption kJson(QStringLiteral("json"), QStringLiteral("JSON output."));

QString fixed(double v)
{
    return QString::number(v, 'f', 4);
}

QJsonArray jsonArray(const std::vector<double> &values)
{
    QJsonArray a;
    for (double v : values)
        a.append(v);
    return a;
}

void printJson(const QJsonObject &o)
{
    out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
}

/// A matrix of comparisons or memberships, one CSV record per row; "1/3" is allowed.
Result<Matrix> readMatrix(const QString &path)
{
    Result<std::vector<CsvRecord>> records = readCsvFile(path);
    if (!records)
        return records.error().code == ErrorCode::Io ? records.error()
                                                     : bad(QStringLiteral("%1: %2").arg(path, records.error().message));
    if (records->empty())
        return bad(QStringLiteral("%1 has no rows").arg(path));
    Matrix m;
    m.reserve(records->size());
    for (size_t i = 0; i < records->size(); ++i) {
        const QStringList &fields = (*records)[i].fields;
        std::vector<double> row;
        row.reserve(size_t(fields.size()));
        for (qsizetype j = 0; j < fields.size(); ++j) {
            const std::optional<double> v = analytics::parseComparison(fields[j]);
            if (!v)
                return bad(QStringLiteral("%1: row %2, column %3: \"%4\" is not a number")
                               .arg(path)
                               .arg(i + 1)
                               .arg(j + 1)
                               .arg(fields[j]));
            row.push_back(*v);
        }
        m.push_back(std::move(row));
    }
    return m;
}

/// A comma-separated list of numbers given to `option` ("0.2,0.3,1/2").
Result<std::vector<double>> numberList(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    std::vector<double> values;
    const QStringList parts = parser.value(option).split(u',');
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const std::optional<double> v = analytics::parseComparison(parts[i]);
        if (!v)
            return bad(QStringLiteral("--%1 value %2: \"%3\" is not a number")
                           .arg(option.names().front())
                           .arg(i + 1)
                           .arg(parts[i]));
        values.push_back(*v);
    }
    return values;
}

Result<std::vector<double>> numbersOf(const QJsonValue &value, const QString &where)
{
    if (!value.isArray())
        return bad(QStringLiteral("%1 must be an array of numbers").arg(where));
    std::vector<double> out;
    const QJsonArray a = value.toArray();
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!a.at(i).isDouble())
            return bad(QStringLiteral("%1, value %2 is not a number").arg(where).arg(i + 1));
        out.push_back(a.at(i).toDouble());
    }
    return out;
}

/// {"weights":[…], "membership":[[…], …]} or {"weights":[…], "children":[node, …]}.
Result<analytics::FuzzyNode> fuzzyNode(const QJsonValue &value, const QString &where)
{
    if (!value.isObject())
        return bad(QStringLiteral("%1 is not a JSON object").arg(where));
    const QJsonObject o = value.toObject();
    analytics::FuzzyNode node;
    Result<std::vector<double>> weights = numbersOf(o.value(QStringLiteral("weights")), where + QStringLiteral(": weights"));
    if (!weights)
        return weights.error();
    node.weights = *weights;
    if (o.contains(QStringLiteral("children"))) {
        const QJsonArray children = o.value(QStringLiteral("children")).toArray();
        for (qsizetype i = 0; i < children.size(); ++i) {
            Result<analytics::FuzzyNode> child
                = fuzzyNode(children.at(i), QStringLiteral("%1 → factor %2").arg(where).arg(i + 1));
            if (!child)
                return child.error();
            node.children.push_back(std::move(child).value());
        }
        return node;
    }
    const QJsonValue membership = o.value(QStringLiteral("membership"));
    if (!membership.isArray())
        return bad(QStringLiteral("%1 has neither membership nor children").arg(where));
    const QJsonArray rows = membership.toArray();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        Result<std::vector<double>> row = numbersOf(rows.at(i), QStringLiteral("%1: row %2").arg(where).arg(i + 1));
        if (!row)
            return row.error();
        node.membership.push_back(*row);
    }
    return node;
}

Result<QJsonObject> readJsonObject(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        return bad(QStringLiteral("%1: not valid JSON: %2 at offset %3").arg(path, error.errorString()).arg(error.offset));
    if (!doc.isObject())
        return bad(QStringLiteral("%1: not a JSON object").arg(path));
    return doc.object();
}

} // namespace

const QList<CommandHelp> &valueCommandHelps()
{
    static const QList<CommandHelp> h = {
        {QStringLiteral("ahp"),
         QStringLiteral("kamdesk-cli ahp --matrix FILE.csv [--ri classic|revised] [--json]\n"
                        "  AHP weights of a pairwise-comparison matrix: FILE holds n rows of n\n"
                        "  values on Saaty's 1-9 scale (\"1/3\" allowed), a_ii = 1, a_ji = 1/a_ij.\n"
                        "  Prints the principal-eigenvector weights, lambda_max, CI = (lambda_max -\n"
                        "  n)/(n - 1) and CR = CI/RI with Saaty's classic (1980, default) or revised\n"
                        "  (2000) random index; CR >= 0.10 is inconsistent, and the comparison to\n"
                        "  revisit is named with the value the weights suggest. --json:\n"
                        "  {\"weights\",\"lambda_max\",\"ci\",\"ri\",\"cr\",\"consistent\",\"worst\":\n"
                        "  null|{\"row\",\"column\",\"current\",\"suggested\"}} (0-based indices).\n")},
        {QStringLiteral("fuzzy"),
         QStringLiteral("kamdesk-cli fuzzy --weights W1,W2,... --membership FILE.csv\n"
                        "                  [--operator weighted|maxmin] [--json]\n"
                        "kamdesk-cli fuzzy --model FILE.json [--operator weighted|maxmin] [--json]\n"
                        "  Fuzzy comprehensive evaluation B = W o R: the weights (summing to 1) over\n"
                        "  the factors, FILE one row per factor with its membership in each grade\n"
                        "  (0-1, each row summing to 1). --operator weighted is M(*,+) (default),\n"
                        "  maxmin Zadeh's M(min,max). A multi-level model is JSON {\"weights\":[...],\n"
                        "  \"children\":[{\"weights\":[...],\"membership\":[[...]]}, ...]}, evaluated\n"
                        "  bottom-up. The result is the grade of maximum membership; ties are listed.\n"
                        "  --json: {\"b\":[...],\"grade\":index,\"grades\":[indices],\"tie\":bool}\n"
                        "  (0-based).\n")},
        {QStringLiteral("grey"),
         QStringLiteral("kamdesk-cli grey --data FILE.csv [--rho 0.5] [--weights W1,W2,...] [--json]\n"
                        "  Grey relational analysis: FILE has the header indicator,type,<alternative\n"
                        "  names...> and one row per indicator with type benefit or cost. Each\n"
                        "  indicator is scaled 0-1 (benefit (x-min)/(max-min), cost (max-x)/(max-\n"
                        "  min)), compared with the ideal 1 by the distinguishing coefficient --rho\n"
                        "  (0 < rho <= 1), and weighted (default equal; one weight per indicator,\n"
                        "  summing to 1). Prints the relational grades and the ranking, best first.\n"
                        "  --json: {\"grades\":[...],\"ranking\":[names best first]}.\n")},
    };
    return h;
}

Result<void> ahpCommand(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption matrix(QStringLiteral("matrix"), QStringLiteral("Comparison matrix."), QStringLiteral("FILE"));
    const QCommandLineOption ri(QStringLiteral("ri"), QStringLiteral("classic or revised."), QStringLiteral("TABLE"));
    parser.addOptions({matrix, ri, kJson});
    if (Result<void> r = parse(parser, QStringLiteral("ahp"), args); !r)
        return r;
    if (!parser.isSet(matrix))
        return bad(QStringLiteral("ahp needs --matrix FILE.csv"));
    const QString table = parser.value(ri);
    if (parser.isSet(ri) && table != u"classic" && table != u"revised")
        return bad(QStringLiteral("--ri must be classic or revised, not \"%1\"").arg(table));
    Result<Matrix> m = readMatrix(parser.value(matrix));
    if (!m)
        return m.error();
    const Result<analytics::AhpResult> r
        = analytics::ahp(*m, table == u"revised" ? analytics::RandomIndexTable::Revised : analytics::RandomIndexTable::Classic);
    if (!r)
        return bad(QStringLiteral("%1: %2").arg(parser.value(matrix), r.error().message));
    if (parser.isSet(kJson)) {
        QJsonValue worst;
        if (r->worst.row >= 0)
            worst = QJsonObject{{QStringLiteral("row"), r->worst.row},
                                {QStringLiteral("column"), r->worst.column},
                                {QStringLiteral("current"), r->worst.current},
                                {QStringLiteral("suggested"), r->worst.suggested}};
        printJson({{QStringLiteral("weights"), jsonArray(r->weights)},
                   {QStringLiteral("lambda_max"), r->lambdaMax},
                   {QStringLiteral("ci"), r->ci},
                   {QStringLiteral("ri"), r->ri},
                   {QStringLiteral("cr"), r->cr},
                   {QStringLiteral("consistent"), r->consistent},
                   {QStringLiteral("worst"), worst}});
        return {};
    }
    std::vector<QStringList> rows{{QStringLiteral("ROW"), QStringLiteral("WEIGHT")}};
    for (size_t i = 0; i < r->weights.size(); ++i)
        rows.push_back({QString::number(i + 1), fixed(r->weights[i])});
    printTable(rows);
    out() << "lambda_max " << fixed(r->lambdaMax) << ", CI " << fixed(r->ci) << ", RI " << r->ri << ", CR "
          << fixed(r->cr) << (r->consistent ? QStringLiteral(": consistent") : QStringLiteral(": INCONSISTENT (CR >= 0.10)"))
          << Qt::endl;
    if (r->worst.row >= 0)
        out() << "revisit row " << r->worst.row + 1 << ", column " << r->worst.column + 1 << ": "
              << analytics::formatComparison(r->worst.current) << ", the weights suggest "
              << analytics::formatComparison(r->worst.suggested) << Qt::endl;
    return {};
}

Result<void> fuzzyCommand(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption weightsOption(QStringLiteral("weights"), QStringLiteral("Factor weights."), QStringLiteral("W"));
    const QCommandLineOption membershipOption(QStringLiteral("membership"), QStringLiteral("Membership matrix."),
                                              QStringLiteral("FILE"));
    const QCommandLineOption modelOption(QStringLiteral("model"), QStringLiteral("Multi-level model."), QStringLiteral("FILE"));
    const QCommandLineOption operatorOption(QStringLiteral("operator"), QStringLiteral("weighted or maxmin."),
                                            QStringLiteral("OP"));
    parser.addOptions({weightsOption, membershipOption, modelOption, operatorOption, kJson});
    if (Result<void> r = parse(parser, QStringLiteral("fuzzy"), args); !r)
        return r;
    const QString op = parser.value(operatorOption);
    if (parser.isSet(operatorOption) && op != u"weighted" && op != u"maxmin")
        return bad(QStringLiteral("--operator must be weighted or maxmin, not \"%1\"").arg(op));
    const analytics::FuzzyOperator fuzzyOperator
        = op == u"maxmin" ? analytics::FuzzyOperator::MaxMin : analytics::FuzzyOperator::WeightedAverage;
    const bool flat = parser.isSet(weightsOption) || parser.isSet(membershipOption);
    if (flat == parser.isSet(modelOption) || (flat && !(parser.isSet(weightsOption) && parser.isSet(membershipOption))))
        return bad(QStringLiteral("fuzzy needs either --weights W and --membership FILE.csv, or --model FILE.json"));

    Result<analytics::FuzzyResult> r = makeError(ErrorCode::Invalid, QString());
    if (flat) {
        Result<std::vector<double>> weights = numberList(parser, weightsOption);
        if (!weights)
            return weights.error();
        Result<Matrix> membership = readMatrix(parser.value(membershipOption));
        if (!membership)
            return membership.error();
        r = analytics::fuzzyEvaluate(*weights, *membership, fuzzyOperator);
        if (!r)
            return bad(QStringLiteral("%1: %2").arg(parser.value(membershipOption), r.error().message));
    } else {
        const QString path = parser.value(modelOption);
        Result<QJsonObject> json = readJsonObject(path);
        if (!json)
            return json.error();
        Result<analytics::FuzzyNode> model = fuzzyNode(*json, path);
        if (!model)
            return model.error();
        r = analytics::fuzzyEvaluate(*model, fuzzyOperator);
        if (!r)
            return bad(QStringLiteral("%1: %2").arg(path, r.error().message));
    }
    if (parser.isSet(kJson)) {
        QJsonArray grades;
        for (int g : r->grades)
            grades.append(g);
        printJson({{QStringLiteral("b"), jsonArray(r->b)},
                   {QStringLiteral("grade"), r->grade()},
                   {QStringLiteral("grades"), grades},
                   {QStringLiteral("tie"), r->tie()}});
        return {};
    }
    std::vector<QStringList> rows{{QStringLiteral("GRADE"), QStringLiteral("MEMBERSHIP")}};
    for (size_t j = 0; j < r->b.size(); ++j)
        rows.push_back({QString::number(j + 1), fixed(r->b[j])});
    printTable(rows);
    QStringList best;
    for (int g : r->grades)
        best << QString::number(g + 1);
    out() << (r->tie() ? QStringLiteral("result: a tie of grades ") : QStringLiteral("result: grade "))
          << best.join(QStringLiteral(", ")) << Qt::endl;
    return {};
}

Result<void> greyCommand(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption dataOption(QStringLiteral("data"), QStringLiteral("Indicators."), QStringLiteral("FILE"));
    const QCommandLineOption rhoOption(QStringLiteral("rho"), QStringLiteral("Distinguishing coefficient."),
                                       QStringLiteral("R"));
    const QCommandLineOption weightsOption(QStringLiteral("weights"), QStringLiteral("Indicator weights."),
                                           QStringLiteral("W"));
    parser.addOptions({dataOption, rhoOption, weightsOption, kJson});
    if (Result<void> r = parse(parser, QStringLiteral("grey"), args); !r)
        return r;
    if (!parser.isSet(dataOption))
        return bad(QStringLiteral("grey needs --data FILE.csv"));
    analytics::GreyInput input;
    if (parser.isSet(rhoOption)) {
        bool ok = false;
        input.rho = QLocale::c().toDouble(parser.value(rhoOption), &ok);
        if (!ok)
            return bad(QStringLiteral("--rho must be a number, not \"%1\"").arg(parser.value(rhoOption)));
    }
    if (parser.isSet(weightsOption)) {
        Result<std::vector<double>> weights = numberList(parser, weightsOption);
        if (!weights)
            return weights.error();
        input.weights = *weights;
    }
    const QString path = parser.value(dataOption);
    Result<std::vector<CsvRecord>> records = readCsvFile(path);
    if (!records)
        return records.error().code == ErrorCode::Io ? records.error()
                                                     : bad(QStringLiteral("%1: %2").arg(path, records.error().message));
    if (records->empty())
        return bad(QStringLiteral("%1 is empty").arg(path));
    const CsvRecord &header = records->front();
    if (header.fields.size() < 3 || header.fields[0].trimmed().compare(u"indicator", Qt::CaseInsensitive) != 0
        || header.fields[1].trimmed().compare(u"type", Qt::CaseInsensitive) != 0)
        return bad(QStringLiteral("%1: line %2: the header must be indicator,type,<alternative names...>")
                       .arg(path)
                       .arg(header.line));
    const QStringList names = header.fields.mid(2);
    for (size_t i = 1; i < records->size(); ++i) {
        const CsvRecord &record = (*records)[i];
        if (record.fields.size() != header.fields.size())
            return bad(QStringLiteral("%1: line %2 has %3 fields, not %4 as the header")
                           .arg(path)
                           .arg(record.line)
                           .arg(record.fields.size())
                           .arg(header.fields.size()));
        const QString type = record.fields[1].trimmed().toLower();
        if (type != u"benefit" && type != u"cost")
            return bad(QStringLiteral("%1: line %2, column 2: the type must be benefit or cost, not \"%3\"")
                           .arg(path)
                           .arg(record.line)
                           .arg(record.fields[1]));
        input.types.push_back(type == u"benefit" ? analytics::IndicatorType::Benefit : analytics::IndicatorType::Cost);
        std::vector<double> values;
        for (qsizetype c = 2; c < record.fields.size(); ++c) {
            bool ok = false;
            const double v = QLocale::c().toDouble(record.fields[c].trimmed(), &ok);
            if (!ok || !std::isfinite(v))
                return bad(QStringLiteral("%1: line %2, column %3: \"%4\" is not a number")
                               .arg(path)
                               .arg(record.line)
                               .arg(c + 1)
                               .arg(record.fields[c]));
            values.push_back(v);
        }
        input.values.push_back(std::move(values));
    }
    const Result<analytics::GreyResult> r = analytics::greyRelational(input);
    if (!r)
        return bad(QStringLiteral("%1: %2").arg(path, r.error().message));
    if (parser.isSet(kJson)) {
        QJsonArray ranking;
        for (int k : r->ranking)
            ranking.append(names[k]);
        printJson({{QStringLiteral("grades"), jsonArray(r->grades)}, {QStringLiteral("ranking"), ranking}});
        return {};
    }
    std::vector<QStringList> rows{{QStringLiteral("RANK"), QStringLiteral("ALTERNATIVE"), QStringLiteral("GRADE")}};
    for (size_t position = 0; position < r->ranking.size(); ++position) {
        const int k = r->ranking[position];
        rows.push_back({QString::number(position + 1), names[k], fixed(r->grades[size_t(k)])});
    }
    printTable(rows);
    return {};
}

} // namespace kam::cli
