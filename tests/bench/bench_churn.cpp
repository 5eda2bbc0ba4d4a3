// SPDX-License-Identifier: GPL-3.0-or-later
// Churn risk benchmark (on demand: ctest --test-dir build -R bench_churn --verbose).
//
// 20,000 accounts with 1,000,000 activities, 200,000 satisfaction responses, 60,000 deals with
// 180,000 stage changes and 100,000 contacts, written once into a store file (kept in the build
// dir for the next run). It measures and prints:
//   (a) scoring every account from cold: a new connection, loadHealthFacts and scoreChurn   target ≤ 2 s
//   (b) the same through ChurnMonitor: from its construction to its first full score
//   (c) one changed account: an activity written, then ChurnMonitor::refresh to scored     target ≤ 50 ms
//   (d) loadHealthFacts + scoreChurn of that one account alone
//   (e) loadValueFacts + the default value model's scores of every account, from cold
// and the machine it ran on. It prints figures; it does not fail on slowness.

#include "analytics/churn.h"
#include "analytics/value_model.h"
#include "itemmodels/churn_monitor.h"
#include "store/health_facts.h"
#include "store/row_codec.h"
#include "store/store.h"
#include "store/value_facts.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace kam;
using namespace kam::analytics;

namespace {

constexpr int kAccounts = 20000;
constexpr int kActivitiesPerAccount = 50;
constexpr int kResponsesPerAccount = 10;
constexpr int kDealsPerAccount = 3;
constexpr int kContactsPerAccount = 5;
const QDate kToday(2026, 12, 1);

void say(const QString &line)
{
    std::fputs(qPrintable(line + '\n'), stdout);
    std::fflush(stdout);
}

QString ms(double v)
{
    return QString::number(v, 'f', v < 10 ? 2 : 1) + QStringLiteral(" ms");
}

QString verdict(double value, double target)
{
    return value <= target ? QStringLiteral("within target") : QStringLiteral("OVER TARGET");
}

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

/// Inserts `row` with every column of its table spec (the bench's fast path; the product writes
/// through Store::create, which journals each row).
template<typename T>
Result<void> insert(Store &store, const T &row, const QString &stamp)
{
    const TableSpec<T> &spec = tableSpec<T>();
    QStringList names = {QStringLiteral("id"), QStringLiteral("created_at"), QStringLiteral("updated_at")};
    QVariantList binds = {row.meta.id, stamp, stamp};
    for (const ColumnSpec<T> &c : spec.columns) {
        names << c.name;
        binds << c.get(row);
    }
    return store.run(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                         .arg(spec.table, names.join(u','), QStringList(names.size(), QStringLiteral("?")).join(u',')),
                     binds);
}

Result<void> generate(Store &store)
{
    QRandomGenerator rng(7);
    const auto pick = [&](int n) { return int(rng.bounded(n)); };
    const QString stamp = toStoredTime(QDateTime(QDate(2024, 1, 1), QTime(8, 0), Qt::UTC));
    const QString stageId = store.stages().value().front().meta.id;
    const QDateTime now(kToday, QTime(8, 0), Qt::UTC);
    constexpr Tier kTiers[] = {Tier::Core, Tier::Key, Tier::Ordinary, Tier::Potential, Tier::Unrated};
    return store.transaction([&]() -> Result<void> {
        for (int i = 0; i < kAccounts; ++i) {
            Account a;
            a.meta.id = uuid();
            a.legalName = QStringLiteral("客户 %1 有限公司").arg(i);
            a.tier = kTiers[pick(5)];
            a.lifecycle = Lifecycle::Mature;
            a.paymentOverdueDays = pick(10) == 0 ? pick(90) : 0;
            if (Result<void> r = insert(store, a, stamp); !r)
                return r;
            for (int c = 0; c < kContactsPerAccount; ++c) {
                Contact p;
                p.meta.id = uuid();
                p.accountId = a.meta.id;
                p.name = QStringLiteral("联系人 %1").arg(c);
                p.stance = c == 0 && pick(3) > 0 ? Stance::Champion : Stance::Neutral;
                p.influence = 1 + pick(5);
                p.active = pick(10) > 0;
                if (Result<void> r = insert(store, p, stamp); !r)
                    return r;
            }
            for (int d = 0; d < kDealsPerAccount; ++d) {
                Opportunity o;
                o.meta.id = uuid();
                o.accountId = a.meta.id;
                o.title = QStringLiteral("商机 %1").arg(d);
                o.stageId = stageId;
                o.amountMinor = qint64(1 + pick(100)) * 1000000;
                o.status = pick(3) == 0 ? DealStatus::Open : DealStatus::Won;
                o.expectedClose = kToday.addDays(pick(700) - 600);
                if (o.status == DealStatus::Won)
                    o.closedOn = o.expectedClose;
                if (Result<void> r = insert(store, o, stamp); !r)
                    return r;
                for (int s = 0; s < 3; ++s) {
                    StageChange c;
                    c.meta.id = uuid();
                    c.opportunityId = o.meta.id;
                    c.accountId = a.meta.id;
                    c.toStageId = stageId;
                    c.changedAt = now.addDays(-pick(400));
                    if (Result<void> r = insert(store, c, stamp); !r)
                        return r;
                }
            }
            for (int n = 0; n < kActivitiesPerAccount; ++n) {
                Activity act;
                act.meta.id = uuid();
                act.accountId = a.meta.id;
                act.kind = pick(20) == 0 ? ActivityKind::ServiceCase : ActivityKind::Visit;
                act.occurredAt = now.addDays(-pick(720)).addSecs(-pick(30000));
                act.summary = QStringLiteral("拜访");
                act.done = pick(3) > 0;
                if (Result<void> r = insert(store, act, stamp); !r)
                    return r;
            }
            for (int n = 0; n < kResponsesPerAccount; ++n) {
                SatisfactionResponse s;
                s.meta.id = uuid();
                s.accountId = a.meta.id;
                s.respondedOn = kToday.addDays(-pick(720));
                s.recommend = pick(12) - 1;
                s.satisfaction = pick(6);
                if (Result<void> r = insert(store, s, stamp); !r)
                    return r;
            }
        }
        return {};
    });
}

/// Runs the event loop until `monitor` has no scoring queued or running.
double waitIdle(ChurnMonitor &monitor, const QElapsedTimer &since)
{
    QEventLoop loop;
    QObject::connect(&monitor, &ChurnMonitor::scored, &loop, [&] {
        if (!monitor.isBusy())
            loop.quit();
    });
    if (monitor.isBusy())
        loop.exec();
    return double(since.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    say(QStringLiteral("machine: %1, %2 logical cores, Qt %3")
            .arg(QSysInfo::prettyProductName())
            .arg(QThread::idealThreadCount())
            .arg(QString::fromLatin1(qVersion())));
    const QString path = QCoreApplication::applicationDirPath() + QStringLiteral("/bench_churn.sqlite");
    QElapsedTimer t;
    {
        std::unique_ptr<Store> store = Store::open(path).value();
        if (store->count(QStringLiteral("accounts")).value() != kAccounts) {
            store.reset();
            QFile::remove(path);
            store = Store::open(path).value();
            t.start();
            if (Result<void> r = generate(*store); !r) {
                say(QStringLiteral("could not write the data: ") + r.error().message);
                return 1;
            }
            say(QStringLiteral("wrote the store in %1").arg(ms(double(t.elapsed()))));
        }
        say(QStringLiteral("store: %1 accounts, %2 activities, %3 responses, %4 deals, %5 contacts")
                .arg(store->count(QStringLiteral("accounts")).value())
                .arg(store->count(QStringLiteral("activities")).value())
                .arg(store->count(QStringLiteral("satisfaction_responses")).value())
                .arg(store->count(QStringLiteral("opportunities")).value())
                .arg(store->count(QStringLiteral("contacts")).value()));
    }

    const ChurnSettings settings = ChurnSettings::defaults();
    std::vector<double> cold;
    int warnings = 0;
    for (int run = 0; run < 3; ++run) {
        t.restart();
        std::unique_ptr<Store> store = Store::open(path).value();
        const std::vector<AccountHealthFacts> facts = loadHealthFacts(*store, kToday).value();
        const double loaded = double(t.nsecsElapsed()) / 1e6;
        warnings = 0;
        for (const AccountHealthFacts &f : facts)
            warnings += scoreChurn(f, settings, kToday).score >= settings.warnAt;
        cold.push_back(double(t.nsecsElapsed()) / 1e6);
        say(QStringLiteral("    run %1: facts of %2 accounts %3, scored %4").arg(run + 1).arg(facts.size()).arg(ms(loaded), ms(cold.back())));
    }
    std::sort(cold.begin(), cold.end());
    say(QStringLiteral("(a) score every account from cold: %1 (median of 3), %2 warnings   target ≤ 2000 ms: %3")
            .arg(ms(cold[1]))
            .arg(warnings)
            .arg(verdict(cold[1], 2000)));

    std::unique_ptr<Store> store = Store::open(path).value();
    t.restart();
    ChurnMonitor monitor(*store);
    monitor.setToday(kToday);
    const double first = waitIdle(monitor, t);
    say(QStringLiteral("(b) ChurnMonitor from construction to every account scored: %1 (%2 new warnings)")
            .arg(ms(first))
            .arg(monitor.newWarnings()));

    const QString account = store->accounts().value()[size_t(kAccounts / 2)].meta.id;
    std::vector<double> one;
    for (int i = 0; i < 20; ++i) {
        Activity a;
        a.accountId = account;
        a.occurredAt = QDateTime(kToday, QTime(7, 0), Qt::UTC).addSecs(-i * 60);
        a.summary = QStringLiteral("电话回访");
        store->create(a).value();
        t.restart();
        monitor.refresh({account});
        one.push_back(waitIdle(monitor, t));
    }
    std::sort(one.begin(), one.end());
    say(QStringLiteral("(c) one changed account, refresh to scored: %1 (median of 20, max %2)   target ≤ 50 ms: %3")
            .arg(ms(one[10]), ms(one.back()), verdict(one[10], 50)));

    std::vector<double> direct;
    for (int i = 0; i < 20; ++i) {
        t.restart();
        const std::vector<AccountHealthFacts> facts = loadHealthFacts(*store, kToday, {account}).value();
        scoreChurn(facts.front(), settings, kToday);
        direct.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(direct.begin(), direct.end());
    say(QStringLiteral("(d) loadHealthFacts + scoreChurn of one account: %1 (median of 20)").arg(ms(direct[10])));

    // The value scores of the same portfolio as the Value tab computes them: the facts, then
    // the default model (bench_value times the scoring alone on synthetic facts).
    const ValueModelDefinition model = ValueModelDefinition::defaults();
    std::vector<double> value;
    for (int run = 0; run < 3; ++run) {
        t.restart();
        std::unique_ptr<Store> fresh = Store::open(path).value();
        const std::vector<AccountValueFacts> facts = loadValueFacts(*fresh, kToday).value();
        const double loaded = double(t.nsecsElapsed()) / 1e6;
        const std::vector<ValueScore> scores = scorePortfolio(facts, model, modelWeights(model).value());
        value.push_back(double(t.nsecsElapsed()) / 1e6);
        say(QStringLiteral("    run %1: value facts of %2 accounts %3, scored %4").arg(run + 1).arg(scores.size()).arg(ms(loaded), ms(value.back())));
    }
    std::sort(value.begin(), value.end());
    say(QStringLiteral("(e) value facts + scores of every account from cold: %1 (median of 3)").arg(ms(value[1])));
    return 0;
}
