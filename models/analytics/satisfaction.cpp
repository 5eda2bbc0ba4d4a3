// SPDX-License-Identifier: GPL-3.0-or-later
#include "satisfaction.h"

#include "analytics/pipeline.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <map>

namespace kam::analytics {

void NpsSummary::add(int recommend)
{
    ++responses;
    const std::optional<NpsCategory> category = npsCategory(recommend);
    if (!category)
        return;
    ++answered;
    switch (*category) {
    case NpsCategory::Promoter:
        ++promoters;
        break;
    case NpsCategory::Passive:
        ++passives;
        break;
    case NpsCategory::Detractor:
        ++detractors;
        break;
    }
}

std::optional<double> NpsSummary::nps() const
{
    if (answered <= 0)
        return std::nullopt;
    return 100.0 * (promoters - detractors) / answered;
}

NpsSummary npsOf(std::span<const SatisfactionResponse> responses)
{
    NpsSummary summary;
    for (const SatisfactionResponse &r : responses)
        summary.add(r.recommend);
    return summary;
}

std::optional<double> ScoreAverage::mean() const
{
    if (count <= 0)
        return std::nullopt;
    return sum / count;
}

std::vector<QuarterSatisfaction>
satisfactionByQuarter(std::span<const SatisfactionResponse> responses)
{
    // Oldest first, so that each quarter's comments come out in the order they were given.
    std::vector<const SatisfactionResponse *> sorted;
    sorted.reserve(responses.size());
    for (const SatisfactionResponse &r : responses)
        if (r.respondedOn.isValid())
            sorted.push_back(&r);
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto *a, const auto *b) { return a->respondedOn < b->respondedOn; });

    std::map<QDate, QuarterSatisfaction> quarters;
    for (const SatisfactionResponse *r : sorted) {
        const QDate start = periodStart(r->respondedOn, Granularity::Quarter);
        QuarterSatisfaction &q = quarters[start];
        q.quarterStart = start;
        q.nps.add(r->recommend);
        if (r->satisfaction >= 1 && r->satisfaction <= kMaxSatisfaction)
            q.satisfaction.add(r->satisfaction);
        // A response whose scores do not parse still counts for NPS and overall satisfaction.
        if (const auto scores = parseDimensionScores(r->dimensionScores))
            for (const auto &[key, score] : *scores)
                q.dimensions[key].add(score);
        if (!r->comment.trimmed().isEmpty())
            q.comments << r->comment;
    }

    std::vector<QuarterSatisfaction> out;
    out.reserve(quarters.size());
    for (auto &[start, q] : quarters)
        out.push_back(std::move(q));
    return out;
}

QString quarterLabel(const QDate &quarterStart)
{
    //: A calendar quarter: %1 the year, %2 the quarter 1–4 ("2026 Q3")
    return QCoreApplication::translate("kam::Labels", "%1 Q%2")
        .arg(QString::number(quarterStart.year()),
             QString::number((quarterStart.month() - 1) / 3 + 1));
}

QString formatNps(double nps)
{
    const QLocale locale;
    const int rounded = qRound(nps);
    // The locale's own minus sign comes with the number; a plus reads as "more promoters".
    return rounded > 0 ? locale.positiveSign() + locale.toString(rounded) : locale.toString(rounded);
}

} // namespace kam::analytics
