// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QWizard>

#include <memory>

namespace kam {

class Store;
struct ImportWizardState;
class PreviewPage;
class RunPage;

/// The CSV import: file and entity (with the detected encoding, delimiter and header, which
/// the user may override), column mapping with presets, value mapping of choice and stage
/// columns, a preview of every row with per-row duplicate actions, then the run with progress,
/// cancel and a report. Preparing and running happen on worker threads, each on its own Store
/// opened on the same file; `store` then announces the change so every view refreshes.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { SourcePageId, MappingPageId, ValuesPageId, PreviewPageId, RunPageId };

    explicit ImportWizard(Store *store, QWidget *parent = nullptr);
    /// Cancels a prepare or run under way and waits for it.
    ~ImportWizard() override;

    /// Rows per transaction of the run (ImportOptions::chunkSize).
    void setChunkSize(int rows);
    /// Writes the rejected rows of the finished run as CSV (what "Save rejected rows…" does).
    Result<void> saveRejectedRows(const QString &path) const;

    /// Closing while work runs cancels it and waits, so the store is left between chunks.
    void done(int result) override;

private:
    void stopWork();

    std::unique_ptr<ImportWizardState> m_state;
    PreviewPage *m_preview = nullptr;
    RunPage *m_run = nullptr;
};

} // namespace kam
