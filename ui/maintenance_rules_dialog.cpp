// SPDX-License-Identifier: GPL-3.0-or-later
#include "maintenance_rules_dialog.h"

#include "store/pipeline_settings.h"
#include "widget_helpers.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kam {

MaintenanceRulesForm::MaintenanceRulesForm(Store *store, QFormLayout *form, QWidget *parent)
    : m_store(store)
{
    const Result<analytics::MaintenanceRules> rules = maintenanceRules(*store);
    if (!rules)
        m_loadError = rules.error().message;
    auto *intro = new QLabel(tr("Remind me when an account has had no contact for longer than:"), parent);
    intro->setWordWrap(true);
    form->addRow(intro);
    for (const EnumEntry<Tier> &e : enumEntries<Tier>()) {
        auto *spin = new QSpinBox(parent);
        spin->setObjectName(QStringLiteral("maintenanceDays_%1").arg(enumCode(e.value)));
        // Wider than the store allows, so that the store's rule is the one that refuses and says why.
        spin->setRange(0, 99999);
        spin->setSuffix(tr(" days"));
        spin->setSpecialValueText(tr("No reminder"));
        spin->setValue(rules ? rules->intervalFor(e.value) : 0);
        form->addRow(tr("%1:").arg(enumLabel(e.value)), spin);
        m_days[e.value] = spin;
    }
}

Result<void> MaintenanceRulesForm::save()
{
    analytics::MaintenanceRules rules;
    for (const auto &[tier, spin] : m_days)
        rules.days[tier] = spin->value();
    return setMaintenanceRules(*m_store, rules);
}

MaintenanceRulesDialog::MaintenanceRulesDialog(Store *store, QWidget *parent)
    : QDialog(parent)
    , m_rows(new QFormLayout)
    , m_form(store, m_rows, this)
    , m_error(makeErrorLabel("maintenanceRulesError", this))
{
    setObjectName(QStringLiteral("maintenanceRulesDialog"));
    setWindowTitle(tr("Maintenance Intervals"));

    if (!m_form.loadError().isEmpty()) {
        m_error->setText(m_form.loadError());
        m_error->show();
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("maintenanceRulesOkButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &MaintenanceRulesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MaintenanceRulesDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_rows);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(380, sizeHint().height());
}

void MaintenanceRulesDialog::accept()
{
    if (Result<void> r = m_form.save(); !r) {
        m_error->setText(r.error().message);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace kam
