// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/campaigns.h"
#include "analytics/portfolio_value.h"
#include "analytics/value_model.h"
#include "domain/entities.h"
#include "domain/result.h"

#include <QDate>
#include <QStringList>

#include <vector>

// The facts the value model, profitability and campaign figures read, gathered in a few
// grouped queries (like health_facts.h): SQL here, arithmetic in models/analytics.

namespace kam {

class Store;

/// The value criteria of the live accounts as of `today` (all of them, or those in
/// `accountIds`), in Store::accounts() order. A group's facts are its own, not its branches'.
Result<std::vector<analytics::AccountValueFacts>> loadValueFacts(const Store &store, const QDate &today,
                                                                 const QStringList &accountIds = {});

/// The live accounts scored with the store's active value model (Store::activeValueModel) as
/// of `today`: the one path from a store to value scores, for the Value and Profitability tabs
/// and `kamdesk-cli score`. Refused when the stored model's definition or comparisons are
/// invalid, naming the model.
struct PortfolioScores
{
    ValueModel model; ///< id empty: the built-in default, not stored
    analytics::ValueModelDefinition definition;
    analytics::ModelWeights weights;
    std::vector<analytics::AccountValueFacts> facts; ///< in Store::accounts() order
    std::vector<analytics::ValueScore> scores;       ///< in the order of `facts`
};
Result<PortfolioScores> scoreWithActiveModel(const Store &store, const QDate &today);

/// Revenue and costs of the live accounts in [from, to] (days inclusive), in Store::accounts()
/// order: won deals closed in the range, cost entries dated in it, costs of activities in it.
Result<std::vector<analytics::ProfitFacts>> loadProfitFacts(const Store &store, const QDate &from,
                                                            const QDate &to);

/// The figures of every live campaign, newest start first. Sourced deals are those whose
/// source_campaign is the campaign's id or (older stores) its name; the attributed margin uses
/// the deal's account's gross margin ratio over the four quarters before the close date, or
/// `defaultMarginPercent` where the account has no cost-of-goods entries.
Result<std::vector<analytics::CampaignFacts>> loadCampaignFacts(const Store &store,
                                                                double defaultMarginPercent);

} // namespace kam
