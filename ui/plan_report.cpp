// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan_report.h"
#include "domain/account_tree.h"

#include "analytics/pipeline.h"
#include "domain/stages.h"
#include "store/store.h"

#include <QCoreApplication>

namespace kam {

QString PlanReport::segmentName(const QString &segment) const
{
    return branchNames.value(segment, segment);
}

Result<PlanReport> loadPlanReport(const Store &store, const QString &planId, const QDate &asOf)
{
    PlanReport r;
    r.asOf = asOf;
    Result<PlanContent> content = store.planContent(planId);
    if (!content)
        return content.error();
    r.content = std::move(content).value();
    const Plan &plan = r.content.plan;
    Result<Account> account = store.get<Account>(plan.accountId);
    if (!account)
        return account.error();
    r.account = std::move(account).value();
    Result<std::vector<Account>> accounts = store.accounts();
    if (!accounts)
        return accounts.error();
    const QStringList accountIds = QStringList{r.account.meta.id} + branchIds(*accounts, r.account.meta.id);
    // The group's own id is a whitespace segment too: the head office.
    for (const Account &a : *accounts)
        if (accountIds.contains(a.meta.id))
            r.branchNames.insert(a.meta.id, displayName(a));
    Result<QHash<QString, QString>> users = store.userNames();
    if (!users)
        return users.error();
    r.userNames = std::move(users).value();

    Result<std::vector<Contact>> contacts = store.contacts(r.account.meta.id);
    if (!contacts)
        return contacts.error();
    for (Contact &c : std::move(contacts).value())
        if (c.active)
            r.contacts.push_back(std::move(c));
    r.mapLayout = analytics::relationshipLayout(r.contacts);
    Result<std::vector<Activity>> activities = store.activities({r.account.meta.id});
    if (!activities)
        return activities.error();
    for (const analytics::CoverageWarning &w : analytics::coverageWarnings(r.contacts, *activities, asOf)) {
        QString name;
        for (const Contact &c : r.contacts)
            if (c.meta.id == w.contactId)
                name = c.name;
        r.coverageWarnings << w.text(name, asOf);
    }

    Result<std::vector<Opportunity>> deals = store.opportunities(accountIds);
    if (!deals)
        return deals.error();
    Result<std::vector<Stage>> stages = store.stages();
    if (!stages)
        return stages.error();
    const QDate firstQuarter
        = analytics::periodStart(asOf, analytics::Granularity::Quarter).addMonths(-21);
    for (int i = 0; i < 8; ++i) {
        const QDate start = firstQuarter.addMonths(3 * i);
        r.wonByQuarter.push_back(
            {QCoreApplication::translate("kam::PlanPdf", "Q%1 %2").arg((start.month() + 2) / 3).arg(start.year()), 0});
    }
    for (const Stage &s : *stages)
        r.pipeline.push_back({stageName(s), 0, 0});
    QHash<QString, int> stageIndex;
    for (size_t i = 0; i < stages->size(); ++i)
        stageIndex.insert((*stages)[i].meta.id, int(i));
    for (const Opportunity &d : *deals) {
        if (d.currency != plan.currency)
            continue;
        if (d.status == DealStatus::Won && d.closedOn.isValid() && d.closedOn >= firstQuarter && d.closedOn <= asOf) {
            const int months = (d.closedOn.year() - firstQuarter.year()) * 12 + d.closedOn.month() - firstQuarter.month();
            r.wonByQuarter[size_t(months / 3)].wonMinor += d.amountMinor;
        } else if (d.status == DealStatus::Open && stageIndex.contains(d.stageId)) {
            PlanReport::StageTotal &t = r.pipeline[size_t(stageIndex.value(d.stageId))];
            ++t.count;
            t.amountMinor += d.amountMinor;
        }
    }
    return r;
}

} // namespace kam
