// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/churn.h"
#include "domain/entities.h"
#include "recomputed_rows.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

#include <optional>
#include <vector>

namespace kam {

class ChurnMonitor;
class Store;

/// The churn warnings: the accounts whose warning state is not None (snoozed ones only when
/// asked for), highest score first, with the fired signals' reasons and the latest review.
/// Rows follow the monitor's scorings and reviews and the accounts' names row by row.
/// The day is the monitor's (ChurnMonitor::today), not the base's setToday.
class WarningListModel : public RecomputedRowsModel<QAbstractTableModel>
{
    Q_OBJECT

public:
    enum Column { AccountName, Tier, Score, Trend, Signals, State, Note, ColumnCount };
    static constexpr int AccountIdRole = Qt::UserRole + 1;
    /// What the column sorts by: the name, tier order, score, score change (Trend), state order.
    static constexpr int SortRole = Qt::UserRole + 2;
    static constexpr int StateRole = Qt::UserRole + 3; ///< int(analytics::WarningState)

    WarningListModel(Store *store, ChurnMonitor *monitor, QObject *parent = nullptr);

    /// Snoozed warnings are left out unless this is on (off by default).
    void setShowSnoozed(bool show);
    bool showSnoozed() const { return m_showSnoozed; }

    /// Builds the rows again from the monitor (names from the store where not known yet).
    Result<void> refresh() override;
    /// The row of `accountId`; -1 when it has no warning shown.
    int rowOf(const QString &accountId) const;
    QString accountIdAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString accountId;
        QString name;
        kam::Tier tier = kam::Tier::Unrated;
        int score = 0;
        int previousScore = 0;
        QStringList details; ///< the fired signals' details, in signal order
        QStringList tips;    ///< the same with the signal and its points
        analytics::WarningState state = analytics::WarningState::None;
        std::optional<WarningReview> review;

        bool operator==(const Row &other) const;
    };

    Result<void> loadNames();
    void onAccountsChanged(const QStringList &ids);
    QString stateText(const Row &row) const;
    QString stateTip(const Row &row) const;

    QPointer<Store> m_store;
    QPointer<ChurnMonitor> m_monitor;
    bool m_showSnoozed = false;
    QHash<QString, QString> m_names; ///< account id → display name
    std::vector<Row> m_rows;
};

} // namespace kam
