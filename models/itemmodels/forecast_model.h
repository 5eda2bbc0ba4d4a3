// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figures_model.h"

namespace kam {

/// The forecast of a PipelineSource's deals in its main currency: one row per month or quarter
/// of the range. ValueRole: the period's position (0 first, the x of a category axis), amounts
/// as double major units (a missing target is null), the attainment as a fraction.
class ForecastModel : public FiguresModel
{
    Q_OBJECT

public:
    enum Column {
        Period,
        Target,
        Won,
        Commit,
        BestCase,
        PipelineAmount,
        Weighted,
        Projected,
        Attainment,
        ColumnCount
    };

    /// Months by default, over the next 12 months, with the store's thresholds.
    explicit ForecastModel(PipelineSource *source, QObject *parent = nullptr);

    void setGranularity(analytics::Granularity granularity);
    analytics::Granularity granularity() const { return m_granularity; }
    /// The days the periods cover (whole periods from the one holding `from`).
    void setRange(const QDate &from, const QDate &to);
    /// Only what the forecast counts with; saving them is setForecastThresholds().
    void setThresholds(analytics::ForecastThresholds thresholds);
    analytics::ForecastThresholds thresholds() const { return m_thresholds; }
    const analytics::Forecast &forecast() const { return m_forecast; }

    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QStringList compute() override;
    void adopt() override;
    QVariant display(int row, int column) const override;
    QVariant value(int row, int column) const override;

private:
    std::optional<qint64> amount(const analytics::ForecastBucket &b, int column) const;
    std::optional<double> attainment(const analytics::ForecastBucket &b) const;

    analytics::Granularity m_granularity = analytics::Granularity::Month;
    QDate m_from;
    QDate m_to;
    analytics::ForecastThresholds m_thresholds;
    analytics::Forecast m_forecast;
    analytics::Forecast m_next;
};

} // namespace kam
