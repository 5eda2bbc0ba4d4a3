// SPDX-License-Identifier: GPL-3.0-or-later
// The satisfaction responses of an account and its branches as the Satisfaction tab shows them:
// under QAbstractItemModelTester, newest first, following the store with row-precise signals,
// unanswered questions shown as such (never as 0), and sort values that sort by number and date.

#include "itemmodels/satisfaction_model.h"
#include "support/result_check.h"
#include "support/store_fixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>

using namespace kam;

namespace {
constexpr auto kFatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

/// The store's today: responses may be dated up to this day.
const QDate kToday(2026, 11, 20);

/// The texts of column `column`, top to bottom.
QStringList columnTexts(const QAbstractItemModel &m, int column, int role = Qt::DisplayRole)
{
    QStringList texts;
    for (int r = 0; r < m.rowCount(); ++r)
        texts << m.index(r, column).data(role).toString();
    return texts;
}
} // namespace

class TestSatisfactionModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    QString m_group, m_branch, m_other;
    QString m_zhang;

    QString addResponse(const QString &accountId, const QDate &day, int recommend,
                        int satisfaction = 4, const QString &dimensions = QString(),
                        const QString &contactId = QString(), const QString &comment = QString())
    {
        SatisfactionResponse r;
        r.accountId = accountId;
        r.contactId = contactId;
        r.respondedOn = day;
        r.recommend = recommend;
        r.satisfaction = satisfaction;
        r.dimensionScores = dimensions;
        r.comment = comment;
        Result<SatisfactionResponse> stored = m_store->create(r);
        if (!stored)
            qWarning("%s", qPrintable(stored.error().message));
        return stored ? stored->meta.id : QString();
    }

private slots:
    void init()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("store.sqlite")));
        m_store = test::openStore(m_dir);
        QVERIFY(m_store);
        m_store->setClock([] { return QDateTime(kToday, QTime(4, 0), Qt::UTC); });
        m_group = m_store->create(test::sampleAccount("华东重工集团"))->meta.id;
        Account branch = test::sampleAccount("华东重工集团南京分公司");
        branch.parentId = m_group;
        m_branch = m_store->create(branch)->meta.id;
        m_other = m_store->create(test::sampleAccount("宝武钢铁华南分公司"))->meta.id;
        Contact zhang;
        zhang.accountId = m_group;
        zhang.name = "张伟";
        m_zhang = m_store->create(zhang)->meta.id;
    }
    void cleanup() { m_store.reset(); }

    // Given responses of a group, its branch and another account, the model of the group with
    // its branch shows theirs only, newest first, with the contact's name or "—".
    void showsAccountAndBranchesNewestFirst()
    {
        addResponse(m_group, QDate(2026, 3, 2), 9, 5, "quality=4;delivery=3", m_zhang, "交付准时");
        addResponse(m_branch, QDate(2026, 8, 15), 6, 3);
        addResponse(m_other, QDate(2026, 9, 1), 10, 5);
        addResponse(m_group, QDate(2026, 5, 20), 7, 4);

        SatisfactionModel model(m_store.get());
        QAbstractItemModelTester tester(&model, kFatal);
        KAM_VERIFY_RESULT(model.setAccounts({ m_group, m_branch }));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(SatisfactionModel::ColumnCount));
        const QList<QVariant> days = { QDate(2026, 8, 15), QDate(2026, 5, 20), QDate(2026, 3, 2) };
        for (int row = 0; row < 3; ++row)
            QCOMPARE(model.index(row, SatisfactionModel::Date).data(SatisfactionModel::SortRole),
                     days[row]);
        QCOMPARE(model.index(0, SatisfactionModel::AccountName).data().toString(),
                 QString("华东重工集团南京分公司"));
        QCOMPARE(model.index(0, SatisfactionModel::Contact).data().toString(), QString("—"));
        QCOMPARE(model.index(2, SatisfactionModel::Contact).data().toString(), QString("张伟"));
        QCOMPARE(model.index(2, SatisfactionModel::Recommend).data().toString(), QString("9"));
        QCOMPARE(model.index(2, SatisfactionModel::Category).data().toString(),
                 QString("Promoter"));
        QCOMPARE(model.index(1, SatisfactionModel::Category).data().toString(), QString("Passive"));
        QCOMPARE(model.index(0, SatisfactionModel::Category).data().toString(),
                 QString("Detractor"));
        QCOMPARE(
            model.index(2, SatisfactionModel::Category).data(Qt::ForegroundRole).value<QColor>(),
            npsCategoryColor(NpsCategory::Promoter));
        QCOMPARE(model.index(2, SatisfactionModel::Satisfaction).data().toString(), QString("5"));
        QCOMPARE(model.index(2, SatisfactionModel::Dimensions).data().toString(),
                 QString("Quality 4 · Delivery 3"));
        QCOMPARE(model.index(2, SatisfactionModel::Comment).data().toString(), QString("交付准时"));
        QCOMPARE(model.headerData(SatisfactionModel::Recommend, Qt::Horizontal).toString(),
                 QString("Recommend"));

        // The trend: three quarters, oldest first; the NPS over the three answers.
        const std::vector<analytics::QuarterSatisfaction> quarters = model.byQuarter();
        QCOMPARE(quarters.size(), size_t(3));
        QCOMPARE(quarters.front().quarterStart, QDate(2026, 1, 1));
        QCOMPARE(quarters.back().quarterStart, QDate(2026, 7, 1));
        QCOMPARE(model.nps().answered, 3);
        QCOMPARE(*model.nps().nps(), 0.0); // one promoter, one detractor of three

        // When the accounts change to none, then no rows.
        KAM_VERIFY_RESULT(model.setAccounts({}));
        QCOMPARE(model.rowCount(), 0);
    }

    // Given a shown account, when responses are created, edited and deleted, then the rows
    // follow with inserts, dataChanged, moves and removes, never a reset.
    void followsTheStoreWithPreciseSignals()
    {
        const QString march = addResponse(m_group, QDate(2026, 3, 2), 9);
        const QString may = addResponse(m_group, QDate(2026, 5, 20), 7);
        SatisfactionModel model(m_store.get());
        QAbstractItemModelTester tester(&model, kFatal);
        KAM_VERIFY_RESULT(model.setAccounts({ m_group, m_branch }));
        QCOMPARE(model.rowOf(may), 0);
        QCOMPARE(model.rowOf(march), 1);

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);

        // When a response is added at the branch, then one row comes in at its place by date;
        // one at another account changes nothing.
        const QString april = addResponse(m_branch, QDate(2026, 4, 10), 3);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 1);
        QCOMPARE(model.rowOf(april), 1);
        addResponse(m_other, QDate(2026, 4, 11), 10);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), 3);

        // When one response's comment is edited, then only its row changes.
        SatisfactionResponse r = *m_store->get<SatisfactionResponse>(march);
        r.comment = "价格偏高";
        KAM_VERIFY_RESULT(m_store->update(r));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 2);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 2);
        QCOMPARE(model.index(2, SatisfactionModel::Comment).data().toString(), QString("价格偏高"));

        // When its day moves to the newest, then the row moves to the top.
        r = *m_store->get<SatisfactionResponse>(march);
        r.respondedOn = QDate(2026, 10, 1);
        KAM_VERIFY_RESULT(m_store->update(r));
        QCOMPARE(moved.count(), 1);
        QCOMPARE(model.rowOf(march), 0);
        QCOMPARE(model.index(0, SatisfactionModel::Date).data(SatisfactionModel::SortRole).toDate(),
                 QDate(2026, 10, 1));

        // When the contact who answered is renamed, then only the Contact cell changes.
        r = *m_store->get<SatisfactionResponse>(march);
        r.contactId = m_zhang;
        KAM_VERIFY_RESULT(m_store->update(r));
        changed.clear();
        Contact zhang = *m_store->get<Contact>(m_zhang);
        zhang.name = "张伟（采购）";
        KAM_VERIFY_RESULT(m_store->update(zhang));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(0, SatisfactionModel::Contact));
        QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(0, SatisfactionModel::Contact));
        QCOMPARE(model.index(0, SatisfactionModel::Contact).data().toString(),
                 QString("张伟（采购）"));

        // When a response is deleted, then its row goes; restored, it comes back.
        KAM_VERIFY_RESULT(m_store->remove<SatisfactionResponse>(april));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.rowOf(april), -1);
        KAM_VERIFY_RESULT(m_store->restore<SatisfactionResponse>(april));
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(model.rowOf(april), 2); // after March (now October) and May
        QCOMPARE(reset.count(), 0);
    }

    // Given a response that answered neither question, then it says "Not answered" and "—",
    // never 0, and has no category; a 0 is a detractor's answer.
    void unansweredIsNotZero()
    {
        addResponse(m_group, QDate(2026, 6, 1), -1, 0, "service=2");
        addResponse(m_group, QDate(2026, 5, 1), 0, 1);
        SatisfactionModel model(m_store.get());
        QAbstractItemModelTester tester(&model, kFatal);
        KAM_VERIFY_RESULT(model.setAccounts({ m_group }));
        QCOMPARE(model.index(0, SatisfactionModel::Recommend).data().toString(),
                 QString("Not answered"));
        QCOMPARE(model.index(0, SatisfactionModel::Category).data().toString(), QString());
        QCOMPARE(model.index(0, SatisfactionModel::Satisfaction).data().toString(), QString("—"));
        QCOMPARE(model.index(0, SatisfactionModel::Dimensions).data().toString(),
                 QString("Service 2"));
        QCOMPARE(model.index(1, SatisfactionModel::Recommend).data().toString(), QString("0"));
        QCOMPARE(model.index(1, SatisfactionModel::Category).data().toString(),
                 QString("Detractor"));
        QCOMPARE(model.index(1, SatisfactionModel::Satisfaction).data().toString(), QString("1"));
        QCOMPARE(model.nps().responses, 2);
        QCOMPARE(model.nps().answered, 1);
    }

    // Given responses with scores 10, 0, unanswered and 7, when sorted by the sort role, then
    // they sort by number (unanswered lowest, 10 after 7), and by day, not by text.
    void sortRoleSortsByNumberAndDate_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QStringList>("ascending");
        QTest::newRow("recommend")
            << int(SatisfactionModel::Recommend) << QStringList { "Not answered", "0", "7", "10" };
        QTest::newRow("category") << int(SatisfactionModel::Category)
                                  << QStringList { "", "Detractor", "Passive", "Promoter" };
        QTest::newRow("satisfaction")
            << int(SatisfactionModel::Satisfaction) << QStringList { "—", "2", "3", "5" };
    }
    void sortRoleSortsByNumberAndDate()
    {
        QFETCH(int, column);
        QFETCH(QStringList, ascending);
        addResponse(m_group, QDate(2026, 2, 9), 10, 5);
        addResponse(m_group, QDate(2026, 10, 1), 0, 2);
        addResponse(m_group, QDate(2026, 1, 12), -1, 0);
        addResponse(m_group, QDate(2026, 11, 3), 7, 3);
        SatisfactionModel model(m_store.get());
        KAM_VERIFY_RESULT(model.setAccounts({ m_group }));
        QSortFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, kFatal);
        proxy.setSourceModel(&model);
        proxy.setSortRole(SatisfactionModel::SortRole);
        proxy.sort(column, Qt::AscendingOrder);
        QCOMPARE(columnTexts(proxy, column), ascending);
        // Dates as days: 2026-02-09 before 2026-10-01 whatever the locale's short format says.
        proxy.sort(SatisfactionModel::Date, Qt::AscendingOrder);
        QCOMPARE(columnTexts(proxy, SatisfactionModel::Date, SatisfactionModel::SortRole),
                 (QStringList { "2026-01-12", "2026-02-09", "2026-10-01", "2026-11-03" }));
    }
};

QTEST_GUILESS_MAIN(TestSatisfactionModel)
#include "tst_satisfaction_model.moc"
