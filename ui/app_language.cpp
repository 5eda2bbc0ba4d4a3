// SPDX-License-Identifier: GPL-3.0-or-later
#include "app_language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace kam {

QString systemUiLanguage()
{
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

void installTranslations(const QString &language)
{
    // Numbers, money and dates follow the UI language so a Chinese UI never shows "Jan 5".
    const QLocale locale(language == QLatin1String("zh_CN") ? QLocale(QLocale::Chinese, QLocale::China)
                                                            : QLocale::system());
    QLocale::setDefault(language == QLatin1String("zh_CN") ? locale
                        : QLocale::system().language() == QLocale::Chinese
                            ? QLocale(QLocale::English, QLocale::UnitedStates)
                            : QLocale::system());
    QCoreApplication *app = QCoreApplication::instance();
    auto *qt = new QTranslator(app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(app);
    if (own->load(QStringLiteral(":/i18n/kam_%1.qm").arg(language)))
        QCoreApplication::installTranslator(own);
}

} // namespace kam
