// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync_status_widget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>

namespace kam {

using State = sync::SyncStatus::State;

SyncStatusWidget::SyncStatusWidget(sync::SyncController *sync, QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    setObjectName(QStringLiteral("syncStatus"));
    m_label->setObjectName(QStringLiteral("syncStatusLabel"));
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_cancel->setObjectName(QStringLiteral("syncCancelButton"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the sync; what was received so far is kept"));
    m_cancel->setAutoRaise(true);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_label->setTextFormat(Qt::RichText);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, sync, &sync::SyncController::cancel);
    connect(sync, &sync::SyncController::statusChanged, this, &SyncStatusWidget::display);
    connect(m_label, &QLabel::linkActivated, this, &SyncStatusWidget::conflictsRequested);
    display(sync->status());
}

QString SyncStatusWidget::describe(const sync::SyncStatus &s)
{
    const QLocale locale;
    const QString pending = tr("%n change(s) not yet sent", nullptr, int(std::min<qint64>(s.pending, INT_MAX)));
    QString text;
    switch (s.state) {
    case State::SignedOut:
        text = tr("Not logged in to a sync server");
        break;
    case State::Offline:
        text = tr("Offline");
        break;
    case State::Syncing:
        text = s.total > 0 ? tr("Syncing %1 of %2").arg(locale.toString(s.done), locale.toString(s.total))
                           : tr("Syncing…");
        break;
    case State::UpToDate:
    case State::Conflicts:
        text = s.pending > 0 ? pending : tr("Up to date");
        break;
    case State::Error:
        text = tr("Sync failed: %1").arg(s.message);
        break;
    }
    const bool waiting = s.state == State::SignedOut || s.state == State::Offline || s.state == State::Error;
    if (waiting && s.pending > 0)
        text += QStringLiteral(" · ") + pending;
    if (s.conflicts > 0)
        text += QStringLiteral(" · ") + tr("%n conflict(s)", nullptr, s.conflicts);
    return text;
}

void SyncStatusWidget::display(const sync::SyncStatus &s)
{
    QString text = describe(s).toHtmlEscaped();
    if (s.conflicts > 0) {
        // The conflict count opens the Conflicts view.
        const QString count = tr("%n conflict(s)", nullptr, s.conflicts).toHtmlEscaped();
        text.replace(count, QStringLiteral("<a href=\"conflicts\">%1</a>").arg(count));
    }
    m_label->setText(text);
    QString tip = s.message;
    if (s.lastSync.isValid())
        tip += (tip.isEmpty() ? QString() : QStringLiteral("\n"))
            + tr("Last sync: %1").arg(QLocale().toString(s.lastSync.toLocalTime(), QLocale::ShortFormat));
    m_label->setToolTip(tip);
    const bool running = s.state == State::Syncing;
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    if (running) {
        // Unknown totals show a busy bar; a percentage keeps the range small for huge counts.
        m_progress->setRange(0, s.total > 0 ? 1000 : 0);
        if (s.total > 0)
            m_progress->setValue(int(std::min<qint64>(1000, s.done * 1000 / s.total)));
    }
}

} // namespace kam
