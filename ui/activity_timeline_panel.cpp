// SPDX-License-Identifier: GPL-3.0-or-later
#include "activity_timeline_panel.h"

#include "activity_dialog.h"
#include "commands/edit_history.h"
#include "commands/store_commands.h"
#include "itemmodels/activity_model.h"
#include "widget_helpers.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace kam {

ActivityTimelinePanel::ActivityTimelinePanel(Store *store, EditHistory *history, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_history(history)
    , m_model(new ActivityModel(store, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("activityTimelinePanel"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ActivityModel::SortRole);
    m_proxy->setSortLocaleAware(true);
    setupRowView(m_table, "activityTable");
    m_table->setAccessibleName(tr("Activities"));
    m_table->setModel(m_proxy);
    addCsvExport(m_table, tr("activities"), *m_store);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ActivityModel::Date, Qt::DescendingOrder);
    // Short columns fit their contents; the summary takes the room left (its tooltip has it all).
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    for (const int c : {ActivityModel::Date, ActivityModel::Kind, ActivityModel::Due, ActivityModel::Done,
                        ActivityModel::Cost})
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ActivityModel::Summary, QHeaderView::Stretch);
    m_table->setColumnWidth(ActivityModel::AccountName, 140);
    m_table->setColumnWidth(ActivityModel::ContactNames, 100);
    m_table->setColumnWidth(ActivityModel::Outcome, 150);
    m_table->setColumnWidth(ActivityModel::NextStep, 160);

    auto button = [this](const QString &text, const char *name) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        return b;
    };
    m_log = button(tr("&Log activity…"), "logActivityButton");
    m_edit = button(tr("&Edit…"), "editActivityButton");
    m_delete = button(tr("&Delete"), "deleteActivityButton");
    m_markDone = button(tr("&Mark done"), "markActivityDoneButton");
    m_markDone->setToolTip(tr("Mark the selected activity's next step as done"));

    connect(m_log, &QPushButton::clicked, this, &ActivityTimelinePanel::logActivity);
    connect(m_edit, &QPushButton::clicked, this, &ActivityTimelinePanel::editActivity);
    connect(m_delete, &QPushButton::clicked, this, &ActivityTimelinePanel::deleteActivity);
    connect(m_markDone, &QPushButton::clicked, this, &ActivityTimelinePanel::markDone);
    connect(m_table, &QAbstractItemView::doubleClicked, this, &ActivityTimelinePanel::editActivity);
    connect(m_model, &ActivityModel::doneToggleRequested, this, &ActivityTimelinePanel::setDone);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ActivityTimelinePanel::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ActivityTimelinePanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ActivityTimelinePanel::updateButtons);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_log);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    buttons->addWidget(m_markDone);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table);
    updateButtons();
}

void ActivityTimelinePanel::setAccount(const QString &accountId, const QStringList &branchIds)
{
    m_accountId = accountId;
    const QStringList shown = accountId.isEmpty() ? QStringList() : QStringList{accountId} + branchIds;
    if (Result<void> r = m_model->setAccounts(shown); !r)
        warn(r.error().message);
    m_table->setColumnHidden(ActivityModel::AccountName, branchIds.isEmpty());
    updateButtons();
}

QString ActivityTimelinePanel::selectedId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.data(ActivityModel::IdRole).toString() : QString();
}

void ActivityTimelinePanel::updateButtons()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    m_log->setEnabled(!m_accountId.isEmpty());
    m_edit->setEnabled(current.isValid());
    m_delete->setEnabled(current.isValid());
    const QVariant done = current.siblingAtColumn(ActivityModel::Done).data(Qt::CheckStateRole);
    m_markDone->setEnabled(done.isValid() && done.toInt() == Qt::Unchecked); // a next step, still open
}

void ActivityTimelinePanel::logActivity()
{
    if (m_accountId.isEmpty())
        return;
    const QString id = ActivityDialog::logNew(m_history, m_accountId, this);
    if (const int row = m_model->rowOf(id); row >= 0)
        m_table->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
}

void ActivityTimelinePanel::editActivity()
{
    if (const QString id = selectedId(); !id.isEmpty())
        if (Result<void> r = ActivityDialog::edit(m_history, id, this); !r)
            warn(r.error().message);
}

void ActivityTimelinePanel::deleteActivity()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    Result<Activity> a = m_store->get<Activity>(id);
    if (!a) {
        warn(a.error().message);
        return;
    }
    if (Result<void> r = m_history->push(std::make_unique<DeleteCommand<Activity>>(m_history, *a)); !r)
        warn(r.error().message);
    else
        emit message(tr("Deleted activity %1 (Undo brings it back)").arg(a->summary));
}

void ActivityTimelinePanel::markDone()
{
    if (const QString id = selectedId(); !id.isEmpty())
        setDone(id, true);
}

void ActivityTimelinePanel::setDone(const QString &id, bool done)
{
    if (Result<void> r = setNextStepDone(m_history, id, done); !r)
        warn(r.error().message);
}

void ActivityTimelinePanel::warn(const QString &message)
{
    QMessageBox::warning(this, tr("KAM Desk"), message);
}

} // namespace kam
