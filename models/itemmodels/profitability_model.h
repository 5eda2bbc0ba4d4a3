// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/portfolio_value.h"
#include "portfolio_value_data.h"

#include <QAbstractTableModel>

#include <memory>
#include <optional>

namespace kam {

/// Every account's profitability in a period: revenue, cost of goods, gross margin, the cost
/// to serve by kind, profit and margin, with its value score and where that puts it in the
/// value × profitability quadrant (split at the median score and a 0 % margin).
class ProfitabilityModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Name,
        Revenue,
        GoodsCost,
        GrossMargin,
        Activities,
        Service,
        Discounts,
        Logistics,
        Other,
        CostToServe,
        Profit,
        Margin,
        Score,
        Quadrant,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, ///< raw value: minor units, percent, score (null: none)
        AccountIdRole,               ///< QString
        QuadrantRole,                ///< int analytics::ValueQuadrant; null for an unscored account
    };

    explicit ProfitabilityModel(QObject *parent = nullptr);

    /// Shows the accounts of `data` (a new period's figures: a reset).
    void setSource(std::shared_ptr<const PortfolioValueData> data);
    const PortfolioValueData *source() const { return m_data.get(); }
    /// The median value score the quadrant splits at.
    double valueSplit() const { return m_valueSplit; }
    /// The row of an account; -1 when it is not shown.
    int rowOf(const QString &accountId) const;

    struct Row
    {
        QString accountId;
        QString name;
        analytics::ProfitFacts facts;
        analytics::Profitability profit;
        std::optional<double> score;
        std::optional<analytics::ValueQuadrant> quadrant;
    };
    const std::vector<Row> &rows() const { return m_rows; }

    /// A quadrant's name in the UI language.
    static QString quadrantLabel(analytics::ValueQuadrant quadrant);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    /// The rows were computed again (after the reset).
    void refreshed();

private:
    QVariant display(const Row &row, int column) const;
    QVariant sortValue(const Row &row, int column) const;

    std::shared_ptr<const PortfolioValueData> m_data;
    std::vector<Row> m_rows;
    QHash<QString, int> m_rowOf;
    double m_valueSplit = 0;
};

} // namespace kam
