// SPDX-License-Identifier: GPL-3.0-or-later
#include "portfolio_view.h"

#include "itemmodels/account_columns.h"
#include "itemmodels/account_filter_proxy.h"
#include "itemmodels/account_table_model.h"
#include "itemmodels/account_tree_model.h"
#include "widget_helpers.h"

#include <QAction>
#include <QDataStream>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIODevice>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <map>

namespace kam {

namespace {

constexpr quint32 kStateMagic = 0x4b504631; // "KPF1"

int countRows(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    const int rows = model->rowCount(parent);
    int n = rows;
    for (int r = 0; r < rows; ++r) {
        const QModelIndex child = model->index(r, 0, parent);
        if (model->hasChildren(child))
            n += countRows(model, child);
    }
    return n;
}

/// "Tier: any" / "Tier: Core" / "Tier: Core, Key" / "Tier: 3 selected"
QString chipText(const QString &dimension, const QStringList &chosen)
{
    QString value;
    if (chosen.isEmpty())
        value = PortfolioView::tr("any");
    else if (chosen.size() <= 2)
        value = chosen.join(PortfolioView::tr(", "));
    else
        value = PortfolioView::tr("%n selected", nullptr, int(chosen.size()));
    return PortfolioView::tr("%1: %2").arg(dimension, value);
}

template<typename E>
void fillEnumMenu(QMenu *menu, QSet<E> *chosen, const std::function<void()> &changed)
{
    for (const auto &e : enumEntries<E>()) {
        QAction *a = menu->addAction(enumLabel(e.value));
        a->setCheckable(true);
        a->setData(int(e.value));
        QObject::connect(a, &QAction::toggled, menu, [chosen, changed, value = e.value](bool on) {
            if (on)
                chosen->insert(value);
            else
                chosen->remove(value);
            changed();
        });
    }
}

} // namespace

PortfolioView::PortfolioView(Store *store, AccountTableModel *table, AccountTreeModel *tree, QWidget *parent)
    : QWidget(parent)
    , m_tableModel(table)
    , m_treeModel(tree)
    , m_tableProxy(new AccountFilterProxy(this))
    , m_treeProxy(new AccountFilterProxy(this))
{
    setObjectName(QStringLiteral("portfolioView"));
    m_tableProxy->setObjectName(QStringLiteral("portfolioTableProxy"));
    m_treeProxy->setObjectName(QStringLiteral("portfolioTreeProxy"));
    m_tableProxy->setSourceModel(table);
    m_treeProxy->setSourceModel(tree);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("portfolioFilter"));
    m_filter->setPlaceholderText(tr("Filter by name, short name, credit code, region, industry"));
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(kamIcon(QStringLiteral("find")), QLineEdit::LeadingPosition);
    m_filter->setAccessibleName(tr("Portfolio filter"));
    connect(m_filter, &QLineEdit::textChanged, this, &PortfolioView::onFilterChanged);
    // Down arrow from the filter goes to the list, as in a search field of a mail client.
    m_filter->installEventFilter(this);

    m_tierChip = makeChip("tierChip");
    m_kindChip = makeChip("kindChip");
    m_industryChip = makeChip("industryChip");
    m_ownerChip = makeChip("ownerChip");
    const auto changed = [this] { onFilterChanged(); };
    fillEnumMenu<Tier>(m_tierChip->menu(), &m_tiers, changed);
    fillEnumMenu<AccountKind>(m_kindChip->menu(), &m_kinds, changed);
    connect(m_industryChip->menu(), &QMenu::aboutToShow, this, &PortfolioView::rebuildIndustryMenu);
    connect(m_ownerChip->menu(), &QMenu::aboutToShow, this, &PortfolioView::rebuildOwnerMenu);
    m_clear = new QToolButton(this);
    m_clear->setObjectName(QStringLiteral("clearFilters"));
    m_clear->setText(tr("Clear"));
    m_clear->setIcon(kamIcon(QStringLiteral("filter-clear")));
    m_clear->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_clear->setAutoRaise(true);
    m_clear->setToolTip(tr("Clear the filter text and all filter chips"));
    connect(m_clear, &QToolButton::clicked, this, &PortfolioView::clearFilters);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("portfolioTable"));
    m_table->setModel(m_tableProxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // Fixed row heights keep a 20,000-row table from measuring every row.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSortIndicator(int(AccountColumn::LegalName), Qt::AscendingOrder);
    m_table->setAccessibleName(tr("Accounts"));

    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("portfolioTree"));
    m_tree->setModel(m_treeProxy);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    // Sorting is switched on when the tree is first shown: sorting a large portfolio twice at
    // start-up (table and tree) would double the time to the first paint.
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->header()->setSortIndicator(int(AccountColumn::LegalName), Qt::AscendingOrder);
    m_tree->setAccessibleName(tr("Account groups"));

    // Widths that fit typical values; the user's own widths come back from QSettings.
    const std::map<AccountColumn, int> widths = {
        {AccountColumn::LegalName, 260}, {AccountColumn::ShortName, 110}, {AccountColumn::Kind, 90},
        {AccountColumn::Tier, 80},       {AccountColumn::Lifecycle, 90},  {AccountColumn::Industry, 120},
        {AccountColumn::Region, 100},    {AccountColumn::Owner, 100},     {AccountColumn::CreditCode, 170},
        {AccountColumn::AnnualRevenue, 140}, {AccountColumn::UpdatedAt, 130}};
    for (const auto &[column, width] : widths) {
        m_table->setColumnWidth(int(column), width);
        m_tree->setColumnWidth(int(column), width);
    }
    for (QHeaderView *h : {m_table->horizontalHeader(), m_tree->header()}) {
        h->setSectionHidden(int(AccountColumn::CreditCode), true);
        h->setSectionHidden(int(AccountColumn::Kind), true);
        h->setSectionsMovable(true);
        setupHeaderMenu(h);
    }
    addCsvExport(m_table, tr("portfolio"), *store);
    addCsvExport(m_tree, tr("account-groups"), *store);

    for (QAbstractItemView *v : {static_cast<QAbstractItemView *>(m_table),
                                 static_cast<QAbstractItemView *>(m_tree)}) {
        connect(v->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                [this, v](const QModelIndex &current) { onCurrentChanged(v, current); });
        connect(v, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
            emit accountActivated(index.siblingAtColumn(0).data(AccountIdRole).toString());
        });
    }
    for (AccountFilterProxy *p : {m_tableProxy, m_treeProxy}) {
        connect(p, &QAbstractItemModel::rowsInserted, this, &PortfolioView::countsChanged);
        connect(p, &QAbstractItemModel::rowsRemoved, this, &PortfolioView::countsChanged);
        connect(p, &QAbstractItemModel::modelReset, this, &PortfolioView::countsChanged);
        connect(p, &QAbstractItemModel::layoutChanged, this, &PortfolioView::countsChanged);
    }

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("portfolioStack"));
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_tree);

    auto *chips = new QHBoxLayout;
    chips->setContentsMargins(0, 0, 0, 0);
    chips->setSpacing(4);
    for (QToolButton *b : {m_tierChip, m_kindChip, m_industryChip, m_ownerChip, m_clear})
        chips->addWidget(b);
    chips->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_filter);
    layout->addLayout(chips);
    layout->addWidget(m_stack, 1);

    setTabOrder(m_filter, m_tierChip);
    setTabOrder(m_tierChip, m_kindChip);
    setTabOrder(m_kindChip, m_industryChip);
    setTabOrder(m_industryChip, m_ownerChip);
    setTabOrder(m_ownerChip, m_clear);
    setTabOrder(m_clear, m_table);
    setTabOrder(m_table, m_tree);

    updateChipTexts();
}

QToolButton *PortfolioView::makeChip(const char *objectName)
{
    auto *b = new QToolButton(this);
    b->setObjectName(QLatin1String(objectName));
    b->setPopupMode(QToolButton::InstantPopup);
    b->setAutoRaise(false);
    auto *menu = new QMenu(b);
    menu->setObjectName(QLatin1String(objectName) + QStringLiteral("Menu"));
    b->setMenu(menu);
    return b;
}

void PortfolioView::setupHeaderMenu(QHeaderView *header)
{
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, header, [header](const QPoint &pos) {
        QMenu menu;
        for (int c = 0; c < header->count(); ++c) {
            QAction *a = menu.addAction(header->model()->headerData(c, Qt::Horizontal).toString());
            a->setCheckable(true);
            a->setChecked(!header->isSectionHidden(c));
            a->setEnabled(c != int(AccountColumn::LegalName)); // the name identifies the row
            QObject::connect(a, &QAction::toggled, header,
                             [header, c](bool on) { header->setSectionHidden(c, !on); });
        }
        menu.exec(header->mapToGlobal(pos));
    });
}

void PortfolioView::rebuildIndustryMenu()
{
    QMenu *menu = m_industryChip->menu();
    menu->clear();
    QStringList industries;
    for (int r = 0; r < m_tableModel->rowCount(); ++r) {
        const QString i = m_tableModel->index(r, 0).data(AccountIndustryRole).toString();
        if (!i.isEmpty() && !industries.contains(i))
            industries << i;
    }
    std::sort(industries.begin(), industries.end(),
              [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });
    if (industries.isEmpty())
        menu->addAction(tr("No industries yet"))->setEnabled(false);
    for (const QString &i : industries) {
        QAction *a = menu->addAction(i);
        a->setCheckable(true);
        a->setChecked(m_industries.contains(i));
        connect(a, &QAction::toggled, this, [this, i](bool on) {
            if (on)
                m_industries.insert(i);
            else
                m_industries.remove(i);
            onFilterChanged();
        });
    }
}

void PortfolioView::rebuildOwnerMenu()
{
    QMenu *menu = m_ownerChip->menu();
    menu->clear();
    std::map<QString, QString> owners; // id → name
    for (int r = 0; r < m_tableModel->rowCount(); ++r) {
        const QModelIndex idx = m_tableModel->index(r, int(AccountColumn::Owner));
        owners.emplace(idx.data(AccountOwnerIdRole).toString(), idx.data().toString());
    }
    QList<std::pair<QString, QString>> sorted(owners.begin(), owners.end());
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.second, b.second) < 0;
    });
    for (const auto &[id, name] : sorted) {
        QAction *a = menu->addAction(id.isEmpty() ? tr("Unassigned") : name);
        a->setCheckable(true);
        a->setChecked(m_ownerIds.contains(id));
        connect(a, &QAction::toggled, this, [this, id = id, label = a->text()](bool on) {
            if (on) {
                m_ownerIds.insert(id);
                m_ownerNames.insert(id, label);
            } else {
                m_ownerIds.remove(id);
                m_ownerNames.remove(id);
            }
            onFilterChanged();
        });
    }
}

void PortfolioView::applyFilter(AccountFilterProxy *proxy) const
{
    proxy->setFilterText(m_filter->text());
    proxy->setTiers(m_tiers);
    proxy->setKinds(m_kinds);
    proxy->setIndustries(m_industries);
    proxy->setOwnerIds(m_ownerIds);
}

void PortfolioView::onFilterChanged()
{
    // Only the visible view filters per keystroke; the other catches up when it is shown.
    if (m_mode == Mode::Table) {
        applyFilter(m_tableProxy);
        m_treeStale = true;
    } else {
        applyFilter(m_treeProxy);
        m_tableStale = true;
        if (!m_filter->text().trimmed().isEmpty())
            m_tree->expandAll(); // matches deep in a group should be visible
    }
    updateChipTexts();
    emit countsChanged();
}

void PortfolioView::updateChipTexts()
{
    auto labels = [](const auto &set) {
        QStringList out;
        for (const auto &e : enumEntries<typename std::decay_t<decltype(set)>::value_type>())
            if (set.contains(e.value))
                out << enumLabel(e.value);
        return out;
    };
    m_tierChip->setText(chipText(tr("Tier"), labels(m_tiers)));
    m_kindChip->setText(chipText(tr("Kind"), labels(m_kinds)));
    QStringList industries(m_industries.begin(), m_industries.end());
    industries.sort();
    m_industryChip->setText(chipText(tr("Industry"), industries));
    QStringList owners;
    for (const QString &id : m_ownerIds)
        owners << m_ownerNames.value(id);
    owners.sort();
    m_ownerChip->setText(chipText(tr("Owner"), owners));
    const bool any = !m_filter->text().isEmpty() || !m_tiers.isEmpty() || !m_kinds.isEmpty()
                     || !m_industries.isEmpty() || !m_ownerIds.isEmpty();
    m_clear->setEnabled(any);
    const std::pair<QToolButton *, bool> chips[] = {{m_tierChip, !m_tiers.isEmpty()},
                                                    {m_kindChip, !m_kinds.isEmpty()},
                                                    {m_industryChip, !m_industries.isEmpty()},
                                                    {m_ownerChip, !m_ownerIds.isEmpty()}};
    for (const auto &[chip, active] : chips) {
        QFont f = chip->font();
        f.setBold(active);
        chip->setFont(f);
    }
}

bool PortfolioView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Return || key == Qt::Key_Enter) {
            selectFirstIfNone();
            currentView()->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PortfolioView::clearFilters()
{
    const QSignalBlocker block(m_filter);
    m_filter->clear();
    m_tiers.clear();
    m_kinds.clear();
    m_industries.clear();
    m_ownerIds.clear();
    m_ownerNames.clear();
    for (QToolButton *b : {m_tierChip, m_kindChip}) {
        for (QAction *a : b->menu()->actions()) {
            const QSignalBlocker blockAction(a);
            a->setChecked(false);
        }
    }
    onFilterChanged();
}

void PortfolioView::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    const QString id = m_currentId;
    m_mode = mode;
    if (mode == Mode::Tree && m_treeStale) {
        applyFilter(m_treeProxy);
        m_treeStale = false;
    } else if (mode == Mode::Table && m_tableStale) {
        applyFilter(m_tableProxy);
        m_tableStale = false;
    }
    if (mode == Mode::Tree && !m_tree->isSortingEnabled())
        m_tree->setSortingEnabled(true);
    m_stack->setCurrentWidget(mode == Mode::Table ? static_cast<QWidget *>(m_table) : m_tree);
    if (mode == Mode::Tree && !m_filter->text().trimmed().isEmpty())
        m_tree->expandAll();
    if (id.isEmpty() || !selectIfShown(id)) {
        // The other view has no current row yet, or hides the account: nothing is selected.
        m_currentId.clear();
        currentView()->selectionModel()->clearCurrentIndex();
        emit currentAccountChanged(QString());
        selectFirstIfNone();
    }
    emit modeChanged(mode);
    emit countsChanged();
}

QAbstractItemView *PortfolioView::currentView() const
{
    return m_mode == Mode::Table ? static_cast<QAbstractItemView *>(m_table) : m_tree;
}

QString PortfolioView::currentAccountId() const
{
    // An account the filter hides is not "selected": Delete must never hit what is not shown.
    return proxyIndexOf(m_currentId).isValid() ? m_currentId : QString();
}

QModelIndex PortfolioView::proxyIndexOf(const QString &id) const
{
    if (m_mode == Mode::Table) {
        const int row = m_tableModel->rowOf(id);
        return row < 0 ? QModelIndex() : m_tableProxy->mapFromSource(m_tableModel->index(row, 0));
    }
    const QModelIndex source = m_treeModel->indexOf(id);
    return source.isValid() ? m_treeProxy->mapFromSource(source) : QModelIndex();
}

bool PortfolioView::selectIfShown(const QString &id)
{
    const QModelIndex proxyIndex = proxyIndexOf(id);
    if (!proxyIndex.isValid())
        return false;
    QAbstractItemView *view = currentView();
    view->selectionModel()->setCurrentIndex(
        proxyIndex, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (m_mode == Mode::Tree)
        m_tree->expand(proxyIndex); // a group opens to show its branches
    // A jump from elsewhere (a new account, the other view) lands mid-list, with context around it.
    view->scrollTo(proxyIndex, QAbstractItemView::PositionAtCenter);
    return true;
}

void PortfolioView::selectAccount(const QString &id)
{
    if (selectIfShown(id))
        return;
    const bool exists = m_mode == Mode::Table ? m_tableModel->rowOf(id) >= 0
                                              : m_treeModel->indexOf(id).isValid();
    if (!exists)
        return;
    clearFilters(); // the user asked for this account; a filter must not hide it
    selectIfShown(id);
}

void PortfolioView::selectFirstIfNone()
{
    if (!currentAccountId().isEmpty())
        return;
    QAbstractItemView *view = currentView();
    const QModelIndex first = view->model()->index(0, 0);
    if (first.isValid())
        view->selectionModel()->setCurrentIndex(
            first, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void PortfolioView::onCurrentChanged(QAbstractItemView *view, const QModelIndex &current)
{
    if (view != currentView())
        return;
    const QString id = current.siblingAtColumn(0).data(AccountIdRole).toString();
    if (id == m_currentId)
        return;
    m_currentId = id;
    emit currentAccountChanged(id);
}

int PortfolioView::shownCount() const
{
    if (m_mode == Mode::Table)
        return m_tableProxy->rowCount();
    return countRows(m_treeProxy);
}

int PortfolioView::totalCount() const
{
    return m_tableModel->rowCount();
}

void PortfolioView::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

QByteArray PortfolioView::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << kStateMagic << qint32(m_mode == Mode::Tree ? 1 : 0)
        << m_table->horizontalHeader()->saveState() << m_tree->header()->saveState();
    return state;
}

void PortfolioView::restoreState(const QByteArray &state)
{
    QDataStream in(state);
    quint32 magic = 0;
    qint32 mode = 0;
    QByteArray tableHeader, treeHeader;
    in >> magic >> mode >> tableHeader >> treeHeader;
    if (in.status() != QDataStream::Ok || magic != kStateMagic)
        return;
    m_table->horizontalHeader()->restoreState(tableHeader);
    m_tree->header()->restoreState(treeHeader);
    setMode(mode == 1 ? Mode::Tree : Mode::Table);
}

} // namespace kam
