// SPDX-License-Identifier: GPL-3.0-or-later
#include "value_scorer.h"

#include "store/store.h"
#include "store/value_facts.h"

#include <QPromise>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

namespace kam {

using namespace analytics;

namespace {

/// Tables whose rows feed the facts, the accounts' tiers or the model.
bool feedsScores(const QString &table)
{
    static const QSet<QString> tables = {QStringLiteral("accounts"),       QStringLiteral("opportunities"),
                                         QStringLiteral("cost_entries"),   QStringLiteral("contacts"),
                                         QStringLiteral("satisfaction_responses"), QStringLiteral("plans"),
                                         QStringLiteral("value_models")};
    return tables.contains(table);
}

/// The scoring task: reads on a connection of its own (SQLite connections belong to a thread)
/// and gives up between steps once cancelled.
void scoreOnWorker(QPromise<ValueScoringOutcome> &promise, const QString &path, const QDate &today)
{
    const auto fail = [&promise](const Error &e) { promise.addResult(ValueScoringOutcome{nullptr, e.message}); };
    Result<std::unique_ptr<Store>> opened = Store::open(path);
    if (!opened)
        return fail(opened.error());
    const Store &store = **opened;
    auto scoring = std::make_shared<ValueScoring>();
    scoring->today = today;
    Result<std::vector<Account>> accounts = store.accounts();
    if (!accounts)
        return fail(accounts.error());
    scoring->accounts = std::move(accounts).value();
    if (promise.isCanceled())
        return;
    Result<PortfolioScores> scored = scoreWithActiveModel(store, today);
    if (!scored)
        return fail(scored.error());
    if (promise.isCanceled())
        return;
    PortfolioScores p = std::move(scored).value();
    scoring->model = std::move(p.model);
    scoring->definition = std::move(p.definition);
    scoring->weights = std::move(p.weights);
    scoring->scores = std::move(p.scores);
    scoring->sensitivity = sensitivity(p.facts, scoring->definition, scoring->weights);
    promise.addResult(ValueScoringOutcome{std::move(scoring), {}});
}

} // namespace

ValueScorer::ValueScorer(Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_path(store.path())
    , m_today(QDate::currentDate())
{
    // Edits come in bursts (an import, a sync): score once they settle.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(200);
    connect(&m_debounce, &QTimer::timeout, this, &ValueScorer::start);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ValueScorer::onFinished);
    connect(&m_store, &Store::rowsChanged, this, &ValueScorer::onRowsChanged);
    start();
}

ValueScorer::~ValueScorer()
{
    m_watcher.disconnect(this);
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void ValueScorer::setToday(const QDate &day)
{
    if (day == m_today)
        return;
    m_today = day;
    refresh();
}

const ValueScore *ValueScorer::score(const QString &accountId) const
{
    const auto it = m_scoreIndex.constFind(accountId);
    return it == m_scoreIndex.constEnd() ? nullptr : &m_scoring->scores[size_t(*it)];
}

Result<void> ValueScorer::setActiveModel(const QString &modelId)
{
    if (Result<void> r = m_store.setActiveValueModel(modelId); !r)
        return r;
    refresh();
    return {};
}

void ValueScorer::refresh()
{
    m_debounce.stop();
    start();
}

void ValueScorer::onRowsChanged(const QString &table)
{
    if (!feedsScores(table))
        return;
    m_debounce.start();
    announceBusy();
}

void ValueScorer::start()
{
    if (m_watcher.isRunning()) {
        // Its reads may predate the change: let it stop at its next step and start over then.
        m_restart = true;
        m_watcher.cancel();
        return;
    }
    m_restart = false;
    m_watcher.setFuture(QtConcurrent::run(scoreOnWorker, m_path, m_today));
    announceBusy();
}

void ValueScorer::onFinished()
{
    const QFuture<ValueScoringOutcome> future = m_watcher.future();
    if (m_restart || future.resultCount() == 0) {
        start();
        return;
    }
    ValueScoringOutcome outcome = future.result();
    if (!outcome.error.isEmpty()) {
        emit failed(outcome.error);
    } else {
        m_scoring = std::move(outcome.scoring);
        m_scoreIndex.clear();
        for (size_t i = 0; i < m_scoring->scores.size(); ++i)
            m_scoreIndex.insert(m_scoring->scores[i].accountId, int(i));
        emit scored();
    }
    announceBusy();
}

void ValueScorer::announceBusy()
{
    if (isBusy() == m_announcedBusy)
        return;
    m_announcedBusy = isBusy();
    emit busyChanged(m_announcedBusy);
}

} // namespace kam
