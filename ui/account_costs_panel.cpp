// SPDX-License-Identifier: GPL-3.0-or-later
#include "account_costs_panel.h"

#include "commands/edit_history.h"
#include "commands/store_commands.h"
#include "cost_entry_dialog.h"
#include "itemmodels/cost_entry_model.h"
#include "itemmodels/portfolio_value_data.h"
#include "store/store.h"
#include "store/value_facts.h"
#include "widget_helpers.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace kam {

namespace {

const QString kNone = QStringLiteral("—");

QLabel *figure(const char *objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return label;
}

} // namespace

AccountCostsPanel::AccountCostsPanel(Store *store, EditHistory *history, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_history(history)
    , m_model(new CostEntryModel(store, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_period(new QLabel(this))
    , m_revenue(figure("costsRevenue", this))
    , m_grossMargin(figure("costsGrossMargin", this))
    , m_costToServe(figure("costsCostToServe", this))
    , m_profitValue(figure("costsProfit", this))
    , m_margin(figure("costsMargin", this))
    , m_add(new QPushButton(tr("&Add cost…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("accountCostsPanel"));
    m_period->setObjectName(QStringLiteral("costsPeriod"));
    m_add->setObjectName(QStringLiteral("addCostButton"));
    m_edit->setObjectName(QStringLiteral("editCostButton"));
    m_delete->setObjectName(QStringLiteral("deleteCostButton"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CostEntryModel::SortRole);
    m_table->setModel(m_proxy);
    setupRowView(m_table, "costTable");
    m_table->setAccessibleName(tr("Cost entries"));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CostEntryModel::Day, Qt::DescendingOrder);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    addCsvExport(m_table, tr("costs"), *m_store);

    auto *figures = new QFormLayout;
    figures->addRow(tr("Revenue:"), m_revenue);
    figures->addRow(tr("Gross margin:"), m_grossMargin);
    figures->addRow(tr("Cost to serve:"), m_costToServe);
    figures->addRow(tr("Profit:"), m_profitValue);
    figures->addRow(tr("Margin:"), m_margin);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    auto *top = new QHBoxLayout;
    top->addLayout(figures);
    top->addStretch();
    top->addLayout(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_period);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);

    connect(m_add, &QPushButton::clicked, this, &AccountCostsPanel::addEntry);
    connect(m_edit, &QPushButton::clicked, this, &AccountCostsPanel::editEntry);
    connect(m_delete, &QPushButton::clicked, this, &AccountCostsPanel::deleteEntry);
    connect(m_table, &QTableView::doubleClicked, this, &AccountCostsPanel::editEntry);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AccountCostsPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &AccountCostsPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AccountCostsPanel::updateButtons);
    static const QSet<QString> feeds = {QStringLiteral("cost_entries"), QStringLiteral("opportunities"),
                                        QStringLiteral("activities"), QStringLiteral("accounts")};
    connect(store, &Store::rowsChanged, this, [this](const QString &table) {
        if (feeds.contains(table))
            scheduleSummary();
    });
    updateButtons();
    updateSummary();
}

void AccountCostsPanel::setAccount(const QString &accountId)
{
    m_accountId = accountId;
    if (Result<void> r = m_model->setAccount(accountId); !r)
        warn(r.error().message);
    m_currency = QStringLiteral("CNY");
    if (Result<Account> a = m_store->get<Account>(accountId))
        m_currency = a->currency;
    updateButtons();
    updateSummary();
}

QString AccountCostsPanel::selectedId() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isSelected(current))
        return {};
    return current.data(CostEntryModel::IdRole).toString();
}

void AccountCostsPanel::updateButtons()
{
    const bool selected = !selectedId().isEmpty();
    m_add->setEnabled(!m_accountId.isEmpty());
    m_edit->setEnabled(selected);
    m_delete->setEnabled(selected);
}

void AccountCostsPanel::scheduleSummary()
{
    // A sync or an import announces many tables at once: one recount after them.
    if (m_summaryPending)
        return;
    m_summaryPending = true;
    QTimer::singleShot(0, this, [this] {
        m_summaryPending = false;
        updateSummary();
    });
}

void AccountCostsPanel::updateSummary()
{
    const QLocale locale;
    const auto [from, to] = lastFourQuarters(m_store->now().toLocalTime().date());
    m_period->setText(tr("Last four quarters, %1 – %2")
                          .arg(locale.toString(from, QLocale::ShortFormat), locale.toString(to, QLocale::ShortFormat)));
    analytics::ProfitFacts facts;
    if (!m_accountId.isEmpty()) {
        Result<std::vector<analytics::ProfitFacts>> all = loadProfitFacts(*m_store, from, to);
        if (!all) {
            warn(all.error().message);
            return;
        }
        for (const analytics::ProfitFacts &f : *all)
            if (f.accountId == m_accountId)
                facts = f;
    }
    m_profit = analytics::profitability(facts);
    const auto money = [this, &locale](qint64 minor) { return formatMoney(Money{minor, m_currency}, locale); };
    const bool shown = !m_accountId.isEmpty();
    m_revenue->setText(shown ? money(m_profit.revenue) : kNone);
    m_grossMargin->setText(shown ? money(m_profit.grossMargin) : kNone);
    m_costToServe->setText(shown ? money(m_profit.costToServe) : kNone);
    m_profitValue->setText(shown ? money(m_profit.profit) : kNone);
    m_margin->setText(m_profit.marginPercent ? tr("%1 %").arg(locale.toString(*m_profit.marginPercent, 'f', 1)) : kNone);
}

void AccountCostsPanel::addEntry()
{
    if (m_accountId.isEmpty())
        return;
    const QString id = CostEntryDialog::addNew(m_history, m_accountId, this);
    if (const int row = m_model->rowOf(id); row >= 0)
        m_table->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
}

void AccountCostsPanel::editEntry()
{
    if (const QString id = selectedId(); !id.isEmpty())
        if (Result<void> r = CostEntryDialog::edit(m_history, id, this); !r)
            warn(r.error().message);
}

void AccountCostsPanel::deleteEntry()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    Result<CostEntry> e = m_store->get<CostEntry>(id);
    if (!e) {
        warn(e.error().message);
        return;
    }
    if (Result<void> pushed = m_history->push(std::make_unique<DeleteCommand<CostEntry>>(m_history, *e)); !pushed)
        warn(pushed.error().message);
    else
        emit message(tr("Deleted the cost of %1 (Undo brings it back)")
                         .arg(QLocale().toString(e->incurredOn, QLocale::ShortFormat)));
}

void AccountCostsPanel::warn(const QString &message)
{
    QMessageBox::warning(this, tr("KAM Desk"), message);
}

} // namespace kam
