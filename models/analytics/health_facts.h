// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/satisfaction.h"
#include "domain/entities.h"

#include <QDate>
#include <QDateTime>

#include <map>
#include <vector>

namespace kam::analytics {

/// Everything the lifecycle proposal and the churn score read about one account, gathered by
/// the store (loadHealthFacts) as of a day. Pure data: the rules below never touch SQL.
struct AccountHealthFacts
{
    QString accountId;
    Tier tier = Tier::Unrated;
    Lifecycle lifecycle = Lifecycle::Prospect;
    int paymentOverdueDays = 0; ///< Account::paymentOverdueDays

    /// Survey and visit results by quarter, oldest first (dimensions and comments left out).
    std::vector<QuarterSatisfaction> satisfaction;
    /// Won revenue (deals in the account's currency, minor units) by the first day of the
    /// quarter the deal was closed in; quarters without revenue are absent.
    std::map<QDate, qint64> wonByQuarter;
    QDate firstWon; ///< close date of the first won deal; null: none yet

    QDateTime lastContact;    ///< the last activity up to the day; null: never
    /// For each open deal, when it last entered a stage (or was made).
    std::vector<QDateTime> openDealMoves;
    QDateTime lastDealMove;   ///< the latest stage or status change of any deal; null: none

    int openServiceCases = 0;  ///< service-case activities whose follow-up is not done
    bool hasChampion = false;  ///< an active contact is a champion
    /// When key contacts (decision makers, champions, influence 4–5) were marked as having left.
    std::vector<QDateTime> keyContactsLeft;
};

} // namespace kam::analytics
