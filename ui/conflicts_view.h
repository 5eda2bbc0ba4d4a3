// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;

namespace kam {

class ConflictModel;
class EditHistory;

/// The sync conflicts to review: which record and field, their value and yours, who changed
/// it and when. Keep theirs, use mine (a new edit that syncs) or open the record; every
/// resolution goes through the window's undo stack.
class ConflictsView : public QWidget
{
    Q_OBJECT

public:
    ConflictsView(EditHistory *history, QWidget *parent = nullptr);

    ConflictModel *model() const { return m_model; }

public slots:
    void keepTheirs();
    void useMine();
    void openRecord();

signals:
    /// The user asked to see the account a conflict belongs to.
    void accountRequested(const QString &accountId);

private:
    void resolve(const QString &resolution);
    int currentRow() const;
    void updateButtons();

    EditHistory *m_history;
    ConflictModel *m_model;
    QTableView *m_table;
    QLabel *m_summary;
    QCheckBox *m_showResolved;
    QPushButton *m_keepTheirs;
    QPushButton *m_useMine;
    QPushButton *m_open;
    qint64 m_selectedId = 0; ///< the current conflict across a reset of the list
};

} // namespace kam
