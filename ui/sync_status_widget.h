// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/sync_controller.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace kam {

/// The status bar's sync part: the state in words (offline, syncing n of m, up to date,
/// n conflicts, error with its reason), a progress bar and a cancel button while it runs.
class SyncStatusWidget : public QWidget
{
    Q_OBJECT

public:
    explicit SyncStatusWidget(sync::SyncController *sync, QWidget *parent = nullptr);

    /// The words for a status, as the label shows them.
    static QString describe(const sync::SyncStatus &status);

signals:
    /// The user clicked the conflict count.
    void conflictsRequested();

private:
    void display(const sync::SyncStatus &status);

    QLabel *m_label;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
};

} // namespace kam
