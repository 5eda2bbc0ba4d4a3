// SPDX-License-Identifier: GPL-3.0-or-later
// RFC 4180 output that a spreadsheet and a strict parser read back exactly, and the account
// export built on it.

#include "io/account_export.h"
#include "io/csv_writer.h"
#include "io/table_export.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardItemModel>
#include <QTest>

#include <limits>
#include <optional>

using namespace kam;

namespace {

/// A strict RFC 4180 reader (CRLF records, quoted fields may hold anything): the test's own,
/// so a round trip checks the writer against the grammar, not against itself.
std::optional<QList<QStringList>> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    qsizetype i = 0;
    const qsizetype n = text.size();
    if (n == 0)
        return rows;
    for (;;) {
        if (i < n && text[i] == u'"') {
            ++i;
            for (;;) {
                if (i >= n)
                    return std::nullopt; // unterminated quote
                if (text[i] == u'"') {
                    if (i + 1 < n && text[i + 1] == u'"') {
                        field += u'"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text[i++];
            }
        } else {
            while (i < n && text[i] != u',' && text[i] != u'\r' && text[i] != u'\n') {
                if (text[i] == u'"')
                    return std::nullopt; // a bare quote inside an unquoted field
                field += text[i++];
            }
        }
        row << field;
        field.clear();
        if (i < n && text[i] == u',') {
            ++i;
            continue;
        }
        if (i + 1 < n && text[i] == u'\r' && text[i + 1] == u'\n') {
            i += 2;
            rows << row;
            row.clear();
            if (i == n)
                return rows;
            continue;
        }
        return std::nullopt; // bare CR or LF outside quotes, or no CRLF at the end
    }
}

QByteArray written(const QList<QStringList> &rows, CsvWriter::Bom bom)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter csv(&buffer, bom);
    for (const QStringList &row : rows)
        csv.writeRow(row);
    return csv.ok() ? buffer.data() : QByteArray("write failed");
}

} // namespace

class TestCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void givenField_whenEscaped_thenQuotedOnlyWhenNeeded_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        QTest::addRow("plain") << "ACME"
                               << "ACME";
        QTest::addRow("chinese") << "华东钢铁集团有限公司"
                                 << "华东钢铁集团有限公司";
        QTest::addRow("inner space") << "Iron & Steel"
                                     << "Iron & Steel";
        QTest::addRow("empty") << ""
                               << "";
        QTest::addRow("comma") << "Co., Ltd."
                               << "\"Co., Ltd.\"";
        QTest::addRow("quote") << "the \"big\" one"
                               << "\"the \"\"big\"\" one\"";
        QTest::addRow("only a quote") << "\""
                                      << "\"\"\"\"";
        QTest::addRow("newline") << "line 1\nline 2"
                                 << "\"line 1\nline 2\"";
        QTest::addRow("crlf") << "a\r\nb"
                              << "\"a\r\nb\"";
        QTest::addRow("carriage return") << "a\rb"
                                         << "\"a\rb\"";
        QTest::addRow("leading space") << " x"
                                       << "\" x\"";
        QTest::addRow("trailing space") << "x "
                                        << "\"x \"";
        QTest::addRow("only spaces") << "  "
                                     << "\"  \"";
    }
    void givenField_whenEscaped_thenQuotedOnlyWhenNeeded()
    {
        QFETCH(QString, field);
        QFETCH(QString, expected);
        QCOMPARE(CsvWriter::escape(field), expected);
    }

    void givenRows_whenWritten_thenCrlfRecordsAndBomOnlyWhenAsked()
    {
        const QList<QStringList> rows = { { "a", "b,c" }, { "", "\"q\"" } };
        // Then: records end in CRLF, fields are joined by commas, quotes doubled …
        const QByteArray body = "a,\"b,c\"\r\n,\"\"\"q\"\"\"\r\n";
        QCOMPARE(written(rows, CsvWriter::Bom::No), body);
        // … and the BOM, for spreadsheet programs, is the only difference.
        QCOMPARE(written(rows, CsvWriter::Bom::Yes), QByteArray("\xEF\xBB\xBF") + body);
        QCOMPARE(written({}, CsvWriter::Bom::Yes), QByteArray("\xEF\xBB\xBF"));
        QCOMPARE(written({}, CsvWriter::Bom::No), QByteArray());
    }

    // Given a tree model, when exported as a view shows it (two columns, the second first),
    // then the header and rows hold those columns in that order, children after their parent,
    // and the BOM is there only when asked.
    void givenTreeModel_whenExportedAsTable_thenShownColumnsInOrderAndBomAsAsked()
    {
        QStandardItemModel model;
        model.setHorizontalHeaderLabels({ "名称", "hidden", "Region" });
        QList<QStandardItem *> group { new QStandardItem("宝钢集团"), new QStandardItem("x"),
                                       new QStandardItem("华东") };
        group.front()->appendRow({ new QStandardItem("湛江钢铁"), new QStandardItem("y"),
                                   new QStandardItem("华南, 广东") });
        model.appendRow(group);
        model.appendRow({ new QStandardItem("国网江苏"), new QStandardItem("z"), new QStandardItem("") });
        for (const CsvWriter::Bom bom : { CsvWriter::Bom::No, CsvWriter::Bom::Yes }) {
            QBuffer buffer;
            QVERIFY(buffer.open(QIODevice::WriteOnly));
            const Result<int> rows = exportTableToCsv(model, { 2, 0 }, &buffer, bom);
            QVERIFY2(rows, rows ? "" : qPrintable(rows.error().message));
            QCOMPARE(*rows, 3);
            const QByteArray body = "Region,名称\r\n华东,宝钢集团\r\n\"华南, 广东\",湛江钢铁\r\n,国网江苏\r\n";
            QCOMPARE(buffer.data(), bom == CsvWriter::Bom::Yes ? "\xEF\xBB\xBF" + body : body);
        }
    }

    void givenTrickyFields_whenWrittenAndParsed_thenSameFields()
    {
        // Given fields with every character that needs care, in one file …
        const QList<QStringList> rows = {
            { "id", "legal_name", "notes" },
            { "1", "华东钢铁集团有限公司", "首次拜访：采购部\r\n第二行" },
            { "2", "Smith, Jones & Co., Ltd.", "he said \"fine\"\nthen left" },
            { "3", " padded ", "" },
            { "4", "", "\"" },
            { "5", "tab\there", "bare\rcr" },
        };
        // When it is written and read back by a strict RFC 4180 reader …
        const QByteArray bytes = written(rows, CsvWriter::Bom::Yes);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const std::optional<QList<QStringList>> parsed = parseCsv(QString::fromUtf8(bytes.mid(3)));
        // … then every field comes back exactly, and the embedded line breaks did not split rows.
        QVERIFY(parsed.has_value());
        QCOMPARE(parsed->size(), rows.size());
        QCOMPARE(*parsed, rows);
    }

    void givenDeviceThatRefuses_whenWritten_thenNotOkAndExportFails()
    {
        QBuffer readOnly;
        readOnly.open(QIODevice::ReadOnly);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("ReadOnly device"));
        CsvWriter csv(&readOnly);
        csv.writeRow({ "a" });
        QVERIFY(!csv.ok());

        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("ReadOnly device"));
        Result<void> r = exportAccountsCsv({}, {}, &readOnly);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Io);
    }

    void givenAmount_whenExported_thenExactDecimal_data()
    {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("expected");
        QTest::addRow("zero") << qint64(0) << "CNY"
                              << "0.00";
        QTest::addRow("fen") << qint64(5) << "CNY"
                             << "0.05";
        QTest::addRow("negative fen") << qint64(-5) << "CNY"
                                      << "-0.05";
        QTest::addRow("billions") << qint64(1234567890123) << "USD"
                                  << "12345678901.23";
        QTest::addRow("largest") << std::numeric_limits<qint64>::max() << "CNY"
                                 << "92233720368547758.07";
        QTest::addRow("most negative") << std::numeric_limits<qint64>::min() << "EUR"
                                       << "-92233720368547758.08";
    }
    void givenAmount_whenExported_thenExactDecimal()
    {
        QFETCH(qint64, minor);
        QFETCH(QString, currency);
        QFETCH(QString, expected);
        QCOMPARE(decimalAmount(Money { minor, currency }), expected);
    }

    void givenAccounts_whenExported_thenStableColumnsInCsvAndJson()
    {
        Account a;
        a.meta.id = "a-1";
        a.meta.createdAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
        a.meta.updatedAt = a.meta.createdAt;
        a.legalName = "华东钢铁集团有限公司";
        a.kind = AccountKind::Channel;
        a.tier = Tier::Core;
        a.ownerId = "u-1";
        a.annualRevenueMinor = 150;
        a.notes = "line 1\nline \"2\", end";
        const QHash<QString, QString> names = { { "u-1", "王伟" } };

        QBuffer csvOut;
        csvOut.open(QIODevice::WriteOnly);
        QVERIFY(exportAccountsCsv({ a, a }, names, &csvOut));
        QVERIFY(csvOut.data().startsWith("\xEF\xBB\xBF"));
        const std::optional<QList<QStringList>> rows
            = parseCsv(QString::fromUtf8(csvOut.data().mid(3)));
        QVERIFY(rows.has_value());
        QCOMPARE(rows->size(), 3);
        QCOMPARE(
            rows->at(0).join(','),
            QString("id,legal_name,short_name,kind,industry,region,address,credit_code,tax_id,"
                    "parent_id,tier,lifecycle,owner_id,owner_name,currency,annual_revenue,notes,"
                    "created_at,updated_at"));
        const QStringList &row = rows->at(1);
        const auto cell = [&](const char *column) { return row.at(rows->at(0).indexOf(column)); };
        QCOMPARE(cell("legal_name"), a.legalName);
        QCOMPARE(cell("kind"), QString("channel"));
        QCOMPARE(cell("tier"), QString("core"));
        QCOMPARE(cell("owner_name"), QString("王伟"));
        QCOMPARE(cell("annual_revenue"), QString("1.50"));
        QCOMPARE(cell("notes"), a.notes);
        QVERIFY2(cell("created_at").startsWith("2026-01-02T03:04:05")
                     && cell("created_at").endsWith('Z'),
                 qPrintable(cell("created_at")));

        QBuffer jsonOut;
        jsonOut.open(QIODevice::WriteOnly);
        QVERIFY(exportAccountsJson({ a }, names, &jsonOut));
        const QJsonArray array = QJsonDocument::fromJson(jsonOut.data()).array();
        QCOMPARE(array.size(), 1);
        const QJsonObject o = array.first().toObject();
        QCOMPARE(o.keys().size(), accountExportColumns().size());
        QCOMPARE(o["annual_revenue"].toString(), QString("1.50"));
        QCOMPARE(o["notes"].toString(), a.notes);
        QVERIFY(o["parent_id"].isNull());
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csv_writer.moc"
