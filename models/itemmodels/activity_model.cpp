// SPDX-License-Identifier: GPL-3.0-or-later
#include "activity_model.h"
#include "tone_colors.h"

#include <QColor>
#include <QLocale>

namespace kam {

bool hasNextStep(const Activity &a)
{
    return !a.nextStep.isEmpty() || a.dueOn.isValid();
}

ActivityModel::ActivityModel(Store *store, QObject *parent)
    : AccountRowsModel(store, ColumnCount, parent)
{
}

Result<std::vector<Activity>> ActivityModel::load(const QString &accountId) const
{
    return store()->activities({accountId});
}

void ActivityModel::loadDerived()
{
    m_accountNames.clear();
    m_contactNames.clear();
    for (const QString &id : accountIds()) {
        if (Result<Account> a = store()->get<Account>(id))
            m_accountNames.insert(id, displayName(*a));
        if (Result<std::vector<Contact>> contacts = store()->contacts(id))
            for (const Contact &c : *contacts)
                m_contactNames.insert(c.meta.id, c.name);
    }
}

void ActivityModel::refreshDerived(const QString &table)
{
    const int column = table == QLatin1String("contacts")   ? ContactNames
                       : table == QLatin1String("accounts") ? AccountName
                                                            : -1;
    if (column < 0)
        return;
    loadDerived();
    if (rowCount() > 0)
        emit dataChanged(index(0, column), index(rowCount() - 1, column));
}

QString ActivityModel::contactNames(const Activity &a) const
{
    QStringList names;
    for (const QString &id : a.contacts())
        if (const QString name = m_contactNames.value(id); !name.isEmpty())
            names << name;
    return QLocale().createSeparatedList(names);
}

QVariant ActivityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Activity &a = rowAt(index.row());
    const Column column = Column(index.column());
    switch (role) {
    case IdRole:
        return a.meta.id;
    case SortRole:
        switch (column) {
        case Date:
            return a.occurredAt;
        case Due:
            return a.dueOn;
        case Cost:
            return a.costMinor;
        case Done:
            return a.done;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::CheckStateRole:
        if (column == Done && hasNextStep(a))
            return a.done ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ForegroundRole:
        if (column == Due && !a.done && a.dueOn.isValid() && a.dueOn < QDate::currentDate())
            return toneText(Tone::Bad);
        return {};
    case Qt::TextAlignmentRole:
        if (column == Cost)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (column == Summary || column == Outcome || column == NextStep || column == ContactNames)
            return data(index, Qt::DisplayRole);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const QLocale locale;
    switch (column) {
    case Date:
        return locale.toString(a.occurredAt.toLocalTime(), QLocale::ShortFormat);
    case Kind:
        return enumLabel(a.kind);
    case AccountName:
        return m_accountNames.value(a.accountId);
    case ContactNames:
        return contactNames(a);
    case Summary:
        return a.summary;
    case Outcome:
        return a.outcome;
    case NextStep:
        return a.nextStep;
    case Due:
        return a.dueOn.isValid() ? locale.toString(a.dueOn, QLocale::ShortFormat) : QString();
    case Done:
        return {};
    case Cost:
        return a.costMinor == 0 ? QString() : formatMoney(Money{a.costMinor, a.currency}, locale);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Date:
        return tr("Date");
    case Kind:
        return tr("Kind");
    case AccountName:
        return tr("Account");
    case ContactNames:
        return tr("Contacts");
    case Summary:
        return tr("Summary");
    case Outcome:
        return tr("Outcome");
    case NextStep:
        return tr("Next step");
    case Due:
        return tr("Due");
    case Done:
        return tr("Done");
    case Cost:
        return tr("Cost");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags ActivityModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Done && hasNextStep(rowAt(index.row())))
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool ActivityModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !index.isValid() || index.column() != Done
        || !hasNextStep(rowAt(index.row())))
        return false;
    emit doneToggleRequested(rowAt(index.row()).meta.id,
                             Qt::CheckState(value.toInt()) == Qt::Checked);
    return true;
}

} // namespace kam
