// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the GUI tests: finding widgets by objectName, typing into them, and the optional
// screenshots (KAM_SCREENSHOT_DIR) the README's pictures come from.

#include <QCoreApplication>
#include <QDir>
#include <QTest>
#include <QWidget>

namespace kam::test {

/// With KAM_SCREENSHOT_DIR set, saves a picture of `w` there.
inline void screenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("KAM_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents();
    if (!w->grab().save(QDir(dir).filePath(name)))
        qWarning("cannot save %s", qPrintable(name));
}

/// Types `text` key by key; QTest::keyClicks only knows ASCII.
inline void typeText(QWidget *w, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, w, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

/// The child of `parent` named `name`; warns when there is none.
template<typename W>
W *child(QObject *parent, const char *name)
{
    auto *w = parent->findChild<W *>(QLatin1String(name));
    if (!w)
        qWarning("no %s", name);
    return w;
}

} // namespace kam::test
