// SPDX-License-Identifier: GPL-3.0-or-later
#include "account_health_panel.h"

#include "commands/lifecycle_command.h"
#include "itemmodels/churn_monitor.h"
#include "itemmodels/churn_signal_model.h"
#include "itemmodels/lifecycle_history_model.h"
#include "lifecycle_dialog.h"
#include "store/store.h"
#include "widget_helpers.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <optional>

namespace kam {

using analytics::WarningState;

AccountHealthPanel::AccountHealthPanel(Store *store, EditHistory *history, ChurnMonitor *monitor, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_history(history)
    , m_monitor(monitor)
    , m_signals(new ChurnSignalModel(monitor, this))
    , m_historyModel(new LifecycleHistoryModel(store, this))
    , m_score(new QLabel(this))
    , m_state(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_signalTable(new QTableView(this))
    , m_stageLabel(new QLabel(this))
    , m_proposal(new QLabel(this))
    , m_confirm(new QPushButton(tr("Confir&m proposal"), this))
    , m_change(new QPushButton(tr("Change sta&ge…"), this))
    , m_historyTable(new QTableView(this))
{
    setObjectName(QStringLiteral("accountHealthPanel"));
    m_score->setObjectName(QStringLiteral("healthScoreLabel"));
    QFont big = m_score->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_score->setFont(big);
    m_score->setWordWrap(true);
    m_state->setObjectName(QStringLiteral("healthStateLabel"));
    m_state->setWordWrap(true);
    m_busy->setObjectName(QStringLiteral("healthBusy"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(100);
    m_busy->setTextVisible(false);
    m_stageLabel->setObjectName(QStringLiteral("lifecycleStageLabel"));
    m_proposal->setObjectName(QStringLiteral("lifecycleProposalLabel"));
    m_proposal->setWordWrap(true);
    m_proposal->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_confirm->setObjectName(QStringLiteral("lifecycleConfirmButton"));
    m_change->setObjectName(QStringLiteral("lifecycleChangeButton"));

    setupRowView(m_signalTable, "healthSignalsTable");
    m_signalTable->setAccessibleName(tr("Health signals"));
    m_signalTable->setModel(m_signals);
    addCsvExport(m_signalTable, tr("health-signals"), *m_store);
    m_signalTable->setSelectionMode(QAbstractItemView::NoSelection);
    // The panel is narrow: the texts wrap, the measured one takes the room, and the weight (a
    // setting, the same for every account) is left to the Warnings tab; Points says enough.
    QHeaderView *signalHeader = m_signalTable->horizontalHeader();
    signalHeader->setStretchLastSection(false);
    m_signalTable->setColumnWidth(ChurnSignalModel::Signal, 150);
    signalHeader->setSectionResizeMode(ChurnSignalModel::Measured, QHeaderView::Stretch);
    m_signalTable->setColumnWidth(ChurnSignalModel::Threshold, 150);
    m_signalTable->setColumnHidden(ChurnSignalModel::Weight, true);
    signalHeader->setSectionResizeMode(ChurnSignalModel::Points, QHeaderView::ResizeToContents);
    m_signalTable->setWordWrap(true);
    m_signalTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    setupRowView(m_historyTable, "lifecycleHistoryTable");
    m_historyTable->setAccessibleName(tr("Lifecycle history"));
    m_historyTable->setModel(m_historyModel);
    addCsvExport(m_historyTable, tr("lifecycle-history"), *m_store);
    QHeaderView *historyHeader = m_historyTable->horizontalHeader();
    historyHeader->setStretchLastSection(false);
    for (int c : {LifecycleHistoryModel::When, LifecycleHistoryModel::Change, LifecycleHistoryModel::Proposed,
                  LifecycleHistoryModel::Who})
        historyHeader->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    historyHeader->setSectionResizeMode(LifecycleHistoryModel::Reason, QHeaderView::Stretch);
    m_historyTable->setWordWrap(true);
    m_historyTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    connect(m_confirm, &QPushButton::clicked, this, &AccountHealthPanel::confirmProposal);
    connect(m_change, &QPushButton::clicked, this, &AccountHealthPanel::changeStage);
    connect(monitor, &ChurnMonitor::scored, this, [this](const QStringList &ids, bool all) {
        if (!m_accountId.isEmpty() && (all || ids.contains(m_accountId))) {
            updateScore();
            updateLifecycle();
        }
    });
    connect(monitor, &ChurnMonitor::reviewsChanged, this, &AccountHealthPanel::updateScore);
    connect(monitor, &ChurnMonitor::busyChanged, this, &AccountHealthPanel::updateScore);
    connect(store, &Store::rowsChanged, this, [this](const QString &table, const QStringList &ids) {
        if (table == u"accounts" && ids.contains(m_accountId))
            updateLifecycle();
    });

    auto *scoreLine = new QHBoxLayout;
    scoreLine->addWidget(m_score, 1);
    scoreLine->addWidget(m_busy);
    auto *riskBox = new QGroupBox(tr("Churn risk"), this);
    auto *riskLayout = new QVBoxLayout(riskBox);
    riskLayout->addLayout(scoreLine);
    riskLayout->addWidget(m_state);
    riskLayout->addWidget(m_signalTable, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_confirm);
    buttons->addWidget(m_change);
    buttons->addStretch();
    auto *lifecycleBox = new QGroupBox(tr("Lifecycle"), this);
    auto *lifecycleLayout = new QVBoxLayout(lifecycleBox);
    lifecycleLayout->addWidget(m_stageLabel);
    lifecycleLayout->addWidget(m_proposal);
    lifecycleLayout->addLayout(buttons);
    lifecycleLayout->addWidget(m_historyTable, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(riskBox);
    splitter->addWidget(lifecycleBox);
    splitter->setChildrenCollapsible(false);
    // Every signal of the score should show without scrolling; the history can scroll.
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({500, 250});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    setAccount({});
}

void AccountHealthPanel::setAccount(const QString &accountId)
{
    m_accountId = accountId;
    m_signals->setAccount(accountId);
    if (Result<void> r = m_historyModel->setAccount(accountId); !r)
        m_stageLabel->setText(r.error().message);
    updateScore();
    updateLifecycle();
}

void AccountHealthPanel::updateScore()
{
    const bool ready = m_monitor->isReady();
    m_busy->setVisible(m_monitor->isBusy() || !ready);
    const analytics::ChurnScore *score = m_accountId.isEmpty() ? nullptr : m_monitor->score(m_accountId);
    if (!score) {
        m_score->setText(ready || m_accountId.isEmpty() ? QString() : tr("Scoring…"));
        m_state->clear();
        return;
    }
    const int delta = score->score - score->previousScore;
    if (delta > 0)
        m_score->setText(tr("Risk score %L1 of 100 — ▲ %L2 since a quarter ago (%L3)")
                             .arg(score->score)
                             .arg(delta)
                             .arg(score->previousScore));
    else if (delta < 0)
        m_score->setText(tr("Risk score %L1 of 100 — ▼ %L2 since a quarter ago (%L3)")
                             .arg(score->score)
                             .arg(-delta)
                             .arg(score->previousScore));
    else
        m_score->setText(tr("Risk score %L1 of 100 — the same as a quarter ago").arg(score->score));

    const QLocale locale;
    const WarningReview *review = m_monitor->latestReview(m_accountId);
    const analytics::AccountHealthFacts *facts = m_monitor->facts(m_accountId);
    switch (m_monitor->state(m_accountId)) {
    case WarningState::None:
        m_state->setText(facts && facts->lifecycle == Lifecycle::Lost
                             ? tr("No warning: the account is lost.")
                             : tr("No warning: warnings start at a score of %L1.").arg(m_monitor->settings().warnAt));
        break;
    case WarningState::New:
        m_state->setText(tr("A new warning, not reviewed yet or worse since it was."));
        break;
    case WarningState::Reviewed:
        if (!review)
            break;
        m_state->setText(tr("Warning acknowledged on %1. %2")
                             .arg(locale.toString(review->reviewedAt.toLocalTime().date(), QLocale::ShortFormat),
                                  review->note));
        break;
    case WarningState::Snoozed:
        if (!review)
            break;
        m_state->setText(tr("Warning snoozed until %1. %2")
                             .arg(locale.toString(review->snoozedUntil, QLocale::ShortFormat), review->note));
        break;
    }
}

void AccountHealthPanel::updateLifecycle()
{
    const bool shown = !m_accountId.isEmpty();
    m_change->setEnabled(shown);
    m_confirm->setEnabled(false);
    if (!shown) {
        m_stageLabel->clear();
        m_proposal->clear();
        return;
    }
    Result<Account> account = m_store->get<Account>(m_accountId);
    if (!account) {
        m_stageLabel->setText(account.error().message);
        return;
    }
    m_accountName = displayName(*account);
    m_stage = account->lifecycle;
    m_stageLabel->setText(tr("Stage: <b>%1</b>").arg(enumLabel(m_stage).toHtmlEscaped()));
    if (!m_monitor->facts(m_accountId)) {
        m_proposal->setText(m_monitor->isReady() ? QString() : tr("The proposal follows when scoring has finished."));
        return;
    }
    const analytics::LifecycleProposal proposal = m_monitor->lifecycleProposal(m_accountId);
    if (proposal.stage != m_stage) {
        m_proposal->setText(tr("Proposed: %1 — %2").arg(enumLabel(proposal.stage), proposal.reason));
        m_proposal->setForegroundRole(QPalette::WindowText);
        m_confirm->setEnabled(true);
    } else {
        m_proposal->setText(tr("The facts agree: %1").arg(proposal.reason));
        m_proposal->setForegroundRole(QPalette::PlaceholderText);
    }
}

void AccountHealthPanel::confirmProposal()
{
    if (m_accountId.isEmpty() || !m_monitor->facts(m_accountId))
        return;
    const analytics::LifecycleProposal proposal = m_monitor->lifecycleProposal(m_accountId);
    Result<void> r = m_history->push(std::make_unique<DecideLifecycleCommand>(
        m_history, m_accountId, m_accountName, proposal.stage, enumCode(proposal.stage), proposal.reason));
    if (!r) {
        warn(r.error().message);
        return;
    }
    emit message(tr("%1 is %2 now.").arg(m_accountName, enumLabel(proposal.stage)));
}

void AccountHealthPanel::changeStage()
{
    if (m_accountId.isEmpty())
        return;
    std::optional<analytics::LifecycleProposal> proposal;
    if (m_monitor->facts(m_accountId))
        proposal = m_monitor->lifecycleProposal(m_accountId);
    LifecycleDialog dialog(m_history, m_accountId, m_accountName, m_stage, proposal ? &*proposal : nullptr, this);
    dialog.exec();
}

void AccountHealthPanel::warn(const QString &message)
{
    QMessageBox::warning(this, tr("KAM Desk"), message);
}

} // namespace kam
