// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/churn.h"
#include "analytics/lifecycle.h"
#include "domain/entities.h"
#include "domain/result.h"

#include <QDate>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QThread>
#include <QTimer>

#include <memory>

namespace kam {

class Store;
class ChurnWorker;
struct ChurnBatch;

/// Keeps every account's churn score, health facts and lifecycle proposal current, scoring off
/// the UI thread on a connection of its own: all accounts at start (and when the settings or
/// the day change), then only the accounts whose inputs changed, as the store reports them.
class ChurnMonitor : public QObject
{
    Q_OBJECT

public:
    explicit ChurnMonitor(Store &store, QObject *parent = nullptr);
    ~ChurnMonitor() override;

    /// The day scores are computed for: the local day (followed past midnight) unless set.
    QDate today() const { return m_today; }
    void setToday(const QDate &day);

    const analytics::ChurnSettings &settings() const { return m_settings; }
    /// Saves the settings and scores every account again.
    Result<void> setSettings(const analytics::ChurnSettings &settings);
    /// Reads the settings again (the maintenance intervals they use are edited elsewhere).
    void reloadSettings();

    /// True once the first scoring of all accounts has arrived.
    bool isReady() const { return m_ready; }
    /// The latest score of an account; nullptr before it was scored or for a deleted account.
    const analytics::ChurnScore *score(const QString &accountId) const;
    const analytics::AccountHealthFacts *facts(const QString &accountId) const;
    analytics::LifecycleProposal lifecycleProposal(const QString &accountId) const;
    /// The latest review of the account's warning; nullptr: none.
    const WarningReview *latestReview(const QString &accountId) const;
    analytics::WarningState state(const QString &accountId) const;
    /// Accounts with a warning in any state but None, and how many of them are New.
    QStringList warningAccounts() const;
    int newWarnings() const;

    /// Scores the accounts named (all when empty) now, without waiting for more changes.
    void refresh(const QStringList &accountIds = {});
    /// True while scoring is queued or running (tests and benchmarks wait on it).
    bool isBusy() const { return m_running || m_all || !m_dirty.isEmpty(); }

signals:
    /// Scores arrived for these accounts (every account after a full scoring: `all`).
    void scored(const QStringList &accountIds, bool all);
    /// A warning's review changed: states and the count of new warnings may have.
    void reviewsChanged();
    void failed(const QString &message);
    /// isBusy() changed: scoring was asked for, or the last of it arrived.
    void busyChanged(bool busy);

private:
    void onRowsChanged(const QString &table, const QStringList &ids);
    void kick();
    void onBatch(const std::shared_ptr<ChurnBatch> &batch);
    void loadReviews();
    /// Emits busyChanged when isBusy() differs from what was last announced.
    void announceBusy();

    Store &m_store;
    QThread m_thread;
    ChurnWorker *m_worker = nullptr;
    QTimer m_debounce;
    QTimer m_dayTimer;
    QDate m_today;
    bool m_fixedDay = false;
    analytics::ChurnSettings m_settings;
    QSet<QString> m_dirty;
    bool m_all = true;
    bool m_running = false;
    bool m_ready = false;
    bool m_announcedBusy = false;
    QHash<QString, analytics::AccountHealthFacts> m_facts;
    QHash<QString, analytics::ChurnScore> m_scores;
    QHash<QString, WarningReview> m_reviews;
};

} // namespace kam
