// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/portfolio_health.h"
#include "domain/result.h"
#include "recomputed_rows.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace kam {

class Store;

/// The portfolio's NPS by tier, industry or region (analytics::npsBreakdown): one row per group
/// in the breakdown's order, then a Total row. Follows the store's accounts and satisfaction
/// responses. The same read also gives the answer distribution and the lifecycle distribution
/// the satisfaction portfolio charts, so the view reads the store once per change.
class NpsBreakdownModel : public RecomputedRowsModel<QAbstractTableModel>
{
    Q_OBJECT

public:
    enum Column {
        Group,
        Accounts,
        Responses,
        Answered,
        Promoters,
        Passives,
        Detractors,
        Nps,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, ///< raw value: tier rank or label, counts, NPS as a double
                                     ///< (null when none answered)
        IsTotalRole,                 ///< bool: the Total row
        GroupKeyRole,                ///< QString NpsGroup::key
    };

    explicit NpsBreakdownModel(Store *store, QObject *parent = nullptr);

    analytics::HealthDimension dimension() const { return m_dimension; }
    /// Shows the groups of `dimension` (their rows are other rows: a reset).
    void setDimension(analytics::HealthDimension dimension);
    const analytics::DatePeriod &period() const { return m_period; }
    /// Counts the responses given in `period`.
    void setPeriod(const analytics::DatePeriod &period);

    /// Reads the accounts and responses again (done on every change of either).
    Result<void> refresh() override;

    const analytics::NpsBreakdown &breakdown() const { return m_breakdown; }
    const analytics::AnswerDistribution &answers() const { return m_answers; }
    const analytics::LifecycleDistribution &lifecycle() const { return m_lifecycle; }

    /// A group's name in the UI language: the tier's label, the industry or region as written,
    /// "Not set" for an empty one.
    static QString groupLabel(const analytics::NpsGroup &group,
                              analytics::HealthDimension dimension);
    /// An NPS as shown: a whole number with its sign ("+32", "−8", "0"); "—" for none.
    static QString npsText(const std::optional<double> &nps);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    /// The figures were computed again (after the row signals), whether or not they changed.
    void refreshed();

private:
    struct Row
    {
        analytics::NpsGroup group;
        bool total = false;
    };

    QVariant display(const Row &row, int column) const;
    QVariant sortValue(const Row &row, int column) const;

    QPointer<Store> m_store;
    analytics::HealthDimension m_dimension = analytics::HealthDimension::Tier;
    analytics::DatePeriod m_period;
    analytics::NpsBreakdown m_breakdown;
    analytics::AnswerDistribution m_answers;
    analytics::LifecycleDistribution m_lifecycle;
    std::vector<Row> m_rows;
};

} // namespace kam
