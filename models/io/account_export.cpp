// SPDX-License-Identifier: GPL-3.0-or-later
#include "account_export.h"

#include "csv_writer.h"
#include "store/row_codec.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace kam {

namespace {

/// One account as (column, text) pairs in accountExportColumns() order.
QStringList exportValues(const Account &a, const QHash<QString, QString> &userNames)
{
    return { a.meta.id,
             a.legalName,
             a.shortName,
             enumCode(a.kind),
             a.industry,
             a.region,
             a.address,
             a.creditCode,
             a.taxId,
             a.parentId,
             enumCode(a.tier),
             enumCode(a.lifecycle),
             a.ownerId,
             userNames.value(a.ownerId),
             a.currency,
             decimalAmount(a.annualRevenue()),
             a.notes,
             toStoredTime(a.meta.createdAt),
             toStoredTime(a.meta.updatedAt) };
}

Error writeFailed(const QIODevice *out)
{
    return makeError(ErrorCode::Io,
                     QCoreApplication::translate("kam::Export", "Writing the export failed: %1")
                         .arg(out->errorString()));
}

} // namespace

QStringList accountExportColumns()
{
    return { QStringLiteral("id"),         QStringLiteral("legal_name"),
             QStringLiteral("short_name"), QStringLiteral("kind"),
             QStringLiteral("industry"),   QStringLiteral("region"),
             QStringLiteral("address"),    QStringLiteral("credit_code"),
             QStringLiteral("tax_id"),     QStringLiteral("parent_id"),
             QStringLiteral("tier"),       QStringLiteral("lifecycle"),
             QStringLiteral("owner_id"),   QStringLiteral("owner_name"),
             QStringLiteral("currency"),   QStringLiteral("annual_revenue"),
             QStringLiteral("notes"),      QStringLiteral("created_at"),
             QStringLiteral("updated_at") };
}

QString decimalAmount(const Money &money)
{
    const int digits = currencyDigits(money.currency);
    if (digits == 0)
        return QString::number(money.minor);
    quint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    // Unsigned magnitude: -minor would overflow for the most negative qint64.
    const quint64 abs = money.minor < 0 ? 0 - quint64(money.minor) : quint64(money.minor);
    return QStringLiteral("%1%2.%3")
        .arg(money.minor < 0 ? QStringLiteral("-") : QString())
        .arg(abs / scale)
        .arg(abs % scale, digits, 10, QLatin1Char('0'));
}

Result<void> exportAccountsCsv(const std::vector<Account> &accounts,
                               const QHash<QString, QString> &userNames, QIODevice *out)
{
    CsvWriter csv(out, CsvWriter::Bom::Yes);
    csv.writeRow(accountExportColumns());
    for (const Account &a : accounts)
        csv.writeRow(exportValues(a, userNames));
    if (!csv.ok())
        return writeFailed(out);
    return {};
}

Result<void> exportAccountsJson(const std::vector<Account> &accounts,
                                const QHash<QString, QString> &userNames, QIODevice *out)
{
    std::vector<QStringList> rows;
    rows.reserve(accounts.size());
    for (const Account &a : accounts)
        rows.push_back(exportValues(a, userNames));
    const QByteArray bytes = jsonRecords(accountExportColumns(), rows);
    if (out->write(bytes) != bytes.size())
        return writeFailed(out);
    return {};
}

QByteArray jsonRecords(const QStringList &keys, const std::vector<QStringList> &rows)
{
    QJsonArray array;
    for (const QStringList &cells : rows) {
        QJsonObject o;
        for (qsizetype i = 0; i < keys.size(); ++i)
            o.insert(keys[i], cells[i].isEmpty() ? QJsonValue() : QJsonValue(cells[i]));
        array.append(o);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

Result<int> exportAccounts(const Store &store, QIODevice *out, ExportFormat format)
{
    Result<std::vector<Account>> accounts = store.accounts();
    if (!accounts)
        return accounts.error();
    Result<QHash<QString, QString>> names = store.userNames();
    if (!names)
        return names.error();
    Result<void> written = format == ExportFormat::Csv ? exportAccountsCsv(*accounts, *names, out)
                                                       : exportAccountsJson(*accounts, *names, out);
    if (!written)
        return written.error();
    return int(accounts->size());
}

Result<int> exportAccountsToFile(const Store &store, const QString &path, ExportFormat format)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("kam::Export", "Cannot write %1: %2")
                             .arg(path, file.errorString()));
    Result<int> count = exportAccounts(store, &file, format);
    if (!count)
        return count; // QSaveFile discards the partial file
    if (!file.commit())
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("kam::Export", "Cannot write %1: %2")
                             .arg(path, file.errorString()));
    return count;
}

} // namespace kam
