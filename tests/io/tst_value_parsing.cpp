// SPDX-License-Identifier: GPL-3.0-or-later
// Cells as spreadsheets write them: missing markers, amounts and numbers in both number styles,
// dates in every supported form and the ambiguous ones that need a choice, booleans in English
// and Chinese. Refusals quote the cell, so the user can find it.

#include "io/import_source.h"
#include "io/value_parsing.h"
#include "support/result_check.h"

#include <QDir>
#include <QTest>
#include <QTimeZone>

#include <limits>

using namespace kam;

Q_DECLARE_METATYPE(kam::NumberStyle)
Q_DECLARE_METATYPE(kam::DateOrder)

namespace {

QString fixture(const QString &name)
{
    return QDir(qEnvironmentVariable("KAM_SOURCE_DIR")).filePath("tests/io/fixtures/" + name);
}

/// The cells of one column of a fixture, as the import reads it.
QStringList column(const QString &name, int index)
{
    const Result<ImportSource> source = readImportSource(fixture(name));
    QStringList out;
    if (!source)
        return out;
    for (const CsvRecord &row : source->rows)
        out << row.fields.value(index);
    return out;
}

} // namespace

class TestValueParsing : public QObject
{
    Q_OBJECT

private slots:
    void missingCells_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<bool>("missing");
        for (const char *cell : { "", "  ", "NA", "na", "N/A", "#N/A", "null", "NULL", " - ", "—" })
            QTest::newRow(cell) << QString::fromUtf8(cell) << true;
        for (const char *cell : { "0", "NAN", "none", "--", "n", "Nagoya" })
            QTest::newRow(cell) << QString::fromUtf8(cell) << false;
    }

    void missingCells()
    {
        QFETCH(QString, cell);
        QFETCH(bool, missing);
        QCOMPARE(isMissingCell(cell), missing);
    }

    // Every marker in missing_values.csv counts as missing, the numbers do not.
    void missingValuesFixture()
    {
        const QStringList revenue = column("missing_values.csv", 1);
        const QStringList employees = column("missing_values.csv", 2);
        QCOMPARE(revenue.size(), 4);
        for (const QString &cell : revenue)
            QVERIFY2(isMissingCell(cell), qPrintable(cell));
        QCOMPARE(employees, (QStringList { "10", "", "#N/A", "-" }));
        QVERIFY(!isMissingCell(employees[0]));
        QVERIFY(isMissingCell(employees[1]) && isMissingCell(employees[2])
                && isMissingCell(employees[3]));
    }

    void numberStyle_data()
    {
        QTest::addColumn<QStringList>("samples");
        QTest::addColumn<NumberStyle>("style");
        QTest::newRow("nothing") << QStringList {} << NumberStyle::DotDecimal;
        QTest::newRow("only ambiguous groups")
            << QStringList { "1,234", "1.234", "12" } << NumberStyle::DotDecimal;
        QTest::newRow("English") << QStringList { "1,234.56", "12" } << NumberStyle::DotDecimal;
        QTest::newRow("decimal dot") << QStringList { "0.35" } << NumberStyle::DotDecimal;
        QTest::newRow("English groups repeated")
            << QStringList { "1,234,567" } << NumberStyle::DotDecimal;
        QTest::newRow("German") << QStringList { "1.234,56" } << NumberStyle::CommaDecimal;
        QTest::newRow("decimal comma") << QStringList { "12,5", "7" } << NumberStyle::CommaDecimal;
        QTest::newRow("German groups repeated")
            << QStringList { "1.000.000" } << NumberStyle::CommaDecimal;
        QTest::newRow("French spaces") << QStringList { "1 234,56 €" } << NumberStyle::CommaDecimal;
    }

    void numberStyle()
    {
        QFETCH(QStringList, samples);
        QFETCH(NumberStyle, style);
        QCOMPARE(detectNumberStyle(samples), style);
    }

    void germanFixture()
    {
        const QStringList amounts = column("semicolon_comma_decimal.csv", 1);
        const QStringList dates = column("semicolon_comma_decimal.csv", 2);
        QCOMPARE(amounts.size(), 3);
        const NumberStyle style = detectNumberStyle(amounts);
        QCOMPARE(style, NumberStyle::CommaDecimal);
        QCOMPARE(parseAmount(amounts[0], style)->minor, 123456);
        QCOMPARE(parseAmount(amounts[1], style)->minor, -1250);
        QCOMPARE(parseAmount(amounts[2], style)->minor, 100000000);
        QCOMPARE(*parseDate(dates[0], DateOrder::Unknown), QDate(2024, 3, 5));
        QCOMPARE(*parseDate(dates[1], DateOrder::MonthFirst),
                 QDate(2023, 12, 31)); // dd.MM is always day first
    }

    void amounts_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<NumberStyle>("style");
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("currency");
        const auto dot = NumberStyle::DotDecimal;
        const auto comma = NumberStyle::CommaDecimal;
        QTest::newRow("plain") << "1234" << dot << qint64(123400) << "";
        QTest::newRow("English") << "1,234.56" << dot << qint64(123456) << "";
        QTest::newRow("one decimal") << "-12.5" << dot << qint64(-1250) << "";
        QTest::newRow("only cents") << ".5" << dot << qint64(50) << "";
        QTest::newRow("yuan sign") << "¥1,234" << dot << qint64(123400) << "CNY";
        QTest::newRow("full-width yuan") << "￥88" << dot << qint64(8800) << "CNY";
        QTest::newRow("RMB code") << "RMB 1234" << dot << qint64(123400) << "CNY";
        QTest::newRow("code after") << "99.90 cny" << dot << qint64(9990) << "CNY";
        QTest::newRow("euro after") << "1.234,56 €" << comma << qint64(123456) << "EUR";
        QTest::newRow("comma style thousand") << "1.234" << comma << qint64(123400) << "";
        QTest::newRow("French") << "1 234,56" << comma << qint64(123456) << "";
        QTest::newRow("no-break space")
            << QString("12\u00A0000,00") << comma << qint64(1200000) << "";
        QTest::newRow("dollar") << "$3" << dot << qint64(300) << "USD";
        QTest::newRow("HK dollar") << "HK$10" << dot << qint64(1000) << "HKD";
        QTest::newRow("yen") << "JP¥500" << dot << qint64(50000) << "JPY";
        QTest::newRow("pound") << "£0.99" << dot << qint64(99) << "GBP";
        QTest::newRow("minus before sign") << "-$12.00" << dot << qint64(-1200) << "USD";
        QTest::newRow("parentheses") << "(1,234.00)" << dot << qint64(-123400) << "";
        QTest::newRow("parentheses and sign") << "($5)" << dot << qint64(-500) << "USD";
        QTest::newRow("large exactly")
            << "92,233,720,368,547.75" << dot << qint64(9223372036854775) << "";
    }

    void amounts()
    {
        QFETCH(QString, cell);
        QFETCH(NumberStyle, style);
        QFETCH(qint64, minor);
        QFETCH(QString, currency);
        const Result<ParsedAmount> r = parseAmount(cell, style);
        KAM_VERIFY_RESULT(r);
        QCOMPARE(r->minor, minor);
        QCOMPARE(r->currency, currency);
    }

    void amountRefusals_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<NumberStyle>("style");
        QTest::addColumn<QString>("says");
        const auto dot = NumberStyle::DotDecimal;
        QTest::newRow("suffix k") << "$3k" << dot << "expected a number written like 1,234.56";
        QTest::newRow("more decimals") << "1.005" << dot << "more than two decimals";
        QTest::newRow("two numbers") << "12 13" << dot << "expected";
        QTest::newRow("bad grouping") << "1,23,4" << dot << "expected";
        QTest::newRow("letters") << "twelve" << dot << "expected";
        QTest::newRow("double sign") << "(-5)" << dot << "expected";
        QTest::newRow("empty") << "" << dot << "empty";
        QTest::newRow("too large") << "999999999999999999999" << dot << "too large";
        QTest::newRow("style mismatch") << "1.234,56" << dot << "1,234.56";
    }

    void amountRefusals()
    {
        QFETCH(QString, cell);
        QFETCH(NumberStyle, style);
        QFETCH(QString, says);
        const Result<ParsedAmount> r = parseAmount(cell, style);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Invalid);
        if (!cell.isEmpty())
            QVERIFY2(r.error().message.contains(u'“' + cell + u'”'), qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(says), qPrintable(r.error().message));
    }

    void integers()
    {
        QCOMPARE(*parseInteger(u"12,000", NumberStyle::DotDecimal), 12000);
        QCOMPARE(*parseInteger(u"12.000", NumberStyle::CommaDecimal), 12000);
        QCOMPARE(*parseInteger(u" -7 ", NumberStyle::DotDecimal), -7);
        QCOMPARE(*parseInteger(u"9223372036854775807", NumberStyle::DotDecimal),
                 std::numeric_limits<qint64>::max());
        const Result<qint64> fraction = parseInteger(u"12.5", NumberStyle::DotDecimal);
        QVERIFY(!fraction);
        QCOMPARE(fraction.error().message, QString("“12.5” is not a whole number"));
        QVERIFY(!parseInteger(u"9223372036854775808", NumberStyle::DotDecimal));
        QVERIFY(!parseInteger(u"12a", NumberStyle::DotDecimal));
        QVERIFY(!parseInteger(u"", NumberStyle::DotDecimal));
    }

    void numbers()
    {
        QCOMPARE(*parseNumber(u"0.35", NumberStyle::DotDecimal), 0.35);
        QCOMPARE(*parseNumber(u"35 %", NumberStyle::DotDecimal), 35.0);
        QCOMPARE(*parseNumber(u"12,5%", NumberStyle::CommaDecimal), 12.5);
        QCOMPARE(*parseNumber(u"-991.9", NumberStyle::DotDecimal), -991.9);
        QCOMPARE(*parseNumber(u"1,234.125", NumberStyle::DotDecimal), 1234.125);
        QVERIFY(!parseNumber(u"1e5", NumberStyle::DotDecimal));
        QVERIFY(!parseNumber(u"abc", NumberStyle::DotDecimal));
        QVERIFY(parseNumber(u"0,35", NumberStyle::DotDecimal).error().message.contains("“0,35”"));
    }

    void dateOrder_data()
    {
        QTest::addColumn<QStringList>("samples");
        QTest::addColumn<DateOrder>("order");
        QTest::newRow("ambiguous fixture")
            << column("dates_ambiguous.csv", 1) << DateOrder::Unknown;
        QTest::newRow("ISO tells nothing") << column("dates_mixed.csv", 1) << DateOrder::Unknown;
        QTest::newRow("day over 12")
            << QStringList { "05/03/2024", "25/03/2024" } << DateOrder::DayFirst;
        QTest::newRow("month first")
            << QStringList { "05/03/2024", "03/25/2024" } << DateOrder::MonthFirst;
        QTest::newRow("dashes") << QStringList { "13-1-2024" } << DateOrder::DayFirst;
        QTest::newRow("contradicting")
            << QStringList { "13/01/2024", "01/13/2024" } << DateOrder::Unknown;
    }

    void dateOrder()
    {
        QFETCH(QStringList, samples);
        QFETCH(DateOrder, order);
        QCOMPARE(detectDateOrder(samples), order);
    }

    // Every form in dates_mixed.csv is 5 March 2024, with no order chosen.
    void mixedDatesFixture()
    {
        const QStringList dates = column("dates_mixed.csv", 1);
        QCOMPARE(dates.size(), 6);
        for (const QString &cell : dates) {
            const Result<QDate> date = parseDate(cell, DateOrder::Unknown);
            KAM_VERIFY_RESULT(date);
            QCOMPARE(*date, QDate(2024, 3, 5));
        }
    }

    void ambiguousDatesFixture()
    {
        const QStringList dates = column("dates_ambiguous.csv", 1);
        const Result<QDate> unknown = parseDate(dates[0], DateOrder::Unknown);
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().message,
                 QString("“05/03/2024” could be day/month or month/day: choose the date order"));
        QCOMPARE(*parseDate(dates[0], DateOrder::DayFirst), QDate(2024, 3, 5));
        QCOMPARE(*parseDate(dates[0], DateOrder::MonthFirst), QDate(2024, 5, 3));
        QCOMPARE(*parseDate(dates[2], DateOrder::MonthFirst), QDate(2023, 12, 11));
    }

    void dates_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<DateOrder>("order");
        QTest::addColumn<QDate>("date");
        QTest::newRow("ISO with time")
            << "2024-03-05 14:30" << DateOrder::Unknown << QDate(2024, 3, 5);
        QTest::newRow("unambiguous without order")
            << "25/03/2024" << DateOrder::Unknown << QDate(2024, 3, 25);
        QTest::newRow("same either way") << "07/07/2024" << DateOrder::Unknown << QDate(2024, 7, 7);
        QTest::newRow("dotted ISO") << "2024.3.5" << DateOrder::Unknown << QDate(2024, 3, 5);
        QTest::newRow("Chinese with spaces")
            << "2024 年 3 月 5 日" << DateOrder::Unknown << QDate(2024, 3, 5);
        QTest::newRow("Chinese without day mark")
            << "2024年12月31" << DateOrder::Unknown << QDate(2024, 12, 31);
        QTest::newRow("leap day") << "29.02.2024" << DateOrder::Unknown << QDate(2024, 2, 29);
        QTest::newRow("month first dash")
            << "12-31-2023" << DateOrder::MonthFirst << QDate(2023, 12, 31);
        QTest::newRow("padded") << "  2024-03-05  " << DateOrder::Unknown << QDate(2024, 3, 5);
        QTest::newRow("single-digit day first")
            << "5.3.2024" << DateOrder::Unknown << QDate(2024, 3, 5);
        QTest::newRow("compact with time")
            << "20240305 10:00" << DateOrder::Unknown << QDate(2024, 3, 5);
        QTest::newRow("Chinese then time")
            << "2024年3月5 14:30" << DateOrder::Unknown << QDate(2024, 3, 5);
        QTest::newRow("Chinese with day mark then time")
            << "2024年3月5日 14:30:00" << DateOrder::Unknown << QDate(2024, 3, 5);
        QTest::newRow("lower-case t and z")
            << "2024-03-05t14:30z" << DateOrder::Unknown << QDate(2024, 3, 5);
    }

    void dates()
    {
        QFETCH(QString, cell);
        QFETCH(DateOrder, order);
        QFETCH(QDate, date);
        const Result<QDate> r = parseDate(cell, order);
        KAM_VERIFY_RESULT(r);
        QCOMPARE(*r, date);
    }

    void dateRefusals_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<DateOrder>("order");
        QTest::addColumn<QString>("message");
        QTest::newRow("no such day")
            << "2023-02-29" << DateOrder::Unknown
            << "“2023-02-29” is not a date: there is no day 29 in month 2 of 2023";
        QTest::newRow("no such month") << "2024-13-05" << DateOrder::Unknown
                                       << "“2024-13-05” is not a date: there is no month 13";
        QTest::newRow("no such month day first")
            << "05.00.2024" << DateOrder::Unknown
            << "“05.00.2024” is not a date: there is no month 0";
        QTest::newRow("contradicts the order")
            << "03/25/2024" << DateOrder::DayFirst
            << "“03/25/2024” is not a day-first date (dd/MM/yyyy)";
        QTest::newRow("text") << "soon" << DateOrder::DayFirst
                              << "“soon” is not a date (expected 2024-03-05, 05.03.2024, "
                                 "03/05/2024, 2024/3/5 or 2024年3月5日)";
        QTest::newRow("two-digit year") << "05/03/24" << DateOrder::DayFirst
                                        << "“05/03/24” is not a date (expected 2024-03-05, "
                                           "05.03.2024, 03/05/2024, 2024/3/5 or 2024年3月5日)";
        QTest::newRow("mixed separators") << "2024-03/05" << DateOrder::Unknown
                                          << "“2024-03/05” is not a date (expected 2024-03-05, "
                                             "05.03.2024, 03/05/2024, 2024/3/5 or 2024年3月5日)";
        const QString expected = "is not a date (expected 2024-03-05, 05.03.2024, 03/05/2024, "
                                 "2024/3/5 or 2024年3月5日)";
        for (const char *cell :
             { "2024-03-055", "2024-03-05T", "2024-03-05 14", "2024-03-05 14:3", "20240305x",
               "123-4-5", "05/03/2024 10:00 +8", "2024年3月", "1/2", "05.03.24" })
            QTest::newRow(cell) << QString::fromUtf8(cell) << DateOrder::DayFirst
                                << QString::fromUtf8("“%1” ").arg(QString::fromUtf8(cell))
                    + expected;
        QTest::newRow("bad time")
            << "2024-03-05 25:00" << DateOrder::Unknown
            << "“2024-03-05 25:00” has no valid time of day (expected hh:mm or hh:mm:ss)";
    }

    void dateRefusals()
    {
        QFETCH(QString, cell);
        QFETCH(DateOrder, order);
        QFETCH(QString, message);
        const Result<QDate> r = parseDate(cell, order);
        QVERIFY(!r);
        QCOMPARE(r.error().message, message);
    }

    void dateTimes()
    {
        QCOMPARE(*parseDateTime(u"2024-03-05T14:30:00Z", DateOrder::Unknown),
                 QDateTime(QDate(2024, 3, 5), QTime(14, 30), QTimeZone::utc()));
        QCOMPARE(*parseDateTime(u"2024-03-05 14:30+08:00", DateOrder::Unknown),
                 QDateTime(QDate(2024, 3, 5), QTime(6, 30), QTimeZone::utc()));
        QCOMPARE(*parseDateTime(u"05.03.2024 08:15:30.250 -0130", DateOrder::Unknown),
                 QDateTime(QDate(2024, 3, 5), QTime(9, 45, 30, 250), QTimeZone::utc()));
        // Without a zone the time is local.
        const Result<QDateTime> local = parseDateTime(u"2024/3/5 9:05", DateOrder::Unknown);
        KAM_VERIFY_RESULT(local);
        QCOMPARE(local->timeSpec(), Qt::UTC);
        QCOMPARE(*local, QDateTime(QDate(2024, 3, 5), QTime(9, 5)).toUTC());
        QCOMPARE(*parseDateTime(u"2024年3月5日", DateOrder::Unknown),
                 QDateTime(QDate(2024, 3, 5), QTime(0, 0)).toUTC());
        QVERIFY(!parseDateTime(u"05/03/2024 10:00", DateOrder::Unknown));
    }

    void booleans_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<bool>("value");
        for (const char *cell : { "yes", "YES", "true", "Y", "1", "是", "有", "✓", " True " })
            QTest::newRow(cell) << QString::fromUtf8(cell) << true;
        for (const char *cell : { "no", "False", "n", "0", "否", "无", "✗" })
            QTest::newRow(cell) << QString::fromUtf8(cell) << false;
    }

    void booleans()
    {
        QFETCH(QString, cell);
        QFETCH(bool, value);
        const Result<bool> r = parseBool(cell);
        KAM_VERIFY_RESULT(r);
        QCOMPARE(*r, value);
    }

    void booleanRefusal()
    {
        const Result<bool> r = parseBool(u"maybe");
        QVERIFY(!r);
        QVERIFY(r.error().message.startsWith("“maybe” is not yes or no"));
        QVERIFY(!parseBool(u""));
    }
};

QTEST_GUILESS_MAIN(TestValueParsing)
#include "tst_value_parsing.moc"
