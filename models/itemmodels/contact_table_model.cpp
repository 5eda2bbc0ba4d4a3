// SPDX-License-Identifier: GPL-3.0-or-later
#include "contact_table_model.h"

#include "store/store.h"

#include <QColor>

#include <algorithm>

namespace kam {

ContactTableModel::ContactTableModel(Store *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(store, &Store::rowsChanged, this, &ContactTableModel::onRowsChanged);
}

Result<void> ContactTableModel::setAccountId(const QString &accountId)
{
    Result<std::vector<Contact>> contacts = accountId.isEmpty()
                                                ? Result<std::vector<Contact>>(std::vector<Contact>{})
                                                : m_store->contacts(accountId);
    beginResetModel();
    m_accountId = accountId;
    m_contacts = contacts ? std::move(contacts).value() : std::vector<Contact>{};
    endResetModel();
    if (!contacts)
        return contacts.error();
    return {};
}

int ContactTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_contacts.size());
}

int ContactTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ContactTableModel::nameOf(const QString &contactId) const
{
    const int row = rowOf(contactId);
    return row < 0 ? QString() : m_contacts[size_t(row)].name;
}

int ContactTableModel::rowOf(const QString &id) const
{
    const auto it = std::find_if(m_contacts.begin(), m_contacts.end(),
                                 [&](const Contact &c) { return c.meta.id == id; });
    return it == m_contacts.end() ? -1 : int(it - m_contacts.begin());
}

QVariant ContactTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Contact &c = m_contacts[size_t(index.row())];
    if (role == IdRole)
        return c.meta.id;
    if (role == Qt::ForegroundRole && !c.active)
        return QColor(Qt::gray);
    if (role == Qt::CheckStateRole && index.column() == Active)
        return c.active ? Qt::Checked : Qt::Unchecked;
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

void ContactTableModel::onRowsChanged(const QString &table, const QStringList &ids)
{
    if (table != QLatin1String("contacts") || m_accountId.isEmpty())
        return;
    for (const QString &id : ids) {
        Result<Contact> contact = m_store->get<Contact>(id);
        const int row = rowOf(id);
        const bool mine = contact.ok() && !contact->meta.isDeleted()
                          && contact->accountId == m_accountId;
        if (mine && row >= 0) {
            m_contacts[size_t(row)] = std::move(contact).value();
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        } else if (mine) {
            const int newRow = rowCount();
            beginInsertRows({}, newRow, newRow);
            m_contacts.push_back(std::move(contact).value());
            endInsertRows();
        } else if (row >= 0) {
            beginRemoveRows({}, row, row);
            m_contacts.erase(m_contacts.begin() + row);
            endRemoveRows();
        }
    }
    // "Reports to" shows names of other rows, which may just have changed.
    if (!m_contacts.empty())
        emit dataChanged(index(0, ReportsTo), index(rowCount() - 1, ReportsTo));
}

} // namespace kam
