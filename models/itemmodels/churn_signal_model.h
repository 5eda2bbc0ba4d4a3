// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/churn.h"

#include <QAbstractTableModel>
#include <QLocale>
#include <QPointer>

#include <optional>

namespace kam {

class ChurnMonitor;

/// Why one account has its churn risk score: a row per signal (what was measured, the threshold
/// that applied, the weight and the points it adds) and a last row with the score. Fired signals
/// are bold; it follows the monitor's scores of the account.
class ChurnSignalModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Signal, Measured, Threshold, Weight, Points, ColumnCount };
    static constexpr int FiredRole = Qt::UserRole + 1;   ///< bool; false on the total row
    static constexpr int SignalRole = Qt::UserRole + 2;  ///< int(ChurnSignal); null on the total row
    static constexpr int IsTotalRole = Qt::UserRole + 3; ///< bool

    explicit ChurnSignalModel(ChurnMonitor *monitor, QObject *parent = nullptr);

    /// Shows the breakdown of `accountId` (empty: none).
    void setAccount(const QString &accountId);
    QString accountId() const { return m_accountId; }
    /// The account's score; nullptr before it is scored (no rows then).
    const analytics::ChurnScore *score() const { return m_score ? &*m_score : nullptr; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// The unit of a signal's threshold as a spin box suffix (" days", " %").
    static QString thresholdSuffix(ChurnSignal signal);
    /// A signal's threshold with its unit ("30 days", "0.5 points", "20 %").
    static QString thresholdText(ChurnSignal signal, double threshold, const QLocale &locale = QLocale());
    /// A weight or a number of points without needless decimals ("20", "12.5").
    static QString number(double value, const QLocale &locale = QLocale());

signals:
    /// The score shown changed (another account, or a new scoring of this one).
    void scoreChanged();

private:
    void reload();
    double weightOf(ChurnSignal signal) const;

    QPointer<ChurnMonitor> m_monitor;
    QString m_accountId;
    std::optional<analytics::ChurnScore> m_score;
    analytics::ChurnSettings m_settings; ///< the weights of the scoring shown
};

} // namespace kam
