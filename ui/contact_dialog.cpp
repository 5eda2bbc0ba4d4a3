// SPDX-License-Identifier: GPL-3.0-or-later
#include "contact_dialog.h"

#include "store/store.h"
#include "widget_helpers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kam {

ContactDialog::ContactDialog(Store *store, const Contact &contact, Submit submit, QWidget *parent)
    : QDialog(parent)
    , m_contact(contact)
    , m_submit(std::move(submit))
{
    setObjectName(QStringLiteral("contactDialog"));
    setWindowTitle(contact.meta.id.isEmpty() ? tr("New Contact") : tr("Edit Contact"));

    auto make = [this](const char *name, int maxLength) {
        auto *e = new QLineEdit(this);
        e->setObjectName(QLatin1String(name));
        e->setMaxLength(maxLength);
        return e;
    };
    m_name = make("contactName", 100);
    m_title = make("contactTitle", 100);
    m_department = make("contactDepartment", 100);
    m_phone = make("contactPhone", 40);
    m_email = make("contactEmail", 200);
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("contactRole"));
    fillEnumCombo<BuyingRole>(m_role);
    m_influence = new QSpinBox(this);
    m_influence->setObjectName(QStringLiteral("contactInfluence"));
    m_influence->setRange(1, 5);
    m_influence->setToolTip(tr("1 = little influence on the buying decision, 5 = decisive"));
    m_stance = new QComboBox(this);
    m_stance->setObjectName(QStringLiteral("contactStance"));
    fillEnumCombo<Stance>(m_stance);
    m_relationship = new QComboBox(this);
    m_relationship->setObjectName(QStringLiteral("contactRelationship"));
    m_relationship->setToolTip(tr("How well our team knows this person and is trusted by them"));
    for (int strength = 0; strength <= kMaxRelationship; ++strength)
        m_relationship->addItem(tr("%1 – %2").arg(strength).arg(relationshipLabel(strength)), strength);
    m_reportsTo = new QComboBox(this);
    m_reportsTo->setObjectName(QStringLiteral("contactReportsTo"));
    m_reportsTo->setPlaceholderText(tr("Nobody"));
    m_reportsTo->addItem(tr("Nobody"), QString());
    if (Result<std::vector<Contact>> others = store->contacts(contact.accountId)) {
        for (const Contact &c : *others) {
            if (c.meta.id == contact.meta.id)
                continue;
            m_reportsTo->addItem(c.title.isEmpty() ? c.name : tr("%1 (%2)").arg(c.name, c.title),
                                 c.meta.id);
        }
    }
    m_active = new QCheckBox(tr("Still works at the account"), this);
    m_active->setObjectName(QStringLiteral("contactActive"));
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("contactNotes"));
    m_notes->setTabChangesFocus(true);
    m_error = makeErrorLabel("contactDialogError", this);

    m_name->setText(contact.name);
    m_title->setText(contact.title);
    m_department->setText(contact.department);
    m_phone->setText(contact.phone);
    m_email->setText(contact.email);
    setComboEnum(m_role, contact.buyingRole);
    m_influence->setValue(contact.influence);
    setComboEnum(m_stance, contact.stance);
    m_relationship->setCurrentIndex(m_relationship->findData(contact.relationship));
    m_reportsTo->setCurrentIndex(qMax(0, m_reportsTo->findData(contact.reportsToId)));
    m_active->setChecked(contact.active);
    m_notes->setPlainText(contact.notes);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Department:"), m_department);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&Buying role:"), m_role);
    form->addRow(tr("&Influence (1–5):"), m_influence);
    form->addRow(tr("&Stance:"), m_stance);
    form->addRow(tr("Relations&hip with us:"), m_relationship);
    form->addRow(tr("&Reports to:"), m_reportsTo);
    form->addRow(QString(), m_active);
    form->addRow(tr("N&otes:"), m_notes);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("contactDialogButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ContactDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ContactDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_name->setFocus();
    resize(460, sizeHint().height());
}

Contact ContactDialog::contact() const
{
    Contact c = m_contact;
    c.name = m_name->text().trimmed();
    c.title = m_title->text().trimmed();
    c.department = m_department->text().trimmed();
    c.phone = m_phone->text().trimmed();
    c.email = m_email->text().trimmed();
    c.buyingRole = comboEnum<BuyingRole>(m_role);
    c.influence = m_influence->value();
    c.stance = comboEnum<Stance>(m_stance);
    c.relationship = m_relationship->currentData().toInt();
    c.reportsToId = m_reportsTo->currentData().toString();
    c.active = m_active->isChecked();
    c.notes = m_notes->toPlainText();
    return c;
}

void ContactDialog::accept()
{
    if (Result<void> r = m_submit(contact()); !r) {
        m_error->setText(r.error().message);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace kam
