// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace kam {

class EditHistory;
class PipelineSource;

/// The sales targets: a list, and a form that adds, changes or deletes one through the undo
/// history. A target the store refuses shows its message under the form; nothing is written.
class TargetsDialog : public QDialog
{
    Q_OBJECT

public:
    TargetsDialog(PipelineSource *source, EditHistory *history, QWidget *parent = nullptr);

private:
    void fillTable();
    void showSelected();
    /// The selected target, if any.
    const SalesTarget *selected() const;
    /// Writes the form into `target`; false (the message shown) when the amount is no amount.
    bool readForm(SalesTarget &target);
    void addTarget();
    void saveTarget();
    void deleteTarget();
    void showResult(const Result<void> &r);

    PipelineSource *m_source;
    EditHistory *m_history;
    QTableWidget *m_table;
    QComboBox *m_owner;
    QLineEdit *m_period;
    QLineEdit *m_amount;
    QLineEdit *m_currency;
    QPushButton *m_save;
    QPushButton *m_delete;
    QLabel *m_error;
};

} // namespace kam
