// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace kam {

class EditHistory;

/// Starts a new, empty plan of an account: its period (a year or a half-year) and title. OK
/// pushes a CreateCommand; when the store refuses (a plan for the period exists, no title),
/// its message shows under the form and the dialog stays open with nothing written.
class NewPlanDialog : public QDialog
{
    Q_OBJECT

public:
    NewPlanDialog(EditHistory *history, const QString &accountId, QWidget *parent = nullptr);

    /// The period as the form has it ("2027", "2027-H1").
    QString period() const;

    void accept() override;

signals:
    /// The plan `planId` was written.
    void created(const QString &planId);

private:
    EditHistory *m_history;
    QString m_accountId;
    QSpinBox *m_year;
    QComboBox *m_part;
    QLineEdit *m_title;
    QLabel *m_error;
};

} // namespace kam
