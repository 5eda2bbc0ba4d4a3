// SPDX-License-Identifier: GPL-3.0-or-later
#include "value_view.h"

#include "chart_helpers.h"
#include "commands/tier_command.h"
#include "itemmodels/tier_history_model.h"
#include "itemmodels/value_score_model.h"
#include "itemmodels/value_scorer.h"
#include "tier_dialog.h"
#include "value_model_editor.h"
#include "widget_helpers.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <map>

namespace kam {

using namespace analytics;

ValueView::ValueView(Store *store, EditHistory *history, ValueScorer *scorer, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_edits(history)
    , m_scorer(scorer)
    , m_model(new ValueScoreModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_history(new TierHistoryModel(store, this))
    , m_modelLabel(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_detailTitle(new QLabel(this))
    , m_chartStack(new QStackedWidget(this))
    , m_chart(new QChart)
    , m_points(new QBarSet(tr("Points")))
    , m_criteria(new QBarCategoryAxis)
    , m_pointAxis(new QValueAxis)
    , m_historyTable(new QTableView(this))
    , m_sensitivity(new QTableWidget(this))
{
    setObjectName(QStringLiteral("valueView"));

    auto button = [this](const QString &text, const char *name) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        return b;
    };
    m_modelLabel->setObjectName(QStringLiteral("valueModelLabel"));
    m_editModels = button(tr("&Edit models…"), "valueEditModelsButton");
    m_busy->setObjectName(QStringLiteral("valueBusy"));
    m_busy->setRange(0, 0); // how far a scoring is cannot be known; it only says it is running
    m_busy->setMaximumWidth(140);
    m_busy->setTextVisible(false);
    m_status->setObjectName(QStringLiteral("valueStatus"));
    m_search->setObjectName(QStringLiteral("valueSearchEdit"));
    m_search->setPlaceholderText(tr("Find an account"));
    m_search->setAccessibleName(m_search->placeholderText());
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(240);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ValueScoreModel::SortRole);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setFilterKeyColumn(ValueScoreModel::AccountName);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    setupRowView(m_table, "valueScoresTable");
    m_table->setAccessibleName(tr("Value scores"));
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ValueScoreModel::Rank, Qt::AscendingOrder);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    addCsvExport(m_table, tr("value-scores"), *m_store);

    m_approve = button(tr("&Approve proposal"), "valueApproveButton");
    m_approve->setToolTip(tr("Give the selected accounts the tier the model proposes"));
    m_setTier = button(tr("Set &tier…"), "valueSetTierButton");
    m_open = button(tr("&Open account"), "valueOpenButton");

    // The breakdown of the selected account.
    m_detailTitle->setObjectName(QStringLiteral("valueDetailTitle"));
    m_detailTitle->setWordWrap(true);
    auto *series = new QHorizontalBarSeries;
    m_points->setColor(QColor(0x2e, 0x6d, 0xb4));
    series->append(m_points);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsPrecision(3);
    m_chart->addSeries(series);
    m_chart->addAxis(m_criteria, Qt::AlignLeft);
    m_chart->addAxis(m_pointAxis, Qt::AlignBottom);
    series->attachAxis(m_criteria);
    series->attachAxis(m_pointAxis);
    m_criteria->setTruncateLabels(false); // the criterion names are what the chart is read by
    m_pointAxis->setTitleText(tr("Points of the score"));
    m_pointAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_chart->legend()->hide();
    QChartView *chartView = makeChartView(m_chart, m_chartStack);
    chartView->setObjectName(QStringLiteral("valueBreakdownChart"));
    m_chartStack->addWidget(chartView);
    m_chartStack->addWidget(makeEmptyState(tr("Select an account to see its points per criterion."), m_chartStack));

    setupRowView(m_historyTable, "valueTierHistoryTable");
    m_historyTable->setAccessibleName(tr("Tier history"));
    m_historyTable->setModel(m_history);
    addCsvExport(m_historyTable, tr("tier-history"), *m_store);
    m_historyTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_historyTable->horizontalHeader()->setStretchLastSection(true);

    m_sensitivity->setObjectName(QStringLiteral("valueSensitivityTable"));
    m_sensitivity->setAccessibleName(tr("Rank sensitivity"));
    m_sensitivity->setColumnCount(5);
    m_sensitivity->setHorizontalHeaderLabels({tr("Weight of"), tr("−10 %: ranks"), tr("−10 %: tiers"), tr("+10 %: ranks"),
                                              tr("+10 %: tiers")});
    m_sensitivity->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sensitivity->setSelectionMode(QAbstractItemView::NoSelection);
    addCsvExport(m_sensitivity, tr("value-sensitivity"), *m_store);
    m_sensitivity->verticalHeader()->hide();
    m_sensitivity->verticalHeader()->setDefaultSectionSize(m_historyTable->verticalHeader()->defaultSectionSize());
    m_sensitivity->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_sensitivity->horizontalHeader()->setStretchLastSection(true);
    m_sensitivity->setToolTip(tr("How many accounts change rank (ranks) and proposed tier (tiers) when one weight "
                                 "moves by 10 % of itself"));

    connect(m_editModels, &QPushButton::clicked, this, &ValueView::editModels);
    connect(m_approve, &QPushButton::clicked, this, &ValueView::approveProposals);
    connect(m_setTier, &QPushButton::clicked, this, &ValueView::setTier);
    connect(m_open, &QPushButton::clicked, this, &ValueView::openAccount);
    connect(m_table, &QAbstractItemView::doubleClicked, this, &ValueView::openAccount);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ValueView::updateSelection);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &ValueView::updateSelection);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ValueView::updateSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ValueView::updateSelection);
    connect(scorer, &ValueScorer::scored, this, &ValueView::onScored);
    connect(scorer, &ValueScorer::busyChanged, this, &ValueView::updateStatus);
    connect(scorer, &ValueScorer::failed, this, [this](const QString &message) {
        m_status->setText(tr("The value scores could not be computed: %1").arg(message));
        m_status->setStyleSheet(QStringLiteral("color: #b3261e;"));
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_modelLabel);
    top->addWidget(m_editModels);
    top->addSpacing(12);
    top->addWidget(m_busy);
    top->addWidget(m_status, 1);
    top->addWidget(m_search);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_approve);
    listButtons->addWidget(m_setTier);
    listButtons->addStretch();
    listButtons->addWidget(m_open);
    auto *listBox = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listBox);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(top);
    listLayout->addWidget(m_table, 1);
    listLayout->addLayout(listButtons);

    auto *breakdownBox = new QGroupBox(tr("Points per criterion"), this);
    auto *breakdownLayout = new QVBoxLayout(breakdownBox);
    breakdownLayout->addWidget(m_detailTitle);
    breakdownLayout->addWidget(m_chartStack, 1);
    auto *historyBox = new QGroupBox(tr("Tier history"), this);
    auto *historyLayout = new QVBoxLayout(historyBox);
    historyLayout->addWidget(m_historyTable);
    auto *sensitivityBox = new QGroupBox(tr("Sensitivity of the ranking"), this);
    auto *sensitivityLayout = new QVBoxLayout(sensitivityBox);
    sensitivityLayout->addWidget(m_sensitivity);
    auto *details = new QSplitter(Qt::Horizontal, this);
    details->addWidget(breakdownBox);
    details->addWidget(historyBox);
    details->addWidget(sensitivityBox);
    details->setStretchFactor(0, 3);
    details->setStretchFactor(1, 2);
    details->setStretchFactor(2, 2);
    details->setChildrenCollapsible(false);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(listBox);
    splitter->addWidget(details);
    // Even halves: the chart needs a line per criterion, or the axis drops names (CJK lines are taller).
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    if (scorer->isReady())
        onScored();
    updateStatus();
    updateSelection();
}

QString ValueView::selectedAccountId() const
{
    return m_table->selectionModel()->currentIndex().data(ValueScoreModel::AccountIdRole).toString();
}

QStringList ValueView::selectedAccountIds() const
{
    QStringList ids;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows())
        ids << row.data(ValueScoreModel::AccountIdRole).toString();
    return ids;
}

bool ValueView::selectAccount(const QString &accountId)
{
    const int row = m_model->rowOf(accountId);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false; // filtered out by the search
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void ValueView::onScored()
{
    const std::shared_ptr<const ValueScoring> scoring = m_scorer->scoring();
    m_model->setScores(scoring->accounts, scoring->scores, scoring->weights.leaves);
    m_modelLabel->setText(tr("<b>%1</b> · %2").arg(scoring->model.name.toHtmlEscaped(), enumLabel(scoring->definition.method)));
    if (!m_table->selectionModel()->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_table->selectRow(0);
    updateSensitivity();
    updateStatus();
    updateSelection();
}

void ValueView::updateStatus()
{
    const bool busy = m_scorer->isBusy() || !m_scorer->isReady();
    m_busy->setVisible(busy);
    m_status->setStyleSheet({});
    if (!m_scorer->isReady()) {
        m_status->setText(tr("Scoring…"));
        return;
    }
    int differ = 0;
    for (int r = 0; r < m_model->rowCount(); ++r)
        differ += m_model->index(r, 0).data(ValueScoreModel::DiffersRole).toBool();
    const QString scored = tr("%Ln account(s) scored", nullptr, m_model->rowCount());
    const QString proposals = tr("%Ln proposal(s) differ from the current tier", nullptr, differ);
    m_status->setText(busy ? tr("%1; scoring again…").arg(scored) : tr("%1; %2.").arg(scored, proposals));
}

void ValueView::updateSelection()
{
    const QString id = selectedAccountId();
    const int row = m_model->rowOf(id);
    const bool selected = row >= 0;
    m_approve->setEnabled(!selectedAccountIds().isEmpty());
    m_setTier->setEnabled(selected);
    m_open->setEnabled(selected);
    (void)m_history->setAccount(selected ? id : QString());
    if (!selected) {
        m_detailTitle->setText(tr("Select an account to see how its score is made."));
        m_chartStack->setCurrentIndex(1);
        return;
    }
    const ValueScore &s = m_model->scoreAt(row);
    const QString name = m_model->index(row, ValueScoreModel::AccountName).data().toString();
    m_detailTitle->setText(tr("%1: %2 points, rank %L3; proposed %4, now %5")
                               .arg(name, QLocale().toString(s.score, 'f', 1))
                               .arg(s.rank)
                               .arg(enumLabel(s.proposedTier), enumLabel(m_model->currentTier(row))));
    // Horizontal bars run bottom-up: the first criterion goes last so it is drawn on top.
    QStringList labels;
    QList<qreal> values;
    double top = 0;
    for (auto it = s.breakdown.rbegin(); it != s.breakdown.rend(); ++it) {
        labels << enumLabel(it->criterion);
        values << it->points;
        top = std::max(top, it->points);
    }
    m_points->remove(0, m_points->count());
    m_criteria->setCategories(labels);
    m_points->append(values);
    setRoundRange(m_pointAxis, top, 1);
    m_chartStack->setCurrentIndex(0);
}

void ValueView::updateSensitivity()
{
    const std::shared_ptr<const ValueScoring> scoring = m_scorer->scoring();
    // By leaf, in the model's order: the −10 % and +10 % figures side by side.
    std::vector<ValueCriterion> order;
    std::map<int, std::pair<const Sensitivity *, const Sensitivity *>> byCriterion;
    for (const CriterionWeight &leaf : scoring->weights.leaves)
        order.push_back(leaf.criterion);
    for (const Sensitivity &s : scoring->sensitivity) {
        auto &pair = byCriterion[int(s.criterion)];
        (s.delta < 0 ? pair.first : pair.second) = &s;
    }
    m_sensitivity->setRowCount(int(order.size()));
    const QLocale locale;
    const auto cell = [](const QString &text, bool number) {
        auto *item = new QTableWidgetItem(text);
        if (number)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return item;
    };
    for (int r = 0; r < int(order.size()); ++r) {
        const auto [minus, plus] = byCriterion[int(order[size_t(r)])];
        m_sensitivity->setItem(r, 0, cell(enumLabel(order[size_t(r)]), false));
        m_sensitivity->setItem(r, 1, cell(minus ? locale.toString(minus->accountsMoved) : QString(), true));
        m_sensitivity->setItem(r, 2, cell(minus ? locale.toString(minus->tiersChanged) : QString(), true));
        m_sensitivity->setItem(r, 3, cell(plus ? locale.toString(plus->accountsMoved) : QString(), true));
        m_sensitivity->setItem(r, 4, cell(plus ? locale.toString(plus->tiersChanged) : QString(), true));
    }
}

void ValueView::approveProposals()
{
    const std::shared_ptr<const ValueScoring> scoring = m_scorer->scoring();
    if (!scoring)
        return;
    std::vector<TierDecision> decisions;
    for (const QString &id : selectedAccountIds()) {
        const int row = m_model->rowOf(id);
        if (row < 0)
            continue;
        const ValueScore &s = m_model->scoreAt(row);
        decisions.push_back(TierDecision{id, s.proposedTier, enumCode(s.proposedTier), s.score, scoring->model.name,
                                         tr("Proposed by %1").arg(scoring->model.name)});
    }
    if (decisions.empty())
        return;
    const QString text = decisions.size() == 1
                             ? tr("Approve the proposed tier of %1")
                                   .arg(m_model->index(m_model->rowOf(decisions.front().accountId), ValueScoreModel::AccountName).data().toString())
                             : tr("Approve the proposed tiers of %Ln account(s)", nullptr, int(decisions.size()));
    if (Result<void> r = m_edits->push(std::make_unique<DecideTierCommand>(m_edits, text, decisions)); !r) {
        m_status->setText(tr("The tiers could not be set: %1").arg(r.error().message));
        m_status->setStyleSheet(QStringLiteral("color: #b3261e;"));
    }
}

void ValueView::setTier()
{
    const std::shared_ptr<const ValueScoring> scoring = m_scorer->scoring();
    const int row = m_model->rowOf(selectedAccountId());
    if (!scoring || row < 0)
        return;
    const ValueScore &s = m_model->scoreAt(row);
    TierDialog dialog(m_edits, TierDecision{s.accountId, s.proposedTier, enumCode(s.proposedTier), s.score, scoring->model.name, {}},
                      m_model->index(row, ValueScoreModel::AccountName).data().toString(), m_model->currentTier(row), this);
    dialog.exec();
}

void ValueView::openAccount()
{
    if (const QString id = selectedAccountId(); !id.isEmpty())
        emit accountActivated(id);
}

void ValueView::editModels()
{
    ValueModelEditor editor(m_store, m_edits, m_scorer, this);
    editor.exec();
}

} // namespace kam
