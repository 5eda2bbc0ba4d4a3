// SPDX-License-Identifier: GPL-3.0-or-later
#include "criteria_tree_model.h"

#include <QLocale>

#include <algorithm>

namespace kam {

using namespace analytics;

struct CriteriaTreeModel::Item
{
    QString name;
    std::optional<ValueCriterion> criterion;
    std::vector<double> comparisons;
    Item *parent = nullptr;
    std::vector<std::unique_ptr<Item>> children;
    double local = 1;
    double global = 1;

    int row() const
    {
        const auto &siblings = parent->children;
        return int(std::find_if(siblings.begin(), siblings.end(), [this](const auto &c) { return c.get() == this; })
                   - siblings.begin());
    }
    QString shownName() const
    {
        if (!name.isEmpty() || !criterion)
            return name;
        return enumLabel(*criterion);
    }
};

namespace {

using Item = CriteriaTreeModel::Item;

std::unique_ptr<Item> fromNode(const CriterionNode &node, Item *parent)
{
    auto item = std::make_unique<Item>();
    item->name = node.name;
    item->criterion = node.criterion;
    item->comparisons = node.comparisons;
    item->parent = parent;
    for (const CriterionNode &c : node.children)
        item->children.push_back(fromNode(c, item.get()));
    return item;
}

CriterionNode toNode(const Item &item)
{
    CriterionNode node;
    node.name = item.name;
    node.criterion = item.criterion;
    node.comparisons = item.comparisons;
    for (const auto &c : item.children)
        node.children.push_back(toNode(*c));
    return node;
}

/// The upper triangle of `m` without row and column `skip` (-1: none), plus `extra` children
/// compared as equal (1) with everyone.
std::vector<double> upperTriangle(const Matrix &m, int skip, int extra)
{
    std::vector<int> keep;
    for (int i = 0; i < int(m.size()); ++i)
        if (i != skip)
            keep.push_back(i);
    const int n = int(keep.size()) + extra;
    std::vector<double> upper;
    for (int i = 0; i < n; ++i)
        for (int j = i + 1; j < n; ++j)
            upper.push_back(i < int(keep.size()) && j < int(keep.size()) ? m[size_t(keep[size_t(i)])][size_t(keep[size_t(j)])] : 1.0);
    return upper;
}

void collectCriteria(const Item &item, std::vector<ValueCriterion> &out)
{
    if (item.criterion)
        out.push_back(*item.criterion);
    for (const auto &c : item.children)
        collectCriteria(*c, out);
}

} // namespace

CriteriaTreeModel::CriteriaTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Item>())
{
}

CriteriaTreeModel::~CriteriaTreeModel() = default;

void CriteriaTreeModel::setRoot(const CriterionNode &root)
{
    beginResetModel();
    m_root = fromNode(root, nullptr);
    recompute();
    endResetModel();
}

CriterionNode CriteriaTreeModel::root() const
{
    return toNode(*m_root);
}

Item *CriteriaTreeModel::itemAt(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Item *>(index.internalPointer()) : m_root.get();
}

QModelIndex CriteriaTreeModel::indexOf(const Item *item, int column) const
{
    if (item == m_root.get())
        return {};
    return createIndex(item->row(), column, const_cast<Item *>(item));
}

bool CriteriaTreeModel::isGroup(const QModelIndex &index) const
{
    return !itemAt(index)->criterion.has_value();
}

QModelIndex CriteriaTreeModel::insert(const QModelIndex &parent, std::unique_ptr<Item> item)
{
    Item *p = itemAt(parent);
    if (p->criterion)
        return {};
    const int n = int(p->children.size());
    p->comparisons = upperTriangle(reciprocalMatrix(n, p->comparisons), -1, 1);
    item->parent = p;
    beginInsertRows(parent, n, n);
    p->children.push_back(std::move(item));
    endInsertRows();
    recompute();
    announceWeights(m_root.get());
    emit changed();
    return index(n, 0, parent);
}

QModelIndex CriteriaTreeModel::addGroup(const QModelIndex &parent, const QString &name)
{
    auto item = std::make_unique<Item>();
    item->name = name;
    return insert(parent, std::move(item));
}

QModelIndex CriteriaTreeModel::addCriterion(const QModelIndex &parent, ValueCriterion criterion)
{
    const std::vector<ValueCriterion> unused = unusedCriteria();
    if (std::find(unused.begin(), unused.end(), criterion) == unused.end())
        return {};
    auto item = std::make_unique<Item>();
    item->criterion = criterion;
    return insert(parent, std::move(item));
}

bool CriteriaTreeModel::remove(const QModelIndex &index)
{
    if (!index.isValid() || index.model() != this)
        return false;
    Item *item = itemAt(index);
    Item *p = item->parent;
    const int row = index.row();
    const int n = int(p->children.size());
    const QModelIndex parentIndex = index.parent();
    beginRemoveRows(parentIndex, row, row);
    p->comparisons = upperTriangle(reciprocalMatrix(n, p->comparisons), row, 0);
    p->children.erase(p->children.begin() + row);
    endRemoveRows();
    recompute();
    announceWeights(m_root.get());
    emit changed();
    return true;
}

std::vector<ValueCriterion> CriteriaTreeModel::unusedCriteria() const
{
    std::vector<ValueCriterion> used;
    collectCriteria(*m_root, used);
    std::vector<ValueCriterion> unused;
    for (const auto &e : enumEntries<ValueCriterion>())
        if (std::find(used.begin(), used.end(), e.value) == used.end())
            unused.push_back(e.value);
    return unused;
}

QStringList CriteriaTreeModel::childNames(const QModelIndex &group) const
{
    QStringList names;
    for (const auto &c : itemAt(group)->children)
        names << c->shownName();
    return names;
}

std::vector<double> CriteriaTreeModel::comparisons(const QModelIndex &group) const
{
    const Item *item = itemAt(group);
    // Missing values count as equal, as reciprocalMatrix reads them.
    return upperTriangle(reciprocalMatrix(int(item->children.size()), item->comparisons), -1, 0);
}

bool CriteriaTreeModel::setComparisons(const QModelIndex &group, const std::vector<double> &upper)
{
    Item *item = itemAt(group);
    const size_t n = item->children.size();
    if (upper.size() != n * (n - 1) / 2 || n == 0)
        return false;
    item->comparisons = upper;
    recompute();
    announceWeights(m_root.get());
    emit changed();
    return true;
}

void CriteriaTreeModel::recompute()
{
    const auto walk = [](auto &self, Item &item) -> void {
        const int n = int(item.children.size());
        if (n == 0)
            return;
        Result<AhpResult> r = ahp(reciprocalMatrix(n, item.comparisons));
        for (int i = 0; i < n; ++i) {
            Item &c = *item.children[size_t(i)];
            // An invalid matrix cannot be typed in the grid; equal weights keep the tree usable.
            c.local = r ? r->weights[size_t(i)] : 1.0 / n;
            c.global = item.global * c.local;
            self(self, c);
        }
    };
    m_root->global = 1;
    walk(walk, *m_root);
}

void CriteriaTreeModel::announceWeights(const Item *parent)
{
    if (parent->children.empty())
        return;
    const QModelIndex p = indexOf(parent);
    emit dataChanged(index(0, LocalWeight, p), index(int(parent->children.size()) - 1, GlobalWeight, p), {Qt::DisplayRole, WeightRole});
    for (const auto &c : parent->children)
        announceWeights(c.get());
}

QModelIndex CriteriaTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, itemAt(parent)->children[size_t(row)].get());
}

QModelIndex CriteriaTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(itemAt(child)->parent);
}

int CriteriaTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(itemAt(parent)->children.size());
}

int CriteriaTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant CriteriaTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Item *item = itemAt(index);
    if (role == IsGroupRole)
        return !item->criterion.has_value();
    const double weight = index.column() == LocalWeight ? item->local : item->global;
    if (role == WeightRole && (index.column() == LocalWeight || index.column() == GlobalWeight))
        return weight;
    if (role == Qt::TextAlignmentRole && (index.column() == LocalWeight || index.column() == GlobalWeight))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (Column(index.column())) {
    case Name:
        return item->shownName();
    case Criterion:
        return item->criterion ? enumLabel(*item->criterion) : QString();
    case LocalWeight:
    case GlobalWeight:
        return tr("%1 %").arg(QLocale().toString(100 * weight, 'f', 1));
    case ColumnCount:
        break;
    }
    return {};
}

bool CriteriaTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() != Name)
        return false;
    Item *item = itemAt(index);
    QString name = value.toString().simplified();
    if (name.isEmpty() && !item->criterion)
        return false; // a group needs a name; a criterion falls back to its label
    if (item->criterion && name == enumLabel(*item->criterion))
        name.clear();
    if (name == item->name)
        return true;
    item->name = name;
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    emit changed();
    return true;
}

Qt::ItemFlags CriteriaTreeModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractItemModel::flags(index);
    if (index.isValid() && index.column() == Name)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant CriteriaTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name:
        return tr("Criterion");
    case Criterion:
        return tr("Reads");
    case LocalWeight:
        return tr("Local weight");
    case GlobalWeight:
        return tr("Global weight");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace kam
