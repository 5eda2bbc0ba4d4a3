// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/satisfaction.h"

#include <QStringList>
#include <QWidget>

#include <vector>

class QChart;
class QChartView;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTableView;
class QBarCategoryAxis;
class QValueAxis;

namespace kam {

class EditHistory;
class SatisfactionModel;
class Store;

/// An account's satisfaction: the NPS of its responses (and its branches'), their trend by
/// quarter (overall and per dimension on 1–5, NPS on −100…100) and the responses themselves,
/// added, edited and deleted as undo commands.
class SatisfactionPanel : public QWidget
{
    Q_OBJECT

public:
    SatisfactionPanel(Store *store, EditHistory *history, QWidget *parent = nullptr);

    /// Shows the responses of `accountId` and of `branchIds` (the Account column shows only
    /// when there are branches); new responses are entered at `accountId`.
    void setAccount(const QString &accountId, const QStringList &branchIds);

    SatisfactionModel *model() const { return m_model; }
    QChart *chart() const { return m_chart; }
    /// What hovering quarter `index` (of the chart's x axis) shows: its values and comments.
    QString quarterToolTip(int index) const;

signals:
    /// A status-bar message ("Deleted the response of …").
    void message(const QString &text);

private:
    QString selectedId() const;
    void updateButtons();
    void updateSummary();
    void updateChart();
    void fitQuarterLabels();
    void addResponse();
    void editResponse();
    void deleteResponse();
    void warn(const QString &message);

    Store *m_store;
    EditHistory *m_history;
    QString m_accountId;
    SatisfactionModel *m_model;
    QSortFilterProxyModel *m_proxy;
    std::vector<analytics::QuarterSatisfaction> m_quarters;
    QLabel *m_npsValue;
    QLabel *m_npsDetail;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QSplitter *m_splitter;
    QStackedWidget *m_charts;
    QChart *m_chart;
    QChartView *m_chartView;
    QBarCategoryAxis *m_quarterAxis;
    QValueAxis *m_scoreAxis;
    QValueAxis *m_npsAxis;
    QLabel *m_legend;
    QLabel *m_emptyState;
    QTableView *m_table;
};

} // namespace kam
