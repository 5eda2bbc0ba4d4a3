// SPDX-License-Identifier: GPL-3.0-or-later
#include "churn_monitor.h"

#include "store/health_facts.h"
#include "store/store.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace kam {

using namespace analytics;

/// One scoring: what was asked and what came back.
struct ChurnBatch
{
    bool all = false;
    QStringList ids; ///< the accounts asked for (empty with `all`)
    QDate today;
    ChurnSettings settings;
    std::vector<AccountHealthFacts> facts; ///< the live ones among them
    std::vector<ChurnScore> scores;        ///< in the order of `facts`
    QString error;
};

/// Lives on the monitor's thread with its own connection to the store's file.
class ChurnWorker : public QObject
{
    Q_OBJECT

public:
    explicit ChurnWorker(QString path)
        : m_path(std::move(path))
    {
    }

    void run(const std::shared_ptr<ChurnBatch> &batch)
    {
        if (!m_store) {
            Result<std::unique_ptr<Store>> opened = Store::open(m_path);
            if (!opened) {
                batch->error = opened.error().message;
                emit done(batch);
                return;
            }
            m_store = std::move(opened).value();
        }
        Result<std::vector<AccountHealthFacts>> facts = loadHealthFacts(*m_store, batch->today, batch->ids);
        if (!facts) {
            batch->error = facts.error().message;
        } else {
            batch->facts = std::move(facts).value();
            batch->scores.reserve(batch->facts.size());
            for (const AccountHealthFacts &f : batch->facts)
                batch->scores.push_back(scoreChurn(f, batch->settings, batch->today));
        }
        emit done(batch);
    }

signals:
    void done(const std::shared_ptr<ChurnBatch> &batch);

private:
    QString m_path;
    std::unique_ptr<Store> m_store;
};

namespace {

/// Tables whose rows feed the facts of the account they name in account_id.
bool feedsFacts(const QString &table)
{
    static const QSet<QString> tables = {QStringLiteral("satisfaction_responses"), QStringLiteral("opportunities"),
                                         QStringLiteral("stage_changes"), QStringLiteral("activities"),
                                         QStringLiteral("contacts")};
    return tables.contains(table);
}

} // namespace

ChurnMonitor::ChurnMonitor(Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_today(QDate::currentDate())
{
    qRegisterMetaType<std::shared_ptr<ChurnBatch>>();
    m_worker = new ChurnWorker(store.path());
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ChurnWorker::done, this, &ChurnMonitor::onBatch, Qt::QueuedConnection);
    m_thread.setObjectName(QStringLiteral("churn"));
    m_thread.start();

    // Edits come in bursts (an import, a sync): gather them briefly, then score their accounts.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(100);
    connect(&m_debounce, &QTimer::timeout, this, &ChurnMonitor::kick);
    connect(&m_store, &Store::rowsChanged, this, &ChurnMonitor::onRowsChanged);
    m_dayTimer.setInterval(10 * 60 * 1000);
    connect(&m_dayTimer, &QTimer::timeout, this, [this] {
        if (!m_fixedDay && QDate::currentDate() != m_today) {
            m_today = QDate::currentDate();
            refresh();
        }
    });
    m_dayTimer.start();

    Result<ChurnSettings> settings = churnSettings(store);
    m_settings = settings ? std::move(settings).value() : ChurnSettings::defaults();
    loadReviews();
    kick();
}

ChurnMonitor::~ChurnMonitor()
{
    m_thread.quit();
    m_thread.wait();
}

void ChurnMonitor::setToday(const QDate &day)
{
    m_fixedDay = true;
    if (day == m_today)
        return;
    m_today = day;
    refresh();
}

Result<void> ChurnMonitor::setSettings(const ChurnSettings &settings)
{
    if (Result<void> r = setChurnSettings(m_store, settings); !r)
        return r;
    reloadSettings();
    return {};
}

void ChurnMonitor::reloadSettings()
{
    Result<ChurnSettings> settings = churnSettings(m_store);
    if (!settings) {
        emit failed(settings.error().message);
        return;
    }
    m_settings = std::move(settings).value();
    refresh();
}

const ChurnScore *ChurnMonitor::score(const QString &accountId) const
{
    auto it = m_scores.constFind(accountId);
    return it == m_scores.constEnd() ? nullptr : &*it;
}

const AccountHealthFacts *ChurnMonitor::facts(const QString &accountId) const
{
    auto it = m_facts.constFind(accountId);
    return it == m_facts.constEnd() ? nullptr : &*it;
}

LifecycleProposal ChurnMonitor::lifecycleProposal(const QString &accountId) const
{
    const AccountHealthFacts *f = facts(accountId);
    return f ? proposeLifecycle(*f, m_today) : LifecycleProposal{};
}

const WarningReview *ChurnMonitor::latestReview(const QString &accountId) const
{
    auto it = m_reviews.constFind(accountId);
    return it == m_reviews.constEnd() ? nullptr : &*it;
}

WarningState ChurnMonitor::state(const QString &accountId) const
{
    const ChurnScore *s = score(accountId);
    const AccountHealthFacts *f = facts(accountId);
    // A lost customer is past warning.
    if (!s || !f || f->lifecycle == Lifecycle::Lost)
        return WarningState::None;
    return warningState(*s, m_settings, latestReview(accountId), m_today);
}

QStringList ChurnMonitor::warningAccounts() const
{
    QStringList ids;
    for (auto it = m_scores.constBegin(); it != m_scores.constEnd(); ++it)
        if (state(it.key()) != WarningState::None)
            ids << it.key();
    ids.sort();
    return ids;
}

int ChurnMonitor::newWarnings() const
{
    int n = 0;
    for (auto it = m_scores.constBegin(); it != m_scores.constEnd(); ++it)
        n += state(it.key()) == WarningState::New;
    return n;
}

void ChurnMonitor::refresh(const QStringList &accountIds)
{
    if (accountIds.isEmpty())
        m_all = true;
    for (const QString &id : accountIds)
        m_dirty.insert(id);
    m_debounce.stop();
    kick();
}

void ChurnMonitor::onRowsChanged(const QString &table, const QStringList &ids)
{
    if (table == u"warning_reviews") {
        loadReviews();
        emit reviewsChanged();
        return;
    }
    if (table == u"accounts") {
        for (const QString &id : ids)
            m_dirty.insert(id);
    } else if (feedsFacts(table)) {
        // The ids are the changed rows (tombstoned ones too); their accounts are what to score.
        const QString json = QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact));
        Result<void> r = m_store.run(
            QStringLiteral("SELECT DISTINCT account_id FROM %1 WHERE id IN (SELECT value FROM json_each(?))").arg(table),
            {json}, [this](const QSqlQuery &q) { m_dirty.insert(q.value(0).toString()); });
        if (!r) {
            m_all = true; // score everything rather than miss an account
            emit failed(r.error().message);
        }
    } else {
        return;
    }
    m_debounce.start();
    announceBusy();
}

void ChurnMonitor::kick()
{
    if (m_running || (!m_all && m_dirty.isEmpty()))
        return;
    auto batch = std::make_shared<ChurnBatch>();
    batch->all = m_all;
    if (!m_all)
        batch->ids = QStringList(m_dirty.cbegin(), m_dirty.cend());
    batch->today = m_today;
    batch->settings = m_settings;
    m_all = false;
    m_dirty.clear();
    m_running = true;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, batch] { w->run(batch); });
    announceBusy();
}

void ChurnMonitor::onBatch(const std::shared_ptr<ChurnBatch> &batch)
{
    m_running = false;
    if (!batch->error.isEmpty()) {
        emit failed(batch->error);
    } else if (batch->today == m_today) { // a day change already asked for all accounts again
        if (batch->all) {
            m_facts.clear();
            m_scores.clear();
        }
        for (const QString &id : batch->ids) { // deleted accounts come back without facts
            m_facts.remove(id);
            m_scores.remove(id);
        }
        for (size_t i = 0; i < batch->facts.size(); ++i) {
            m_facts.insert(batch->facts[i].accountId, std::move(batch->facts[i]));
            m_scores.insert(batch->scores[i].accountId, std::move(batch->scores[i]));
        }
        m_ready = m_ready || batch->all;
        emit scored(batch->ids, batch->all);
    }
    kick();
    announceBusy();
}

void ChurnMonitor::announceBusy()
{
    if (isBusy() == m_announcedBusy)
        return;
    m_announcedBusy = isBusy();
    emit busyChanged(m_announcedBusy);
}

void ChurnMonitor::loadReviews()
{
    Result<QHash<QString, WarningReview>> reviews = m_store.latestWarningReviews();
    if (!reviews) {
        emit failed(reviews.error().message);
        return;
    }
    m_reviews = std::move(reviews).value();
}

} // namespace kam

#include "churn_monitor.moc"
