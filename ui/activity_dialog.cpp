// SPDX-License-Identifier: GPL-3.0-or-later
#include "activity_dialog.h"

#include "commands/edit_history.h"
#include "commands/store_commands.h"
#include "itemmodels/activity_model.h"
#include "store/store.h"
#include "widget_helpers.h"

#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace kam {

ActivityDialog::ActivityDialog(Store *store, const Activity &activity, Submit submit, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_activity(activity)
    , m_submit(std::move(submit))
{
    setObjectName(QStringLiteral("activityDialog"));
    setWindowTitle(activity.meta.id.isEmpty() ? tr("Log Activity") : tr("Edit Activity"));

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("activityKindCombo"));
    fillEnumCombo<ActivityKind>(m_kind);
    m_when = new QDateTimeEdit(this);
    m_when->setObjectName(QStringLiteral("activityWhenEdit"));
    m_when->setCalendarPopup(true);
    m_account = new QComboBox(this);
    m_account->setObjectName(QStringLiteral("activityAccountCombo"));
    if (Result<std::vector<Account>> accounts = store->accounts()) {
        std::vector<Account> sorted = std::move(accounts).value();
        const QCollator collator;
        std::sort(sorted.begin(), sorted.end(), [&](const Account &x, const Account &y) {
            return collator.compare(displayName(x), displayName(y)) < 0;
        });
        for (const Account &a : sorted)
            m_account->addItem(displayName(a), a.meta.id);
    }
    m_contacts = new QListWidget(this);
    m_contacts->setObjectName(QStringLiteral("activityContactList"));
    m_contacts->setMaximumHeight(m_contacts->fontMetrics().height() * 6);
    m_deal = new QComboBox(this);
    m_deal->setObjectName(QStringLiteral("activityDealCombo"));
    m_summary = new QLineEdit(this);
    m_summary->setObjectName(QStringLiteral("activitySummaryEdit"));
    m_summary->setMaxLength(300);
    m_outcome = new QPlainTextEdit(this);
    m_outcome->setObjectName(QStringLiteral("activityOutcomeEdit"));
    m_outcome->setTabChangesFocus(true);
    m_outcome->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // it wraps
    m_outcome->setFixedHeight(m_outcome->fontMetrics().lineSpacing() * 4 + 2 * m_outcome->frameWidth() + 8);
    m_hasNextStep = new QCheckBox(tr("Has a next step"), this);
    m_hasNextStep->setObjectName(QStringLiteral("activityHasDueCheck"));
    m_nextStep = new QLineEdit(this);
    m_nextStep->setObjectName(QStringLiteral("activityNextStepEdit"));
    m_nextStep->setMaxLength(300);
    m_due = new QDateEdit(this);
    m_due->setObjectName(QStringLiteral("activityDueEdit"));
    m_due->setCalendarPopup(true);
    m_done = new QCheckBox(tr("Done"), this);
    m_done->setObjectName(QStringLiteral("activityDoneCheck"));
    m_cost = new QLineEdit(this);
    m_cost->setObjectName(QStringLiteral("activityCostEdit"));
    m_cost->setPlaceholderText(formatAmount(Money{0, activity.currency}));
    m_currency = new QComboBox(this);
    m_currency->setObjectName(QStringLiteral("activityCurrencyCombo"));
    m_currency->setEditable(true);
    m_currency->addItems(offeredCurrencies());
    m_error = makeErrorLabel("activityDialogError", this);

    setComboEnum(m_kind, activity.kind);
    m_when->setDateTime(activity.occurredAt.toLocalTime());
    setComboId(m_account, activity.accountId);
    showAccount(activity.accountId);
    m_summary->setText(activity.summary);
    m_outcome->setPlainText(activity.outcome);
    m_hasNextStep->setChecked(hasNextStep(activity));
    m_nextStep->setText(activity.nextStep);
    m_due->setDate(activity.dueOn.isValid() ? activity.dueOn
                                            : activity.occurredAt.toLocalTime().date().addDays(7));
    m_done->setChecked(activity.done);
    if (activity.costMinor != 0)
        m_cost->setText(formatAmount(Money{activity.costMinor, activity.currency}));
    m_currency->setCurrentText(activity.currency);
    const auto enableNextStep = [this](bool on) {
        m_nextStep->setEnabled(on);
        m_due->setEnabled(on);
        m_done->setEnabled(on);
    };
    enableNextStep(m_hasNextStep->isChecked());
    connect(m_hasNextStep, &QCheckBox::toggled, this, enableNextStep);
    connect(m_account, &QComboBox::currentIndexChanged, this,
            [this] { showAccount(m_account->currentData().toString()); });

    auto *nextStepRow = new QHBoxLayout;
    nextStepRow->addWidget(m_nextStep, 1);
    nextStepRow->addWidget(new QLabel(tr("due"), this));
    nextStepRow->addWidget(m_due);
    nextStepRow->addWidget(m_done);
    auto *costRow = new QHBoxLayout;
    costRow->addWidget(m_cost, 1);
    costRow->addWidget(m_currency);

    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&When:"), m_when);
    form->addRow(tr("&Account:"), m_account);
    form->addRow(tr("&Contacts:"), m_contacts);
    form->addRow(tr("D&eal:"), m_deal);
    form->addRow(tr("&Summary:"), m_summary);
    form->addRow(tr("&Outcome:"), m_outcome);
    form->addRow(QString(), m_hasNextStep);
    // A row holding a layout gets no buddy from QFormLayout, so its mnemonic needs one here.
    const auto buddyLabel = [this](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy);
        return label;
    };
    form->addRow(buddyLabel(tr("&Next step:"), m_nextStep), nextStepRow);
    form->addRow(buddyLabel(tr("C&ost:"), m_cost), costRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("activityOkButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ActivityDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ActivityDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_summary->setFocus();
    resize(560, sizeHint().height());
}

void ActivityDialog::showAccount(const QString &accountId)
{
    // The activity's own contacts stay ticked while its account is shown.
    const QStringList ticked = accountId == m_activity.accountId ? m_activity.contacts() : QStringList();
    m_contacts->clear();
    if (Result<std::vector<Contact>> contacts = m_store->contacts(accountId)) {
        for (const Contact &c : *contacts) {
            auto *item = new QListWidgetItem(c.title.isEmpty() ? c.name : tr("%1 (%2)").arg(c.name, c.title),
                                             m_contacts);
            item->setData(Qt::UserRole, c.meta.id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(ticked.contains(c.meta.id) ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_deal->clear();
    m_deal->addItem(tr("No deal"), QString());
    if (Result<std::vector<Opportunity>> deals = m_store->opportunities({accountId}))
        for (const Opportunity &o : *deals)
            m_deal->addItem(o.title, o.meta.id);
    m_deal->setCurrentIndex(qMax(0, m_deal->findData(m_activity.opportunityId)));
}

Activity ActivityDialog::activity() const
{
    Activity a = m_activity;
    a.kind = comboEnum<ActivityKind>(m_kind);
    a.occurredAt = m_when->dateTime().toUTC();
    a.accountId = m_account->currentData().toString();
    QStringList contacts;
    for (int i = 0; i < m_contacts->count(); ++i)
        if (m_contacts->item(i)->checkState() == Qt::Checked)
            contacts << m_contacts->item(i)->data(Qt::UserRole).toString();
    a.contactIds = contacts.join(u',');
    a.opportunityId = m_deal->currentData().toString();
    a.summary = m_summary->text().trimmed();
    a.outcome = m_outcome->toPlainText().trimmed();
    const bool next = m_hasNextStep->isChecked();
    a.nextStep = next ? m_nextStep->text().trimmed() : QString();
    a.dueOn = next ? m_due->date() : QDate();
    a.done = next && m_done->isChecked();
    a.currency = m_currency->currentText().trimmed().toUpper();
    return a;
}

void ActivityDialog::accept()
{
    Activity a = activity();
    if (!m_cost->text().trimmed().isEmpty()) {
        Result<Money> cost = parseMoney(m_cost->text(), a.currency);
        if (!cost) {
            showError(cost.error().message);
            return;
        }
        a.costMinor = cost->minor;
    } else {
        a.costMinor = 0;
    }
    if (Result<void> r = m_submit(a); !r) {
        showError(r.error().message);
        return;
    }
    QDialog::accept();
}

void ActivityDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

QString ActivityDialog::logNew(EditHistory *history, const QString &accountId, QWidget *parent)
{
    Store *store = history->store();
    Activity a;
    a.accountId = accountId;
    const QDateTime now = store->now().toLocalTime();
    a.occurredAt = QDateTime(now.date(), QTime(now.time().hour(), now.time().minute())).toUTC();
    a.ownerId = store->currentUserId();
    QString createdId;
    ActivityDialog dialog(
        store, a, [&](const Activity &activity) { return pushCreate(history, activity, createdId); }, parent);
    dialog.exec();
    return createdId;
}

Result<void> ActivityDialog::edit(EditHistory *history, const QString &id, QWidget *parent)
{
    Result<Activity> before = history->store()->get<Activity>(id);
    if (!before)
        return before.error();
    ActivityDialog dialog(
        history->store(), *before, [&](const Activity &after) { return pushEdit(history, *before, after); }, parent);
    dialog.exec();
    return {};
}

Result<void> setNextStepDone(EditHistory *history, const QString &id, bool done)
{
    Result<Activity> before = history->store()->get<Activity>(id);
    if (!before)
        return before.error();
    if (before->done == done)
        return {};
    Activity after = *before;
    after.done = done;
    auto command = std::make_unique<EditCommand<Activity>>(history, *before, after);
    command->setText(done ? QCoreApplication::translate("kam::Commands", "Mark done: %1").arg(after.nextStep)
                          : QCoreApplication::translate("kam::Commands", "Reopen: %1").arg(after.nextStep));
    return history->push(std::move(command));
}

} // namespace kam
