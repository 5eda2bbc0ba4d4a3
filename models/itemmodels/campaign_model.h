// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/campaigns.h"
#include "domain/entities.h"
#include "domain/result.h"
#include "recomputed_rows.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QTimer>

namespace kam {

class Store;

/// The campaigns with their figures (loadCampaignFacts): what each cost, whom it targeted, who
/// responded, the deals it sourced and its ROI; or, in Channels mode, the same summed per
/// channel (analytics::byChannel) and a Total row. Follows the store's campaigns, members,
/// deals, accounts and cost entries, recomputing once per burst of changes.
class CampaignModel : public RecomputedRowsModel<QAbstractTableModel>
{
    Q_OBJECT

public:
    enum Column {
        Name, ///< the campaign's name; in Channels mode the channel's label (or "Total")
        Channel,
        StartsOn,
        EndsOn,
        Cost,
        Accounts,
        Contacts,
        Responses,
        ResponseRate, ///< responses / members targeted
        SourcedDeals,
        OpenPipeline,
        WonDeals,
        WonRevenue,
        AttributedMargin,
        Roi,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, ///< raw value: dates, counts, amounts as double major
                                     ///< units, ratios as doubles (null when there is none)
        IdRole,                      ///< the campaign's id; in Channels mode the channel's code
        IsTotalRole,                 ///< bool: the Total row of Channels mode
    };
    enum class Mode { Campaigns, Channels };

    explicit CampaignModel(Store *store, QObject *parent = nullptr);

    Mode mode() const { return m_mode; }
    /// Shows campaigns or channel totals (other rows: a reset).
    void setMode(Mode mode);

    double defaultMarginPercent() const { return m_defaultMarginPercent; }
    /// The gross margin credited to won deals of accounts without cost-of-goods entries.
    void setDefaultMarginPercent(double percent);

    /// Reads the figures again now (changes in the store do this after a short delay).
    Result<void> refresh() override;

    /// The figures of a row (a campaign, or a channel's sums).
    const analytics::CampaignFacts &facts(int row) const { return m_rows[size_t(row)].facts; }
    /// The campaign of a row; nullptr in Channels mode.
    const Campaign *campaign(int row) const;
    /// The row of a campaign (Campaigns mode) or channel code (Channels mode); -1: none.
    int rowOf(const QString &id) const;
    /// The currency the figures are in: the one most campaigns are in (CNY without any).
    QString currency() const { return m_currency; }
    /// Live campaigns, in either mode.
    int campaignCount() const { return m_campaignCount; }
    /// Figures summed over every campaign.
    const analytics::CampaignFacts &total() const { return m_total; }

    /// A ratio as shown ("80 %", "−25 %"); "—" for none.
    static QString percentText(const std::optional<double> &ratio);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    /// The figures were computed again (after the row signals), whether or not they changed.
    void refreshed();
    /// The store could not be read; the rows shown are the last read.
    void failed(const QString &message);

private:
    struct Row
    {
        analytics::CampaignFacts facts;
        Campaign campaign; ///< empty meta.id in Channels mode
        int members = 0;
        bool total = false;
    };

    QVariant display(const Row &row, int column) const;
    QVariant sortValue(const Row &row, int column) const;
    std::optional<double> responseRate(const Row &row) const;
    /// A campaign's own currency; channel sums are in currency().
    QString currencyOf(const Row &row) const;
    double major(const Row &row, qint64 minor) const;

    QPointer<Store> m_store;
    Mode m_mode = Mode::Campaigns;
    double m_defaultMarginPercent = 30;
    QString m_currency = QStringLiteral("CNY");
    analytics::CampaignFacts m_total;
    int m_campaignCount = 0;
    std::vector<Row> m_rows;
    QTimer m_debounce;
};

} // namespace kam
