// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "itemmodels/portfolio_value_data.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>

#include <memory>

class QBarCategoryAxis;
class QBarSeries;
class QBarSet;
class QChart;
class QComboBox;
class QDateEdit;
class QGraphicsSimpleTextItem;
class QLabel;
class QLineSeries;
class QScatterSeries;
class QSortFilterProxyModel;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QValueAxis;

namespace kam {

class ParetoModel;
class ProfitabilityModel;
class SegmentModel;
class Store;

/// The portfolio's value and profitability over a period, in three tabs: Pareto (revenue or
/// gross margin concentration, bars with the cumulative share and the 80 % mark), Profitability
/// (the table and the value × profitability quadrant) and Segments. The figures are loaded and
/// scored off the UI thread on a connection of the view's own, again (debounced) whenever deals,
/// costs, activities or accounts change.
class ProfitabilityView : public QWidget
{
    Q_OBJECT

public:
    /// The periods offered; Custom takes the dates typed.
    enum class Range { ThisYear, LastFourQuarters, Custom };
    /// The most accounts drawn as bars of their own; the rest make one bar "Others".
    static constexpr int kParetoBars = 50;

    explicit ProfitabilityView(Store *store, QWidget *parent = nullptr);
    ~ProfitabilityView() override;

    ParetoModel *paretoModel() const { return m_pareto; }
    ProfitabilityModel *profitabilityModel() const { return m_profitability; }
    SegmentModel *segmentModel() const { return m_segments; }
    /// True while figures are being loaded or a reload is waiting.
    bool isLoading() const;
    /// The day the periods and scores are computed for: today unless set (tests).
    void setToday(const QDate &today);

    /// The days `range` stands for on `today` (Custom: from `from` to `to`).
    static std::pair<QDate, QDate> periodOf(Range range, const QDate &today, const QDate &from = {},
                                            const QDate &to = {});

signals:
    /// New figures are shown (or the load failed and says so).
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Loaded
    {
        std::shared_ptr<const PortfolioValueData> data;
        QString error;
    };

    QWidget *makeParetoTab();
    QWidget *makeProfitabilityTab();
    QWidget *makeSegmentsTab();
    void scheduleReload();
    void reload();
    void onLoaded();
    void updateParetoChart();
    void updateQuadrantChart();
    void placeQuadrantLabels();
    void updateSegmentChart();
    void selectAccount(const QString &accountId);

    Store *m_store;
    QDate m_today;
    bool m_stale = true;
    bool m_reloadAgain = false;
    QTimer m_debounce;
    QFutureWatcher<Loaded> m_watcher;

    QComboBox *m_range;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_status;
    QTabWidget *m_tabs;

    ParetoModel *m_pareto;
    QComboBox *m_basis;
    QLabel *m_paretoCaption;
    QStackedWidget *m_paretoStack;
    QChart *m_paretoChart;
    QBarSet *m_paretoBars;
    QBarCategoryAxis *m_paretoRanks;
    QValueAxis *m_paretoValues;
    QValueAxis *m_paretoX;
    QLineSeries *m_cumulative;
    QLineSeries *m_markLine;

    ProfitabilityModel *m_profitability;
    QSortFilterProxyModel *m_profitabilityProxy;
    QTableView *m_profitabilityTable;
    QStackedWidget *m_quadrantStack;
    QChart *m_quadrantChart;
    QValueAxis *m_scoreAxis;
    QValueAxis *m_marginAxis;
    QList<QScatterSeries *> m_quadrantSeries; ///< in ValueQuadrant order
    QList<QStringList> m_quadrantAccounts;    ///< the account of each point, per series
    QLineSeries *m_valueSplitLine;
    QLineSeries *m_zeroMarginLine;
    QList<QGraphicsSimpleTextItem *> m_quadrantLabels; ///< in ValueQuadrant order

    SegmentModel *m_segments;
    QComboBox *m_dimension;
    QStackedWidget *m_segmentStack;
    QChart *m_segmentChart;
    QBarCategoryAxis *m_segmentNames;
    QValueAxis *m_segmentValues;
    QBarSet *m_segmentRevenue;
    QBarSet *m_segmentMargin;
    QBarSet *m_segmentProfit;
};

} // namespace kam
