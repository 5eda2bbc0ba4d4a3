// SPDX-License-Identifier: GPL-3.0-or-later
// NpsBreakdownModel over a store: the groups and the Total row with their figures, "—" where
// nobody answered, precise change signals when a response or an account is written, and the
// dimension and period it is set to. Checked by QAbstractItemModelTester throughout.

#include "itemmodels/nps_breakdown_model.h"
#include "support/result_check.h"
#include "support/store_fixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace kam;
using namespace kam::analytics;

namespace {

QString text(const QAbstractItemModel &m, int row, int column)
{
    return m.index(row, column).data().toString();
}

QVariant sortValue(const QAbstractItemModel &m, int row, int column)
{
    return m.index(row, column).data(NpsBreakdownModel::SortRole);
}

} // namespace

class TestNpsBreakdownModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void groupsAndTotal();
    void followsANewResponse();
    void followsAnAccountsTier();
    void dimensionAndPeriod();
    void npsText_data();
    void npsText();

private:
    QString addAccount(const QString &name, Tier tier, const QString &industry = QString());
    void respond(const QString &accountId, int recommend, const QDate &day = QDate(2026, 5, 1));

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<NpsBreakdownModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QString m_core;
    QString m_key;
    QString m_potential;
};

void TestNpsBreakdownModel::init()
{
    m_store = test::openStore(
        m_dir, QStringLiteral("nps-%1.sqlite").arg(QDateTime::currentMSecsSinceEpoch()));
    QVERIFY(m_store);
    m_core = addAccount("华东重工集团", Tier::Core, "Steel");
    m_key = addAccount("Sunrise Fleet Services", Tier::Key, "");
    m_potential = addAccount("北方化工股份", Tier::Potential, "Chemicals");
    // Core: 10, 9, 3 and one unanswered → P 2, D 1 of 3 answered: +33. Key: one unanswered.
    respond(m_core, 10);
    respond(m_core, 9);
    respond(m_core, 3);
    respond(m_core, -1);
    respond(m_key, -1);
    m_model = std::make_unique<NpsBreakdownModel>(m_store.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestNpsBreakdownModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_store.reset();
}

QString TestNpsBreakdownModel::addAccount(const QString &name, Tier tier, const QString &industry)
{
    Account a = test::sampleAccount(name);
    a.tier = tier;
    a.industry = industry;
    Result<Account> created = m_store->create(a);
    if (!created) {
        qWarning("%s", qPrintable(created.error().message));
        return {};
    }
    return created->meta.id;
}

void TestNpsBreakdownModel::respond(const QString &accountId, int recommend, const QDate &day)
{
    SatisfactionResponse r;
    r.accountId = accountId;
    r.respondedOn = day;
    r.recommend = recommend;
    r.satisfaction = 4;
    KAM_VERIFY_RESULT(m_store->create(r));
}

// Given three accounts of three tiers, then the rows are core, key, potential (tier order) and
// Total, with their counts; the key tier's only response is unanswered and the potential one
// has none, so both show "—" as their NPS, never 0.
void TestNpsBreakdownModel::groupsAndTotal()
{
    const NpsBreakdownModel &m = *m_model;
    QCOMPARE(m.rowCount(), 4);
    QCOMPARE(m.columnCount(), int(NpsBreakdownModel::ColumnCount));
    QCOMPARE(m.headerData(NpsBreakdownModel::Group, Qt::Horizontal).toString(), QString("Tier"));
    QCOMPARE(text(m, 0, NpsBreakdownModel::Group), enumLabel(Tier::Core));
    QCOMPARE(text(m, 1, NpsBreakdownModel::Group), enumLabel(Tier::Key));
    QCOMPARE(text(m, 2, NpsBreakdownModel::Group), enumLabel(Tier::Potential));
    QCOMPARE(text(m, 3, NpsBreakdownModel::Group), QString("Total"));
    QVERIFY(m.index(3, 0).data(NpsBreakdownModel::IsTotalRole).toBool());
    QVERIFY(!m.index(0, 0).data(NpsBreakdownModel::IsTotalRole).toBool());

    QCOMPARE(text(m, 0, NpsBreakdownModel::Accounts), QString("1"));
    QCOMPARE(text(m, 0, NpsBreakdownModel::Responses), QString("4"));
    QCOMPARE(text(m, 0, NpsBreakdownModel::Answered), QString("3"));
    QCOMPARE(text(m, 0, NpsBreakdownModel::Promoters), QString("2"));
    QCOMPARE(text(m, 0, NpsBreakdownModel::Passives), QString("0"));
    QCOMPARE(text(m, 0, NpsBreakdownModel::Detractors), QString("1"));
    QCOMPARE(text(m, 0, NpsBreakdownModel::Nps), QString("+33"));
    QCOMPARE(sortValue(m, 0, NpsBreakdownModel::Nps).toDouble(), 100.0 / 3);
    QCOMPARE(sortValue(m, 0, NpsBreakdownModel::Responses).toInt(), 4);

    QCOMPARE(text(m, 1, NpsBreakdownModel::Responses), QString("1"));
    QCOMPARE(text(m, 1, NpsBreakdownModel::Answered), QString("0"));
    QCOMPARE(text(m, 1, NpsBreakdownModel::Nps), QString("—"));
    QVERIFY(!sortValue(m, 1, NpsBreakdownModel::Nps).isValid());
    QCOMPARE(text(m, 2, NpsBreakdownModel::Responses), QString("0"));
    QCOMPARE(text(m, 2, NpsBreakdownModel::Nps), QString("—"));

    QCOMPARE(text(m, 3, NpsBreakdownModel::Accounts), QString("3"));
    QCOMPARE(text(m, 3, NpsBreakdownModel::Responses), QString("5"));
    QCOMPARE(text(m, 3, NpsBreakdownModel::Nps), QString("+33"));

    // The charts' figures come from the same read.
    QCOMPARE(m.answers().unanswered, 2);
    QCOMPARE(m.answers().counts[10], 1);
    QCOMPARE(m.lifecycle().total, 3);
}

// Given the model, when a detractor answers for the potential account, then its row and the
// Total change in place (no reset, no row inserted) and its NPS is −100.
void TestNpsBreakdownModel::followsANewResponse()
{
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy inserts(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy changes(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy refreshed(m_model.get(), &NpsBreakdownModel::refreshed);
    respond(m_potential, 4);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(inserts.count(), 0);
    QCOMPARE(refreshed.count(), 1);
    QCOMPARE(changes.count(), 2); // the potential row and the Total, nothing else
    QCOMPARE(changes.at(0).at(0).toModelIndex().row(), 2);
    QCOMPARE(changes.at(1).at(0).toModelIndex().row(), 3);
    QCOMPARE(text(*m_model, 2, NpsBreakdownModel::Nps), QLocale().toString(-100));
    QCOMPARE(text(*m_model, 2, NpsBreakdownModel::Detractors), QString("1"));
    // Core 2 P, 2 D of 4 answered: 0, a real zero.
    QCOMPARE(text(*m_model, 3, NpsBreakdownModel::Nps), QString("0"));
}

// Given the model, when the key account becomes a core one, then the key row goes and the core
// row counts both accounts.
void TestNpsBreakdownModel::followsAnAccountsTier()
{
    QSignalSpy removes(m_model.get(), &QAbstractItemModel::rowsRemoved);
    Account key = *m_store->get<Account>(m_key);
    key.tier = Tier::Core;
    KAM_VERIFY_RESULT(m_store->update(key));
    QCOMPARE(removes.count(), 1);
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(text(*m_model, 0, NpsBreakdownModel::Accounts), QString("2"));
    QCOMPARE(text(*m_model, 0, NpsBreakdownModel::Responses), QString("5"));
    QCOMPARE(text(*m_model, 1, NpsBreakdownModel::Group), enumLabel(Tier::Potential));
}

// Given the model, when grouped by industry, then the header says so and the key account's
// empty industry is "Not set", last before the Total; when the period ends before the
// responses, every NPS is "—".
void TestNpsBreakdownModel::dimensionAndPeriod()
{
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->setDimension(HealthDimension::Industry);
    QCOMPARE(resets.count(), 1);
    QCOMPARE(m_model->headerData(NpsBreakdownModel::Group, Qt::Horizontal).toString(),
             QString("Industry"));
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(text(*m_model, 0, NpsBreakdownModel::Group), QString("Chemicals"));
    QCOMPARE(text(*m_model, 1, NpsBreakdownModel::Group), QString("Steel"));
    QCOMPARE(text(*m_model, 2, NpsBreakdownModel::Group), QString("Not set"));
    QVERIFY(m_model->index(2, 0).data(NpsBreakdownModel::GroupKeyRole).toString().isEmpty());
    QCOMPARE(text(*m_model, 1, NpsBreakdownModel::Nps), QString("+33"));

    m_model->setPeriod({ QDate(2026, 1, 1), QDate(2026, 4, 30) });
    QCOMPARE(resets.count(), 1); // the same groups: figures change in place
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QCOMPARE(text(*m_model, row, NpsBreakdownModel::Responses), QString("0"));
        QCOMPARE(text(*m_model, row, NpsBreakdownModel::Nps), QString("—"));
    }
    // Inclusive: a period ending on the day of the responses counts them.
    m_model->setPeriod({ QDate(2026, 1, 1), QDate(2026, 5, 1) });
    QCOMPARE(text(*m_model, 3, NpsBreakdownModel::Responses), QString("5"));
}

void TestNpsBreakdownModel::npsText_data()
{
    QTest::addColumn<bool>("answered");
    QTest::addColumn<double>("nps");
    QTest::addColumn<QString>("expected");
    QTest::newRow("none") << false << 0.0 << "—";
    QTest::newRow("zero") << true << 0.0 << "0";
    QTest::newRow("almost zero") << true << -0.4 << "0";
    QTest::newRow("positive") << true << 32.5 << "+33";
    QTest::newRow("negative") << true << -8.0 << "-8";
    QTest::newRow("top") << true << 100.0 << "+100";
}

// An NPS is a whole number with its sign; none answered is "—", not 0.
void TestNpsBreakdownModel::npsText()
{
    QFETCH(bool, answered);
    QFETCH(double, nps);
    QFETCH(QString, expected);
    QCOMPARE(NpsBreakdownModel::npsText(answered ? std::optional(nps) : std::nullopt), expected);
}

QTEST_GUILESS_MAIN(TestNpsBreakdownModel)
#include "tst_nps_breakdown_model.moc"
