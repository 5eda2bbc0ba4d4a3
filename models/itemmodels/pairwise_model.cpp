// SPDX-License-Identifier: GPL-3.0-or-later
#include "pairwise_model.h"
#include "tone_colors.h"

#include <QBrush>
#include <QColor>
#include <QPalette>

#include <cmath>

namespace kam {

using namespace analytics;

PairwiseModel::PairwiseModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PairwiseModel::setComparisons(const QStringList &names, const std::vector<double> &upper)
{
    beginResetModel();
    m_names = names;
    const size_t n = size_t(names.size());
    m_upper = upper;
    m_upper.resize(n * (n - (n > 0 ? 1 : 0)) / 2, 1.0);
    endResetModel();
    evaluate();
}

void PairwiseModel::setRandomIndexTable(RandomIndexTable table)
{
    if (table == m_table)
        return;
    m_table = table;
    evaluate();
}

int PairwiseModel::upperIndex(int row, int column) const
{
    // Rows before `row` hold n−1, n−2, … values.
    const int n = int(m_names.size());
    return row * n - row * (row + 1) / 2 + (column - row - 1);
}

double PairwiseModel::at(int row, int column) const
{
    if (row == column)
        return 1;
    if (row < column)
        return m_upper[size_t(upperIndex(row, column))];
    return 1 / m_upper[size_t(upperIndex(column, row))];
}

void PairwiseModel::write(int row, int column, double value)
{
    if (row < column)
        m_upper[size_t(upperIndex(row, column))] = value;
    else
        m_upper[size_t(upperIndex(column, row))] = 1 / value;
    emit dataChanged(index(row, column), index(row, column));
    emit dataChanged(index(column, row), index(column, row));
    evaluate(); // announces the highlight, which may move anywhere in the grid
    emit comparisonsChanged();
}

void PairwiseModel::evaluate()
{
    const std::optional<AhpSuggestion> before = m_result && !m_result->consistent ? std::optional(m_result->worst) : std::nullopt;
    m_result.reset();
    if (!m_names.isEmpty()) {
        Result<AhpResult> r = ahp(reciprocalMatrix(int(m_names.size()), m_upper), m_table);
        if (r)
            m_result = std::move(r).value();
    }
    const bool highlight = m_result && !m_result->consistent;
    if (before || highlight)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::BackgroundRole, WorstRole});
    emit resultChanged();
}

bool PairwiseModel::applySuggestion()
{
    if (!m_result || m_result->consistent || m_result->worst.row < 0)
        return false;
    const AhpSuggestion s = m_result->worst;
    write(s.row, s.column, s.suggested);
    return true;
}

int PairwiseModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_names.size());
}

int PairwiseModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_names.size());
}

QVariant PairwiseModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int r = index.row();
    const int c = index.column();
    const bool worst = m_result && !m_result->consistent
                       && ((m_result->worst.row == r && m_result->worst.column == c)
                           || (m_result->worst.row == c && m_result->worst.column == r));
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return formatComparison(at(r, c));
    case ValueRole:
        return at(r, c);
    case WorstRole:
        return worst;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignCenter);
    case Qt::BackgroundRole:
        if (worst)
            return QBrush(attentionBackground());
        if (r >= c)
            return QPalette().brush(QPalette::Window);
        return {};
    case Qt::ForegroundRole:
        if (r >= c)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::ToolTipRole:
        if (r == c)
            return {};
        return tr("How much more %1 matters than %2 (1 equal, 3 moderately, 5 strongly, 7 very strongly, 9 extremely more; 1/3 … 1/9 less)")
            .arg(m_names[r], m_names[c]);
    default:
        return {};
    }
}

bool PairwiseModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const std::optional<double> v = value.typeId() == QMetaType::Double ? std::optional(value.toDouble())
                                                                        : parseComparison(value.toString().trimmed());
    // Saaty's scale runs 1/9 … 9; the tolerance lets 0.111 stand for 1/9.
    if (!v || !std::isfinite(*v) || *v < 1.0 / 9 - 1e-3 || *v > 9 + 1e-9)
        return false;
    write(index.row(), index.column(), *v);
    return true;
}

Qt::ItemFlags PairwiseModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.row() < index.column())
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant PairwiseModel::headerData(int section, Qt::Orientation, int role) const
{
    if (role != Qt::DisplayRole || section < 0 || section >= m_names.size())
        return {};
    return m_names[section];
}

} // namespace kam
