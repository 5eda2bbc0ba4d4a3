// SPDX-License-Identifier: GPL-3.0-or-later
#include "tier_dialog.h"

#include "widget_helpers.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kam {

TierDialog::TierDialog(EditHistory *history, TierDecision decision, const QString &accountName, Tier current,
                       QWidget *parent)
    : QDialog(parent)
    , m_history(history)
    , m_decision(std::move(decision))
    , m_accountName(accountName)
    , m_tier(new QComboBox(this))
    , m_reason(new QPlainTextEdit(this))
    , m_error(makeErrorLabel("tierDialogError", this))
{
    setObjectName(QStringLiteral("tierDialog"));
    setWindowTitle(tr("Set Tier"));

    auto *intro = new QLabel(tr("%1 is %2 now.").arg(accountName, enumLabel(current)), this);
    intro->setWordWrap(true);
    auto *hint = new QLabel(this);
    hint->setObjectName(QStringLiteral("tierDialogProposal"));
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    const std::optional<Tier> proposed = enumFromCode<Tier>(m_decision.proposed);
    if (proposed)
        hint->setText(tr("%1 scores %2 and proposes %3.")
                          .arg(m_decision.modelName, QLocale().toString(m_decision.score, 'f', 1), enumLabel(*proposed)));
    hint->setVisible(proposed.has_value());

    m_tier->setObjectName(QStringLiteral("tierCombo"));
    fillEnumCombo<Tier>(m_tier);
    setComboEnum(m_tier, m_decision.tier);
    m_reason->setObjectName(QStringLiteral("tierReasonEdit"));
    m_reason->setPlaceholderText(tr("Why the account belongs in this tier (required)"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlainText(m_decision.reason);
    auto *form = new QFormLayout;
    form->addRow(tr("&Tier:"), m_tier);
    form->addRow(tr("&Reason:"), m_reason);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("tierOkButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &TierDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TierDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
}

void TierDialog::accept()
{
    TierDecision d = m_decision;
    d.tier = comboEnum<Tier>(m_tier);
    d.reason = m_reason->toPlainText().trimmed();
    if (d.reason.isEmpty()) {
        m_error->setText(tr("Say why the account belongs in this tier."));
        m_error->show();
        return;
    }
    const QString text = tr("Set the tier of %1 to %2").arg(m_accountName, enumLabel(d.tier));
    if (Result<void> r = m_history->push(std::make_unique<DecideTierCommand>(m_history, text, std::vector{d})); !r) {
        m_error->setText(r.error().message);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace kam
