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

QStringList PipelineSource::industries() const
{
    QSet<QString> seen;
    Result<std::vector<Account>> accounts = m_store->accounts();
    if (accounts)
        for (const Account &a : *accounts)
            if (!a.industry.isEmpty())
                seen.insert(a.industry);
    QStringList out(seen.begin(), seen.end());
    out.sort(Qt::CaseInsensitive);
    return out;
}

void PipelineSource::reload()
{
    m_error.clear();
    const auto fail = [this](const Error &e) {
        m_error = e.message;
        emit reloaded();
    };
    Result<std::vector<Stage>> stages = m_store->stages();
    if (!stages)
        return fail(stages.error());
    Result<std::vector<Opportunity>> deals = m_store->opportunities();
    if (!deals)
        return fail(deals.error());
    Result<std::vector<StageChange>> changes = m_store->stageChanges();
    if (!changes)
        return fail(changes.error());
    Result<std::vector<Account>> accounts = m_store->accounts();
    if (!accounts)
        return fail(accounts.error());
    Result<std::vector<Product>> products = m_store->products();
    if (!products)
        return fail(products.error());
    Result<std::vector<SalesTarget>> targets = m_store->targets();
    if (!targets)
        return fail(targets.error());
    Result<QHash<QString, QString>> users = m_store->userNames();
    if (!users)
        return fail(users.error());

    QHash<QString, analytics::AccountFacts> facts;
    m_accountNames.clear();
    for (const Account &a : *accounts) {
        facts.insert(a.meta.id, {a.tier, a.industry});
        m_accountNames.insert(a.meta.id, a.shortName.isEmpty() ? a.legalName : a.shortName);
    }
    m_pipeline = analytics::Pipeline(std::move(stages).value(), std::move(deals).value(),
                                     std::move(changes).value(), std::move(facts));
    m_products = std::move(products).value();
    m_targets = std::move(targets).value();
    m_userNames = std::move(users).value();
    emit reloaded();
}

} // namespace kam
