// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli_support.h"

#include "store/store.h"

#include <QFile>

#include <algorithm>

namespace kam::cli {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

Error bad(const QString &message)
{
    return makeError(ErrorCode::Invalid, message);
}

QString dashed(const QString &optionName)
{
    return (optionName.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + optionName;
}

const QCommandLineOption &dbOption()
{
    static const QCommandLineOption o(QStringList { QStringLiteral("db") },
                                      QStringLiteral("The store file."), QStringLiteral("FILE"));
    return o;
}

Result<void> parse(QCommandLineParser &parser, const QString &command, const QStringList &args)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption(dbOption());
    // QCommandLineParser takes the program name first.
    const bool parsed = parser.parse(QStringList { command } + args);
    if (!parser.unknownOptionNames().isEmpty())
        return bad(QStringLiteral("unknown option %1 for %2 (see %2 --help)")
                       .arg(dashed(parser.unknownOptionNames().front()), command));
    if (!parsed)
        return bad(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return bad(
            QStringLiteral("unexpected argument %1").arg(parser.positionalArguments().front()));
    return {};
}

Result<std::unique_ptr<Store>> openStore(const QString &path, bool mayCreate)
{
    if (path.isEmpty())
        return bad(QStringLiteral("--db FILE is required"));
    if (!mayCreate && !QFile::exists(path))
        return makeError(
            ErrorCode::NotFound,
            QStringLiteral("%1 does not exist (create it with init or demo)").arg(path));
    return Store::open(path);
}

Result<void> withStdout(const std::function<Result<void>(QIODevice *)> &write)
{
    out().flush();
    QFile file;
    if (!file.open(stdout, QIODevice::WriteOnly))
        return makeError(ErrorCode::Io,
                         QStringLiteral("cannot write to stdout: %1").arg(file.errorString()));
    Result<void> r = write(&file);
    file.flush();
    return r;
}

namespace {

/// Terminal columns a string takes: CJK and full-width characters take two.
int displayWidth(const QString &text)
{
    int w = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF)
            || (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF)
            || (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60)
            || (u >= 0xFFE0 && u <= 0xFFE6);
        w += wide ? 2 : 1;
    }
    return w;
}

} // namespace

void printTable(const std::vector<QStringList> &rows)
{
    std::vector<int> widths(rows.front().size(), 0);
    for (const QStringList &row : rows)
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[size_t(c)] = std::max(widths[size_t(c)], displayWidth(row[c]));
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c) {
            line += row[c];
            if (c + 1 < row.size())
                line += QString(widths[size_t(c)] - displayWidth(row[c]) + 2, QLatin1Char(' '));
        }
        out() << line << '\n';
    }
    out().flush();
}


} // namespace kam::cli
