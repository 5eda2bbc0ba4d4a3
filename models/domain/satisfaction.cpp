// SPDX-License-Identifier: GPL-3.0-or-later
#include "satisfaction.h"

#include <QCoreApplication>
#include <QSet>

namespace kam {

namespace {

struct BuiltInDimension
{
    const char *key;
    const char *label;
};

constexpr BuiltInDimension kDimensions[] = {
    {"quality", QT_TRANSLATE_NOOP("kam::Labels", "Quality")},
    {"delivery", QT_TRANSLATE_NOOP("kam::Labels", "Delivery")},
    {"service", QT_TRANSLATE_NOOP("kam::Labels", "Service")},
    {"price", QT_TRANSLATE_NOOP("kam::Labels", "Price")},
    {"technical_support", QT_TRANSLATE_NOOP("kam::Labels", "Technical support")},
};

std::optional<DimensionScores> fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

} // namespace

std::optional<NpsCategory> npsCategory(int recommend)
{
    if (recommend < 0 || recommend > kMaxRecommend)
        return std::nullopt;
    if (recommend >= 9)
        return NpsCategory::Promoter;
    if (recommend >= 7)
        return NpsCategory::Passive;
    return NpsCategory::Detractor;
}

std::optional<DimensionScores> parseDimensionScores(const QString &text, QString *error)
{
    DimensionScores scores;
    // The stored form of "no scores" is the empty text (dimensionScoresText).
    if (text.trimmed().isEmpty())
        return scores;
    QSet<QString> seen;
    const QStringList parts = text.split(u';');
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString part = parts.at(i).trimmed();
        if (part.isEmpty()) {
            return fail(error,
                        QCoreApplication::translate("kam::Labels", "Part %1 of “%2” is empty.")
                            .arg(QString::number(i + 1), text));
        }
        const qsizetype eq = part.indexOf(u'=');
        if (eq < 0) {
            return fail(error,
                        QCoreApplication::translate("kam::Labels",
                                                    "“%1” has no “=” between dimension and score.")
                            .arg(part));
        }
        const QString key = part.left(eq).trimmed();
        const QString scoreText = part.mid(eq + 1).trimmed();
        if (key.isEmpty()) {
            return fail(
                error,
                QCoreApplication::translate("kam::Labels", "“%1” names no dimension.").arg(part));
        }
        if (scoreText.contains(u'=')) {
            return fail(error,
                        QCoreApplication::translate("kam::Labels", "“%1” has more than one “=”.")
                            .arg(part));
        }
        bool ok = false;
        const int score = scoreText.toInt(&ok);
        if (!ok || score < 1 || score > kMaxSatisfaction) {
            return fail(error,
                        QCoreApplication::translate(
                            "kam::Labels", "“%1”: the score must be a whole number from 1 to %2.")
                            .arg(part, QString::number(kMaxSatisfaction)));
        }
        if (seen.contains(key)) {
            return fail(error,
                        QCoreApplication::translate(
                            "kam::Labels", "“%1”: the dimension %2 is scored more than once.")
                            .arg(part, key));
        }
        seen.insert(key);
        scores.append({key, score});
    }
    return scores;
}

QString dimensionScoresText(const DimensionScores &scores)
{
    QStringList parts;
    parts.reserve(scores.size());
    for (const auto &[key, score] : scores)
        parts << key + u'=' + QString::number(score);
    return parts.join(u';');
}

QStringList defaultDimensions()
{
    QStringList keys;
    for (const BuiltInDimension &d : kDimensions)
        keys << QString::fromLatin1(d.key);
    return keys;
}

QString dimensionLabel(const QString &key)
{
    for (const BuiltInDimension &d : kDimensions)
        if (key == QLatin1StringView(d.key))
            return QCoreApplication::translate("kam::Labels", d.label);
    return key;
}

} // namespace kam
