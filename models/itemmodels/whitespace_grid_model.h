// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "domain/result.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

#include <vector>

namespace kam {

class Store;

/// A plan's whitespace grid: a row per segment (the plan's account, its live branches, then
/// the buying centres its cells name), a column per product line (the catalogue's series, then
/// the lines its cells name). A cell shows its state, competitor and value on the state's
/// colour (whitespaceColor); a cell without a row is empty. Follows the store with precise
/// signals: dataChanged for a changed cell, inserted/removed rows and columns for new or
/// vanished segments and lines.
class WhitespaceGridModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        CellIdRole = Qt::UserRole + 1, ///< QString whitespace_cells.id; empty for an empty cell
        StateRole,                     ///< int of Whitespace; invalid for an empty cell
        SegmentRole,                   ///< QString, the segment (a branch id or a centre's name)
        ProductLineRole,               ///< QString
        ValueMinorRole,                ///< qint64, in the plan's currency
    };

    /// A row of the grid: `key` is what cells store as their segment.
    struct Segment
    {
        QString key;
        QString label;
        bool isAccount = false; ///< the plan's account or one of its branches

        bool operator==(const Segment &) const = default;
    };

    explicit WhitespaceGridModel(Store *store, QObject *parent = nullptr);

    QString planId() const { return m_planId; }
    /// Shows the grid of `planId` (empty: none).
    Result<void> setPlanId(const QString &planId);
    /// Reads the grid again, signalling only what changed.
    Result<void> refresh();

    const std::vector<Segment> &segments() const { return m_segments; }
    const QStringList &productLines() const { return m_lines; }
    /// The cell at a grid position; nullptr when the position has none.
    const WhitespaceCell *cell(const QModelIndex &index) const;
    /// The plan's currency, for values.
    QString currency() const { return m_plan.currency; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Grid
    {
        Plan plan;
        std::vector<Segment> segments;
        QStringList lines;
        QHash<QString, WhitespaceCell> cells; ///< by cellKey()
    };
    static QString cellKey(const QString &segment, const QString &line);
    Result<Grid> loadGrid() const;
    /// Turns the shown segments and lines into `next`'s by removing and inserting rows and
    /// columns; false when the order changed, which only a reset can show.
    bool syncAxes(const Grid &next);

    QPointer<Store> m_store;
    QString m_planId;
    Plan m_plan;
    std::vector<Segment> m_segments;
    QStringList m_lines;
    QHash<QString, WhitespaceCell> m_cells;
};

} // namespace kam
