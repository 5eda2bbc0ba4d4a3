// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "domain/result.h"

#include <QDialog>

#include <functional>

class QAbstractItemModel;

namespace kam {

class AccountForm;
class Store;

/// "New account": the AccountForm in a dialog. OK hands the account to `submit` (which pushes
/// the create command) and closes only when that succeeded; otherwise the store's message shows.
class AccountDialog : public QDialog
{
    Q_OBJECT

public:
    using Submit = std::function<Result<void>(const Account &)>;

    AccountDialog(Store *store, QAbstractItemModel *accounts, const Account &account, Submit submit,
                  QWidget *parent = nullptr);

    AccountForm *form() const { return m_form; }
    void accept() override;

private:
    AccountForm *m_form;
    Submit m_submit;
};

} // namespace kam
