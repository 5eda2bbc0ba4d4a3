// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QBarCategoryAxis;
class QBarSet;
class QChart;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QValueAxis;

namespace kam {

class CampaignMemberModel;
class CampaignModel;
class DealListModel;
class EditHistory;
class PipelineSource;
class SourcedDealsProxy;
class Store;

/// The campaigns tab: every campaign (or channel) with what it cost, whom it reached and the
/// margin of the deals it sourced, cost against margin as a chart, and for the selected
/// campaign its members (add, mark a response, remove; all undoable) and its sourced deals.
class CampaignsView : public QWidget
{
    Q_OBJECT

public:
    CampaignsView(Store *store, PipelineSource *source, EditHistory *history,
                  QWidget *parent = nullptr);

    CampaignModel *model() const { return m_model; }
    CampaignMemberModel *memberModel() const { return m_members; }
    DealListModel *dealModel() const { return m_deals; }
    /// The campaign selected in the table; empty in the channel view or with none selected.
    QString selectedCampaignId() const;
    /// Selects a campaign's row; false when it is not shown.
    bool selectCampaign(const QString &campaignId);
    /// Sourced deals of the selected campaign as listed.
    int sourcedDealCount() const;

public slots:
    void newCampaign();
    void editCampaign();
    void deleteCampaign();
    void addMembers();
    void markResponse();
    void removeMember();

private:
    void updateSelection();
    void updateChart();
    void updateSummary();
    void updateButtons();
    QString selectedMemberId() const;

    Store *m_store;
    PipelineSource *m_source;
    EditHistory *m_history;
    CampaignModel *m_model;
    QSortFilterProxyModel *m_proxy;
    CampaignMemberModel *m_members;
    QSortFilterProxyModel *m_memberProxy;
    DealListModel *m_deals;
    SourcedDealsProxy *m_dealProxy;
    QComboBox *m_show;
    QDoubleSpinBox *m_defaultMargin;
    QLabel *m_summary;
    QTableView *m_table;
    QStackedWidget *m_chartStack;
    QChart *m_chart;
    QBarCategoryAxis *m_categories;
    QValueAxis *m_amounts;
    QBarSet *m_costSet;
    QBarSet *m_marginSet;
    QLabel *m_detailTitle;
    QTabWidget *m_detailTabs;
    QTableView *m_memberTable;
    QTableView *m_dealTable;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPushButton *m_addMembers;
    QPushButton *m_markResponse;
    QPushButton *m_removeMember;
};

} // namespace kam
