// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan_export.h"

#include "plan_pdf.h"
#include "store/store.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPromise>
#include <QStandardPaths>
#include <QtConcurrent>

#include <memory>

namespace kam {

class PlanExport
{
    Q_DECLARE_TR_FUNCTIONS(kam::PlanExport)
};

namespace {

/// Letter where the system measures in inches (US), A4 elsewhere.
PlanPdfOptions localOptions()
{
    PlanPdfOptions o;
    o.pageSize = QLocale::system().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter
                                                                                     : QPageSize::A4;
    return o;
}

QString documents()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace

void exportPlanToPdf(QWidget *parent, const Store &store, const QString &planId)
{
    Result<Plan> plan = store.get<Plan>(planId);
    if (!plan) {
        QMessageBox::warning(parent, PlanExport::tr("Export Plan to PDF"), plan.error().message);
        return;
    }
    const QString name = safeFileName(plan->title);
    const QString path = QFileDialog::getSaveFileName(parent, PlanExport::tr("Export Plan to PDF"),
                                                      QDir(documents()).filePath(name + QStringLiteral(".pdf")),
                                                      PlanExport::tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor); // about a second: not worth a thread
    Result<int> written = exportPlanPdf(store, planId, path, localOptions());
    QApplication::restoreOverrideCursor();
    if (!written)
        QMessageBox::warning(parent, PlanExport::tr("Export Plan to PDF"), written.error().message);
}

void exportPlansToPdf(QWidget *parent, const Store &store, const QStringList &planIds)
{
    const QString folder = QFileDialog::getExistingDirectory(parent, PlanExport::tr("Export All Plans to PDF"),
                                                             documents());
    if (folder.isEmpty())
        return;
    auto *dialog = new QProgressDialog(PlanExport::tr("Writing the plans…"), PlanExport::tr("Cancel"), 0,
                                       int(planIds.size()), parent);
    dialog->setWindowTitle(PlanExport::tr("Export All Plans to PDF"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setMinimumDuration(0);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    // The worker opens its own connection to the store file and hands back its batch here; a
    // cancelled QFuture keeps no result, so the batch comes back through this shared slot.
    auto outcome = std::make_shared<std::optional<Result<PlanPdfBatch>>>();
    auto *watcher = new QFutureWatcher<void>(dialog);
    QObject::connect(watcher, &QFutureWatcher<void>::progressValueChanged, dialog, &QProgressDialog::setValue);
    QObject::connect(watcher, &QFutureWatcher<void>::progressTextChanged, dialog, &QProgressDialog::setLabelText);
    QObject::connect(dialog, &QProgressDialog::canceled, watcher, &QFutureWatcher<void>::cancel);
    QObject::connect(watcher, &QFutureWatcher<void>::finished, dialog, [dialog, outcome, parent, folder] {
        dialog->close();
        if (!*outcome || !**outcome) {
            QMessageBox::warning(parent, PlanExport::tr("Export All Plans to PDF"),
                                 *outcome ? (**outcome).error().message : PlanExport::tr("The export stopped."));
            return;
        }
        const PlanPdfBatch &batch = ***outcome;
        QString summary = batch.cancelled
            ? PlanExport::tr("Cancelled after %n plan(s) written to %1.", nullptr, int(batch.files.size()))
            : PlanExport::tr("%n plan(s) written to %1.", nullptr, int(batch.files.size()));
        summary = summary.arg(QDir::toNativeSeparators(folder));
        if (!batch.failures.isEmpty())
            summary += QStringLiteral("\n\n") + PlanExport::tr("Not written:") + QStringLiteral("\n")
                + batch.failures.join(u'\n');
        if (batch.failures.isEmpty())
            QMessageBox::information(parent, PlanExport::tr("Export All Plans to PDF"), summary);
        else
            QMessageBox::warning(parent, PlanExport::tr("Export All Plans to PDF"), summary);
    });
    const QString storePath = store.path();
    const PlanPdfOptions options = localOptions();
    watcher->setFuture(QtConcurrent::run([=](QPromise<void> &promise) {
        promise.setProgressRange(0, int(planIds.size()));
        *outcome = exportPlansPdf(storePath, planIds, folder, options,
                                  [&promise](int done, int total, const QString &title) {
                                      promise.setProgressValueAndText(
                                          done, title.isEmpty() ? QString()
                                                                : PlanExport::tr("Plan %1 of %2: %3")
                                                                      .arg(done + 1)
                                                                      .arg(total)
                                                                      .arg(title));
                                      return !promise.isCanceled();
                                  });
    }));
    dialog->show();
}

} // namespace kam
