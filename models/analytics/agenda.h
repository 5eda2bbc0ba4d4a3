// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QDate>
#include <QHash>

#include <map>
#include <optional>
#include <span>
#include <vector>

// The agenda's rules: when a next step is due and when a key account needs a contact.

namespace kam::analytics {

enum class AgendaBucket { Overdue, Today, ThisWeek, Later };

/// Where a next step due on `due` stands on `today`; the week ends on Sunday.
AgendaBucket agendaBucket(const QDate &due, const QDate &today);

/// Days between contacts each tier may go without a reminder; 0 or absent: no reminder.
struct MaintenanceRules
{
    std::map<Tier, int> days;

    /// Core 14, key 30, ordinary 90; potential and unrated accounts get no reminder.
    static MaintenanceRules defaults();
    int intervalFor(Tier tier) const;
};

struct ContactReminder
{
    QString accountId;
    Tier tier = Tier::Unrated;
    int intervalDays = 0;
    int daysSince = 0;     ///< since the last contact, or since the account was created
    bool never = false;    ///< no contact at all yet
    QDateTime lastContact; ///< null when never

    int overdueDays() const { return daysSince - intervalDays; }
};

/// The live accounts with an interval that have gone longer than it without contact on
/// `today` (calendar days in local time), longest overdue first.
std::vector<ContactReminder> contactReminders(std::span<const Account> accounts,
                                              const QHash<QString, QDateTime> &lastContacts,
                                              const MaintenanceRules &rules, const QDate &today);

} // namespace kam::analytics
