// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the churn and lifecycle tests: a store on a fixed day with three accounts whose
// facts are known, built through the store's write path.
//
// - "华东重工集团" (at risk): core tier, last contact 60 days ago (interval 14), NPS from +100 to
//   −100 and satisfaction from 5 to 2 between 2026 Q3 and Q4, no champion, payment 60 days
//   overdue; revenue of the last two quarters 70 % below the two before, set mature: the
//   proposal is declining. By the default weights 20 + 10 + 15 + 10 + 5 = 60 points.
// - "北方能源" (watch): key tier, three open service cases 50 days ago (interval 30), a deal
//   stalled for 100 days, no champion, payment 45 days overdue: 15 + 10 + 10 + 10 + 5 = 50.
// - "南方物流" (healthy): core tier, a champion, a visit three days ago.

#include "store/store.h"
#include "support/store_fixture.h"

#include <QTest>

namespace kam::test {

/// The day everything is scored on: a Friday in 2026 Q4.
inline const QDate kHealthToday(2026, 11, 20);

struct HealthAccounts
{
    QString atRisk;
    QString watch;
    QString healthy;
};

/// The store's clock stands at noon of `day` (local time) from now on.
inline void setStoreDay(Store &store, const QDate &day)
{
    const QDateTime noon = QDateTime(day, QTime(12, 0)).toUTC();
    store.setClock([noon] { return noon; });
}

inline HealthAccounts makeHealthAccounts(Store &store)
{
    HealthAccounts ids;
    const QDate today = kHealthToday;
    const auto fail = [](const Error &e) { qWarning("%s", qPrintable(e.message)); };
    const auto account = [&](const QString &name, Tier tier, int overdueDays, int code) {
        setStoreDay(store, today.addDays(-720));
        Account a = sampleAccount(name, code);
        a.tier = tier;
        a.paymentOverdueDays = overdueDays;
        Result<Account> r = store.create(a);
        if (!r)
            fail(r.error());
        return r ? r->meta.id : QString();
    };
    const auto activity = [&](const QString &accountId, int daysAgo, ActivityKind kind) {
        setStoreDay(store, today.addDays(-daysAgo));
        Activity a;
        a.accountId = accountId;
        a.kind = kind;
        a.occurredAt = QDateTime(today.addDays(-daysAgo), QTime(10, 0)).toUTC();
        a.summary = kind == ActivityKind::ServiceCase ? QStringLiteral("轧辊轴承异响，现场排查") : QStringLiteral("拜访设备部");
        if (Result<Activity> r = store.create(a); !r)
            fail(r.error());
    };
    const auto response = [&](const QString &accountId, const QDate &day, int recommend, int satisfaction) {
        setStoreDay(store, day);
        SatisfactionResponse r;
        r.accountId = accountId;
        r.respondedOn = day;
        r.recommend = recommend;
        r.satisfaction = satisfaction;
        if (Result<SatisfactionResponse> s = store.create(r); !s)
            fail(s.error());
    };
    const QString firstStage = store.stages().value().front().meta.id;
    const auto deal = [&](const QString &accountId, const QDate &made, DealStatus status, qint64 amount,
                          const QDate &closed = {}) {
        setStoreDay(store, made);
        Opportunity o;
        o.accountId = accountId;
        o.title = QStringLiteral("冷轧产线改造");
        o.amountMinor = amount;
        o.stageId = firstStage;
        o.status = status;
        o.closedOn = closed;
        o.expectedClose = closed.isValid() ? closed : today.addDays(60);
        if (Result<Opportunity> r = store.create(o); !r)
            fail(r.error());
    };

    ids.atRisk = account(QStringLiteral("华东重工集团"), Tier::Core, 60, 11);
    activity(ids.atRisk, 60, ActivityKind::Visit);
    response(ids.atRisk, QDate(2026, 8, 10), 10, 5);
    response(ids.atRisk, QDate(2026, 9, 2), 9, 5);
    response(ids.atRisk, QDate(2026, 10, 20), 2, 2);
    response(ids.atRisk, QDate(2026, 11, 5), 3, 2);
    deal(ids.atRisk, QDate(2025, 8, 15), DealStatus::Won, 200'000'00, QDate(2025, 8, 15));
    deal(ids.atRisk, QDate(2025, 11, 10), DealStatus::Won, 1'000'000'00, QDate(2025, 11, 10));
    deal(ids.atRisk, QDate(2026, 2, 10), DealStatus::Won, 1'000'000'00, QDate(2026, 2, 10));
    deal(ids.atRisk, QDate(2026, 5, 10), DealStatus::Won, 300'000'00, QDate(2026, 5, 10));
    deal(ids.atRisk, QDate(2026, 8, 10), DealStatus::Won, 300'000'00, QDate(2026, 8, 10));

    ids.watch = account(QStringLiteral("北方能源"), Tier::Key, 45, 12);
    for (int i = 0; i < 3; ++i)
        activity(ids.watch, 50, ActivityKind::ServiceCase);
    deal(ids.watch, today.addDays(-100), DealStatus::Open, 80'000'00);

    ids.healthy = account(QStringLiteral("南方物流"), Tier::Core, 0, 13);
    setStoreDay(store, today.addDays(-30));
    Contact champion;
    champion.accountId = ids.healthy;
    champion.name = QStringLiteral("陈静");
    champion.stance = Stance::Champion;
    if (Result<Contact> r = store.create(champion); !r)
        fail(r.error());
    activity(ids.healthy, 3, ActivityKind::Visit);

    setStoreDay(store, today.addDays(-1));
    Account mature = store.get<Account>(ids.atRisk).value();
    mature.lifecycle = Lifecycle::Mature;
    if (Result<void> r = store.update(mature); !r)
        fail(r.error());
    setStoreDay(store, today);
    return ids;
}

} // namespace kam::test
