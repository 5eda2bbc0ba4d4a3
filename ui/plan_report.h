// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/relationship.h"
#include "domain/plans.h"
#include "domain/result.h"

#include <QDate>
#include <QHash>
#include <QPointF>

#include <vector>

namespace kam {

class Store;

/// Everything a plan's document shows, read from the store once, so the layout needs no store
/// and can run in any thread.
struct PlanReport
{
    Account account;
    QHash<QString, QString> branchNames; ///< branch account id → display name
    QHash<QString, QString> userNames;   ///< user id → name
    PlanContent content;
    std::vector<Contact> contacts;       ///< the account's active contacts
    QHash<QString, QPointF> mapLayout;   ///< relationshipLayout(contacts)
    QStringList coverageWarnings;        ///< in the UI language
    QDate asOf;                          ///< the day the figures were read

    struct Quarter
    {
        QString label;   ///< "Q3 2026" in the UI language
        qint64 wonMinor = 0;
    };
    /// Won revenue of the account and its branches by close quarter, the last eight up to asOf,
    /// in the plan's currency (deals in other currencies left out).
    std::vector<Quarter> wonByQuarter;

    struct StageTotal
    {
        QString stage; ///< its name in the UI language
        int count = 0;
        qint64 amountMinor = 0;
    };
    /// Open deals of the account and its branches per stage in process order, plan's currency.
    std::vector<StageTotal> pipeline;

    /// The name of a whitespace segment: a branch's name, else the buying centre's own text.
    QString segmentName(const QString &segment) const;
};

/// Gathers the document of plan `planId` as of `asOf`.
Result<PlanReport> loadPlanReport(const Store &store, const QString &planId,
                                  const QDate &asOf = QDate::currentDate());

} // namespace kam
