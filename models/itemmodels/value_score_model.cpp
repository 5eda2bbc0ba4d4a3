// SPDX-License-Identifier: GPL-3.0-or-later
#include "value_score_model.h"
#include "tone_colors.h"

#include "analytics/satisfaction.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QHash>
#include <QLocale>

#include <algorithm>

namespace kam {

using namespace analytics;

namespace {
/// Tiers sort best first, the unrated last.
int tierOrder(Tier t)
{
    return t == Tier::Unrated ? 99 : int(t);
}

bool sameLeaves(const std::vector<CriterionWeight> &a, const std::vector<CriterionWeight> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const CriterionWeight &x, const CriterionWeight &y) {
        return x.criterion == y.criterion && x.path == y.path;
    });
}
} // namespace

ValueScoreModel::ValueScoreModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

bool ValueScoreModel::sameShown(const Row &a, const Row &b)
{
    if (a.name != b.name || a.tier != b.tier || a.score.score != b.score.score || a.score.rank != b.score.rank
        || a.score.proposedTier != b.score.proposedTier || a.score.breakdown.size() != b.score.breakdown.size())
        return false;
    for (size_t i = 0; i < a.score.breakdown.size(); ++i) {
        const CriterionScore &x = a.score.breakdown[i];
        const CriterionScore &y = b.score.breakdown[i];
        if (x.value != y.value || x.normalised != y.normalised || x.weight != y.weight || x.points != y.points)
            return false;
    }
    return true;
}

void ValueScoreModel::setScores(const std::vector<Account> &accounts, const std::vector<ValueScore> &scores,
                                const std::vector<CriterionWeight> &leaves)
{
    QHash<QString, const Account *> byId;
    for (const Account &a : accounts)
        byId.insert(a.meta.id, &a);
    std::vector<Row> next;
    next.reserve(scores.size());
    for (const ValueScore &s : scores)
        if (const Account *a = byId.value(s.accountId))
            next.push_back(Row{displayName(*a), a->tier, s});

    const bool sameRows = std::equal(m_rows.begin(), m_rows.end(), next.begin(), next.end(),
                                     [](const Row &x, const Row &y) { return x.score.accountId == y.score.accountId; });
    if (!sameRows || !sameLeaves(leaves, m_leaves)) {
        beginResetModel();
        m_rows = std::move(next);
        m_leaves = leaves;
        endResetModel();
        return;
    }
    // A rescore of the same portfolio: ranges of changed rows, so selection and sorting hold.
    const int last = columnCount() - 1;
    for (size_t i = 0; i < next.size();) {
        if (sameShown(m_rows[i], next[i])) {
            ++i;
            continue;
        }
        size_t end = i;
        while (end < next.size() && !sameShown(m_rows[end], next[end])) {
            m_rows[end] = std::move(next[end]);
            ++end;
        }
        emit dataChanged(index(int(i), 0), index(int(end) - 1, last));
        i = end;
    }
    m_leaves = leaves; // same criteria; the weights may have changed
}

int ValueScoreModel::rowOf(const QString &accountId) const
{
    const auto it = std::find_if(m_rows.begin(), m_rows.end(), [&](const Row &r) { return r.score.accountId == accountId; });
    return it == m_rows.end() ? -1 : int(it - m_rows.begin());
}

QString ValueScoreModel::formatFact(ValueCriterion criterion, const std::optional<double> &value)
{
    if (!value)
        return tr("no data");
    const QLocale locale;
    switch (criterion) {
    case ValueCriterion::Revenue:
        return locale.toString(*value, 'f', 0);
    case ValueCriterion::GrossMargin:
    case ValueCriterion::Growth:
    case ValueCriterion::ShareOfWallet:
        return tr("%1 %").arg(locale.toString(*value, 'f', 1));
    case ValueCriterion::StrategicFit:
        return tr("%1 of 5").arg(locale.toString(*value, 'f', 0));
    case ValueCriterion::PaymentRecord:
        return tr("%Ln day(s) overdue", nullptr, int(*value));
    case ValueCriterion::RelationshipStrength:
        return tr("%1 of 5").arg(locale.toString(*value, 'f', 1));
    case ValueCriterion::Satisfaction:
        return tr("NPS %1").arg(formatNps(*value));
    }
    return {};
}

int ValueScoreModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ValueScoreModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstCriterion + int(m_leaves.size());
}

QVariant ValueScoreModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    const ValueScore &s = row.score;
    const bool differs = row.tier != s.proposedTier;
    const QLocale locale;
    if (role == AccountIdRole)
        return s.accountId;
    if (role == DiffersRole)
        return differs;
    if (index.column() >= FirstCriterion) {
        const size_t leaf = size_t(index.column() - FirstCriterion);
        const CriterionScore *c = leaf < s.breakdown.size() ? &s.breakdown[leaf] : nullptr;
        if (!c)
            return {};
        switch (role) {
        case Qt::DisplayRole:
            return locale.toString(c->points, 'f', 1);
        case SortRole:
            return c->points;
        case CriterionRole:
            return int(c->criterion);
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        case Qt::ToolTipRole:
            return tr("%1: %2\nNormalised: %3\nWeight: %4 %")
                .arg(enumLabel(c->criterion), formatFact(c->criterion, c->value), locale.toString(c->normalised, 'f', 2),
                     locale.toString(100 * c->weight, 'f', 1));
        default:
            return {};
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Rank:
            return locale.toString(s.rank);
        case AccountName:
            return row.name;
        case Score:
            return locale.toString(s.score, 'f', 1);
        case Proposed:
            return enumLabel(s.proposedTier);
        case Current:
            return differs ? tr("%1 ≠").arg(enumLabel(row.tier)) : enumLabel(row.tier);
        case FirstCriterion:
            break;
        }
        return {};
    case SortRole:
        switch (Column(index.column())) {
        case Rank:
            return s.rank;
        case AccountName:
            return row.name;
        case Score:
            return s.score;
        case Proposed:
            return tierOrder(s.proposedTier);
        case Current:
            return tierOrder(row.tier);
        case FirstCriterion:
            break;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Rank || index.column() == Score)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (differs && index.column() == Current) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ForegroundRole:
        if (differs && index.column() == Current)
            return QBrush(toneText(Tone::Caution));
        return {};
    case Qt::ToolTipRole:
        if (differs && index.column() == Current)
            return tr("The model proposes %1").arg(enumLabel(s.proposedTier));
        if (s.gradeTie && index.column() == Score)
            return tr("Two fuzzy grades tie for the highest membership");
        return {};
    default:
        return {};
    }
}

QVariant ValueScoreModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section >= FirstCriterion) {
        const CriterionWeight &leaf = m_leaves[size_t(section - FirstCriterion)];
        if (role == Qt::DisplayRole)
            return enumLabel(leaf.criterion);
        if (role == Qt::ToolTipRole)
            return tr("%1 (weight %2 %)").arg(leaf.path, QLocale().toString(100 * leaf.weight, 'f', 1));
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Rank:
        return tr("Rank");
    case AccountName:
        return tr("Account");
    case Score:
        return tr("Score");
    case Proposed:
        return tr("Proposed tier");
    case Current:
        return tr("Current tier");
    case FirstCriterion:
        break;
    }
    return {};
}

} // namespace kam
