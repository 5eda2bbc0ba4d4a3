// SPDX-License-Identifier: GPL-3.0-or-later
// The Satisfaction tab driven through its widgets: a response entered in the dialog ends up in
// the store as one undoable command, a refused one shows why in the dialog and writes nothing,
// the NPS line never calls "no answers" 0, and the trend chart draws one point per quarter that
// has a value. A picture of the tab is saved to a temporary folder (and to KAM_SCREENSHOT_DIR).

#include "commands/edit_history.h"
#include "itemmodels/satisfaction_model.h"
#include "satisfaction_dialog.h"
#include "satisfaction_panel.h"
#include "support/gui_driver.h"
#include "support/result_check.h"
#include "support/store_fixture.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QValueAxis>

using namespace kam;
using namespace kam::test;

namespace {

/// Runs `drive` on the satisfaction dialog once it is open (exec() blocks the caller).
void whenDialogOpens(QObject *context, std::function<void(SatisfactionDialog *)> drive)
{
    QTimer::singleShot(0, context, [drive = std::move(drive)] {
        auto *dialog = qobject_cast<SatisfactionDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            qWarning("no modal SatisfactionDialog");
            return;
        }
        drive(dialog);
    });
}

/// The chart's line named `name`, or null.
QLineSeries *line(QChart *chart, const QString &name)
{
    for (QAbstractSeries *s : chart->series())
        if (s->name() == name)
            return qobject_cast<QLineSeries *>(s);
    return nullptr;
}

} // namespace

class TestSatisfactionPanel : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<EditHistory> m_history;
    QDateTime m_now;
    QString m_account, m_zhang;

    QString addResponse(const QDate &day, int recommend, int satisfaction,
                        const QString &dimensions, const QString &comment = QString())
    {
        SatisfactionResponse r;
        r.accountId = m_account;
        r.respondedOn = day;
        r.recommend = recommend;
        r.satisfaction = satisfaction;
        r.dimensionScores = dimensions;
        r.comment = comment;
        Result<SatisfactionResponse> stored = m_store->create(r);
        return stored ? stored->meta.id : QString();
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = test::openStore(*m_dir);
        QVERIFY(m_store);
        m_now = QDateTime(QDate(2026, 11, 20), QTime(4, 0), Qt::UTC);
        m_store->setClock([this] { return m_now; });
        m_history = std::make_unique<EditHistory>(m_store.get());
        m_account = m_store->create(test::sampleAccount("华东重工集团"))->meta.id;
        Contact zhang;
        zhang.accountId = m_account;
        zhang.name = "张伟";
        zhang.title = "采购总监";
        m_zhang = m_store->create(zhang)->meta.id;
    }
    void cleanup()
    {
        m_history.reset();
        m_store.reset();
        m_dir.reset();
    }

    // Given an account without responses, then the tab says so instead of drawing an empty
    // chart, and the NPS line says there are no answers rather than 0.
    void emptyStateIsIntentional()
    {
        SatisfactionPanel panel(m_store.get(), m_history.get());
        panel.setAccount(m_account, {});
        panel.resize(1000, 640);
        panel.show();
        auto *empty = child<QLabel>(&panel, "satisfactionEmptyState");
        QVERIFY(empty->isVisible());
        QVERIFY(!child<QChartView>(&panel, "satisfactionChart")->isVisible());
        QVERIFY(empty->text().contains("No satisfaction responses"));
        const QString nps = child<QLabel>(&panel, "satisfactionNps")->text();
        QCOMPARE(nps, QString("NPS: no answers yet"));
        QVERIFY(!nps.contains('0'));
        QVERIFY(child<QPushButton>(&panel, "addSatisfactionButton")->isEnabled());
        QVERIFY(!child<QPushButton>(&panel, "editSatisfactionButton")->isEnabled());
        screenshot(&panel, "satisfaction_empty.png");
    }

    // Given the tab, when the user enters a response in the dialog (day, visit, Zhang, 9, 4 –
    // Satisfied, quality 4, a comment), then one response with exactly that is stored as one
    // undo step, the table and the NPS show it, and undo removes it.
    void addResponseThroughDialogUndoRemovesIt()
    {
        SatisfactionPanel panel(m_store.get(), m_history.get());
        panel.setAccount(m_account, {});
        panel.show();
        bool dimensionSpins = false;
        whenDialogOpens(this, [&](SatisfactionDialog *dialog) {
            child<QDateEdit>(dialog, "satisfactionDateEdit")->setDate(QDate(2026, 10, 15));
            auto *source = child<QComboBox>(dialog, "satisfactionSourceCombo");
            source->setCurrentIndex(source->findData(int(ResponseSource::Visit)));
            auto *contact = child<QComboBox>(dialog, "satisfactionContactCombo");
            QCOMPARE(contact->count(), 2); // the account as a whole, and Zhang
            contact->setCurrentIndex(contact->findData(m_zhang));
            auto *recommend = child<QSpinBox>(dialog, "satisfactionRecommendSpin");
            QCOMPARE(recommend->text(), QString("Not answered")); // nothing is assumed
            recommend->selectAll();
            QTest::keyClicks(recommend, "9");
            auto *score = child<QComboBox>(dialog, "satisfactionScoreCombo");
            score->setCurrentIndex(score->findData(4));
            QCOMPARE(score->currentText(), QString("4 – Satisfied"));
            auto *quality = child<QSpinBox>(dialog, "satisfactionDimension_quality");
            auto *price = child<QSpinBox>(dialog, "satisfactionDimension_price");
            dimensionSpins = quality && price && price->text() == QString("—");
            if (quality) {
                quality->selectAll();
                QTest::keyClicks(quality, "4");
            }
            typeText(child<QPlainTextEdit>(dialog, "satisfactionCommentEdit"),
                     "交付准时，价格偏高");
            screenshot(dialog, "satisfaction_dialog.png");
            QTest::mouseClick(child<QPushButton>(dialog, "satisfactionOkButton"), Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>(&panel, "addSatisfactionButton"), Qt::LeftButton);
        QVERIFY(dimensionSpins);

        const std::vector<SatisfactionResponse> stored
            = *m_store->satisfactionResponses({ m_account });
        QCOMPARE(stored.size(), size_t(1));
        QCOMPARE(stored[0].respondedOn, QDate(2026, 10, 15));
        QCOMPARE(stored[0].source, ResponseSource::Visit);
        QCOMPARE(stored[0].contactId, m_zhang);
        QCOMPARE(stored[0].recommend, 9);
        QCOMPARE(stored[0].satisfaction, 4);
        QCOMPARE(stored[0].dimensionScores, QString("quality=4"));
        QCOMPARE(stored[0].comment, QString("交付准时，价格偏高"));
        QCOMPARE(m_history->stack()->count(), 1);
        QCOMPARE(panel.model()->rowCount(), 1);
        QCOMPARE(child<QLabel>(&panel, "satisfactionNps")->text(), QString("NPS +100"));
        QVERIFY(child<QLabel>(&panel, "satisfactionNpsDetail")->text().contains("1\u00a0promoter"));
        auto *table = child<QTableView>(&panel, "satisfactionTable");
        QCOMPARE(table->currentIndex().data(SatisfactionModel::IdRole).toString(),
                 stored[0].meta.id);

        m_history->stack()->undo();
        QCOMPARE(panel.model()->rowCount(), 0);
        QCOMPARE(*m_store->count("satisfaction_responses"), qint64(0));
        QCOMPARE(child<QLabel>(&panel, "satisfactionNps")->text(), QString("NPS: no answers yet"));
    }

    // Given the dialog opened on the store's today, when the store's day went back before OK (the
    // laptop flew west across time zones), then the store's refusal of a day after today shows in
    // the dialog, which stays open, and nothing is written.
    void futureDateIsRefusedInTheDialog()
    {
        const qint64 journalBefore = qint64(m_store->journal()->size());
        bool stayedOpen = false;
        QString message;
        QDate maximum;
        SatisfactionPanel panel(m_store.get(), m_history.get());
        panel.setAccount(m_account, {});
        whenDialogOpens(this, [&](SatisfactionDialog *dialog) {
            auto *date = child<QDateEdit>(dialog, "satisfactionDateEdit");
            maximum = date->maximumDate();
            QCOMPARE(date->date(), QDate(2026, 11, 20));
            m_now = QDateTime(QDate(2026, 11, 19), QTime(4, 0), Qt::UTC);
            auto *recommend = child<QSpinBox>(dialog, "satisfactionRecommendSpin");
            recommend->setValue(8);
            QTest::mouseClick(child<QPushButton>(dialog, "satisfactionOkButton"), Qt::LeftButton);
            auto *error = child<QLabel>(dialog, "satisfactionDialogError");
            stayedOpen = dialog->isVisible() && !error->isHidden();
            message = error->text();
            screenshot(dialog, "satisfaction_dialog_error.png");
            dialog->reject();
        });
        QTest::mouseClick(child<QPushButton>(&panel, "addSatisfactionButton"), Qt::LeftButton);
        QCOMPARE(maximum, QDate(2026, 11, 20)); // the dialog offers no day after the store's today
        QVERIFY(stayedOpen);
        QVERIFY2(message.contains("after today"), qPrintable(message));
        QCOMPARE(*m_store->count("satisfaction_responses"), qint64(0));
        QCOMPARE(qint64(m_store->journal()->size()), journalBefore);
        QCOMPARE(m_history->stack()->count(), 0);
    }

    // Given responses in three quarters — one rating everything, one answering nothing, one
    // with two dimensions — then the chart has the three quarters on its axis and each line a
    // point only where its quarter has a value; hovering a quarter tells its values and comments.
    void chartHasAPointPerQuarterWithAValue()
    {
        addResponse(QDate(2026, 2, 10), 9, 5, "quality=4", "质量稳定");
        addResponse(QDate(2026, 5, 6), -1, 0, QString());
        addResponse(QDate(2026, 8, 20), 6, 3, "quality=2;delivery=3", "交付延迟两周");
        addResponse(QDate(2026, 9, 2), 10, 4, QString(), "技术支持很及时");

        SatisfactionPanel panel(m_store.get(), m_history.get());
        panel.setAccount(m_account, {});
        panel.resize(1100, 720);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QChart *chart = panel.chart();
        auto *quarters = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Horizontal).value(0));
        QVERIFY(quarters);
        QCOMPARE(quarters->categories(), (QStringList { "2026 Q1", "2026 Q2", "2026 Q3" }));
        QCOMPARE(chart->series().size(), 4); // overall, quality, delivery, NPS: nothing unrated
        QLineSeries *overall = line(chart, "Overall satisfaction");
        QVERIFY(overall);
        QCOMPARE(overall->count(), 2);
        QCOMPARE(overall->at(0), QPointF(0, 5));
        QCOMPARE(overall->at(1), QPointF(2, 3.5));
        QCOMPARE(line(chart, "Quality")->count(), 2);
        QCOMPARE(line(chart, "Delivery")->count(), 1);
        QLineSeries *nps = line(chart, "NPS (right axis)");
        QVERIFY(nps);
        QCOMPARE(nps->count(), 2);
        QCOMPARE(nps->at(0), QPointF(0, 100));
        QCOMPARE(nps->at(1), QPointF(2, 0)); // one promoter and one detractor
        auto *npsAxis = qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical, nps).value(0));
        QVERIFY(npsAxis);
        QCOMPARE(npsAxis->min(), -100.0);
        QCOMPARE(npsAxis->max(), 100.0);
        QCOMPARE(npsAxis->alignment(), Qt::AlignRight);
        auto *scoreAxis = qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical, overall).value(0));
        QVERIFY(scoreAxis);
        QCOMPARE(scoreAxis->min(), 1.0);
        QCOMPARE(scoreAxis->max(), 5.0);

        const QString tip = panel.quarterToolTip(2);
        QVERIFY2(tip.contains("2026 Q3") && tip.contains("交付延迟两周")
                     && tip.contains("技术支持很及时") && tip.contains("NPS 0"),
                 qPrintable(tip));
        QVERIFY(panel.quarterToolTip(1).contains("NPS: no answers"));
        QVERIFY(panel.quarterToolTip(3).isEmpty());

        // The NPS line: 2 promoters, 1 detractor of 3 answers; the 4th did not answer.
        QCOMPARE(child<QLabel>(&panel, "satisfactionNps")->text(), QString("NPS +33"));
        QVERIFY(child<QLabel>(&panel, "satisfactionNpsDetail")
                    ->text()
                    .contains("1\u00a0not\u00a0answered"));

        // A quarter without responses keeps its place on the time axis, with no points.
        addResponse(QDate(2025, 8, 1), 8, 4, QString());
        QCOMPARE(quarters->categories(),
                 (QStringList { "2025 Q3", "2025 Q4", "2026 Q1", "2026 Q2", "2026 Q3" }));
        QCOMPARE(line(chart, "Overall satisfaction")->count(), 3);
        QCOMPARE(line(chart, "Overall satisfaction")->at(1), QPointF(2, 5));
        QVERIFY(panel.quarterToolTip(1).contains("2025 Q4</b> · 0 response"));

        // A picture of the tab, always to a temporary folder (and to KAM_SCREENSHOT_DIR if set).
        QTemporaryDir shots;
        const QString file = shots.filePath("satisfaction.png");
        QVERIFY(panel.grab().save(file));
        QVERIFY(!QImage(file).isNull());
        screenshot(&panel, "satisfaction.png");
    }

    // Given a selected response, when Delete is pressed in the table, then it is deleted as one
    // undo step, and undo brings it back; double-click opens it for editing.
    void deleteKeyDeletesUndoBringsItBack()
    {
        const QString id = addResponse(QDate(2026, 9, 2), 10, 4, QString(), "技术支持很及时");
        SatisfactionPanel panel(m_store.get(), m_history.get());
        panel.setAccount(m_account, {});
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *table = child<QTableView>(&panel, "satisfactionTable");
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, SatisfactionModel::Comment));
        QVERIFY(child<QPushButton>(&panel, "deleteSatisfactionButton")->isEnabled());

        bool edited = false;
        whenDialogOpens(this, [&](SatisfactionDialog *dialog) {
            edited = dialog->response().meta.id == id;
            dialog->reject();
        });
        const QRect cell = table->visualRect(table->currentIndex());
        // A double click is a press and release, then the double-click event on the same cell.
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QVERIFY(edited);
        QCOMPARE(m_history->stack()->count(), 0); // cancelled: nothing written

        // A shortcut needs the window active again after the dialog, and the focus on the table.
        panel.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Delete);
        QCOMPARE(panel.model()->rowCount(), 0);
        QCOMPARE(m_history->stack()->count(), 1);
        m_history->stack()->undo();
        QCOMPARE(panel.model()->rowCount(), 1);
        QCOMPARE(panel.model()->rowAt(0).meta.id, id);
    }
};

QTEST_MAIN(TestSatisfactionPanel)
#include "tst_satisfaction_panel.moc"
