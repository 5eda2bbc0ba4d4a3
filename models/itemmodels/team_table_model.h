// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account_rows_model.h"

#include <QHash>

namespace kam {

/// The live team members of one account (user and role).
class TeamTableModel : public AccountRowsModel<TeamMember>
{
    Q_OBJECT

public:
    enum Column { UserName, Role, ColumnCount };

    explicit TeamTableModel(Store *store, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    Result<std::vector<TeamMember>> load(const QString &accountId) const override;
    void refreshDerived(const QString &table) override;

private:
    QHash<QString, QString> m_userNames;
};

} // namespace kam
