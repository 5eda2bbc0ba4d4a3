// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/value_model.h"
#include "domain/entities.h"

#include <QDate>
#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <memory>
#include <vector>

namespace kam {

class Store;

/// One complete scoring of the portfolio with the active value model.
struct ValueScoring
{
    ValueModel model; ///< the active model (id empty: the built-in default, not stored)
    analytics::ValueModelDefinition definition;
    analytics::ModelWeights weights;
    std::vector<Account> accounts;                ///< the live accounts
    std::vector<analytics::ValueScore> scores;    ///< of the accounts with facts
    std::vector<analytics::Sensitivity> sensitivity;
    QDate today;
};

/// What a scoring task hands back: a scoring, or why there is none.
struct ValueScoringOutcome
{
    std::shared_ptr<const ValueScoring> scoring;
    QString error;
};

/// Scores every live account with the active value model off the UI thread (a QtConcurrent
/// task with its own connection to the store's file), again whenever an input of the scores
/// changes. A change while a scoring runs cancels it and starts over, so what arrives is never
/// older than the store. The UI never waits: it shows the last scoring and isBusy().
class ValueScorer : public QObject
{
    Q_OBJECT

public:
    explicit ValueScorer(Store &store, QObject *parent = nullptr);
    ~ValueScorer() override;

    /// The day the facts are read for: the local day unless set.
    QDate today() const { return m_today; }
    void setToday(const QDate &day);

    /// True once a scoring has arrived.
    bool isReady() const { return m_scoring != nullptr; }
    /// True while a scoring is queued or running.
    bool isBusy() const { return m_debounce.isActive() || m_watcher.isRunning(); }
    /// The latest scoring; nullptr before the first.
    std::shared_ptr<const ValueScoring> scoring() const { return m_scoring; }
    /// The latest score of an account; nullptr when it has none.
    const analytics::ValueScore *score(const QString &accountId) const;

    /// Makes `modelId` the active model (Store::setActiveValueModel) and scores with it.
    Result<void> setActiveModel(const QString &modelId);
    /// Scores again now (cancelling a running scoring).
    void refresh();

signals:
    /// A new scoring arrived (scoring() holds it).
    void scored();
    void failed(const QString &message);
    /// isBusy() changed.
    void busyChanged(bool busy);

private:
    void onRowsChanged(const QString &table);
    void start();
    void onFinished();
    void announceBusy();

    Store &m_store;
    QString m_path;
    QDate m_today;
    QTimer m_debounce;
    QFutureWatcher<ValueScoringOutcome> m_watcher;
    bool m_restart = false; ///< an input changed while the running scoring read the store
    bool m_announcedBusy = false;
    std::shared_ptr<const ValueScoring> m_scoring;
    QHash<QString, int> m_scoreIndex; ///< account id → index in m_scoring->scores
};

} // namespace kam
