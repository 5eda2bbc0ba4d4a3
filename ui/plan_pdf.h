// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QColor>
#include <QPageSize>
#include <QStringList>

#include <functional>

namespace kam {

class Store;
struct PlanReport;
enum class Whitespace;

/// How a plan's PDF is laid out. Labels follow the installed translator.
struct PlanPdfOptions
{
    QPageSize::PageSizeId pageSize = QPageSize::A4; ///< A4 or Letter
};

/// The whitespace grid's cell colour on paper.
/// TODO(lead): one colour per state for the screen and the paper (plan-editor's whitespaceColor).
QColor whitespacePaperColor(Whitespace state);

/// `name` with the characters Windows or macOS refuse in a file name replaced by "_".
QString safeFileName(const QString &name);

/// Lays `report` out as a PDF at `file` (written completely or not at all); returns its pages.
Result<int> writePlanPdf(const PlanReport &report, const QString &file, const PlanPdfOptions &options = {});

/// Reads plan `planId` from `store` and writes its PDF to `file`; returns its pages.
Result<int> exportPlanPdf(const Store &store, const QString &planId, const QString &file,
                          const PlanPdfOptions &options = {});

/// What a batch export did.
struct PlanPdfBatch
{
    QStringList files;    ///< written, in the order of the plan ids
    QStringList failures; ///< one line per plan that could not be written, naming it
    bool cancelled = false;
};

/// Called before each plan with the plans done so far and the plan about to be written;
/// return false to stop (files already written stay).
using PlanPdfProgress = std::function<bool(int done, int total, const QString &planTitle)>;

/// Writes the PDF of each plan in `planIds` into `folder` ("<account> <period>.pdf"), on its own
/// connection to the store at `storePath`, so it may run in a worker thread.
Result<PlanPdfBatch> exportPlansPdf(const QString &storePath, const QStringList &planIds, const QString &folder,
                                    const PlanPdfOptions &options = {}, const PlanPdfProgress &progress = {});

} // namespace kam
