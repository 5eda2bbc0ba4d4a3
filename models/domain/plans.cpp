// SPDX-License-Identifier: GPL-3.0-or-later
#include "plans.h"
#include "ids.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace kam {

namespace {

struct ParsedPeriod
{
    int year = 0;
    int half = 0; ///< 0: the whole year
};

std::optional<ParsedPeriod> parse(const QString &period)
{
    static const QRegularExpression re(QStringLiteral(R"(^(\d{4})(?:-H([12]))?$)"));
    const QRegularExpressionMatch m = re.match(period);
    if (!m.hasMatch())
        return std::nullopt;
    return ParsedPeriod{m.captured(1).toInt(), m.captured(2).isEmpty() ? 0 : m.captured(2).toInt()};
}

QString format(ParsedPeriod p)
{
    return p.half == 0 ? QString::number(p.year) : QStringLiteral("%1-H%2").arg(p.year).arg(p.half);
}

} // namespace

std::optional<std::pair<QDate, QDate>> planPeriodDays(const QString &period)
{
    const std::optional<ParsedPeriod> p = parse(period);
    if (!p)
        return std::nullopt;
    const QDate first(p->year, p->half == 2 ? 7 : 1, 1);
    const QDate last = p->half == 1 ? QDate(p->year, 6, 30) : QDate(p->year, 12, 31);
    return std::pair{first, last};
}

QString nextPlanPeriod(const QString &period)
{
    std::optional<ParsedPeriod> p = parse(period);
    if (!p)
        return {};
    if (p->half == 1)
        p->half = 2;
    else {
        ++p->year;
        p->half = p->half == 2 ? 1 : 0;
    }
    return format(*p);
}

QString previousPlanPeriod(const QString &period)
{
    std::optional<ParsedPeriod> p = parse(period);
    if (!p)
        return {};
    if (p->half == 2)
        p->half = 1;
    else {
        --p->year;
        p->half = p->half == 1 ? 2 : 0;
    }
    return format(*p);
}

QString planPeriodLabel(const QString &period)
{
    const std::optional<ParsedPeriod> p = parse(period);
    if (!p || p->half == 0)
        return period;
    return QCoreApplication::translate("kam::Labels", "H%1 %2").arg(p->half).arg(p->year);
}

PlanContent planFromPrevious(const PlanContent &previous, const QString &period)
{
    PlanContent next;
    const QDate start = planPeriodDays(period).value_or(std::pair<QDate, QDate>{}).first;
    next.plan = previous.plan;
    next.plan.meta = {};
    next.plan.meta.id = newRowId();
    next.plan.period = period;
    next.plan.title.replace(previous.plan.period, period);
    next.plan.status = PlanStatus::Draft;
    next.plan.version = 1;
    next.plan.previousPlanId = previous.plan.meta.id;
    next.plan.revenueBaselineMinor = previous.plan.revenueTargetMinor;
    next.plan.marginBaseline = previous.plan.marginTarget;
    next.plan.walletBaseline = previous.plan.walletTarget;
    const auto place = [&](auto row) {
        row.meta = {};
        row.meta.id = newRowId();
        row.planId = next.plan.meta.id;
        return row;
    };
    QHash<QString, QString> objectiveIds; // previous id → new id
    for (const PlanObjective &o : previous.objectives) {
        PlanObjective copy = place(o);
        copy.baseline = o.target;
        copy.progress = 0;
        objectiveIds.insert(o.meta.id, copy.meta.id);
        next.objectives.push_back(copy);
    }
    for (const PlanAction &a : previous.actions) {
        if (a.status == ActionStatus::Done || a.status == ActionStatus::Cancelled)
            continue;
        PlanAction copy = place(a);
        copy.objectiveId = objectiveIds.value(a.objectiveId);
        copy.position = int(next.actions.size());
        if (copy.dueOn.isValid() && copy.dueOn < start)
            copy.dueOn = {};
        next.actions.push_back(copy);
    }
    for (const PlanRisk &r : previous.risks)
        next.risks.push_back(place(r));
    for (const WhitespaceCell &c : previous.whitespace)
        next.whitespace.push_back(place(c));
    return next;
}

} // namespace kam
