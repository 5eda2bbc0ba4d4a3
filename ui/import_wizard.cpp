// SPDX-License-Identifier: GPL-3.0-or-later
#include "import_wizard.h"

#include "store/app_settings.h"
#include "domain/stages.h"
#include "io/importer.h"
#include "itemmodels/import_preview_model.h"
#include "store/store.h"
#include "widget_helpers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>
#include <atomic>

namespace kam {

/// What the pages hand on to each other.
struct ImportWizardState
{
    Store *store = nullptr;
    std::shared_ptr<const ImportSource> source; ///< null until a file reads
    ImportOptions options; ///< entity, mapping and parsing choices
    std::shared_ptr<ImportPlan> plan; ///< the preview's, run by the last page
    std::optional<ImportReport> report;
};

namespace {

/// How many records the raw preview of the first page shows.
constexpr int kRawPreviewRows = 20;
/// Cells sampled per column to detect number style and date order.
constexpr int kSampleRows = 2000;
/// Distinct values offered for mapping per column; more means it is no choice column.
constexpr int kMaxDistinctValues = 200;

/// Column `column` of `source` (by header name) as sampled cells, missing ones left out.
QStringList columnSamples(const ImportSource &source, const QString &column, int limit)
{
    QStringList samples;
    const qsizetype c = source.header.indexOf(column);
    if (c < 0)
        return samples;
    for (const CsvRecord &r : source.rows) {
        if (samples.size() >= limit)
            break;
        if (c < r.fields.size() && !isMissingCell(r.fields[c]))
            samples << r.fields[c].trimmed();
    }
    return samples;
}

QString delimiterLabel(QChar c)
{
    switch (c.unicode()) {
    case ',':
        return QCoreApplication::translate("kam::ImportWizard", "Comma ( , )");
    case ';':
        return QCoreApplication::translate("kam::ImportWizard", "Semicolon ( ; )");
    case '\t':
        return QCoreApplication::translate("kam::ImportWizard", "Tab");
    case '|':
        return QCoreApplication::translate("kam::ImportWizard", "Vertical bar ( | )");
    default:
        return QString(c);
    }
}

QString lineEndingLabel(LineEnding e)
{
    switch (e) {
    case LineEnding::Lf:
        return QStringLiteral("LF");
    case LineEnding::CrLf:
        return QStringLiteral("CRLF");
    case LineEnding::Cr:
        return QStringLiteral("CR");
    }
    return {};
}

/// Rows of a table of combo boxes, all as high as a combo box.
void setComboRows(QTableWidget *table)
{
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(QComboBox().sizeHint().height() + 2);
}

QTableView *makeTableView(const char *objectName, QWidget *parent)
{
    auto *view = new QTableView(parent);
    setupRowView(view, objectName);
    view->horizontalHeader()->setResizeContentsPrecision(50);
    view->verticalHeader()->hide();
    return view;
}

/// Work off the UI thread with an engine progress callback: the worker writes done / total
/// into atomics and reads the cancel flag; a timer here shows the progress, so the UI thread
/// is neither blocked nor flooded with events.
class BackgroundJob : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundJob(QProgressBar *bar, QObject *parent)
        : QObject(parent)
        , m_bar(bar)
    {
        m_tick.setInterval(100);
        connect(&m_tick, &QTimer::timeout, this, &BackgroundJob::showProgress);
        connect(&m_watcher, &QFutureWatcher<void>::finished, this, [this] {
            m_tick.stop();
            showProgress();
            if (!m_discard)
                emit finished();
        });
    }
    ~BackgroundJob() override { cancelAndWait(); }

    /// Runs `work` on the thread pool; a job under way is cancelled and waited for first.
    void start(std::function<void(const ImportProgress &)> work)
    {
        cancelAndWait();
        m_discard = false;
        m_shared = std::make_shared<Shared>();
        m_bar->setRange(0, 0);
        std::shared_ptr<Shared> shared = m_shared;
        m_watcher.setFuture(QtConcurrent::run([shared, work = std::move(work)] {
            work([shared](qint64 done, qint64 total) {
                shared->done = done;
                shared->total = total;
                return !shared->cancel.load();
            });
        }));
        m_tick.start();
    }
    bool isRunning() const { return m_watcher.isRunning(); }
    /// Asks the work to stop at its next progress report; `finished` follows.
    void cancel()
    {
        if (m_shared)
            m_shared->cancel = true;
    }
    /// Cancels and blocks until the work has stopped; no `finished` is emitted for it.
    void cancelAndWait()
    {
        if (!m_watcher.isRunning())
            return;
        m_discard = true;
        cancel();
        m_watcher.waitForFinished();
        m_tick.stop();
    }

signals:
    void finished();

private:
    struct Shared
    {
        std::atomic_bool cancel = false;
        std::atomic<qint64> done = 0;
        std::atomic<qint64> total = 0;
    };

    void showProgress()
    {
        if (!m_shared || m_shared->total <= 0)
            return;
        // QProgressBar takes int; scale so files of any length fit.
        m_bar->setRange(0, 1000);
        m_bar->setValue(int(m_shared->done * 1000 / m_shared->total));
    }

    QProgressBar *m_bar;
    QFutureWatcher<void> m_watcher;
    QTimer m_tick;
    std::shared_ptr<Shared> m_shared;
    bool m_discard = false;
};

// --- 1: file and entity -----------------------------------------------------------------------

class SourcePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SourcePage(ImportWizardState *state, QWidget *parent = nullptr)
        : QWizardPage(parent)
        , m_state(state)
    {
        setTitle(tr("File and Data"));
        setSubTitle(tr("Choose the CSV file and what its rows are. The encoding, delimiter and "
                       "header row are detected; change them if the preview looks wrong."));

        m_file = new QLineEdit(this);
        m_file->setObjectName(QStringLiteral("importFile"));
        m_file->setPlaceholderText(tr("Path of a .csv file"));
        auto *browse = new QPushButton(tr("Browse…"), this);
        browse->setObjectName(QStringLiteral("importBrowse"));
        auto *fileRow = new QHBoxLayout;
        fileRow->addWidget(m_file, 1);
        fileRow->addWidget(browse);

        m_entity = new QComboBox(this);
        m_entity->setObjectName(QStringLiteral("importEntity"));
        for (ImportEntity e : importEntities())
            m_entity->addItem(importEntityLabel(e), int(e));

        m_detected = new QLabel(this);
        m_detected->setObjectName(QStringLiteral("importDetected"));
        m_detected->setWordWrap(true);
        m_encoding = new QComboBox(this);
        m_encoding->setObjectName(QStringLiteral("importEncoding"));
        for (TextEncoding e :
             { TextEncoding::Utf8, TextEncoding::Utf8Bom, TextEncoding::Gb18030,
               TextEncoding::Windows1252, TextEncoding::Utf16Le, TextEncoding::Utf16Be })
            m_encoding->addItem(encodingName(e).toUpper(), int(e));
        m_delimiter = new QComboBox(this);
        m_delimiter->setObjectName(QStringLiteral("importDelimiter"));
        for (QChar c : { u',', u';', u'\t', u'|' })
            m_delimiter->addItem(delimiterLabel(c), QString(c));
        m_header = new QCheckBox(tr("First row is a header"), this);
        m_header->setObjectName(QStringLiteral("importHasHeader"));
        m_error = makeErrorLabel("importSourceError", this);

        m_raw = new QStandardItemModel(this);
        m_rawView = makeTableView("importRawPreview", this);
        m_rawView->setModel(m_raw);

        auto *form = new QFormLayout;
        form->addRow(tr("File:"), fileRow);
        form->addRow(tr("Import as:"), m_entity);
        form->addRow(tr("Encoding:"), m_encoding);
        form->addRow(tr("Delimiter:"), m_delimiter);
        form->addRow(QString(), m_header);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(form);
        layout->addWidget(m_detected);
        layout->addWidget(m_error);
        layout->addWidget(new QLabel(tr("First records of the file:"), this));
        layout->addWidget(m_rawView, 1);

        connect(browse, &QPushButton::clicked, this, [this] {
            const QString path
                = QFileDialog::getOpenFileName(this, tr("Import CSV"), m_file->text(),
                                               tr("CSV files (*.csv *.txt);;All files (*)"));
            if (!path.isEmpty())
                m_file->setText(path);
        });
        connect(m_file, &QLineEdit::textChanged, this, [this] { load({}); });
        connect(m_entity, &QComboBox::currentIndexChanged, this, [this] {
            m_state->options.entity = ImportEntity(m_entity->currentData().toInt());
        });
        for (QComboBox *combo : { m_encoding, m_delimiter })
            connect(combo, &QComboBox::activated, this, &SourcePage::loadWithOverrides);
        connect(m_header, &QCheckBox::toggled, this, &SourcePage::loadWithOverrides);
        m_state->options.entity = ImportEntity(m_entity->currentData().toInt());
        load({});
    }

    bool isComplete() const override { return m_state->source != nullptr; }

private:
    void loadWithOverrides()
    {
        SourceOptions options;
        options.encoding = TextEncoding(m_encoding->currentData().toInt());
        options.delimiter = m_delimiter->currentData().toString().front();
        options.hasHeader = m_header->isChecked();
        load(options);
    }

    /// Reads the file again on a worker (a large file takes a moment); with no options, what
    /// it detects is shown as detected. A read overtaken by a newer one is dropped.
    void load(const SourceOptions &options)
    {
        const int generation = ++m_generation;
        m_state->source.reset();
        m_raw->clear();
        m_error->hide();
        m_detected->clear();
        emit completeChanged();
        const QString path = m_file->text().trimmed();
        if (!QFileInfo(path).isFile()) {
            if (!path.isEmpty()) {
                m_error->setText(tr("There is no file “%1”.").arg(QDir::toNativeSeparators(path)));
                m_error->show();
            }
            return;
        }
        m_detected->setText(tr("Reading the file…"));
        using Read = std::shared_ptr<Result<ImportSource>>;
        auto *watcher = new QFutureWatcher<Read>(this);
        connect(watcher, &QFutureWatcher<Read>::finished, this,
                [this, watcher, generation, options] {
                    watcher->deleteLater();
                    if (generation == m_generation)
                        showSource(std::move(*watcher->result()), options);
                });
        watcher->setFuture(QtConcurrent::run([path, options] {
            return std::make_shared<Result<ImportSource>>(readImportSource(path, options));
        }));
    }

    void showSource(Result<ImportSource> read, const SourceOptions &options)
    {
        m_detected->clear();
        if (!read) {
            m_error->setText(read.error().message);
            m_error->show();
            return;
        }
        auto source = std::make_shared<ImportSource>(std::move(read).value());
        {
            const QSignalBlocker b1(m_encoding), b2(m_delimiter), b3(m_header);
            m_encoding->setCurrentIndex(m_encoding->findData(int(source->encoding)));
            m_delimiter->setCurrentIndex(m_delimiter->findData(QString(source->dialect.delimiter)));
            m_header->setChecked(source->dialect.hasHeader);
        }
        if (!options.encoding && !options.delimiter && !options.hasHeader)
            m_detected->setText(
                tr("Detected: %1, %2, %3 line endings, %4; %n data record(s).", nullptr,
                   int(source->rows.size()))
                    .arg(encodingName(source->encoding).toUpper(),
                         delimiterLabel(source->dialect.delimiter),
                         lineEndingLabel(source->dialect.lineEnding),
                         source->dialect.hasHeader ? tr("a header row") : tr("no header row")));
        m_raw->setHorizontalHeaderLabels(source->header);
        for (size_t r = 0; r < source->rows.size() && r < size_t(kRawPreviewRows); ++r) {
            QList<QStandardItem *> items;
            for (const QString &cell : source->rows[r].fields)
                items << new QStandardItem(cell);
            m_raw->appendRow(items);
        }
        m_rawView->resizeColumnsToContents();
        m_state->source = std::move(source);
        emit completeChanged();
    }

    ImportWizardState *m_state;
    QLineEdit *m_file;
    QComboBox *m_entity;
    QLabel *m_detected;
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QCheckBox *m_header;
    QLabel *m_error;
    QStandardItemModel *m_raw;
    QTableView *m_rawView;
    int m_generation = 0;
};

// --- 2: column mapping ------------------------------------------------------------------------

class MappingPage : public QWizardPage
{
    Q_OBJECT

public:
    /// Items of a field's column combo before the file's columns.
    enum ColumnItem { NoColumn, ConstantItem, FirstColumn };
    enum TableColumn { FieldCol, SourceCol, ConstantCol };

    explicit MappingPage(ImportWizardState *state, QWidget *parent = nullptr)
        : QWizardPage(parent)
        , m_state(state)
    {
        setTitle(tr("Columns"));
        setSubTitle(tr("Choose the file column each field is read from, or a value for every row. "
                       "Fields marked * are required."));

        m_preset = new QComboBox(this);
        m_preset->setObjectName(QStringLiteral("importPreset"));
        m_preset->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        auto *save = new QPushButton(tr("Save Preset…"), this);
        save->setObjectName(QStringLiteral("importSavePreset"));
        m_delete = new QPushButton(tr("Delete"), this);
        m_delete->setObjectName(QStringLiteral("importDeletePreset"));
        auto *presetRow = new QHBoxLayout;
        presetRow->addWidget(new QLabel(tr("Preset:"), this));
        presetRow->addWidget(m_preset, 1);
        presetRow->addWidget(save);
        presetRow->addWidget(m_delete);

        m_table = new QTableWidget(0, 3, this);
        m_table->setObjectName(QStringLiteral("importMappingTable"));
        m_table->setHorizontalHeaderLabels(
            { tr("Field"), tr("File column"), tr("Value for every row") });
        m_table->verticalHeader()->hide();
        m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
        m_table->setSelectionMode(QAbstractItemView::NoSelection);
        setComboRows(m_table);

        m_numbers = new QComboBox(this);
        m_numbers->setObjectName(QStringLiteral("importNumberStyle"));
        m_numbers->addItem(tr("1,234.56 (dot decimal)"), int(NumberStyle::DotDecimal));
        m_numbers->addItem(tr("1.234,56 (comma decimal)"), int(NumberStyle::CommaDecimal));
        m_dates = new QComboBox(this);
        m_dates->setObjectName(QStringLiteral("importDateOrder"));
        m_dates->addItem(tr("Not chosen"), int(DateOrder::Unknown));
        m_dates->addItem(tr("Day first (05/03/2024 is 5 March)"), int(DateOrder::DayFirst));
        m_dates->addItem(tr("Month first (05/03/2024 is May 3)"), int(DateOrder::MonthFirst));
        m_link = new QComboBox(this);
        m_link->setObjectName(QStringLiteral("importLinkAccountBy"));
        m_link->addItem(tr("ID, credit code, tax ID or name"), int(LinkAccountBy::Any));
        m_link->addItem(tr("Name only"), int(LinkAccountBy::Name));
        m_link->addItem(tr("ID or codes only"), int(LinkAccountBy::Code));
        m_create = new QCheckBox(tr("Create accounts that do not exist"), this);
        m_create->setObjectName(QStringLiteral("importCreateAccounts"));
        m_hint = new QLabel(this);
        m_hint->setObjectName(QStringLiteral("importMappingHint"));
        m_hint->setWordWrap(true);
        m_error = makeErrorLabel("importMappingError", this);

        auto *form = new QFormLayout;
        form->addRow(tr("Numbers:"), m_numbers);
        form->addRow(tr("Dates:"), m_dates);
        form->addRow(tr("Find accounts by:"), m_link);
        form->addRow(QString(), m_create);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(presetRow);
        layout->addWidget(m_table, 1);
        layout->addLayout(form);
        layout->addWidget(m_hint);
        layout->addWidget(m_error);

        connect(m_preset, &QComboBox::activated, this, [this](int index) {
            if (index > 0)
                applyMapping(m_presets[size_t(index - 1)].mapping);
            m_delete->setEnabled(index > 0);
        });
        connect(save, &QPushButton::clicked, this, &MappingPage::savePreset);
        connect(m_delete, &QPushButton::clicked, this, &MappingPage::deletePreset);
        connect(m_numbers, &QComboBox::activated, this, [this] { m_numbersChosen = true; });
        connect(m_dates, &QComboBox::activated, this, [this] {
            m_datesChosen = true;
            updateHint();
        });
    }

    void initializePage() override
    {
        const ImportSource &source = *m_state->source;
        const ImportEntity entity = m_state->options.entity;
        // Back and Next again keep the user's choices while the file's layout is the same.
        const QString layoutKey
            = importEntityKey(entity) + QLatin1Char('\n') + source.header.join(QChar(0x1f));
        if (layoutKey == m_layoutKey)
            return;
        m_layoutKey = layoutKey;
        m_numbersChosen = m_datesChosen = false;
        m_state->options.mapping = {};
        m_table->setRowCount(0);
        m_rows.clear();
        for (const ImportField &f : importFields(entity)) {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            auto *title = new QTableWidgetItem(f.required ? tr("%1 *").arg(f.title()) : f.title());
            title->setFlags(Qt::ItemIsEnabled);
            m_table->setItem(row, FieldCol, title);
            auto *combo = new QComboBox(m_table);
            combo->setObjectName(QStringLiteral("map_") + f.key);
            combo->addItem(tr("(none)"));
            combo->addItem(tr("(value for every row)"));
            combo->addItems(source.header);
            m_table->setCellWidget(row, SourceCol, combo);
            auto *constant = new QLineEdit(m_table);
            constant->setObjectName(QStringLiteral("const_") + f.key);
            constant->setEnabled(false);
            m_table->setCellWidget(row, ConstantCol, constant);
            connect(combo, &QComboBox::currentIndexChanged, this, [this, constant](int index) {
                constant->setEnabled(index == ConstantItem);
                mappingChanged();
            });
            connect(constant, &QLineEdit::textChanged, this, &MappingPage::updateHint);
            m_rows.push_back({ &f, combo, constant });
        }
        bool links = false;
        for (const ImportField &f : importFields(entity))
            links = links || f.reference == Reference::Account;
        m_link->setEnabled(links);
        m_create->setEnabled(links);
        reloadPresets(QString());
        applyMapping(suggestMapping(entity, source.header));
    }

    bool isComplete() const override { return problems().isEmpty(); }

    bool validatePage() override
    {
        ImportOptions &o = m_state->options;
        o.mapping = currentMapping();
        o.numbers = NumberStyle(m_numbers->currentData().toInt());
        o.dates = DateOrder(m_dates->currentData().toInt());
        o.linkAccountBy = LinkAccountBy(m_link->currentData().toInt());
        o.createMissingAccounts = m_create->isEnabled() && m_create->isChecked();
        return true;
    }

private:
    struct Row
    {
        const ImportField *field;
        QComboBox *column;
        QLineEdit *constant;
    };

    /// Columns and constants as the table shows them; value mappings as kept in the state.
    ImportMapping currentMapping() const
    {
        ImportMapping m;
        const QStringList &header = m_state->source->header;
        for (const Row &r : m_rows) {
            const int index = r.column->currentIndex();
            if (index >= FirstColumn)
                m.columns.insert(r.field->key, header[index - FirstColumn]);
            else if (index == ConstantItem && !r.constant->text().trimmed().isEmpty())
                m.constants.insert(r.field->key, r.constant->text().trimmed());
        }
        for (auto it = m_state->options.mapping.values.cbegin();
             it != m_state->options.mapping.values.cend(); ++it)
            if (m.columns.contains(it.key()))
                m.values.insert(it.key(), it.value());
        return m;
    }

    void applyMapping(const ImportMapping &mapping)
    {
        const QStringList &header = m_state->source->header;
        for (const Row &r : m_rows) {
            const QSignalBlocker blocker(r.column);
            const qsizetype column = header.indexOf(mapping.columns.value(r.field->key));
            const bool constant = column < 0 && mapping.constants.contains(r.field->key);
            r.column->setCurrentIndex(column >= 0    ? int(FirstColumn + column)
                                          : constant ? ConstantItem
                                                     : NoColumn);
            r.constant->setEnabled(constant);
            r.constant->setText(constant ? mapping.constants.value(r.field->key) : QString());
        }
        m_state->options.mapping.values = mapping.values;
        mappingChanged();
    }

    /// Detects the number style and date order from the mapped columns (unless the user chose).
    void mappingChanged()
    {
        QStringList numbers, dates;
        const ImportMapping mapping = currentMapping();
        for (const Row &r : m_rows) {
            const QString column = mapping.columns.value(r.field->key);
            if (column.isEmpty())
                continue;
            switch (r.field->kind) {
            case FieldKind::Integer:
            case FieldKind::Number:
            case FieldKind::Amount:
                numbers << columnSamples(*m_state->source, column, kSampleRows);
                break;
            case FieldKind::Date:
            case FieldKind::DateTime:
                dates << columnSamples(*m_state->source, column, kSampleRows);
                break;
            default:
                break;
            }
        }
        if (!m_numbersChosen)
            setComboData(m_numbers, int(detectNumberStyle(numbers)));
        if (!m_datesChosen)
            setComboData(m_dates, int(detectDateOrder(dates)));
        // Only dates that fail without an order and read with one need the user's choice.
        m_datesNeedOrder = std::any_of(dates.cbegin(), dates.cend(), [](const QString &d) {
            return !parseDate(d, DateOrder::Unknown)
                && (parseDate(d, DateOrder::DayFirst) || parseDate(d, DateOrder::MonthFirst));
        });
        updateHint();
    }

    static void setComboData(QComboBox *combo, int data)
    {
        combo->setCurrentIndex(combo->findData(data));
    }

    QStringList problems() const
    {
        QStringList p;
        if (!m_state->source)
            return p;
        const ImportMapping mapping = currentMapping();
        for (const Row &r : m_rows)
            if (r.field->required && !mapping.columns.contains(r.field->key)
                && !mapping.constants.contains(r.field->key))
                p << tr("Choose a column or a value for “%1”.").arg(r.field->title());
        if (m_datesNeedOrder && DateOrder(m_dates->currentData().toInt()) == DateOrder::Unknown)
            p << tr("The dates could be day first or month first: choose which.");
        return p;
    }

    void updateHint()
    {
        m_hint->setText(problems().join(QLatin1Char('\n')));
        emit completeChanged();
    }

    void reloadPresets(const QString &select)
    {
        m_presets.clear();
        const QSignalBlocker blocker(m_preset);
        m_preset->clear();
        m_preset->addItem(tr("(no preset)"));
        Result<std::vector<ImportPreset>> presets = importPresets(*m_state->store);
        if (!presets) {
            showError(presets.error().message);
            return;
        }
        for (ImportPreset &p : std::move(presets).value())
            if (p.entity == m_state->options.entity) {
                m_preset->addItem(p.name);
                m_presets.push_back(std::move(p));
            }
        m_preset->setCurrentIndex(std::max(0, m_preset->findText(select)));
        m_delete->setEnabled(m_preset->currentIndex() > 0);
    }

    void savePreset()
    {
        bool ok = false;
        const QString current = m_preset->currentIndex() > 0 ? m_preset->currentText() : QString();
        const QString name
            = QInputDialog::getText(this, tr("Save Preset"), tr("Name of the preset:"),
                                    QLineEdit::Normal, current, &ok)
                  .trimmed();
        if (!ok || name.isEmpty())
            return;
        const Result<void> saved = saveImportPreset(
            *m_state->store, { name, m_state->options.entity, currentMapping() });
        if (!saved)
            return showError(saved.error().message);
        reloadPresets(name);
    }

    void deletePreset()
    {
        const int index = m_preset->currentIndex();
        if (index <= 0)
            return;
        const Result<void> removed
            = removeImportPreset(*m_state->store, m_state->options.entity, m_preset->currentText());
        if (!removed)
            return showError(removed.error().message);
        reloadPresets(QString());
    }

    void showError(const QString &message)
    {
        m_error->setText(message);
        m_error->show();
    }

    ImportWizardState *m_state;
    QComboBox *m_preset;
    QPushButton *m_delete;
    QTableWidget *m_table;
    QComboBox *m_numbers;
    QComboBox *m_dates;
    QComboBox *m_link;
    QCheckBox *m_create;
    QLabel *m_hint;
    QLabel *m_error;
    std::vector<Row> m_rows;
    std::vector<ImportPreset> m_presets;
    QString m_layoutKey;
    bool m_numbersChosen = false;
    bool m_datesChosen = false;
    bool m_datesNeedOrder = false;
};

// --- 3: value mapping -------------------------------------------------------------------------

class ValuesPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ValuesPage(ImportWizardState *state, QWidget *parent = nullptr)
        : QWizardPage(parent)
        , m_state(state)
    {
        setTitle(tr("Values"));
        setSubTitle(
            tr("Choose what each value of the file's choice and stage columns stands for."));
        m_table = new QTableWidget(0, 4, this);
        m_table->setObjectName(QStringLiteral("importValueTable"));
        m_table->setHorizontalHeaderLabels(
            { tr("Field"), tr("Value in the file"), tr("Rows"), tr("Stands for") });
        m_table->verticalHeader()->hide();
        m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
        m_table->setSelectionMode(QAbstractItemView::NoSelection);
        setComboRows(m_table);
        m_empty = new QLabel(tr("No mapped column holds choices or stages; nothing to map here."),
                             this);
        m_empty->setObjectName(QStringLiteral("importNoValues"));
        m_empty->setWordWrap(true);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_empty);
        layout->addWidget(m_table, 1);
    }

    void initializePage() override
    {
        m_table->setRowCount(0);
        m_combos.clear();
        const ImportMapping &mapping = m_state->options.mapping;
        for (const ImportField &f : importFields(m_state->options.entity)) {
            const QString column = mapping.columns.value(f.key);
            if (column.isEmpty()
                || (f.kind != FieldKind::Choice && f.reference != Reference::Stage))
                continue;
            const QList<std::pair<QString, QString>> targets = targetsOf(f); // label, value
            const QList<std::pair<QString, int>> values = distinctValues(column);
            for (const auto &[value, count] : values) {
                const int row = m_table->rowCount();
                m_table->insertRow(row);
                auto *fieldItem = new QTableWidgetItem(f.title());
                auto *valueItem = new QTableWidgetItem(value);
                auto *countItem = new QTableWidgetItem(QLocale().toString(count));
                for (QTableWidgetItem *item : { fieldItem, valueItem, countItem })
                    item->setFlags(Qt::ItemIsEnabled);
                m_table->setItem(row, 0, fieldItem);
                m_table->setItem(row, 1, valueItem);
                m_table->setItem(row, 2, countItem);
                auto *combo = new QComboBox(m_table);
                combo->setObjectName(QStringLiteral("value:%1:%2").arg(f.key, value));
                combo->addItem(tr("(as written)"), QString());
                for (const auto &[label, target] : targets)
                    combo->addItem(label, target);
                const QString chosen = mapping.values.value(f.key).value(value);
                int index = chosen.isEmpty() ? -1 : combo->findData(chosen);
                for (int i = 1; index < 0 && i < combo->count(); ++i)
                    if (combo->itemText(i).compare(value, Qt::CaseInsensitive) == 0
                        || combo->itemData(i).toString().compare(value, Qt::CaseInsensitive) == 0)
                        index = i;
                combo->setCurrentIndex(std::max(0, index));
                m_table->setCellWidget(row, 3, combo);
                m_combos.push_back({ f.key, value, combo });
            }
        }
        m_empty->setVisible(m_combos.empty());
        m_table->setVisible(!m_combos.empty());
    }

    bool validatePage() override
    {
        QHash<QString, QHash<QString, QString>> &values = m_state->options.mapping.values;
        values.clear();
        for (const Choice &c : m_combos)
            if (const QString target = c.combo->currentData().toString(); !target.isEmpty())
                values[c.field].insert(c.value, target);
        return true;
    }

private:
    struct Choice
    {
        QString field;
        QString value;
        QComboBox *combo;
    };

    QList<std::pair<QString, QString>> targetsOf(const ImportField &f) const
    {
        QList<std::pair<QString, QString>> targets;
        if (f.reference == Reference::Stage) {
            if (Result<std::vector<Stage>> stages = m_state->store->stages())
                for (const Stage &s : *stages)
                    targets.append({ stageName(s), s.key });
            return targets;
        }
        for (const QString &code : f.choices)
            targets.append({ importChoiceLabel(f, code), code });
        return targets;
    }

    /// The column's distinct present values in the order they first appear, with their counts.
    QList<std::pair<QString, int>> distinctValues(const QString &column) const
    {
        const ImportSource &source = *m_state->source;
        const qsizetype c = source.header.indexOf(column);
        QList<std::pair<QString, int>> values;
        QHash<QString, qsizetype> at;
        for (const CsvRecord &r : source.rows) {
            if (c >= r.fields.size() || isMissingCell(r.fields[c]))
                continue;
            const QString v = r.fields[c].trimmed();
            if (const auto it = at.constFind(v); it != at.cend()) {
                ++values[*it].second;
            } else if (values.size() < kMaxDistinctValues) {
                at.insert(v, values.size());
                values.append({ v, 1 });
            }
        }
        return values;
    }

    ImportWizardState *m_state;
    QTableWidget *m_table;
    QLabel *m_empty;
    std::vector<Choice> m_combos;
};

// --- 4: preview -------------------------------------------------------------------------------

/// The action combo of a duplicate row in the preview.
class ActionDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &,
                          const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        for (DuplicateAction a :
             { DuplicateAction::Skip, DuplicateAction::Update, DuplicateAction::Create })
            combo->addItem(ImportPreviewModel::actionLabel(a), duplicateActionKey(a));
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
    }
};

} // namespace

class PreviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit PreviewPage(ImportWizardState *state, QWidget *parent = nullptr)
        : QWizardPage(parent)
        , m_state(state)
    {
        setTitle(tr("Preview"));
        setSubTitle(tr("Every row as it will be imported. Rejected rows are left out; choose what "
                       "happens to rows that duplicate a stored one."));
        setCommitPage(true);
        setButtonText(QWizard::CommitButton, tr("&Import"));

        m_progress = new QProgressBar(this);
        m_progress->setObjectName(QStringLiteral("importPrepareProgress"));
        m_job = new BackgroundJob(m_progress, this);
        m_counts = new QLabel(this);
        m_counts->setObjectName(QStringLiteral("importCounts"));
        m_error = makeErrorLabel("importPreviewError", this);
        m_onDuplicate = new QComboBox(this);
        m_onDuplicate->setObjectName(QStringLiteral("importOnDuplicate"));
        for (DuplicateAction a :
             { DuplicateAction::Skip, DuplicateAction::Update, DuplicateAction::Create })
            m_onDuplicate->addItem(ImportPreviewModel::actionLabel(a), int(a));
        m_filter = new QComboBox(this);
        m_filter->setObjectName(QStringLiteral("importFilter"));
        m_filter->addItem(tr("All rows"), QString());
        m_filter->addItem(tr("Rejected"),
                          ImportPreviewModel::statusKey(PreparedRow::Status::Rejected));
        m_filter->addItem(tr("Duplicates"),
                          ImportPreviewModel::statusKey(PreparedRow::Status::Duplicate));

        m_model = new ImportPreviewModel(this);
        m_proxy = new QSortFilterProxyModel(this);
        m_proxy->setSourceModel(m_model);
        m_proxy->setFilterRole(ImportPreviewModel::StatusKeyRole);
        m_view = makeTableView("importPreviewTable", this);
        m_view->setModel(m_proxy);
        m_view->setItemDelegateForColumn(ImportPreviewModel::Action, new ActionDelegate(m_view));
        m_view->setEditTriggers(QAbstractItemView::AllEditTriggers);

        auto *controls = new QHBoxLayout;
        controls->addWidget(new QLabel(tr("Duplicates:"), this));
        controls->addWidget(m_onDuplicate);
        controls->addSpacing(16);
        controls->addWidget(new QLabel(tr("Show:"), this));
        controls->addWidget(m_filter);
        controls->addStretch(1);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_progress);
        layout->addWidget(m_counts);
        layout->addWidget(m_error);
        layout->addLayout(controls);
        layout->addWidget(m_view, 1);

        connect(m_onDuplicate, &QComboBox::currentIndexChanged, this, [this] {
            m_state->options.onDuplicate = DuplicateAction(m_onDuplicate->currentData().toInt());
            m_model->setDefaultAction(m_state->options.onDuplicate);
        });
        connect(m_filter, &QComboBox::currentIndexChanged, this,
                [this] { m_proxy->setFilterFixedString(m_filter->currentData().toString()); });
        connect(m_job, &BackgroundJob::finished, this, &PreviewPage::prepared);
    }

    void initializePage() override
    {
        m_model->setPlan(nullptr);
        m_state->plan.reset();
        m_counts->clear();
        m_error->hide();
        m_progress->show();
        m_state->options.onDuplicate = DuplicateAction(m_onDuplicate->currentData().toInt());
        m_result = std::make_shared<std::optional<Result<ImportPlan>>>();
        auto result = m_result;
        m_job->start([path = m_state->store->path(), source = m_state->source,
                      options = m_state->options, result](const ImportProgress &progress) {
            // A Store (its QSqlDatabase) belongs to the thread that opened it: open our own.
            Result<std::unique_ptr<Store>> store = Store::open(path);
            if (!store)
                *result = store.error();
            else
                *result = prepareImport(**store, *source, options, progress);
        });
        emit completeChanged();
    }

    void cleanupPage() override
    {
        m_job->cancelAndWait();
        m_model->setPlan(nullptr);
        m_state->plan.reset();
    }

    bool isComplete() const override { return m_state->plan && !m_job->isRunning(); }

    void stop() { m_job->cancelAndWait(); }

private:
    void prepared()
    {
        m_progress->hide();
        if (!m_result->has_value() || !**m_result) {
            m_error->setText(m_result->has_value() ? (**m_result).error().message : QString());
            m_error->show();
            emit completeChanged();
            return;
        }
        m_state->plan = std::make_shared<ImportPlan>(std::move(**m_result).value());
        m_result.reset();
        m_model->setPlan(m_state->plan);
        m_model->setDefaultAction(m_state->options.onDuplicate);
        const ImportPlan &plan = *m_state->plan;
        m_counts->setText(
            tr("%n row(s) — new: %1, duplicates: %2, rejected: %3.", nullptr, int(plan.rows.size()))
                .arg(QLocale().toString(plan.count(PreparedRow::Status::New)),
                     QLocale().toString(plan.count(PreparedRow::Status::Duplicate)),
                     QLocale().toString(plan.count(PreparedRow::Status::Rejected))));
        m_view->resizeColumnsToContents();
        // Wide enough for every action, not only the ones shown now.
        int actionWidth = m_view->columnWidth(ImportPreviewModel::Action);
        for (DuplicateAction a :
             { DuplicateAction::Skip, DuplicateAction::Update, DuplicateAction::Create })
            actionWidth = std::max(
                actionWidth,
                m_view->fontMetrics().horizontalAdvance(ImportPreviewModel::actionLabel(a)) + 40);
        m_view->setColumnWidth(ImportPreviewModel::Action, actionWidth);
        emit completeChanged();
    }

    ImportWizardState *m_state;
    QProgressBar *m_progress;
    BackgroundJob *m_job;
    QLabel *m_counts;
    QLabel *m_error;
    QComboBox *m_onDuplicate;
    QComboBox *m_filter;
    ImportPreviewModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    std::shared_ptr<std::optional<Result<ImportPlan>>> m_result;
};

// --- 5: run and report ------------------------------------------------------------------------

class RunPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit RunPage(ImportWizardState *state, QWidget *parent = nullptr)
        : QWizardPage(parent)
        , m_state(state)
    {
        setTitle(tr("Import"));
        setSubTitle(tr("Rows are written in chunks; cancelling keeps the chunks already written."));
        m_progress = new QProgressBar(this);
        m_progress->setObjectName(QStringLiteral("importRunProgress"));
        m_job = new BackgroundJob(m_progress, this);
        m_cancel = new QPushButton(tr("Cancel Import"), this);
        m_cancel->setObjectName(QStringLiteral("importCancel"));
        m_report = new QLabel(this);
        m_report->setObjectName(QStringLiteral("importReport"));
        m_report->setWordWrap(true);
        m_error = makeErrorLabel("importRunError", this);
        m_errors = new QTableWidget(0, 3, this);
        m_errors->setObjectName(QStringLiteral("importErrors"));
        m_errors->setHorizontalHeaderLabels({ tr("Line"), tr("Column"), tr("Reason") });
        m_errors->verticalHeader()->hide();
        m_errors->horizontalHeader()->setStretchLastSection(true);
        m_errors->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_saveRejected = new QPushButton(tr("Save Rejected Rows…"), this);
        m_saveRejected->setObjectName(QStringLiteral("importSaveRejected"));

        auto *progressRow = new QHBoxLayout;
        progressRow->addWidget(m_progress, 1);
        progressRow->addWidget(m_cancel);
        auto *saveRow = new QHBoxLayout;
        saveRow->addStretch(1);
        saveRow->addWidget(m_saveRejected);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(progressRow);
        layout->addWidget(m_report);
        layout->addWidget(m_error);
        layout->addWidget(m_errors, 1);
        layout->addLayout(saveRow);

        connect(m_cancel, &QPushButton::clicked, this, [this] {
            m_cancel->setEnabled(false);
            m_job->cancel();
        });
        connect(m_saveRejected, &QPushButton::clicked, this, [this] {
            const QString path = QFileDialog::getSaveFileName(
                this, tr("Save Rejected Rows"), tr("rejected-rows.csv"), tr("CSV files (*.csv)"));
            if (path.isEmpty())
                return;
            if (const Result<void> saved = saveRejectedRows(path); !saved)
                QMessageBox::warning(this, tr("Save Rejected Rows"), saved.error().message);
        });
        connect(m_job, &BackgroundJob::finished, this, &RunPage::ran);
    }

    void initializePage() override
    {
        m_state->report.reset();
        m_report->setText(tr("Importing…"));
        m_error->hide();
        m_errors->setRowCount(0);
        m_errors->hide();
        m_saveRejected->hide();
        m_cancel->setEnabled(true);
        m_cancel->show();
        m_output = std::make_shared<Output>();
        m_job->start([path = m_state->store->path(), plan = m_state->plan,
                      out = m_output](const ImportProgress &progress) {
            Result<std::unique_ptr<Store>> opened = Store::open(path);
            if (!opened) {
                out->report = opened.error();
                return;
            }
            Store &store = **opened;
            // Collected here, announced on the window's store once the run is over.
            QObject::connect(
                &store, &Store::rowsChanged, &store,
                [out](const QString &table, const QStringList &ids) { out->changed[table] << ids; },
                Qt::DirectConnection);
            out->report = runImport(store, *plan, progress);
        });
        emit completeChanged();
    }

    bool isComplete() const override { return m_state->report.has_value(); }

    /// Cancels a run under way, waits for it and reports what it left.
    void stop()
    {
        if (!m_job->isRunning())
            return;
        m_job->cancelAndWait();
        ran();
    }

    Result<void> saveRejectedRows(const QString &path) const
    {
        if (!m_state->report)
            return makeError(ErrorCode::Invalid, tr("The import has not run yet."));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return makeError(ErrorCode::Io,
                             tr("Cannot write “%1”: %2")
                                 .arg(QDir::toNativeSeparators(path), file.errorString()));
        return writeRejectedRows(*m_state->report, *m_state->source, &file);
    }

private:
    struct Output
    {
        std::optional<Result<ImportReport>> report;
        QHash<QString, QStringList> changed;
    };

    void ran()
    {
        m_cancel->hide();
        // The worker's own Store told only itself; the window's models follow this one.
        for (auto it = m_output->changed.cbegin(); it != m_output->changed.cend(); ++it)
            m_state->store->announceChanges(it.key(), it.value());
        if (!m_output->report || !*m_output->report) {
            m_error->setText(m_output->report ? m_output->report->error().message : QString());
            m_error->show();
            m_report->setText(tr("The import failed; the store is as after the last whole chunk."));
            m_state->report = ImportReport {};
            emit completeChanged();
            return;
        }
        m_state->report = m_output->report->value();
        const ImportReport &r = *m_state->report;
        const QLocale l;
        QString text = tr("%n row(s) read — imported: %1, updated: %2, skipped: %3, rejected: %4.",
                          nullptr, int(r.read))
                           .arg(l.toString(r.imported), l.toString(r.updated),
                                l.toString(r.skipped), l.toString(r.rejected));
        if (r.cancelled)
            text = tr("Cancelled. %1 The rows after the last whole chunk were not written.")
                       .arg(text);
        m_report->setText(text);
        m_errors->setRowCount(int(r.errors.size()));
        for (int i = 0; i < int(r.errors.size()); ++i) {
            const ImportIssue &issue = r.errors[size_t(i)];
            m_errors->setItem(i, 0, new QTableWidgetItem(QLocale().toString(issue.row)));
            m_errors->setItem(i, 1, new QTableWidgetItem(issue.column));
            m_errors->setItem(i, 2, new QTableWidgetItem(issue.reason));
        }
        m_errors->resizeColumnsToContents();
        m_errors->setVisible(!r.errors.empty());
        m_saveRejected->setVisible(r.rejected > 0);
        emit completeChanged();
    }

    ImportWizardState *m_state;
    QProgressBar *m_progress;
    BackgroundJob *m_job;
    QPushButton *m_cancel;
    QLabel *m_report;
    QLabel *m_error;
    QTableWidget *m_errors;
    QPushButton *m_saveRejected;
    std::shared_ptr<Output> m_output;
};

// --- the wizard -------------------------------------------------------------------------------

ImportWizard::ImportWizard(Store *store, QWidget *parent)
    : QWizard(parent)
    , m_state(std::make_unique<ImportWizardState>())
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import CSV"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    m_state->store = store;
    m_state->options.defaultCurrency = defaultCurrency(*store); // for rows without a currency column
    setPage(SourcePageId, new SourcePage(m_state.get(), this));
    setPage(MappingPageId, new MappingPage(m_state.get(), this));
    setPage(ValuesPageId, new ValuesPage(m_state.get(), this));
    m_preview = new PreviewPage(m_state.get(), this);
    setPage(PreviewPageId, m_preview);
    m_run = new RunPage(m_state.get(), this);
    setPage(RunPageId, m_run);
    resize(900, 640);
}

ImportWizard::~ImportWizard()
{
    stopWork();
}

void ImportWizard::setChunkSize(int rows)
{
    m_state->options.chunkSize = rows;
}

Result<void> ImportWizard::saveRejectedRows(const QString &path) const
{
    return m_run->saveRejectedRows(path);
}

void ImportWizard::stopWork()
{
    m_preview->stop();
    m_run->stop();
}

void ImportWizard::done(int result)
{
    stopWork();
    QWizard::done(result);
}

} // namespace kam

#include "import_wizard.moc"
