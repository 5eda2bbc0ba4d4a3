// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "domain/result.h"

#include <QHash>
#include <QWidget>

#include <functional>
#include <vector>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace kam {

class EditHistory;
class PlanActionModel;
class PlanHistoryModel;
class PlanListModel;
class PlanObjectiveModel;
class PlanRiskModel;
class Store;
class WhitespaceGridModel;

/// The account's "Plans" tab: its key account plans by period, each with its status workflow
/// (submit, approve, send back), situation, SWOT and targets, objectives, actions, risks,
/// whitespace grid and status history. Every edit is an undo command on the window's stack;
/// text commits when its field loses focus; a refusal shows next to what was edited.
class PlanEditor : public QWidget
{
    Q_OBJECT

public:
    PlanEditor(Store *store, EditHistory *history, QWidget *parent = nullptr);

    /// Shows the plans of `accountId` (empty: none), the newest period first.
    void setAccount(const QString &accountId);
    /// Shows the plan `planId` of the shown account; false when it has no such plan.
    bool showPlan(const QString &planId);
    QString planId() const { return m_planId; }

    PlanListModel *plans() const { return m_plans; }
    PlanObjectiveModel *objectives() const { return m_objectives; }
    PlanActionModel *actions() const { return m_actions; }
    PlanRiskModel *risks() const { return m_risks; }
    WhitespaceGridModel *whitespace() const { return m_whitespace; }
    PlanHistoryModel *history() const { return m_changes; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// A plan text field and the member it edits.
    struct TextField
    {
        QPlainTextEdit *edit;
        QString Plan::*member;
    };

    QWidget *makeSituationPage();
    QWidget *makeWhitespacePage();
    /// A section table with its "add" field, Delete button and error line; the add field makes
    /// a row of the plan with its text as the title, which `complete` fills in further.
    template<typename Model>
    QWidget *makeSectionPage(Model *model, const char *name, const QString &addPlaceholder,
                             std::function<void(typename Model::Row &)> complete);

    void onPlanChosen();
    void setPlan(const QString &planId);
    /// Puts the stored plan into the fields that do not have the keyboard focus.
    void loadPlanFields();
    void updateWorkflow();
    /// Edits the shown plan by `change` as one undo command; a refusal shows in `error`.
    /// `source` is the field edited.
    void editPlan(const std::function<void(Plan &)> &change, QLabel *error, const QObject *source = nullptr);
    void setStatus(PlanStatus status);
    void newPlan();
    void startNextPeriod();
    void editWhitespaceCell(bool anyPosition);
    void clearWhitespaceCell();
    /// Shows a refusal in `error`; on success hides it, unless it is another field's (`source`).
    void report(QLabel *error, const Result<void> &result, const QObject *source = nullptr);

    Store *m_store;
    EditHistory *m_history;
    QString m_accountId;
    QString m_planId;
    Plan m_plan;

    PlanListModel *m_plans;
    QSortFilterProxyModel *m_plansByPeriod;
    PlanObjectiveModel *m_objectives;
    PlanActionModel *m_actions;
    PlanRiskModel *m_risks;
    WhitespaceGridModel *m_whitespace;
    PlanHistoryModel *m_changes;

    QComboBox *m_planCombo;
    QPushButton *m_new;
    QPushButton *m_startNext;
    QLabel *m_status;
    QPushButton *m_submit;
    QPushButton *m_approve;
    QPushButton *m_sendBack;
    QLabel *m_planError;
    QLabel *m_empty;
    QTabWidget *m_sections;

    QLineEdit *m_title;
    std::vector<TextField> m_texts;
    QComboBox *m_currency;
    QLineEdit *m_revenueBaseline;
    QLineEdit *m_revenueTarget;
    QDoubleSpinBox *m_marginBaseline;
    QDoubleSpinBox *m_marginTarget;
    QDoubleSpinBox *m_walletBaseline;
    QDoubleSpinBox *m_walletTarget;
    QLabel *m_situationError;

    QTableView *m_grid;
    QPushButton *m_cellEdit;
    QPushButton *m_cellClear;
    QLabel *m_whitespaceError;
    QLabel *m_targetsError;
    QHash<QLabel *, const QObject *> m_errorSources; ///< the field each shown refusal is about
    std::vector<QLabel *> m_editErrors; ///< the error lines of the sections, cleared with the plan
};

} // namespace kam
