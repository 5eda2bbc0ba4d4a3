// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "domain/result.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

#include <vector>

namespace kam {

class Store;

/// The live team members of one account (user and role); follows Store::rowsChanged.
class TeamTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { UserName, Role, ColumnCount };

    explicit TeamTableModel(Store *store, QObject *parent = nullptr);

    Result<void> setAccountId(const QString &accountId);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const TeamMember &memberAt(int row) const { return m_members[size_t(row)]; }

private:
    void onRowsChanged(const QString &table, const QStringList &ids);

    QPointer<Store> m_store;
    QString m_accountId;
    std::vector<TeamMember> m_members;
    QHash<QString, QString> m_userNames;
};

} // namespace kam
