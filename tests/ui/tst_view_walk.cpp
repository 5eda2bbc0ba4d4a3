// SPDX-License-Identifier: GPL-3.0-or-later
// Walks every workspace view and every account tab of the main window on a demo portfolio, in
// Chinese and in English, and checks what a user of either language and of a screen reader
// meets there:
// - every text KAM Desk asks a translation for (tr) has one in that language's .qm;
// - in Chinese, no label, button, tab, header, group title, placeholder, menu or chart title
//   is English text that never went through tr at all;
// - every control the keyboard reaches has an accessible name (its text, its label or its own).
// It also saves a screenshot of each view per language (KAM_SCREENSHOT_DIR, when set).

#include "account_detail_view.h"
#include "app_language.h"
#include "demo/demo_generator.h"
#include "itemmodels/churn_monitor.h"
#include "itemmodels/value_scorer.h"
#include "main_window.h"
#include "portfolio_view.h"
#include "support/store_fixture.h"
#include "sync/sync_controller.h"

#include <QAbstractButton>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTest>
#include <QTranslator>
#include <QValueAxis>

using namespace kam;

namespace {

/// Asks the same .qm as the application for every KAM Desk text and notes the ones it has no
/// translation for; answers nothing itself, so the application's own translators still do.
class MissingTranslations : public QTranslator
{
public:
    explicit MissingTranslations(const QString &language)
    {
        m_loaded = m_qm.load(QStringLiteral(":/i18n/kam_%1.qm").arg(language));
    }
    bool loaded() const { return m_loaded; }
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *disambiguation, int n) const override
    {
        const QLatin1String name(context);
        const bool ours = name.startsWith(QLatin1String("kam")) || name == QLatin1String("main");
        if (ours && m_qm.translate(context, source, disambiguation, n).isEmpty())
            m_missing.insert(QStringLiteral("%1: %2").arg(name, QString::fromUtf8(source)));
        return {};
    }
    QStringList missing() const
    {
        QStringList list(m_missing.begin(), m_missing.end());
        list.sort();
        return list;
    }

private:
    QTranslator m_qm;
    bool m_loaded = false;
    mutable QSet<QString> m_missing;
};

/// The texts of the window's own chrome that are visible now, each with where it is shown.
QStringList visibleChrome(QWidget *window)
{
    QStringList texts;
    auto add = [&](const QObject *where, const QString &text) {
        if (!text.trimmed().isEmpty())
            texts << where->metaObject()->className() + QStringLiteral(" ") + where->objectName() + QStringLiteral(": ")
                    + text;
    };
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(window))
            continue;
        if (auto *label = qobject_cast<QLabel *>(w); label && label->textFormat() != Qt::RichText)
            add(w, label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            add(w, button->text());
        else if (auto *group = qobject_cast<QGroupBox *>(w))
            add(w, group->title());
        else if (auto *edit = qobject_cast<QLineEdit *>(w))
            add(w, edit->placeholderText());
        else if (auto *tabs = qobject_cast<QTabBar *>(w))
            for (int i = 0; i < tabs->count(); ++i)
                add(w, tabs->tabText(i));
        else if (auto *header = qobject_cast<QHeaderView *>(w); header && header->model())
            for (int i = 0; i < header->count(); ++i)
                if (!header->isSectionHidden(i))
                    add(w, header->model()->headerData(i, header->orientation()).toString());
        if (auto *chart = qobject_cast<QChartView *>(w)) {
            add(w, chart->chart()->title());
            for (QAbstractAxis *axis : chart->chart()->axes())
                add(w, axis->titleText());
        }
    }
    for (QAction *menu : static_cast<QMainWindow *>(window)->menuBar()->actions()) {
        add(window, menu->text());
        if (menu->menu())
            for (QAction *a : menu->menu()->actions())
                add(window, a->text());
    }
    return texts;
}

/// The controls shown now that the keyboard reaches but a screen reader could not name.
QStringList unnamedControls(QWidget *window)
{
    QStringList unnamed;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        const bool control = qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w)
            || qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QAbstractButton *>(w)
            || qobject_cast<QAbstractItemView *>(w) || qobject_cast<QTextEdit *>(w)
            || qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QAbstractSlider *>(w);
        if (!control || !w->isVisibleTo(window) || !w->isEnabled() || w->focusPolicy() == Qt::NoFocus
            || qobject_cast<QAbstractItemView *>(w->parentWidget()))
            continue;
        if (qobject_cast<QLineEdit *>(w) && qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
            continue; // a spin box's own editor, named through the box
        if (qobject_cast<QLineEdit *>(w) && qobject_cast<QComboBox *>(w->parentWidget()))
            continue; // an editable combo box's editor
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
            unnamed << QStringLiteral("%1 %2 (in %3)").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                                                             w->parentWidget() ? w->parentWidget()->objectName() : QString());
    }
    return unnamed;
}

/// Chinese chrome that is English: a word of three or more Latin letters, with no Chinese in
/// the text. Names of formats, currencies and the product are the same in both languages, a
/// language is named in its own (the Language menu's "English"), and a file path is data.
bool looksUntranslated(const QString &shown)
{
    QString text = shown.section(QStringLiteral(": "), 1);
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    static const QRegularExpression path(QStringLiteral("^(/|[A-Za-z]:\\\\)\\S*$"));
    if (text.contains(han) || text.contains(path) || text == u"English")
        return false;
    static const QRegularExpression kept(QStringLiteral(
        "KAM Desk|\\b(CSV|PDF|JSON|NPS|CSAT|CLV|CNY|USD|EUR|RMB|Excel|UTF-8|BOM|ID|URL|KAM|SWOT)\\b|&"));
    text.remove(kept);
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
    return text.contains(word);
}

} // namespace

class TestViewWalk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyViewIsTranslated_data();
    void everyViewIsTranslated();
    void theCheckFindsEnglishInChinese();

private:
    void waitForWorkers(MainWindow &window);
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
};

void TestViewWalk::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName("KAM Test");
    QCoreApplication::setApplicationName("tst_view_walk");
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_store = test::openStore(m_dir);
    QVERIFY(m_store);
    DemoOptions options;
    options.accounts = 40;
    const Result<DemoSummary> demo = generateDemo(*m_store, options);
    QVERIFY2(demo.ok(), demo ? "" : qPrintable(demo.error().message));
    QVERIFY(demo->plans > 0 && demo->campaigns > 0 && demo->responses > 0);
}

void TestViewWalk::waitForWorkers(MainWindow &window)
{
    QTRY_VERIFY_WITH_TIMEOUT(window.churnMonitor()->isReady() && !window.churnMonitor()->isBusy()
                                 && window.valueScorer()->isReady() && !window.valueScorer()->isBusy(),
                             60000);
    QTest::qWait(50);
}

void TestViewWalk::everyViewIsTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("en") << QStringLiteral("en");
}

void TestViewWalk::everyViewIsTranslated()
{
    QFETCH(QString, language);
    for (QTranslator *old : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    installTranslations(language);
    MissingTranslations recorder(language);
    QVERIFY(recorder.loaded());
    QCoreApplication::installTranslator(&recorder);

    const QString shots = qEnvironmentVariable("KAM_SCREENSHOT_DIR");
    QMap<QString, QString> english; // text → the first view it is on
    QMap<QString, QString> unnamed;  // control → the first view it is on
    {
        sync::SyncController sync(m_store.get(), nullptr);
        MainWindow window(m_store.get(), &sync);
        window.resize(1440, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.portfolio()->selectFirstIfNone();
        waitForWorkers(window);

        auto look = [&](const QString &view) {
            QCoreApplication::processEvents();
            for (const QString &text : visibleChrome(&window))
                if (language == u"zh_CN" && looksUntranslated(text) && !english.contains(text))
                    english.insert(text, view);
            for (const QString &control : unnamedControls(&window))
                if (!unnamed.contains(control))
                    unnamed.insert(control, view);
            if (!shots.isEmpty())
                QVERIFY(window.grab().save(QStringLiteral("%1/%2-%3.png").arg(shots, view, language)));
        };
        for (const QString &tab : window.detail()->tabKeys()) {
            QVERIFY(window.detail()->showTab(tab));
            look(QStringLiteral("account-") + tab);
        }
        for (const QString &view : window.workspaceKeys()) {
            QVERIFY(window.showWorkspace(view));
            waitForWorkers(window);
            look(view);
        }
    }
    QCoreApplication::removeTranslator(&recorder);
    QVERIFY2(recorder.missing().isEmpty(),
             qPrintable(QStringLiteral("Not translated to %1:\n").arg(language) + recorder.missing().join(u'\n')));
    QStringList found;
    for (auto it = english.cbegin(); it != english.cend(); ++it)
        found << it.value() + QStringLiteral(" → ") + it.key();
    for (const QString &line : found)
        qWarning("English on the Chinese screen: %s", qPrintable(line));
    QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("English on the Chinese screen:\n") + found.join(u'\n')));
    QStringList nameless;
    for (auto it = unnamed.cbegin(); it != unnamed.cend(); ++it)
        nameless << it.value() + QStringLiteral(" → ") + it.key();
    for (const QString &line : nameless)
        qWarning("no accessible name: %s", qPrintable(line));
    QVERIFY2(nameless.isEmpty(), qPrintable(QStringLiteral("Controls without an accessible name:\n") + nameless.join(u'\n')));
}

// The heuristic itself: what it must flag and what it must let through.
void TestViewWalk::theCheckFindsEnglishInChinese()
{
    QVERIFY(looksUntranslated("QLabel x: Expected close"));
    QVERIFY(looksUntranslated("QPushButton: Save rejected rows…"));
    QVERIFY(!looksUntranslated("QLabel x: 预计成交"));
    QVERIFY(!looksUntranslated("QLabel x: 导出 CSV…"));
    QVERIFY(!looksUntranslated("QLabel x: KAM Desk"));
    QVERIFY(!looksUntranslated("QHeaderView: NPS"));
    QVERIFY(!looksUntranslated("QLabel x: 12.5%"));
    QVERIFY(!looksUntranslated("QLabel statusPath: /tmp/store.sqlite"));
    QVERIFY(!looksUntranslated("QLabel statusPath: C:\\Users\\kam\\store.sqlite"));
}

QTEST_MAIN(TestViewWalk)
#include "tst_view_walk.moc"
