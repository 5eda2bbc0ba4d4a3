// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipeline_source.h"

#include "store/row_codec.h"
#include "store/store.h"

#include <QSet>
#include <QTimer>

namespace kam {

PipelineSource::PipelineSource(Store *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    static const QSet<QString> watched = {
        tableSpec<Opportunity>().table, tableSpec<StageChange>().table, tableSpec<Stage>().table,
        tableSpec<Account>().table,     tableSpec<Product>().table,     tableSpec<SalesTarget>().table,
        tableSpec<User>().table};
    connect(store, &Store::rowsChanged, this, [this](const QString &table) {
        if (watched.contains(table))
            scheduleReload();
    });
    reload();
}

void PipelineSource::scheduleReload()
{
    if (m_reloadPending)
        return;
    m_reloadPending = true;
    QTimer::singleShot(0, this, [this] {
        m_reloadPending = false;
        reload();
    });
}

Result<analytics::Pipeline> loadPipeline(const Store &store, const std::vector<Account> &accounts)
{
    Result<std::vector<Stage>> stages = store.stages();
    if (!stages)
        return stages.error();
    Result<std::vector<Opportunity>> deals = store.opportunities();
    if (!deals)
        return deals.error();
    Result<std::vector<StageChange>> changes = store.stageChanges();
    if (!changes)
        return changes.error();
    QHash<QString, analytics::AccountFacts> facts;
    for (const Account &a : accounts)
        facts.insert(a.meta.id, {a.tier, a.industry});
    return analytics::Pipeline(std::move(stages).value(), std::move(deals).value(), std::move(changes).value(),
                               std::move(facts));
}

void PipelineSource::reload()
{
    m_error.clear();
    const auto fail = [this](const Error &e) {
        m_error = e.message;
        emit reloaded();
    };
    Result<std::vector<Account>> accounts = m_store->accounts();
    if (!accounts)
        return fail(accounts.error());
    Result<analytics::Pipeline> pipeline = loadPipeline(*m_store, *accounts);
    if (!pipeline)
        return fail(pipeline.error());
    Result<std::vector<Product>> products = m_store->products();
    if (!products)
        return fail(products.error());
    Result<std::vector<SalesTarget>> targets = m_store->targets();
    if (!targets)
        return fail(targets.error());
    Result<QHash<QString, QString>> users = m_store->userNames();
    if (!users)
        return fail(users.error());

    m_accountNames.clear();
    QSet<QString> industries;
    for (const Account &a : *accounts) {
        m_accountNames.insert(a.meta.id, displayName(a));
        if (!a.industry.isEmpty())
            industries.insert(a.industry);
    }
    m_industries = QStringList(industries.begin(), industries.end());
    m_industries.sort(Qt::CaseInsensitive);
    m_pipeline = std::move(pipeline).value();
    m_products = std::move(products).value();
    m_targets = std::move(targets).value();
    m_userNames = std::move(users).value();
    emit reloaded();
}

} // namespace kam
