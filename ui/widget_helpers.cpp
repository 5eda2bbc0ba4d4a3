// SPDX-License-Identifier: GPL-3.0-or-later
#include "widget_helpers.h"

#include "io/table_export.h"
#include "store/store.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QImageReader>
#include <QLabel>
#include <QMessageBox>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTreeView>

namespace kam {

void setComboId(QComboBox *combo, const QString &id, int role)
{
    combo->setCurrentIndex(id.isEmpty() ? -1 : combo->findData(id, role));
}

QString formatAmount(const Money &money, const QLocale &locale)
{
    int digits = currencyDigits(money.currency);
    qint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    const qint64 absMinor = money.minor < 0 ? -money.minor : money.minor;
    QString text = locale.toString(absMinor / scale);
    if (digits > 0)
        text += locale.decimalPoint() + QStringLiteral("%1").arg(absMinor % scale, digits, 10, QLatin1Char('0'));
    if (money.minor < 0)
        text.prepend(locale.negativeSign());
    return text;
}

QString formatLocalTime(const QDateTime &utc, const QLocale &locale)
{
    if (!utc.isValid())
        return {};
    return locale.toString(utc.toLocalTime(), QLocale::ShortFormat);
}

void setupRowView(QAbstractItemView *view, const char *objectName)
{
    view->setObjectName(QLatin1String(objectName));
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    if (auto *table = qobject_cast<QTableView *>(view)) {
        table->setWordWrap(false);
        table->verticalHeader()->hide();
        table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
        table->horizontalHeader()->setStretchLastSection(true);
        table->horizontalHeader()->setHighlightSections(false);
    } else if (auto *tree = qobject_cast<QTreeView *>(view)) {
        tree->setWordWrap(false);
        tree->setUniformRowHeights(true);
        tree->header()->setStretchLastSection(true);
    }
}

std::optional<SavedExport> saveExport(QWidget *parent, Store &store, const QString &title,
                                      const QString &what, const QString &suggestedName,
                                      const std::vector<ExportChoice> &choices)
{
    QString path = qEnvironmentVariable("KAM_EXPORT_PATH");
    QString selectedFilter = choices.front().filter;
    if (path.isEmpty()) {
        QStringList filters;
        for (const ExportChoice &c : choices)
            filters << c.filter;
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        path = QFileDialog::getSaveFileName(parent, title,
                                            QDir(folder).filePath(suggestedName + u'.' + choices.front().format),
                                            filters.join(QStringLiteral(";;")), &selectedFilter);
        if (path.isEmpty())
            return std::nullopt;
    }
    auto choice = std::find_if(choices.begin(), choices.end(),
                               [&](const ExportChoice &c) { return c.filter == selectedFilter; });
    if (choice == choices.end())
        choice = choices.begin();
    // "accounts.json" typed under the CSV filter means JSON.
    const QString suffix = QFileInfo(path).suffix();
    if (choice->format.compare(suffix, Qt::CaseInsensitive) != 0)
        if (auto bySuffix = std::find_if(choices.begin(), choices.end(),
                                         [&](const ExportChoice &c) {
                                             return c.format.compare(suffix, Qt::CaseInsensitive) == 0;
                                         });
            bySuffix != choices.end())
            choice = bySuffix;

    QSaveFile file(path);
    Result<int> rows = file.open(QIODevice::WriteOnly) ? choice->write(&file)
                                                       : Result<int>(makeError(ErrorCode::Io, file.errorString()));
    if (rows && !file.commit())
        rows = makeError(ErrorCode::Io, file.errorString());
    if (!rows) {
        QMessageBox::warning(parent, title,
                             QCoreApplication::translate("kam::Export", "Cannot write %1: %2")
                                 .arg(QDir::toNativeSeparators(path), rows.error().message));
        return std::nullopt;
    }
    // The audit log names the file, not the folder it went to.
    if (Result<ExportRecord> r = store.recordExport(what, choice->format, *rows, QFileInfo(path).fileName()); !r)
        QMessageBox::warning(parent, title,
                             QCoreApplication::translate("kam::Export",
                                                         "%1 was written, but the export could not be recorded in "
                                                         "the export log: %2")
                                 .arg(QDir::toNativeSeparators(path), r.error().message));
    return SavedExport{path, *rows};
}

void addCsvExport(QAbstractItemView *view, const QString &suggestedName, Store &store)
{
    auto *action = new QAction(QCoreApplication::translate("kam::Export", "Export to CSV…"), view);
    action->setObjectName(QStringLiteral("actionExportCsv"));
    if (view->contextMenuPolicy() == Qt::DefaultContextMenu)
        view->setContextMenuPolicy(Qt::ActionsContextMenu);
    view->addAction(action);
    QObject::connect(action, &QAction::triggered, view, [view, suggestedName, &store] {
        QHeaderView *header = nullptr;
        if (auto *table = qobject_cast<QTableView *>(view))
            header = table->horizontalHeader();
        else if (auto *tree = qobject_cast<QTreeView *>(view))
            header = tree->header();
        std::vector<int> columns;
        for (int visual = 0; header && visual < header->count(); ++visual)
            if (const int logical = header->logicalIndex(visual); !header->isSectionHidden(logical))
                columns.push_back(logical);
        const auto csv = [view, columns](CsvWriter::Bom bom) {
            return [view, columns, bom](QIODevice *device) {
                return exportTableToCsv(*view->model(), columns, device, bom);
            };
        };
        saveExport(view, store, QCoreApplication::translate("kam::Export", "Export to CSV"), suggestedName,
                   suggestedName,
                   {{QCoreApplication::translate("kam::Export", "CSV for Excel, UTF-8 with BOM (*.csv)"),
                     QStringLiteral("csv"), csv(CsvWriter::Bom::Yes)},
                    {QCoreApplication::translate("kam::Export", "CSV, UTF-8 (*.csv)"), QStringLiteral("csv"),
                     csv(CsvWriter::Bom::No)}});
    });
}

const QStringList &offeredCurrencies()
{
    static const QStringList codes = {QStringLiteral("CNY"), QStringLiteral("USD"), QStringLiteral("EUR"),
                                      QStringLiteral("JPY"), QStringLiteral("HKD"), QStringLiteral("GBP")};
    return codes;
}

QIcon kamIcon(const QString &name)
{
    static const bool svg = QImageReader::supportedImageFormats().contains("svg");
    if (svg)
        return QIcon(QStringLiteral(":/icons/%1.svg").arg(name));
    // Without the Qt SVG plugin an SVG icon paints nothing; the style's icons at least show.
    static const QHash<QString, QStyle::StandardPixmap> fallback = {
        {QStringLiteral("account-new"), QStyle::SP_FileIcon},
        {QStringLiteral("contact-new"), QStyle::SP_FileDialogNewFolder},
        {QStringLiteral("delete"), QStyle::SP_TrashIcon},
        {QStringLiteral("undo"), QStyle::SP_ArrowBack},
        {QStringLiteral("redo"), QStyle::SP_ArrowForward},
        {QStringLiteral("export"), QStyle::SP_DialogSaveButton},
        {QStringLiteral("find"), QStyle::SP_FileDialogContentsView},
        {QStringLiteral("view-table"), QStyle::SP_FileDialogDetailedView},
        {QStringLiteral("view-tree"), QStyle::SP_FileDialogListView},
        {QStringLiteral("filter-clear"), QStyle::SP_DialogResetButton},
        {QStringLiteral("kamdesk"), QStyle::SP_ComputerIcon},
    };
    return QApplication::style()->standardIcon(fallback.value(name, QStyle::SP_CustomBase));
}

QLabel *makeErrorLabel(const char *objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    label->hide();
    return label;
}

} // namespace kam
