// SPDX-License-Identifier: GPL-3.0-or-later
// Company names as people type them match once normalised (width, case, spaces, brackets,
// legal forms in Chinese and Latin), similar names score high and different ones low, and the
// bigram index finds the best match among 20,000 names without comparing with each.

#include "io/name_matching.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace kam;

class TestNameMatching : public QObject
{
    Q_OBJECT

private slots:
    void normalise_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("normalised");
        QTest::newRow("Chinese joint-stock") << "XX股份有限公司"
                                             << "xx";
        QTest::newRow("group in full-width brackets") << "上海　宝钢（集团）有限公司"
                                                      << "上海宝钢";
        QTest::newRow("bare") << "上海宝钢"
                              << "上海宝钢";
        QTest::newRow("group then limited") << "宝钢集团有限公司"
                                            << "宝钢";
        QTest::newRow("traditional") << "長江實業（集團）有限公司"
                                     << "長江實業";
        QTest::newRow("limited liability") << "华为技术有限责任公司"
                                           << "华为技术";
        QTest::newRow("branch keeps its mark") << "宝钢股份有限公司北京分公司"
                                               << "宝钢股份有限公司北京分公司";
        QTest::newRow("Co., Ltd.") << "ACME Co., Ltd."
                                   << "acme";
        QTest::newRow("Inc.") << "Acme, Inc."
                              << "acme";
        QTest::newRow("full-width Latin") << "ＡＣＭＥ　ＬＩＭＩＴＥＤ"
                                          << "acme";
        QTest::newRow("GmbH & Co. KG") << "Müller GmbH & Co. KG"
                                       << "müller";
        QTest::newRow("S.A.") << "Renault S.A."
                              << "renault";
        QTest::newRow("Corporation") << "Sony Corporation"
                                     << "sony";
        QTest::newRow("plc") << "Tesco PLC"
                             << "tesco";
        QTest::newRow("suffix inside a word stays") << "Pemag"
                                                    << "pemag";
        QTest::newRow("case folding") << "STRASSE"
                                      << "strasse";
        QTest::newRow("only a legal form") << "Limited"
                                           << "limited";
        QTest::newRow("only a Chinese legal form") << "有限公司"
                                                   << "有限公司";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("punctuation only") << " - ; "
                                          << "";
    }

    void normalise()
    {
        QFETCH(QString, name);
        QFETCH(QString, normalised);
        QCOMPARE(normaliseCompanyName(name), normalised);
    }

    void emails()
    {
        QCOMPARE(normaliseEmail(u"  Li.Wei@Example.COM "), QString("li.wei@example.com"));
    }

    void similarity()
    {
        QCOMPARE(nameSimilarity(u"acme", u"acme"), 1.0);
        QCOMPARE(nameSimilarity(u"", u""), 1.0);
        QCOMPARE(nameSimilarity(u"", u"a"), 0.0);
        QCOMPARE(nameSimilarity(u"a", u"a"), 1.0);
        QCOMPARE(nameSimilarity(u"a", u"b"), 0.0);
        QCOMPARE(nameSimilarity(u"a", u"ab"), 0.4); // {^a, a$} against {^a, ab, b$}
        QCOMPARE(nameSimilarity(u"上海宝钢", u"上海宝钢股份"),
                 nameSimilarity(u"上海宝钢股份", u"上海宝钢"));
        QVERIFY(nameSimilarity(u"上海宝钢", u"上海宝钢股份") > 0.6);
        QVERIFY(nameSimilarity(u"acmeindustries", u"acmeindustry") > 0.75); // 22 / 28
        QVERIFY(nameSimilarity(u"华为技术", u"中兴通讯") < 0.1);
    }

    void indexFindsTheBest()
    {
        NameIndex index;
        QCOMPARE(index.add("acmeindustries"), 0);
        QCOMPARE(index.add("上海宝钢"), 1);
        QCOMPARE(index.add("acme"), 2);
        QCOMPARE(index.add("acme"), 3); // equal to 2: the earlier one wins
        QCOMPARE(index.add("x"), 4);
        const NameIndex::Match exact = index.best(u"acme", 0.5);
        QCOMPARE(exact.position, 2);
        QCOMPARE(exact.score, 1.0);
        const NameIndex::Match close = index.best(u"acmeindustry", 0.5);
        QCOMPARE(close.position, 0);
        QCOMPARE(close.score, nameSimilarity(u"acmeindustry", u"acmeindustries"));
        QCOMPARE(index.best(u"上海宝钢集团", 0.5).position, 1);
        QCOMPARE(index.best(u"x", 0.9).position, 4);
        QCOMPARE(index.best(u"中兴通讯", 0.1).position, -1);
        QCOMPARE(index.best(u"acmeindustry", 0.99).position, -1);
        QCOMPARE(index.best(u"", 0.0).position, -1);
    }

    // 20,000 names of random syllables; each query is a stored name with one character changed.
    // The best match must be what a full scan with nameSimilarity finds.
    void indexIsFastOnManyNames()
    {
        static const QStringList kSyllables { "华", "为", "中", "兴",  "科", "技", "上",
                                              "海", "宝", "钢", "北",  "京", "电", "子",
                                              "信", "息", "汽", "车",  "能", "源", "ab",
                                              "cd", "er", "on", "tex", "ma", "ri", "so" };
        QRandomGenerator random(20240305);
        std::vector<QString> names;
        NameIndex index;
        for (int i = 0; i < 20000; ++i) {
            QString name;
            const int parts = 3 + int(random.bounded(4));
            for (int p = 0; p < parts; ++p)
                name += kSyllables[random.bounded(int(kSyllables.size()))];
            names.push_back(name);
            index.add(name);
        }
        std::vector<QString> queries;
        for (int q = 0; q < 200; ++q) {
            QString query = names[random.bounded(int(names.size()))];
            query[random.bounded(int(query.size()))] = u'新';
            queries.push_back(query);
        }
        QElapsedTimer timer;
        timer.start();
        std::vector<NameIndex::Match> found;
        for (const QString &query : queries)
            found.push_back(index.best(query, 0.5));
        const double perQueryMs = double(timer.nsecsElapsed()) / 1e6 / double(queries.size());
        qDebug() << "NameIndex::best over 20,000 names:" << perQueryMs << "ms per query";
        // Checked against a full scan, on a few queries since the scan is what the index avoids.
        for (std::size_t q = 0; q < 20; ++q) {
            int bestPosition = -1;
            double bestScore = 0;
            for (std::size_t i = 0; i < names.size(); ++i) {
                const double score = nameSimilarity(queries[q], names[i]);
                if (score >= 0.5 && score > bestScore) {
                    bestScore = score;
                    bestPosition = int(i);
                }
            }
            QCOMPARE(found[q].position, bestPosition);
            QCOMPARE(found[q].score, bestScore);
        }
    }
};

QTEST_GUILESS_MAIN(TestNameMatching)
#include "tst_name_matching.moc"
