// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QDate>
#include <QHash>
#include <QString>

#include <optional>
#include <span>
#include <vector>

// Funnel and forecast arithmetic: pure functions over plain data (no SQL, no widgets).

namespace kam::analytics {

/// What a deal filter looks at of a deal's account.
struct AccountFacts
{
    Tier tier = Tier::Unrated;
    QString industry;
};

/// The filters of the board, funnel and forecast. Empty fields match everything. The period is
/// on a deal's close date: the day it closed when won or lost, else its expected close.
struct DealFilter
{
    QString ownerId;
    std::optional<Tier> tier;
    QString industry;
    QString productId;
    QDate from; ///< null: open at the start
    QDate to;   ///< null: open at the end

    friend bool operator==(const DealFilter &, const DealFilter &) = default;
};

/// A deal's close date as the period filter and the forecast see it.
QDate closeDate(const Opportunity &deal);

/// Deals, their stage history and the process, indexed once so that a filter change recomputes
/// the funnel and forecast without reading the store again.
class Pipeline
{
public:
    Pipeline() = default;
    /// `changes` in any order; changes of deals not in `deals` are ignored.
    Pipeline(std::vector<Stage> stages, std::vector<Opportunity> deals, std::vector<StageChange> changes,
             QHash<QString, AccountFacts> accounts);

    const std::vector<Stage> &stages() const { return m_stages; }
    const std::vector<Opportunity> &deals() const { return m_deals; }
    /// Position of a stage in stages(), or -1.
    int stageIndex(const QString &stageId) const { return m_stageIndex.value(stageId, -1); }
    /// The currency most of the deals `filter` matches are in (CNY when there are none): the
    /// one the funnel and forecast of that filter are shown in.
    QString mainCurrency(const DealFilter &filter = {}) const;
    /// The same over the deals()[i] for i in `dealIndices`.
    QString mainCurrency(std::span<const int> dealIndices) const;

    /// What the funnel and forecast read of a deal, as numbers: a recompute over 200,000 deals
    /// and a million changes compares integers, never strings or dates.
    struct Row
    {
        qint64 amountMinor = 0;
        int stage = -1;    ///< index in stages(), or -1
        int owner = -1;    ///< index in the owner table
        int currency = -1; ///< index in the currency table
        int account = -1;  ///< index in the account table, or -1
        int probability = 0;
        DealStatus status = DealStatus::Open;
        int closeDay = 0;   ///< Julian day of closeDate(); 0 when none
        int closeMonth = 0; ///< year × 12 + month − 1 of closeDate()
        int firstChange = 0;
        int changeCount = 0;
        int firstProduct = 0;
        int productCount = 0;
    };
    struct ChangeRow
    {
        qint64 atMs = 0;
        int stage = -1;
        DealStatus status = DealStatus::Open;
    };
    struct AccountRow
    {
        Tier tier = Tier::Unrated;
        int industry = -1;
    };
    /// A filter turned into table indices; `never` when it names something no deal has.
    struct CompiledFilter
    {
        bool never = false;
        int owner = -1;
        int industry = -1;
        int product = -1;
        std::optional<Tier> tier;
        int fromDay = 0; ///< 0: open
        int toDay = 0;   ///< 0: open
    };
    CompiledFilter compile(const DealFilter &filter) const;
    bool matches(const Row &row, const CompiledFilter &filter) const;
    /// Index of a currency in the currency table, or -1.
    int currencyIndex(const QString &currency) const { return m_currencies.value(currency, -1); }
    const std::vector<Row> &rows() const { return m_rows; }
    const std::vector<ChangeRow> &changeRows() const { return m_changeRows; }

private:
    std::vector<Stage> m_stages;
    std::vector<Opportunity> m_deals;
    std::vector<Row> m_rows;             ///< per deal
    std::vector<ChangeRow> m_changeRows; ///< grouped by deal, oldest first
    std::vector<int> m_products;         ///< product indices, Row::firstProduct… per deal
    std::vector<AccountRow> m_accountRows;
    QHash<QString, int> m_stageIndex;
    QHash<QString, int> m_owners;
    QHash<QString, int> m_currencies;
    QHash<QString, int> m_industries;
    QHash<QString, int> m_productIndex;
};

/// One stage of the funnel.
struct StageFigures
{
    Stage stage;
    int count = 0;             ///< open deals now in the stage
    qint64 amountMinor = 0;    ///< their amount
    qint64 weightedMinor = 0;  ///< Σ amount × probability
    int reached = 0;           ///< deals that were ever in this stage or a later one
    std::optional<double> conversionToNext; ///< reached(next) / reached(this); none for the last or when none reached
    std::optional<double> avgDays;          ///< mean length of the stays in the stage (an open deal's stay runs to asOf)
    int stays = 0;                          ///< stays the mean is over
};

struct Funnel
{
    std::vector<StageFigures> stages;
    int openCount = 0;
    qint64 openAmountMinor = 0;
    qint64 openWeightedMinor = 0;
    int wonCount = 0;
    qint64 wonAmountMinor = 0;
    int lostCount = 0;
    std::optional<double> winRate;          ///< won / (won + lost); none when nothing closed
    std::optional<qint64> avgWonMinor;      ///< average won deal; none when nothing won
    QString currency;
    int otherCurrencyDeals = 0; ///< deals the filter matched in other currencies, left out
};

/// The funnel of the deals `filter` matches in `currency`. Stays are cut at stage or status
/// changes: a change that leaves a deal open starts a stay in its to-stage, the next change
/// (or `asOf` for a deal still open) ends it.
Funnel computeFunnel(const Pipeline &pipeline, const DealFilter &filter, const QString &currency,
                     const QDateTime &asOf);

enum class Granularity { Month, Quarter };

/// Probability thresholds of the forecast categories: commit ⊆ best case ⊆ pipeline.
struct ForecastThresholds
{
    int commit = 90;
    int bestCase = 50;
};

struct ForecastBucket
{
    QString period; ///< "2027-03" or "2027-Q1"
    QDate start;
    QDate end;
    std::optional<qint64> targetMinor;
    qint64 wonMinor = 0;      ///< closed won in the period
    qint64 commitMinor = 0;   ///< open, probability ≥ commit threshold
    qint64 bestCaseMinor = 0; ///< open, probability ≥ best-case threshold (includes commit)
    qint64 pipelineMinor = 0; ///< all open
    qint64 weightedMinor = 0; ///< Σ open amount × probability
    int openDeals = 0;

    /// Won plus weighted open: where the period is heading.
    qint64 projectedMinor() const { return wonMinor + weightedMinor; }
};

struct Forecast
{
    std::vector<ForecastBucket> buckets; ///< every period from `from` to `to`, empty ones too
    QString currency;
    int otherCurrencyDeals = 0;
    int overdueOpenDeals = 0; ///< open deals whose expected close lies before the first period
};

/// The first day of the month or quarter holding `day`.
QDate periodStart(const QDate &day, Granularity granularity);

/// "2027-03" or "2027-Q1" of the period holding `day`.
QString periodKey(const QDate &day, Granularity granularity);

/// Open and won deals by expected (or actual) close period from `from` to `to`, against the
/// targets. A period's target: the owner's when the filter names one, else the team target (no
/// owner) or, without one, the sum of the owners' targets; a quarter without a target of its
/// own takes the sum of its months'.
Forecast computeForecast(const Pipeline &pipeline, const DealFilter &filter, const QString &currency,
                         Granularity granularity, const QDate &from, const QDate &to,
                         std::span<const SalesTarget> targets, ForecastThresholds thresholds = {});

/// amount × probability / 100, rounded half away from zero, exactly.
qint64 weighted(qint64 amountMinor, int probability);

} // namespace kam::analytics
