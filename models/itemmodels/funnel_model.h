// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figures_model.h"

#include <QDateTime>

namespace kam {

/// The funnel of a PipelineSource's deals in its main currency: one row per stage, in process
/// order. ValueRole: the stage's name, counts as int, amounts as double major units, the
/// conversion as a fraction and the days as a double (null where there is none).
class FunnelModel : public FiguresModel
{
    Q_OBJECT

public:
    enum Column {
        StageName,
        Count,
        Amount,
        Weighted,
        Reached,
        ConversionToNext,
        AvgDays,
        ColumnCount
    };

    explicit FunnelModel(PipelineSource *source, QObject *parent = nullptr);

    /// The moment open stays run to; null (the default): now, at every recompute.
    void setAsOf(const QDateTime &asOf);
    /// The figures shown, with the totals of the summary.
    const analytics::Funnel &funnel() const { return m_funnel; }

    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QStringList compute() override;
    void adopt() override;
    QVariant display(int row, int column) const override;
    QVariant value(int row, int column) const override;

private:
    QDateTime m_asOf;
    analytics::Funnel m_funnel;
    analytics::Funnel m_next;
};

} // namespace kam
