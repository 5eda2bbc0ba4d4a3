// SPDX-License-Identifier: GPL-3.0-or-later
#include "warnings_view.h"

#include "churn_settings_dialog.h"
#include "itemmodels/churn_monitor.h"
#include "itemmodels/churn_signal_model.h"
#include "itemmodels/warning_list_model.h"
#include "warning_review_dialog.h"
#include "widget_helpers.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace kam {

WarningsView::WarningsView(Store *store, EditHistory *history, ChurnMonitor *monitor, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_history(history)
    , m_monitor(monitor)
    , m_model(new WarningListModel(store, monitor, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_signals(new ChurnSignalModel(monitor, this))
    , m_table(new QTableView(this))
    , m_signalTable(new QTableView(this))
    , m_status(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_detailTitle(new QLabel(this))
    , m_showSnoozed(new QCheckBox(tr("Show snoo&zed"), this))
{
    setObjectName(QStringLiteral("warningsView"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(WarningListModel::SortRole);
    m_proxy->setSortLocaleAware(true);
    setupRowView(m_table, "warningsTable");
    m_table->setAccessibleName(tr("Churn warnings"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(WarningListModel::Score, Qt::DescendingOrder);
    addCsvExport(m_table, tr("churn-warnings"), *m_store);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    m_table->setColumnWidth(WarningListModel::AccountName, 220);
    m_table->setColumnWidth(WarningListModel::Tier, 90);
    m_table->setColumnWidth(WarningListModel::Score, 60);
    m_table->setColumnWidth(WarningListModel::Trend, 70);
    header->setSectionResizeMode(WarningListModel::Signals, QHeaderView::Stretch);
    m_table->setColumnWidth(WarningListModel::State, 150);
    m_table->setColumnWidth(WarningListModel::Note, 200);
    // The reasons are what the list is for: they wrap rather than end in "…".
    m_table->setWordWrap(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    setupRowView(m_signalTable, "warningSignalsTable");
    m_signalTable->setAccessibleName(tr("Warning signals"));
    m_signalTable->setModel(m_signals);
    addCsvExport(m_signalTable, tr("churn-signals"), *m_store);
    m_signalTable->setSelectionMode(QAbstractItemView::NoSelection);
    QHeaderView *signalHeader = m_signalTable->horizontalHeader();
    signalHeader->setStretchLastSection(false);
    signalHeader->setSectionResizeMode(ChurnSignalModel::Measured, QHeaderView::Stretch);
    for (int c : {ChurnSignalModel::Signal, ChurnSignalModel::Threshold, ChurnSignalModel::Weight,
                  ChurnSignalModel::Points})
        signalHeader->setSectionResizeMode(c, QHeaderView::ResizeToContents);

    // Every signal and the total show without scrolling; the rows have a fixed height.
    const int signalRows = int(enumEntries<ChurnSignal>().size()) + 1;
    m_signalTable->setMinimumHeight(signalHeader->sizeHint().height()
                                    + signalRows * m_signalTable->verticalHeader()->defaultSectionSize()
                                    + 2 * m_signalTable->frameWidth() + 2);

    m_status->setObjectName(QStringLiteral("warningsStatus"));
    m_busy->setObjectName(QStringLiteral("warningsBusy"));
    m_busy->setRange(0, 0); // how far a scoring is cannot be known; it only says it is running
    m_busy->setMaximumWidth(140);
    m_busy->setTextVisible(false);
    m_showSnoozed->setObjectName(QStringLiteral("warningShowSnoozedCheck"));
    m_detailTitle->setObjectName(QStringLiteral("warningDetailTitle"));
    m_detailTitle->setWordWrap(true);

    auto button = [this](const QString &text, const char *name) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        return b;
    };
    m_acknowledge = button(tr("A&cknowledge…"), "warningAcknowledgeButton");
    m_snooze = button(tr("S&nooze…"), "warningSnoozeButton");
    m_open = button(tr("&Open account"), "warningOpenButton");
    m_settings = button(tr("Churn se&ttings…"), "churnSettingsButton");
    m_acknowledge->setToolTip(tr("Mark the warning as seen, with a note; it comes back when it gets worse"));
    m_snooze->setToolTip(tr("Hide the warning until a day; it comes back earlier when it gets worse"));

    connect(m_acknowledge, &QPushButton::clicked, this, &WarningsView::acknowledge);
    connect(m_snooze, &QPushButton::clicked, this, &WarningsView::snooze);
    connect(m_open, &QPushButton::clicked, this, &WarningsView::openAccount);
    connect(m_settings, &QPushButton::clicked, this, &WarningsView::editSettings);
    connect(m_table, &QAbstractItemView::doubleClicked, this, &WarningsView::openAccount);
    connect(m_showSnoozed, &QCheckBox::toggled, m_model, &WarningListModel::setShowSnoozed);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &WarningsView::updateSelection);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &WarningsView::updateSelection);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_table->selectionModel()->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_table->selectRow(0);
        updateStatus();
    });
    connect(m_signals, &ChurnSignalModel::scoreChanged, this, &WarningsView::updateSelection);
    connect(monitor, &ChurnMonitor::busyChanged, this, &WarningsView::updateStatus);
    connect(monitor, &ChurnMonitor::scored, this, [this] {
        updateStatus();
        emit countsChanged();
    });
    connect(monitor, &ChurnMonitor::reviewsChanged, this, [this] {
        updateStatus();
        emit countsChanged();
    });
    connect(monitor, &ChurnMonitor::failed, this, [this](const QString &message) {
        m_status->setText(tr("The risk scores could not be computed: %1").arg(message));
        m_status->setStyleSheet(QStringLiteral("color: #b3261e;"));
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_busy);
    top->addWidget(m_status, 1);
    top->addWidget(m_showSnoozed);
    top->addWidget(m_settings);

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_acknowledge);
    listButtons->addWidget(m_snooze);
    listButtons->addStretch();
    listButtons->addWidget(m_open);
    auto *listBox = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listBox);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(top);
    listLayout->addWidget(m_table, 1);
    listLayout->addLayout(listButtons);

    auto *detailBox = new QGroupBox(tr("The signals behind the score"), this);
    auto *detailLayout = new QVBoxLayout(detailBox);
    detailLayout->addWidget(m_detailTitle);
    detailLayout->addWidget(m_signalTable, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(listBox);
    splitter->addWidget(detailBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    if (m_proxy->rowCount() > 0)
        m_table->selectRow(0);
    updateStatus();
    updateSelection();
}

int WarningsView::newCount() const
{
    return m_monitor->newWarnings();
}

QString WarningsView::selectedAccountId() const
{
    return m_table->selectionModel()->currentIndex().data(WarningListModel::AccountIdRole).toString();
}

bool WarningsView::selectAccount(const QString &accountId)
{
    const int row = m_model->rowOf(accountId);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

void WarningsView::updateStatus()
{
    const bool busy = m_monitor->isBusy() || !m_monitor->isReady();
    m_busy->setVisible(busy);
    m_status->setStyleSheet({});
    if (!m_monitor->isReady()) {
        m_status->setText(tr("Scoring the accounts…"));
        return;
    }
    const int shown = m_model->rowCount();
    const int fresh = m_monitor->newWarnings();
    const int warnAt = m_monitor->settings().warnAt;
    if (shown == 0 && fresh == 0)
        m_status->setText(busy ? tr("Scoring the accounts…")
                               : tr("No warnings: every account scores below %L1.").arg(warnAt));
    else
        m_status->setText(tr("%Ln warning(s), %L1 new. Warnings start at a score of %L2.", nullptr, shown)
                              .arg(fresh)
                              .arg(warnAt));
}

void WarningsView::updateSelection()
{
    const QString id = selectedAccountId();
    m_signals->setAccount(id);
    const bool selected = !id.isEmpty();
    m_acknowledge->setEnabled(selected);
    m_snooze->setEnabled(selected);
    m_open->setEnabled(selected);
    if (!selected) {
        m_detailTitle->setText(tr("Select a warning to see the signals behind its score."));
        return;
    }
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const QString name = current.siblingAtColumn(WarningListModel::AccountName).data().toString();
    const analytics::ChurnScore *score = m_signals->score();
    m_detailTitle->setText(score ? tr("%1: risk score %L2 of 100 (%L3 a quarter ago)")
                                       .arg(name)
                                       .arg(score->score)
                                       .arg(score->previousScore)
                                 : name);
}

void WarningsView::acknowledge()
{
    review(int(WarningReviewKind::Acknowledged));
}

void WarningsView::snooze()
{
    review(int(WarningReviewKind::Snoozed));
}

void WarningsView::review(int kind)
{
    const QString id = selectedAccountId();
    if (id.isEmpty())
        return;
    const QString name = m_table->selectionModel()
                             ->currentIndex()
                             .siblingAtColumn(WarningListModel::AccountName)
                             .data()
                             .toString();
    WarningReviewDialog dialog(m_history, m_monitor, id, name, WarningReviewKind(kind), this);
    dialog.exec();
}

void WarningsView::openAccount()
{
    if (const QString id = selectedAccountId(); !id.isEmpty())
        emit accountActivated(id);
}

void WarningsView::editSettings()
{
    ChurnSettingsDialog dialog(m_store, m_monitor, this);
    if (dialog.exec() == QDialog::Accepted) {
        updateStatus();
        emit settingsChanged();
    }
}

} // namespace kam
