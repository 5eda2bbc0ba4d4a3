// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/ahp.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <optional>
#include <vector>

namespace kam {

/// The n × n pairwise comparisons of one group's children on Saaty's scale: the upper triangle
/// is edited ("3", "1/5"), the diagonal is 1 and the lower triangle shows the reciprocals. The
/// weights, λmax, CI and CR follow every edit; when CR ≥ 0.10 the comparison that contributes
/// most to the inconsistency (and its mirror) is highlighted.
class PairwiseModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int ValueRole = Qt::UserRole + 1; ///< double a_ij
    static constexpr int WorstRole = Qt::UserRole + 2; ///< bool: the comparison to revisit

    explicit PairwiseModel(QObject *parent = nullptr);

    /// Shows the comparisons `upper` (analytics::reciprocalMatrix order) of `names` (a reset).
    void setComparisons(const QStringList &names, const std::vector<double> &upper);
    const std::vector<double> &comparisons() const { return m_upper; }
    QStringList names() const { return m_names; }

    analytics::RandomIndexTable randomIndexTable() const { return m_table; }
    void setRandomIndexTable(analytics::RandomIndexTable table);

    /// The AHP result of the grid; nullopt while it has no rows.
    const std::optional<analytics::AhpResult> &result() const { return m_result; }
    /// Writes the suggested value of the worst comparison; false when the grid is consistent.
    bool applySuggestion();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    /// A comparison was edited (comparisons() holds the new triangle).
    void comparisonsChanged();
    /// result() changed: a comparison or the RI table.
    void resultChanged();

private:
    double at(int row, int column) const;
    int upperIndex(int row, int column) const;
    /// Sets a_ij (any i ≠ j; the mirror follows) and announces the grid.
    void write(int row, int column, double value);
    void evaluate();

    QStringList m_names;
    std::vector<double> m_upper;
    analytics::RandomIndexTable m_table = analytics::RandomIndexTable::Classic;
    std::optional<analytics::AhpResult> m_result;
};

} // namespace kam
