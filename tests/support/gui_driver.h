// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the GUI tests: finding widgets by objectName, typing into them, and the optional
// screenshots (KAM_SCREENSHOT_DIR) the README's pictures come from.

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>

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

/// Runs `drive` on the first modal widget of type W to open from now on (exec() blocks the
/// caller). It polls, so a handler can wait for the next dialog (a login after the settings).
template<typename W>
void whenModal(QObject *context, std::function<void(W *)> drive)
{
    auto *poll = new QTimer(context);
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, context, [poll, drive = std::move(drive)] {
        if (auto *w = qobject_cast<W *>(QApplication::activeModalWidget())) {
            poll->stop();
            poll->deleteLater();
            drive(w);
        }
    });
    poll->start();
}

} // namespace kam::test
