// SPDX-License-Identifier: GPL-3.0-or-later
#include "agenda.h"

#include <algorithm>

namespace kam::analytics {

AgendaBucket agendaBucket(const QDate &due, const QDate &today)
{
    if (due < today)
        return AgendaBucket::Overdue;
    if (due == today)
        return AgendaBucket::Today;
    const QDate sunday = today.addDays(7 - today.dayOfWeek());
    return due <= sunday ? AgendaBucket::ThisWeek : AgendaBucket::Later;
}

MaintenanceRules MaintenanceRules::defaults()
{
    return {{{Tier::Core, 14}, {Tier::Key, 30}, {Tier::Ordinary, 90}}};
}

int MaintenanceRules::intervalFor(Tier tier) const
{
    const auto it = days.find(tier);
    return it == days.end() ? 0 : std::max(0, it->second);
}

std::vector<ContactReminder> contactReminders(std::span<const Account> accounts,
                                              const QHash<QString, QDateTime> &lastContacts,
                                              const MaintenanceRules &rules, const QDate &today)
{
    std::vector<ContactReminder> out;
    for (const Account &a : accounts) {
        const int interval = rules.intervalFor(a.tier);
        if (interval <= 0 || a.meta.isDeleted())
            continue;
        ContactReminder r;
        r.accountId = a.meta.id;
        r.tier = a.tier;
        r.intervalDays = interval;
        const auto last = lastContacts.constFind(a.meta.id);
        r.never = last == lastContacts.cend();
        if (!r.never)
            r.lastContact = *last;
        const QDateTime since = r.never ? a.meta.createdAt : *last;
        r.daysSince = int(since.toLocalTime().date().daysTo(today));
        if (r.daysSince > interval)
            out.push_back(std::move(r));
    }
    std::stable_sort(out.begin(), out.end(), [](const ContactReminder &x, const ContactReminder &y) {
        return x.overdueDays() > y.overdueDays();
    });
    return out;
}

} // namespace kam::analytics
