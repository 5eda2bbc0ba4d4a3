// SPDX-License-Identifier: GPL-3.0-or-later
// The demo portfolio: realistic, valid, deterministic per seed, cancellable without leftovers.

#include "demo/demo_generator.h"
#include "domain/credit_code.h"
#include "support/store_fixture.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace kam;

namespace {
/// What a seed determines: names and values, not the UUIDs.
QStringList fingerprint(const Store &store)
{
    QStringList out;
    for (const Account &a : *store.accounts())
        out << QStringList{a.legalName, a.shortName, a.industry, a.region, a.creditCode,
                           enumCode(a.tier), QString::number(a.annualRevenueMinor)}.join('|');
    out.sort();
    return out;
}
} // namespace

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private slots:
    void givenSeed_whenGenerated_thenRealisticAndValid()
    {
        QTemporaryDir dir;
        auto store = test::openStore(dir);
        Result<DemoSummary> summary = generateDemo(*store, {300, 7});
        QVERIFY2(summary, summary ? "" : qPrintable(summary.error().message));
        QCOMPARE(summary->accounts, 300);
        QCOMPARE(*store->count("accounts"), 300);
        QCOMPARE(*store->count("users"), 6); // the store's own local user and five managers
        QVERIFY(summary->groups >= 10);
        QVERIFY(summary->contacts >= 300 * 4 && summary->contacts <= 300 * 6); // about five each
        QCOMPARE(*store->count("contacts"), summary->contacts);

        const std::vector<Account> accounts = *store->accounts();
        QSet<QString> names, codes, industries;
        int branches = 0, chinese = 0;
        for (const Account &a : accounts) {
            QVERIFY2(!names.contains(a.legalName), qPrintable(a.legalName));
            names.insert(a.legalName);
            if (!a.creditCode.isEmpty()) {
                QVERIFY(isValidCreditCode(a.creditCode));
                QVERIFY(!codes.contains(a.creditCode));
                codes.insert(a.creditCode);
            }
            industries.insert(a.industry);
            branches += a.parentId.isEmpty() ? 0 : 1;
            chinese += a.legalName.contains(QString::fromUtf8("公司")) ? 1 : 0;
            QVERIFY(!a.ownerId.isEmpty());
        }
        QVERIFY(branches >= 2 * summary->groups);
        QVERIFY(chinese > 150 && chinese < 300); // Chinese and English names
        for (const char *i : {"钢铁", "电力", "工程机械", "物流车队", "汽车零部件", "工业品分销"})
            QVERIFY2(industries.contains(QString::fromUtf8(i)), i);

        // Contacts form one reporting line per account, inside the account.
        const Account &first = accounts.front();
        const std::vector<Contact> contacts = *store->contacts(first.meta.id);
        int tops = 0;
        for (const Contact &c : contacts) {
            if (c.reportsToId.isEmpty())
                ++tops;
            else
                QCOMPARE(store->get<Contact>(c.reportsToId)->accountId, first.meta.id);
        }
        QCOMPARE(tops, 1);
        QVERIFY(!store->team(first.meta.id)->empty());
        // The demo is seen as one of its managers.
        QCOMPARE(store->get<User>(store->currentUserId())->name, QString::fromUtf8("王伟"));
    }

    void givenSameSeed_whenGeneratedTwice_thenSameData()
    {
        QTemporaryDir dir;
        auto a = test::openStore(dir, "a.sqlite");
        auto b = test::openStore(dir, "b.sqlite");
        auto c = test::openStore(dir, "c.sqlite");
        QVERIFY(generateDemo(*a, {80, 42}));
        QVERIFY(generateDemo(*b, {80, 42}));
        QVERIFY(generateDemo(*c, {80, 43}));
        QCOMPARE(fingerprint(*a), fingerprint(*b));
        QVERIFY(fingerprint(*a) != fingerprint(*c));
    }

    void givenCancel_whenSecondChunkReported_thenCommittedChunksOnly()
    {
        QTemporaryDir dir;
        auto store = test::openStore(dir);
        QList<int> totals;
        Result<DemoSummary> r = generateDemo(*store, {700, 1}, [&](int done, int total) {
            totals << total;
            return done < 400; // stop once 400 are done
        });
        QVERIFY(!r);
        QCOMPARE(totals, (QList<int>{700, 700}));
        QVERIFY(r.error().message.contains("Cancelled"));
        const qint64 kept = *store->count("accounts");
        QVERIFY2(kept >= 400 && kept < 700, qPrintable(QString::number(kept)));
        // Every kept account is complete: it has its contacts and its team lead.
        for (const Account &a : *store->accounts())
            QVERIFY(!store->contacts(a.meta.id)->empty());
    }
};

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demo_generator.moc"
