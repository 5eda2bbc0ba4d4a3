// SPDX-License-Identifier: GPL-3.0-or-later
#include "nps_breakdown_model.h"
#include "tone_colors.h"

#include "store/store.h"

#include <QColor>
#include <QFont>
#include <QLocale>


namespace kam {

namespace {

const QString kNone = QStringLiteral("—");

bool sameGroup(const analytics::NpsGroup &x, const analytics::NpsGroup &y)
{
    return x.key == y.key && x.tier == y.tier && x.accounts == y.accounts
           && x.nps.responses == y.nps.responses && x.nps.answered == y.nps.answered
           && x.nps.promoters == y.nps.promoters && x.nps.passives == y.nps.passives
           && x.nps.detractors == y.nps.detractors;
}

} // namespace

NpsBreakdownModel::NpsBreakdownModel(Store *store, QObject *parent)
    : RecomputedRowsModel(parent)
    , m_store(store)
{
    connect(store, &Store::rowsChanged, this, [this](const QString &table) {
        if (table == QLatin1String("satisfaction_responses")
            || table == QLatin1String("accounts"))
            (void)refresh();
    });
    (void)refresh();
}

void NpsBreakdownModel::setDimension(analytics::HealthDimension dimension)
{
    if (dimension == m_dimension)
        return;
    beginResetModel();
    m_dimension = dimension;
    m_rows.clear();
    endResetModel();
    (void)refresh();
}

void NpsBreakdownModel::setPeriod(const analytics::DatePeriod &period)
{
    if (period == m_period)
        return;
    m_period = period;
    (void)refresh();
}

Result<void> NpsBreakdownModel::refresh()
{
    if (!m_store)
        return {};
    Result<std::vector<Account>> accounts = m_store->accounts();
    if (!accounts)
        return accounts.error();
    Result<std::vector<SatisfactionResponse>> responses = m_store->satisfactionResponses();
    if (!responses)
        return responses.error();

    m_breakdown = analytics::npsBreakdown(*accounts, *responses, m_dimension, m_period);
    m_answers = analytics::answerDistribution(*accounts, *responses, m_period);
    m_lifecycle = analytics::lifecycleDistribution(*accounts);

    std::vector<Row> next;
    next.reserve(m_breakdown.groups.size() + 1);
    for (const analytics::NpsGroup &g : m_breakdown.groups)
        next.push_back({ g, false });
    next.push_back({ m_breakdown.total, true });
    syncRows(
        QModelIndex(), m_rows, next, [](const Row &r) { return std::pair(r.total, r.group.key); },
        [](const Row &x, const Row &y) { return sameGroup(x.group, y.group); });
    emit refreshed();
    return {};
}

QString NpsBreakdownModel::groupLabel(const analytics::NpsGroup &group,
                                      analytics::HealthDimension dimension)
{
    if (dimension == analytics::HealthDimension::Tier)
        return enumLabel(group.tier);
    return group.isNotSet() ? tr("Not set") : group.key;
}

QString NpsBreakdownModel::npsText(const std::optional<double> &nps)
{
    return nps ? analytics::formatNps(*nps) : kNone;
}

int NpsBreakdownModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int NpsBreakdownModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NpsBreakdownModel::data(const QModelIndex &index, int role) const
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
    case IsTotalRole:
        return row.total;
    case GroupKeyRole:
        return row.group.key;
    case Qt::TextAlignmentRole:
        return column == Group ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (row.total) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ForegroundRole:
        if (column == Nps && row.group.nps.nps()) {
            const double nps = *row.group.nps.nps();
            return nps < 0 ? QVariant(toneText(Tone::Bad)) : nps > 0 ? QVariant(toneText(Tone::Good)) : QVariant();
        }
        return {};
    case Qt::ToolTipRole:
        if (column == Nps) {
            const analytics::NpsSummary &s = row.group.nps;
            if (s.answered == 0)
                return tr("No response in the period rated the likelihood to recommend.");
            return tr("%1% promoters − %2% detractors of %n answered response(s)", nullptr,
                      s.answered)
                .arg(QLocale().toString(100.0 * s.promoters / s.answered, 'f', 1),
                     QLocale().toString(100.0 * s.detractors / s.answered, 'f', 1));
        }
        return {};
    default:
        return {};
    }
}

QVariant NpsBreakdownModel::display(const Row &row, int column) const
{
    const analytics::NpsGroup &g = row.group;
    const QLocale locale;
    switch (Column(column)) {
    case Group:
        return row.total ? tr("Total") : groupLabel(g, m_dimension);
    case Accounts:
        return locale.toString(g.accounts);
    case Responses:
        return locale.toString(g.nps.responses);
    case Answered:
        return locale.toString(g.nps.answered);
    case Promoters:
        return locale.toString(g.nps.promoters);
    case Passives:
        return locale.toString(g.nps.passives);
    case Detractors:
        return locale.toString(g.nps.detractors);
    case Nps:
        return npsText(g.nps.nps());
    case ColumnCount:
        break;
    }
    return {};
}

QVariant NpsBreakdownModel::sortValue(const Row &row, int column) const
{
    const analytics::NpsGroup &g = row.group;
    switch (Column(column)) {
    case Group:
        if (m_dimension == analytics::HealthDimension::Tier)
            return g.tier == Tier::Unrated ? analytics::LifecycleDistribution::kTiers : int(g.tier);
        return display(row, column);
    case Accounts:
        return g.accounts;
    case Responses:
        return g.nps.responses;
    case Answered:
        return g.nps.answered;
    case Promoters:
        return g.nps.promoters;
    case Passives:
        return g.nps.passives;
    case Detractors:
        return g.nps.detractors;
    case Nps:
        return g.nps.nps() ? QVariant(*g.nps.nps()) : QVariant();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant NpsBreakdownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Group:
        switch (m_dimension) {
        case analytics::HealthDimension::Tier:
            return tr("Tier");
        case analytics::HealthDimension::Industry:
            return tr("Industry");
        case analytics::HealthDimension::Region:
            return tr("Region");
        }
        return {};
    case Accounts:
        return tr("Accounts");
    case Responses:
        return tr("Responses");
    case Answered:
        return tr("Answered");
    case Promoters:
        return tr("Promoters");
    case Passives:
        return tr("Passives");
    case Detractors:
        return tr("Detractors");
    case Nps:
        return tr("NPS");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace kam
