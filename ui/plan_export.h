// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QWidget;

namespace kam {

class Store;

/// Asks where to save the PDF of plan `planId` and writes it; a failure is shown in a message
/// box. The one entry point of "Export plan to PDF" for the menu and the plan editor.
void exportPlanToPdf(QWidget *parent, const Store &store, const QString &planId);

/// Asks for a folder and writes the PDF of each plan in `planIds` there off the UI thread,
/// with a progress dialog that can cancel, then sums up what was written and what failed.
void exportPlansToPdf(QWidget *parent, const Store &store, const QStringList &planIds);

} // namespace kam
