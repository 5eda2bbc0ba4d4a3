// SPDX-License-Identifier: GPL-3.0-or-later
// The main window on the offscreen platform, driven like a user: widgets are found by
// objectName, typed into with QTest, and the results checked in the models and the store.

#include "account_detail_view.h"
#include "account_dialog.h"
#include "account_form.h"
#include "commands/edit_history.h"
#include "itemmodels/account_columns.h"
#include "domain/stages.h"
#include "itemmodels/deal_list_model.h"
#include "main_window.h"
#include "pipeline_board.h"
#include "portfolio_view.h"
#include "support/gui_driver.h"
#include "support/store_fixture.h"
#include "welcome_dialog.h"
#include "login_dialog.h"
#include "sync/sync_controller.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListView>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

#include <utility>

using namespace kam;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void workspaceShowsThePipelineViewsAndTheAccountsDeals();
    void initTestCase();
    void init();
    void cleanup();

    void filterAsYouType_data();
    void filterAsYouType();
    void filterByInputMethod();
    void chipsFilter();
    void tableTreeSwitch();
    void statusBarCounts();
    void selectingShowsTheAccount();
    void createAccountThroughDialog();
    void invalidEditShowsErrorAndWritesNothing();
    void validEditIsUndoable();
    void switchingAccountsAsksAboutUnappliedEdits_data();
    void switchingAccountsAsksAboutUnappliedEdits();
    void deleteAccountIsUndoable();
    void findFocusesTheFilter();
    void contactDialogCreatesAndEdits();
    void teamMemberAddRoleChangeAndUndo();
    void applyKeepsFieldsChangedElsewhere();
    void codesAreUpperCasedWhereTyped();
    void deleteIgnoresAnAccountTheFilterHides();
    void languageChoiceIsStored();
    void welcomeShowsOnceAndNotAgain();
    void exportsWriteWhatIsShownAndAreRecorded();

private:
    QStringList visibleNames(QAbstractItemView *view) const;
    template<typename T>
    T *find(const char *name) const
    {
        T *w = m_window->findChild<T *>(QLatin1String(name));
        if (!w)
            qWarning("no %s named %s", T::staticMetaObject.className(), name);
        return w;
    }
    qint64 journalSize() const { return qint64(m_store->journal()->size()); }
    QString idOf(const QString &legalName) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<sync::SyncController> m_sync;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName("KAM Test");
    QCoreApplication::setApplicationName("tst_main_window");
    QSettings().clear(); // a remembered layout (tree mode, hidden columns) must not leak in
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = test::openStore(*m_dir);
    QVERIFY(m_store);

    auto add = [this](Account a) {
        Result<Account> r = m_store->create(a);
        if (!r)
            qWarning("%s", qPrintable(r.error().message));
        return r ? r->meta.id : QString();
    };
    Account group = test::sampleAccount("Baosteel Group Co., Ltd.", 1);
    group.shortName = "Baosteel";
    group.tier = Tier::Core;
    const QString groupId = add(group);
    Account branch = test::sampleAccount("Zhanjiang Iron & Steel Co., Ltd.", 2);
    branch.parentId = groupId;
    branch.region = "South China";
    branch.tier = Tier::Key;
    add(branch);
    Account grid = test::sampleAccount("State Grid Jiangsu Electric Power", 3);
    grid.industry = "Power";
    grid.tier = Tier::Key;
    add(grid);
    Account machinery = test::sampleAccount(QString::fromUtf8("华东重型机械有限公司"), 4);
    machinery.industry = "Construction machinery";
    machinery.region = QString::fromUtf8("华东");
    machinery.kind = AccountKind::Channel;
    machinery.tier = Tier::Ordinary;
    add(machinery);
    Account fleet = test::sampleAccount("Sunrise Fleet Services", 5);
    fleet.industry = "Fleet";
    fleet.region = "North China";
    fleet.kind = AccountKind::Consumer;
    fleet.tier = Tier::Potential;
    add(fleet);
    QCOMPARE(*m_store->count("accounts"), 5);

    m_sync = std::make_unique<sync::SyncController>(m_store.get(), nullptr);
    m_window = std::make_unique<MainWindow>(m_store.get(), m_sync.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_sync.reset();
    m_store.reset();
    m_dir.reset();
}

QStringList TestMainWindow::visibleNames(QAbstractItemView *view) const
{
    QStringList names;
    QAbstractItemModel *model = view->model();
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int r = 0; r < model->rowCount(parent); ++r) {
            const QModelIndex idx = model->index(r, int(AccountColumn::LegalName), parent);
            names << idx.data().toString();
            walk(model->index(r, 0, parent));
        }
    };
    walk({});
    names.sort();
    return names;
}

QString TestMainWindow::idOf(const QString &legalName) const
{
    const Result<std::vector<Account>> accounts = m_store->accounts();
    for (const Account &a : *accounts)
        if (a.legalName == legalName)
            return a.meta.id;
    return {};
}

void TestMainWindow::filterAsYouType_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("legal name, any case") << "BAOSTEEL" << QStringList{"Baosteel Group Co., Ltd."};
    QTest::newRow("short name") << "baost" << QStringList{"Baosteel Group Co., Ltd."};
    QTest::newRow("region, two words")
        << "east china" << QStringList{"Baosteel Group Co., Ltd.", "State Grid Jiangsu Electric Power"};
    QTest::newRow("industry") << "power" << QStringList{"State Grid Jiangsu Electric Power"};
    QTest::newRow("credit code digits") << test::creditCode(5).mid(6, 12) << QStringList{"Sunrise Fleet Services"};
    QTest::newRow("words in any order") << "china north" << QStringList{"Sunrise Fleet Services"};
    QTest::newRow("nothing") << "no such account" << QStringList{};
}

// Given five accounts, when the user types into the filter, then after each key the table
// shows exactly the accounts matching every typed word.
void TestMainWindow::filterAsYouType()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, expected);
    auto *filter = find<QLineEdit>("portfolioFilter");
    auto *table = find<QTableView>("portfolioTable");
    QVERIFY(filter && table);
    QCOMPARE(table->model()->rowCount(), 5);

    QTest::keyClicks(filter, typed);
    QCOMPARE(filter->text(), typed);
    QCOMPARE(table->model()->rowCount(), expected.size());
    QCOMPARE(visibleNames(table), expected);

    filter->clear();
    QCOMPARE(table->model()->rowCount(), 5);
}

// Chinese is typed through an input method, which commits whole characters.
void TestMainWindow::filterByInputMethod()
{
    auto *filter = find<QLineEdit>("portfolioFilter");
    auto *table = find<QTableView>("portfolioTable");
    QVERIFY(filter && table);
    filter->setFocus();
    for (const QString &ch : {QString::fromUtf8("华"), QString::fromUtf8("东")}) {
        QInputMethodEvent commit;
        commit.setCommitString(ch);
        QApplication::sendEvent(filter, &commit);
    }
    QCOMPARE(filter->text(), QString::fromUtf8("华东"));
    QCOMPARE(visibleNames(table), QStringList{QString::fromUtf8("华东重型机械有限公司")});
}

void TestMainWindow::chipsFilter()
{
    auto *table = find<QTableView>("portfolioTable");
    auto *tierChip = find<QToolButton>("tierChip");
    auto *kindChip = find<QToolButton>("kindChip");
    auto *industryChip = find<QToolButton>("industryChip");
    auto *ownerChip = find<QToolButton>("ownerChip");
    auto *clear = find<QToolButton>("clearFilters");
    QVERIFY(table && tierChip && kindChip && industryChip && ownerChip && clear);
    auto actionIn = [](QToolButton *chip, const QString &text) -> QAction * {
        emit chip->menu()->aboutToShow(); // menus of data values are built when opened
        for (QAction *a : chip->menu()->actions())
            if (a->text() == text)
                return a;
        return nullptr;
    };

    QAction *key = actionIn(tierChip, "Key");
    QVERIFY(key);
    key->trigger();
    QVERIFY2(tierChip->text().contains("Key"), qPrintable(tierChip->text()));
    QCOMPARE(visibleNames(table),
             (QStringList{"State Grid Jiangsu Electric Power", "Zhanjiang Iron & Steel Co., Ltd."}));
    QVERIFY(clear->isEnabled());

    QAction *core = actionIn(tierChip, "Core");
    QVERIFY(core);
    core->trigger(); // a second tier widens the choice
    QCOMPARE(table->model()->rowCount(), 3);

    QAction *steel = actionIn(industryChip, "Steel");
    QVERIFY(steel);
    steel->trigger(); // dimensions narrow each other
    QCOMPARE(visibleNames(table),
             (QStringList{"Baosteel Group Co., Ltd.", "Zhanjiang Iron & Steel Co., Ltd."}));
    QVERIFY2(industryChip->text().contains("Steel"), qPrintable(industryChip->text()));

    QTest::mouseClick(clear, Qt::LeftButton);
    QCOMPARE(table->model()->rowCount(), 5);
    QVERIFY(!key->isChecked());
    QVERIFY(!clear->isEnabled());

    QAction *channel = actionIn(kindChip, "Channel partner");
    if (!channel)
        channel = actionIn(kindChip, "Channel");
    QVERIFY(channel);
    channel->trigger();
    QCOMPARE(visibleNames(table), QStringList{QString::fromUtf8("华东重型机械有限公司")});
    QTest::mouseClick(clear, Qt::LeftButton);

    // Every account belongs to the local user or nobody; choosing "Unassigned" keeps those.
    emit ownerChip->menu()->aboutToShow();
    QVERIFY(!ownerChip->menu()->actions().isEmpty());
    ownerChip->menu()->actions().first()->trigger();
    QCOMPARE(table->model()->rowCount(), 5);
}

// Given the table, when the view is switched to the tree, then groups hold their branches and
// the filter keeps a matching branch's group visible; switching back shows the same filter.
void TestMainWindow::tableTreeSwitch()
{
    auto *table = find<QTableView>("portfolioTable");
    auto *tree = find<QTreeView>("portfolioTree");
    auto *toTree = find<QAction>("actionViewTree");
    auto *toTable = find<QAction>("actionViewTable");
    auto *filter = find<QLineEdit>("portfolioFilter");
    QVERIFY(table && tree && toTree && toTable && filter);
    QVERIFY(table->isVisible());
    QVERIFY(!tree->isVisible());

    toTree->trigger();
    QVERIFY(tree->isVisible());
    QVERIFY(!table->isVisible());
    QCOMPARE(tree->model()->rowCount(), 4); // the branch sits under its group
    const QModelIndexList groups = tree->model()->match(tree->model()->index(0, 0), Qt::DisplayRole,
                                                        "Baosteel Group Co., Ltd.", 1, Qt::MatchExactly);
    QCOMPARE(groups.size(), 1);
    QCOMPARE(tree->model()->rowCount(groups.first()), 1);
    QCOMPARE(tree->model()->index(0, 0, groups.first()).data().toString(),
             QString("Zhanjiang Iron & Steel Co., Ltd."));

    QTest::keyClicks(filter, "zhanjiang");
    QCOMPARE(tree->model()->rowCount(), 1);
    QCOMPARE(visibleNames(tree), (QStringList{"Baosteel Group Co., Ltd.", "Zhanjiang Iron & Steel Co., Ltd."}));

    toTable->trigger();
    QVERIFY(table->isVisible());
    QCOMPARE(visibleNames(table), QStringList{"Zhanjiang Iron & Steel Co., Ltd."});
}

void TestMainWindow::statusBarCounts()
{
    auto *counts = find<QLabel>("statusCounts");
    auto *path = find<QLabel>("statusPath");
    QVERIFY(counts && path);
    QVERIFY2(counts->text().contains('5'), qPrintable(counts->text()));
    QVERIFY(path->text().endsWith("store.sqlite"));
    QTest::keyClicks(find<QLineEdit>("portfolioFilter"), "power");
    QVERIFY2(counts->text().contains('1') && counts->text().contains('5'), qPrintable(counts->text()));
}

void TestMainWindow::selectingShowsTheAccount()
{
    m_window->portfolio()->selectAccount(idOf("State Grid Jiangsu Electric Power"));
    auto *name = find<QLabel>("accountHeaderName");
    auto *legal = find<QLineEdit>("legalNameEdit");
    QVERIFY(name && legal);
    QCOMPARE(name->text(), QString("State Grid Jiangsu Electric Power"));
    QCOMPARE(legal->text(), QString("State Grid Jiangsu Electric Power"));
    QVERIFY(!find<QPushButton>("overviewApply")->isEnabled());
}

// Given the New Account dialog, when OK is pressed with no legal name, then the dialog stays
// open with the store's message and nothing is written; with a name, the account is created,
// undoable, and selected.
void TestMainWindow::createAccountThroughDialog()
{
    const qint64 before = journalSize();
    bool sawError = false;
    QString error;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<AccountDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            qWarning("no modal AccountDialog");
            return;
        }
        auto *legal = dialog->findChild<QLineEdit *>("legalNameEdit");
        auto *code = dialog->findChild<QLineEdit *>("creditCodeEdit");
        auto *revenue = dialog->findChild<QLineEdit *>("revenueEdit");
        auto *errorLabel = dialog->findChild<QLabel *>("accountFormError");
        dialog->accept(); // empty legal name
        sawError = dialog->isVisible() && errorLabel->isVisible();
        error = errorLabel->text();
        QTest::keyClicks(legal, "Weichai Power Co., Ltd.");
        QTest::keyClicks(code, test::creditCode(42).toLower()); // upper-cased as typed
        QTest::keyClicks(revenue, "1,234,567.89");
        dialog->accept();
    });
    m_window->newAccount();
    QVERIFY(sawError);
    QCOMPARE(error, QString("The legal name is required."));

    const QString id = idOf("Weichai Power Co., Ltd.");
    QVERIFY(!id.isEmpty());
    const Account created = *m_store->get<Account>(id);
    QCOMPARE(created.creditCode, test::creditCode(42));
    QCOMPARE(created.annualRevenueMinor, qint64(123456789));
    QCOMPARE(created.ownerId, m_store->currentUserId());
    QVERIFY(journalSize() > before);
    QCOMPARE(m_window->portfolio()->currentAccountId(), id);
    QCOMPARE(m_window->history()->stack()->count(), 1);

    find<QAction>("actionUndo")->trigger();
    QVERIFY(m_store->get<Account>(id)->meta.isDeleted());
    QCOMPARE(find<QTableView>("portfolioTable")->model()->rowCount(), 5);
    find<QAction>("actionRedo")->trigger();
    QCOMPARE(find<QTableView>("portfolioTable")->model()->rowCount(), 6);
}

// Given a selected account, when its legal name is emptied in the Overview and applied, then
// the store's message shows next to the form and nothing is written or put on the stack.
void TestMainWindow::invalidEditShowsErrorAndWritesNothing()
{
    const QString id = idOf("Sunrise Fleet Services");
    m_window->portfolio()->selectAccount(id);
    auto *legal = find<QLineEdit>("legalNameEdit");
    auto *apply = find<QPushButton>("overviewApply");
    auto *error = find<QLabel>("accountFormError");
    QVERIFY(legal && apply && error);
    const qint64 before = journalSize();

    legal->selectAll();
    QTest::keyClick(legal, Qt::Key_Backspace);
    QVERIFY(apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);

    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), QString("The legal name is required."));
    QCOMPARE(m_store->get<Account>(id)->legalName, QString("Sunrise Fleet Services"));
    QCOMPARE(journalSize(), before);
    QCOMPARE(m_window->history()->stack()->count(), 0);
    QVERIFY(apply->isEnabled()); // the edit is still there to fix

    QTest::mouseClick(find<QPushButton>("overviewRevert"), Qt::LeftButton);
    QCOMPARE(legal->text(), QString("Sunrise Fleet Services"));
    QVERIFY(!apply->isEnabled());
}

void TestMainWindow::validEditIsUndoable()
{
    const QString id = idOf("Sunrise Fleet Services");
    m_window->portfolio()->selectAccount(id);
    auto *region = find<QLineEdit>("regionEdit");
    auto *revenue = find<QLineEdit>("revenueEdit");
    QVERIFY(region && revenue);
    region->selectAll();
    QTest::keyClicks(region, "Northeast China");
    QTest::keyClicks(revenue, "2500");
    // the value model's strategic fit and the churn signal's overdue days are on the form too
    auto *fit = find<QComboBox>("strategicFitCombo");
    auto *overdue = find<QSpinBox>("overdueDaysSpin");
    QVERIFY(fit && overdue);
    fit->setCurrentIndex(fit->findData(4));
    overdue->setValue(45);
    QTest::mouseClick(find<QPushButton>("overviewApply"), Qt::LeftButton);
    QCOMPARE(m_store->get<Account>(id)->region, QString("Northeast China"));
    QCOMPARE(m_store->get<Account>(id)->annualRevenueMinor, qint64(250000));
    QCOMPARE(m_store->get<Account>(id)->strategicFit, 4);
    QCOMPARE(m_store->get<Account>(id)->paymentOverdueDays, 45);
    QVERIFY(!find<QPushButton>("overviewApply")->isEnabled());
    QVERIFY2(find<QLabel>("accountHeaderInfo")->text().contains(QString::fromUtf8("¥2,500.00")),
             qPrintable(find<QLabel>("accountHeaderInfo")->text()));

    find<QAction>("actionUndo")->trigger();
    QCOMPARE(m_store->get<Account>(id)->region, QString("North China"));
    QCOMPARE(m_store->get<Account>(id)->strategicFit, 0);
    QCOMPARE(overdue->value(), 0);
    QCOMPARE(region->text(), QString("North China")); // the clean form follows the store
    find<QAction>("actionRedo")->trigger();
    QCOMPARE(region->text(), QString("Northeast China"));
}

// Given an edited but unapplied overview, when another account is selected, then the user is
// asked: Apply writes the edit, Discard drops it, Cancel stays on the edited account.
void TestMainWindow::switchingAccountsAsksAboutUnappliedEdits_data()
{
    QTest::addColumn<int>("button");
    QTest::addColumn<QString>("storedRegion");
    QTest::addColumn<bool>("stays");
    QTest::addRow("apply") << int(QMessageBox::Apply) << "Northeast China" << false;
    QTest::addRow("discard") << int(QMessageBox::Discard) << "North China" << false;
    QTest::addRow("cancel") << int(QMessageBox::Cancel) << "North China" << true;
}

void TestMainWindow::switchingAccountsAsksAboutUnappliedEdits()
{
    QFETCH(int, button);
    QFETCH(QString, storedRegion);
    QFETCH(bool, stays);
    const QString id = idOf("Sunrise Fleet Services");
    m_window->portfolio()->selectAccount(id);
    auto *region = find<QLineEdit>("regionEdit");
    region->selectAll();
    QTest::keyClicks(region, "Northeast China");

    bool asked = false;
    QTimer::singleShot(0, this, [&asked, button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        asked = true;
        box->button(QMessageBox::StandardButton(button))->click();
    });
    m_window->portfolio()->selectAccount(idOf("State Grid Jiangsu Electric Power"));
    QVERIFY(asked);
    QCOMPARE(m_store->get<Account>(id)->region, storedRegion);
    QCOMPARE(m_window->portfolio()->currentAccountId() == id, stays);
    QCOMPARE(find<QLineEdit>("regionEdit")->text() == QString("Northeast China"), stays);
}

void TestMainWindow::deleteAccountIsUndoable()
{
    const QString id = idOf("State Grid Jiangsu Electric Power");
    m_window->portfolio()->selectAccount(id);
    find<QAction>("actionDelete")->trigger();
    QVERIFY(m_store->get<Account>(id)->meta.isDeleted());
    QCOMPARE(find<QTableView>("portfolioTable")->model()->rowCount(), 4);
    find<QAction>("actionUndo")->trigger();
    QVERIFY(!m_store->get<Account>(id)->meta.isDeleted());
    QCOMPARE(find<QTableView>("portfolioTable")->model()->rowCount(), 5);

    // The bare Delete key deletes from the list that has the focus, and nowhere else.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    auto *tier = find<QComboBox>("tierCombo");
    tier->setFocus();
    QTest::keyClick(tier, Qt::Key_Delete);
    QVERIFY(!m_store->get<Account>(id)->meta.isDeleted());
    m_window->portfolio()->selectAccount(id);
    auto *table = find<QTableView>("portfolioTable");
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Delete);
    QVERIFY(m_store->get<Account>(id)->meta.isDeleted());
}

void TestMainWindow::findFocusesTheFilter()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    find<QTableView>("portfolioTable")->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(find<QLineEdit>("portfolioFilter")->hasFocus());
}

// Given an account with one contact, when a second contact is created through the dialog
// reporting to the first, and then edited to an invalid e-mail, then the first is stored with
// its manager and the second attempt shows the store's message and writes nothing.
void TestMainWindow::contactDialogCreatesAndEdits()
{
    const QString accountId = idOf("Baosteel Group Co., Ltd.");
    Contact boss;
    boss.accountId = accountId;
    boss.name = "Zhang Wei";
    QVERIFY(m_store->create(boss).ok());
    m_window->portfolio()->selectAccount(accountId);
    auto *contacts = find<QTableView>("contactsTable");
    QVERIFY(contacts);
    QCOMPARE(contacts->model()->rowCount(), 1);

    QTimer::singleShot(0, this, [] {
        QWidget *dialog = QApplication::activeModalWidget();
        if (!dialog || dialog->objectName() != "contactDialog") {
            qWarning("no contact dialog");
            return;
        }
        QTest::keyClicks(dialog->findChild<QLineEdit *>("contactName"), "Li Na");
        QTest::keyClicks(dialog->findChild<QLineEdit *>("contactTitle"), "Equipment Manager");
        auto *reportsTo = dialog->findChild<QComboBox *>("contactReportsTo");
        reportsTo->setCurrentIndex(reportsTo->findText("Zhang Wei"));
        QMetaObject::invokeMethod(dialog, "accept");
    });
    QTest::mouseClick(find<QPushButton>("contactNew"), Qt::LeftButton);
    QCOMPARE(contacts->model()->rowCount(), 2);
    const Result<std::vector<Contact>> stored = m_store->contacts(accountId);
    const auto liNa = std::find_if(stored->begin(), stored->end(), [](const Contact &c) { return c.name == "Li Na"; });
    QVERIFY(liNa != stored->end());
    QCOMPARE(liNa->title, QString("Equipment Manager"));
    QCOMPARE(m_store->get<Contact>(liNa->reportsToId)->name, QString("Zhang Wei"));
    QCOMPARE(m_window->history()->stack()->count(), 1);

    const qint64 before = journalSize();
    QString error;
    contacts->setCurrentIndex(contacts->model()->match(contacts->model()->index(0, 0), Qt::DisplayRole, "Li Na").first());
    QTimer::singleShot(0, this, [&error] {
        QWidget *dialog = QApplication::activeModalWidget();
        if (!dialog)
            return;
        QTest::keyClicks(dialog->findChild<QLineEdit *>("contactEmail"), "not-an-address");
        QMetaObject::invokeMethod(dialog, "accept");
        auto *label = dialog->findChild<QLabel *>("contactDialogError");
        error = label->isVisible() ? label->text() : QString();
        QMetaObject::invokeMethod(dialog, "reject");
    });
    QTest::mouseClick(find<QPushButton>("contactEdit"), Qt::LeftButton);
    QVERIFY2(error.contains("not-an-address"), qPrintable(error));
    QCOMPARE(journalSize(), before);
    QCOMPARE(m_window->history()->stack()->count(), 1);
}

// Given an account, when a colleague is added to its team and given another role, then the
// store follows each step and undo puts the old role back.
void TestMainWindow::teamMemberAddRoleChangeAndUndo()
{
    const QString id = idOf("Sunrise Fleet Services");
    m_window->portfolio()->selectAccount(id);
    QVERIFY(m_window->detail()->showTab(QStringLiteral("team")));
    auto *user = find<QComboBox>("teamUser");
    auto *role = find<QComboBox>("teamRole");
    QVERIFY(user && role && user->count() > 0);
    const size_t before = m_store->team(id)->size();
    role->setCurrentIndex(role->findText("Sales"));
    QTest::mouseClick(find<QPushButton>("teamAdd"), Qt::LeftButton);
    const std::vector<TeamMember> team = *m_store->team(id);
    QCOMPARE(team.size(), before + 1);
    const TeamMember added = team.back();
    QCOMPARE(added.role, TeamRole::Sales);

    auto *table = find<QTableView>("teamTable");
    table->setCurrentIndex(table->model()->index(table->model()->rowCount() - 1, 0));
    QVERIFY(find<QPushButton>("teamSetRole")->isEnabled());
    role->setCurrentIndex(role->findText("Technical support"));
    QTest::mouseClick(find<QPushButton>("teamSetRole"), Qt::LeftButton);
    QCOMPARE(m_store->get<TeamMember>(added.meta.id)->role, TeamRole::Technical);
    QCOMPARE(table->model()->index(table->model()->rowCount() - 1, 1).data().toString(),
             QString("Technical support"));

    find<QAction>("actionUndo")->trigger();
    QCOMPARE(m_store->get<TeamMember>(added.meta.id)->role, TeamRole::Sales);
}

// Given a region typed in the Overview, when the industry changes in the store meanwhile (another
// window, sync) and the user applies, then only the region is written.
void TestMainWindow::applyKeepsFieldsChangedElsewhere()
{
    const QString id = idOf("Sunrise Fleet Services");
    m_window->portfolio()->selectAccount(id);
    auto *region = find<QLineEdit>("regionEdit");
    region->selectAll();
    QTest::keyClicks(region, "Northeast China");
    Account elsewhere = *m_store->get<Account>(id);
    elsewhere.industry = "Cold-chain logistics";
    QVERIFY(m_store->update(elsewhere).ok());

    QTest::mouseClick(find<QPushButton>("overviewApply"), Qt::LeftButton);
    const Account stored = *m_store->get<Account>(id);
    QCOMPARE(stored.region, QString("Northeast China"));
    QCOMPARE(stored.industry, QString("Cold-chain logistics"));
}

// Given a deal and an activity at an account, then the window has the pipeline views as tabs, the
// board shows the deal, and the account's Deals and Activities tabs list what it has.
void TestMainWindow::workspaceShowsThePipelineViewsAndTheAccountsDeals()
{
    QCOMPARE(m_window->workspaceKeys(), QStringList({"portfolio", "pipeline", "funnel", "forecast", "value", "profitability", "campaigns", "satisfaction", "agenda", "warnings"}));
    const QString id = idOf("Sunrise Fleet Services");
    Opportunity deal;
    deal.accountId = id;
    deal.title = "Fleet telematics retrofit";
    deal.amountMinor = 4'500'000;
    deal.probability = 10;
    deal.stageId = builtInStages().front().meta.id;
    deal.expectedClose = QDate::currentDate().addDays(30);
    QVERIFY(m_store->create(deal).ok());
    Activity visit;
    visit.accountId = id;
    visit.summary = "Site visit at the depot";
    visit.occurredAt = QDateTime::currentDateTimeUtc().addDays(-1);
    QVERIFY(m_store->create(visit).ok());

    m_window->portfolio()->selectAccount(id);
    auto *deals = find<QTableView>("dealsTable");
    QTRY_COMPARE(deals->model()->rowCount(), 1);
    QCOMPARE(deals->model()->index(0, DealListModel::Title).data().toString(), QString("Fleet telematics retrofit"));
    QTRY_COMPARE(find<QTableView>("activityTable")->model()->rowCount(), 1);
    // The account's tabs by key, the plans before the field history; the Plans tab follows the account.
    QCOMPARE(m_window->detail()->tabKeys(),
             QStringList({"overview", "contacts", "relationships", "team", "deals", "activities", "satisfaction", "costs",
                          "plans", "health", "history"}));
    QVERIFY(m_window->detail()->showTab(QStringLiteral("plans")));
    QVERIFY(find<QLabel>("planEmptyHint")->isVisible());
    QVERIFY(!m_window->detail()->showTab(QStringLiteral("nowhere")));

    QVERIFY(m_window->showWorkspace("pipeline"));
    QCOMPARE(m_window->workspace()->currentWidget(), static_cast<QWidget *>(m_window->board()));
    QTRY_COMPARE(m_window->board()->column(builtInStages().front().meta.id)->model()->rowCount(), 1);
    QVERIFY(!m_window->showWorkspace("nowhere"));
}

// Given a credit code being typed in lower case, then it is upper-cased and the cursor stays
// where the user types, also in the middle of the code.
void TestMainWindow::codesAreUpperCasedWhereTyped()
{
    m_window->portfolio()->selectAccount(idOf("Sunrise Fleet Services"));
    auto *code = find<QLineEdit>("creditCodeEdit");
    code->clear();
    QTest::keyClicks(code, "abc");
    QCOMPARE(code->text(), QString("ABC"));
    code->setCursorPosition(1);
    QTest::keyClicks(code, "x");
    QCOMPARE(code->text(), QString("AXBC"));
    QCOMPARE(code->cursorPosition(), 2);
}

// Given a selected account, when the filter hides it, then Delete deletes nothing.
void TestMainWindow::deleteIgnoresAnAccountTheFilterHides()
{
    const QString id = idOf("Sunrise Fleet Services");
    m_window->portfolio()->selectAccount(id);
    QTest::keyClicks(find<QLineEdit>("portfolioFilter"), "State Grid");
    QVERIFY(m_window->portfolio()->currentAccountId() != id);
    find<QAction>("actionDelete")->trigger();
    QVERIFY(!m_store->get<Account>(id)->meta.isDeleted());
}

void TestMainWindow::languageChoiceIsStored()
{
    auto *zh = find<QAction>("actionLanguageZh");
    QVERIFY(zh);
    bool asked = false;
    QTimer::singleShot(0, this, [&asked] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        asked = true;
        box->button(QMessageBox::No)->click(); // restart later
    });
    zh->trigger();
    QVERIFY(asked);
    QCOMPARE(QSettings().value(MainWindow::languageSettingsKey()).toString(), QString("zh_CN"));
    QVERIFY(m_window->isVisible());
}

// Given a store the window never opened, when main() asks for the welcome, then it shows once
// (the window itself never shows it, so tests and screenshots see none); the next start on the
// store shows nothing; another new store shows it again, and its Connect button opens the login;
// after "Don't show this again", a third new store shows nothing either.
void TestMainWindow::welcomeShowsOnceAndNotAgain()
{
    QVERIFY(!QApplication::activeModalWidget());
    // Every welcome that opens goes to `next`, or is counted as unexpected and closed.
    std::function<void(WelcomeDialog *)> next;
    int shown = 0;
    int unexpected = 0;
    QTimer watch;
    watch.setInterval(20);
    connect(&watch, &QTimer::timeout, this, [&] {
        auto *welcome = qobject_cast<WelcomeDialog *>(QApplication::activeModalWidget());
        if (!welcome)
            return;
        ++shown;
        if (auto handle = std::exchange(next, nullptr))
            return handle(welcome);
        ++unexpected;
        welcome->reject();
    });
    watch.start();
    const auto explore = [](bool dontShowAgain) {
        return [dontShowAgain](WelcomeDialog *welcome) {
            test::child<QCheckBox>(welcome, "welcomeDontShow")->setChecked(dontShowAgain);
            QTest::mouseClick(test::child<QPushButton>(welcome, "welcomeExplore"), Qt::LeftButton);
        };
    };
    next = explore(false);
    QVERIFY(m_window->showWelcomeIfFirstRun());
    QVERIFY(!m_window->showWelcomeIfFirstRun());
    QCOMPARE(shown, 1);

    // The next start on the same store.
    m_window.reset();
    m_window = std::make_unique<MainWindow>(m_store.get(), m_sync.get());
    QVERIFY(!m_window->showWelcomeIfFirstRun());

    const auto freshWindow = [this](const QString &name) {
        m_window.reset();
        m_sync.reset();
        m_store = test::openStore(*m_dir, name);
        m_sync = std::make_unique<sync::SyncController>(m_store.get(), nullptr);
        m_window = std::make_unique<MainWindow>(m_store.get(), m_sync.get());
        m_window->show();
    };
    freshWindow("second.sqlite");
    bool loginOpened = false;
    next = [this, &loginOpened](WelcomeDialog *welcome) {
        test::whenModal<LoginDialog>(this, [&loginOpened](LoginDialog *login) {
            loginOpened = true;
            login->reject();
        });
        QTest::mouseClick(test::child<QPushButton>(welcome, "welcomeConnect"), Qt::LeftButton);
    };
    QVERIFY(m_window->showWelcomeIfFirstRun());
    QCOMPARE(shown, 2);
    QVERIFY(loginOpened);

    freshWindow("third.sqlite");
    next = explore(true);
    QVERIFY(m_window->showWelcomeIfFirstRun());
    freshWindow("fourth.sqlite");
    QVERIFY(!m_window->showWelcomeIfFirstRun());
    QCOMPARE(shown, 3);
    QCOMPARE(unexpected, 0);
}

// Given a filtered portfolio, when its table and tree are exported through their context-menu
// action (KAM_EXPORT_PATH stands in for the save dialog) and the accounts through the menu,
// then each file holds what the view shows, as CSV for Excel, and each export is in the log.
void TestMainWindow::exportsWriteWhatIsShownAndAreRecorded()
{
    auto *table = find<QTableView>("portfolioTable");
    auto *tree = find<QTreeView>("portfolioTree");
    auto *filter = find<QLineEdit>("portfolioFilter");
    QVERIFY(table && tree && filter);
    QTest::keyClicks(filter, "zhanjiang");
    QCOMPARE(table->model()->rowCount(), 1);
    const auto exportView = [this](QAbstractItemView *view, const QString &name) -> QStringList {
        const QString path = m_dir->filePath(name);
        qputenv("KAM_EXPORT_PATH", path.toUtf8());
        auto *action = view->findChild<QAction *>("actionExportCsv");
        if (!action || !view->actions().contains(action))
            return {};
        action->trigger();
        qunsetenv("KAM_EXPORT_PATH");
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        const QByteArray bytes = file.readAll();
        if (!bytes.startsWith("\xEF\xBB\xBF")) // Excel reads UTF-8 only after a BOM
            return {};
        return QString::fromUtf8(bytes.mid(3)).split("\r\n", Qt::SkipEmptyParts);
    };

    const QStringList rows = exportView(table, "portfolio.csv");
    QCOMPARE(rows.size(), 2);
    QStringList shown; // the visible columns in their on-screen order, without the hidden ones
    QHeaderView *header = table->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual)
        if (const int logical = header->logicalIndex(visual); !header->isSectionHidden(logical))
            shown << table->model()->headerData(logical, Qt::Horizontal).toString();
    QCOMPARE(rows.at(0), shown.join(','));
    QVERIFY(!rows.at(0).contains(table->model()->headerData(int(AccountColumn::CreditCode), Qt::Horizontal).toString()));
    QVERIFY2(rows.at(1).startsWith("\"Zhanjiang Iron & Steel Co., Ltd.\","), qPrintable(rows.at(1)));

    find<QAction>("actionViewTree")->trigger();
    const QStringList treeRows = exportView(tree, "groups.csv");
    QCOMPARE(treeRows.size(), 3); // the group, then its branch under it
    QVERIFY2(treeRows.at(1).startsWith("\"Baosteel Group Co., Ltd.\","), qPrintable(treeRows.at(1)));
    QVERIFY2(treeRows.at(2).startsWith("\"Zhanjiang Iron & Steel Co., Ltd.\","), qPrintable(treeRows.at(2)));

    // The menu's account export: every account, JSON chosen by the file name.
    qputenv("KAM_EXPORT_PATH", m_dir->filePath("accounts.json").toUtf8());
    find<QAction>("actionExport")->trigger();
    qunsetenv("KAM_EXPORT_PATH");
    QFile json(m_dir->filePath("accounts.json"));
    QVERIFY(json.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(json.readAll()).array().size(), 5);

    const std::vector<ExportRecord> log = *m_store->exportRecords();
    QCOMPARE(log.size(), size_t(3));
    std::map<QString, ExportRecord> byFile;
    for (const ExportRecord &r : log)
        byFile[r.destination] = r;
    QCOMPARE(byFile["portfolio.csv"].what, QCoreApplication::translate("kam::PortfolioView", "portfolio"));
    QCOMPARE(byFile["portfolio.csv"].rows, 1);
    QCOMPARE(byFile["portfolio.csv"].format, QString("csv"));
    QCOMPARE(byFile["portfolio.csv"].exportedBy, m_store->currentUserId());
    QCOMPARE(byFile["groups.csv"].rows, 2);
    QCOMPARE(byFile["accounts.json"].what, QString("accounts"));
    QCOMPARE(byFile["accounts.json"].format, QString("json"));
    QCOMPARE(byFile["accounts.json"].rows, 5);
}

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
