// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/portfolio_value.h"
#include "portfolio_value_data.h"

#include <QAbstractTableModel>

#include <memory>

namespace kam {

/// The portfolio of a period by industry, region, kind, size or tier (analytics::segmentation):
/// one row per segment, then a Total row; accounts, revenue, gross margin, profit, margin, mean
/// value score and the accounts per tier.
class SegmentModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Name,
        Accounts,
        Revenue,
        GrossMargin,
        Profit,
        Margin,
        MeanScore,
        CoreAccounts,
        KeyAccounts,
        OrdinaryAccounts,
        PotentialAccounts,
        UnratedAccounts,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, ///< raw value: counts, minor units, percent, score (null: none)
        IsTotalRole,                 ///< bool: the Total row
        KeyRole,                     ///< QString analytics::Segment::key
    };

    explicit SegmentModel(QObject *parent = nullptr);

    void setSource(std::shared_ptr<const PortfolioValueData> data);
    analytics::SegmentDimension dimension() const { return m_dimension; }
    void setDimension(analytics::SegmentDimension dimension);
    const analytics::Segmentation &segmentation() const { return m_segmentation; }

    /// A segment's name in the UI language: the industry or region as written ("Not set" when
    /// empty), the kind's or tier's label, the size band.
    static QString segmentLabel(const QString &key, analytics::SegmentDimension dimension);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void refreshed();

private:
    void compute();
    const analytics::Segment &segmentAt(int row) const;
    QVariant display(const analytics::Segment &s, bool total, int column) const;
    QVariant sortValue(const analytics::Segment &s, int column) const;

    std::shared_ptr<const PortfolioValueData> m_data;
    analytics::SegmentDimension m_dimension = analytics::SegmentDimension::Industry;
    analytics::Segmentation m_segmentation;
};

} // namespace kam
