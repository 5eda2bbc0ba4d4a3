// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account_rows_model.h"

#include <QHash>

namespace kam {

/// The live plans of an account, one per row, in no particular order; views sort by SortRole
/// (the period sorts as its text: "2027" < "2027-H1" < "2027-H2" < "2028").
class PlanListModel : public AccountRowsModel<Plan>
{
    Q_OBJECT

public:
    enum Column { Period, Title, Status, Version, Owner, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< QString plans.id
        SortRole,                  ///< raw value for sorting
    };

    explicit PlanListModel(Store *store, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    Result<std::vector<Plan>> load(const QString &accountId) const override;
    void loadDerived() override;
    void refreshDerived(const QString &table) override;

private:
    QHash<QString, QString> m_userNames;
};

} // namespace kam
