// SPDX-License-Identifier: GPL-3.0-or-later
// Interim implementation; replaced by the analytics branch.
#include "satisfaction.h"

#include <QCoreApplication>

namespace kam {

std::optional<NpsCategory> npsCategory(int recommend)
{
    if (recommend < 0 || recommend > kMaxRecommend)
        return std::nullopt;
    return recommend >= 9 ? NpsCategory::Promoter : recommend >= 7 ? NpsCategory::Passive : NpsCategory::Detractor;
}

std::optional<DimensionScores> parseDimensionScores(const QString &text, QString *error)
{
    DimensionScores scores;
    for (const QString &part : text.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(u'=');
        bool ok = false;
        const int score = eq > 0 ? part.mid(eq + 1).toInt(&ok) : 0;
        if (!ok || score < 1 || score > kMaxSatisfaction) {
            if (error)
                *error = QCoreApplication::translate("kam::Labels", "%1 is not a dimension score such as quality=4.").arg(part);
            return std::nullopt;
        }
        scores.append({part.left(eq), score});
    }
    return scores;
}

QString dimensionScoresText(const DimensionScores &scores)
{
    QStringList parts;
    for (const auto &[key, score] : scores)
        parts << QStringLiteral("%1=%2").arg(key).arg(score);
    return parts.join(u';');
}

QStringList defaultDimensions()
{
    return {QStringLiteral("quality"), QStringLiteral("delivery"), QStringLiteral("service"), QStringLiteral("price"),
            QStringLiteral("technical_support")};
}

QString dimensionLabel(const QString &key)
{
    return key;
}

} // namespace kam
