// SPDX-License-Identifier: GPL-3.0-or-later
#include "contact_table_model.h"
#include "tone_colors.h"


#include <QColor>

namespace kam {

ContactTableModel::ContactTableModel(Store *store, QObject *parent)
    : AccountRowsModel(store, ColumnCount, parent)
{
}

Result<std::vector<Contact>> ContactTableModel::load(const QString &accountId) const
{
    return store()->contacts(accountId);
}

QString ContactTableModel::nameOf(const QString &contactId) const
{
    const int row = rowOf(contactId);
    return row < 0 ? QString() : rowAt(row).name;
}

QVariant ContactTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Contact &c = rowAt(index.row());
    if (role == IdRole)
        return c.meta.id;
    if (role == Qt::ForegroundRole && !c.active)
        return toneText(Tone::Muted);
    if (role == Qt::CheckStateRole && index.column() == Active)
        return c.active ? Qt::Checked : Qt::Unchecked;
    if (role == SortRole) {
        switch (Column(index.column())) {
        case BuyingRole:
            return int(c.buyingRole);
        case Stance:
            return int(c.stance);
        case Relationship:
            return c.relationship;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Name:
        return c.name;
    case Title:
        return c.title;
    case Department:
        return c.department;
    case BuyingRole:
        return enumLabel(c.buyingRole);
    case Influence:
        return c.influence;
    case Stance:
        return enumLabel(c.stance);
    case Relationship:
        return relationshipLabel(c.relationship);
    case ReportsTo:
        return nameOf(c.reportsToId);
    case Phone:
        return c.phone;
    case Email:
        return c.email;
    case Active:
        return c.active ? tr("Active") : tr("Left");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ContactTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case Title:
        return tr("Title");
    case Department:
        return tr("Department");
    case BuyingRole:
        return tr("Buying role");
    case Influence:
        return tr("Influence");
    case Stance:
        return tr("Stance");
    case Relationship:
        return tr("Relationship");
    case ReportsTo:
        return tr("Reports to");
    case Phone:
        return tr("Phone");
    case Email:
        return tr("E-mail");
    case Active:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

void ContactTableModel::refreshDerived(const QString &table)
{
    // "Reports to" shows names of other rows, which may just have changed.
    if (table == QLatin1String("contacts") && rowCount() > 0)
        emit dataChanged(index(0, ReportsTo), index(rowCount() - 1, ReportsTo));
}

} // namespace kam
