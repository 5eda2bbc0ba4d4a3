// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the campaign tests: a small portfolio with three campaigns whose figures are worked
// out by hand below. No account has cost-of-goods entries, so every won deal is credited with
// the default margin (30 % unless a test sets another).
//
//   Trade fair (trade fair channel), cost 100,000.00: members A (responded), B (not), and Li
//     Wei at B (responded): 2 accounts, 1 contact, 2 responses of 3 members (67 %). Deals: B
//     won 600,000.00 and A open 50,000.00. Margin 600,000 × 30 % = 180,000; ROI (180,000 −
//     100,000) / 100,000 = 80 %.
//   Spring mailing (e-mail), cost 20,000.00: member C (responded), 1 of 1 (100 %). A deal of B
//     won for 100,000.00 names it by its name, as older stores did. Margin 30,000; ROI 50 %.
//   Webinar (online), cost 0, no members and no deals: ROI none.
//   All: cost 120,000, won 700,000 in 2 of 3 sourced deals, margin 210,000, ROI 75 %.

#include "deal_fixture.h"
#include "store_fixture.h"

namespace kam::test {

struct CampaignPortfolio
{
    QString accountA;
    QString accountB;
    QString accountC;
    QString contactB;
    QString fair;
    QString mailing;
    QString webinar;
    QString fairWon;
    QString fairOpen;
    QString mailingWon;
};

inline Campaign sampleCampaign(const QString &name, CampaignChannel channel, qint64 costMinor,
                               const QDate &starts)
{
    Campaign c;
    c.name = name;
    c.channel = channel;
    c.costMinor = costMinor;
    c.startsOn = starts;
    c.endsOn = starts.addDays(2);
    return c;
}

inline CampaignMember sampleMember(const QString &campaignId, const QString &accountId,
                                   const QString &contactId = {}, const QDate &respondedOn = {},
                                   const QString &response = {})
{
    CampaignMember m;
    m.campaignId = campaignId;
    m.accountId = accountId;
    m.contactId = contactId;
    m.respondedOn = respondedOn;
    m.response = response;
    return m;
}

inline Opportunity wonDeal(const QString &accountId, const QString &title, qint64 amountMinor,
                           const QString &sourceCampaign)
{
    const QDate today = QDate::currentDate();
    Opportunity d = sampleDeal(accountId, QStringLiteral("contract_signed"), title, amountMinor, today);
    d.status = DealStatus::Won;
    d.closedOn = today;
    d.sourceCampaign = sourceCampaign;
    return d;
}

/// Writes the portfolio described above; ids empty after a warning when the store refused.
inline CampaignPortfolio makeCampaignPortfolio(Store &store)
{
    const QDate today = QDate::currentDate();
    CampaignPortfolio p;
    p.accountA = created(store, sampleAccount(QStringLiteral("华东重工集团"))).meta.id;
    p.accountB = created(store, sampleAccount(QStringLiteral("Sunrise Fleet Services"))).meta.id;
    p.accountC = created(store, sampleAccount(QStringLiteral("北方化工股份"))).meta.id;
    Contact li;
    li.accountId = p.accountB;
    li.name = QStringLiteral("Li Wei");
    p.contactB = created(store, li).meta.id;

    p.fair = created(store, sampleCampaign(QStringLiteral("Trade fair"), CampaignChannel::Exhibition,
                                           100'000'00, today.addDays(-30)))
                 .meta.id;
    p.mailing = created(store, sampleCampaign(QStringLiteral("Spring mailing"), CampaignChannel::Email,
                                              20'000'00, today.addDays(-60)))
                    .meta.id;
    p.webinar = created(store, sampleCampaign(QStringLiteral("Webinar"), CampaignChannel::Online, 0,
                                              today.addDays(-5)))
                    .meta.id;

    created(store, sampleMember(p.fair, p.accountA, {}, today.addDays(-20), QStringLiteral("asked for a quote")));
    created(store, sampleMember(p.fair, p.accountB));
    created(store, sampleMember(p.fair, p.accountB, p.contactB, today.addDays(-10),
                                QStringLiteral("visited the stand")));
    created(store, sampleMember(p.mailing, p.accountC, {}, today.addDays(-50), QStringLiteral("replied")));

    p.fairWon = created(store, wonDeal(p.accountB, QStringLiteral("Fleet order"), 600'000'00, p.fair)).meta.id;
    Opportunity open = sampleDeal(p.accountA, QStringLiteral("negotiation"), QStringLiteral("Crane retrofit"),
                                  50'000'00, today.addMonths(2));
    open.sourceCampaign = p.fair;
    p.fairOpen = created(store, open).meta.id;
    p.mailingWon = created(store, wonDeal(p.accountB, QStringLiteral("Spare parts"), 100'000'00,
                                          QStringLiteral("Spring mailing")))
                       .meta.id;
    return p;
}

} // namespace kam::test
