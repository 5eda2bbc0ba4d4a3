// SPDX-License-Identifier: GPL-3.0-or-later
// The Campaigns tab driven through its widgets on the small portfolio of
// support/campaign_fixture.h (figures worked out there): the figures per campaign and per
// channel, a campaign and a member created through the dialogs and undone, a response marked,
// and a deal given a campaign in the deal dialog showing under its sourced deals.

#include "campaigns_view.h"
#include "commands/edit_history.h"
#include "deal_dialog.h"
#include "itemmodels/campaign_member_model.h"
#include "itemmodels/campaign_model.h"
#include "itemmodels/pipeline_source.h"
#include "support/campaign_fixture.h"
#include "support/gui_driver.h"
#include "support/result_check.h"

#include <QBarCategoryAxis>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace kam;
using test::child;

namespace {

/// An amount of whole yuan as the money columns show it.
QString yuan(qint64 major)
{
    return formatMoney(Money{ major * 100, QStringLiteral("CNY") });
}

} // namespace

class TestCampaignsView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void figuresPerCampaignAndChannel();
    void newCampaignAndMemberUndone();
    void markResponse();
    void dealDialogSourcesADeal();
    void dealDialogKeepsLegacyText();

private:
    /// The row of the campaigns table showing `id`.
    int tableRow(const QString &id) const;
    QString cell(const QString &id, int column) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<EditHistory> m_history;
    std::unique_ptr<PipelineSource> m_source;
    std::unique_ptr<CampaignsView> m_view;
    test::CampaignPortfolio m_p;
    QTableView *m_table = nullptr;
};

void TestCampaignsView::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_store = test::openStore(
        m_dir, QStringLiteral("campaigns-view-%1.sqlite").arg(QDateTime::currentMSecsSinceEpoch()));
    QVERIFY(m_store);
    m_p = test::makeCampaignPortfolio(*m_store);
    QVERIFY(!m_p.mailingWon.isEmpty());
    m_history = std::make_unique<EditHistory>(m_store.get());
    m_source = std::make_unique<PipelineSource>(m_store.get());
    m_view = std::make_unique<CampaignsView>(m_store.get(), m_source.get(), m_history.get());
    m_view->resize(1280, 800);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_table = child<QTableView>(m_view.get(), "campaignsTable");
    QVERIFY(m_table);
}

void TestCampaignsView::cleanup()
{
    m_view.reset();
    m_source.reset();
    m_history.reset();
    m_store.reset();
}

int TestCampaignsView::tableRow(const QString &id) const
{
    for (int row = 0; row < m_table->model()->rowCount(); ++row)
        if (m_table->model()->index(row, 0).data(CampaignModel::IdRole).toString() == id)
            return row;
    return -1;
}

QString TestCampaignsView::cell(const QString &id, int column) const
{
    return m_table->model()->index(tableRow(id), column).data().toString();
}

// Given the portfolio, the table, chart and summary show the hand-computed figures; by channel
// they are summed, with the total last.
void TestCampaignsView::figuresPerCampaignAndChannel()
{
    QCOMPARE(m_table->model()->rowCount(), 3);
    QCOMPARE(cell(m_p.fair, CampaignModel::Cost), yuan(100'000));
    QCOMPARE(cell(m_p.fair, CampaignModel::WonRevenue), yuan(600'000));
    QCOMPARE(cell(m_p.fair, CampaignModel::AttributedMargin), yuan(180'000));
    QCOMPARE(cell(m_p.fair, CampaignModel::Roi), QString("80 %"));
    QCOMPARE(cell(m_p.mailing, CampaignModel::Roi), QString("50 %"));
    QCOMPARE(cell(m_p.webinar, CampaignModel::Roi), QString("—"));
    auto *summary = child<QLabel>(m_view.get(), "campaignsSummary");
    // "3 campaign(s)" until the English catalogue has the plural, "3 campaigns" then.
    QVERIFY2(summary->text().startsWith("3 campaign"), qPrintable(summary->text()));
    QVERIFY2(summary->text().contains("ROI 75 %"), qPrintable(summary->text()));

    // Sorting by ROI, highest first, puts the campaign without one last.
    m_table->sortByColumn(CampaignModel::Roi, Qt::DescendingOrder);
    QCOMPARE(tableRow(m_p.fair), 0);
    QCOMPARE(tableRow(m_p.mailing), 1);
    QCOMPARE(tableRow(m_p.webinar), 2);
    // The chart draws the table's rows, its first row on top (a horizontal chart's last).
    auto *chart = child<QChartView>(m_view.get(), "campaignsChart");
    QVERIFY(chart);
    auto *axis = qobject_cast<QBarCategoryAxis *>(chart->chart()->axes(Qt::Vertical).value(0));
    QVERIFY(axis);
    QCOMPARE(axis->categories().size(), 3);
    QCOMPARE(axis->categories().last(), QString("Trade fair<br>ROI 80 %"));

    // Selecting the fair lists its three members and its two sourced deals.
    m_table->selectRow(tableRow(m_p.fair));
    QCOMPARE(m_view->selectedCampaignId(), m_p.fair);
    QCOMPARE(m_view->memberModel()->rowCount(), 3);
    QCOMPARE(m_view->sourcedDealCount(), 2);
    m_table->selectRow(tableRow(m_p.mailing));
    QCOMPARE(m_view->sourcedDealCount(), 1); // named by its name in an older store

    auto *show = child<QComboBox>(m_view.get(), "campaignsShow");
    show->setCurrentIndex(show->findData(int(CampaignModel::Mode::Channels)));
    QCOMPARE(m_table->model()->rowCount(), 4);
    QCOMPARE(cell("exhibition", CampaignModel::Roi), QString("80 %"));
    QCOMPARE(cell("email", CampaignModel::Roi), QString("50 %"));
    QCOMPARE(cell("online", CampaignModel::Roi), QString("—"));
    // The total stays last whichever way the table is sorted.
    m_table->sortByColumn(CampaignModel::Cost, Qt::AscendingOrder);
    QVERIFY(m_table->model()->index(3, 0).data(CampaignModel::IsTotalRole).toBool());
    QCOMPARE(m_table->model()->index(3, CampaignModel::Roi).data().toString(), QString("75 %"));
    QVERIFY(m_view->selectedCampaignId().isEmpty());
    QVERIFY(!child<QPushButton>(m_view.get(), "campaignAddMembersButton")->isEnabled());
}

// Given the view, when a campaign is created through its dialog and an account added to it,
// then both are in the store; undo takes the member and then the campaign away.
void TestCampaignsView::newCampaignAndMemberUndone()
{
    QTest::mouseClick(child<QPushButton>(m_view.get(), "campaignNewButton"), Qt::LeftButton);
    auto *dialog = m_view->findChild<QDialog *>("campaignDialog");
    QVERIFY(dialog && dialog->isVisible());
    auto *name = child<QLineEdit>(dialog, "campaignNameEdit");
    auto *cost = child<QLineEdit>(dialog, "campaignCostEdit");
    cost->clear();
    QTest::keyClicks(cost, "5,000");
    // An empty name is refused in the dialog, which stays open with nothing written.
    QTest::mouseClick(child<QPushButton>(dialog, "campaignOkButton"), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(child<QLabel>(dialog, "campaignDialogError")->isVisible());
    QCOMPARE(*m_store->count("campaigns"), 3);

    QTest::keyClicks(name, "Autumn seminar");
    auto *channel = child<QComboBox>(dialog, "campaignChannelCombo");
    channel->setCurrentIndex(channel->findData(int(CampaignChannel::Seminar)));
    QTest::mouseClick(child<QPushButton>(dialog, "campaignOkButton"), Qt::LeftButton);
    QTRY_VERIFY(!m_view->findChild<QDialog *>("campaignDialog"));
    QCOMPARE(*m_store->count("campaigns"), 4);
    const QString id = m_view->selectedCampaignId();
    Result<Campaign> stored = m_store->get<Campaign>(id);
    KAM_VERIFY_RESULT(stored);
    QCOMPARE(stored->name, QString("Autumn seminar"));
    QCOMPARE(stored->channel, CampaignChannel::Seminar);
    QCOMPARE(stored->costMinor, qint64(5'000'00));
    QCOMPARE(cell(id, CampaignModel::Roi), QString("-100 %"));

    QTest::mouseClick(child<QPushButton>(m_view.get(), "campaignAddMembersButton"), Qt::LeftButton);
    auto *members = m_view->findChild<QDialog *>("campaignMembersDialog");
    QVERIFY(members && members->isVisible());
    auto *accounts = child<QListWidget>(members, "campaignMemberAccounts");
    QCOMPARE(accounts->count(), 3);
    QList<QListWidgetItem *> found = accounts->findItems("Sunrise Fleet Services", Qt::MatchExactly);
    QCOMPARE(found.size(), 1);
    found.first()->setCheckState(Qt::Checked);
    // With one account ticked its contacts are offered.
    auto *contact = child<QComboBox>(members, "campaignMemberContact");
    QVERIFY(contact->isEnabled());
    QCOMPARE(contact->count(), 2);
    contact->setCurrentIndex(contact->findData(m_p.contactB));
    QTest::mouseClick(child<QPushButton>(members, "campaignMembersOkButton"), Qt::LeftButton);
    QTRY_VERIFY(!m_view->findChild<QDialog *>("campaignMembersDialog"));

    Result<std::vector<CampaignMember>> written = m_store->campaignMembers(id);
    KAM_VERIFY_RESULT(written);
    QCOMPARE(written->size(), size_t(1));
    QCOMPARE(written->front().accountId, m_p.accountB);
    QCOMPARE(written->front().contactId, m_p.contactB);
    QCOMPARE(m_view->memberModel()->rowCount(), 1);
    QTRY_COMPARE(cell(id, CampaignModel::Contacts), QString("1"));
    QVERIFY(m_history->stack()->undoText().startsWith("Add 1 account"));
    QVERIFY(m_history->stack()->undoText().endsWith(" to Autumn seminar"));

    m_history->stack()->undo();
    QCOMPARE(m_store->campaignMembers(id)->size(), size_t(0));
    QCOMPARE(m_view->memberModel()->rowCount(), 0);
    m_history->stack()->undo();
    QCOMPARE(*m_store->count("campaigns"), 3);
    QTRY_COMPARE(m_table->model()->rowCount(), 3);
}

// Given the fair selected, when B's response is marked through the dialog, then the member
// row and the fair's responses follow; undo takes it back.
void TestCampaignsView::markResponse()
{
    m_table->selectRow(tableRow(m_p.fair));
    QCOMPARE(cell(m_p.fair, CampaignModel::Responses), QString("2"));
    auto *memberTable = child<QTableView>(m_view.get(), "campaignMembersTable");
    QAbstractItemModel *rows = memberTable->model();
    int b = -1;
    for (int row = 0; row < rows->rowCount(); ++row)
        if (rows->index(row, CampaignMemberModel::AccountName).data().toString() == "Sunrise Fleet Services"
            && rows->index(row, CampaignMemberModel::ContactName).data().toString() == "(the account)")
            b = row;
    QVERIFY(b >= 0);
    memberTable->selectRow(b);
    QTest::mouseClick(child<QPushButton>(m_view.get(), "campaignMarkResponseButton"), Qt::LeftButton);
    auto *dialog = m_view->findChild<QDialog *>("campaignResponseDialog");
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY(child<QCheckBox>(dialog, "campaignRespondedCheck")->isChecked());
    child<QDateEdit>(dialog, "campaignResponseDayEdit")->setDate(QDate::currentDate().addDays(-3));
    QTest::keyClicks(child<QLineEdit>(dialog, "campaignResponseEdit"), "asked for samples");
    QTest::mouseClick(child<QPushButton>(dialog, "campaignResponseOkButton"), Qt::LeftButton);
    QTRY_VERIFY(!m_view->findChild<QDialog *>("campaignResponseDialog"));

    const QString memberId = rows->index(b, 0).data(CampaignMemberModel::IdRole).toString();
    Result<CampaignMember> stored = m_store->get<CampaignMember>(memberId);
    KAM_VERIFY_RESULT(stored);
    QCOMPARE(stored->respondedOn, QDate::currentDate().addDays(-3));
    QCOMPARE(stored->response, QString("asked for samples"));
    QTRY_COMPARE(cell(m_p.fair, CampaignModel::Responses), QString("3"));
    QCOMPARE(cell(m_p.fair, CampaignModel::ResponseRate), QString("100 %"));

    m_history->stack()->undo();
    QVERIFY(!m_store->get<CampaignMember>(memberId)->respondedOn.isValid());
    QTRY_COMPARE(cell(m_p.fair, CampaignModel::Responses), QString("2"));
}

// Given the mailing, when a new won deal names it in the deal dialog's campaign combo, then the
// deal stores the campaign's id, shows under the mailing's sourced deals and raises its ROI.
void TestCampaignsView::dealDialogSourcesADeal()
{
    Opportunity fresh;
    fresh.accountId = m_p.accountC;
    DealDialog dialog(m_source.get(), m_history.get(), fresh);
    dialog.show();
    auto *campaign = child<QComboBox>(&dialog, "dealCampaignCombo");
    // No campaign first, then the campaigns by name.
    QCOMPARE(campaign->count(), 4);
    QCOMPARE(campaign->currentText(), QString());
    QCOMPARE(campaign->itemText(1), QString("Spring mailing"));
    campaign->setCurrentIndex(campaign->findData(m_p.mailing));
    dialog.findChild<QLineEdit *>("dealTitleEdit")->insert("Pumps");
    auto *amount = dialog.findChild<QLineEdit *>("dealAmountEdit");
    amount->clear();
    QTest::keyClicks(amount, "50,000");
    auto *status = dialog.findChild<QComboBox *>("dealStatusCombo");
    status->setCurrentIndex(status->findData(int(DealStatus::Won)));
    QTest::mouseClick(dialog.findChild<QPushButton *>("dealOkButton"), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    std::vector<Opportunity> deals = *m_store->opportunities({ m_p.accountC });
    QCOMPARE(deals.size(), size_t(1));
    QCOMPARE(deals.front().sourceCampaign, m_p.mailing);

    // 30,000 + 50,000 × 30 % = 45,000 margin on 20,000: ROI 125 %.
    QTRY_COMPARE(cell(m_p.mailing, CampaignModel::Roi), QString("125 %"));
    QCOMPARE(cell(m_p.mailing, CampaignModel::WonRevenue), yuan(150'000));
    m_table->selectRow(tableRow(m_p.mailing));
    QTRY_COMPARE(m_view->sourcedDealCount(), 2);

    // Choosing no campaign clears it.
    DealDialog edit(m_source.get(), m_history.get(), deals.front());
    auto *editCampaign = child<QComboBox>(&edit, "dealCampaignCombo");
    QCOMPARE(editCampaign->currentText(), QString("Spring mailing"));
    editCampaign->setCurrentIndex(0);
    QTest::mouseClick(edit.findChild<QPushButton *>("dealOkButton"), Qt::LeftButton);
    QVERIFY(m_store->get<Opportunity>(deals.front().meta.id)->sourceCampaign.isEmpty());
    QTRY_COMPARE(m_view->sourcedDealCount(), 1);
}

// Given a deal of an older store naming a campaign in words no campaign has, the dialog shows
// the text and keeps it; a campaign's name typed in full names that campaign.
void TestCampaignsView::dealDialogKeepsLegacyText()
{
    Opportunity old = test::sampleDeal(m_p.accountC, "negotiation", "Boilers", 10'000'00,
                                       QDate::currentDate().addMonths(1));
    old.sourceCampaign = "Expo 2019";
    old = test::created(*m_store, old);
    QVERIFY(!old.meta.id.isEmpty());
    {
        DealDialog dialog(m_source.get(), m_history.get(), old);
        QCOMPARE(child<QComboBox>(&dialog, "dealCampaignCombo")->currentText(), QString("Expo 2019"));
        QCOMPARE(dialog.deal().sourceCampaign, QString("Expo 2019"));
    }
    DealDialog dialog(m_source.get(), m_history.get(), old);
    auto *campaign = child<QComboBox>(&dialog, "dealCampaignCombo");
    campaign->setEditText("Trade fair");
    QCOMPARE(dialog.deal().sourceCampaign, m_p.fair);
    campaign->setEditText("Another fair");
    QCOMPARE(dialog.deal().sourceCampaign, QString("Another fair"));
}

QTEST_MAIN(TestCampaignsView)
#include "tst_campaigns_view.moc"
