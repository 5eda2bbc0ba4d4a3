// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/portfolio_health.h"

#include <QWidget>

class QBarCategoryAxis;
class QBarSet;
class QChart;
class QComboBox;
class QDateEdit;
class QLabel;
class QStackedWidget;
class QTableView;
class QValueAxis;

namespace kam {

class NpsBreakdownModel;
class Store;

/// The satisfaction of the whole portfolio: the NPS by tier, industry or region as a table and
/// a bar chart, how the answers 0…10 spread, and the accounts per lifecycle stage by tier.
class SatisfactionPortfolioView : public QWidget
{
    Q_OBJECT

public:
    /// The periods offered; Custom takes the dates typed.
    enum class Range { Last12Months, ThisYear, AllTime, Custom };

    explicit SatisfactionPortfolioView(Store *store, QWidget *parent = nullptr);

    NpsBreakdownModel *model() const { return m_model; }

    /// The days `range` stands for on `today` (Custom: from `from` to `to`).
    static analytics::DatePeriod periodOf(Range range, const QDate &today, const QDate &from = {},
                                          const QDate &to = {});

private:
    void applyPeriod();
    void updateCharts();
    void updateNpsChart();
    void updateAnswersChart();
    void updateLifecycleChart();

    NpsBreakdownModel *m_model;
    QComboBox *m_groupBy;
    QComboBox *m_range;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_summary;
    QTableView *m_table;

    QStackedWidget *m_npsStack;
    QChart *m_npsChart;
    QBarCategoryAxis *m_npsGroups;
    QBarSet *m_npsPositive;
    QBarSet *m_npsNegative;
    QBarSet *m_npsTotal;

    QStackedWidget *m_answersStack;
    QChart *m_answersChart;
    QValueAxis *m_answerCounts;
    QBarSet *m_detractors;
    QBarSet *m_passives;
    QBarSet *m_promoters;

    QStackedWidget *m_lifecycleStack;
    QBarCategoryAxis *m_stages;
    QValueAxis *m_stageCounts;
    QList<QBarSet *> m_tierSets; ///< in Tier order
};

} // namespace kam
