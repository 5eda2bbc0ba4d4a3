// SPDX-License-Identifier: GPL-3.0-or-later
#include "segment_model.h"

#include "domain/money.h"

#include <QFont>
#include <QLocale>

namespace kam {

namespace {

const QString kNone = QStringLiteral("—");

/// The tier counted in a tier column.
Tier tierOf(int column)
{
    switch (SegmentModel::Column(column)) {
    case SegmentModel::CoreAccounts:
        return Tier::Core;
    case SegmentModel::KeyAccounts:
        return Tier::Key;
    case SegmentModel::OrdinaryAccounts:
        return Tier::Ordinary;
    case SegmentModel::PotentialAccounts:
        return Tier::Potential;
    default:
        return Tier::Unrated;
    }
}

std::optional<double> marginOf(const analytics::Segment &s)
{
    if (s.revenue == 0)
        return std::nullopt;
    return 100.0 * double(s.profit) / double(s.revenue);
}

} // namespace

SegmentModel::SegmentModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SegmentModel::setSource(std::shared_ptr<const PortfolioValueData> data)
{
    m_data = std::move(data);
    compute();
}

void SegmentModel::setDimension(analytics::SegmentDimension dimension)
{
    if (dimension == m_dimension)
        return;
    m_dimension = dimension;
    compute();
}

void SegmentModel::compute()
{
    // Segments are other rows under another dimension or period; a handful of rows: a reset.
    beginResetModel();
    m_segmentation = m_data ? analytics::segmentation(m_data->accounts, m_data->profits, m_data->scores, m_dimension)
                            : analytics::Segmentation{};
    endResetModel();
    emit refreshed();
}

QString SegmentModel::segmentLabel(const QString &key, analytics::SegmentDimension dimension)
{
    switch (dimension) {
    case analytics::SegmentDimension::Industry:
    case analytics::SegmentDimension::Region:
        return key.isEmpty() ? tr("Not set") : key;
    case analytics::SegmentDimension::Kind:
        if (const std::optional<AccountKind> kind = enumFromCode<AccountKind>(key))
            return enumLabel(*kind);
        return key;
    case analytics::SegmentDimension::Tier:
        if (const std::optional<Tier> tier = enumFromCode<Tier>(key))
            return enumLabel(*tier);
        return key;
    case analytics::SegmentDimension::Size:
        if (key == analytics::sizeBandKey(analytics::SizeBand::Below100M))
            return tr("Below 100 million", "customer's annual revenue");
        if (key == analytics::sizeBandKey(analytics::SizeBand::To1B))
            return tr("100 million – 1 billion", "customer's annual revenue");
        if (key == analytics::sizeBandKey(analytics::SizeBand::To10B))
            return tr("1 – 10 billion", "customer's annual revenue");
        if (key == analytics::sizeBandKey(analytics::SizeBand::From10B))
            return tr("10 billion and more", "customer's annual revenue");
        return tr("Size unknown", "customer's annual revenue");
    }
    return key;
}

const analytics::Segment &SegmentModel::segmentAt(int row) const
{
    return size_t(row) < m_segmentation.segments.size() ? m_segmentation.segments[size_t(row)] : m_segmentation.total;
}

int SegmentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_segmentation.segments.size()) + 1;
}

int SegmentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SegmentModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const bool total = size_t(index.row()) == m_segmentation.segments.size();
    const analytics::Segment &s = segmentAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(s, total, index.column());
    case SortRole:
        return sortValue(s, index.column());
    case IsTotalRole:
        return total;
    case KeyRole:
        return s.key;
    case Qt::TextAlignmentRole:
        return index.column() == Name ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (total) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QVariant SegmentModel::display(const analytics::Segment &s, bool total, int column) const
{
    const QLocale locale;
    const QString currency = m_data ? m_data->currency : QStringLiteral("CNY");
    switch (Column(column)) {
    case Name:
        return total ? tr("Total") : segmentLabel(s.key, m_dimension);
    case Accounts:
        return locale.toString(s.accounts);
    case Revenue:
        return formatMoney(Money{s.revenue, currency}, locale);
    case GrossMargin:
        return formatMoney(Money{s.grossMargin, currency}, locale);
    case Profit:
        return formatMoney(Money{s.profit, currency}, locale);
    case Margin:
        if (const std::optional<double> m = marginOf(s))
            return locale.toString(*m, 'f', 1);
        return kNone;
    case MeanScore:
        return s.meanScore ? locale.toString(*s.meanScore, 'f', 1) : kNone;
    case CoreAccounts:
    case KeyAccounts:
    case OrdinaryAccounts:
    case PotentialAccounts:
    case UnratedAccounts:
        return locale.toString(s.tiers[size_t(tierOf(column))]);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SegmentModel::sortValue(const analytics::Segment &s, int column) const
{
    switch (Column(column)) {
    case Name:
        return segmentLabel(s.key, m_dimension);
    case Accounts:
        return s.accounts;
    case Revenue:
        return s.revenue;
    case GrossMargin:
        return s.grossMargin;
    case Profit:
        return s.profit;
    case Margin:
        if (const std::optional<double> m = marginOf(s))
            return *m;
        return {};
    case MeanScore:
        return s.meanScore ? QVariant(*s.meanScore) : QVariant();
    case CoreAccounts:
    case KeyAccounts:
    case OrdinaryAccounts:
    case PotentialAccounts:
    case UnratedAccounts:
        return s.tiers[size_t(tierOf(column))];
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SegmentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name:
        switch (m_dimension) {
        case analytics::SegmentDimension::Industry:
            return tr("Industry");
        case analytics::SegmentDimension::Region:
            return tr("Region");
        case analytics::SegmentDimension::Kind:
            return tr("Kind");
        case analytics::SegmentDimension::Size:
            return tr("Size (annual revenue)");
        case analytics::SegmentDimension::Tier:
            return tr("Tier");
        }
        return {};
    case Accounts:
        return tr("Accounts");
    case Revenue:
        return tr("Revenue");
    case GrossMargin:
        return tr("Gross margin");
    case Profit:
        return tr("Profit");
    case Margin:
        return tr("Margin %");
    case MeanScore:
        return tr("Mean value score");
    case CoreAccounts:
    case KeyAccounts:
    case OrdinaryAccounts:
    case PotentialAccounts:
    case UnratedAccounts:
        return enumLabel(tierOf(section));
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace kam
