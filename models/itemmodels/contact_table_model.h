// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account_rows_model.h"

namespace kam {

/// The live contacts of one account.
class ContactTableModel : public AccountRowsModel<Contact>
{
    Q_OBJECT

public:
    enum Column { Name, Title, Department, BuyingRole, Influence, Stance, Relationship, ReportsTo, Phone,
                  Email, Active, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;
    /// What a column sorts by: buying role and stance in their order, relationship by strength,
    /// the shown text elsewhere.
    static constexpr int SortRole = Qt::UserRole + 2;

    explicit ContactTableModel(Store *store, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    Result<std::vector<Contact>> load(const QString &accountId) const override;
    void refreshDerived(const QString &table) override;

private:
    QString nameOf(const QString &contactId) const;
};

} // namespace kam
