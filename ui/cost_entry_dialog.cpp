// SPDX-License-Identifier: GPL-3.0-or-later
#include "cost_entry_dialog.h"

#include "commands/edit_history.h"
#include "commands/store_commands.h"
#include "store/row_codec.h"
#include "store/store.h"
#include "widget_helpers.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace kam {

CostEntryDialog::CostEntryDialog(const CostEntry &entry, Submit submit, QWidget *parent)
    : QDialog(parent)
    , m_entry(entry)
    , m_submit(std::move(submit))
    , m_day(new QDateEdit(this))
    , m_kind(new QComboBox(this))
    , m_amount(new QLineEdit(this))
    , m_currency(new QComboBox(this))
    , m_note(new QLineEdit(this))
    , m_error(makeErrorLabel("costEntryDialogError", this))
{
    setObjectName(QStringLiteral("costEntryDialog"));
    setWindowTitle(entry.meta.id.isEmpty() ? tr("Add Cost") : tr("Edit Cost"));

    m_day->setObjectName(QStringLiteral("costDayEdit"));
    m_day->setCalendarPopup(true);
    m_day->setDate(entry.incurredOn.isValid() ? entry.incurredOn : QDate::currentDate());
    m_kind->setObjectName(QStringLiteral("costKindCombo"));
    fillEnumCombo<CostKind>(m_kind);
    setComboEnum(m_kind, entry.kind);
    m_amount->setObjectName(QStringLiteral("costAmountEdit"));
    m_amount->setPlaceholderText(formatAmount(Money{0, entry.currency}));
    if (entry.amountMinor != 0)
        m_amount->setText(formatAmount(entry.amount()));
    m_currency->setObjectName(QStringLiteral("costCurrencyCombo"));
    m_currency->setEditable(true);
    m_currency->addItems(offeredCurrencies());
    m_currency->setCurrentText(entry.currency);
    m_note->setObjectName(QStringLiteral("costNoteEdit"));
    m_note->setMaxLength(300);
    m_note->setText(entry.note);

    auto *amountRow = new QHBoxLayout;
    amountRow->addWidget(m_amount, 1);
    amountRow->addWidget(m_currency);
    auto *amountLabel = new QLabel(tr("A&mount:"), this);
    amountLabel->setBuddy(m_amount); // a row holding a layout gets no buddy from QFormLayout

    auto *form = new QFormLayout;
    form->addRow(tr("&Day:"), m_day);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(amountLabel, amountRow);
    form->addRow(tr("&Note:"), m_note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &CostEntryDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CostEntryDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

Result<CostEntry> CostEntryDialog::entry() const
{
    CostEntry e = m_entry;
    e.incurredOn = m_day->date();
    e.kind = comboEnum<CostKind>(m_kind);
    e.currency = m_currency->currentText().trimmed().toUpper();
    e.note = m_note->text().trimmed();
    Result<Money> amount = parseMoney(m_amount->text(), e.currency);
    if (!amount)
        return amount.error();
    e.amountMinor = amount->minor;
    return e;
}

void CostEntryDialog::accept()
{
    Result<CostEntry> e = entry();
    if (!e) {
        showError(e.error().message);
        return;
    }
    if (Result<void> r = m_submit(*e); !r) {
        showError(r.error().message);
        return;
    }
    QDialog::accept();
}

void CostEntryDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

QString CostEntryDialog::addNew(EditHistory *history, const QString &accountId, QWidget *parent)
{
    CostEntry e;
    e.accountId = accountId;
    e.incurredOn = history->store()->now().toLocalTime().date();
    if (Result<Account> a = history->store()->get<Account>(accountId))
        e.currency = a->currency;
    QString createdId;
    CostEntryDialog dialog(
        e,
        [&](const CostEntry &entry) { return pushCreate(history, entry, createdId); },
        parent);
    dialog.exec();
    return createdId;
}

Result<void> CostEntryDialog::edit(EditHistory *history, const QString &id, QWidget *parent)
{
    Result<CostEntry> before = history->store()->get<CostEntry>(id);
    if (!before)
        return before.error();
    CostEntryDialog dialog(
        *before,
        [&](const CostEntry &after) { return pushEdit(history, *before, after); },
        parent);
    dialog.exec();
    return {};
}

} // namespace kam
