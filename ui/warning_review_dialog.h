// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/enums.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QPlainTextEdit;

namespace kam {

class ChurnMonitor;
class EditHistory;

/// Acknowledges or snoozes an account's churn warning with a note (and for a snooze the day it
/// is hidden until, two weeks ahead by default). OK writes a WarningReview of the score and
/// signals as they are now, as one undo command; a refusal shows in the dialog.
class WarningReviewDialog : public QDialog
{
    Q_OBJECT

public:
    WarningReviewDialog(EditHistory *history, ChurnMonitor *monitor, const QString &accountId,
                        const QString &accountName, WarningReviewKind kind, QWidget *parent = nullptr);

    void accept() override;

private:
    EditHistory *m_history;
    ChurnMonitor *m_monitor;
    QString m_accountId;
    QString m_accountName;
    WarningReviewKind m_kind;
    QPlainTextEdit *m_note;
    QDateEdit *m_until = nullptr;
    QLabel *m_error;
};

} // namespace kam
