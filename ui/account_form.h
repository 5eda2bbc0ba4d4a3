// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "domain/result.h"

#include <QWidget>

class QAbstractItemModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QSpinBox;
class QToolButton;

namespace kam {

class Store;

/// Every field of an account, editable. One widget for the "New account" dialog and the
/// Overview tab. It only edits a copy: the caller turns account() into an undo command, and
/// the store decides what is valid (showError() shows its message).
class AccountForm : public QWidget
{
    Q_OBJECT

public:
    /// `accounts` is the portfolio's account model (AccountIdRole), used by the parent picker.
    AccountForm(Store *store, QAbstractItemModel *accounts, QWidget *parent = nullptr);

    /// Loads `account` (a new, empty one for a create); the form is clean afterwards.
    void setAccount(const Account &account);
    const Account &loadedAccount() const { return m_loaded; }

    /// The loaded account with the form's values; an error when a field cannot be read
    /// (an amount that is not a number).
    Result<Account> account() const;
    bool isDirty() const;

    void showError(const QString &message);
    void clearError();

    /// Re-reads the users for the owner picker.
    void reloadUsers();

signals:
    /// A field was changed by the user.
    void edited();

private:
    void onEdited();
    void updateRevenuePreview();

    Store *m_store;
    Account m_loaded;
    /// Shows `m_parentChoice` in the group picker (none when it is not in the list).
    void showParentChoice();

    /// The group the form holds: the loaded one or the user's pick. Kept apart from the picker,
    /// which changes by itself when a sync brings rows (QComboBox selects the first row that
    /// arrives in an empty list) and cannot show a group that has not arrived yet.
    QString m_parentChoice;
    bool m_parentListChanging = false;
    /// The loaded owner while the picker cannot show it (the user row has not arrived yet).
    QString m_unshownOwner;
    bool m_loading = false;
    QSortFilterProxyModel *m_parentModel;

    QLineEdit *m_legalName;
    QLineEdit *m_shortName;
    QComboBox *m_kind;
    QLineEdit *m_industry;
    QLineEdit *m_region;
    QLineEdit *m_address;
    QLineEdit *m_creditCode;
    QLineEdit *m_taxId;
    QComboBox *m_parent;
    QToolButton *m_parentClear;
    QComboBox *m_tier;
    QComboBox *m_lifecycle;
    QComboBox *m_owner;
    QComboBox *m_currency;
    QLineEdit *m_revenue;
    QLabel *m_revenuePreview;
    QComboBox *m_strategicFit; ///< "not rated", then 1…5
    QSpinBox *m_overdueDays;
    QPlainTextEdit *m_notes;
    QLabel *m_error;
};


} // namespace kam
