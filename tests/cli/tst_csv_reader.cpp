// SPDX-License-Identifier: GPL-3.0-or-later
// The RFC 4180 reader: what spreadsheets write (quotes, CRLF, BOM, a last line with or without
// its end) comes back field for field, blank lines are skipped, and broken quoting is refused
// with the line it is on.

#include "io/csv_reader.h"
#include "io/csv_writer.h"
#include "support/result_check.h"

#include <QBuffer>
#include <QTest>

using namespace kam;

class TestCsvReader : public QObject
{
    Q_OBJECT

    static QList<QStringList> fieldsOf(const std::vector<CsvRecord> &records)
    {
        QList<QStringList> out;
        for (const CsvRecord &r : records)
            out << r.fields;
        return out;
    }

    static QList<int> linesOf(const std::vector<CsvRecord> &records)
    {
        QList<int> out;
        for (const CsvRecord &r : records)
            out << r.line;
        return out;
    }

private slots:
    void plainAndLineEnds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("LF") << "a,b\n1,2\n";
        QTest::newRow("CRLF") << "a,b\r\n1,2\r\n";
        QTest::newRow("no final line end") << "a,b\n1,2";
        QTest::newRow("CR only") << "a,b\r1,2\r";
        QTest::newRow("BOM") << QString(QChar(0xFEFF)) + "a,b\r\n1,2";
    }

    void plainAndLineEnds()
    {
        QFETCH(QString, text);
        const Result<std::vector<CsvRecord>> r = readCsv(text);
        KAM_VERIFY_RESULT(r);
        QCOMPARE(fieldsOf(*r), (QList<QStringList>{{"a", "b"}, {"1", "2"}}));
        QCOMPARE(linesOf(*r), (QList<int>{1, 2}));
    }

    void quotedFields()
    {
        const Result<std::vector<CsvRecord>> r = readCsv(u"\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\n\"\",last\r\n");
        KAM_VERIFY_RESULT(r);
        QCOMPARE(fieldsOf(*r), (QList<QStringList>{{"x, y", "say \"hi\"", "two\r\nlines"}, {"", "last"}}));
        QCOMPARE(linesOf(*r), (QList<int>{1, 3})); // the second record starts after the embedded line end
    }

    // Old Mac spreadsheets end lines with CR alone, inside quoted fields too.
    void crOnlyInsideQuotes()
    {
        const Result<std::vector<CsvRecord>> r = readCsv(u"\"a\rb\",c\rd,e\r\r");
        KAM_VERIFY_RESULT(r);
        QCOMPARE(fieldsOf(*r), (QList<QStringList>{{"a\rb", "c"}, {"d", "e"}}));
        QCOMPARE(linesOf(*r), (QList<int>{1, 3}));
    }

    void otherDelimiters_data()
    {
        QTest::addColumn<QChar>("delimiter");
        QTest::newRow("semicolon") << QChar(';');
        QTest::newRow("tab") << QChar('\t');
        QTest::newRow("pipe") << QChar('|');
    }

    void otherDelimiters()
    {
        QFETCH(QChar, delimiter);
        const QString text = QString("a%1\"b%1c\"\n1,5%1\"x\"\"y\"\n").arg(delimiter);
        const Result<std::vector<CsvRecord>> r = readCsv(text, delimiter);
        KAM_VERIFY_RESULT(r);
        QCOMPARE(fieldsOf(*r), (QList<QStringList>{{"a", QString("b%1c").arg(delimiter)}, {"1,5", "x\"y"}}));
    }

    void blankLinesAndEmptyFields()
    {
        const Result<std::vector<CsvRecord>> r = readCsv(u"\n\na,,c\n\n,\n\r\n");
        KAM_VERIFY_RESULT(r);
        QCOMPARE(fieldsOf(*r), (QList<QStringList>{{"a", "", "c"}, {"", ""}}));
        QCOMPARE(linesOf(*r), (QList<int>{3, 5}));
        QVERIFY(readCsv(QString())->empty());
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("open quote") << "a,b\n1,\"2\n3,4\n" << "line 2: a quoted field is not closed";
        QTest::newRow("text after quote") << "a\n\"1\"x,2\n" << "line 2: text after a closing quote";
    }

    void refusals()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        const Result<std::vector<CsvRecord>> r = readCsv(text);
        QVERIFY(!r);
        QCOMPARE(r.error().message, message);
    }

    // What CsvWriter writes, the reader reads back.
    void roundTripWithTheWriter()
    {
        const QList<QStringList> rows{{"名称", "a,b", " padded "}, {"\"quoted\"", "multi\nline", ""}};
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer(&buffer, CsvWriter::Bom::Yes);
        for (const QStringList &row : rows)
            writer.writeRow(row);
        const Result<std::vector<CsvRecord>> r = readCsv(QString::fromUtf8(buffer.data()));
        KAM_VERIFY_RESULT(r);
        QCOMPARE(fieldsOf(*r), rows);
    }

    void missingFile()
    {
        const Result<std::vector<CsvRecord>> r = readCsvFile("/nonexistent/x.csv");
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Io);
        QVERIFY(r.error().message.contains("/nonexistent/x.csv"));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csv_reader.moc"
