// SPDX-License-Identifier: GPL-3.0-or-later
#include "profitability_model.h"
#include "tone_colors.h"

#include "domain/money.h"

#include <QColor>
#include <QLocale>

namespace kam {

namespace {

const QString kNone = QStringLiteral("—");

/// Minor units of a money column; nullopt for the other columns.
std::optional<qint64> amount(const ProfitabilityModel::Row &row, int column)
{
    const analytics::ProfitFacts &f = row.facts;
    switch (ProfitabilityModel::Column(column)) {
    case ProfitabilityModel::Revenue:
        return f.revenue;
    case ProfitabilityModel::GoodsCost:
        return f.goodsCost;
    case ProfitabilityModel::GrossMargin:
        return row.profit.grossMargin;
    case ProfitabilityModel::Activities:
        return f.activityCost;
    case ProfitabilityModel::Service:
        return f.serviceCost;
    case ProfitabilityModel::Discounts:
        return f.discounts;
    case ProfitabilityModel::Logistics:
        return f.logistics;
    case ProfitabilityModel::Other:
        return f.otherCost;
    case ProfitabilityModel::CostToServe:
        return row.profit.costToServe;
    case ProfitabilityModel::Profit:
        return row.profit.profit;
    default:
        return std::nullopt;
    }
}

} // namespace

ProfitabilityModel::ProfitabilityModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ProfitabilityModel::setSource(std::shared_ptr<const PortfolioValueData> data)
{
    // A new period or a reload recomputes every row of up to 20,000: one reset.
    beginResetModel();
    m_data = std::move(data);
    m_rows.clear();
    m_rowOf.clear();
    std::vector<double> scores;
    if (m_data) {
        m_rows.reserve(m_data->accounts.size());
        scores.reserve(size_t(m_data->scores.size()));
        for (const Account &a : m_data->accounts) {
            Row row;
            row.accountId = a.meta.id;
            row.name = displayName(a);
            row.facts = m_data->profitOf(a.meta.id);
            row.profit = analytics::profitability(row.facts);
            if (const auto s = m_data->scores.constFind(a.meta.id); s != m_data->scores.constEnd()) {
                row.score = *s;
                scores.push_back(*s);
            }
            m_rowOf.insert(row.accountId, int(m_rows.size()));
            m_rows.push_back(std::move(row));
        }
    }
    m_valueSplit = analytics::medianScore(std::move(scores));
    for (Row &row : m_rows)
        if (row.score)
            row.quadrant = analytics::valueQuadrant(*row.score, row.profit, m_valueSplit);
    endResetModel();
    emit refreshed();
}

int ProfitabilityModel::rowOf(const QString &accountId) const
{
    return m_rowOf.value(accountId, -1);
}

QString ProfitabilityModel::quadrantLabel(analytics::ValueQuadrant quadrant)
{
    switch (quadrant) {
    case analytics::ValueQuadrant::Protect:
        return tr("Protect");
    case analytics::ValueQuadrant::OverServed:
        return tr("Over-served");
    case analytics::ValueQuadrant::Develop:
        return tr("Develop");
    case analytics::ValueQuadrant::ReviewCost:
        return tr("Review cost to serve");
    }
    return {};
}

int ProfitabilityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProfitabilityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProfitabilityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case SortRole:
        return sortValue(row, column);
    case AccountIdRole:
        return row.accountId;
    case QuadrantRole:
        return row.quadrant ? QVariant(int(*row.quadrant)) : QVariant();
    case Qt::TextAlignmentRole:
        return column == Name || column == Quadrant ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if ((column == Profit && row.profit.profit < 0) || (column == Margin && row.profit.marginPercent.value_or(0) < 0))
            return toneText(Tone::Bad);
        return {};
    case Qt::ToolTipRole:
        if (column == Margin && !row.profit.marginPercent)
            return tr("No revenue in the period, so no margin.");
        if (column == Score && !row.score)
            return tr("The value model did not score this account.");
        return {};
    default:
        return {};
    }
}

QVariant ProfitabilityModel::display(const Row &row, int column) const
{
    const QLocale locale;
    if (const std::optional<qint64> minor = amount(row, column))
        return formatMoney(Money{*minor, m_data->currency}, locale);
    switch (Column(column)) {
    case Name:
        return row.name;
    case Margin:
        return row.profit.marginPercent ? locale.toString(*row.profit.marginPercent, 'f', 1) : kNone;
    case Score:
        return row.score ? locale.toString(*row.score, 'f', 1) : kNone;
    case Quadrant:
        return row.quadrant ? quadrantLabel(*row.quadrant) : kNone;
    default:
        return {};
    }
}

QVariant ProfitabilityModel::sortValue(const Row &row, int column) const
{
    if (const std::optional<qint64> minor = amount(row, column))
        return *minor;
    switch (Column(column)) {
    case Name:
        return row.name;
    case Margin:
        return row.profit.marginPercent ? QVariant(*row.profit.marginPercent) : QVariant();
    case Score:
        return row.score ? QVariant(*row.score) : QVariant();
    case Quadrant:
        return row.quadrant ? QVariant(int(*row.quadrant)) : QVariant();
    default:
        return {};
    }
}

QVariant ProfitabilityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name:
        return tr("Account");
    case Revenue:
        return tr("Revenue");
    case GoodsCost:
        return tr("Cost of goods");
    case GrossMargin:
        return tr("Gross margin");
    case Activities:
        return tr("Activities");
    case Service:
        return tr("Service");
    case Discounts:
        return tr("Discounts");
    case Logistics:
        return tr("Logistics");
    case Other:
        return tr("Other");
    case CostToServe:
        return tr("Cost to serve");
    case Profit:
        return tr("Profit");
    case Margin:
        return tr("Margin %");
    case Score:
        return tr("Value score");
    case Quadrant:
        return tr("Quadrant");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace kam
