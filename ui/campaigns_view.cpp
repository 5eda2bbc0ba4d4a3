// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaigns_view.h"

#include "store/app_settings.h"
#include "campaign_dialog.h"
#include "campaign_members_dialog.h"
#include "campaign_response_dialog.h"
#include "chart_helpers.h"
#include "commands/store_commands.h"
#include "deal_dialog.h"
#include "itemmodels/campaign_member_model.h"
#include "itemmodels/campaign_model.h"
#include "itemmodels/deal_list_model.h"
#include "itemmodels/pipeline_source.h"
#include "widget_helpers.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QLegend>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace kam {

namespace {

const QString kDefaultMarginKey = QStringLiteral("campaigns/default_margin_percent");
constexpr double kDefaultMarginPercent = 30;
/// Bars beyond these many make the chart unreadable; the first ones as sorted are drawn.
constexpr int kMaxBars = 12;
const QColor kCostColor(0x90, 0xa4, 0xae);
const QColor kMarginColor(0x1f, 0x77, 0xb4);

/// Sorts by the model's SortRole, keeps the Total row last in either order and rows without a
/// value (no ROI) below those with one.
class CampaignSortProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        const bool ascending = sortOrder() == Qt::AscendingOrder;
        if (left.data(CampaignModel::IsTotalRole).toBool())
            return !ascending;
        if (right.data(CampaignModel::IsTotalRole).toBool())
            return ascending;
        const QVariant l = left.data(CampaignModel::SortRole);
        const QVariant r = right.data(CampaignModel::SortRole);
        if (!l.isValid() || !r.isValid())
            return !l.isValid() && r.isValid();
        if (l.typeId() == QMetaType::QString)
            return QString::localeAwareCompare(l.toString(), r.toString()) < 0;
        return QVariant::compare(l, r) == QPartialOrdering::Less;
    }
};

/// Opens a dialog window-modally; it deletes itself when closed.
void openDialog(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace

/// The deals whose source campaign is the selected one: its id, or (deals of older stores)
/// its name.
class SourcedDealsProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setCampaign(const QString &id, const QString &name)
    {
        if (id == m_id && name == m_name)
            return;
        m_id = id;
        m_name = name;
        invalidateRowsFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &) const override
    {
        if (m_id.isEmpty())
            return false;
        const Opportunity *deal = static_cast<DealListModel *>(sourceModel())->deal(row);
        return deal && (deal->sourceCampaign == m_id
                        || (!m_name.isEmpty() && deal->sourceCampaign == m_name));
    }

private:
    QString m_id;
    QString m_name;
};

CampaignsView::CampaignsView(Store *store, PipelineSource *source, EditHistory *history,
                             QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_source(source)
    , m_history(history)
    , m_model(new CampaignModel(store, this))
    , m_proxy(new CampaignSortProxy(this))
    , m_members(new CampaignMemberModel(store, this))
    , m_memberProxy(new QSortFilterProxyModel(this))
    , m_deals(new DealListModel(source, this))
    , m_dealProxy(new SourcedDealsProxy(this))
    , m_show(new QComboBox(this))
    , m_defaultMargin(new QDoubleSpinBox(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_detailTitle(new QLabel(this))
    , m_detailTabs(new QTabWidget(this))
    , m_memberTable(new QTableView(this))
    , m_dealTable(new QTableView(this))
{
    setObjectName(QStringLiteral("campaignsView"));

    m_show->setObjectName(QStringLiteral("campaignsShow"));
    m_show->addItem(tr("By campaign"), int(CampaignModel::Mode::Campaigns));
    m_show->addItem(tr("By channel"), int(CampaignModel::Mode::Channels));
    m_defaultMargin->setObjectName(QStringLiteral("campaignDefaultMargin"));
    m_defaultMargin->setRange(0, 100);
    m_defaultMargin->setDecimals(1);
    m_defaultMargin->setSuffix(QStringLiteral(" %"));
    m_defaultMargin->setToolTip(tr("The gross margin credited to won deals of accounts that have "
                                   "no cost of goods entered"));
    const Result<QString> saved = store->setting(kDefaultMarginKey);
    bool ok = false;
    const double margin = saved ? saved->toDouble(&ok) : 0;
    m_defaultMargin->setValue(ok ? margin : kDefaultMarginPercent);
    m_model->setDefaultMarginPercent(m_defaultMargin->value());

    auto button = [this](const QString &text, const char *name) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        return b;
    };
    m_new = button(tr("&New campaign…"), "campaignNewButton");
    m_edit = button(tr("&Edit…"), "campaignEditButton");
    m_delete = button(tr("&Delete"), "campaignDeleteButton");
    m_addMembers = button(tr("&Add accounts…"), "campaignAddMembersButton");
    m_markResponse = button(tr("&Mark response…"), "campaignMarkResponseButton");
    m_removeMember = button(tr("&Remove"), "campaignRemoveMemberButton");

    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Show:"), this));
    controls->addWidget(m_show);
    controls->addSpacing(16);
    auto *marginLabel = new QLabel(tr("Margin where none is known:"), this);
    marginLabel->setBuddy(m_defaultMargin);
    controls->addWidget(marginLabel);
    controls->addWidget(m_defaultMargin);
    controls->addStretch();
    controls->addWidget(m_new);
    controls->addWidget(m_edit);
    controls->addWidget(m_delete);

    m_summary->setObjectName(QStringLiteral("campaignsSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    m_proxy->setSourceModel(m_model);
    setupRowView(m_table, "campaignsTable");
    m_table->setAccessibleName(tr("Campaigns"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CampaignModel::StartsOn, Qt::DescendingOrder);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CampaignModel::Name, QHeaderView::Interactive);
    m_table->setColumnWidth(CampaignModel::Name, 200);
    // What a campaign returned for its cost first, where it is seen without scrolling; how
    // it got there (reach, responses, deals) after.
    QHeaderView *header = m_table->horizontalHeader();
    header->moveSection(header->visualIndex(CampaignModel::AttributedMargin), header->visualIndex(CampaignModel::Cost) + 1);
    header->moveSection(header->visualIndex(CampaignModel::Roi), header->visualIndex(CampaignModel::AttributedMargin) + 1);
    header->moveSection(header->visualIndex(CampaignModel::WonRevenue), header->visualIndex(CampaignModel::Cost) + 1);
    addCsvExport(m_table, tr("campaigns"), *m_store);

    // Cost against the margin each campaign brought: the gap between the bars is its return.
    m_costSet = new QBarSet(tr("Cost"));
    m_costSet->setColor(kCostColor);
    m_costSet->setBorderColor(kCostColor);
    m_marginSet = new QBarSet(tr("Attributed margin"));
    m_marginSet->setColor(kMarginColor);
    m_marginSet->setBorderColor(kMarginColor);
    auto *series = new QHorizontalBarSeries;
    series->append({ m_costSet, m_marginSet });
    series->setBarWidth(0.8);
    m_categories = new QBarCategoryAxis;
    m_amounts = new QValueAxis;
    m_amounts->setLabelFormat(QStringLiteral("%.0f"));
    m_chart = new QChart;
    m_chart->setLocalizeNumbers(true);
    m_chart->addSeries(series);
    m_chart->addAxis(m_categories, Qt::AlignLeft);
    m_chart->addAxis(m_amounts, Qt::AlignBottom);
    series->attachAxis(m_categories);
    series->attachAxis(m_amounts);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    QFont title = m_chart->titleFont();
    title.setBold(true);
    m_chart->setTitleFont(title);
    m_chartStack = new QStackedWidget(this);
    QChartView *chartView = makeChartView(m_chart, m_chartStack);
    chartView->setObjectName(QStringLiteral("campaignsChart"));
    m_chartStack->addWidget(chartView);
    QLabel *empty = makeEmptyState(tr("No campaigns yet. Record one with “New campaign…”; deals "
                                      "name it as their source campaign."),
                                   m_chartStack);
    empty->setFrameShape(QFrame::StyledPanel);
    m_chartStack->addWidget(empty);

    m_memberProxy->setSourceModel(m_members);
    m_memberProxy->setSortRole(CampaignMemberModel::SortRole);
    m_memberProxy->setSortLocaleAware(true);
    setupRowView(m_memberTable, "campaignMembersTable");
    m_memberTable->setAccessibleName(tr("Campaign audience"));
    m_memberTable->setModel(m_memberProxy);
    m_memberTable->setSortingEnabled(true);
    m_memberTable->sortByColumn(CampaignMemberModel::AccountName, Qt::AscendingOrder);
    m_memberTable->setColumnWidth(CampaignMemberModel::AccountName, 220);
    m_memberTable->setColumnWidth(CampaignMemberModel::ContactName, 180);
    m_memberTable->setColumnWidth(CampaignMemberModel::RespondedOn, 110);
    addCsvExport(m_memberTable, tr("campaign-members"), *m_store);

    m_dealProxy->setSourceModel(m_deals);
    m_dealProxy->setSortRole(DealListModel::SortRole);
    m_dealProxy->setSortLocaleAware(true);
    setupRowView(m_dealTable, "campaignDealsTable");
    m_dealTable->setAccessibleName(tr("Sourced deals"));
    m_dealTable->setModel(m_dealProxy);
    m_dealTable->setSortingEnabled(true);
    m_dealTable->sortByColumn(DealListModel::ExpectedClose, Qt::AscendingOrder);
    m_dealTable->setColumnWidth(DealListModel::Title, 220);
    m_dealTable->setColumnWidth(DealListModel::Account, 160);
    addCsvExport(m_dealTable, tr("campaign-deals"), *m_store);

    auto *memberPage = new QWidget(this);
    auto *memberButtons = new QHBoxLayout;
    memberButtons->addWidget(m_addMembers);
    memberButtons->addWidget(m_markResponse);
    memberButtons->addWidget(m_removeMember);
    memberButtons->addStretch();
    auto *memberLayout = new QVBoxLayout(memberPage);
    memberLayout->addWidget(m_memberTable, 1);
    memberLayout->addLayout(memberButtons);
    m_detailTabs->setObjectName(QStringLiteral("campaignDetailTabs"));
    m_detailTabs->addTab(memberPage, tr("Members"));
    m_detailTabs->addTab(m_dealTable, tr("Sourced deals"));
    m_detailTitle->setObjectName(QStringLiteral("campaignDetailTitle"));
    QFont bold = m_detailTitle->font();
    bold.setBold(true);
    m_detailTitle->setFont(bold);

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detailTitle);
    detailLayout->addWidget(m_detailTabs, 1);

    // The table takes the whole width (its figures are the point); the selected campaign's
    // members and deals sit next to the chart below it.
    auto *bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(detail);
    bottom->addWidget(m_chartStack);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 2);
    bottom->setChildrenCollapsible(false);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);

    connect(m_show, &QComboBox::currentIndexChanged, this, [this] {
        const auto mode = CampaignModel::Mode(m_show->currentData().toInt());
        m_model->setMode(mode);
        const bool channels = mode == CampaignModel::Mode::Channels;
        for (int column : { CampaignModel::Channel, CampaignModel::StartsOn, CampaignModel::EndsOn })
            m_table->setColumnHidden(column, channels);
        updateSelection();
    });
    connect(m_defaultMargin, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        (void)m_store->setSetting(kDefaultMarginKey, QString::number(value));
        m_model->setDefaultMarginPercent(value);
    });
    connect(m_new, &QPushButton::clicked, this, &CampaignsView::newCampaign);
    connect(m_edit, &QPushButton::clicked, this, &CampaignsView::editCampaign);
    connect(m_delete, &QPushButton::clicked, this, &CampaignsView::deleteCampaign);
    connect(m_addMembers, &QPushButton::clicked, this, &CampaignsView::addMembers);
    connect(m_markResponse, &QPushButton::clicked, this, &CampaignsView::markResponse);
    connect(m_removeMember, &QPushButton::clicked, this, &CampaignsView::removeMember);
    connect(m_table, &QAbstractItemView::activated, this, &CampaignsView::editCampaign);
    connect(m_memberTable, &QAbstractItemView::activated, this, &CampaignsView::markResponse);
    connect(m_dealTable, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (const Opportunity *deal = m_deals->deal(m_dealProxy->mapToSource(index).row()))
            openDealDialog(m_source, m_history, *deal, this);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CampaignsView::updateSelection);
    connect(m_memberTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CampaignsView::updateButtons);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_table->selectionModel()->currentIndex().isValid())
            m_table->selectRow(0);
    });
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &CampaignsView::updateSelection);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        if (m_proxy->rowCount() > 0)
            m_table->selectRow(0);
        updateSelection();
    });
    // Sorting reorders the bars, which are drawn in the table's order.
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &CampaignsView::updateChart);
    connect(m_model, &CampaignModel::refreshed, this, [this] {
        updateSelection(); // a renamed campaign renames its detail and its legacy deals
        updateChart();
        updateSummary();
    });
    connect(m_model, &CampaignModel::failed, this, [this](const QString &message) {
        m_summary->setText(tr("The campaign figures could not be read: %1").arg(message));
    });
    for (QAbstractItemModel *model : { static_cast<QAbstractItemModel *>(m_memberProxy),
                                       static_cast<QAbstractItemModel *>(m_dealProxy) }) {
        connect(model, &QAbstractItemModel::modelReset, this, &CampaignsView::updateButtons);
        connect(model, &QAbstractItemModel::rowsInserted, this, &CampaignsView::updateButtons);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &CampaignsView::updateButtons);
    }

    if (m_proxy->rowCount() > 0)
        m_table->selectRow(0);
    updateSelection();
    updateChart();
    updateSummary();
}

QString CampaignsView::selectedCampaignId() const
{
    if (m_model->mode() != CampaignModel::Mode::Campaigns)
        return {};
    return m_table->selectionModel()->currentIndex().data(CampaignModel::IdRole).toString();
}

bool CampaignsView::selectCampaign(const QString &campaignId)
{
    const int row = m_model->rowOf(campaignId);
    if (row < 0 || m_model->mode() != CampaignModel::Mode::Campaigns)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

int CampaignsView::sourcedDealCount() const
{
    return m_dealProxy->rowCount();
}

QString CampaignsView::selectedMemberId() const
{
    return m_memberTable->selectionModel()->currentIndex().data(CampaignMemberModel::IdRole).toString();
}

void CampaignsView::updateSelection()
{
    const QString id = selectedCampaignId();
    const int row = m_model->rowOf(id);
    const Campaign *campaign = row >= 0 ? m_model->campaign(row) : nullptr;
    m_members->setCampaign(campaign ? id : QString());
    m_dealProxy->setCampaign(campaign ? id : QString(), campaign ? campaign->name : QString());
    if (m_model->mode() == CampaignModel::Mode::Channels)
        m_detailTitle->setText(tr("Pick “By campaign” to see a campaign's members and deals."));
    else if (campaign)
        m_detailTitle->setText(tr("%1 · %2").arg(campaign->name, enumLabel(campaign->channel)));
    else
        m_detailTitle->setText(tr("No campaign selected."));
    updateButtons();
}

void CampaignsView::updateButtons()
{
    const bool campaigns = m_model->mode() == CampaignModel::Mode::Campaigns;
    const bool selected = !selectedCampaignId().isEmpty();
    m_new->setEnabled(campaigns);
    m_edit->setEnabled(selected);
    m_delete->setEnabled(selected);
    m_addMembers->setEnabled(selected);
    const bool member = !selectedMemberId().isEmpty();
    m_markResponse->setEnabled(member);
    m_removeMember->setEnabled(member);
    m_detailTabs->setTabText(0, tr("Members (%1)").arg(QLocale().toString(m_memberProxy->rowCount())));
    m_detailTabs->setTabText(1, tr("Sourced deals (%1)").arg(QLocale().toString(m_dealProxy->rowCount())));
}

void CampaignsView::updateChart()
{
    QStringList labels;
    QList<qreal> costs;
    QList<qreal> margins;
    double top = 0;
    int shown = 0;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        if (m_proxy->index(row, 0).data(CampaignModel::IsTotalRole).toBool())
            continue;
        if (shown == kMaxBars)
            break;
        ++shown;
        const auto value = [&](int column) {
            return m_proxy->index(row, column).data(CampaignModel::SortRole).toDouble();
        };
        const double cost = value(CampaignModel::Cost);
        const double margin = value(CampaignModel::AttributedMargin);
        top = std::max({ top, cost, margin });
        // Name over return on two lines: one line is cut short beside the bars. The axis labels
        // take rich text.
        labels << m_proxy->index(row, CampaignModel::Name).data().toString().toHtmlEscaped()
                      + QStringLiteral("<br>")
                      + tr("ROI %1").arg(m_proxy->index(row, CampaignModel::Roi).data().toString()).toHtmlEscaped();
        costs << cost;
        margins << margin;
    }
    // A horizontal bar chart draws its first category at the bottom; the table's first row
    // goes on top.
    std::reverse(labels.begin(), labels.end());
    std::reverse(costs.begin(), costs.end());
    std::reverse(margins.begin(), margins.end());
    m_categories->setCategories(labels);
    m_costSet->remove(0, m_costSet->count());
    m_marginSet->remove(0, m_marginSet->count());
    m_costSet->append(costs);
    m_marginSet->append(margins);
    setRoundRange(m_amounts, top);
    const int rows = m_model->rowCount()
                     - (m_model->mode() == CampaignModel::Mode::Channels ? 1 : 0);
    QString title = tr("Cost and attributed margin (%1)").arg(m_model->currency());
    if (rows > kMaxBars)
        title = tr("Cost and attributed margin (%1), the first %n as sorted", nullptr, kMaxBars)
                    .arg(m_model->currency());
    m_chart->setTitle(title);
    m_chartStack->setCurrentIndex(shown > 0 ? 0 : 1);
}

void CampaignsView::updateSummary()
{
    const analytics::CampaignFacts &t = m_model->total();
    const QString currency = m_model->currency();
    QStringList parts;
    parts << tr("%n campaign(s)", nullptr, m_model->campaignCount());
    parts << tr("cost %1").arg(formatMoney({ t.cost, currency }));
    parts << tr("%n sourced deal(s), %1 won", nullptr, t.sourcedDeals)
                 .arg(QLocale().toString(t.wonDeals));
    parts << tr("won revenue %1").arg(formatMoney({ t.wonRevenue, currency }));
    parts << tr("attributed margin %1").arg(formatMoney({ t.attributedMargin, currency }));
    parts << tr("ROI %1").arg(CampaignModel::percentText(analytics::campaignRoi(t)));
    m_summary->setText(parts.join(QStringLiteral("  ·  ")));
}

void CampaignsView::newCampaign()
{
    Campaign campaign;
    campaign.currency = defaultCurrency(*m_store);
    auto *dialog = new CampaignDialog(m_history, campaign, this);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        (void)m_model->refresh(); // show the new campaign now, not after the debounce
        selectCampaign(dialog->campaignId());
    });
    openDialog(dialog);
}

void CampaignsView::editCampaign()
{
    const int row = m_model->rowOf(selectedCampaignId());
    if (const Campaign *campaign = row >= 0 ? m_model->campaign(row) : nullptr)
        openDialog(new CampaignDialog(m_history, *campaign, this));
}

void CampaignsView::deleteCampaign()
{
    const int row = m_model->rowOf(selectedCampaignId());
    const Campaign *campaign = row >= 0 ? m_model->campaign(row) : nullptr;
    if (!campaign)
        return;
    // Undoable, so no question first; its members and the deals naming it stay as they are.
    if (Result<void> r = m_history->push(std::make_unique<DeleteCommand<Campaign>>(m_history, *campaign)); !r)
        m_summary->setText(r.error().message);
}

void CampaignsView::addMembers()
{
    const int row = m_model->rowOf(selectedCampaignId());
    if (const Campaign *campaign = row >= 0 ? m_model->campaign(row) : nullptr)
        openDialog(new CampaignMembersDialog(m_history, *campaign, this));
}

void CampaignsView::markResponse()
{
    const int row = m_members->rowOf(selectedMemberId());
    if (row < 0)
        return;
    const QString name = m_members->index(row, CampaignMemberModel::AccountName).data().toString();
    openDialog(new CampaignResponseDialog(m_history, m_members->member(row), name, this));
}

void CampaignsView::removeMember()
{
    const int row = m_members->rowOf(selectedMemberId());
    if (row < 0)
        return;
    const QString name = m_members->index(row, CampaignMemberModel::AccountName).data().toString();
    auto command = std::make_unique<DeleteCommand<CampaignMember>>(m_history, m_members->member(row));
    command->setText(QCoreApplication::translate("kam::Commands", "Remove %1 from the campaign").arg(name));
    if (Result<void> r = m_history->push(std::move(command)); !r)
        m_summary->setText(r.error().message);
}

} // namespace kam
