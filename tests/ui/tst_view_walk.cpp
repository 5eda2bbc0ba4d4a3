// SPDX-License-Identifier: GPL-3.0-or-later
// Walks every workspace view and every account tab of the main window on a demo portfolio, and
// the settings, about and welcome dialogs, in
// Chinese and in English, and checks what a user of either language and of a screen reader
// meets there:
// - every text KAM Desk asks a translation for (tr) has one in that language's .qm;
// - in Chinese, no label, button, tab, header, group title, placeholder, menu or chart title
//   is English text that never went through tr at all;
// - Tab reaches every field and list, and each control has an accessible name (its text, its
//   label or its own);
// - in a dark theme as in a light one, every cell a model colours keeps 4.5:1 contrast (WCAG AA).
// It also saves a screenshot of each view per language (KAM_SCREENSHOT_DIR, when set).

#include "about_dialog.h"
#include "account_detail_view.h"
#include "app_language.h"
#include "demo/demo_generator.h"
#include "itemmodels/churn_monitor.h"
#include "itemmodels/tone_colors.h"
#include "itemmodels/value_scorer.h"
#include "main_window.h"
#include "portfolio_view.h"
#include "settings_dialog.h"
#include "support/store_fixture.h"
#include "sync/sync_controller.h"
#include "welcome_dialog.h"

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
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QStyle>
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
    if (auto *main = qobject_cast<QMainWindow *>(window))
        for (QAction *menu : main->menuBar()->actions()) {
            add(window, menu->text());
            if (menu->menu())
                for (QAction *a : menu->menu()->actions())
                    add(window, a->text());
        }
    else
        add(window, window->windowTitle());
    return texts;
}

/// The controls shown now that a keyboard user could not reach with Tab (fields and lists), or a
/// screen reader could not name (those and every button).
QStringList controlGaps(QWidget *window)
{
    QStringList gaps;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        // Scroll bars and a line edit's clear button belong to their widget, as for Qt itself.
        const bool input = qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w)
            || qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QAbstractItemView *>(w)
            || qobject_cast<QTextEdit *>(w) || qobject_cast<QPlainTextEdit *>(w)
            || (qobject_cast<QAbstractSlider *>(w) && !qobject_cast<QScrollBar *>(w));
        const bool button = qobject_cast<QAbstractButton *>(w) && !qobject_cast<QLineEdit *>(w->parentWidget());
        if ((!input && !button) || !w->isVisibleTo(window) || !w->isEnabled()
            || qobject_cast<QAbstractItemView *>(w->parentWidget()))
            continue;
        if (qobject_cast<QLineEdit *>(w)
            && (qobject_cast<QAbstractSpinBox *>(w->parentWidget()) || qobject_cast<QComboBox *>(w->parentWidget())))
            continue; // a spin box's or an editable combo box's own editor, reached and named through it
        const QString where = QStringLiteral("%1 %2 (in %3)").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                                                                 w->parentWidget() ? w->parentWidget()->objectName() : QString());
        if (input && !(w->focusPolicy() & Qt::TabFocus))
            gaps << QStringLiteral("not reached by Tab: ") + where;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
            gaps << QStringLiteral("no accessible name: ") + where;
    }
    return gaps;
}

/// The cells of the visible lists and tables whose model-given colours (text or background)
/// fall below 4.5:1 against what they are drawn on; `checked` counts the coloured cells seen.
QStringList lowContrastCells(QWidget *window, int &checked)
{
    QStringList found;
    auto colorOf = [](const QVariant &v) {
        return v.canConvert<QBrush>() ? v.value<QBrush>().color() : v.value<QColor>();
    };
    for (QAbstractItemView *view : window->findChildren<QAbstractItemView *>()) {
        QAbstractItemModel *model = view->model();
        if (!model || !view->isVisibleTo(window))
            continue;
        const QPalette &palette = view->palette();
        std::function<void(const QModelIndex &, int)> walk = [&](const QModelIndex &parent, int depth) {
            for (int r = 0; r < std::min(model->rowCount(parent), 200); ++r) {
                for (int c = 0; c < model->columnCount(parent); ++c) {
                    const QModelIndex index = model->index(r, c, parent);
                    const QVariant fg = index.data(Qt::ForegroundRole);
                    const QVariant bg = index.data(Qt::BackgroundRole);
                    if (!fg.isValid() && !bg.isValid())
                        continue;
                    ++checked;
                    const QColor text = fg.isValid() ? colorOf(fg) : palette.color(QPalette::Text);
                    for (const QColor &under : bg.isValid() ? QList<QColor>{colorOf(bg)}
                                                            : QList<QColor>{palette.color(QPalette::Base), palette.color(QPalette::AlternateBase)}) {
                        const double ratio = contrastRatio(text, under);
                        if (ratio < 4.5)
                            found << QStringLiteral("%1 column %2: %3 on %4 (%5:1)")
                                         .arg(view->objectName(), model->headerData(c, Qt::Horizontal).toString(), text.name(),
                                              under.name())
                                         .arg(ratio, 0, 'f', 1);
                    }
                }
                if (depth < 2)
                    walk(model->index(r, 0, parent), depth + 1);
            }
        };
        walk({}, 0);
    }
    found.removeDuplicates();
    return found;
}

/// What a check found, one "view → finding" a line, each also logged whole (QVERIFY2 cuts long
/// messages).
QString findings(const char *what, const QMap<QString, QString> &viewOf)
{
    QStringList lines;
    for (auto it = viewOf.cbegin(); it != viewOf.cend(); ++it) {
        lines << it.value() + QStringLiteral(" → ") + it.key();
        qWarning("%s: %s", what, qPrintable(lines.back()));
    }
    return QString::fromLatin1(what) + QStringLiteral(":\n") + lines.join(u'\n');
}

/// A dark theme as a desktop sets it (Fusion with a dark palette).
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x35, 0x35, 0x35), base(0x24, 0x24, 0x24), text(0xee, 0xee, 0xee);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x2e, 0x2e, 0x2e));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9e, 0x9e, 0x9e));
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}

/// Chinese chrome that is English: a word of three or more Latin letters, with no Chinese in
/// the text. Names of formats, currencies and the product are the same in both languages, a
/// language is named in its own (the Language menu's "English"), and a file path or URL is data.
bool looksUntranslated(const QString &shown)
{
    QString text = shown.section(QStringLiteral(": "), 1);
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    static const QRegularExpression path(QStringLiteral("^(/|[A-Za-z]:\\\\|[a-z]+://)\\S*$"));
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
    void tonesKeepTheirContrast();

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
    QTest::addColumn<bool>("dark");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << false;
    QTest::newRow("en") << QStringLiteral("en") << false;
    QTest::newRow("en, dark") << QStringLiteral("en") << true;
}

void TestViewWalk::everyViewIsTranslated()
{
    QFETCH(QString, language);
    QFETCH(bool, dark);
    QApplication::setStyle(QStringLiteral("Fusion"));
    QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
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
    QMap<QString, QString> unnamed;  // control out of reach or nameless → the first view it is on
    QMap<QString, QString> faint;    // cell → the first view it is on
    int coloured = 0;                // cells with a colour of their model's
    {
        sync::SyncController sync(m_store.get(), nullptr);
        MainWindow window(m_store.get(), &sync);
        window.resize(1440, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.portfolio()->selectFirstIfNone();
        waitForWorkers(window);

        auto look = [&](const QString &view, QWidget *shown) {
            QCoreApplication::processEvents();
            for (const QString &text : visibleChrome(shown))
                if (language == u"zh_CN" && looksUntranslated(text) && !english.contains(text))
                    english.insert(text, view);
            for (const QString &gap : controlGaps(shown))
                if (!unnamed.contains(gap))
                    unnamed.insert(gap, view);
            for (const QString &cell : lowContrastCells(shown, coloured))
                if (!faint.contains(cell))
                    faint.insert(cell, view);
            if (!shots.isEmpty())
                QVERIFY(shown->grab().save(QStringLiteral("%1/%2-%3%4.png").arg(shots, view, language, dark ? QStringLiteral("-dark") : QString())));
        };
        for (const QString &tab : window.detail()->tabKeys()) {
            QVERIFY(window.detail()->showTab(tab));
            look(QStringLiteral("account-") + tab, &window);
        }
        for (const QString &view : window.workspaceKeys()) {
            QVERIFY(window.showWorkspace(view));
            waitForWorkers(window);
            look(view, &window);
        }
        // The dialogs a newcomer meets first, shown as the menus show them.
        const std::pair<QString, QDialog *> dialogs[] = {
            {QStringLiteral("settings"), new SettingsDialog(m_store.get(), &sync, &window)},
            {QStringLiteral("about"), new AboutDialog(m_store->path(), &window)},
            {QStringLiteral("welcome"), new WelcomeDialog(&window)},
        };
        for (const auto &[name, dialog] : dialogs) {
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            look(name, dialog);
            dialog->close();
        }
    }
    QCoreApplication::removeTranslator(&recorder);
    QVERIFY2(recorder.missing().isEmpty(),
             qPrintable(QStringLiteral("Not translated to %1:\n").arg(language) + recorder.missing().join(u'\n')));
    QVERIFY(coloured > 20); // the demo has losses, overdue steps, tier differences, fired signals
    QVERIFY2(english.isEmpty(), qPrintable(findings("English on the Chinese screen", english)));
    QVERIFY2(unnamed.isEmpty(), qPrintable(findings("Controls out of a keyboard's or a screen reader's reach", unnamed)));
    QVERIFY2(faint.isEmpty(), qPrintable(findings("Cells below 4.5:1", faint)));
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
    QVERIFY(!looksUntranslated("QLineEdit settingsServer: https://kam.example.com"));
    QVERIFY(!looksUntranslated("QLabel statusPath: C:\\Users\\kam\\store.sqlite"));
}

// WCAG's ratio on its published examples, and every tone on a light and a dark base.
void TestViewWalk::tonesKeepTheirContrast()
{
    QCOMPARE(qRound(contrastRatio(Qt::black, Qt::white) * 100), 2100);
    QCOMPARE(qRound(contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) * 100), 454); // WebAIM: 4.54:1
    QCOMPARE(qRound(contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) * 100), 448); // just fails AA
    for (const QPalette &palette : {QApplication::style()->standardPalette(), darkPalette()})
        for (Tone tone : {Tone::Good, Tone::Caution, Tone::Bad, Tone::Muted}) {
            QVERIFY(contrastRatio(toneText(tone, palette), palette.color(QPalette::Base)) >= 4.5);
            QVERIFY(contrastRatio(palette.color(QPalette::Text), attentionBackground(palette)) >= 4.5);
        }
    QVERIFY(isDarkPalette(darkPalette()));
    QVERIFY(!isDarkPalette(QApplication::style()->standardPalette()));
}

QTEST_MAIN(TestViewWalk)
#include "tst_view_walk.moc"
