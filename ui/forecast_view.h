// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/pipeline.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineSeries;
class QSpinBox;
class QStackedWidget;

namespace kam {

class EditHistory;
class ForecastModel;
class PipelineSource;

/// The forecast: per month or quarter, won, commit, best case and pipeline as grouped bars,
/// weighted and the target as lines, the figures as a table; the thresholds of the categories
/// and a way to the targets.
class ForecastView : public QWidget
{
    Q_OBJECT

public:
    ForecastView(PipelineSource *source, EditHistory *history, QWidget *parent = nullptr);

    ForecastModel *model() const { return m_model; }

public slots:
    void setFilter(const kam::analytics::DealFilter &filter);

private:
    enum class Range { Next12Months, ThisYear, Next4Quarters };
    void applyRange();
    void saveThresholds();
    void updateChart();
    void openTargets();

    PipelineSource *m_source;
    EditHistory *m_history;
    ForecastModel *m_model;
    QComboBox *m_granularity;
    QComboBox *m_range;
    QSpinBox *m_commit;
    QSpinBox *m_bestCase;
    QLabel *m_error;
    QStackedWidget *m_charts;
    QLineSeries *m_target;
};

} // namespace kam
