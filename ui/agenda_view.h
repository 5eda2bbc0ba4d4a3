// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QModelIndex;
class QPushButton;
class QTableView;
class QTreeView;

namespace kam {

class AgendaModel;
class EditHistory;
class ReminderModel;
class Store;

/// The manager's agenda: open next steps (overdue, today, this week) and the accounts that
/// have gone too long without contact.
class AgendaView : public QWidget
{
    Q_OBJECT

public:
    AgendaView(Store *store, EditHistory *history, QWidget *parent = nullptr);

    /// Open next steps past their due date, for a badge.
    int overdueCount() const;

    AgendaModel *agendaModel() const { return m_agenda; }
    ReminderModel *reminderModel() const { return m_reminders; }
    /// Follows maintenance intervals saved elsewhere (the settings): refreshes the reminders
    /// and announces maintenanceRulesChanged().
    void reloadMaintenanceRules();

signals:
    /// The user asked to open this account (double-click on a reminder).
    void accountActivated(const QString &accountId);
    /// overdueCount() or another bucket's count changed.
    void countsChanged();
    /// The maintenance intervals were saved (the churn score uses them too).
    void maintenanceRulesChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QString selectedActivityId() const;
    QString selectedReminderAccountId() const;
    void updateButtons();
    void openActivity(const QModelIndex &index);
    void markDone();
    void logContact();
    void editRules();
    void warn(const QString &message);

    Store *m_store;
    EditHistory *m_history;
    AgendaModel *m_agenda;
    ReminderModel *m_reminders;
    QTreeView *m_tree;
    QTableView *m_reminderTable;
    QPushButton *m_markDone;
    QPushButton *m_logContact;
    QPushButton *m_rules;
};

} // namespace kam
