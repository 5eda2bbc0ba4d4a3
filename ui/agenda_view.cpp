// SPDX-License-Identifier: GPL-3.0-or-later
#include "agenda_view.h"

#include "activity_dialog.h"
#include "itemmodels/agenda_model.h"
#include "itemmodels/reminder_model.h"
#include "maintenance_rules_dialog.h"
#include "widget_helpers.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace kam {

AgendaView::AgendaView(Store *store, EditHistory *history, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_history(history)
    , m_agenda(new AgendaModel(store, this))
    , m_reminders(new ReminderModel(store, this))
    , m_tree(new QTreeView(this))
    , m_reminderTable(new QTableView(this))
{
    setObjectName(QStringLiteral("agendaView"));
    setupRowView(m_tree, "agendaTree");
    m_tree->setAccessibleName(tr("Next steps"));
    m_tree->setModel(m_agenda);
    addCsvExport(m_tree, tr("agenda"), *m_store);
    for (int bucket = 0; bucket < m_agenda->rowCount(); ++bucket)
        m_tree->setFirstColumnSpanned(bucket, {}, true);
    m_tree->expandAll();
    m_tree->setColumnWidth(AgendaModel::Due, 130);
    m_tree->setColumnWidth(AgendaModel::AccountName, 200);
    m_tree->setColumnWidth(AgendaModel::NextStep, 420);
    m_tree->setColumnWidth(AgendaModel::Kind, 110);

    setupRowView(m_reminderTable, "reminderTable");
    m_reminderTable->setAccessibleName(tr("Reminders"));
    m_reminderTable->setModel(m_reminders);
    addCsvExport(m_reminderTable, tr("contact-reminders"), *m_store);
    // The account takes the room; the figures keep narrow columns beside it.
    QHeaderView *header = m_reminderTable->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ReminderModel::AccountName, QHeaderView::Stretch);
    for (int c = ReminderModel::Tier; c < ReminderModel::ColumnCount; ++c)
        m_reminderTable->setColumnWidth(c, 130);

    auto button = [this](const QString &text, const char *name) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        return b;
    };
    m_markDone = button(tr("&Mark done"), "agendaMarkDoneButton");
    m_logContact = button(tr("&Log contact…"), "reminderLogContactButton");
    m_rules = button(tr("Maintenance &intervals…"), "maintenanceRulesButton");

    connect(m_tree, &QAbstractItemView::doubleClicked, this, &AgendaView::openActivity);
    connect(m_reminderTable, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        emit accountActivated(index.data(ReminderModel::AccountIdRole).toString());
    });
    connect(m_markDone, &QPushButton::clicked, this, &AgendaView::markDone);
    connect(m_logContact, &QPushButton::clicked, this, &AgendaView::logContact);
    connect(m_rules, &QPushButton::clicked, this, &AgendaView::editRules);
    connect(m_agenda, &AgendaModel::countsChanged, this, &AgendaView::countsChanged);
    for (QAbstractItemView *view : {static_cast<QAbstractItemView *>(m_tree),
                                    static_cast<QAbstractItemView *>(m_reminderTable)}) {
        connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this, &AgendaView::updateButtons);
        connect(view->model(), &QAbstractItemModel::rowsRemoved, this, &AgendaView::updateButtons);
    }

    auto *agendaButtons = new QHBoxLayout;
    agendaButtons->addWidget(m_markDone);
    agendaButtons->addStretch();
    auto *agendaBox = new QGroupBox(tr("Next steps"), this);
    auto *agendaLayout = new QVBoxLayout(agendaBox);
    agendaLayout->addWidget(m_tree);
    agendaLayout->addLayout(agendaButtons);

    auto *reminderButtons = new QHBoxLayout;
    reminderButtons->addWidget(m_logContact);
    reminderButtons->addStretch();
    reminderButtons->addWidget(m_rules);
    auto *reminderBox = new QGroupBox(tr("No contact for too long"), this);
    auto *reminderLayout = new QVBoxLayout(reminderBox);
    reminderLayout->addWidget(m_reminderTable);
    reminderLayout->addLayout(reminderButtons);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(agendaBox);
    splitter->addWidget(reminderBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    updateButtons();
}

int AgendaView::overdueCount() const
{
    return m_agenda->count(analytics::AgendaBucket::Overdue);
}

void AgendaView::showEvent(QShowEvent *event)
{
    // The day may have turned since the agenda was last computed.
    (void)m_agenda->refresh();
    (void)m_reminders->refresh();
    QWidget::showEvent(event);
}

QString AgendaView::selectedActivityId() const
{
    return m_tree->selectionModel()->currentIndex().data(AgendaModel::IdRole).toString();
}

QString AgendaView::selectedReminderAccountId() const
{
    return m_reminderTable->selectionModel()->currentIndex().data(ReminderModel::AccountIdRole).toString();
}

void AgendaView::updateButtons()
{
    m_markDone->setEnabled(!selectedActivityId().isEmpty());
    m_logContact->setEnabled(!selectedReminderAccountId().isEmpty());
}

void AgendaView::openActivity(const QModelIndex &index)
{
    const QString id = index.data(AgendaModel::IdRole).toString();
    if (id.isEmpty())
        return; // a bucket row
    if (Result<void> r = ActivityDialog::edit(m_history, id, this); !r)
        warn(r.error().message);
}

void AgendaView::markDone()
{
    if (const QString id = selectedActivityId(); !id.isEmpty())
        if (Result<void> r = setNextStepDone(m_history, id, true); !r)
            warn(r.error().message);
}

void AgendaView::logContact()
{
    if (const QString account = selectedReminderAccountId(); !account.isEmpty())
        ActivityDialog::logNew(m_history, account, this);
}

void AgendaView::editRules()
{
    MaintenanceRulesDialog dialog(m_store, this);
    if (dialog.exec() == QDialog::Accepted)
        reloadMaintenanceRules();
}

void AgendaView::reloadMaintenanceRules()
{
    (void)m_reminders->refresh();
    emit maintenanceRulesChanged();
}

void AgendaView::warn(const QString &message)
{
    QMessageBox::warning(this, tr("KAM Desk"), message);
}

} // namespace kam
