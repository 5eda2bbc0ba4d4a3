// SPDX-License-Identifier: GPL-3.0-or-later
// Pipeline board benchmark (on demand: ctest --test-dir build -L bench -R bench_board --verbose).
//
// With 5,000 open deals across the built-in stages it measures and prints:
//   (a) PipelineSource loading them from the store
//   (b) PipelineBoard construction until the board (1400×800) is painted        target ≤ 300 ms
//   (c) a filter change (owner) until the columns have re-filtered
//   (d) scrolling the fullest column from top to bottom a card at a time: the slowest and the
//       median repaint of a step (a 60 Hz frame is 16.7 ms)
// and the machine it ran on. It prints figures; it does not fail on slowness.

#include "commands/edit_history.h"
#include "deal_filter_bar.h"
#include "itemmodels/deal_list_model.h"
#include "itemmodels/pipeline_source.h"
#include "pipeline_board.h"
#include "support/deal_fixture.h"
#include "support/store_fixture.h"

#include <QComboBox>
#include <QListView>
#include <QElapsedTimer>
#include <QSysInfo>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace kam;

class BenchBoard : public QObject
{
    Q_OBJECT

private slots:
    void fiveThousandCards();
};

void BenchBoard::fiveThousandCards()
{
    constexpr int kDeals = 5000;
    QTemporaryDir dir;
    std::unique_ptr<Store> store = test::openStore(dir);
    QVERIFY(store);
    const QString account = test::created(*store, test::sampleAccount("华东重工集团", 1)).meta.id;
    const QString li = test::created(*store, User{{}, "Li Wei", {}}).meta.id;
    const std::vector<Stage> stages = builtInStages();
    QVERIFY(store
                ->transaction([&]() -> Result<void> {
                    for (int i = 0; i < kDeals; ++i) {
                        Opportunity d
                            = test::sampleDeal(account, stages[size_t(i) % stages.size()].key,
                                               QStringLiteral("2027年度液压件框架协议 %1").arg(i),
                                               100'000 + i, QDate::currentDate().addDays(i % 365));
                        d.ownerId = i % 3 ? li : QString();
                        if (Result<Opportunity> r = store->create(d); !r)
                            return r.error();
                    }
                    return {};
                })
                .ok());

    QElapsedTimer timer;
    timer.start();
    PipelineSource source(store.get());
    const qint64 loadMs = timer.elapsed();
    EditHistory history(store.get());

    timer.restart();
    PipelineBoard board(&source, &history);
    board.resize(1400, 800);
    board.show();
    (void)board.grab(); // lays out and paints every visible column
    const qint64 openMs = timer.elapsed();
    QCOMPARE(board.model()->rowCount(), kDeals);

    QListView *column = board.column(stages.front().meta.id);
    std::vector<double> steps;
    for (int row = 0; row < column->model()->rowCount(); ++row) {
        QElapsedTimer step;
        step.start();
        column->scrollTo(column->model()->index(row, 0), QAbstractItemView::PositionAtTop);
        (void)column->viewport()->grab(); // renders the visible cards, as a repaint would
        steps.push_back(double(step.nsecsElapsed()) / 1e6);
    }
    std::sort(steps.begin(), steps.end());
    const int scrolled = int(steps.size());

    auto *owner = board.findChild<QComboBox *>(QStringLiteral("dealOwnerFilter"));
    timer.restart();
    owner->setCurrentIndex(owner->findData(li));
    (void)board.grab();
    const qint64 filterMs = timer.elapsed();
    QVERIFY(board.model()->rowCount() < kDeals);

    std::printf("machine: %s, %d logical cores, %s; Qt %s, platform %s\n",
                qPrintable(QSysInfo::currentCpuArchitecture()), QThread::idealThreadCount(),
                qPrintable(QSysInfo::prettyProductName()), qVersion(),
                qPrintable(QGuiApplication::platformName()));
    std::printf(
        "(a) load %d deals: %lld ms\n(b) board open and painted: %lld ms (target <= 300 ms)\n"
        "(c) owner filter: %lld ms\n(d) scrolling %d cards: slowest step %.2f ms, median %.2f ms "
        "(a frame at 60 Hz: 16.7 ms)\n",
        kDeals, loadMs, openMs, filterMs, scrolled, steps.back(), steps[steps.size() / 2]);
}

QTEST_MAIN(BenchBoard)
#include "bench_board.moc"
