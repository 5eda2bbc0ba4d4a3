// SPDX-License-Identifier: GPL-3.0-or-later
#include "warning_review_dialog.h"

#include "commands/store_commands.h"
#include "itemmodels/churn_monitor.h"
#include "widget_helpers.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kam {

WarningReviewDialog::WarningReviewDialog(EditHistory *history, ChurnMonitor *monitor, const QString &accountId,
                                         const QString &accountName, WarningReviewKind kind, QWidget *parent)
    : QDialog(parent)
    , m_history(history)
    , m_monitor(monitor)
    , m_accountId(accountId)
    , m_accountName(accountName)
    , m_kind(kind)
    , m_note(new QPlainTextEdit(this))
    , m_error(makeErrorLabel("warningReviewError", this))
{
    setObjectName(QStringLiteral("warningReviewDialog"));
    const bool snooze = kind == WarningReviewKind::Snoozed;
    setWindowTitle(snooze ? tr("Snooze Warning") : tr("Acknowledge Warning"));

    const analytics::ChurnScore *score = monitor->score(accountId);
    auto *intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("warningReviewIntro"));
    intro->setWordWrap(true);
    intro->setText(snooze ? tr("Hide the warning for %1 (risk score %L2) until the day below. It comes back "
                               "earlier if the score rises or another signal fires.")
                                .arg(accountName)
                                .arg(score ? score->score : 0)
                          : tr("Mark the warning for %1 (risk score %L2) as seen. It becomes new again if "
                               "the score rises or another signal fires.")
                                .arg(accountName)
                                .arg(score ? score->score : 0));

    m_note->setObjectName(QStringLiteral("warningNoteEdit"));
    m_note->setPlaceholderText(tr("What you are doing about it, e.g. a visit booked for next week"));
    m_note->setTabChangesFocus(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Note:"), m_note);
    if (snooze) {
        m_until = new QDateEdit(this);
        m_until->setObjectName(QStringLiteral("warningSnoozeUntilEdit"));
        m_until->setCalendarPopup(true);
        m_until->setMinimumDate(monitor->today().addDays(1));
        m_until->setDate(monitor->today().addDays(14));
        form->addRow(tr("&Until:"), m_until);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("warningReviewOkButton"));
    ok->setText(snooze ? tr("&Snooze") : tr("&Acknowledge"));
    connect(buttons, &QDialogButtonBox::accepted, this, &WarningReviewDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &WarningReviewDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
}

void WarningReviewDialog::accept()
{
    const analytics::ChurnScore *score = m_monitor->score(m_accountId);
    if (!score) {
        m_error->setText(tr("The account has no risk score yet; try again when scoring has finished."));
        m_error->show();
        return;
    }
    Store *store = m_history->store();
    WarningReview review;
    review.accountId = m_accountId;
    review.kind = m_kind;
    review.score = score->score;
    review.signalCodes = score->firedCodes();
    if (m_until)
        review.snoozedUntil = m_until->date();
    review.note = m_note->toPlainText().trimmed();
    review.reviewedAt = store->now();
    review.reviewedBy = store->currentUserId();
    auto command = std::make_unique<CreateCommand<WarningReview>>(m_history, review);
    command->setText(m_kind == WarningReviewKind::Snoozed
                         ? QCoreApplication::translate("kam::Commands", "Snooze the warning for %1").arg(m_accountName)
                         : QCoreApplication::translate("kam::Commands", "Acknowledge the warning for %1").arg(m_accountName));
    if (Result<void> r = m_history->push(std::move(command)); !r) {
        m_error->setText(r.error().message);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace kam
