// SPDX-License-Identifier: GPL-3.0-or-later
#include "account_deals_panel.h"

#include "deal_dialog.h"
#include "domain/stages.h"
#include "itemmodels/deal_list_model.h"
#include "itemmodels/pipeline_source.h"

#include "widget_helpers.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace kam {

AccountDealsPanel::AccountDealsPanel(PipelineSource *source, EditHistory *history, QWidget *parent)
    : QWidget(parent)
    , m_source(source)
    , m_history(history)
{
    setObjectName(QStringLiteral("accountDeals"));
    m_model = new DealListModel(source, this);
    m_model->setAccounts({QString()}); // nothing until an account is set
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(DealListModel::SortRole);
    m_proxy->setSortLocaleAware(true);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("dealsTable"));
    m_table->setAccessibleName(tr("Deals"));
    m_table->setModel(m_proxy);
    addCsvExport(m_table, tr("deals"), *m_source->store());
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DealListModel::ExpectedClose, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Wide enough for the longest stage name, a seven-figure amount and a date.
    const QFontMetrics fm = m_table->fontMetrics();
    int stageWidth = 0;
    for (const Stage &s : source->pipeline().stages())
        stageWidth = qMax(stageWidth, fm.horizontalAdvance(stageName(s)));
    const int amount
        = fm.horizontalAdvance(formatMoney(Money{999'999'999, QStringLiteral("CNY")})) + 16;
    m_table->setColumnWidth(DealListModel::Title, 200);
    m_table->setColumnWidth(DealListModel::Account, 150);
    m_table->setColumnWidth(DealListModel::Stage, stageWidth + 16);
    m_table->setColumnWidth(DealListModel::Amount, amount);
    m_table->setColumnWidth(DealListModel::Probability,
                            fm.horizontalAdvance(tr("Probability")) + 24);
    m_table->setColumnWidth(DealListModel::Weighted, amount);
    m_table->setColumnWidth(
        DealListModel::ExpectedClose,
        fm.horizontalAdvance(QLocale().toString(QDate(2027, 12, 31), QLocale::ShortFormat)) + 24);

    m_rollup = new QLabel(this);
    m_rollup->setObjectName(QStringLiteral("dealsRollup"));
    m_rollup->setTextFormat(Qt::PlainText);
    m_rollup->setWordWrap(true);
    m_new = new QPushButton(tr("&New deal…"), this);
    m_new->setObjectName(QStringLiteral("dealNew"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("dealEdit"));
    connect(m_new, &QPushButton::clicked, this, [this] {
        Opportunity deal;
        deal.accountId = m_accountId;
        openDealDialog(m_source, m_history, deal, this);
    });
    connect(m_edit, &QPushButton::clicked, this, &AccountDealsPanel::editSelected);
    connect(m_table, &QAbstractItemView::activated, this, &AccountDealsPanel::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AccountDealsPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateRollup();
        updateButtons();
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_edit);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_rollup);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    updateRollup();
    updateButtons();
}

void AccountDealsPanel::setAccount(const QString &accountId, const QStringList &branchIds)
{
    m_accountId = accountId;
    m_model->setAccounts(accountId.isEmpty() ? QStringList{QString()}
                                             : QStringList{accountId} + branchIds);
}

void AccountDealsPanel::updateRollup()
{
    const DealListModel::Totals open = m_model->totals();
    const int year = QDate::currentDate().year();
    qint64 wonMinor = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Opportunity *d = m_model->deal(row);
        if (d->status == DealStatus::Won && d->closedOn.year() == year
            && d->currency == open.currency)
            wonMinor += d->amountMinor;
    }
    QString text = tr("Open: %n deal(s), %1, weighted %2 · Won in %3: %4", nullptr, open.count)
                       .arg(formatMoney(Money{open.amountMinor, open.currency}),
                            formatMoney(Money{open.weightedMinor, open.currency}),
                            QString::number(year), formatMoney(Money{wonMinor, open.currency}));
    if (open.otherCurrency > 0)
        text += u' '
            + tr("(%n open deal(s) in other currencies not included)", nullptr, open.otherCurrency);
    m_rollup->setText(text);
}

void AccountDealsPanel::updateButtons()
{
    m_new->setEnabled(!m_accountId.isEmpty());
    m_edit->setEnabled(m_table->selectionModel()->hasSelection());
}

void AccountDealsPanel::editSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    if (const Opportunity *deal = m_model->deal(m_proxy->mapToSource(rows.first()).row()))
        openDealDialog(m_source, m_history, *deal, this);
}

} // namespace kam
