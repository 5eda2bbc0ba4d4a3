// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan_dialog.h"

#include "commands/store_commands.h"
#include "widget_helpers.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kam {

NewPlanDialog::NewPlanDialog(EditHistory *history, const QString &accountId, QWidget *parent)
    : QDialog(parent)
    , m_history(history)
    , m_accountId(accountId)
    , m_year(new QSpinBox(this))
    , m_part(new QComboBox(this))
    , m_title(new QLineEdit(this))
    , m_error(makeErrorLabel("newPlanError", this))
{
    setObjectName(QStringLiteral("newPlanDialog"));
    setWindowTitle(tr("New Plan"));
    m_year->setObjectName(QStringLiteral("newPlanYear"));
    m_year->setRange(2000, 2100);
    m_year->setGroupSeparatorShown(false);
    m_year->setValue(QDate::currentDate().year() + 1); // plans are made for the coming year
    m_part->setObjectName(QStringLiteral("newPlanPart"));
    m_part->addItem(tr("Whole year"), QString());
    m_part->addItem(tr("First half"), QStringLiteral("-H1"));
    m_part->addItem(tr("Second half"), QStringLiteral("-H2"));
    m_title->setObjectName(QStringLiteral("newPlanTitle"));
    m_title->setMaxLength(200);
    m_title->setPlaceholderText(tr("e.g. Grow the service business"));

    auto *periodRow = new QHBoxLayout;
    periodRow->addWidget(m_year);
    periodRow->addWidget(m_part, 1);
    auto *periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_year);
    auto *form = new QFormLayout;
    form->addRow(periodLabel, periodRow);
    form->addRow(tr("&Title:"), m_title);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("newPlanOk"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewPlanDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewPlanDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_title->setFocus();
    resize(420, sizeHint().height());
}

QString NewPlanDialog::period() const
{
    return QString::number(m_year->value()) + m_part->currentData().toString();
}

void NewPlanDialog::accept()
{
    Plan plan;
    plan.accountId = m_accountId;
    plan.period = period();
    plan.title = m_title->text().trimmed();
    plan.ownerId = m_history->store()->currentUserId();
    auto command = std::make_unique<CreateCommand<Plan>>(m_history, plan);
    const QString id = command->rowId();
    if (Result<void> r = m_history->push(std::move(command)); !r) {
        m_error->setText(r.error().message);
        m_error->show();
        return;
    }
    emit created(id);
    QDialog::accept();
}

} // namespace kam
