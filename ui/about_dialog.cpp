// SPDX-License-Identifier: GPL-3.0-or-later
#include "about_dialog.h"

#include "widget_helpers.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QSysInfo>
#include <QHBoxLayout>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace kam {

namespace {

QString compilerName()
{
#if defined(__clang__)
    return QStringLiteral("Clang %1.%2.%3").arg(__clang_major__).arg(__clang_minor__).arg(__clang_patchlevel__);
#elif defined(__GNUC__)
    return QStringLiteral("GCC %1.%2.%3").arg(__GNUC__).arg(__GNUC_MINOR__).arg(__GNUC_PATCHLEVEL__);
#elif defined(_MSC_VER)
    return QStringLiteral("MSVC %1").arg(_MSC_VER);
#else
    return QStringLiteral("?");
#endif
}

QString link(const char *url, const QString &text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(QLatin1String(url), text.toHtmlEscaped());
}

} // namespace

AboutDialog::AboutDialog(const QString &storePath, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About KAM Desk"));

    auto *icon = new QLabel(this);
    icon->setPixmap(kamIcon(QStringLiteral("kamdesk")).pixmap(64, 64));
    auto *title = new QLabel(
        tr("<h2>KAM Desk %1</h2><p>Key-account management for B2B sales: portfolio, contacts, "
           "account teams and their history, offline first.</p>")
            .arg(QStringLiteral(KAM_VERSION)),
        this);
    title->setObjectName(QStringLiteral("aboutTitle"));
    title->setWordWrap(true);
    auto *head = new QHBoxLayout;
    head->addWidget(icon, 0, Qt::AlignTop);
    head->addWidget(title, 1);

    const auto row = [](const QString &name, const QString &value) {
        return QStringLiteral("<tr><td valign=\"middle\" style=\"padding-right:12px\"><b>%1</b></td><td valign=\"middle\">%2</td></tr>")
            .arg(name.toHtmlEscaped(), value.toHtmlEscaped());
    };
    auto *build = new QLabel(
        QStringLiteral("<table>") + row(tr("Version"), QStringLiteral(KAM_VERSION))
            + row(tr("Qt at run time"), QString::fromLatin1(qVersion()))
            + row(tr("Built with"), tr("Qt %1, %2").arg(QStringLiteral(QT_VERSION_STR), compilerName()))
            + row(tr("Platform"), QStringLiteral("%1 (%2)").arg(QSysInfo::prettyProductName(), QSysInfo::buildAbi()))
            + row(tr("Store"), QDir::toNativeSeparators(storePath)) + QStringLiteral("</table>"),
        this);
    build->setObjectName(QStringLiteral("aboutBuild"));
    build->setTextInteractionFlags(Qt::TextSelectableByMouse);
    build->setWordWrap(true);

    auto *licences = new QTextBrowser(this);
    licences->setObjectName(QStringLiteral("aboutLicences"));
    licences->setAccessibleName(tr("Licences"));
    licences->setOpenExternalLinks(true);
    const auto item = [](const QString &what, const QString &licence) {
        return QStringLiteral("<li>%1 — %2</li>").arg(what, licence);
    };
    licences->setHtml(
        tr("<p>KAM Desk is free software: you can redistribute it and/or modify it under the terms "
           "of the %1, version 3 or (at your option) any later version. It comes with no warranty.</p>")
            .arg(link("https://www.gnu.org/licenses/gpl-3.0.html", tr("GNU General Public License")))
        + tr("<p>It is built on these libraries:</p>") + QStringLiteral("<ul>")
        + item(link("https://www.qt.io/", QStringLiteral("Qt 6")),
               link("https://www.gnu.org/licenses/lgpl-3.0.html", QStringLiteral("LGPL-3.0")))
        + item(link("https://doc.qt.io/qt-6/qtcharts-index.html", QStringLiteral("Qt Charts")),
               tr("%1 (open-source edition)").arg(link("https://www.gnu.org/licenses/gpl-3.0.html", QStringLiteral("GPL-3.0"))))
        + item(link("https://github.com/frankosterfeld/qtkeychain", QStringLiteral("QtKeychain")),
               link("https://opensource.org/license/bsd-3-clause", QStringLiteral("BSD-3-Clause")))
        + item(link("https://www.sqlite.org/", QStringLiteral("SQLite")),
               link("https://www.sqlite.org/copyright.html", tr("public domain")))
        + item(tr("%1 (in the sync server)").arg(link("https://libsodium.org/", QStringLiteral("libsodium"))),
               link("https://opensource.org/license/isc-license-txt", QStringLiteral("ISC")))
        + QStringLiteral("</ul>")
        + tr("<p>Chinese text is drawn with the fonts installed on this computer; KAM Desk ships none.</p>"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addWidget(build);
    layout->addWidget(licences, 1);
    layout->addWidget(buttons);
    resize(560, 480);
}

} // namespace kam
