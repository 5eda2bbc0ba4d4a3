// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/pipeline.h"

#include <QWidget>

class QComboBox;

namespace kam {

class PipelineSource;

/// The owner, tier, industry, product and period filters of the board, funnel and forecast.
/// Its options follow the source; a selection that still exists survives a reload.
class DealFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit DealFilterBar(PipelineSource *source, QWidget *parent = nullptr);

    analytics::DealFilter filter() const;
    /// Hides the close-period choice, for a view that has periods of its own (the forecast).
    void hidePeriod();

signals:
    void filterChanged(const kam::analytics::DealFilter &filter);

private:
    enum class Period { Any, ThisMonth, ThisQuarter, NextQuarter, ThisYear, LastYear };

    void refreshOptions();
    void announce();

    PipelineSource *m_source;
    QComboBox *m_owner;
    QComboBox *m_tier;
    QComboBox *m_industry;
    QComboBox *m_product;
    QComboBox *m_period;
    analytics::DealFilter m_announced;
};

} // namespace kam
