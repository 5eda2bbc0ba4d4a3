// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "domain/result.h"

#include <QWidget>

#include <functional>
#include <optional>
#include <vector>

class QAbstractItemDelegate;
class QHBoxLayout;
class QLabel;
class QListView;
class QPushButton;

namespace kam {

class DealFilterBar;
class DealListModel;
class EditHistory;
class PipelineSource;
class StageColumnProxy;

/// The open deals as cards in one column per stage, filtered by a DealFilterBar. Dragging a card
/// to another column moves the deal there, onto the Won or Lost zone closes it; both are undo
/// commands. Cards are painted by a delegate over one shared model, never one widget each.
class PipelineBoard : public QWidget
{
    Q_OBJECT

public:
    /// Asked for the reason of a lost deal; nullopt cancels closing it.
    using ReasonPrompt = std::function<std::optional<QString>(const Opportunity &deal)>;

    PipelineBoard(PipelineSource *source, EditHistory *history, QWidget *parent = nullptr);
    ~PipelineBoard() override;

    /// The card list of a stage; nullptr for a stage not shown.
    QListView *column(const QString &stageId) const;
    DealListModel *model() const { return m_model; }
    DealFilterBar *filterBar() const { return m_bar; }

    /// Moves an open deal to a stage with that stage's default probability, as one undo step.
    /// Moving it to the stage it is in does nothing.
    Result<void> moveDeal(const QString &dealId, const QString &stageId);
    /// Closes an open deal as won or lost today, as one undo step.
    Result<void> closeDeal(const QString &dealId, DealStatus status, const QString &reason = {});

    /// Replaces the question for a lost deal's reason (a QInputDialog by default).
    void setLostReasonPrompt(ReasonPrompt prompt) { m_lostReason = std::move(prompt); }

private:
    struct Column
    {
        QString stageId;
        QWidget *frame;
        QLabel *totals;
        QListView *view;
        StageColumnProxy *proxy;
    };

    void rebuildColumnsIfStagesChanged();
    void updateTotals();
    /// Closes the deals (asking for a lost deal's reason), from a drop zone or the card menu.
    void closeDeals(const QStringList &dealIds, DealStatus status);
    /// The card's menu: edit, move to another stage, close; what a keyboard user drags with.
    void showCardMenu(QListView *view, const QPoint &pos);
    void openDeal(const QModelIndex &proxyIndex);
    void report(const Result<void> &result);

    PipelineSource *m_source;
    EditHistory *m_history;
    DealListModel *m_model;
    DealFilterBar *m_bar;
    QPushButton *m_newDeal;
    QLabel *m_error;
    QHBoxLayout *m_columnsLayout;
    QAbstractItemDelegate *m_cards; ///< paints the cards of every column
    std::vector<Column> m_columns;
    QStringList m_stagesShown; ///< id and name of each stage the columns were built for
    ReasonPrompt m_lostReason;
};

} // namespace kam
