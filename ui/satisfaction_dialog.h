// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "domain/result.h"

#include <QDialog>
#include <QList>
#include <QPair>

#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QSpinBox;

namespace kam {

class EditHistory;
class Store;

/// Enters or edits one satisfaction response: its day, source, who answered, likelihood to
/// recommend, overall satisfaction, a score per dimension and the comment. OK hands the response
/// to `submit` (which pushes the undo command); the dialog closes only when that succeeded,
/// otherwise it shows the store's message and nothing is written.
class SatisfactionDialog : public QDialog
{
    Q_OBJECT

public:
    using Submit = std::function<Result<void>(const SatisfactionResponse &)>;

    /// `response.accountId` is the account answered for; an empty meta.id means a new response.
    SatisfactionDialog(Store *store, const SatisfactionResponse &response, Submit submit,
                       QWidget *parent = nullptr);

    SatisfactionResponse response() const;

    void accept() override;

    /// Asks for a new response at `accountId`, written as one undo command; returns its id, or an
    /// empty string when the user cancelled.
    static QString addNew(EditHistory *history, const QString &accountId, QWidget *parent);
    /// Edits the response `id` as one undo command (an unchanged OK writes nothing).
    static Result<void> edit(EditHistory *history, const QString &id, QWidget *parent);

private:
    void fillContacts(const QString &accountId);
    void showError(const QString &message);

    Store *m_store;
    SatisfactionResponse m_response;
    Submit m_submit;
    QDateEdit *m_date;
    QComboBox *m_source;
    QComboBox *m_contact;
    QSpinBox *m_recommend;
    QComboBox *m_satisfaction;
    QList<QPair<QString, QSpinBox *>> m_dimensions;
    QPlainTextEdit *m_comment;
    QLabel *m_error;
};

} // namespace kam
