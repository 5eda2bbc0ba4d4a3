// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/portfolio_value.h"
#include "portfolio_value_data.h"

#include <QAbstractTableModel>

#include <memory>

namespace kam {

/// The accounts of a period ranked by revenue or gross margin (analytics::pareto), largest
/// first: rank, name, value, its share and the cumulative share. Feeds the Pareto chart too.
class ParetoModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Rank, Name, Value, Share, Cumulative, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, ///< raw value: rank, name, minor units, shares 0…1
        AccountIdRole,               ///< QString
        ValueRole,                   ///< qint64 minor units
    };
    /// What accounts are ranked by.
    enum class Basis { Revenue, GrossMargin };

    explicit ParetoModel(QObject *parent = nullptr);

    /// Ranks the accounts of `data` (a new period's figures: a reset).
    void setSource(std::shared_ptr<const PortfolioValueData> data);
    Basis basis() const { return m_basis; }
    void setBasis(Basis basis);
    const analytics::Pareto &pareto() const { return m_pareto; }
    const PortfolioValueData *source() const { return m_data.get(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    /// The ranking was computed again (after the reset).
    void refreshed();

private:
    void rank();

    std::shared_ptr<const PortfolioValueData> m_data;
    Basis m_basis = Basis::Revenue;
    analytics::Pareto m_pareto;
};

} // namespace kam
