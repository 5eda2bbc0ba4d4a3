// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/pipeline.h"

#include <QAbstractTableModel>
#include <QIdentityProxyModel>

namespace kam {

class PipelineSource;

/// Base of the funnel and forecast models: a table of figures computed from a PipelineSource.
/// Qt::DisplayRole is formatted for people, ValueRole holds the raw number (amounts as a double
/// of major units) for sorting and charts. A recompute resets the model only when the rows are
/// other rows, otherwise it reports the changed range.
class FiguresModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int ValueRole = Qt::UserRole;

    PipelineSource *source() const { return m_source; }
    const analytics::DealFilter &filter() const { return m_filter; }
    /// Recomputes for the deals `filter` matches.
    void setFilter(const analytics::DealFilter &filter);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    FiguresModel(PipelineSource *source, int columns, QObject *parent);

    /// Computes the figures and returns the keys of their rows; does not change what is shown.
    virtual QStringList compute() = 0;
    /// Makes the figures compute() left the shown ones.
    virtual void adopt() = 0;
    virtual QVariant display(int row, int column) const = 0;
    virtual QVariant value(int row, int column) const = 0;
    /// Columns whose text is a number (right-aligned).
    virtual bool isNumeric(int column) const { return column > 0; }

    /// Recomputes and announces what changed.
    void refresh();

    /// An amount in major units of its currency, for charts.
    static double majorUnits(qint64 minor, const QString &currency);

private:
    PipelineSource *m_source;
    int m_columns;
    QStringList m_rowKeys;
    analytics::DealFilter m_filter;
};

/// Shows a FiguresModel's ValueRole as its display role: the QtCharts model mappers read only
/// Qt::DisplayRole.
class ChartValuesProxy : public QIdentityProxyModel
{
    Q_OBJECT

public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};

} // namespace kam
