// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/enums.h"

#include <QString>

#include <optional>
#include <vector>

// Campaign return: what campaigns cost, whom they reached, and the margin of the deals they
// sourced.

namespace kam::analytics {

/// A campaign's figures, minor units in one currency.
struct CampaignFacts
{
    QString campaignId;
    QString name;
    CampaignChannel channel = CampaignChannel::Other;
    qint64 cost = 0;
    int targetedAccounts = 0;
    int targetedContacts = 0;
    int responses = 0;
    int sourcedDeals = 0;
    qint64 sourcedPipeline = 0;  ///< amount of the sourced deals still open
    int wonDeals = 0;
    qint64 wonRevenue = 0;
    qint64 attributedMargin = 0; ///< won revenue × the account's gross margin ratio
};

/// (attributed gross margin − cost) / cost; nullopt when the cost is 0.
std::optional<double> campaignRoi(const CampaignFacts &facts);

/// Campaigns summed per channel (name empty, campaignId the channel's enumCode), in
/// CampaignChannel order, channels without campaigns left out.
std::vector<CampaignFacts> byChannel(const std::vector<CampaignFacts> &campaigns);

} // namespace kam::analytics
