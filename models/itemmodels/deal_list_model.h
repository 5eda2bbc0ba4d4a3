// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/pipeline.h"
#include "domain/entities.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

class QMimeData;

namespace kam {

class PipelineSource;

/// The deals of a PipelineSource that a filter, the open-only switch and an account list let
/// through, one per row. Sorting and stage columns are left to QSortFilterProxyModels of the views.
class DealListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Title,
        Account,
        Stage,
        Amount,
        Probability,
        Weighted,
        ExpectedClose,
        Owner,
        Status,
        ColumnCount
    };
    enum Role {
        SortRole
        = Qt::UserRole, ///< the raw value of the column (minor units, dates, stage position)
        IdRole,
        StageIdRole,
        StatusRole, ///< int of DealStatus
        AmountMinorRole, ///< qint64
        WeightedMinorRole, ///< qint64, amount × probability
        CurrencyRole,
        CloseDateRole, ///< QDate, analytics::closeDate()
        AccountIdRole,
        AccountNameRole,
        OwnerNameRole,
        ProbabilityRole,
    };

    /// Mime type of dragged deals: their ids, one per line (UTF-8).
    static constexpr char kMimeType[] = "application/x-kamdesk-deal-ids";
    /// The deal ids a drag from this model carries; empty for foreign data.
    static QStringList dealIds(const QMimeData *data);

    explicit DealListModel(PipelineSource *source, QObject *parent = nullptr);

    PipelineSource *source() const { return m_source; }

    void setFilter(const analytics::DealFilter &filter);
    void setOpenOnly(bool openOnly);
    /// Only the deals of these accounts; empty: of all accounts.
    void setAccounts(const QStringList &ids);

    /// The deal of a row; nullptr outside the rows.
    const Opportunity *deal(int row) const;
    /// The row of a deal, or -1.
    int rowOf(const QString &id) const;

    struct Totals
    {
        int count = 0; ///< open deals in `currency`
        qint64 amountMinor = 0;
        qint64 weightedMinor = 0;
        QString currency; ///< the pipeline's main currency
        int otherCurrency = 0; ///< open deals in other currencies, not in the sums
    };
    /// The open deals among the rows, of one stage or (empty id) of all.
    Totals totals(const QString &stageId = {}) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }

private:
    void rebuild();
    QVariant display(const Opportunity &deal, int column) const;
    QVariant sortValue(const Opportunity &deal, int column) const;

    PipelineSource *m_source;
    analytics::DealFilter m_filter;
    bool m_openOnly = false;
    QStringList m_accounts;
    std::vector<int> m_rows; ///< indexes into the pipeline's deals()
    QString m_currency; ///< the totals' currency: the one most of the rows are in
};

} // namespace kam
