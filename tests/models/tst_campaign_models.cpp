// SPDX-License-Identifier: GPL-3.0-or-later
// CampaignModel and CampaignMemberModel over the small portfolio of support/campaign_fixture.h:
// the figures per campaign and per channel as worked out there, "—" for a campaign without
// cost, the default margin, precise change signals after a member or deal is written, and the
// members of one campaign. Checked by QAbstractItemModelTester throughout.

#include "itemmodels/campaign_member_model.h"
#include "itemmodels/campaign_model.h"
#include "support/campaign_fixture.h"
#include "support/result_check.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace kam;

namespace {

/// An amount of whole yuan as the money columns show it.
QString yuan(qint64 major)
{
    return formatMoney(Money{ major * 100, QStringLiteral("CNY") });
}

QString text(const QAbstractItemModel &m, int row, int column)
{
    return m.index(row, column).data().toString();
}

QVariant sortValue(const QAbstractItemModel &m, int row, int column)
{
    return m.index(row, column).data(CampaignModel::SortRole);
}

} // namespace

class TestCampaignModels : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void figuresPerCampaign();
    void figuresPerChannel();
    void defaultMargin();
    void followsAMemberAndADeal();
    void followsANewCampaign();
    void members();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    test::CampaignPortfolio m_p;
    std::unique_ptr<CampaignModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestCampaignModels::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_store = test::openStore(
        m_dir, QStringLiteral("campaigns-%1.sqlite").arg(QDateTime::currentMSecsSinceEpoch()));
    QVERIFY(m_store);
    m_p = test::makeCampaignPortfolio(*m_store);
    QVERIFY(!m_p.mailingWon.isEmpty());
    m_model = std::make_unique<CampaignModel>(m_store.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestCampaignModels::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_store.reset();
}

void TestCampaignModels::figuresPerCampaign()
{
    // Newest start first: the webinar (5 days ago), the fair (30), the mailing (60).
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->campaignCount(), 3);
    const int fair = m_model->rowOf(m_p.fair);
    const int mailing = m_model->rowOf(m_p.mailing);
    const int webinar = m_model->rowOf(m_p.webinar);
    QCOMPARE(webinar, 0);
    QCOMPARE(fair, 1);
    QCOMPARE(mailing, 2);

    const CampaignModel &m = *m_model;
    QCOMPARE(text(m, fair, CampaignModel::Name), QString("Trade fair"));
    QCOMPARE(text(m, fair, CampaignModel::Channel), QString("Trade fair"));
    QCOMPARE(sortValue(m, fair, CampaignModel::StartsOn).toDate(), QDate::currentDate().addDays(-30));
    QCOMPARE(text(m, fair, CampaignModel::Cost), yuan(100'000));
    QCOMPARE(text(m, fair, CampaignModel::Accounts), QString("2"));
    QCOMPARE(text(m, fair, CampaignModel::Contacts), QString("1"));
    QCOMPARE(text(m, fair, CampaignModel::Responses), QString("2"));
    QCOMPARE(text(m, fair, CampaignModel::ResponseRate), QString("67 %"));
    QCOMPARE(sortValue(m, fair, CampaignModel::ResponseRate).toDouble(), 2.0 / 3.0);
    QCOMPARE(text(m, fair, CampaignModel::SourcedDeals), QString("2"));
    QCOMPARE(text(m, fair, CampaignModel::OpenPipeline), yuan(50'000));
    QCOMPARE(text(m, fair, CampaignModel::WonDeals), QString("1"));
    QCOMPARE(text(m, fair, CampaignModel::WonRevenue), yuan(600'000));
    QCOMPARE(text(m, fair, CampaignModel::AttributedMargin), yuan(180'000));
    QCOMPARE(text(m, fair, CampaignModel::Roi), QString("80 %"));
    QCOMPARE(sortValue(m, fair, CampaignModel::Roi).toDouble(), 0.8);
    QCOMPARE(sortValue(m, fair, CampaignModel::Cost).toDouble(), 100'000.0);

    // The mailing's won deal names it by name, as older stores wrote it.
    QCOMPARE(text(m, mailing, CampaignModel::SourcedDeals), QString("1"));
    QCOMPARE(text(m, mailing, CampaignModel::AttributedMargin), yuan(30'000));
    QCOMPARE(text(m, mailing, CampaignModel::ResponseRate), QString("100 %"));
    QCOMPARE(text(m, mailing, CampaignModel::Roi), QString("50 %"));

    // A campaign without cost or members has no ROI and no response rate, and sorts as none.
    QCOMPARE(text(m, webinar, CampaignModel::Roi), QString("—"));
    QCOMPARE(text(m, webinar, CampaignModel::ResponseRate), QString("—"));
    QVERIFY(!sortValue(m, webinar, CampaignModel::Roi).isValid());
    QCOMPARE(m.campaign(webinar)->meta.id, m_p.webinar);

    QCOMPARE(m.total().cost, qint64(120'000'00));
    QCOMPARE(m.total().wonRevenue, qint64(700'000'00));
    QCOMPARE(m.total().attributedMargin, qint64(210'000'00));
    QCOMPARE(analytics::campaignRoi(m.total()), std::optional(0.75));
    QCOMPARE(m.currency(), QString("CNY"));
}

void TestCampaignModels::figuresPerChannel()
{
    m_model->setMode(CampaignModel::Mode::Channels);
    // Trade fair, e-mail and online in CampaignChannel order, then the total.
    QCOMPARE(m_model->rowCount(), 4);
    const CampaignModel &m = *m_model;
    QCOMPARE(text(m, 0, CampaignModel::Name), QString("Trade fair"));
    QCOMPARE(text(m, 1, CampaignModel::Name), QString("E-mail"));
    QCOMPARE(text(m, 2, CampaignModel::Name), QString("Online"));
    QCOMPARE(text(m, 3, CampaignModel::Name), QString("Total"));
    QVERIFY(m.index(3, 0).data(CampaignModel::IsTotalRole).toBool());
    QCOMPARE(m.index(1, 0).data(CampaignModel::IdRole).toString(), QString("email"));
    QVERIFY(text(m, 0, CampaignModel::Channel).isEmpty());
    QCOMPARE(m.campaign(0), nullptr);

    QCOMPARE(text(m, 0, CampaignModel::Roi), QString("80 %"));
    QCOMPARE(text(m, 1, CampaignModel::Roi), QString("50 %"));
    QCOMPARE(text(m, 2, CampaignModel::Roi), QString("—"));
    QCOMPARE(text(m, 3, CampaignModel::Cost), yuan(120'000));
    QCOMPARE(text(m, 3, CampaignModel::SourcedDeals), QString("3"));
    QCOMPARE(text(m, 3, CampaignModel::WonDeals), QString("2"));
    QCOMPARE(text(m, 3, CampaignModel::AttributedMargin), yuan(210'000));
    // 3 responses of 4 members; (210,000 − 120,000) / 120,000 = 75 %.
    QCOMPARE(text(m, 3, CampaignModel::ResponseRate), QString("75 %"));
    QCOMPARE(text(m, 3, CampaignModel::Roi), QString("75 %"));
    QCOMPARE(m.headerData(CampaignModel::Name, Qt::Horizontal).toString(), QString("Channel"));
}

void TestCampaignModels::defaultMargin()
{
    // At 40 % the fair's 600,000 bring 240,000: (240,000 − 100,000) / 100,000 = 140 %.
    m_model->setDefaultMarginPercent(40);
    const int fair = m_model->rowOf(m_p.fair);
    QCOMPARE(text(*m_model, fair, CampaignModel::AttributedMargin), yuan(240'000));
    QCOMPARE(text(*m_model, fair, CampaignModel::Roi), QString("140 %"));
}

void TestCampaignModels::followsAMemberAndADeal()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    const int mailing = m_model->rowOf(m_p.mailing);

    // Given A joins the mailing without responding: 2 accounts, 1 response, 50 %.
    KAM_VERIFY_RESULT(m_store->create(test::sampleMember(m_p.mailing, m_p.accountA)));
    QTRY_COMPARE(text(*m_model, mailing, CampaignModel::Accounts), QString("2"));
    QCOMPARE(text(*m_model, mailing, CampaignModel::ResponseRate), QString("50 %"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), mailing);

    // When a deal of C sourced by the mailing is won for 50,000: margin 45,000, ROI 125 %.
    Opportunity deal = test::wonDeal(m_p.accountC, "Pumps", 50'000'00, m_p.mailing);
    KAM_VERIFY_RESULT(m_store->create(deal));
    QTRY_COMPARE(text(*m_model, mailing, CampaignModel::Roi), QString("125 %"));
    QCOMPARE(text(*m_model, mailing, CampaignModel::WonDeals), QString("2"));
    QCOMPARE(changed.size(), 2);
    QCOMPARE(reset.size(), 0);
}

void TestCampaignModels::followsANewCampaign()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    Result<Campaign> c = m_store->create(test::sampleCampaign("Seminar", CampaignChannel::Seminar,
                                                              5'000'00, QDate::currentDate()));
    KAM_VERIFY_RESULT(c);
    QTRY_COMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->rowOf(c->meta.id), 0); // the newest start
    QCOMPARE(inserted.size(), 1);
    // Nothing sourced: the whole cost is lost.
    QCOMPARE(text(*m_model, 0, CampaignModel::Roi), QString("-100 %"));

    KAM_VERIFY_RESULT(m_store->remove<Campaign>(c->meta.id));
    QTRY_COMPARE(m_model->rowCount(), 3);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(m_model->rowOf(c->meta.id), -1);
}

void TestCampaignModels::members()
{
    CampaignMemberModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);

    model.setCampaign(m_p.fair);
    // By account name, the account as a whole before its contacts.
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(text(model, 0, CampaignMemberModel::AccountName), QString("Sunrise Fleet Services"));
    QCOMPARE(text(model, 0, CampaignMemberModel::ContactName), QString("(the account)"));
    QCOMPARE(text(model, 0, CampaignMemberModel::RespondedOn), QString("No response"));
    QCOMPARE(text(model, 1, CampaignMemberModel::ContactName), QString("Li Wei"));
    QCOMPARE(text(model, 1, CampaignMemberModel::Response), QString("visited the stand"));
    QCOMPARE(model.index(1, CampaignMemberModel::RespondedOn).data(CampaignMemberModel::SortRole).toDate(),
             QDate::currentDate().addDays(-10));
    QCOMPARE(text(model, 2, CampaignMemberModel::AccountName), QString("华东重工集团"));

    // A response marked on the row of B changes that row only.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    CampaignMember b = model.member(0);
    b.respondedOn = QDate::currentDate();
    b.response = "called back";
    KAM_VERIFY_RESULT(m_store->update(b));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
    QCOMPARE(text(model, 0, CampaignMemberModel::Response), QString("called back"));

    // A removed member leaves; another campaign's members are other rows.
    KAM_VERIFY_RESULT(m_store->remove<CampaignMember>(b.meta.id));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf(b.meta.id), -1);
    QCOMPARE(reset.size(), 0);
    model.setCampaign(m_p.mailing);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(text(model, 0, CampaignMemberModel::AccountName), QString("北方化工股份"));
}

QTEST_MAIN(TestCampaignModels)
#include "tst_campaign_models.moc"
