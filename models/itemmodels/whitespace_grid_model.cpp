// SPDX-License-Identifier: GPL-3.0-or-later
#include "whitespace_grid_model.h"
#include "domain/account_tree.h"

#include "store/row_codec.h"
#include "store/store.h"
#include "whitespace_colors.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

namespace kam {

namespace {

bool localeLess(const QString &a, const QString &b)
{
    return QString::localeAwareCompare(a, b) < 0;
}

QStringList segmentKeys(const std::vector<WhitespaceGridModel::Segment> &segments)
{
    QStringList keys;
    for (const auto &s : segments)
        keys << s.key;
    return keys;
}

/// True when the keys `current` and `next` both have come in the same order in both.
bool keptInOrder(const QStringList &current, const QStringList &next)
{
    QStringList before, after;
    for (const QString &k : current)
        if (next.contains(k))
            before << k;
    for (const QString &k : next)
        if (current.contains(k))
            after << k;
    return before == after;
}

/// Turns an axis with `keys` into one with `next` (keptInOrder) through `remove(i)` and
/// `insert(i)` (the item `next[i]`).
template<typename Remove, typename Insert>
void syncAxis(QStringList keys, const QStringList &next, Remove remove, Insert insert)
{
    for (int i = int(keys.size()) - 1; i >= 0; --i)
        if (!next.contains(keys[i])) {
            remove(i);
            keys.removeAt(i);
        }
    for (int i = 0; i < int(next.size()); ++i)
        if (i >= keys.size() || keys[i] != next[i]) {
            insert(i);
            keys.insert(i, next[i]);
        }
}

} // namespace

WhitespaceGridModel::WhitespaceGridModel(Store *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(store, &Store::rowsChanged, this, [this](const QString &table) {
        static const QStringList watched = {QStringLiteral("whitespace_cells"), QStringLiteral("plans"),
                                            QStringLiteral("accounts"), QStringLiteral("products")};
        if (!m_planId.isEmpty() && watched.contains(table))
            (void)refresh();
    });
}

QString WhitespaceGridModel::cellKey(const QString &segment, const QString &line)
{
    return segment + QChar(u'\x1f') + line;
}

Result<WhitespaceGridModel::Grid> WhitespaceGridModel::loadGrid() const
{
    Grid grid;
    if (m_planId.isEmpty())
        return grid;
    Result<PlanContent> content = m_store->planContent(m_planId);
    if (!content)
        return content.error();
    Result<std::vector<Account>> accounts = m_store->accounts();
    if (!accounts)
        return accounts.error();
    Result<std::vector<Product>> products = m_store->products();
    if (!products)
        return products.error();
    grid.plan = content->plan;

    // The plan's account, then the branches below it at any depth, by name.
    QHash<QString, QString> names;
    for (const Account &a : *accounts)
        names.insert(a.meta.id, displayName(a));
    const QStringList family = QStringList{grid.plan.accountId} + branchIds(*accounts, grid.plan.accountId);
    std::vector<Segment> branches;
    for (qsizetype i = 1; i < family.size(); ++i)
        branches.push_back({family[i], names.value(family[i]), true});
    std::sort(branches.begin(), branches.end(), [](const Segment &a, const Segment &b) { return localeLess(a.label, b.label); });
    grid.segments.push_back({grid.plan.accountId, names.value(grid.plan.accountId), true});
    grid.segments.insert(grid.segments.end(), branches.begin(), branches.end());

    QSet<QString> series;
    for (const Product &p : *products)
        if (!p.series.trimmed().isEmpty())
            series.insert(p.series.trimmed());
    grid.lines = QStringList(series.begin(), series.end());
    std::sort(grid.lines.begin(), grid.lines.end(), localeLess);

    std::vector<Segment> centres;
    QStringList usedLines;
    for (const WhitespaceCell &c : content->whitespace) {
        grid.cells.insert(cellKey(c.segment, c.productLine), c);
        if (!family.contains(c.segment)
            && std::none_of(centres.begin(), centres.end(), [&](const Segment &s) { return s.key == c.segment; })) {
            // A branch that left the group keeps its row under its name.
            Result<Account> account = m_store->get<Account>(c.segment);
            centres.push_back(account ? Segment{c.segment, displayName(*account), true} : Segment{c.segment, c.segment});
        }
        if (!grid.lines.contains(c.productLine) && !usedLines.contains(c.productLine))
            usedLines << c.productLine;
    }
    std::sort(centres.begin(), centres.end(), [](const Segment &a, const Segment &b) { return localeLess(a.label, b.label); });
    grid.segments.insert(grid.segments.end(), centres.begin(), centres.end());
    std::sort(usedLines.begin(), usedLines.end(), localeLess);
    grid.lines += usedLines;
    return grid;
}

Result<void> WhitespaceGridModel::setPlanId(const QString &planId)
{
    m_planId = planId;
    Result<Grid> grid = loadGrid();
    beginResetModel();
    m_plan = grid ? grid->plan : Plan();
    m_segments = grid ? grid->segments : std::vector<Segment>();
    m_lines = grid ? grid->lines : QStringList();
    m_cells = grid ? grid->cells : QHash<QString, WhitespaceCell>();
    endResetModel();
    if (!grid)
        return grid.error();
    return {};
}

bool WhitespaceGridModel::syncAxes(const Grid &next)
{
    const QStringList nextSegments = segmentKeys(next.segments);
    if (!keptInOrder(segmentKeys(m_segments), nextSegments) || !keptInOrder(m_lines, next.lines))
        return false;
    syncAxis(
        segmentKeys(m_segments), nextSegments,
        [this](int i) {
            beginRemoveRows({}, i, i);
            m_segments.erase(m_segments.begin() + i);
            endRemoveRows();
        },
        [&](int i) {
            beginInsertRows({}, i, i);
            m_segments.insert(m_segments.begin() + i, next.segments[size_t(i)]);
            endInsertRows();
        });
    syncAxis(
        m_lines, next.lines,
        [this](int i) {
            beginRemoveColumns({}, i, i);
            m_lines.removeAt(i);
            endRemoveColumns();
        },
        [&](int i) {
            beginInsertColumns({}, i, i);
            m_lines.insert(i, next.lines[i]);
            endInsertColumns();
        });
    for (int row = 0; row < int(m_segments.size()); ++row)
        if (!(m_segments[size_t(row)] == next.segments[size_t(row)])) {
            m_segments[size_t(row)] = next.segments[size_t(row)];
            emit headerDataChanged(Qt::Vertical, row, row);
        }
    return true;
}

Result<void> WhitespaceGridModel::refresh()
{
    Result<Grid> next = loadGrid();
    if (!next)
        return next.error();
    if (!syncAxes(*next)) {
        beginResetModel();
        m_plan = next->plan;
        m_segments = next->segments;
        m_lines = next->lines;
        m_cells = next->cells;
        endResetModel();
        return {};
    }
    const QString oldCurrency = std::exchange(m_plan, next->plan).currency;
    QHash<QString, WhitespaceCell> old = std::exchange(m_cells, next->cells);
    for (int row = 0; row < int(m_segments.size()); ++row)
        for (int column = 0; column < int(m_lines.size()); ++column) {
            const QString key = cellKey(m_segments[size_t(row)].key, m_lines[column]);
            const auto before = old.constFind(key);
            const auto after = m_cells.constFind(key);
            const bool hadCell = before != old.cend(), hasCell = after != m_cells.cend();
            const bool same = hadCell == hasCell
                              && (!hasCell || (before->meta.id == after->meta.id && sameFields(*before, *after)))
                              && (!hasCell || oldCurrency == m_plan.currency);
            if (!same)
                emit dataChanged(index(row, column), index(row, column));
        }
    return {};
}

const WhitespaceCell *WhitespaceGridModel::cell(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return nullptr;
    const auto it = m_cells.constFind(cellKey(m_segments[size_t(index.row())].key, m_lines[index.column()]));
    return it == m_cells.cend() ? nullptr : &*it;
}

int WhitespaceGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_segments.size());
}

int WhitespaceGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

QVariant WhitespaceGridModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case SegmentRole:
        return m_segments[size_t(index.row())].key;
    case ProductLineRole:
        return m_lines[index.column()];
    default:
        break;
    }
    const WhitespaceCell *c = cell(index);
    if (!c)
        return {};
    switch (role) {
    case CellIdRole:
        return c->meta.id;
    case StateRole:
        return int(c->state);
    case ValueMinorRole:
        return c->valueMinor;
    case Qt::BackgroundRole:
        return whitespaceColor(c->state);
    case Qt::ForegroundRole:
        return QColor(Qt::black); // the state colours are light in any theme
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignCenter);
    case Qt::DisplayRole:
    case Qt::ToolTipRole: {
        QStringList lines{enumLabel(c->state)};
        if (c->state == Whitespace::Competitor && !c->competitor.isEmpty())
            lines << c->competitor;
        if (c->valueMinor > 0)
            lines << formatMoney(Money{c->valueMinor, m_plan.currency});
        return lines.join(u'\n');
    }
    default:
        return {};
    }
}

QVariant WhitespaceGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal)
        return section >= 0 && section < m_lines.size() ? QVariant(m_lines[section]) : QVariant();
    if (section < 0 || section >= int(m_segments.size()))
        return {};
    const Segment &s = m_segments[size_t(section)];
    if (role == Qt::ToolTipRole)
        return s.isAccount ? tr("Account or branch: %1").arg(s.label) : tr("Buying centre: %1").arg(s.label);
    return s.label;
}

} // namespace kam
