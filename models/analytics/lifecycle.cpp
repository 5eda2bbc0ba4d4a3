// SPDX-License-Identifier: GPL-3.0-or-later
#include "lifecycle.h"

#include "analytics/health_text.h"
#include "analytics/pipeline.h"

#include <QCoreApplication>

namespace kam::analytics {

LifecycleProposal proposeLifecycle(const AccountHealthFacts &facts, const QDate &today)
{
    using detail::dayText;
    using detail::numberText;

    if (!facts.firstWon.isValid() || facts.firstWon > today)
        return {Lifecycle::Prospect,
                QCoreApplication::translate("kam::analytics::Lifecycle", "No deal won yet")};

    const qint64 daysSinceFirstWon = facts.firstWon.daysTo(today);
    if (daysSinceFirstWon <= kLifecycleNewCustomerDays) {
        return {Lifecycle::Developing,
                QCoreApplication::translate("kam::analytics::Lifecycle",
                                            "First deal won on %1, %n day(s) ago", nullptr,
                                            int(daysSinceFirstWon))
                    .arg(dayText(facts.firstWon))};
    }

    // Q1 oldest … Q4 newest: the four complete quarters before today's.
    const QDate current = periodStart(today, Granularity::Quarter);
    qint64 revenue[4];
    for (int i = 0; i < 4; ++i)
        revenue[i] = detail::quarterRevenue(facts.wonByQuarter, current.addMonths(3 * (i - 4)));
    const qint64 earlier = revenue[0] + revenue[1];
    const qint64 recent = revenue[2] + revenue[3];

    if (earlier + recent <= 0) {
        const QDate lastMove = detail::localDay(facts.lastDealMove);
        if (!facts.openDealMoves.empty()) {
            return {Lifecycle::Declining,
                    QCoreApplication::translate(
                        "kam::analytics::Lifecycle",
                        "No revenue in the last four quarters, but %n deal(s) still open", nullptr,
                        int(facts.openDealMoves.size()))};
        }
        if (lastMove.isValid() && lastMove.daysTo(today) <= kLifecycleDealActivityDays) {
            return {Lifecycle::Declining,
                    QCoreApplication::translate(
                        "kam::analytics::Lifecycle",
                        "No revenue in the last four quarters, but a deal moved on %1")
                        .arg(dayText(lastMove))};
        }
        if (lastMove.isValid()) {
            return {Lifecycle::Lost,
                    QCoreApplication::translate(
                        "kam::analytics::Lifecycle",
                        "No revenue in the last four quarters and no deal activity since %1")
                        .arg(dayText(lastMove))};
        }
        return {Lifecycle::Lost,
                QCoreApplication::translate(
                    "kam::analytics::Lifecycle",
                    "No revenue in the last four quarters and no deal activity")};
    }

    if (earlier <= 0) {
        return {Lifecycle::Developing,
                QCoreApplication::translate(
                    "kam::analytics::Lifecycle",
                    "Revenue in the last two quarters and none in the two before")};
    }
    const double change = detail::tidy(100.0 * double(recent - earlier) / double(earlier));
    const Lifecycle stage = change >= kLifecycleTrendPercent ? Lifecycle::Developing
        : change <= -kLifecycleTrendPercent                  ? Lifecycle::Declining
                                                             : Lifecycle::Mature;
    if (change > 0)
        return {stage,
                QCoreApplication::translate(
                    "kam::analytics::Lifecycle",
                    "Revenue of the last two quarters is %1 % above the two before")
                    .arg(numberText(change))};
    if (change < 0)
        return {stage,
                QCoreApplication::translate(
                    "kam::analytics::Lifecycle",
                    "Revenue of the last two quarters is %1 % below the two before")
                    .arg(numberText(-change))};
    return {stage,
            QCoreApplication::translate(
                "kam::analytics::Lifecycle",
                "Revenue of the last two quarters is the same as the two before")};
}

} // namespace kam::analytics
