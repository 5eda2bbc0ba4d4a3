// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/pipeline.h"
#include "domain/entities.h"
#include "domain/result.h"

#include <QHash>
#include <QObject>

#include <vector>

namespace kam {

class Store;

/// The store's pipeline: its process, its live deals and their stage history, with the tier and
/// industry of `accounts` for the filters.
Result<analytics::Pipeline> loadPipeline(const Store &store, const std::vector<Account> &accounts);

/// The deals, stage history, process, products and account facts of a store, loaded once and
/// reloaded (coalesced, after the event loop turns) when the store announces a change to one of
/// their tables. The board, funnel and forecast models read from it; none of them runs SQL.
class PipelineSource : public QObject
{
    Q_OBJECT

public:
    explicit PipelineSource(Store *store, QObject *parent = nullptr);

    Store *store() const { return m_store; }
    const analytics::Pipeline &pipeline() const { return m_pipeline; }
    const std::vector<Product> &products() const { return m_products; }
    const std::vector<SalesTarget> &targets() const { return m_targets; }
    /// The name an account is shown by (short name, else legal name); empty when unknown.
    QString accountName(const QString &accountId) const { return m_accountNames.value(accountId); }
    QString userName(const QString &userId) const { return m_userNames.value(userId); }
    /// Live users, id → name.
    const QHash<QString, QString> &userNames() const { return m_userNames; }
    /// The industries of the live accounts, sorted.
    const QStringList &industries() const { return m_industries; }
    /// What the last load could not read; empty after a good one.
    QString lastError() const { return m_error; }

    /// Reads everything again now.
    void reload();

signals:
    /// After every load, good or not.
    void reloaded();

private:
    void scheduleReload();

    Store *m_store;
    analytics::Pipeline m_pipeline;
    std::vector<Product> m_products;
    std::vector<SalesTarget> m_targets;
    QHash<QString, QString> m_accountNames;
    QHash<QString, QString> m_userNames;
    QStringList m_industries;
    QString m_error;
    bool m_reloadPending = false;
};

} // namespace kam
