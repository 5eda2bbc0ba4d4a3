// SPDX-License-Identifier: GPL-3.0-or-later
// Reading a file for import: which encoding it is in, decoding it without silently replacing
// bytes, how it is split (delimiter, line ends, quotes, header), and the column names and rows
// the import sees; checked on one small fixture per quirk and on the real datasets.

#include "io/import_source.h"
#include "io/text_decoding.h"
#include "io/value_parsing.h"
#include "support/result_check.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace kam;

Q_DECLARE_METATYPE(kam::TextEncoding)
Q_DECLARE_METATYPE(kam::LineEnding)

namespace {

QString fixture(const QString &name)
{
    return QDir(qEnvironmentVariable("KAM_SOURCE_DIR")).filePath("tests/io/fixtures/" + name);
}

QString dataset(const QString &path)
{
    return QDir(qEnvironmentVariable("KAM_SOURCE_DIR")).filePath("../shared/datasets/" + path);
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int indexOf(const ImportSource &source, const QString &column)
{
    return int(source.header.indexOf(column));
}

} // namespace

class TestTextDecoding : public QObject
{
    Q_OBJECT

private slots:
    void detection_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<TextEncoding>("encoding");
        QTest::newRow("UTF-8") << "utf8.csv" << TextEncoding::Utf8;
        QTest::newRow("UTF-8 with BOM") << "utf8_bom.csv" << TextEncoding::Utf8Bom;
        QTest::newRow("GB18030") << "gb18030.csv" << TextEncoding::Gb18030;
        QTest::newRow("Windows-1252") << "windows1252.csv" << TextEncoding::Windows1252;
        QTest::newRow("ASCII") << "no_header.csv" << TextEncoding::Utf8;
    }

    void detection()
    {
        QFETCH(QString, file);
        QFETCH(TextEncoding, encoding);
        QCOMPARE(detectEncoding(bytesOf(fixture(file))), encoding);
    }

    void detectionOfShortSamples()
    {
        QCOMPARE(detectEncoding(QByteArray("\xff\xfe"
                                           "a\0",
                                           4)),
                 TextEncoding::Utf16Le);
        QCOMPARE(detectEncoding(QByteArray("\xfe\xff\0a", 4)), TextEncoding::Utf16Be);
        QCOMPARE(detectEncoding(QByteArray()), TextEncoding::Utf8);
        // A sample that ends inside a UTF-8 character is still UTF-8.
        QCOMPARE(detectEncoding(QByteArray("caf\xc3")), TextEncoding::Utf8);
        // French text whose accented letters are followed by ASCII letters decodes as GB18030
        // too ("résumés" is r E9 73 u m E9 73), but its pairs are not Chinese ones.
        QCOMPARE(detectEncoding(QByteArray("r\xe9sum\xe9s")), TextEncoding::Windows1252);
        QCOMPARE(detectEncoding(QString("中文名称").toUtf8()), TextEncoding::Utf8);
    }

    void decoding_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("contains");
        QTest::newRow("UTF-8") << "utf8.csv"
                               << "上海宝钢有限公司,上海";
        QTest::newRow("GB18030") << "gb18030.csv"
                                 << "上海宝钢（集团）有限公司,上海,\"¥1,234\"";
        QTest::newRow("Windows-1252") << "windows1252.csv"
                                      << "Café Lumière,Besançon,12 €\r\nMüller";
    }

    void decoding()
    {
        QFETCH(QString, file);
        QFETCH(QString, contains);
        const QByteArray bytes = bytesOf(fixture(file));
        const Result<QString> text = decodeText(bytes, detectEncoding(bytes));
        KAM_VERIFY_RESULT(text);
        QVERIFY2(text->contains(contains), qPrintable(*text));
    }

    void bomIsDropped()
    {
        const Result<QString> text
            = decodeText(bytesOf(fixture("utf8_bom.csv")), TextEncoding::Utf8Bom);
        KAM_VERIFY_RESULT(text);
        QVERIFY(text->startsWith("名称,城市\n"));
        QCOMPARE(*decodeText(QByteArray("\xff\xfe"
                                        "a\0b\0",
                                        6),
                             TextEncoding::Utf16Le),
                 QString("ab"));
    }

    void badBytesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<TextEncoding>("encoding");
        QTest::addColumn<QString>("message");
        QTest::newRow("Windows-1252 read as UTF-8")
            << QByteArray("a,b\nc,d\ncaf\xe9,x\n") << TextEncoding::Utf8
            << "line 3: byte 0xE9 at offset 11 is not valid utf-8";
        QTest::newRow("truncated UTF-8 at the end")
            << QByteArray("ok\n\xe4\xb8") << TextEncoding::Utf8
            << "line 2: byte 0xE4 at offset 3 is not valid utf-8";
        QTest::newRow("French read as GB18030")
            << QByteArray("x\r\ny\r\nCaf\xe9 au lait\r\n") << TextEncoding::Gb18030
            << "line 3: byte 0xE9 at offset 9 is not valid gb18030";
        QTest::newRow("truncated GB18030 at the end")
            << QByteArray("\xc3\xfb\xb3") << TextEncoding::Gb18030
            << "line 1: byte 0xB3 at offset 2 is not valid gb18030";
        QTest::newRow("lone CR lines count") << QByteArray("a\rb\r\xff") << TextEncoding::Utf8
                                             << "line 3: byte 0xFF at offset 4 is not valid utf-8";
    }

    void badBytesAreRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(TextEncoding, encoding);
        QFETCH(QString, message);
        const Result<QString> text = decodeText(bytes, encoding);
        QVERIFY(!text);
        QCOMPARE(text.error().code, ErrorCode::Invalid);
        QCOMPARE(text.error().message, message);
    }

    void names()
    {
        for (TextEncoding e :
             { TextEncoding::Utf8, TextEncoding::Utf8Bom, TextEncoding::Utf16Le,
               TextEncoding::Utf16Be, TextEncoding::Gb18030, TextEncoding::Windows1252 })
            QCOMPARE(encodingFromName(encodingName(e)), e);
        QCOMPARE(encodingName(TextEncoding::Gb18030), QString("gb18030"));
        QCOMPARE(encodingFromName(u"GBK"), TextEncoding::Gb18030);
        QCOMPARE(encodingFromName(u"CP1252"), TextEncoding::Windows1252);
        QCOMPARE(encodingFromName(u"Latin1"), TextEncoding::Windows1252);
        QCOMPARE(encodingFromName(u"auto"), std::nullopt);
    }

    void dialect_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QChar>("delimiter");
        QTest::addColumn<LineEnding>("lineEnding");
        QTest::addColumn<bool>("quoted");
        QTest::addColumn<bool>("hasHeader");
        QTest::newRow("plain") << "utf8.csv" << QChar(',') << LineEnding::Lf << true << true;
        QTest::newRow("German") << "semicolon_comma_decimal.csv" << QChar(';') << LineEnding::Lf
                                << false << true;
        QTest::newRow("tab") << "tab.tsv" << QChar('\t') << LineEnding::Lf << true << true;
        QTest::newRow("CR only") << "cr_only.csv" << QChar(',') << LineEnding::Cr << true << true;
        QTest::newRow("CRLF and quotes")
            << "embedded_newlines.csv" << QChar(',') << LineEnding::CrLf << true << true;
        QTest::newRow("no header")
            << "no_header.csv" << QChar(',') << LineEnding::Lf << false << false;
    }

    void dialect()
    {
        QFETCH(QString, file);
        QFETCH(QChar, delimiter);
        QFETCH(LineEnding, lineEnding);
        QFETCH(bool, quoted);
        QFETCH(bool, hasHeader);
        const QByteArray bytes = bytesOf(fixture(file));
        const CsvDialect d = detectCsvDialect(*decodeText(bytes, detectEncoding(bytes)));
        QCOMPARE(d.delimiter, delimiter);
        QCOMPARE(d.lineEnding, lineEnding);
        QCOMPARE(d.quoted, quoted);
        QCOMPARE(d.hasHeader, hasHeader);
    }

    void dialectEdgeCases()
    {
        QCOMPARE(detectCsvDialect(u"a|b|c\n1|2|3\n").delimiter, QChar('|'));
        // A delimiter inside quotes does not count: two fields on ';', not three on ','.
        QCOMPARE(detectCsvDialect(u"name;note\n\"a,b\";x\n\"c,d\";y\n").delimiter, QChar(';'));
        // A quote inside an unquoted field is a character (an inch mark), as readCsv reads it.
        const CsvDialect inches = detectCsvDialect(u"size;name\n5\" screen;tv\n7\" tablet;pad\n");
        QCOMPARE(inches.delimiter, QChar(';'));
        QVERIFY(!inches.quoted);
        // One column: nothing splits it, the default stays.
        const CsvDialect single = detectCsvDialect(u"name\nAcme\nBeta\n");
        QCOMPARE(single.delimiter, QChar(','));
        QVERIFY(single.hasHeader);
        // Repeated names are data, not a header.
        QVERIFY(!detectCsvDialect(u"x,x\ny,y\n").hasHeader);
        QVERIFY(!detectCsvDialect(u"").hasHeader);
    }

    void sources_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("header");
        QTest::addColumn<QList<QStringList>>("rows");
        QTest::addColumn<QList<int>>("lines");
        QTest::newRow("GB18030")
            << "gb18030.csv" << QStringList { "名称", "城市", "金额" }
            << QList<QStringList> { { "上海宝钢（集团）有限公司", "上海", "¥1,234" },
                                    { "华为技术有限公司", "深圳", "2000" },
                                    { "北京京东世纪贸易有限公司", "北京", "350.5" } }
            << QList<int> { 2, 3, 4 };
        QTest::newRow("Windows-1252")
            << "windows1252.csv" << QStringList { "nom", "ville", "montant" }
            << QList<QStringList> { { "Café Lumière", "Besançon", "12 €" },
                                    { "Müller & Söhne", "Zürich", "€5" },
                                    { "Étienne", "Orléans", "7" } }
            << QList<int> { 2, 3, 4 };
        QTest::newRow("embedded newlines")
            << "embedded_newlines.csv" << QStringList { "name", "note", "city" }
            << QList<QStringList> { { "Acme, Inc.", "first line\r\nsecond line", "Boston" },
                                    { "Say \"hi\"", "one;two", "Paris" },
                                    { "Plain", "multi\nline\nthree", "Rome" } }
            << QList<int> { 2, 4, 5 };
        QTest::newRow("CR only") << "cr_only.csv" << QStringList { "name", "city" }
                                 << QList<QStringList> { { "Acme", "Bos\rton" },
                                                         { "Beta", "Paris" } }
                                 << QList<int> { 2, 4 };
        QTest::newRow("tab") << "tab.tsv" << QStringList { "name", "amount", "note" }
                             << QList<QStringList> { { "Acme", "1,234.50", "a, b" },
                                                     { "Beta", "12", "plain" } }
                             << QList<int> { 2, 3 };
        QTest::newRow("no header")
            << "no_header.csv" << QStringList { "Column 1", "Column 2", "Column 3" }
            << QList<QStringList> { { "Acme", "2024-03-05", "1200" },
                                    { "Beta", "2024-04-01", "300" },
                                    { "Gamma", "2024-05-20", "45" } }
            << QList<int> { 1, 2, 3 };
        QTest::newRow("missing values")
            << "missing_values.csv" << QStringList { "name", "revenue", "employees" }
            << QList<QStringList> { { "A", "NA", "10" },
                                    { "B", "N/A", "" },
                                    { "C", "", "#N/A" },
                                    { "D", "NULL", "-" } }
            << QList<int> { 2, 3, 4, 5 };
    }

    void sources()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, header);
        QFETCH(QList<QStringList>, rows);
        QFETCH(QList<int>, lines);
        const Result<ImportSource> source = readImportSource(fixture(file));
        KAM_VERIFY_RESULT(source);
        QCOMPARE(source->fileName, file);
        QCOMPARE(source->header, header);
        QList<QStringList> fields;
        QList<int> starts;
        for (const CsvRecord &row : source->rows) {
            fields << row.fields;
            starts << row.line;
        }
        QCOMPARE(fields, rows);
        QCOMPARE(starts, lines);
    }

    void headerNames()
    {
        // Blank names are named by position, repeated ones numbered; short rows are padded.
        // (Repeated names are not what detection takes for a header, so the user said it is one.)
        SourceOptions options;
        options.hasHeader = true;
        const Result<ImportSource> source
            = parseImportSource("\"\",amount,amount, ,amount\n1,2\n", "x.csv", options);
        KAM_VERIFY_RESULT(source);
        QCOMPARE(source->header,
                 (QStringList { "Column 1", "amount", "amount (2)", "Column 4", "amount (3)" }));
        QCOMPARE(source->rows.front().fields, (QStringList { "1", "2", "", "", "" }));
    }

    void optionsOverrideDetection()
    {
        SourceOptions options;
        options.hasHeader = false;
        options.delimiter = u';';
        const Result<ImportSource> source = parseImportSource("a;b\n1;2\n", "x.csv", options);
        KAM_VERIFY_RESULT(source);
        QCOMPARE(source->header, (QStringList { "Column 1", "Column 2" }));
        QCOMPARE(source->rows.size(), std::size_t(2));
        options = {};
        options.encoding = TextEncoding::Windows1252;
        const Result<ImportSource> latin
            = parseImportSource(QString("é,x\n").toUtf8(), "x.csv", options);
        KAM_VERIFY_RESULT(latin);
        QCOMPARE(latin->header.first(), QString("Ã©")); // what the user asked for, decoded as asked
        options.encoding = TextEncoding::Utf8;
        const Result<ImportSource> wrong = parseImportSource("a\n\xe9\n", "x.csv", options);
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().message,
                 QString("x.csv: line 2: byte 0xE9 at offset 2 is not valid utf-8"));
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray() << "in.csv: the file is empty";
        QTest::newRow("blank") << QByteArray("\n\r\n") << "in.csv: the file has no records";
        QTest::newRow("long row") << QByteArray("a,b\n1,2\n1,2,3\n")
                                  << "in.csv, line 3: 3 cells, but the header has 2 columns";
        QTest::newRow("broken quote") << bytesOf(fixture("broken_quote.csv"))
                                      << "in.csv: line 3: a quoted field is not closed";
    }

    void refusals()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const Result<ImportSource> source = parseImportSource(bytes, "in.csv");
        QVERIFY(!source);
        QCOMPARE(source.error().message, message);
    }

    void unreadableFile()
    {
        const Result<ImportSource> source = readImportSource("/nonexistent/in.csv");
        QVERIFY(!source);
        QCOMPARE(source.error().code, ErrorCode::Io);
        QVERIFY(source.error().message.contains("/nonexistent/in.csv"));
    }

    // The French survey: Windows-1252, CRLF, R's write.csv with an empty first header and NA.
    void npsSurvey()
    {
        const QString path = dataset("retail-nps-survey-fr/nps.csv");
        if (!QFile::exists(path))
            QSKIP("the NPS dataset is not there");
        QElapsedTimer timer;
        timer.start();
        const Result<ImportSource> source = readImportSource(path);
        KAM_VERIFY_RESULT(source);
        qDebug() << "nps.csv read in" << timer.elapsed() << "ms";
        QCOMPARE(source->encoding, TextEncoding::Windows1252);
        QCOMPARE(source->dialect.lineEnding, LineEnding::CrLf);
        QCOMPARE(source->dialect.delimiter, QChar(','));
        QVERIFY(source->dialect.quoted);
        QVERIFY(source->dialect.hasHeader);
        QCOMPARE(source->header,
                 (QStringList { "Column 1", "id", "nps", "satisfaction", "intention", "explication",
                                "NbPassageKS", "CaTicket", "t" }));
        QCOMPARE(source->rows.size(), std::size_t(13954));
        const int nps = indexOf(*source, "nps");
        int missing = 0;
        for (const CsvRecord &row : source->rows)
            missing += isMissingCell(row.fields[nps]) ? 1 : 0;
        QCOMPARE(missing, 342);
        QCOMPARE(source->rows.back().line, 13955);
        QCOMPARE(source->rows.back().fields.first(), QString("13954"));
        QVERIFY(source->rows[1].fields[5].startsWith("Il y a très peu de caisse"));
    }

    // The CRM pipeline: plain ASCII, 8,800 deals, 1,425 of them without an account.
    void crmPipeline()
    {
        const QString path = dataset("crm-sales-opportunities/sales_pipeline.csv");
        if (!QFile::exists(path))
            QSKIP("the CRM dataset is not there");
        const Result<ImportSource> source = readImportSource(path);
        KAM_VERIFY_RESULT(source);
        QCOMPARE(source->encoding, TextEncoding::Utf8);
        QCOMPARE(source->dialect.lineEnding, LineEnding::Lf);
        QVERIFY(!source->dialect.quoted);
        QCOMPARE(source->header,
                 (QStringList { "opportunity_id", "sales_agent", "product", "account", "deal_stage",
                                "engage_date", "close_date", "close_value" }));
        QCOMPARE(source->rows.size(), std::size_t(8800));
        const int account = indexOf(*source, "account");
        int empty = 0;
        for (const CsvRecord &row : source->rows)
            empty += isMissingCell(row.fields[account]) ? 1 : 0;
        QCOMPARE(empty, 1425);
    }
};

QTEST_GUILESS_MAIN(TestTextDecoding)
#include "tst_text_decoding.moc"
