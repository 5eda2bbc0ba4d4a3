// SPDX-License-Identifier: GPL-3.0-or-later
// Campaign return. ROI is the return on marketing investment of P. W. Farris, N. T. Bendle,
// P. E. Pfeifer, D. J. Reibstein, "Marketing Metrics", 2nd ed., Pearson 2010, §9.4: (revenue
// attributable to the campaign × contribution margin − marketing spending) / marketing
// spending. Its worked example at kameir.com/marketing-roi ("a direct mail piece" costing
// $10,000 that brings $50,000 of revenue at a 60 % margin returns $2 per dollar) is the first
// row below; the other rows are worked out by hand in their comments.

#include "analytics/campaigns.h"

#include <QTest>

using namespace kam;
using namespace kam::analytics;

namespace {

CampaignFacts campaign(const QString &id, CampaignChannel channel, qint64 cost,
                       qint64 wonRevenue, qint64 margin)
{
    CampaignFacts c;
    c.campaignId = id;
    c.name = id;
    c.channel = channel;
    c.cost = cost;
    c.wonRevenue = wonRevenue;
    c.attributedMargin = margin;
    return c;
}

} // namespace

class TestCampaigns : public QObject
{
    Q_OBJECT

private slots:
    void roi_data()
    {
        QTest::addColumn<qint64>("cost");
        QTest::addColumn<qint64>("margin");
        QTest::addColumn<double>("roi");
        // Minor units (cents / fen) throughout.
        // 50,000 × 60 % = 30,000 margin; (30,000 − 10,000) / 10,000 = 2.
        QTest::newRow("direct mail (kameir.com)") << qint64(10'000'00) << qint64(30'000'00) << 2.0;
        // 600,000 won at 30 % = 180,000; (180,000 − 100,000) / 100,000 = 0.8.
        QTest::newRow("trade fair") << qint64(100'000'00) << qint64(180'000'00) << 0.8;
        // Nothing won: the whole cost is lost, −1.
        QTest::newRow("nothing won") << qint64(20'000'00) << qint64(0) << -1.0;
        // 45,000 margin on 60,000 cost: (45,000 − 60,000) / 60,000 = −0.25.
        QTest::newRow("under water") << qint64(60'000'00) << qint64(45'000'00) << -0.25;
    }

    void roi()
    {
        QFETCH(qint64, cost);
        QFETCH(qint64, margin);
        QFETCH(double, roi);
        const std::optional<double> got =
            campaignRoi(campaign("c", CampaignChannel::Email, cost, 0, margin));
        QVERIFY(got.has_value());
        QCOMPARE(*got, roi);
    }

    void zeroCostHasNoRoi()
    {
        // Given a campaign that cost nothing but sourced margin, there is no ratio to give.
        QCOMPARE(campaignRoi(campaign("free", CampaignChannel::Online, 0, 500'00, 150'00)),
                 std::nullopt);
        QCOMPARE(campaignRoi(CampaignFacts{}), std::nullopt);
    }

    void channelSums()
    {
        // Given two seminars, an e-mailing and a trade fair, listed out of channel order…
        CampaignFacts s1 = campaign("s1", CampaignChannel::Seminar, 30'000, 200'000, 60'000);
        s1.targetedAccounts = 4;
        s1.targetedContacts = 6;
        s1.responses = 3;
        s1.sourcedDeals = 2;
        s1.sourcedPipeline = 50'000;
        s1.wonDeals = 1;
        CampaignFacts s2 = campaign("s2", CampaignChannel::Seminar, 10'000, 0, 0);
        s2.targetedAccounts = 2;
        s2.responses = 1;
        s2.sourcedDeals = 1;
        s2.sourcedPipeline = 25'000;
        CampaignFacts mail = campaign("m", CampaignChannel::Email, 0, 40'000, 12'000);
        mail.targetedAccounts = 10;
        mail.wonDeals = 1;
        mail.sourcedDeals = 1;
        CampaignFacts fair = campaign("f", CampaignChannel::Exhibition, 100'000, 600'000, 180'000);
        fair.wonDeals = 2;
        fair.sourcedDeals = 3;

        // …when summed per channel…
        const std::vector<CampaignFacts> sums = byChannel({ s1, mail, fair, s2 });

        // …then the channels come in CampaignChannel order, those without campaigns left out.
        QCOMPARE(sums.size(), size_t(3));
        QCOMPARE(sums[0].channel, CampaignChannel::Exhibition);
        QCOMPARE(sums[1].channel, CampaignChannel::Seminar);
        QCOMPARE(sums[2].channel, CampaignChannel::Email);
        for (const CampaignFacts &s : sums) {
            QCOMPARE(s.campaignId, enumCode(s.channel));
            QVERIFY(s.name.isEmpty());
        }

        const CampaignFacts &seminars = sums[1];
        QCOMPARE(seminars.cost, qint64(40'000));
        QCOMPARE(seminars.targetedAccounts, 6);
        QCOMPARE(seminars.targetedContacts, 6);
        QCOMPARE(seminars.responses, 4);
        QCOMPARE(seminars.sourcedDeals, 3);
        QCOMPARE(seminars.sourcedPipeline, qint64(75'000));
        QCOMPARE(seminars.wonDeals, 1);
        QCOMPARE(seminars.wonRevenue, qint64(200'000));
        QCOMPARE(seminars.attributedMargin, qint64(60'000));
        // (60,000 − 40,000) / 40,000 = 0.5: the channel's ROI is that of its sums, not the
        // mean of its campaigns' (1.0 and −1.0).
        QCOMPARE(campaignRoi(seminars), std::optional(0.5));

        QCOMPARE(sums[0].attributedMargin, qint64(180'000));
        QCOMPARE(campaignRoi(sums[0]), std::optional(0.8));
        QCOMPARE(campaignRoi(sums[2]), std::nullopt); // the e-mailing cost nothing
        QVERIFY(byChannel({}).empty());
    }
};

QTEST_APPLESS_MAIN(TestCampaigns)
#include "tst_campaigns.moc"
