// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaigns.h"

namespace kam::analytics {

std::optional<double> campaignRoi(const CampaignFacts &facts)
{
    // A campaign that cost nothing has no return ratio (not an infinite one).
    if (facts.cost == 0)
        return std::nullopt;
    return double(facts.attributedMargin - facts.cost) / double(facts.cost);
}

std::vector<CampaignFacts> byChannel(const std::vector<CampaignFacts> &campaigns)
{
    std::vector<CampaignFacts> out;
    for (const auto &entry : enumEntries<CampaignChannel>()) {
        CampaignFacts sum;
        sum.campaignId = enumCode(entry.value);
        sum.channel = entry.value;
        bool any = false;
        for (const CampaignFacts &c : campaigns) {
            if (c.channel != entry.value)
                continue;
            any = true;
            sum.cost += c.cost;
            sum.targetedAccounts += c.targetedAccounts;
            sum.targetedContacts += c.targetedContacts;
            sum.responses += c.responses;
            sum.sourcedDeals += c.sourcedDeals;
            sum.sourcedPipeline += c.sourcedPipeline;
            sum.wonDeals += c.wonDeals;
            sum.wonRevenue += c.wonRevenue;
            sum.attributedMargin += c.attributedMargin;
        }
        if (any)
            out.push_back(std::move(sum));
    }
    return out;
}

} // namespace kam::analytics
