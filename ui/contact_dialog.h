// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "domain/result.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace kam {

class Store;

/// Creates or edits one contact. OK hands the contact to `submit` (which pushes the undo
/// command); the dialog closes only when that succeeded, otherwise it shows the store's message.
class ContactDialog : public QDialog
{
    Q_OBJECT

public:
    using Submit = std::function<Result<void>(const Contact &)>;

    /// `contact.accountId` must be set; an empty meta.id means a new contact.
    ContactDialog(Store *store, const Contact &contact, Submit submit, QWidget *parent = nullptr);

    Contact contact() const;

    void accept() override;

private:
    Contact m_contact;
    Submit m_submit;
    QLineEdit *m_name;
    QLineEdit *m_title;
    QLineEdit *m_department;
    QLineEdit *m_phone;
    QLineEdit *m_email;
    QComboBox *m_role;
    QSpinBox *m_influence;
    QComboBox *m_stance;
    QComboBox *m_relationship;
    QComboBox *m_reportsTo;
    QCheckBox *m_active;
    QPlainTextEdit *m_notes;
    QLabel *m_error;
};

} // namespace kam
