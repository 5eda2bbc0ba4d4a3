// SPDX-License-Identifier: GPL-3.0-or-later
// Domain rules: credit code check characters, exact money, stable enum codes.

#include "domain/account_tree.h"
#include "domain/credit_code.h"
#include "domain/enums.h"
#include "domain/ids.h"
#include "domain/money.h"

#include <QDateTime>
#include <QSet>
#include <QTest>
#include <QUuid>

using namespace kam;

class TestDomain : public QObject
{
    Q_OBJECT

private slots:
    // Branches at any depth, nearest first; a parent cycle in a damaged file ends the walk.
    void branchesOfAGroup()
    {
        const auto account = [](const char *id, const char *parent) {
            Account a;
            a.meta.id = QString::fromLatin1(id);
            a.parentId = QString::fromLatin1(parent);
            return a;
        };
        const std::vector<Account> accounts{account("group", ""), account("east", "group"), account("suzhou", "east"),
                                            account("west", "group"), account("solo", "")};
        QCOMPARE(branchIds(accounts, QStringLiteral("group")), (QStringList{"east", "west", "suzhou"}));
        QCOMPARE(branchIds(accounts, QStringLiteral("east")), QStringList{"suzhou"});
        QVERIFY(branchIds(accounts, QStringLiteral("solo")).isEmpty());
        const std::vector<Account> cycle{account("a", "b"), account("b", "a")};
        QCOMPARE(branchIds(cycle, QStringLiteral("a")), QStringList{"b"});
    }
    void creditCode_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("valid");
        // The worked example printed in GB 32100-2015 (Appendix) and a published business
        // licence (Tencent Technology (Shenzhen) Co., Ltd.).
        QTest::addRow("GB 32100 example") << "91350100M000100Y43" << true;
        QTest::addRow("published licence") << "91440300708461136T" << true;
        QTest::addRow("wrong check char") << "91350100M000100Y44" << false;
        QTest::addRow("17 chars") << "91350100M000100Y4" << false;
        QTest::addRow("lower case") << "91350100m000100Y43" << false;
        QTest::addRow("letter I not in code set") << "9135010IM000100Y43" << false;
        QTest::addRow("empty") << "" << false;
    }
    void creditCode()
    {
        QFETCH(QString, code);
        QFETCH(bool, valid);
        QCOMPARE(isValidCreditCode(code), valid);
    }

    void formatMoney_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("expected");
        QTest::addRow("CNY en") << "en_US" << qint64(123456789) << "CNY" << "¥1,234,567.89";
        QTest::addRow("CNY zh") << "zh_CN" << qint64(5) << "CNY" << "¥0.05";
        QTest::addRow("negative") << "en_US" << qint64(-150) << "CNY" << "¥-1.50";
        QTest::addRow("EUR de") << "de_DE" << qint64(123456) << "EUR" << "€1.234,56";
        QTest::addRow("JPY no decimals") << "ja_JP" << qint64(1500) << "JPY" << "￥1,500";
        QTest::addRow("USD in zh") << "zh_CN" << qint64(100) << "USD" << "USD 1.00";
        QTest::addRow("beyond double precision") << "en_US" << qint64(9007199254740993) << "CNY"
                                                 << "¥90,071,992,547,409.93";
    }
    void formatMoney()
    {
        QFETCH(QString, locale);
        QFETCH(qint64, minor);
        QFETCH(QString, currency);
        QFETCH(QString, expected);
        QCOMPARE(kam::formatMoney(Money{minor, currency}, QLocale(locale)), expected);
    }

    void parseMoney_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("minor");
        QTest::addRow("grouped") << "en_US" << "1,234.5" << "CNY" << true << qint64(123450);
        QTest::addRow("german") << "de_DE" << "1.234,56" << "EUR" << true << qint64(123456);
        QTest::addRow("whole") << "zh_CN" << "88" << "CNY" << true << qint64(8800);
        QTest::addRow("negative") << "en_US" << "-0.01" << "CNY" << true << qint64(-1);
        QTest::addRow("too many decimals") << "en_US" << "1.234" << "CNY" << false << qint64(0);
        QTest::addRow("JPY decimals") << "ja_JP" << "1.5" << "JPY" << false << qint64(0);
        QTest::addRow("letters") << "en_US" << "12a" << "CNY" << false << qint64(0);
        QTest::addRow("empty") << "en_US" << "" << "CNY" << false << qint64(0);
        QTest::addRow("overflow") << "en_US" << "999999999999999999999" << "CNY" << false << qint64(0);
    }
    void parseMoney()
    {
        QFETCH(QString, locale);
        QFETCH(QString, text);
        QFETCH(QString, currency);
        QFETCH(bool, ok);
        QFETCH(qint64, minor);
        const Result<Money> r = kam::parseMoney(text, currency, QLocale(locale));
        QCOMPARE(r.ok(), ok);
        if (ok)
            QCOMPARE(r->minor, minor);
        else
            QVERIFY(r.error().message.contains(text.isEmpty() ? QStringLiteral("“”") : text));
    }

    void enumCodesRoundTrip()
    {
        for (const auto &e : enumEntries<BuyingRole>())
            QCOMPARE(enumFromCode<BuyingRole>(enumCode(e.value)), e.value);
        QCOMPARE(enumCode(Tier::Core), QStringLiteral("core"));
        QCOMPARE(enumCode(BuyingRole::DecisionMaker), QStringLiteral("decision_maker"));
        QVERIFY(!enumFromCode<Tier>(u"gold").has_value());
        QCOMPARE(enumLabel(Stance::Champion), QStringLiteral("Champion"));
    }

    // Row ids are RFC 9562 version 7: canonical UUIDs, the creation time (ms) in their first 48
    // bits, later ones sorting after earlier ones, and none the same.
    void rowIdsAreTimeOrderedUuids()
    {
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const QString first = newRowId();
        const QUuid uuid = QUuid::fromString(first);
        QVERIFY(!uuid.isNull());
        QCOMPARE(uuid.toString(QUuid::WithoutBraces), first);
        QCOMPARE(first.at(14), QChar(u'7')); // the version (Qt 6.4's QUuid::version() knows up to 5)
        QCOMPARE(uuid.variant(), QUuid::DCE); // the RFC 4122 / 9562 variant
        const qint64 stamped = first.left(8).append(first.mid(9, 4)).toLongLong(nullptr, 16);
        QVERIFY(stamped >= before && stamped <= QDateTime::currentMSecsSinceEpoch());
        QTest::qWait(2);
        QString previous = newRowId();
        QVERIFY(first < previous);
        QSet<QString> seen{first, previous};
        for (int i = 0; i < 20000; ++i) {
            const QString next = newRowId();
            QVERIFY(!seen.contains(next));
            seen.insert(next);
        }
    }
};

QTEST_GUILESS_MAIN(TestDomain)
#include "tst_domain.moc"
