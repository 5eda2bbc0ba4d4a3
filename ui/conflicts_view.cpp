// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflicts_view.h"

#include "commands/edit_history.h"
#include "commands/resolve_conflict_command.h"
#include "itemmodels/conflict_model.h"
#include "widget_helpers.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace kam {

ConflictsView::ConflictsView(EditHistory *history, QWidget *parent)
    : QWidget(parent)
    , m_history(history)
    , m_model(new ConflictModel(history->store(), this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_showResolved(new QCheckBox(tr("Show &resolved"), this))
    , m_keepTheirs(new QPushButton(tr("&Keep Theirs"), this))
    , m_useMine(new QPushButton(tr("&Use Mine"), this))
    , m_open(new QPushButton(tr("&Open Record"), this))
{
    setObjectName(QStringLiteral("conflictsView"));
    m_table->setObjectName(QStringLiteral("conflictsTable"));
    m_summary->setObjectName(QStringLiteral("conflictsSummary"));
    m_showResolved->setObjectName(QStringLiteral("showResolvedCheck"));
    m_keepTheirs->setObjectName(QStringLiteral("keepTheirsButton"));
    m_useMine->setObjectName(QStringLiteral("useMineButton"));
    m_open->setObjectName(QStringLiteral("openRecordButton"));
    m_keepTheirs->setToolTip(tr("The record keeps the other user's value"));
    m_useMine->setToolTip(tr("Your value goes back into the record and is sent at the next sync"));

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Sync conflicts"));
    addCsvExport(m_table, tr("sync-conflicts"), *history->store());

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_showResolved);
    buttons->addWidget(m_keepTheirs);
    buttons->addWidget(m_useMine);
    buttons->addWidget(m_open);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_keepTheirs, &QPushButton::clicked, this, &ConflictsView::keepTheirs);
    connect(m_useMine, &QPushButton::clicked, this, &ConflictsView::useMine);
    connect(m_open, &QPushButton::clicked, this, &ConflictsView::openRecord);
    connect(m_table, &QTableView::doubleClicked, this, &ConflictsView::openRecord);
    connect(m_showResolved, &QCheckBox::toggled, m_model, &ConflictModel::setIncludeResolved);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ConflictsView::updateButtons);
    // A sync that records new conflicts resets the list: the selected one stays selected.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const int row = currentRow();
        m_selectedId = row < 0 ? 0 : m_model->conflict(row).id;
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        for (int row = 0; row < m_model->rowCount(); ++row)
            if (m_model->conflict(row).id == m_selectedId)
                m_table->setCurrentIndex(m_model->index(row, 0));
        updateButtons();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ConflictsView::updateButtons);

    if (Result<void> r = m_model->reload(); !r)
        m_summary->setText(r.error().message);
    m_table->resizeColumnsToContents();
    updateButtons();
}

int ConflictsView::currentRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void ConflictsView::updateButtons()
{
    int open = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        open += m_model->conflict(row).resolution.isEmpty() ? 1 : 0;
    m_summary->setText(open == 0 ? tr("No open conflicts.") : tr("%n open conflict(s)", nullptr, open));
    const int row = currentRow();
    const bool openRow = row >= 0 && m_model->conflict(row).resolution.isEmpty();
    m_keepTheirs->setEnabled(openRow);
    m_useMine->setEnabled(openRow);
    m_open->setEnabled(row >= 0 && !m_model->accountOf(row).isEmpty());
}

void ConflictsView::resolve(const QString &resolution)
{
    const int row = currentRow();
    if (row < 0)
        return;
    Result<void> r = m_history->push(
        std::make_unique<ResolveConflictCommand>(m_history, m_model->conflict(row), resolution));
    if (!r)
        QMessageBox::warning(this, tr("Sync conflicts"), r.error().message);
}

void ConflictsView::keepTheirs()
{
    resolve(QStringLiteral("theirs"));
}

void ConflictsView::useMine()
{
    resolve(QStringLiteral("mine"));
}

void ConflictsView::openRecord()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const QString account = m_model->accountOf(row);
    if (!account.isEmpty())
        emit accountRequested(account);
}

} // namespace kam
