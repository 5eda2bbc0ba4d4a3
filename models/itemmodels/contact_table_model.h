// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "domain/result.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <vector>

namespace kam {

class Store;

/// The live contacts of one account; follows Store::rowsChanged.
class ContactTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Title, Department, BuyingRole, Influence, Stance, ReportsTo, Phone, Email,
                  Active, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit ContactTableModel(Store *store, QObject *parent = nullptr);

    /// Shows the contacts of `accountId` (empty: none).
    Result<void> setAccountId(const QString &accountId);
    QString accountId() const { return m_accountId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const Contact &contactAt(int row) const { return m_contacts[size_t(row)]; }
    int rowOf(const QString &id) const;

private:
    void onRowsChanged(const QString &table, const QStringList &ids);
    QString nameOf(const QString &contactId) const;

    QPointer<Store> m_store;
    QString m_accountId;
    std::vector<Contact> m_contacts;
};

} // namespace kam
