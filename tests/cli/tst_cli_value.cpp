// SPDX-License-Identifier: GPL-3.0-or-later
// kamdesk-cli ahp, fuzzy and grey as an analyst's script sees them: the figures of the worked
// examples of tst_ahp / tst_fuzzy / tst_grey in JSON and as tables, and one line naming the row
// or column for each kind of malformed input.

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(qEnvironmentVariable("KAM_BIN_DIR") + "/kamdesk-cli", args);
    Run r;
    if (!p.waitForFinished(60000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QJsonObject json(const Run &r)
{
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(r.out, &error).object();
    return error.error == QJsonParseError::NoError ? o : QJsonObject();
}

bool near(const QJsonValue &v, double expected, double tolerance)
{
    return v.isDouble() && std::abs(v.toDouble() - expected) <= tolerance;
}

} // namespace

class TestCliValue : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString file(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(content);
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(!qEnvironmentVariable("KAM_BIN_DIR").isEmpty());
        QVERIFY(m_dir.isValid());
    }

    // 姜启源《数学模型》's travel example (see tst_ahp), written with fractions, CRLF and a
    // trailing blank line.
    void ahpJson()
    {
        const QString m = file("travel.csv", "1,1/2,4,3,3\r\n2,1,7,5,5\r\n1/4,1/7,1,1/2,1/3\r\n1/3,1/5,2,1,1\r\n1/3,1/5,3,1,1\r\n\r\n");
        const Run r = cli({"ahp", "--matrix", m, "--json"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        const QJsonObject o = json(r);
        QCOMPARE(o.value("weights").toArray().size(), 5);
        QVERIFY(near(o.value("weights").toArray().at(1), 0.475, 0.002));
        QVERIFY(near(o.value("lambda_max"), 5.073, 0.002));
        QVERIFY(near(o.value("ci"), 0.018, 0.0005));
        QVERIFY(near(o.value("cr"), 0.016, 0.0005));
        QCOMPARE(o.value("consistent").toBool(), true);
        QVERIFY(o.value("worst").isNull());

        const Run revised = cli({"ahp", "--matrix", m, "--ri", "revised", "--json"});
        QCOMPARE(revised.exitCode, 0);
        QVERIFY(near(json(revised).value("ri"), 1.11, 1e-12));
    }

    void ahpTableNamesTheWorstComparison()
    {
        const QString m = file("flip.csv", "1,2,4,1/8\n1/2,1,2,4\n1/4,1/2,1,2\n8,1/4,1/2,1");
        const Run r = cli({"ahp", "--matrix", m});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith("ROW  WEIGHT\n"), r.out.constData());
        QVERIFY2(r.out.contains("INCONSISTENT"), r.out.constData());
        QVERIFY2(r.out.contains("revisit row 1, column 4: 1/8, the weights suggest 1/2"), r.out.constData());
        const QJsonObject o = json(cli({"ahp", "--matrix", m, "--json"}));
        QCOMPARE(o.value("consistent").toBool(), false);
        QCOMPARE(o.value("worst").toObject().value("column").toInt(), 3);
    }

    // The clothing example (see tst_fuzzy): M(·,+) → (.24, .33, .39, .04), M(∧,∨) → (.2, .3, .4, .1).
    void fuzzyFlat()
    {
        const QString m = file("clothing.csv", "0.2,0.5,0.2,0.1\n0.7,0.2,0.1,0\n0,0.4,0.5,0.1\n0.2,0.3,0.5,0\n");
        const Run r = cli({"fuzzy", "--weights", "0.1,0.2,0.3,0.4", "--membership", m, "--json"});
        QCOMPARE(r.exitCode, 0);
        QJsonObject o = json(r);
        QVERIFY(near(o.value("b").toArray().at(0), 0.24, 1e-12));
        QVERIFY(near(o.value("b").toArray().at(3), 0.04, 1e-12));
        QCOMPARE(o.value("grade").toInt(), 2);
        QCOMPARE(o.value("tie").toBool(), false);
        o = json(cli({"fuzzy", "--weights", "0.1,0.2,0.3,0.4", "--membership", m, "--operator", "maxmin", "--json"}));
        QVERIFY(near(o.value("b").toArray().at(2), 0.4, 1e-12));
        QCOMPARE(o.value("grade").toInt(), 2);
        const Run table = cli({"fuzzy", "--weights", "0.1,0.2,0.3,0.4", "--membership", m});
        QCOMPARE(table.exitCode, 0);
        QVERIFY2(table.out.contains("3      0.3900"), table.out.constData());
        QVERIFY2(table.out.contains("result: grade 3"), table.out.constData());
    }

    void fuzzyModel()
    {
        const QString m = file("model.json", R"({"weights":[0.6,0.4],"children":[
            {"weights":[0.5,0.5],"membership":[[0.6,0.4,0],[0.2,0.6,0.2]]},
            {"weights":[0.25,0.75],"membership":[[0,0.2,0.8],[0.4,0.4,0.2]]}]})");
        const QJsonObject o = json(cli({"fuzzy", "--model", m, "--json"}));
        QVERIFY(near(o.value("b").toArray().at(1), 0.44, 1e-12));
        QCOMPARE(o.value("grade").toInt(), 1);
        const Run tie = cli({"fuzzy", "--model", m, "--operator", "maxmin"});
        QCOMPARE(tie.exitCode, 0);
        QVERIFY2(tie.out.contains("result: a tie of grades 1, 2"), tie.out.constData());
    }

    // The three suppliers of tst_grey: B, A, C; with weights (.6, .2, .2): A, B, C. Quoted names.
    void grey()
    {
        const QString data = file("grey.csv", "indicator,type,\"Supplier A\",B,C\nrevenue,benefit,100,80,60\n"
                                              "overdue,cost,10,0,30\nquality,benefit,3,5,4\n");
        QJsonObject o = json(cli({"grey", "--data", data, "--json"}));
        QCOMPARE(o.value("ranking").toArray(), (QJsonArray{"B", "Supplier A", "C"}));
        QVERIFY(near(o.value("grades").toArray().at(1), 2.5 / 3, 1e-12));
        o = json(cli({"grey", "--data", data, "--weights", "0.6,0.2,0.2", "--rho", "0.5", "--json"}));
        QCOMPARE(o.value("ranking").toArray(), (QJsonArray{"Supplier A", "B", "C"}));
        const Run table = cli({"grey", "--data", data});
        QCOMPARE(table.exitCode, 0);
        QVERIFY2(table.out.startsWith("RANK  ALTERNATIVE  GRADE\n1     B            0.8333\n"), table.out.constData());
    }

    void malformed_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("ahp not square") << QStringList{"ahp", "--matrix", "FILE"} << QByteArray("1,2\n1/2,1,3\n")
                                        << QByteArray("row 2 has 3 values");
        QTest::newRow("ahp not reciprocal") << QStringList{"ahp", "--matrix", "FILE"} << QByteArray("1,3\n3,1\n")
                                            << QByteArray("row 2, column 1: 3 is not the reciprocal of row 1, column 2");
        QTest::newRow("ahp zero") << QStringList{"ahp", "--matrix", "FILE"} << QByteArray("1,0\n1,1\n")
                                  << QByteArray("row 1, column 2: 0 is not a positive number");
        QTest::newRow("ahp negative") << QStringList{"ahp", "--matrix", "FILE"} << QByteArray("1,-2\n-1/2,1\n")
                                      << QByteArray("row 1, column 2: -2 is not a positive number");
        QTest::newRow("ahp not a number") << QStringList{"ahp", "--matrix", "FILE"} << QByteArray("1,x\n1,1\n")
                                          << QByteArray("row 1, column 2: \"x\" is not a number");
        QTest::newRow("ahp empty") << QStringList{"ahp", "--matrix", "FILE"} << QByteArray("\n") << QByteArray("has no rows");
        QTest::newRow("ahp bad ri") << QStringList{"ahp", "--matrix", "FILE", "--ri", "new"} << QByteArray("1\n")
                                    << QByteArray("--ri must be classic or revised");
        QTest::newRow("ahp no matrix") << QStringList{"ahp"} << QByteArray() << QByteArray("ahp needs --matrix");
        QTest::newRow("ahp missing file") << QStringList{"ahp", "--matrix", "/nonexistent/m.csv"} << QByteArray()
                                          << QByteArray("cannot read /nonexistent/m.csv");
        QTest::newRow("csv open quote") << QStringList{"ahp", "--matrix", "FILE"} << QByteArray("1,\"2\n1/2,1\n")
                                        << QByteArray("line 1: a quoted field is not closed");
        QTest::newRow("fuzzy row sum") << QStringList{"fuzzy", "--weights", "0.5,0.5", "--membership", "FILE"}
                                       << QByteArray("0.5,0.5\n0.2,0.7\n") << QByteArray("row 2 sums to 0.9, not 1");
        QTest::newRow("fuzzy weight count") << QStringList{"fuzzy", "--weights", "0.5,0.3,0.2", "--membership", "FILE"}
                                            << QByteArray("0.5,0.5\n1,0\n") << QByteArray("3 weights for 2 membership rows");
        QTest::newRow("fuzzy weights sum") << QStringList{"fuzzy", "--weights", "0.5,0.6", "--membership", "FILE"}
                                           << QByteArray("0.5,0.5\n1,0\n") << QByteArray("the weights sum to 1.1, not 1");
        QTest::newRow("fuzzy weight not a number") << QStringList{"fuzzy", "--weights", "0.5,half", "--membership", "FILE"}
                                                   << QByteArray("0.5,0.5\n1,0\n")
                                                   << QByteArray("--weights value 2: \"half\" is not a number");
        QTest::newRow("fuzzy ragged") << QStringList{"fuzzy", "--weights", "0.5,0.5", "--membership", "FILE"}
                                      << QByteArray("0.5,0.5\n1,0,0\n") << QByteArray("row 2 has 3 grades, not 2");
        QTest::newRow("fuzzy negative") << QStringList{"fuzzy", "--weights", "0.5,0.5", "--membership", "FILE"}
                                        << QByteArray("1.5,-0.5\n1,0\n") << QByteArray("row 1, column 1");
        QTest::newRow("fuzzy both forms") << QStringList{"fuzzy", "--weights", "1", "--model", "FILE"} << QByteArray("{}")
                                          << QByteArray("fuzzy needs either");
        QTest::newRow("fuzzy bad operator") << QStringList{"fuzzy", "--model", "FILE", "--operator", "min"} << QByteArray("{}")
                                            << QByteArray("--operator must be weighted or maxmin");
        QTest::newRow("fuzzy model path")
            << QStringList{"fuzzy", "--model", "FILE"}
            << QByteArray(R"({"weights":[0.5,0.5],"children":[{"weights":[1],"membership":[[1,0]]},{"weights":[1],"membership":[[0.5,0.4]]}]})")
            << QByteArray("factor 2 → row 1 sums to 0.9, not 1");
        QTest::newRow("fuzzy model not json") << QStringList{"fuzzy", "--model", "FILE"} << QByteArray("{") << QByteArray("not valid JSON");
        QTest::newRow("fuzzy model no weights") << QStringList{"fuzzy", "--model", "FILE"} << QByteArray(R"({"membership":[[1]]})")
                                                << QByteArray("weights must be an array of numbers");
        QTest::newRow("grey header") << QStringList{"grey", "--data", "FILE"} << QByteArray("name,kind,A\nx,benefit,1\n")
                                     << QByteArray("line 1: the header must be indicator,type");
        QTest::newRow("grey type") << QStringList{"grey", "--data", "FILE"} << QByteArray("indicator,type,A,B\nx,good,1,2\n")
                                   << QByteArray("line 2, column 2: the type must be benefit or cost, not \"good\"");
        QTest::newRow("grey ragged") << QStringList{"grey", "--data", "FILE"} << QByteArray("indicator,type,A,B\n\nx,cost,1\n")
                                     << QByteArray("line 3 has 3 fields, not 4");
        QTest::newRow("grey not a number") << QStringList{"grey", "--data", "FILE"} << QByteArray("indicator,type,A,B\nx,cost,1,two\n")
                                           << QByteArray("line 2, column 4: \"two\" is not a number");
        QTest::newRow("grey weights length") << QStringList{"grey", "--data", "FILE", "--weights", "0.5,0.5"}
                                             << QByteArray("indicator,type,A,B\nx,cost,1,2\n") << QByteArray("2 weights for 1 indicators");
        QTest::newRow("grey rho") << QStringList{"grey", "--data", "FILE", "--rho", "2"} << QByteArray("indicator,type,A,B\nx,cost,1,2\n")
                                  << QByteArray("must be above 0 and at most 1, not 2");
        QTest::newRow("grey rho not a number") << QStringList{"grey", "--data", "FILE", "--rho", "half"}
                                               << QByteArray("indicator,type,A\nx,cost,1\n") << QByteArray("--rho must be a number");
        QTest::newRow("grey no indicators") << QStringList{"grey", "--data", "FILE"} << QByteArray("indicator,type,A,B\n")
                                            << QByteArray("no indicators");
    }

    void malformed()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, file);
        QFETCH(QByteArray, expected);
        const QString path = this->file(QStringLiteral("input.%1").arg(QTest::currentDataTag()).replace(' ', '_'), file);
        args.replaceInStrings("FILE", path);
        const Run r = cli(args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith("kamdesk-cli: "), r.err.constData());
        QVERIFY2(r.err.contains(expected), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(r.out.isEmpty());
    }

    void help()
    {
        for (const char *command : {"ahp", "fuzzy", "grey"}) {
            const Run r = cli({command, "--help"});
            QCOMPARE(r.exitCode, 0);
            QVERIFY(r.out.startsWith(QByteArray("kamdesk-cli ") + command));
        }
        const Run all = cli({"--help"});
        QVERIFY(all.out.contains("kamdesk-cli grey --data FILE.csv"));
    }
};

QTEST_GUILESS_MAIN(TestCliValue)
#include "tst_cli_value.moc"
