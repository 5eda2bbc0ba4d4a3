// SPDX-License-Identifier: GPL-3.0-or-later
// CSV per RFC 4180 and the account export both the CLI and File ▸ Export use.

#include "io/account_export.h"
#include "io/csv_writer.h"
#include "support/store_fixture.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace kam;

class TestExport : public QObject
{
    Q_OBJECT

private slots:
    void escape_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        QTest::addRow("plain") << "华东钢铁" << "华东钢铁";
        QTest::addRow("comma") << "Fuyao, Ltd." << "\"Fuyao, Ltd.\"";
        QTest::addRow("quote") << "the \"big\" one" << "\"the \"\"big\"\" one\"";
        QTest::addRow("newline") << "line 1\nline 2" << "\"line 1\nline 2\"";
        QTest::addRow("carriage return") << "a\rb" << "\"a\rb\"";
        QTest::addRow("leading space") << " x" << "\" x\"";
        QTest::addRow("empty") << "" << "";
    }
    void escape()
    {
        QFETCH(QString, field);
        QFETCH(QString, expected);
        QCOMPARE(CsvWriter::escape(field), expected);
    }

    void rowsEndInCrlfWithOptionalBom()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter csv(&buffer, CsvWriter::Bom::Yes);
        csv.writeRow({"a", "b,c"});
        csv.writeRow({"", "\"q\""});
        QVERIFY(csv.ok());
        QCOMPARE(buffer.data(), QByteArray("\xEF\xBB\xBF" "a,\"b,c\"\r\n,\"\"\"q\"\"\"\r\n"));
    }

    void decimalAmount_data()
    {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("expected");
        QTest::addRow("fen") << qint64(123456) << "CNY" << "1234.56";
        QTest::addRow("small") << qint64(5) << "CNY" << "0.05";
        QTest::addRow("negative") << qint64(-150) << "USD" << "-1.50";
        QTest::addRow("yen") << qint64(1500) << "JPY" << "1500";
        QTest::addRow("beyond double") << qint64(9007199254740993) << "CNY" << "90071992547409.93";
    }
    void decimalAmount()
    {
        QFETCH(qint64, minor);
        QFETCH(QString, currency);
        QFETCH(QString, expected);
        QCOMPARE(kam::decimalAmount(Money{minor, currency}), expected);
    }

    void givenStore_whenExported_thenCsvAndJsonCarryEveryAccount()
    {
        QTemporaryDir dir;
        auto store = test::openStore(dir);
        QVERIFY(store);
        Account a = test::sampleAccount("徐工集团工程机械股份有限公司", 7);
        a.notes = "Framework contract, renewed\nevery March";
        a.annualRevenueMinor = 123456;
        a.ownerId = store->currentUserId();
        QVERIFY(store->create(a));
        QVERIFY(store->create(test::sampleAccount("Weichai Power")));

        const QString csvPath = dir.filePath("out.csv");
        Result<int> n = exportAccountsToFile(*store, csvPath, ExportFormat::Csv);
        QVERIFY2(n, n ? "" : qPrintable(n.error().message));
        QCOMPARE(*n, 2);
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray bytes = csv.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF" + accountExportColumns().join(',').toUtf8() + "\r\n"));
        const QString text = QString::fromUtf8(bytes);
        QVERIFY(text.contains("\"Framework contract, renewed\nevery March\""));
        QVERIFY(text.contains(",1234.56,"));

        QBuffer json;
        json.open(QIODevice::WriteOnly);
        QVERIFY(exportAccounts(*store, &json, ExportFormat::Json));
        const QJsonArray rows = QJsonDocument::fromJson(json.data()).array();
        QCOMPARE(rows.size(), 2);
        QJsonObject xcmg;
        for (const QJsonValue &v : rows)
            if (v["legal_name"].toString().startsWith("徐工"))
                xcmg = v.toObject();
        QCOMPARE(xcmg["credit_code"].toString(), test::creditCode(7));
        QCOMPARE(xcmg["annual_revenue"].toString(), QStringLiteral("1234.56"));
        QCOMPARE(xcmg["kind"].toString(), QStringLiteral("enterprise"));
        QCOMPARE(xcmg["owner_name"].toString(), store->get<User>(store->currentUserId())->name);
        QVERIFY(xcmg["parent_id"].isNull());
        QCOMPARE(QStringList(xcmg.keys()).size(), accountExportColumns().size());
    }

    void givenUnwritablePath_whenExported_thenErrorAndNoFile()
    {
        QTemporaryDir dir;
        auto store = test::openStore(dir);
        const QString path = dir.filePath("missing/out.csv");
        Result<int> n = exportAccountsToFile(*store, path, ExportFormat::Csv);
        QVERIFY(!n);
        QVERIFY2(n.error().message.contains(path), qPrintable(n.error().message));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
