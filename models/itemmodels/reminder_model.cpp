// SPDX-License-Identifier: GPL-3.0-or-later
#include "reminder_model.h"

#include "store/pipeline_settings.h"
#include "store/store.h"

#include <QLocale>

namespace kam {

ReminderModel::ReminderModel(Store *store, QObject *parent)
    : RecomputedRowsModel(parent)
    , m_store(store)
{
    connect(store, &Store::rowsChanged, this, [this](const QString &table) {
        if (table == QLatin1String("activities") || table == QLatin1String("accounts"))
            (void)refresh();
    });
    (void)refresh();
}

Result<void> ReminderModel::refresh()
{
    Result<std::vector<Account>> accounts = m_store->accounts();
    if (!accounts)
        return accounts.error();
    // Contacts logged for later today count: the day is what the intervals are made of.
    const QDateTime endOfToday(today().addDays(1), QTime(0, 0));
    Result<QHash<QString, QDateTime>> last = m_store->lastContacts(endOfToday.addMSecs(-1));
    if (!last)
        return last.error();
    Result<analytics::MaintenanceRules> rules = maintenanceRules(*m_store);
    if (!rules)
        return rules.error();

    QHash<QString, QString> names;
    for (const Account &a : *accounts)
        names.insert(a.meta.id, displayName(a));
    std::vector<Item> next;
    for (analytics::ContactReminder &r : analytics::contactReminders(*accounts, *last, *rules, today())) {
        QString name = names.value(r.accountId);
        next.push_back({std::move(r), std::move(name)});
    }

    syncRows({}, m_items, next, [](const Item &i) { return i.reminder.accountId; },
             [](const Item &x, const Item &y) {
                 return x.accountName == y.accountName && x.reminder.tier == y.reminder.tier
                        && x.reminder.intervalDays == y.reminder.intervalDays
                        && x.reminder.daysSince == y.reminder.daysSince
                        && x.reminder.lastContact == y.reminder.lastContact;
             });
    return {};
}

int ReminderModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ReminderModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReminderModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item &item = m_items[size_t(index.row())];
    const analytics::ContactReminder &r = item.reminder;
    if (role == AccountIdRole)
        return r.accountId;
    if (role == Qt::TextAlignmentRole && index.column() >= Interval && index.column() != LastContact)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (Column(index.column())) {
    case AccountName:
        return item.accountName;
    case Tier:
        return enumLabel(r.tier);
    case Interval:
        return locale.toString(r.intervalDays);
    case LastContact:
        return r.never ? tr("never") : locale.toString(r.lastContact.toLocalTime().date(), QLocale::ShortFormat);
    case DaysSince:
        return locale.toString(r.daysSince);
    case OverdueBy:
        return locale.toString(r.overdueDays());
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ReminderModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case AccountName:
        return tr("Account");
    case Tier:
        return tr("Tier");
    case Interval:
        return tr("Interval (days)");
    case LastContact:
        return tr("Last contact");
    case DaysSince:
        return tr("Days since");
    case OverdueBy:
        return tr("Overdue by (days)");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace kam
