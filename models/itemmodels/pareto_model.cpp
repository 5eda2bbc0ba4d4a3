// SPDX-License-Identifier: GPL-3.0-or-later
#include "pareto_model.h"

#include "domain/money.h"

#include <QLocale>

namespace kam {

ParetoModel::ParetoModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ParetoModel::setSource(std::shared_ptr<const PortfolioValueData> data)
{
    m_data = std::move(data);
    rank();
}

void ParetoModel::setBasis(Basis basis)
{
    if (basis == m_basis)
        return;
    m_basis = basis;
    rank();
}

void ParetoModel::rank()
{
    // Every row can move when the figures or the basis change, and a large store ranks 20,000
    // accounts: one reset is both the truth and the cheapest signal.
    beginResetModel();
    std::vector<std::pair<QString, qint64>> values;
    if (m_data) {
        values.reserve(m_data->profits.size());
        for (const Account &a : m_data->accounts) {
            const analytics::Profitability p = analytics::profitability(m_data->profitOf(a.meta.id));
            values.emplace_back(a.meta.id, m_basis == Basis::Revenue ? p.revenue : p.grossMargin);
        }
    }
    m_pareto = analytics::pareto(std::move(values));
    endResetModel();
    emit refreshed();
}

int ParetoModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pareto.points.size());
}

int ParetoModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ParetoModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const analytics::ParetoPoint &p = m_pareto.points[size_t(index.row())];
    const double share = m_pareto.total > 0 && p.value > 0 ? double(p.value) / double(m_pareto.total) : 0;
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Rank:
            return locale.toString(index.row() + 1);
        case Name:
            return m_data->accountName(p.accountId);
        case Value:
            return formatMoney(Money{p.value, m_data->currency}, locale);
        case Share:
            return locale.toString(100 * share, 'f', 1);
        case Cumulative:
            return locale.toString(100 * p.cumulativeShare, 'f', 1);
        case ColumnCount:
            break;
        }
        return {};
    case SortRole:
        switch (Column(index.column())) {
        case Rank:
            return index.row() + 1;
        case Name:
            return m_data->accountName(p.accountId);
        case Value:
            return p.value;
        case Share:
            return share;
        case Cumulative:
            return p.cumulativeShare;
        case ColumnCount:
            break;
        }
        return {};
    case AccountIdRole:
        return p.accountId;
    case ValueRole:
        return p.value;
    case Qt::TextAlignmentRole:
        return index.column() == Name ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant ParetoModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Rank:
        return tr("Rank");
    case Name:
        return tr("Account");
    case Value:
        return m_basis == Basis::Revenue ? tr("Revenue") : tr("Gross margin");
    case Share:
        return tr("Share %");
    case Cumulative:
        return tr("Cumulative %");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace kam
