// SPDX-License-Identifier: GPL-3.0-or-later
// Both languages are complete for the strings that exist, and hold nothing else: lupdate is run
// on the sources now, every message it finds must be translated (and not unfinished) in each .ts
// file, and no message there may be obsolete (marked so, or no longer in the sources).

#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString translation;
    QString type; ///< empty when finished; "unfinished", "obsolete" or "vanished"
};

/// (context + '\x1f' + source) → translation, from a Qt Linguist .ts file.
QHash<QString, Message> readTs(const QString &path)
{
    QHash<QString, Message> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&f);
    QString context, source;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            // Plural forms are <numerusform> children; their text counts as the translation.
            message.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            out.insert(context + QChar(0x1f) + source, message);
        }
    }
    return out;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void everySourceStringIsTranslated_data()
    {
        QTest::addColumn<QString>("tsFile");
        QTest::addRow("zh_CN") << QStringLiteral("kam_zh_CN.ts");
        QTest::addRow("en") << QStringLiteral("kam_en.ts");
    }
    void everySourceStringIsTranslated()
    {
        QFETCH(QString, tsFile);
        const QString root = qEnvironmentVariable("KAM_SOURCE_DIR");
        QVERIFY2(!root.isEmpty(), "KAM_SOURCE_DIR is not set (run through ctest)");

        // Given the messages in the sources as of now …
        QTemporaryDir tmp;
        const QString fresh = tmp.filePath(QStringLiteral("fresh.ts"));
        QProcess lupdate;
        lupdate.start(QStringLiteral(KAM_LUPDATE),
                      {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                       QStringLiteral("-extensions"), QStringLiteral("cpp,h"),
                       root + QStringLiteral("/models"), root + QStringLiteral("/ui"),
                       root + QStringLiteral("/app"), QStringLiteral("-ts"), fresh});
        QVERIFY(lupdate.waitForFinished(60000));
        QCOMPARE(lupdate.exitCode(), 0);
        const QHash<QString, Message> expected = readTs(fresh);
        QVERIFY2(expected.size() > 50, "lupdate found suspiciously few messages");

        // … then the committed file translates each of them.
        const QHash<QString, Message> committed = readTs(root + QStringLiteral("/translations/") + tsFile);
        QStringList missing;
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            const Message m = committed.value(it.key());
            if (!m.type.isEmpty() || m.translation.trimmed().isEmpty())
                missing << QString(it.key()).replace(QChar(0x1f), QLatin1String(": "));
        }
        missing.sort();
        QStringList obsolete;
        for (auto it = committed.cbegin(); it != committed.cend(); ++it)
            if (!expected.contains(it.key()) || it->type == u"obsolete" || it->type == u"vanished")
                obsolete << QString(it.key()).replace(QChar(0x1f), QLatin1String(": "));
        obsolete.sort();
        QVERIFY2(obsolete.isEmpty(),
                 qPrintable(QStringLiteral("%1 obsolete in %2 (run lupdate with -no-obsolete):\n  %3")
                                .arg(obsolete.size())
                                .arg(tsFile, obsolete.mid(0, 40).join(QLatin1String("\n  ")))));
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("%1 untranslated in %2 (run the update_translations "
                                           "target, then translate):\n  %3")
                                .arg(missing.size())
                                .arg(tsFile, missing.mid(0, 40).join(QLatin1String("\n  ")))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
