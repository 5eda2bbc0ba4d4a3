// SPDX-License-Identifier: GPL-3.0-or-later
#include "account_detail_view.h"
#include "domain/account_tree.h"

#include "account_form.h"
#include "commands/store_commands.h"
#include "contact_dialog.h"
#include "itemmodels/contact_table_model.h"
#include "itemmodels/field_history_model.h"
#include "itemmodels/team_table_model.h"
#include "relationship_map_view.h"
#include "store/store.h"
#include "widget_helpers.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QHash>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace kam {

namespace {

QTableView *makeTable(const char *objectName, QWidget *parent)
{
    auto *t = new QTableView(parent);
    t->setObjectName(QLatin1String(objectName));
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    t->verticalHeader()->hide();
    t->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    t->horizontalHeader()->setStretchLastSection(true);
    t->horizontalHeader()->setHighlightSections(false);
    return t;
}

QPushButton *makeButton(const QString &text, const char *objectName, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(objectName));
    return b;
}

} // namespace

AccountDetailView::AccountDetailView(Store *store, EditHistory *history, QAbstractItemModel *accounts,
                                     QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_history(history)
{
    setObjectName(QStringLiteral("accountDetail"));

    // --- header
    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("accountHeaderName"));
    m_name->setTextFormat(Qt::PlainText);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_name->setFont(big);
    m_name->setWordWrap(true);
    m_info = new QLabel(this);
    m_info->setObjectName(QStringLiteral("accountHeaderInfo"));
    m_info->setTextFormat(Qt::PlainText);
    m_info->setWordWrap(true);

    // --- Overview
    auto *overview = new QWidget(this);
    m_form = new AccountForm(store, accounts, overview);
    m_form->setObjectName(QStringLiteral("overviewForm"));
    m_apply = makeButton(tr("&Apply"), "overviewApply", overview);
    m_apply->setDefault(true);
    m_revert = makeButton(tr("Re&vert"), "overviewRevert", overview);
    connect(m_form, &AccountForm::edited, this, &AccountDetailView::updateButtons);
    connect(m_apply, &QPushButton::clicked, this, &AccountDetailView::applyOverview);
    connect(m_revert, &QPushButton::clicked, this, &AccountDetailView::revertOverview);
    auto *overviewButtons = new QHBoxLayout;
    overviewButtons->addStretch(1);
    overviewButtons->addWidget(m_revert);
    overviewButtons->addWidget(m_apply);
    auto *overviewLayout = new QVBoxLayout(overview);
    overviewLayout->addWidget(m_form, 1);
    overviewLayout->addLayout(overviewButtons);

    // --- Contacts
    auto *contactsPage = new QWidget(this);
    m_contacts = new ContactTableModel(store, this);
    m_contactsProxy = new QSortFilterProxyModel(this);
    m_contactsProxy->setSourceModel(m_contacts);
    m_contactsProxy->setSortLocaleAware(true);
    m_contactsProxy->setSortRole(ContactTableModel::SortRole);
    m_contactsTable = makeTable("contactsTable", contactsPage);
    m_contactsTable->setAccessibleName(tr("Contacts"));
    m_contactsTable->setModel(m_contactsProxy);
    m_contactsTable->setSortingEnabled(true);
    m_contactsTable->sortByColumn(ContactTableModel::Name, Qt::AscendingOrder);
    m_contactsTable->setColumnWidth(ContactTableModel::Name, 120);
    m_contactsTable->setColumnWidth(ContactTableModel::Title, 140);
    m_contactsTable->setColumnWidth(ContactTableModel::Influence, 70);
    addCsvExport(m_contactsTable, tr("contacts"), *store);
    m_contactNew = makeButton(tr("&New…"), "contactNew", contactsPage);
    m_contactEdit = makeButton(tr("&Edit…"), "contactEdit", contactsPage);
    m_contactDelete = makeButton(tr("&Delete"), "contactDelete", contactsPage);
    connect(m_contactNew, &QPushButton::clicked, this, &AccountDetailView::newContact);
    connect(m_contactEdit, &QPushButton::clicked, this, &AccountDetailView::editContact);
    connect(m_contactDelete, &QPushButton::clicked, this, &AccountDetailView::deleteContact);
    connect(m_contactsTable, &QAbstractItemView::activated, this, &AccountDetailView::editContact);
    connect(new QShortcut(QKeySequence::Delete, m_contactsTable, nullptr, nullptr, Qt::WidgetShortcut),
            &QShortcut::activated, this, &AccountDetailView::deleteContact);
    connect(m_contactsTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AccountDetailView::updateButtons);
    auto *contactButtons = new QHBoxLayout;
    contactButtons->addWidget(m_contactNew);
    contactButtons->addWidget(m_contactEdit);
    contactButtons->addWidget(m_contactDelete);
    contactButtons->addStretch(1);
    auto *contactsLayout = new QVBoxLayout(contactsPage);
    contactsLayout->addWidget(m_contactsTable, 1);
    contactsLayout->addLayout(contactButtons);

    // --- Team
    auto *teamPage = new QWidget(this);
    m_team = new TeamTableModel(store, this);
    m_teamTable = makeTable("teamTable", teamPage);
    m_teamTable->setAccessibleName(tr("Account team"));
    m_teamTable->setModel(m_team);
    m_teamTable->setColumnWidth(TeamTableModel::UserName, 220);
    addCsvExport(m_teamTable, tr("account-team"), *store);
    m_teamUser = new QComboBox(teamPage);
    m_teamUser->setObjectName(QStringLiteral("teamUser"));
    m_teamUser->setAccessibleName(tr("Colleague"));
    m_teamRole = new QComboBox(teamPage);
    m_teamRole->setObjectName(QStringLiteral("teamRole"));
    m_teamRole->setAccessibleName(tr("Team role"));
    fillEnumCombo<TeamRole>(m_teamRole);
    setComboEnum(m_teamRole, TeamRole::Sales);
    m_teamAdd = makeButton(tr("&Add"), "teamAdd", teamPage);
    m_teamRemove = makeButton(tr("&Remove"), "teamRemove", teamPage);
    m_teamSetRole = makeButton(tr("Set r&ole"), "teamSetRole", teamPage);
    m_teamSetRole->setToolTip(tr("Give the selected member the role chosen on the left"));
    connect(m_teamAdd, &QPushButton::clicked, this, &AccountDetailView::addTeamMember);
    connect(m_teamSetRole, &QPushButton::clicked, this, &AccountDetailView::setTeamMemberRole);
    connect(m_teamRemove, &QPushButton::clicked, this, &AccountDetailView::removeTeamMember);
    connect(new QShortcut(QKeySequence::Delete, m_teamTable, nullptr, nullptr, Qt::WidgetShortcut),
            &QShortcut::activated, this, &AccountDetailView::removeTeamMember);
    connect(m_teamTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AccountDetailView::updateButtons);
    auto *teamButtons = new QHBoxLayout;
    teamButtons->addWidget(new QLabel(tr("Colleague:"), teamPage));
    teamButtons->addWidget(m_teamUser, 1);
    teamButtons->addWidget(new QLabel(tr("Role:"), teamPage));
    teamButtons->addWidget(m_teamRole);
    teamButtons->addWidget(m_teamAdd);
    teamButtons->addSpacing(12);
    teamButtons->addWidget(m_teamSetRole);
    teamButtons->addWidget(m_teamRemove);
    auto *teamLayout = new QVBoxLayout(teamPage);
    teamLayout->addWidget(m_teamTable, 1);
    teamLayout->addLayout(teamButtons);

    // --- History
    m_historyModel = new FieldHistoryModel(store, this);
    m_historyTable = makeTable("historyTable", this);
    m_historyTable->setAccessibleName(tr("Field history"));
    m_historyTable->setModel(m_historyModel);
    // Wide enough for a date and time in the locale's short format.
    m_historyTable->setColumnWidth(
        FieldHistoryModel::When,
        m_historyTable->fontMetrics().horizontalAdvance(formatLocalTime(QDateTime::currentDateTimeUtc())) + 24);
    m_historyTable->setColumnWidth(FieldHistoryModel::Who, 90);
    m_historyTable->setColumnWidth(FieldHistoryModel::Record, 140);
    m_historyTable->setColumnWidth(FieldHistoryModel::Field, 110);
    m_historyTable->setColumnWidth(FieldHistoryModel::From, 150);
    addCsvExport(m_historyTable, tr("field-history"), *store);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("accountTabs"));
    for (const auto &[page, title, key] : {std::tuple{overview, tr("&Overview"), "overview"},
                                          std::tuple{contactsPage, tr("&Contacts"), "contacts"},
                                          std::tuple{teamPage, tr("&Team"), "team"},
                                          std::tuple<QWidget *, QString, const char *>{m_historyTable, tr("&History"), "history"}}) {
        page->setProperty("accountTabKey", QString::fromLatin1(key));
        m_tabs->addTab(page, title);
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, &AccountDetailView::announceHistory);

    // --- Relationships: the account's own people (a branch's have a map of their own).
    auto *map = new RelationshipMapView(store, history, this);
    connect(map, &RelationshipMapView::contactActivated, this, &AccountDetailView::editContactById);
    addAccountTab(map, tr("&Relationships"), QStringLiteral("relationships"),
                  [map](const QString &id, const QStringList &) { map->setAccount(id); },
                  m_tabs->indexOf(contactsPage) + 1);

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_name);
    detailLayout->addWidget(m_info);
    detailLayout->addWidget(m_tabs, 1);

    auto *empty = new QLabel(tr("Select an account on the left, or create one with File ▸ New Account."), this);
    empty->setObjectName(QStringLiteral("accountDetailEmpty"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setEnabled(false);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(empty);
    m_pages->addWidget(detail);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    connect(store, &Store::rowsChanged, this, &AccountDetailView::onRowsChanged);
    reloadTeamUsers();
    setAccountId({});
}

void AccountDetailView::setAccountId(const QString &id)
{
    m_account = Account{};
    if (!id.isEmpty()) {
        if (Result<Account> a = m_store->get<Account>(id); a && !a->meta.isDeleted())
            m_account = *a;
    }
    const QString shown = m_account.meta.id;
    (void)m_contacts->setAccountId(shown);
    (void)m_team->setAccountId(shown);
    (void)m_historyModel->setAccountId(shown);
    m_form->setAccount(m_account);
    m_pages->setCurrentIndex(shown.isEmpty() ? 0 : 1);
    // A few dozen rows at most: fit the columns to what this account has.
    m_contactsTable->resizeColumnsToContents();
    m_teamTable->resizeColumnsToContents();
    updateHeader();
    updateButtons();
    announceHistory();
    if (!m_accountTabs.empty()) {
        const QStringList branches = shown.isEmpty() ? QStringList() : branchIds();
        for (const AccountShown &show : m_accountTabs)
            show(shown, branches);
    }
}

void AccountDetailView::addAccountTab(QWidget *page, const QString &title, const QString &key, AccountShown show,
                                      int index)
{
    page->setProperty("accountTabKey", key);
    m_tabs->insertTab(index < 0 ? m_tabs->indexOf(m_historyTable) : index, page, title);
    show(m_account.meta.id, m_account.meta.id.isEmpty() ? QStringList() : branchIds());
    m_accountTabs.push_back(std::move(show));
}

QStringList AccountDetailView::branchIds() const
{
    Result<std::vector<Account>> all = m_store->accounts();
    return all ? kam::branchIds(*all, m_account.meta.id) : QStringList();
}

void AccountDetailView::announceHistory()
{
    if (m_tabs->currentWidget() == m_historyTable && !m_account.meta.id.isEmpty())
        emit historyShown(m_account.meta.id);
}

void AccountDetailView::reloadAccount()
{
    Result<Account> a = m_store->get<Account>(m_account.meta.id);
    if (!a || a->meta.isDeleted()) {
        setAccountId({});
        return;
    }
    m_account = *a;
    // Edits in progress stay; a clean form follows the store (undo, redo, sync).
    if (!m_form->isDirty())
        m_form->setAccount(m_account);
    updateHeader();
    updateButtons();
}

void AccountDetailView::onRowsChanged(const QString &table, const QStringList &ids)
{
    if (table == QLatin1String("users")) {
        reloadTeamUsers();
        m_form->reloadUsers();
    }
    if (table == QLatin1String("accounts") && !m_account.meta.id.isEmpty()
        && ids.contains(m_account.meta.id))
        reloadAccount();
    updateButtons();
}

void AccountDetailView::updateHeader()
{
    const Account &a = m_account;
    m_name->setText(a.shortName.isEmpty() || a.shortName == a.legalName
                        ? a.legalName
                        : tr("%1 (%2)").arg(a.legalName, a.shortName));
    QStringList parts = {enumLabel(a.kind), enumLabel(a.tier), enumLabel(a.lifecycle)};
    if (!a.industry.isEmpty())
        parts << a.industry;
    if (!a.region.isEmpty())
        parts << a.region;
    if (a.annualRevenueMinor > 0)
        parts << tr("Revenue %1").arg(formatMoney(a.annualRevenue()));
    m_info->setText(parts.join(QStringLiteral(" · ")));
}

void AccountDetailView::updateButtons()
{
    const bool has = !m_account.meta.id.isEmpty();
    const bool dirty = has && m_form->isDirty();
    m_apply->setEnabled(dirty);
    m_revert->setEnabled(dirty);
    const bool contact = !selectedContactId().isEmpty();
    m_contactNew->setEnabled(has);
    m_contactEdit->setEnabled(contact);
    m_contactDelete->setEnabled(contact);
    m_teamAdd->setEnabled(has && m_teamUser->count() > 0);
    const bool member = m_teamTable->selectionModel()->currentIndex().isValid();
    m_teamRemove->setEnabled(member);
    m_teamSetRole->setEnabled(member);
}

void AccountDetailView::applyOverview()
{
    if (m_account.meta.id.isEmpty())
        return;
    Result<Account> edited = m_form->account();
    if (!edited) {
        m_form->showError(edited.error().message);
        return;
    }
    // The edit is what the user changed since the form was loaded; fields changed meanwhile by
    // undo, another window or sync are not the user's and must not be written back.
    const Account before = m_form->loadedAccount();
    if (sameFields(*edited, before)) {
        updateButtons();
        return;
    }
    Result<void> r = m_history->push(
        std::make_unique<EditCommand<Account>>(m_history, before, *edited));
    if (!r) {
        m_form->showError(r.error().message);
        return;
    }
    m_form->setAccount(m_account); // reloaded by rowsChanged; make the form clean either way
    updateButtons();
    emit message(tr("Saved %1").arg(m_account.legalName));
}

void AccountDetailView::revertOverview()
{
    m_form->setAccount(m_account);
    updateButtons();
}

bool AccountDetailView::contactsHaveFocus() const
{
    return m_contactsTable->hasFocus() && m_tabs->currentIndex() == 1;
}

bool AccountDetailView::hasUnappliedChanges() const
{
    return !m_account.meta.id.isEmpty() && m_form->isDirty();
}

void AccountDetailView::showTab(int index)
{
    m_tabs->setCurrentIndex(index);
}

bool AccountDetailView::showTab(const QString &key)
{
    for (int i = 0; i < m_tabs->count(); ++i)
        if (m_tabs->widget(i)->property("accountTabKey").toString() == key) {
            m_tabs->setCurrentIndex(i);
            return true;
        }
    return false;
}

QStringList AccountDetailView::tabKeys() const
{
    QStringList keys;
    for (int i = 0; i < m_tabs->count(); ++i)
        keys << m_tabs->widget(i)->property("accountTabKey").toString();
    return keys;
}

QString AccountDetailView::selectedContactId() const
{
    const QModelIndex current = m_contactsTable->selectionModel()->currentIndex();
    if (!current.isValid())
        return {};
    return current.siblingAtColumn(0).data(ContactTableModel::IdRole).toString();
}

void AccountDetailView::newContact()
{
    if (m_account.meta.id.isEmpty())
        return;
    Contact c;
    c.accountId = m_account.meta.id;
    QString createdId;
    ContactDialog dialog(m_store, c, [this, &createdId](const Contact &contact) -> Result<void> {
        auto command = std::make_unique<CreateCommand<Contact>>(m_history, contact);
        createdId = command->rowId();
        return m_history->push(std::move(command));
    }, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_tabs->setCurrentIndex(1);
    const int row = m_contacts->rowOf(createdId);
    if (row >= 0)
        m_contactsTable->setCurrentIndex(m_contactsProxy->mapFromSource(m_contacts->index(row, 0)));
}

void AccountDetailView::editContact()
{
    editContactById(selectedContactId());
}

void AccountDetailView::editContactById(const QString &id)
{
    if (id.isEmpty())
        return;
    Result<Contact> before = m_store->get<Contact>(id);
    if (!before) {
        warn(before.error().message);
        return;
    }
    ContactDialog dialog(
        m_store, *before, [this, &before](const Contact &after) { return pushEdit(m_history, *before, after); }, this);
    dialog.exec();
}

void AccountDetailView::deleteContact()
{
    const QString id = selectedContactId();
    if (id.isEmpty())
        return;
    Result<Contact> c = m_store->get<Contact>(id);
    if (!c) {
        warn(c.error().message);
        return;
    }
    if (Result<void> r = m_history->push(std::make_unique<DeleteCommand<Contact>>(m_history, *c)); !r)
        warn(r.error().message);
    else
        emit message(tr("Deleted contact %1 (Undo brings it back)").arg(c->name));
}

void AccountDetailView::reloadTeamUsers()
{
    const QString current = m_teamUser->currentData().toString();
    m_teamUser->clear();
    if (Result<std::vector<User>> users = m_store->users())
        for (const User &u : *users)
            m_teamUser->addItem(u.name, u.meta.id);
    if (const int i = m_teamUser->findData(current); i >= 0)
        m_teamUser->setCurrentIndex(i);
}

void AccountDetailView::addTeamMember()
{
    if (m_account.meta.id.isEmpty() || m_teamUser->currentIndex() < 0)
        return;
    TeamMember m;
    m.accountId = m_account.meta.id;
    m.userId = m_teamUser->currentData().toString();
    m.role = comboEnum<TeamRole>(m_teamRole);
    if (Result<void> r = m_history->push(std::make_unique<CreateCommand<TeamMember>>(m_history, m)); !r)
        warn(r.error().message);
}

void AccountDetailView::setTeamMemberRole()
{
    const QModelIndex current = m_teamTable->selectionModel()->currentIndex();
    if (!current.isValid())
        return;
    const TeamMember before = m_team->rowAt(current.row());
    TeamMember after = before;
    after.role = comboEnum<TeamRole>(m_teamRole);
    if (after.role == before.role)
        return;
    if (Result<void> r = m_history->push(std::make_unique<EditCommand<TeamMember>>(m_history, before, after)); !r)
        warn(r.error().message);
}

void AccountDetailView::removeTeamMember()
{
    const QModelIndex current = m_teamTable->selectionModel()->currentIndex();
    if (!current.isValid())
        return;
    const TeamMember m = m_team->rowAt(current.row());
    if (Result<void> r = m_history->push(std::make_unique<DeleteCommand<TeamMember>>(m_history, m)); !r)
        warn(r.error().message);
}

void AccountDetailView::warn(const QString &message)
{
    QMessageBox::warning(this, tr("KAM Desk"), message);
}

} // namespace kam
