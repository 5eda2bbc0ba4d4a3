// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/value_model.h"
#include "domain/entities.h"

#include <QAbstractTableModel>

#include <vector>

namespace kam {

/// The value scores of the portfolio, one row per live account with a score: rank, account,
/// score, proposed and current tier (flagged where they differ), then the points of each leaf
/// criterion of the model (tooltip: the fact, its normalised value and the weight).
class ValueScoreModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Rank, AccountName, Score, Proposed, Current, FirstCriterion };
    static constexpr int AccountIdRole = Qt::UserRole + 1;
    static constexpr int SortRole = Qt::UserRole + 2;     ///< numbers as numbers, tiers by order
    static constexpr int DiffersRole = Qt::UserRole + 3;  ///< bool: current tier ≠ proposed
    static constexpr int CriterionRole = Qt::UserRole + 4; ///< int(ValueCriterion) of a criterion column

    explicit ValueScoreModel(QObject *parent = nullptr);

    /// Shows `scores` of `accounts` (scores of unknown accounts are left out) with one column
    /// per leaf. The same accounts and leaves as before change only the rows that differ.
    void setScores(const std::vector<Account> &accounts, const std::vector<analytics::ValueScore> &scores,
                   const std::vector<analytics::CriterionWeight> &leaves);

    /// The row of an account, -1 when none.
    int rowOf(const QString &accountId) const;
    /// The score shown in `row`.
    const analytics::ValueScore &scoreAt(int row) const { return m_rows[size_t(row)].score; }
    Tier currentTier(int row) const { return m_rows[size_t(row)].tier; }

    /// A criterion's fact as the UI writes it ("1,234,000", "32.5 %", "4 of 5"); "no data".
    static QString formatFact(ValueCriterion criterion, const std::optional<double> &value);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString name;
        Tier tier = Tier::Unrated;
        analytics::ValueScore score;
    };
    static bool sameShown(const Row &a, const Row &b);

    std::vector<Row> m_rows;
    std::vector<analytics::CriterionWeight> m_leaves;
};

} // namespace kam
