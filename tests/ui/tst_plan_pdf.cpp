// SPDX-License-Identifier: GPL-3.0-or-later
// The plan PDF as a reader gets it, checked with poppler's pdfinfo, pdftotext and pdffonts.

#include "domain/money.h"
#include "plan_pdf.h"
#include "support/plan_fixture.h"
#include "support/result_check.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace kam;

namespace {

/// The output of a poppler tool on `pdf`; fails the test when the tool is missing.
QString poppler(const QString &tool, const QStringList &args)
{
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty()) {
        qWarning("%s is missing: install poppler-utils", qPrintable(tool));
        return {};
    }
    QProcess p;
    p.start(program, args);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pageCount(const QString &pdf)
{
    const QRegularExpressionMatch m
        = QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)$"), QRegularExpression::MultilineOption)
              .match(poppler(QStringLiteral("pdfinfo"), {pdf}));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

/// The text of `pdf` (or of its page `page`) with all white space removed, so text that wraps in
/// a table cell still matches.
QString pdfText(const QString &pdf, int page = 0)
{
    QStringList args;
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    return poppler(QStringLiteral("pdftotext"), args << pdf << QStringLiteral("-"))
        .remove(QRegularExpression(QStringLiteral("\\s")));
}

QString squeezed(QString s)
{
    return s.remove(QRegularExpression(QStringLiteral("\\s")));
}

} // namespace

class TestPlanPdf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fixturePlanReadsAsWritten();
    void pageSizes_data();
    void pageSizes();
    void longPlanPaginatesWithoutLoss();
    void batchWritesEveryPlan();

private:
    QTemporaryDir m_dir;
};

void TestPlanPdf::initTestCase()
{
    for (const char *tool : {"pdfinfo", "pdftotext", "pdffonts"})
        QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(),
                 qPrintable(QStringLiteral("%1 is missing: install poppler-utils").arg(QString::fromLatin1(tool))));
}

void TestPlanPdf::fixturePlanReadsAsWritten()
{
    // Given a plan with every section
    std::unique_ptr<Store> store = test::openStore(m_dir, QStringLiteral("fixture.sqlite"));
    QVERIFY(store);
    const test::PlanFixture f = test::createPlanFixture(*store, QStringLiteral("华东重工"), 8);
    QVERIFY(!f.planId.isEmpty());
    // When it is exported
    const QString pdf = m_dir.filePath(QStringLiteral("plan.pdf"));
    Result<int> pages = exportPlanPdf(*store, f.planId, pdf);
    KAM_VERIFY_RESULT(pages);
    // Then it opens with the pages of the layout: cover, contents, summary with targets and
    // charts, SWOT with objectives, actions, whitespace, relationship map with risks
    QCOMPARE(pageCount(pdf), 7);
    QCOMPARE(*pages, 7);
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(f.accountName));
    QVERIFY(text.contains(squeezed(formatMoney({1'500'000'000, QStringLiteral("CNY")}))));
    QVERIFY(text.contains(squeezed(formatMoney({1'200'000'000, QStringLiteral("CNY")}))));
    QVERIFY(text.contains(squeezed(QLocale().toString(26.5, 'f', 1))));
    for (const QString &title : f.actionTitles)
        QVERIFY2(text.contains(squeezed(title)), qPrintable(title)); // 一 长 门 人 are not radicals
    QVERIFY(text.contains(QStringLiteral("2/7"))); // the cover has no footer
    QVERIFY(text.contains(QStringLiteral("7/7")));
    // and every font is embedded, none as a Type 3 bitmap
    const QStringList fonts = poppler(QStringLiteral("pdffonts"), {pdf}).split(u'\n', Qt::SkipEmptyParts).mid(2);
    QVERIFY(!fonts.isEmpty());
    for (const QString &line : fonts) {
        QVERIFY2(!line.contains(QLatin1String("Type 3")), qPrintable(line));
        const QStringList cols = line.split(u' ', Qt::SkipEmptyParts);
        QVERIFY2(cols.size() > 5 && cols[cols.size() - 5] == QLatin1String("yes"), qPrintable(line));
    }
}

void TestPlanPdf::pageSizes_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<QString>("expected");
    QTest::newRow("A4") << int(QPageSize::A4) << QStringLiteral("595 x 842 pts (A4)");
    QTest::newRow("Letter") << int(QPageSize::Letter) << QStringLiteral("612 x 792 pts (letter)");
}

void TestPlanPdf::pageSizes()
{
    QFETCH(int, size);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    std::unique_ptr<Store> store = test::openStore(dir);
    QVERIFY(store);
    const test::PlanFixture f = test::createPlanFixture(*store, QStringLiteral("Northwind"), 4);
    const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
    KAM_VERIFY_RESULT(exportPlanPdf(*store, f.planId, pdf, {QPageSize::PageSizeId(size)}));
    QVERIFY(poppler(QStringLiteral("pdfinfo"), {pdf}).contains(expected));
}

void TestPlanPdf::longPlanPaginatesWithoutLoss()
{
    // Given a plan with 200 actions and a situation summary of some 6,000 Chinese characters
    QTemporaryDir dir;
    std::unique_ptr<Store> store = test::openStore(dir);
    QVERIFY(store);
    QString summary;
    for (int i = 0; i < 60; ++i)
        summary += QStringLiteral("第%1段：客户集团化管理加强，分公司采购逐步上收。我司与总部关系良好，部分分公司仍由竞品主导；"
                                  "需要以集团框架协议带动分公司覆盖，并在二期产线建设中争取液压系统配套。\n")
                       .arg(i + 1);
    summary += QStringLiteral("全文结束");
    const test::PlanFixture f = test::createPlanFixture(*store, QStringLiteral("华北钢铁"), 200, summary);
    const QString pdf = dir.filePath(QStringLiteral("long.pdf"));
    // When it is exported
    Result<int> pages = exportPlanPdf(*store, f.planId, pdf);
    KAM_VERIFY_RESULT(pages);
    // Then it runs over more pages and no text is lost
    QVERIFY2(*pages > 12, qPrintable(QString::number(*pages)));
    QCOMPARE(pageCount(pdf), *pages);
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(QStringLiteral("全文结束")));
    QVERIFY(text.contains(QStringLiteral("第60段")));
    for (const QString &title : f.actionTitles)
        QVERIFY2(text.contains(squeezed(title)), qPrintable(title));
    // and each page of the actions table starts with its header row
    int actionPages = 0;
    for (int page = 3; page <= *pages; ++page) {
        const QString pageText = pdfText(pdf, page);
        if (!pageText.contains(QStringLiteral("visittheplantandagreethetrial")))
            continue;
        ++actionPages;
        QVERIFY2(pageText.contains(QStringLiteral("#Action")) && pageText.contains(QStringLiteral("ObjectiveOwnerDueStatus")),
                 qPrintable(QString::number(page)));
    }
    QVERIFY2(actionPages >= 3, qPrintable(QString::number(actionPages)));
}

void TestPlanPdf::batchWritesEveryPlan()
{
    // Given two plans in a store file
    QTemporaryDir dir;
    const QStringList ids = test::createPlanStore(dir, {QStringLiteral("华东重工"), QStringLiteral("Acme/Widgets")}, 3);
    QCOMPARE(ids.size(), 2);
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("out")));
    // When both are exported, and a third run is cancelled at once
    std::vector<int> seen;
    Result<PlanPdfBatch> batch = exportPlansPdf(path, ids, dir.filePath(QStringLiteral("out")), {},
                                                [&](int done, int, const QString &) {
                                                    seen.push_back(done);
                                                    return true;
                                                });
    KAM_VERIFY_RESULT(batch);
    // Then each has its file, named after the account, and progress went 0, 1, 2
    QCOMPARE(batch->files.size(), 2);
    QVERIFY(batch->failures.isEmpty());
    QVERIFY(batch->files[1].endsWith(QStringLiteral("Acme_Widgets %1.pdf").arg(QDate::currentDate().year())));
    QCOMPARE(seen, (std::vector<int>{0, 1, 2}));
    for (const QString &file : batch->files)
        QVERIFY(pageCount(file) > 2);
    Result<PlanPdfBatch> cancelled = exportPlansPdf(path, ids, dir.filePath(QStringLiteral("out")), {},
                                                    [](int, int, const QString &) { return false; });
    KAM_VERIFY_RESULT(cancelled);
    QVERIFY(cancelled->cancelled);
    QVERIFY(cancelled->files.isEmpty());
    // and an unknown plan is named among the failures
    Result<PlanPdfBatch> failed = exportPlansPdf(path, {QStringLiteral("no-such-plan")}, dir.filePath(QStringLiteral("out")));
    KAM_VERIFY_RESULT(failed);
    QCOMPARE(failed->failures.size(), 1);
    QVERIFY(failed->failures.front().startsWith(QStringLiteral("no-such-plan")));
}

QTEST_MAIN(TestPlanPdf)
#include "tst_plan_pdf.moc"
