// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the funnel and forecast tests: deals written through the store under a clock the
// test moves, so their stage history has known times.

#include "domain/stages.h"
#include "store_fixture.h"

namespace kam::test {

/// A store whose clock reads `now`, which the test moves forward.
struct PipelineStore
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    QDateTime now = QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
    QString accountId;

    PipelineStore()
    {
        store = openStore(dir);
        if (!store)
            return;
        store->setClock([this] { return now; });
        Result<Account> account = store->create(sampleAccount(QStringLiteral("华东重工集团")));
        if (account)
            accountId = account->meta.id;
    }

    /// The id of the built-in stage at `position`.
    static QString stage(int position) { return builtInStages()[size_t(position)].meta.id; }

    /// An open deal created now in `stage`; empty id (and a warning) if the store refused it.
    Opportunity deal(int stagePosition, qint64 amountMinor, int probability,
                     const QDate &expectedClose, const QString &currency = QStringLiteral("CNY"),
                     const QString &account = {})
    {
        Opportunity o;
        o.accountId = account.isEmpty() ? accountId : account;
        o.title = QStringLiteral("Deal %1").arg(++m_deals);
        o.amountMinor = amountMinor;
        o.currency = currency;
        o.probability = probability;
        o.expectedClose = expectedClose;
        o.stageId = stage(stagePosition);
        return check(store->create(o));
    }

    /// Moves a deal to another stage (and probability) now.
    Opportunity move(Opportunity o, int stagePosition, int probability)
    {
        o.stageId = stage(stagePosition);
        o.probability = probability;
        return update(o);
    }

    /// Closes a deal today as won or lost.
    Opportunity close(Opportunity o, DealStatus status)
    {
        o.status = status;
        o.closedOn = now.date();
        return update(o);
    }

private:
    Opportunity update(const Opportunity &o)
    {
        Result<void> r = store->update(o);
        if (!r) {
            qWarning("%s", qPrintable(r.error().message));
            return {};
        }
        return *store->get<Opportunity>(o.meta.id);
    }
    static Opportunity check(const Result<Opportunity> &r)
    {
        if (!r) {
            qWarning("%s", qPrintable(r.error().message));
            return {};
        }
        return *r;
    }
    int m_deals = 0;
};

} // namespace kam::test
