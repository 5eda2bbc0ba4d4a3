// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/satisfaction.h"
#include "domain/entities.h"
#include "domain/result.h"
#include "recomputed_rows.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>
#include <QPointer>

#include <vector>

namespace kam {

class Store;

/// The satisfaction responses of an account and its branches, newest first (the store's order),
/// kept in step with Store::rowsChanged by row-precise signals; only a change of accounts resets.
class SatisfactionModel : public RecomputedRowsModel<QAbstractTableModel>
{
    Q_OBJECT

public:
    /// AccountName tells branches' responses apart; the panel hides it for a single account.
    enum Column {
        Date,
        AccountName,
        Source,
        Contact,
        Recommend,
        Category,
        Satisfaction,
        Dimensions,
        Comment,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< QString satisfaction_responses.id
        SortRole, ///< raw value for sorting (date, score; unanswered lowest)
    };

    explicit SatisfactionModel(Store *store, QObject *parent = nullptr);

    /// Shows the responses of all of `accountIds` (an account and its branches; empty: none).
    Result<void> setAccounts(const QStringList &accountIds);
    QStringList accountIds() const { return m_accountIds; }

    /// Reads the responses again from the store; done on every change of responses.
    Result<void> refresh() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const SatisfactionResponse &rowAt(int row) const { return m_rows[size_t(row)]; }
    int rowOf(const QString &id) const;
    /// The shown responses, newest first.
    const std::vector<SatisfactionResponse> &responses() const { return m_rows; }

    /// The shown responses by calendar quarter, oldest first (the trend chart's data).
    std::vector<analytics::QuarterSatisfaction> byQuarter() const;
    /// NPS counts over the shown responses.
    analytics::NpsSummary nps() const;

private:
    void onRowsChanged(const QString &table, const QStringList &ids);
    void loadNames(const std::vector<SatisfactionResponse> &rows);
    QVariant display(const SatisfactionResponse &r, Column column) const;

    QPointer<Store> m_store;
    QStringList m_accountIds;
    std::vector<SatisfactionResponse> m_rows;
    QHash<QString, QString> m_accountNames;
    QHash<QString, QString> m_contactNames;
};

/// "Quality 4 · Delivery 3": a response's dimension scores with their labels, in stored order.
QString dimensionScoresLabel(const QString &dimensionScores);
/// "Promoter", "Passive" or "Detractor".
QString npsCategoryLabel(NpsCategory category);
/// "Very dissatisfied" (1) … "Very satisfied" (5); empty for anything else.
QString satisfactionLevelLabel(int score);
/// The colour the UI gives an NPS category (green, amber, red).
QColor npsCategoryColor(NpsCategory category);

} // namespace kam
