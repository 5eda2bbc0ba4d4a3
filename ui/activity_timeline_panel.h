// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace kam {

class ActivityModel;
class EditHistory;
class Store;

/// The activities of an account and its branches, newest first, with buttons to log, edit,
/// delete and mark done; every change is an undo command.
class ActivityTimelinePanel : public QWidget
{
    Q_OBJECT

public:
    ActivityTimelinePanel(Store *store, EditHistory *history, QWidget *parent = nullptr);

    /// Shows the activities of `accountId` and of `branchIds` (the Account column shows only
    /// when there are branches); new activities are logged at `accountId`.
    void setAccount(const QString &accountId, const QStringList &branchIds);

    ActivityModel *model() const { return m_model; }

signals:
    /// A status-bar message ("Deleted activity …").
    void message(const QString &text);

private:
    QString selectedId() const;
    void updateButtons();
    void logActivity();
    void editActivity();
    void deleteActivity();
    void markDone();
    void setDone(const QString &id, bool done);
    void warn(const QString &message);

    Store *m_store;
    EditHistory *m_history;
    QString m_accountId;
    ActivityModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QPushButton *m_log;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPushButton *m_markDone;
};

} // namespace kam
