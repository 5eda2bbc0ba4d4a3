// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV import wizard driven page by page through its widgets (found by objectName): a
// UTF-8 accounts file with a choice column to map, a duplicate and a rejected row; a GB18030
// contacts file linked to stored accounts by name; and a cancelled run of a large file, which
// must leave whole chunks only. With KAM_SCREENSHOT_DIR set, every page is saved as a PNG (in
// KAM_SCREENSHOT_LANG when set).

#include "app_language.h"
#include "store/app_settings.h"
#include "import_wizard.h"
#include "io/import_schema.h"
#include "itemmodels/import_preview_model.h"
#include "support/gui_driver.h"
#include "support/result_check.h"
#include "support/store_fixture.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace kam;
using kam::test::child;
using kam::test::screenshot;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

/// The key of the entity's field that links to an account ("account" or the like).
QString accountFieldKey(ImportEntity entity)
{
    for (const ImportField &f : importFields(entity))
        if (f.reference == Reference::Account)
            return f.key;
    return {};
}

QComboBox *mapCombo(QWidget *wizard, const QString &key)
{
    return wizard->findChild<QComboBox *>(QStringLiteral("map_") + key);
}

} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<ImportWizard> m_wizard;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    ImportPreviewModel *previewModel() const { return m_wizard->findChild<ImportPreviewModel *>(); }

    /// Opens the wizard on `file` as `entity` and goes to the mapping page.
    void start(const QString &file, ImportEntity entity, const QString &shotPrefix = {})
    {
        m_wizard = std::make_unique<ImportWizard>(m_store.get());
        m_wizard->resize(960, 680);
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
        m_tester = std::make_unique<QAbstractItemModelTester>(
            previewModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *entities = child<QComboBox>(m_wizard.get(), "importEntity");
        entities->setCurrentIndex(entities->findData(int(entity)));
        child<QLineEdit>(m_wizard.get(), "importFile")->setText(file);
        // the file is read on a worker
        QTRY_VERIFY_WITH_TIMEOUT(m_wizard->button(QWizard::NextButton)->isEnabled(), 20000);
        if (!shotPrefix.isEmpty())
            screenshot(m_wizard.get(), shotPrefix + QStringLiteral("-1-file.png"));
        m_wizard->next();
        QCOMPARE(m_wizard->currentId(), int(ImportWizard::MappingPageId));
    }

    /// From the values page: to the preview, waiting for it to be prepared.
    void toPreview()
    {
        QCOMPARE(m_wizard->currentId(), int(ImportWizard::ValuesPageId));
        m_wizard->next();
        QCOMPARE(m_wizard->currentId(), int(ImportWizard::PreviewPageId));
        QTRY_VERIFY_WITH_TIMEOUT(m_wizard->button(QWizard::CommitButton)->isEnabled(), 60000);
        QVERIFY(previewModel()->plan());
    }

    /// From the preview: runs the import and waits for the report.
    void run()
    {
        m_wizard->next();
        QCOMPARE(m_wizard->currentId(), int(ImportWizard::RunPageId));
        QTRY_VERIFY_WITH_TIMEOUT(m_wizard->button(QWizard::FinishButton)->isEnabled(), 60000);
    }

private slots:
    void initTestCase()
    {
        if (const QString lang = qEnvironmentVariable("KAM_SCREENSHOT_LANG"); !lang.isEmpty())
            installTranslations(lang);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = test::openStore(*m_dir);
        QVERIFY(m_store);
    }

    void cleanup()
    {
        m_tester.reset();
        m_wizard.reset();
        m_store.reset();
        m_dir.reset();
    }

    void importsAccountsWithValueMappingDuplicateAndRejectedRow()
    {
        // Given a stored account with the credit code the file's second row repeats
        Account stored = test::sampleAccount(QStringLiteral("Baosteel Old Name"), 2);
        const Result<Account> created = m_store->create(stored);
        KAM_VERIFY_RESULT(created);
        const QString file = m_dir->filePath("accounts.csv");
        writeFile(file,
                  QStringLiteral("Legal name,Credit code,Kind,Industry\n"
                                 "Anshan Iron Works,%1,Enterprise,Steel\n"
                                 "Baosteel Group,%2,Enterprise,Metals\n"
                                 "Chengdu Trading,%3,Partner,Retail\n"
                                 ",%4,Enterprise,Retail\n")
                      .arg(test::creditCode(1), test::creditCode(2), test::creditCode(3),
                           test::creditCode(4))
                      .toUtf8());
        QSignalSpy announced(m_store.get(), &Store::rowsChanged);

        // When the wizard reads it
        start(file, ImportEntity::Accounts, QStringLiteral("import-accounts"));

        // Then the header suggests the mapping
        QCOMPARE(mapCombo(m_wizard.get(), "legal_name")->currentText(),
                 QStringLiteral("Legal name"));
        QCOMPARE(mapCombo(m_wizard.get(), "credit_code")->currentText(),
                 QStringLiteral("Credit code"));
        QCOMPARE(mapCombo(m_wizard.get(), "kind")->currentText(), QStringLiteral("Kind"));
        screenshot(m_wizard.get(), QStringLiteral("import-accounts-2-columns.png"));
        m_wizard->next();

        // And the kind column's values are offered, a label already matched, "Partner" mapped by
        // hand
        QCOMPARE(m_wizard->currentId(), int(ImportWizard::ValuesPageId));
        auto *enterprise
            = m_wizard->findChild<QComboBox *>(QStringLiteral("value:kind:Enterprise"));
        auto *partner = m_wizard->findChild<QComboBox *>(QStringLiteral("value:kind:Partner"));
        QVERIFY(enterprise && partner);
        QCOMPARE(enterprise->currentData().toString(), QStringLiteral("enterprise"));
        QCOMPARE(partner->currentData().toString(), QString());
        partner->setCurrentIndex(partner->findData(QStringLiteral("channel")));
        screenshot(m_wizard.get(), QStringLiteral("import-accounts-3-values.png"));
        toPreview();

        // The preview: two new, one duplicate of the stored account, one rejected (no name)
        ImportPreviewModel *model = previewModel();
        const ImportPlan &plan = *model->plan();
        QCOMPARE(plan.count(PreparedRow::Status::New), 2);
        QCOMPARE(plan.count(PreparedRow::Status::Duplicate), 1);
        QCOMPARE(plan.count(PreparedRow::Status::Rejected), 1);
        QVERIFY(child<QLabel>(m_wizard.get(), "importCounts")->text().contains(QLatin1String("4")));
        auto *view = child<QTableView>(m_wizard.get(), "importPreviewTable");
        auto *filter = child<QComboBox>(m_wizard.get(), "importFilter");
        filter->setCurrentIndex(filter->findData(QStringLiteral("rejected")));
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, ImportPreviewModel::Line).data().toInt(), 5);
        QVERIFY(!view->model()->index(0, ImportPreviewModel::Issues).data().toString().isEmpty());
        filter->setCurrentIndex(filter->findData(QStringLiteral("duplicate")));
        QCOMPARE(view->model()->rowCount(), 1);
        const QModelIndex action = view->model()->index(0, ImportPreviewModel::Action);
        QCOMPARE(action.data(Qt::EditRole).toString(), QStringLiteral("skip"));
        QVERIFY(view->model()
                    ->index(0, ImportPreviewModel::Duplicate)
                    .data()
                    .toString()
                    .contains("Baosteel"));
        // a rejected row's action is not editable, a duplicate's is
        QVERIFY(!(model->flags(model->index(3, ImportPreviewModel::Action)) & Qt::ItemIsEditable));
        QVERIFY(view->model()->setData(action, QStringLiteral("update")));
        QCOMPARE(action.data().toString(),
                 ImportPreviewModel::actionLabel(DuplicateAction::Update));
        filter->setCurrentIndex(0);
        screenshot(m_wizard.get(), QStringLiteral("import-accounts-4-preview.png"));

        // When it runs
        run();
        screenshot(m_wizard.get(), QStringLiteral("import-accounts-5-report.png"));

        // Then two accounts are new, the duplicate updated, the nameless row rejected
        QCOMPARE(*m_store->count(QStringLiteral("accounts")), 3);
        const Account updated = *m_store->get<Account>(created->meta.id);
        QCOMPARE(updated.legalName, QStringLiteral("Baosteel Group"));
        QCOMPARE(updated.industry, QStringLiteral("Metals"));
        bool sawChannel = false;
        for (const Account &a : *m_store->accounts())
            sawChannel = sawChannel
                || (a.legalName == QLatin1String("Chengdu Trading")
                    && a.kind == AccountKind::Channel);
        QVERIFY(sawChannel);
        QVERIFY(child<QLabel>(m_wizard.get(), "importReport")->text().contains(QLatin1String("1")));
        // the window's store announced the accounts written by the worker's own store
        bool accountsAnnounced = false;
        for (const QList<QVariant> &args : announced)
            accountsAnnounced
                = accountsAnnounced || args.at(0).toString() == QLatin1String("accounts");
        QVERIFY(accountsAnnounced);
        // and the rejected row can be saved for fixing
        const QString rejected = m_dir->filePath("rejected.csv");
        KAM_VERIFY_RESULT(m_wizard->saveRejectedRows(rejected));
        QFile saved(rejected);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(saved.readAll()).contains(test::creditCode(4)));
    }

    void importsGb18030ContactsLinkedByAccountName()
    {
        // Given two stored accounts and a contacts file from Chinese Excel
        const QString baosteel
            = m_store->create(test::sampleAccount(QStringLiteral("上海宝钢股份有限公司")))->meta.id;
        const QString huawei
            = m_store->create(test::sampleAccount(QStringLiteral("华为技术有限公司")))->meta.id;
        const QString file = m_dir->filePath("contacts-gb18030.csv");
        writeFile(file,
                  QByteArray::fromHex("d0d5c3fb2cbfcdbba72cd3cacfe42cd6b0cebb0d0ad5c5ceb02cc9cfbaa3"
                                      "b1a6b8d6b9c9b7ddd3d0cfdeb9ab"
                                      "cbbe2c7a68616e672e7765694062616f737465656c2e6578616d706c652c"
                                      "b2c9b9babeadc0ed0d0ac0eec4"
                                      "c82cbbaaceaabcbccaf5d3d0cfdeb9abcbbe2c6c692e6e61406875617765"
                                      "692e6578616d706c652cbcbccaf5"
                                      "d7dcbce00d0a"));

        // When the wizard reads it, it detects GB18030 and shows the decoded records
        start(file, ImportEntity::Contacts);
        m_wizard->back();
        QCOMPARE(child<QComboBox>(m_wizard.get(), "importEncoding")->currentData().toInt(),
                 int(TextEncoding::Gb18030));
        auto *raw = qobject_cast<QStandardItemModel *>(
            child<QTableView>(m_wizard.get(), "importRawPreview")->model());
        QVERIFY(raw);
        QAbstractItemModelTester rawTester(raw,
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(raw->rowCount(), 2);
        QCOMPARE(raw->index(0, 0).data().toString(), QStringLiteral("张伟"));
        screenshot(m_wizard.get(), QStringLiteral("import-contacts-1-file.png"));
        // An encoding override reads the file again: as Windows-1252 the names are not Chinese
        auto *encoding = child<QComboBox>(m_wizard.get(), "importEncoding");
        encoding->setCurrentIndex(encoding->findData(int(TextEncoding::Windows1252)));
        emit encoding->activated(encoding->currentIndex());
        QTRY_COMPARE(raw->rowCount(), 2);
        QVERIFY(raw->index(0, 0).data().toString() != QStringLiteral("张伟"));
        encoding->setCurrentIndex(encoding->findData(int(TextEncoding::Gb18030)));
        emit encoding->activated(encoding->currentIndex());
        QTRY_COMPARE(raw->index(0, 0).data().toString(), QStringLiteral("张伟"));
        QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
        m_wizard->next();

        // Then the Chinese header suggests the name, account and e-mail columns
        QCOMPARE(mapCombo(m_wizard.get(), "name")->currentText(), QStringLiteral("姓名"));
        QCOMPARE(mapCombo(m_wizard.get(), "email")->currentText(), QStringLiteral("邮箱"));
        const QString accountKey = accountFieldKey(ImportEntity::Contacts);
        QVERIFY(!accountKey.isEmpty());
        QCOMPARE(mapCombo(m_wizard.get(), accountKey)->currentText(), QStringLiteral("客户"));
        auto *link = child<QComboBox>(m_wizard.get(), "importLinkAccountBy");
        QVERIFY(link->isEnabled());
        link->setCurrentIndex(link->findData(int(LinkAccountBy::Name)));
        screenshot(m_wizard.get(), QStringLiteral("import-contacts-2-columns.png"));
        m_wizard->next();
        toPreview();
        QCOMPARE(previewModel()->plan()->count(PreparedRow::Status::New), 2);
        run();

        // And each contact is linked to its account
        const std::vector<Contact> atBaosteel = *m_store->contacts(baosteel);
        QCOMPARE(atBaosteel.size(), size_t(1));
        QCOMPARE(atBaosteel[0].name, QStringLiteral("张伟"));
        QCOMPARE(atBaosteel[0].email, QStringLiteral("zhang.wei@baosteel.example"));
        QCOMPARE(m_store->contacts(huawei)->size(), size_t(1));
    }

    void importsTheCrmDatasetsAccounts()
    {
        const QString file
            = QDir(qEnvironmentVariable("KAM_SOURCE_DIR"))
                  .filePath("../shared/datasets/crm-sales-opportunities/accounts.csv");
        if (!QFileInfo::exists(file))
            QSKIP("the CRM dataset is not in ../shared/datasets");
        // Given the real file (85 accounts, some subsidiaries of others), through every page
        start(file, ImportEntity::Accounts);
        QCOMPARE(mapCombo(m_wizard.get(), "legal_name")->currentText(), QStringLiteral("account"));
        QCOMPARE(mapCombo(m_wizard.get(), "parent_id")->currentText(),
                 QStringLiteral("subsidiary_of"));
        m_wizard->next();
        toPreview();
        QCOMPARE(previewModel()->plan()->count(PreparedRow::Status::New), 85);
        run();
        // Then every account is stored, the subsidiaries linked to their parents
        QCOMPARE(*m_store->count(QStringLiteral("accounts")), 85);
        int subsidiaries = 0;
        for (const Account &a : *m_store->accounts())
            subsidiaries += a.parentId.isEmpty() ? 0 : 1;
        QVERIFY(subsidiaries > 0);
    }

    // Given the store's default currency set to USD, when accounts without a currency column
    // are imported, then they are in USD.
    void accountsWithoutACurrencyGetTheDefaultCurrency()
    {
        QVERIFY(setDefaultCurrency(*m_store, QStringLiteral("USD")));
        const QString file = m_dir->filePath("accounts-no-currency.csv");
        writeFile(file, "account,revenue\nAcme Steel Inc.,1200000\n");
        start(file, ImportEntity::Accounts);
        m_wizard->next();
        toPreview();
        QCOMPARE(previewModel()->plan()->count(PreparedRow::Status::New), 1);
        run();
        const std::vector<Account> accounts = *m_store->accounts();
        QCOMPARE(accounts.size(), size_t(1));
        QCOMPARE(accounts[0].currency, QStringLiteral("USD"));
    }

    void savesAppliesAndDeletesAPreset()
    {
        const QString file = m_dir->filePath("accounts-preset.csv");
        writeFile(file, "Firma,Branche\nAnshan Iron Works,Steel\n");
        start(file, ImportEntity::Accounts);
        // Given a mapping the header does not suggest, made by hand
        QComboBox *legal = mapCombo(m_wizard.get(), "legal_name");
        QComboBox *industry = mapCombo(m_wizard.get(), "industry");
        legal->setCurrentIndex(legal->findText("Firma"));
        industry->setCurrentIndex(industry->findText("Branche"));
        QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());

        // When it is saved as a preset (the name typed into the dialog)
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->setTextValue(QStringLiteral("German CRM"));
            dialog->accept();
        });
        child<QPushButton>(m_wizard.get(), "importSavePreset")->click();

        // Then the store has it, and choosing it again restores the mapping
        const std::vector<ImportPreset> presets = *importPresets(*m_store);
        QCOMPARE(presets.size(), size_t(1));
        QCOMPARE(presets[0].name, QStringLiteral("German CRM"));
        QCOMPARE(presets[0].mapping.columns.value("industry"), QStringLiteral("Branche"));
        industry->setCurrentIndex(0);
        auto *preset = child<QComboBox>(m_wizard.get(), "importPreset");
        QCOMPARE(preset->currentText(), QStringLiteral("German CRM"));
        preset->setCurrentIndex(preset->findText("German CRM"));
        emit preset->activated(preset->currentIndex());
        QCOMPARE(industry->currentText(), QStringLiteral("Branche"));

        // And Delete removes it
        child<QPushButton>(m_wizard.get(), "importDeletePreset")->click();
        QVERIFY(importPresets(*m_store)->empty());
        QCOMPARE(preset->count(), 1);
    }

    void requiresChoosingTheOrderOfAmbiguousDates()
    {
        const QString file = m_dir->filePath("deals-ambiguous-dates.csv");
        writeFile(file,
                  "Title,Account,Amount,Expected close\n"
                  "Coils,Anshan,\"1,200.50\",05/03/2024\n"
                  "Plates,Anshan,800,04/02/2024\n");
        start(file, ImportEntity::Opportunities);
        auto *dates = child<QComboBox>(m_wizard.get(), "importDateOrder");
        // Given dates that read either way, Next waits for a choice
        QCOMPARE(DateOrder(dates->currentData().toInt()), DateOrder::Unknown);
        QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
        QVERIFY(!child<QLabel>(m_wizard.get(), "importMappingHint")->text().isEmpty());
        dates->setCurrentIndex(dates->findData(int(DateOrder::DayFirst)));
        emit dates->activated(dates->currentIndex());
        QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
    }

    void cancelMidRunLeavesWholeChunks()
    {
        // Given a file of 20,000 accounts with names far enough apart not to be duplicates
        constexpr int kRows = 20000;
        constexpr int kChunk = 100;
        QRandomGenerator random(10);
        QByteArray csv = "Legal name,Credit code\n";
        for (int i = 1; i <= kRows; ++i) {
            QByteArray name;
            for (int c = 0; c < 14; ++c)
                name += char('a' + random.bounded(26));
            csv += name + ',' + test::creditCode(i).toLatin1() + '\n';
        }
        const QString file = m_dir->filePath("accounts-20000.csv");
        writeFile(file, csv);
        start(file, ImportEntity::Accounts);
        m_wizard->setChunkSize(kChunk);
        m_wizard->next();
        toPreview();
        QCOMPARE(previewModel()->plan()->count(PreparedRow::Status::New), kRows);

        // When the user cancels as soon as the run shows progress
        auto *bar = child<QProgressBar>(m_wizard.get(), "importRunProgress");
        auto *cancel = child<QPushButton>(m_wizard.get(), "importCancel");
        connect(bar, &QProgressBar::valueChanged, cancel, [bar, cancel](int value) {
            if (value > 0 && value < bar->maximum() && cancel->isEnabled())
                cancel->click();
        });
        run();

        // Then the store holds whole chunks only, fewer than the file has, and the report says so
        const qint64 written = *m_store->count(QStringLiteral("accounts"));
        QVERIFY2(written < kRows, qPrintable(QString::number(written)));
        QCOMPARE(written % kChunk, 0);
        QVERIFY(!cancel->isEnabled());
        QVERIFY(child<QLabel>(m_wizard.get(), "importReport")
                    ->text()
                    .contains(QLocale().toString(written)));
    }

    void closingDuringARunCancelsAndWaits()
    {
        QByteArray csv = "Legal name,Credit code\n";
        QRandomGenerator random(11);
        for (int i = 1; i <= 5000; ++i) {
            QByteArray name;
            for (int c = 0; c < 14; ++c)
                name += char('a' + random.bounded(26));
            csv += name + ',' + test::creditCode(i).toLatin1() + '\n';
        }
        const QString file = m_dir->filePath("accounts-5000.csv");
        writeFile(file, csv);
        start(file, ImportEntity::Accounts);
        m_wizard->setChunkSize(50);
        m_wizard->next();
        toPreview();
        m_wizard->next();
        // Closing returns only once the worker stopped, between chunks
        m_wizard->reject();
        QVERIFY(!m_wizard->isVisible());
        QCOMPARE(*m_store->count(QStringLiteral("accounts")) % 50, 0);
    }
};

QTEST_MAIN(TestImportWizard)
#include "tst_import_wizard.moc"
