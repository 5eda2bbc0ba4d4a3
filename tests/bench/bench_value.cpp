// SPDX-License-Identifier: GPL-3.0-or-later
// Value model benchmark (on demand: ctest --test-dir build -R bench_value --verbose).
//
// 20,000 synthetic accounts (seeded; about 5 % of each criterion missing) scored with the
// default value model by each method. It measures and prints, per method:
//   (a) modelWeights + scorePortfolio, the median of 5 runs                            target ≤ 200 ms
//   (b) sensitivity (every leaf at ±10 %: 16 rescorings), one run
// and the machine it ran on. It prints figures; it does not fail on slowness.

#include "analytics/value_model.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace kam;
using namespace kam::analytics;

namespace {

constexpr int kAccounts = 20000;
constexpr int kRuns = 5;
constexpr quint32 kSeed = 9;

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

std::vector<AccountValueFacts> portfolio()
{
    QRandomGenerator random(kSeed);
    std::vector<AccountValueFacts> facts(kAccounts);
    const auto maybe = [&](double v) -> std::optional<double> {
        return random.bounded(100) < 5 ? std::nullopt : std::optional<double>(v);
    };
    for (int i = 0; i < kAccounts; ++i) {
        AccountValueFacts &f = facts[size_t(i)];
        f.accountId = QStringLiteral("acc-%1").arg(i);
        const auto set = [&](ValueCriterion c, std::optional<double> v) { f.values[size_t(c)] = v; };
        set(ValueCriterion::Revenue, maybe(random.bounded(50'000'000.0)));
        set(ValueCriterion::GrossMargin, maybe(random.bounded(60.0) - 10));
        set(ValueCriterion::Growth, maybe(random.bounded(200.0) - 80));
        set(ValueCriterion::ShareOfWallet, maybe(random.bounded(100.0)));
        set(ValueCriterion::StrategicFit, maybe(1 + random.bounded(5)));
        set(ValueCriterion::PaymentRecord, maybe(random.bounded(120)));
        set(ValueCriterion::RelationshipStrength, maybe(random.bounded(5.0)));
        set(ValueCriterion::Satisfaction, maybe(random.bounded(200.0) - 100));
    }
    return facts;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    say(QStringLiteral("machine: %1, %2 logical cores, Qt %3")
            .arg(QSysInfo::prettyProductName())
            .arg(QThread::idealThreadCount())
            .arg(QString::fromLatin1(qVersion())));
    const std::vector<AccountValueFacts> facts = portfolio();
    say(QStringLiteral("portfolio: %1 accounts, default model, seed %2").arg(kAccounts).arg(kSeed));
    struct Method
    {
        ScoringMethod method;
        FuzzyOperator op;
        const char *name;
    };
    const Method methods[] = {{ScoringMethod::WeightedSum, FuzzyOperator::WeightedAverage, "weighted sum"},
                              {ScoringMethod::Fuzzy, FuzzyOperator::WeightedAverage, "fuzzy M(·,+)"},
                              {ScoringMethod::Fuzzy, FuzzyOperator::MaxMin, "fuzzy M(∧,∨)"},
                              {ScoringMethod::Grey, FuzzyOperator::WeightedAverage, "grey relational"}};
    for (const Method &m : methods) {
        ValueModelDefinition model = ValueModelDefinition::defaults();
        model.method = m.method;
        model.fuzzyOperator = m.op;
        std::vector<double> times;
        double checksum = 0;
        for (int run = 0; run < kRuns; ++run) {
            QElapsedTimer t;
            t.start();
            const ModelWeights weights = modelWeights(model).value();
            const std::vector<ValueScore> scores = scorePortfolio(facts, model, weights);
            times.push_back(double(t.nsecsElapsed()) / 1e6);
            checksum = scores.empty() ? 0 : scores.front().score;
        }
        std::sort(times.begin(), times.end());
        const double median = times[size_t(kRuns / 2)];
        QElapsedTimer t;
        t.start();
        const ModelWeights weights = modelWeights(model).value();
        const std::vector<Sensitivity> s = sensitivity(facts, model, weights);
        const double sensitivityMs = double(t.nsecsElapsed()) / 1e6;
        say(QStringLiteral("%1: score %2 (median of %3; min %4, max %5) %6; sensitivity (%7 cases) %8; first score %9")
                .arg(QString::fromUtf8(m.name), ms(median))
                .arg(kRuns)
                .arg(ms(times.front()), ms(times.back()), verdict(median, 200))
                .arg(s.size())
                .arg(ms(sensitivityMs))
                .arg(checksum, 0, 'f', 2));
    }
    return 0;
}
