// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/pipeline.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTableView;

namespace kam {

class FunnelModel;
class PipelineSource;
class StageChart;

/// The funnel: open deals and their amount per stage as two bar charts (stages top to bottom
/// in process order), the figures as a table, and a summary line of the totals.
class FunnelView : public QWidget
{
    Q_OBJECT

public:
    FunnelView(PipelineSource *source, QWidget *parent = nullptr);

    FunnelModel *model() const { return m_model; }

public slots:
    void setFilter(const kam::analytics::DealFilter &filter);

private:
    void updateSummary();

    FunnelModel *m_model;
    QLabel *m_summary;
    QStackedWidget *m_charts;
    QTableView *m_table;
};

} // namespace kam
