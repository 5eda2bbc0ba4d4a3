// SPDX-License-Identifier: GPL-3.0-or-later
#include "portfolio_value_data.h"

#include "analytics/pipeline.h"
#include "analytics/value_model.h"
#include "store/store.h"
#include "store/value_facts.h"

namespace kam {

QString PortfolioValueData::accountName(const QString &accountId) const
{
    const auto it = m_accountIndex.constFind(accountId);
    return it == m_accountIndex.constEnd() ? QString() : displayName(accounts[size_t(*it)]);
}

analytics::ProfitFacts PortfolioValueData::profitOf(const QString &accountId) const
{
    const auto it = m_profitIndex.constFind(accountId);
    if (it != m_profitIndex.constEnd())
        return profits[size_t(*it)];
    analytics::ProfitFacts none;
    none.accountId = accountId;
    return none;
}

void PortfolioValueData::buildIndex()
{
    m_accountIndex.clear();
    m_accountIndex.reserve(qsizetype(accounts.size()));
    for (size_t i = 0; i < accounts.size(); ++i)
        m_accountIndex.insert(accounts[i].meta.id, qsizetype(i));
    m_profitIndex.clear();
    m_profitIndex.reserve(qsizetype(profits.size()));
    for (size_t i = 0; i < profits.size(); ++i)
        m_profitIndex.insert(profits[i].accountId, qsizetype(i));
}

Result<PortfolioValueData> loadPortfolioValue(const Store &store, const QDate &from, const QDate &to,
                                              const QDate &today)
{
    PortfolioValueData data;
    data.from = from;
    data.to = to;
    Result<std::vector<Account>> accounts = store.accounts();
    if (!accounts)
        return accounts.error();
    data.accounts = std::move(accounts).value();
    Result<std::vector<analytics::ProfitFacts>> profits = loadProfitFacts(store, from, to);
    if (!profits)
        return profits.error();
    data.profits = std::move(profits).value();

    Result<PortfolioScores> scored = scoreWithActiveModel(store, today);
    if (!scored)
        return scored.error();
    data.modelName = scored->model.name;
    for (const analytics::ValueScore &s : scored->scores)
        data.scores.insert(s.accountId, s.score);

    data.buildIndex();
    return data;
}

std::pair<QDate, QDate> lastFourQuarters(const QDate &today)
{
    return {analytics::periodStart(today, analytics::Granularity::Quarter).addMonths(-9), today};
}

} // namespace kam
