// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the kamdesk-cli command files share: the output stream, argument parsing and tables.

#include "domain/result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <vector>

class QIODevice;

namespace kam {
class Store;
}

namespace kam::cli {

/// One command's entry in the help.
struct CommandHelp
{
    QString name;
    QString text;
};

/// stdout, for every command's output.
QTextStream &out();

/// A usage error.
Error bad(const QString &message);

/// The option as typed: "-x" or "--name".
QString dashed(const QString &optionName);

/// --db FILE, which every command understands so that it may also follow the command.
const QCommandLineOption &dbOption();

/// Parses the arguments after `command` with `parser`; unknown options and stray words fail.
Result<void> parse(QCommandLineParser &parser, const QString &command, const QStringList &args);

/// Opens the store; only commands that create one may be given a path that does not exist, so
/// a mistyped path never leaves an empty store behind.
Result<std::unique_ptr<Store>> openStore(const QString &path, bool mayCreate);

/// stdout as a QIODevice for the exporters, after anything the text stream still holds.
Result<void> withStdout(const std::function<Result<void>(QIODevice *)> &write);

/// Prints `rows` (the first is the header) as aligned columns; CJK text counts double wide.
void printTable(const std::vector<QStringList> &rows);

} // namespace kam::cli
