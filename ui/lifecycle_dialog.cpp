// SPDX-License-Identifier: GPL-3.0-or-later
#include "lifecycle_dialog.h"

#include "commands/lifecycle_command.h"
#include "widget_helpers.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kam {

LifecycleDialog::LifecycleDialog(EditHistory *history, const QString &accountId, const QString &accountName,
                                 Lifecycle current, const analytics::LifecycleProposal *proposal, QWidget *parent)
    : QDialog(parent)
    , m_history(history)
    , m_accountId(accountId)
    , m_accountName(accountName)
    , m_proposed(proposal ? enumCode(proposal->stage) : QString())
    , m_stage(new QComboBox(this))
    , m_reason(new QPlainTextEdit(this))
    , m_error(makeErrorLabel("lifecycleDialogError", this))
{
    setObjectName(QStringLiteral("lifecycleDialog"));
    setWindowTitle(tr("Change Lifecycle Stage"));

    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setText(tr("%1 is %2 now.").arg(accountName, enumLabel(current)));
    auto *hint = new QLabel(this);
    hint->setObjectName(QStringLiteral("lifecycleDialogProposal"));
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    if (proposal)
        hint->setText(tr("The facts suggest %1: %2").arg(enumLabel(proposal->stage), proposal->reason));
    hint->setVisible(proposal != nullptr);

    m_stage->setObjectName(QStringLiteral("lifecycleStageCombo"));
    fillEnumCombo<Lifecycle>(m_stage);
    setComboEnum(m_stage, current);
    m_reason->setObjectName(QStringLiteral("lifecycleReasonEdit"));
    m_reason->setPlaceholderText(tr("Why the account is at this stage (required)"));
    m_reason->setTabChangesFocus(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Stage:"), m_stage);
    form->addRow(tr("&Reason:"), m_reason);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("lifecycleOkButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LifecycleDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LifecycleDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
}

void LifecycleDialog::accept()
{
    // The store refuses an empty reason and says why; the dialog shows it and stays open.
    auto command = std::make_unique<DecideLifecycleCommand>(m_history, m_accountId, m_accountName,
                                                            comboEnum<Lifecycle>(m_stage), m_proposed,
                                                            m_reason->toPlainText());
    if (Result<void> r = m_history->push(std::move(command)); !r) {
        m_error->setText(r.error().message);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace kam
