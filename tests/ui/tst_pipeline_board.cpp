// SPDX-License-Identifier: GPL-3.0-or-later
// The pipeline board, its filter bar and the deal dialog, driven like a user: cards in stage
// columns with their totals, a card dropped on another column or on Won/Lost (through the same
// drop path a drag takes), undo, and the dialog refusing what the store refuses.
// With KAM_SCREENSHOT_DIR set, PNGs of the board, the dialog and the account panel are saved there.

#include "account_deals_panel.h"
#include "commands/edit_history.h"
#include "deal_dialog.h"
#include "deal_filter_bar.h"
#include "itemmodels/deal_list_model.h"
#include "itemmodels/pipeline_source.h"
#include "pipeline_board.h"
#include "support/deal_fixture.h"
#include "support/store_fixture.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace kam;

class TestPipelineBoard : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void showsDealsInStageColumnsWithTotals();
    void dropOnAnotherColumnMovesTheDealAndUndoMovesItBack();
    void dropOnItsOwnColumnDoesNothing();
    void wonZoneClosesTheDeal();
    void lostZoneAsksForTheReason();
    void cardMenuMovesTheDeal();
    void filterBarNarrowsTheColumns();
    void doubleClickOpensTheDeal();
    void dialogRefusesANegativeAmountAndCreatesAValidDeal();
    void dialogTakesTheStageProbability();
    void columnsFollowTheStages();
    void reloadKeepsTheScrollPosition();
    void accountPanelRollsUpTheAccountAndItsBranches();
    void screenshots();

private:
    QString stageId(const QString &key) const { return test::builtInStage(key).meta.id; }
    int cards(const QString &key) const
    {
        return m_board->column(stageId(key))->model()->rowCount();
    }
    QString totalsText(const QString &key) const;
    /// The drag payload the column of `key` produces for its card in `row`.
    QMimeData *dragFrom(const QString &key, int row) const;
    void dropOn(const char *zone, QMimeData *data);
    Opportunity stored(const QString &title) const
    {
        return *m_store->get<Opportunity>(m_ids.value(title));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<PipelineSource> m_source;
    std::unique_ptr<EditHistory> m_history;
    std::unique_ptr<PipelineBoard> m_board;
    QString m_account, m_li;
    QHash<QString, QString> m_ids; ///< title → deal id
};

// Given three open deals: Pump (need identified, 100,000.00, in 30 days), Valve (need identified,
// 50,000.00, in 10 days), Export (negotiation, 20,000.00, in 20 days, owner Li).
void TestPipelineBoard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = test::openStore(*m_dir);
    QVERIFY(m_store);
    Account a = test::sampleAccount("华东重工集团", 1);
    m_account = test::created(*m_store, a).meta.id;
    m_li = test::created(*m_store, User{{}, "Li Wei", {}}).meta.id;
    QVERIFY(!m_li.isEmpty());
    const QDate today = QDate::currentDate();
    auto add = [this](Opportunity d) { m_ids.insert(d.title, test::created(*m_store, d).meta.id); };
    add(test::sampleDeal(m_account, "need_identified", "Pump deal", 10'000'000, today.addDays(30)));
    add(test::sampleDeal(m_account, "need_identified", "Valve deal", 5'000'000, today.addDays(10)));
    Opportunity exportDeal
        = test::sampleDeal(m_account, "negotiation", "Export deal", 2'000'000, today.addDays(20));
    exportDeal.ownerId = m_li;
    add(exportDeal);
    QVERIFY(!m_ids.values().contains(QString()));

    m_source = std::make_unique<PipelineSource>(m_store.get());
    m_history = std::make_unique<EditHistory>(m_store.get());
    m_board = std::make_unique<PipelineBoard>(m_source.get(), m_history.get());
    m_board->resize(1400, 800);
    m_board->show();
}

void TestPipelineBoard::cleanup()
{
    m_board.reset();
    m_history.reset();
    m_source.reset();
    m_store.reset();
    m_dir.reset();
    m_ids.clear();
}

QString TestPipelineBoard::totalsText(const QString &key) const
{
    auto *label = m_board->findChild<QLabel *>("boardTotals_" + key);
    return label ? label->text() : QString("no totals label for " + key);
}

QMimeData *TestPipelineBoard::dragFrom(const QString &key, int row) const
{
    QAbstractItemModel *model = m_board->column(stageId(key))->model();
    return model->mimeData({model->index(row, 0)});
}

void TestPipelineBoard::dropOn(const char *zone, QMimeData *data)
{
    auto *target = m_board->findChild<QWidget *>(zone);
    QVERIFY(target);
    QDragEnterEvent enter(QPoint(10, 10), Qt::MoveAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::MoveAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    QVERIFY(drop.isAccepted());
}

void TestPipelineBoard::showsDealsInStageColumnsWithTotals()
{
    // One column per built-in stage, named by its key.
    QCOMPARE(m_board->findChildren<QListView *>(QRegularExpression("^boardColumn_")).size(), 8);
    QVERIFY(m_board->findChild<QListView *>("boardColumn_maintenance"));
    QCOMPARE(cards("need_identified"), 2);
    QCOMPARE(cards("negotiation"), 1);
    QCOMPARE(cards("contract_signed"), 0);
    // Sorted by expected close: Valve (10 days) before Pump (30 days).
    QAbstractItemModel *first = m_board->column(stageId("need_identified"))->model();
    QCOMPARE(first->index(0, 0).data().toString(), QString("Valve deal"));
    QCOMPARE(first->index(1, 0).data().toString(), QString("Pump deal"));
    // "2 deal(s)" until the English catalogue has the plural, "2 deals" then.
    QVERIFY(totalsText("need_identified").startsWith("2 deal"));
    QCOMPARE(totalsText("need_identified").section(" · ", 1),
             QString("%1\nWeighted %2")
                 .arg(formatMoney(Money{15'000'000, "CNY"}), formatMoney(Money{1'500'000, "CNY"})));
    QVERIFY(totalsText("negotiation").startsWith("1 deal"));
    QCOMPARE(totalsText("negotiation").section(" · ", 1),
             QString("%1\nWeighted %2")
                 .arg(formatMoney(Money{2'000'000, "CNY"}), formatMoney(Money{1'200'000, "CNY"})));
    QVERIFY(totalsText("delivery").startsWith("0 deal"));
}

void TestPipelineBoard::dropOnAnotherColumnMovesTheDealAndUndoMovesItBack()
{
    const QString valve = m_ids["Valve deal"];
    std::unique_ptr<QMimeData> data(dragFrom("need_identified", 0));
    QCOMPARE(DealListModel::dealIds(data.get()), QStringList{valve});
    QAbstractItemModel *target = m_board->column(stageId("negotiation"))->model();
    QVERIFY(target->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, {}));
    QVERIFY(target->dropMimeData(data.get(), Qt::MoveAction, -1, -1, {}));

    QCOMPARE(stored("Valve deal").stageId, stageId("negotiation"));
    QCOMPARE(stored("Valve deal").probability, 60); // the negotiation stage's default
    const std::vector<StageChange> changes = *m_store->stageChanges(valve);
    QCOMPARE(changes.size(), size_t(2)); // created, moved
    QCOMPARE(changes.back().fromStageId, stageId("need_identified"));
    QCOMPARE(changes.back().toStageId, stageId("negotiation"));
    QCOMPARE(m_history->stack()->count(), 1);
    QCOMPARE(m_history->stack()->undoText(), QString("Move deal Valve deal to Negotiation"));
    QTRY_COMPARE(cards("negotiation"), 2);
    QCOMPARE(cards("need_identified"), 1);
    QVERIFY(totalsText("negotiation").startsWith("2 deal"));
    QVERIFY(totalsText("negotiation").contains(formatMoney(Money{7'000'000, "CNY"})));

    m_history->stack()->undo();
    QCOMPARE(stored("Valve deal").stageId, stageId("need_identified"));
    QCOMPARE(stored("Valve deal").probability, 10);
    QTRY_COMPARE(cards("need_identified"), 2);
    QCOMPARE(cards("negotiation"), 1);
    QVERIFY(totalsText("need_identified").startsWith("2 deal"));
    // An undone move is no fact: the history is as before the drop, so the funnel never
    // counts the deal as having reached negotiation.
    QCOMPARE(m_store->stageChanges(valve)->size(), size_t(1));
    m_history->stack()->redo();
    QCOMPARE(stored("Valve deal").stageId, stageId("negotiation"));
    QCOMPARE(m_store->stageChanges(valve)->size(), size_t(2));
    QCOMPARE(m_store->stageChanges(valve)->back().toStageId, stageId("negotiation"));
}

void TestPipelineBoard::dropOnItsOwnColumnDoesNothing()
{
    std::unique_ptr<QMimeData> data(dragFrom("negotiation", 0));
    QAbstractItemModel *own = m_board->column(stageId("negotiation"))->model();
    QVERIFY(!own->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, {}));
    QVERIFY(!own->dropMimeData(data.get(), Qt::MoveAction, -1, -1, {}));
    QMimeData foreign;
    foreign.setText("Export deal");
    QVERIFY(!m_board->column(stageId("delivery"))
                 ->model()
                 ->canDropMimeData(&foreign, Qt::MoveAction, -1, -1, {}));
    QCOMPARE(m_history->stack()->count(), 0);
    QCOMPARE(m_store->stageChanges(m_ids["Export deal"])->size(), size_t(1));
}

void TestPipelineBoard::wonZoneClosesTheDeal()
{
    std::unique_ptr<QMimeData> data(dragFrom("negotiation", 0));
    dropOn("wonDropZone", data.get());
    QTRY_COMPARE(stored("Export deal").status, DealStatus::Won);
    QCOMPARE(stored("Export deal").closedOn, QDate::currentDate());
    QCOMPARE(stored("Export deal").probability, 100);
    QCOMPARE(m_store->stageChanges(m_ids["Export deal"])->back().status, DealStatus::Won);
    QTRY_COMPARE(cards("negotiation"), 0);
    QVERIFY(totalsText("negotiation").startsWith("0 deal"));

    m_history->stack()->undo();
    QCOMPARE(stored("Export deal").status, DealStatus::Open);
    QVERIFY(!stored("Export deal").closedOn.isValid());
    QTRY_COMPARE(cards("negotiation"), 1);
}

void TestPipelineBoard::lostZoneAsksForTheReason()
{
    QStringList asked;
    std::optional<QString> answer; // first: the user cancels
    m_board->setLostReasonPrompt([&](const Opportunity &deal) {
        asked << deal.title;
        return answer;
    });
    std::unique_ptr<QMimeData> data(dragFrom("negotiation", 0));
    dropOn("lostDropZone", data.get());
    QTRY_COMPARE(asked, QStringList{"Export deal"});
    QCOMPARE(stored("Export deal").status, DealStatus::Open);
    QCOMPARE(m_history->stack()->count(), 0);

    answer = QString("Price 8 % above the competitor");
    dropOn("lostDropZone", data.get());
    QTRY_COMPARE(stored("Export deal").status, DealStatus::Lost);
    QCOMPARE(stored("Export deal").reason, QString("Price 8 % above the competitor"));
    QCOMPARE(stored("Export deal").closedOn, QDate::currentDate());
    QCOMPARE(m_history->stack()->undoText(), QString("Close deal Export deal as lost"));
    QTRY_COMPARE(cards("negotiation"), 0);
}

// Given the card menu (what a keyboard user moves cards with), when "Move to ▸ Negotiation" is
// chosen, then the deal moves as the drop would.
void TestPipelineBoard::cardMenuMovesTheDeal()
{
    QListView *view = m_board->column(stageId("need_identified"));
    view->setCurrentIndex(view->model()->index(0, 0)); // Valve deal
    bool triggered = false;
    QTimer::singleShot(0, this, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu);
        for (QAction *a : menu->actions())
            if (a->menu() && a->text() == "&Move to")
                for (QAction *stage : a->menu()->actions())
                    if (stage->text() == "Negotiation") {
                        stage->trigger();
                        triggered = true;
                    }
        menu->close();
    });
    emit view->customContextMenuRequested(QPoint(-1, -1)); // from the keyboard: no card there
    QVERIFY(triggered);
    QCOMPARE(stored("Valve deal").stageId, stageId("negotiation"));
    QCOMPARE(m_history->stack()->undoText(), QString("Move deal Valve deal to Negotiation"));
    QTRY_COMPARE(cards("negotiation"), 2);
}

void TestPipelineBoard::filterBarNarrowsTheColumns()
{
    auto *owner = m_board->findChild<QComboBox *>("dealOwnerFilter");
    QVERIFY(owner);
    QCOMPARE(owner->itemText(0), QString("All owners"));
    const int li = owner->findData(m_li);
    QVERIFY(li > 0);
    owner->setCurrentIndex(li);
    QCOMPARE(m_board->filterBar()->filter().ownerId, m_li);
    QCOMPARE(cards("need_identified"), 0);
    QCOMPARE(cards("negotiation"), 1);
    QVERIFY(totalsText("need_identified").startsWith("0 deal"));

    // A reload keeps the selection.
    Opportunity pump = stored("Pump deal");
    pump.ownerId = m_li;
    QVERIFY(m_store->update(pump).ok());
    QTRY_COMPARE(cards("need_identified"), 1);
    QCOMPARE(owner->currentData().toString(), m_li);

    auto *period = m_board->findChild<QComboBox *>("dealPeriodFilter");
    QVERIFY(period);
    QCOMPARE(period->count(), 6);
    period->setCurrentIndex(period->findText("Last year"));
    QCOMPARE(m_board->filterBar()->filter().from, QDate(QDate::currentDate().year() - 1, 1, 1));
    QCOMPARE(cards("need_identified"), 0);
    QCOMPARE(cards("negotiation"), 0);
    QVERIFY(m_board->findChild<QComboBox *>("dealTierFilter")->count() > 1);
    QCOMPARE(m_board->findChild<QComboBox *>("dealIndustryFilter")->itemText(1), QString("Steel"));
}

void TestPipelineBoard::doubleClickOpensTheDeal()
{
    QListView *view = m_board->column(stageId("negotiation"));
    QTRY_VERIFY(view->visualRect(view->model()->index(0, 0)).isValid());
    const QPoint at = view->visualRect(view->model()->index(0, 0)).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
    auto *dialog = m_board->findChild<DealDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QLineEdit *>("dealTitleEdit")->text(), QString("Export deal"));
    dialog->reject();

    QTest::mouseClick(m_board->findChild<QPushButton *>("newDealButton"), Qt::LeftButton);
    QTRY_VERIFY(m_board->findChild<DealDialog *>()
                && m_board->findChild<DealDialog *>()->isVisible());
    QVERIFY(m_board->findChild<DealDialog *>()
                ->findChild<QLineEdit *>("dealTitleEdit")
                ->text()
                .isEmpty());
}

void TestPipelineBoard::dialogRefusesANegativeAmountAndCreatesAValidDeal()
{
    Opportunity fresh;
    fresh.accountId = m_account;
    DealDialog dialog(m_source.get(), m_history.get(), fresh);
    dialog.show();
    QCOMPARE(dialog.findChild<QComboBox *>("dealAccountCombo")->currentData().toString(),
             m_account);
    // keyClicks types ASCII only; an input method would commit the Chinese title at once.
    dialog.findChild<QLineEdit *>("dealTitleEdit")->insert("2027年度液压件框架协议");
    auto *amount = dialog.findChild<QLineEdit *>("dealAmountEdit");
    amount->clear();
    QTest::keyClicks(amount, "-100");
    QTest::mouseClick(dialog.findChild<QPushButton *>("dealOkButton"), Qt::LeftButton);
    auto *error = dialog.findChild<QLabel *>("dealDialogError");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains("negative"), qPrintable(error->text()));
    QVERIFY(dialog.isVisible());
    QCOMPARE(*m_store->count("opportunities"), 3);
    QCOMPARE(m_history->stack()->count(), 0);

    amount->clear();
    QTest::keyClicks(amount, "1,234.50");
    QTest::mouseClick(dialog.findChild<QPushButton *>("dealOkButton"), Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(*m_store->count("opportunities"), 4);
    QCOMPARE(m_history->stack()->undoText(), QString("New deal 2027年度液压件框架协议"));
    std::vector<Opportunity> deals = *m_store->opportunities({m_account});
    const auto made = std::find_if(deals.begin(), deals.end(), [](const Opportunity &d) {
        return d.title == "2027年度液压件框架协议";
    });
    QVERIFY(made != deals.end());
    QCOMPARE(made->amountMinor, 123'450);
    QCOMPARE(made->currency, QString("CNY"));
    QCOMPARE(made->stageId, stageId("need_identified"));
    QCOMPARE(made->probability, 10);
    QCOMPARE(made->status, DealStatus::Open);
    QTRY_COMPARE(cards("need_identified"), 3);
}

void TestPipelineBoard::dialogTakesTheStageProbability()
{
    DealDialog dialog(m_source.get(), m_history.get(), stored("Export deal"));
    auto *probability = dialog.findChild<QSpinBox *>("dealProbabilitySpin");
    probability->setValue(65); // the deal's own figure survives until the stage changes
    auto *stage = dialog.findChild<QComboBox *>("dealStageCombo");
    stage->setCurrentIndex(stage->findData(stageId("contract_signed")));
    QCOMPARE(probability->value(), 90);
    // A later close than the expected one is fine; a won deal needs no expected close check.
    auto *status = dialog.findChild<QComboBox *>("dealStatusCombo");
    auto *reason = dialog.findChild<QLineEdit *>("dealReasonEdit");
    QVERIFY(!reason->isEnabled());
    status->setCurrentIndex(status->findData(int(DealStatus::Won)));
    QVERIFY(reason->isEnabled());
    QTest::keyClicks(reason, "Best delivery time");
    QTest::mouseClick(dialog.findChild<QPushButton *>("dealOkButton"), Qt::LeftButton);
    QCOMPARE(stored("Export deal").status, DealStatus::Won);
    QCOMPARE(stored("Export deal").reason, QString("Best delivery time"));
    QCOMPARE(stored("Export deal").stageId, stageId("contract_signed"));
    m_history->stack()->undo();
    QCOMPARE(stored("Export deal").status, DealStatus::Open);
    QCOMPARE(stored("Export deal").stageId, stageId("negotiation"));
}

// Given the built-in stages stored, when one is renamed and one added, then the board's columns
// follow, the cards staying in their stages.
void TestPipelineBoard::columnsFollowTheStages()
{
    QVERIFY(m_store->storeBuiltInStages().ok());
    Stage negotiation = *m_store->get<Stage>(stageId("negotiation"));
    negotiation.name = "商务谈判";
    QVERIFY(m_store->update(negotiation).ok());
    Stage review;
    review.key = "legal_review";
    review.name = "Legal review";
    review.position = 4; // after negotiation, shared with contract signed
    review.probability = 80;
    const QString reviewId = test::created(*m_store, review).meta.id;
    QVERIFY(!reviewId.isEmpty());
    QTRY_COMPARE(m_board->findChildren<QListView *>(QRegularExpression("^boardColumn_")).size(), 9);
    QCOMPARE(m_board->findChild<QLabel *>("boardHeader_negotiation")->text(), QString("商务谈判"));
    QVERIFY(m_board->column(reviewId));
    QCOMPARE(cards("negotiation"), 1);
    QCOMPARE(cards("need_identified"), 2);
    QVERIFY(m_board->moveDeal(m_ids["Export deal"], reviewId).ok());
    QCOMPARE(stored("Export deal").probability, 80);
    QTRY_COMPARE(m_board->column(reviewId)->model()->rowCount(), 1);
}

// Given a long column scrolled down, when a card elsewhere moves (the source reloads whole and
// the model resets), then the column stays where the user scrolled it.
void TestPipelineBoard::reloadKeepsTheScrollPosition()
{
    QVERIFY(m_store
                ->transaction([&]() -> Result<void> {
                    for (int i = 0; i < 40; ++i) {
                        Result<Opportunity> r = m_store->create(
                            test::sampleDeal(m_account, "delivery", QString("Delivery %1").arg(i),
                                             100'000, QDate::currentDate().addDays(i)));
                        if (!r)
                            return r.error();
                    }
                    return {};
                })
                .ok());
    QTRY_COMPARE(cards("delivery"), 40);
    QListView *view = m_board->column(stageId("delivery"));
    QTRY_VERIFY(view->verticalScrollBar()->maximum() > 1000);
    view->verticalScrollBar()->setValue(1000);
    QVERIFY(m_board->moveDeal(m_ids["Pump deal"], stageId("negotiation")).ok());
    QTRY_COMPARE(cards("negotiation"), 2);
    QTest::qWait(50); // the views lay out after a reset
    QCOMPARE(view->verticalScrollBar()->value(), 1000);
}

void TestPipelineBoard::accountPanelRollsUpTheAccountAndItsBranches()
{
    // Given a branch with an open deal, a deal won today and a deal of another account.
    Account branch = test::sampleAccount("华东重工集团上海分公司", 2);
    branch.parentId = m_account;
    const QString branchId = test::created(*m_store, branch).meta.id;
    const QString otherId = test::created(*m_store, test::sampleAccount("Other Co.", 3)).meta.id;
    const QDate today = QDate::currentDate();
    test::created(
        *m_store,
        test::sampleDeal(branchId, "negotiation", "Branch deal", 1'000'000, today.addDays(5)));
    Opportunity won = test::sampleDeal(m_account, "contract_signed", "Won deal", 3'000'000, today);
    won.status = DealStatus::Won;
    won.closedOn = today;
    test::created(*m_store, won);
    test::created(
        *m_store,
        test::sampleDeal(otherId, "negotiation", "Other deal", 9'000'000, today.addDays(5)));

    AccountDealsPanel panel(m_source.get(), m_history.get());
    panel.resize(900, 400);
    panel.show();
    auto *table = panel.findChild<QTableView *>("dealsTable");
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 0);
    panel.setAccount(m_account, {branchId});
    QTRY_COMPARE(table->model()->rowCount(), 5); // once the source has reloaded
    // Open: 100,000 + 50,000 + 20,000 + 10,000; weighted 10 % + 10 % + 60 % + 60 % of them.
    const QString rollup = panel.findChild<QLabel *>("dealsRollup")->text();
    QVERIFY2(rollup.startsWith("Open: 4 deal"), qPrintable(rollup));
    QVERIFY2(rollup.contains(formatMoney(Money{18'000'000, "CNY"})), qPrintable(rollup));
    QVERIFY2(rollup.contains(formatMoney(Money{3'300'000, "CNY"})), qPrintable(rollup));
    QVERIFY2(
        rollup.contains(
            QString("Won in %1: %2").arg(today.year()).arg(formatMoney(Money{3'000'000, "CNY"}))),
        qPrintable(rollup));

    table->sortByColumn(DealListModel::Amount, Qt::DescendingOrder);
    QCOMPARE(table->model()->index(0, DealListModel::Title).data().toString(),
             QString("Pump deal"));
    QCOMPARE(table->model()->index(4, DealListModel::Title).data().toString(),
             QString("Branch deal"));

    auto *edit = panel.findChild<QPushButton *>("dealEdit");
    QVERIFY(!edit->isEnabled());
    table->selectRow(1);
    QVERIFY(edit->isEnabled());
    QTest::mouseClick(edit, Qt::LeftButton);
    auto *editing = panel.findChild<DealDialog *>();
    QVERIFY(editing);
    QCOMPARE(editing->findChild<QLineEdit *>("dealTitleEdit")->text(), QString("Valve deal"));
    editing->close(); // deletes itself
    QTRY_VERIFY(!panel.findChild<DealDialog *>());
    QTest::mouseClick(panel.findChild<QPushButton *>("dealNew"), Qt::LeftButton);
    auto *dialog = panel.findChild<DealDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QComboBox *>("dealAccountCombo")->currentData().toString(),
             m_account);
    if (const QString dir = qEnvironmentVariable("KAM_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QVERIFY(QDir().mkpath(dir));
        dialog->reject();
        QVERIFY(panel.grab().save(QDir(dir).filePath("account_deals_panel.png")));
    }
}

void TestPipelineBoard::screenshots()
{
    const QString dir = qEnvironmentVariable("KAM_SCREENSHOT_DIR");
    const auto save = [&](const QImage &image, const char *name) {
        QVERIFY(!image.isNull());
        if (dir.isEmpty())
            return;
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(image.save(QDir(dir).filePath(QString::fromLatin1(name))));
    };
    // About twenty deals across the stages, Chinese names and long titles among them.
    const QStringList accounts = {"Baosteel", "三一重工股份有限公司", "Weichai Power", "中联重科"};
    const QStringList titles = {"2027年度液压件框架协议",
                                "Hydraulic pumps for line 3",
                                "2027年度液压件及密封件框架采购协议（华东区域三个生产基地）",
                                "挖掘机主泵替换项目（二期）",
                                "Service contract renewal 2027",
                                "密封件年度采购",
                                "Valve retrofit, Qingdao plant"};
    const QStringList keys
        = {"need_identified", "contact_samples", "intent_confirmed", "negotiation",
           "contract_signed", "delivery",        "payment_collected"};
    QStringList accountIds = {m_account};
    for (int i = 0; i < accounts.size(); ++i)
        accountIds << test::created(*m_store, test::sampleAccount(accounts[i], 10 + i)).meta.id;
    const QString wang = test::created(*m_store, User{{}, "王芳", {}}).meta.id;
    QStringList productIds;
    for (const auto &[series, name] :
         {std::pair{"HP", "柱塞泵 A10VSO"}, std::pair{"HP", "Gear pump G2"},
          std::pair{"SEAL", "密封件套装"}}) {
        Product p;
        p.series = series;
        p.name = name;
        productIds << test::created(*m_store, p).meta.id;
    }
    // Created a month ago, so that some are overdue now.
    m_store->setClock([] { return QDateTime::currentDateTimeUtc().addDays(-30); });
    QVERIFY(m_store
                ->transaction([&]() -> Result<void> {
                    for (int i = 0; i < 20; ++i) {
                        Opportunity d = test::sampleDeal(
                            accountIds[i % accountIds.size()], keys[(i * 3) % keys.size()],
                            titles[i % titles.size()], qint64(1'000'000 + 733'100 * i),
                            QDate::currentDate().addDays(7 * i - 20));
                        d.ownerId = i % 2 ? m_li : wang;
                        d.productIds = productIds[i % productIds.size()];
                        if (Result<Opportunity> r = m_store->create(d); !r)
                            return r.error();
                    }
                    return {};
                })
                .ok());
    m_store->setClock([] { return QDateTime::currentDateTimeUtc(); });
    QTRY_VERIFY(cards("contract_signed") > 0);
    QCOMPARE(m_board->model()->rowCount(), 23);

    const QImage light = m_board->grab().toImage();
    QCOMPARE(light.size(), QSize(1400, 800) * light.devicePixelRatio());
    save(light, "pipeline_board.png");
    auto *scroll = m_board->findChild<QScrollArea *>("boardScroll");
    QVERIFY(scroll);
    scroll->horizontalScrollBar()->setValue(scroll->horizontalScrollBar()->maximum());
    save(m_board->grab().toImage(), "pipeline_board_right.png");
    scroll->horizontalScrollBar()->setValue(0);

    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Base, QColor(0x3a, 0x3a, 0x3a));
    dark.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    dark.setColor(QPalette::Text, QColor(0xf0, 0xf0, 0xf0));
    dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Mid, QColor(0x60, 0x60, 0x60));
    m_board->setPalette(dark);
    save(m_board->grab().toImage(), "pipeline_board_dark.png");
    scroll->horizontalScrollBar()->setValue(scroll->horizontalScrollBar()->maximum());
    save(m_board->grab().toImage(), "pipeline_board_dark_right.png");

    Opportunity deal = stored("Export deal");
    deal.productIds = productIds[0];
    DealDialog dialog(m_source.get(), m_history.get(), deal);
    dialog.show();
    save(dialog.grab().toImage(), "deal_dialog.png");
    auto *amount = dialog.findChild<QLineEdit *>("dealAmountEdit");
    amount->setText("-20,000");
    QTest::mouseClick(dialog.findChild<QPushButton *>("dealOkButton"), Qt::LeftButton);
    QVERIFY(dialog.findChild<QLabel *>("dealDialogError")->isVisible());
    save(dialog.grab().toImage(), "deal_dialog_error.png");
}

QTEST_MAIN(TestPipelineBoard)
#include "tst_pipeline_board.moc"
