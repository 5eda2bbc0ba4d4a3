// SPDX-License-Identifier: GPL-3.0-or-later
// Plan PDF benchmark (on demand: ctest --test-dir build -L bench -R bench_plan_pdf --verbose).
//
// It measures and prints:
//   (a) exporting one 12-page plan (a plan with 160 actions)                 target ≤ 1 s
//   (b) a batch of 100 plans in a worker thread while the main thread's event loop runs a
//       5 ms timer: the batch's time and the longest gap between two ticks    target ≤ 60 s
// and the machine it ran on. It prints figures; it does not fail on slowness.

#include "plan_pdf.h"
#include "support/plan_fixture.h"
#include "support/result_check.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QSysInfo>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QtConcurrent>

#include <cstdio>

using namespace kam;

class BenchPlanPdf : public QObject
{
    Q_OBJECT

private slots:
    void twelvePagePlan();
    void batchOfHundred();
};

void BenchPlanPdf::twelvePagePlan()
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store = test::openStore(dir);
    QVERIFY(store);
    const test::PlanFixture f = test::createPlanFixture(*store, QStringLiteral("华东重工"), 160);
    const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
    KAM_VERIFY_RESULT(exportPlanPdf(*store, f.planId, pdf)); // warm the font caches
    QElapsedTimer timer;
    timer.start();
    Result<int> pages = exportPlanPdf(*store, f.planId, pdf);
    const qint64 ms = timer.elapsed();
    KAM_VERIFY_RESULT(pages);
    std::printf("machine: %s, %d logical cores, %s; Qt %s, platform %s\n",
                qPrintable(QSysInfo::currentCpuArchitecture()), QThread::idealThreadCount(),
                qPrintable(QSysInfo::prettyProductName()), qVersion(), qPrintable(QGuiApplication::platformName()));
    std::printf("(a) one plan of %d pages: %lld ms (target <= 1000 ms), %lld KiB\n", *pages, ms,
                QFileInfo(pdf).size() / 1024);
}

void BenchPlanPdf::batchOfHundred()
{
    constexpr int kPlans = 100;
    QTemporaryDir dir;
    QStringList names;
    for (int i = 0; i < kPlans; ++i)
        names << QStringLiteral("客户 %1").arg(i);
    const QStringList ids = test::createPlanStore(dir, names, 10);
    QCOMPARE(ids.size(), kPlans);
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("out")));
    const QString out = dir.filePath(QStringLiteral("out"));

    qint64 longestStall = 0;
    QElapsedTimer sinceTick;
    QTimer tick;
    tick.setInterval(5);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        longestStall = std::max(longestStall, sinceTick.restart());
    });
    QElapsedTimer timer;
    timer.start();
    sinceTick.start();
    tick.start();
    QFutureWatcher<Result<PlanPdfBatch>> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<Result<PlanPdfBatch>>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([=] { return exportPlansPdf(path, ids, out); }));
    loop.exec();
    const qint64 ms = timer.elapsed();
    tick.stop();
    const Result<PlanPdfBatch> batch = watcher.result();
    KAM_VERIFY_RESULT(batch);
    QCOMPARE(batch->files.size(), kPlans);
    std::printf("(b) batch of %d plans: %lld ms (target <= 60000 ms); longest main-thread stall %lld ms "
                "(timer every 5 ms)\n",
                kPlans, ms, longestStall);
}

QTEST_MAIN(BenchPlanPdf)
#include "bench_plan_pdf.moc"
