// SPDX-License-Identifier: GPL-3.0-or-later
#include "deal_list_model.h"

#include "domain/stages.h"
#include "pipeline_source.h"

#include <QLocale>
#include <QMimeData>

namespace kam {

QStringList DealListModel::dealIds(const QMimeData *data)
{
    if (!data || !data->hasFormat(QLatin1StringView(kMimeType)))
        return {};
    return QString::fromUtf8(data->data(QLatin1StringView(kMimeType)))
        .split(u'\n', Qt::SkipEmptyParts);
}

DealListModel::DealListModel(PipelineSource *source, QObject *parent)
    : QAbstractTableModel(parent)
    , m_source(source)
{
    // The source replaces all its deals at every reload, so a reset is as precise as it gets.
    connect(source, &PipelineSource::reloaded, this, &DealListModel::rebuild);
    rebuild();
}

void DealListModel::setFilter(const analytics::DealFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    rebuild();
}

void DealListModel::setOpenOnly(bool openOnly)
{
    if (openOnly == m_openOnly)
        return;
    m_openOnly = openOnly;
    rebuild();
}

void DealListModel::setAccounts(const QStringList &ids)
{
    if (ids == m_accounts)
        return;
    m_accounts = ids;
    rebuild();
}

void DealListModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    const analytics::Pipeline &p = m_source->pipeline();
    const std::vector<Opportunity> &deals = p.deals();
    const analytics::Pipeline::CompiledFilter filter = p.compile(m_filter);
    for (int i = 0; i < int(deals.size()); ++i) {
        const Opportunity &d = deals[size_t(i)];
        if (m_openOnly && d.status != DealStatus::Open)
            continue;
        if (!m_accounts.isEmpty() && !m_accounts.contains(d.accountId))
            continue;
        if (!p.matches(p.rows()[size_t(i)], filter))
            continue;
        m_rows.push_back(i);
    }
    m_currency = p.mainCurrency(m_rows);
    endResetModel();
}

const Opportunity *DealListModel::deal(int row) const
{
    if (row < 0 || row >= int(m_rows.size()))
        return nullptr;
    return &m_source->pipeline().deals()[size_t(m_rows[size_t(row)])];
}

int DealListModel::rowOf(const QString &id) const
{
    for (int row = 0; row < int(m_rows.size()); ++row)
        if (deal(row)->meta.id == id)
            return row;
    return -1;
}

DealListModel::Totals DealListModel::totals(const QString &stageId) const
{
    Totals t;
    t.currency = m_currency;
    for (int row = 0; row < int(m_rows.size()); ++row) {
        const Opportunity &d = *deal(row);
        if (d.status != DealStatus::Open || (!stageId.isEmpty() && d.stageId != stageId))
            continue;
        if (d.currency != t.currency) {
            ++t.otherCurrency;
            continue;
        }
        ++t.count;
        t.amountMinor += d.amountMinor;
        t.weightedMinor += analytics::weighted(d.amountMinor, d.probability);
    }
    return t;
}

int DealListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DealListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DealListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Opportunity &d = *deal(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(d, index.column());
    case Qt::ToolTipRole:
        return index.column() == Title ? QVariant(d.title) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == Amount || index.column() == Weighted || index.column() == Probability)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        return sortValue(d, index.column());
    case IdRole:
        return d.meta.id;
    case StageIdRole:
        return d.stageId;
    case StatusRole:
        return int(d.status);
    case AmountMinorRole:
        return d.amountMinor;
    case WeightedMinorRole:
        return analytics::weighted(d.amountMinor, d.probability);
    case CurrencyRole:
        return d.currency;
    case CloseDateRole:
        return analytics::closeDate(d);
    case AccountIdRole:
        return d.accountId;
    case AccountNameRole:
        return m_source->accountName(d.accountId);
    case OwnerNameRole:
        return m_source->userName(d.ownerId);
    case ProbabilityRole:
        return d.probability;
    default:
        return {};
    }
}

QVariant DealListModel::display(const Opportunity &d, int column) const
{
    const analytics::Pipeline &p = m_source->pipeline();
    switch (column) {
    case Title:
        return d.title;
    case Account:
        return m_source->accountName(d.accountId);
    case Stage: {
        const int i = p.stageIndex(d.stageId);
        return i < 0 ? QString() : stageName(p.stages()[size_t(i)]);
    }
    case Amount:
        return formatMoney(d.amount());
    case Probability:
        return QLocale().toString(d.probability) + QLocale().percent();
    case Weighted:
        return formatMoney(Money{analytics::weighted(d.amountMinor, d.probability), d.currency});
    case ExpectedClose:
        return QLocale().toString(analytics::closeDate(d), QLocale::ShortFormat);
    case Owner:
        return m_source->userName(d.ownerId);
    case Status:
        return enumLabel(d.status);
    default:
        return {};
    }
}

QVariant DealListModel::sortValue(const Opportunity &d, int column) const
{
    switch (column) {
    case Stage:
        return m_source->pipeline().stageIndex(d.stageId);
    case Amount:
        return d.amountMinor;
    case Probability:
        return d.probability;
    case Weighted:
        return analytics::weighted(d.amountMinor, d.probability);
    case ExpectedClose:
        return analytics::closeDate(d);
    case Status:
        return int(d.status);
    default:
        return display(d, column);
    }
}

QVariant DealListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Title:
        return tr("Deal");
    case Account:
        return tr("Account");
    case Stage:
        return tr("Stage");
    case Amount:
        return tr("Amount");
    case Probability:
        return tr("Probability");
    case Weighted:
        return tr("Weighted");
    case ExpectedClose:
        return tr("Close date");
    case Owner:
        return tr("Owner");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

Qt::ItemFlags DealListModel::flags(const QModelIndex &index) const
{
    // Deals are dropped between rows or on empty space, never onto another deal.
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return QAbstractTableModel::flags(index) | Qt::ItemIsDragEnabled;
}

QStringList DealListModel::mimeTypes() const
{
    return {QLatin1StringView(kMimeType)};
}

QMimeData *DealListModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &index : indexes) {
        const QString id = index.data(IdRole).toString();
        if (!ids.contains(id))
            ids << id;
    }
    auto *data = new QMimeData;
    data->setData(QLatin1StringView(kMimeType), ids.join(u'\n').toUtf8());
    return data;
}

} // namespace kam
