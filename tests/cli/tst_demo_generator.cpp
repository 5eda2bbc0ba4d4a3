// SPDX-License-Identifier: GPL-3.0-or-later
// The demo portfolio: realistic, valid, deterministic per seed, cancellable without leftovers.

#include "demo/demo_generator.h"
#include "domain/credit_code.h"
#include "support/store_fixture.h"

#include <QHash>
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
        out << QStringList { a.legalName,
                             a.shortName,
                             a.industry,
                             a.region,
                             a.creditCode,
                             enumCode(a.tier),
                             QString::number(a.annualRevenueMinor) }
                   .join('|');
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
        Result<DemoSummary> summary = generateDemo(*store, { 300, 7 });
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

        // Every row is one the store accepts, and groups have 2–5 branches in regions of China.
        const QStringList regions
            = QString::fromUtf8("华东 华北 华南 西南 东北 西北 华中").split(' ');
        QHash<QString, int> branchesOf;
        QHash<QString, Account> byId;
        for (const Account &a : accounts)
            byId.insert(a.meta.id, a);
        int foreignCurrency = 0, taxIdIsCode = 0;
        for (const Account &a : accounts) {
            QVERIFY2(regions.contains(a.region), qPrintable(a.region));
            QVERIFY(a.currency.size() == 3 && a.currency == a.currency.toUpper());
            foreignCurrency += a.currency == "CNY" ? 0 : 1;
            taxIdIsCode += !a.taxId.isEmpty() && a.taxId == a.creditCode ? 1 : 0;
            QVERIFY(a.taxId.isEmpty() || (a.taxId.size() >= 15 && a.taxId.size() <= 20));
            QVERIFY(a.annualRevenueMinor > 0);
            QVERIFY2(store->update(a), qPrintable(a.legalName)); // validation passes, a no-op edit
            if (!a.parentId.isEmpty()) {
                QVERIFY(byId.contains(a.parentId));
                QVERIFY(byId[a.parentId].parentId.isEmpty()); // one level: group → branch
                ++branchesOf[a.parentId];
            }
        }
        QCOMPARE(branchesOf.size(), summary->groups);
        for (int n : branchesOf)
            QVERIFY(n >= 2 && n <= 5);
        QVERIFY(foreignCurrency > 0 && foreignCurrency < 300 / 4); // mostly CNY
        QVERIFY(taxIdIsCode > 300 / 2);
        QVERIFY(chinese > 150 && chinese < 300); // Chinese and English names
        for (const char *i : { "钢铁", "电力", "工程机械", "物流车队", "汽车零部件", "工业品分销" })
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
        QVERIFY(generateDemo(*a, { 80, 42 }));
        QVERIFY(generateDemo(*b, { 80, 42 }));
        QVERIFY(generateDemo(*c, { 80, 43 }));
        QCOMPARE(fingerprint(*a), fingerprint(*b));
        QVERIFY(fingerprint(*a) != fingerprint(*c));
    }

    void givenCancel_whenSecondChunkReported_thenCommittedChunksOnly()
    {
        QTemporaryDir dir;
        auto store = test::openStore(dir);
        QList<int> totals;
        Result<DemoSummary> r = generateDemo(*store, { 700, 1 }, [&](int done, int total) {
            totals << total;
            return done < 400; // stop once 400 are done
        });
        QVERIFY(!r);
        QCOMPARE(totals, (QList<int> { 700, 700 }));
        QVERIFY(r.error().message.contains("Cancelled"));
        // Chunks are 200 accounts, so exactly the two committed chunks are kept …
        QCOMPARE(*store->count("accounts"), qint64(400));
        // … and every kept account is complete, with no contact or team row left over from the
        // chunk that was not kept.
        qint64 contacts = 0, team = 0;
        for (const Account &a : *store->accounts()) {
            QVERIFY(!store->contacts(a.meta.id)->empty());
            QVERIFY(!store->team(a.meta.id)->empty());
            contacts += qint64(store->contacts(a.meta.id)->size());
            team += qint64(store->team(a.meta.id)->size());
        }
        QCOMPARE(*store->count("contacts"), contacts);
        QCOMPARE(*store->count("account_team"), team);
    }

    void givenOuterTransaction_whenCancelled_thenNothingKept()
    {
        // Given the generator run inside one transaction, as kamdesk-cli runs it …
        QTemporaryDir dir;
        auto store = test::openStore(dir);
        const qint64 usersBefore = *store->count("users");
        // … when it is cancelled after its first chunk …
        Result<void> r = store->transaction([&]() -> Result<void> {
            Result<DemoSummary> s
                = generateDemo(*store, { 500, 3 }, [](int, int) { return false; });
            return s ? Result<void>() : Result<void>(s.error());
        });
        // … then the store is as it was: no accounts, contacts or managers.
        QVERIFY(!r);
        QCOMPARE(*store->count("accounts"), qint64(0));
        QCOMPARE(*store->count("contacts"), qint64(0));
        QCOMPARE(*store->count("users"), usersBefore);
    }

    void givenDemoStore_whenGeneratedAgain_thenAddsWithoutClashes()
    {
        QTemporaryDir dir;
        auto store = test::openStore(dir);
        QVERIFY(generateDemo(*store, { 120, 9 }));
        // When the same seed runs again on the same store (same names, same credit codes) …
        Result<DemoSummary> again = generateDemo(*store, { 120, 9 });
        QVERIFY2(again, again ? "" : qPrintable(again.error().message));
        // … then it adds a second portfolio for the same five managers, all names and codes unique.
        QCOMPARE(*store->count("accounts"), qint64(240));
        QCOMPARE(*store->count("users"), qint64(6));
        QCOMPARE(again->users, 5);
        QSet<QString> names, codes;
        for (const Account &a : *store->accounts()) {
            QVERIFY2(!names.contains(a.legalName), qPrintable(a.legalName));
            names.insert(a.legalName);
            if (!a.creditCode.isEmpty()) {
                QVERIFY2(!codes.contains(a.creditCode), qPrintable(a.creditCode));
                codes.insert(a.creditCode);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demo_generator.moc"
