// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/portfolio_value.h"
#include "domain/entities.h"
#include "domain/result.h"

#include <QDate>
#include <QHash>

#include <vector>

namespace kam {

class Store;

/// What the profitability views show for one period: the live accounts, their revenue and
/// costs in the period and their value scores by the active value model. Read at once (off the
/// UI thread, on a connection of its own) and handed to the Pareto, profitability and segment
/// models, so the three always agree.
struct PortfolioValueData
{
    QDate from;
    QDate to;
    std::vector<Account> accounts;                ///< live, in Store::accounts() order
    std::vector<analytics::ProfitFacts> profits;  ///< in the order of `accounts`
    QHash<QString, double> scores;                ///< account id → value score 0…100
    QString modelName;                            ///< the value model that scored them
    /// Of every amount: loadProfitFacts sums minor units as recorded, the company's currency.
    QString currency = QStringLiteral("CNY");

    /// The name an account is shown by; empty for an unknown id.
    QString accountName(const QString &accountId) const;
    /// The account's figures, or zeros for one without any.
    analytics::ProfitFacts profitOf(const QString &accountId) const;

    /// Indexes `accounts` and `profits` by id for the lookups above; call after filling them.
    void buildIndex();

private:
    QHash<QString, qsizetype> m_accountIndex;
    QHash<QString, qsizetype> m_profitIndex;
};

/// Loads the figures of [from, to] and scores the accounts with the active value model as of
/// `today`. Refused when the store cannot be read or the model's definition is invalid.
Result<PortfolioValueData> loadPortfolioValue(const Store &store, const QDate &from, const QDate &to,
                                              const QDate &today);

/// The current quarter and the three before it, up to `today`: a rolling year whose figures
/// include what was entered today.
std::pair<QDate, QDate> lastFourQuarters(const QDate &today);

} // namespace kam
