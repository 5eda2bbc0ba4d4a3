// SPDX-License-Identifier: GPL-3.0-or-later
#include "account_tree_model.h"

#include "account_rows_model.h"

#include "store/store.h"

#include <algorithm>

namespace kam {

namespace {
constexpr int kMaxDepth = 64;
} // namespace

struct AccountTreeModel::Node
{
    AccountItem item;
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;
    int rowInParent = 0; // kept current so parent() is O(1) with 20k top-level accounts

    int row() const { return rowInParent; }

    void append(std::unique_ptr<Node> child)
    {
        child->parent = this;
        child->rowInParent = int(children.size());
        children.push_back(std::move(child));
    }

    std::unique_ptr<Node> take(int row)
    {
        std::unique_ptr<Node> child = std::move(children[size_t(row)]);
        children.erase(children.begin() + row);
        for (size_t r = size_t(row); r < children.size(); ++r)
            children[r]->rowInParent = int(r);
        return child;
    }
};

AccountTreeModel::AccountTreeModel(Store *store, QObject *parent)
    : QAbstractItemModel(parent)
    , m_store(store)
    , m_root(std::make_unique<Node>())
{
    connect(store, &Store::rowsChanged, this, &AccountTreeModel::onRowsChanged);
}

AccountTreeModel::~AccountTreeModel() = default;

Result<void> AccountTreeModel::reload()
{
    Result<std::vector<Account>> accounts = m_store->accounts();
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_nodeById.clear();
    m_userNames = loadUserNames(*m_store);
    std::vector<std::unique_ptr<Node>> nodes;
    if (accounts) {
        nodes.reserve(accounts->size());
        for (Account &a : std::move(accounts).value()) {
            auto node = std::make_unique<Node>();
            node->item = makeAccountItem(std::move(a), m_userNames);
            m_nodeById.insert(node->item.account.meta.id, node.get());
            nodes.push_back(std::move(node));
        }
    }
    for (auto &node : nodes) {
        Node *target = effectiveParent(node->item.account);
        target->append(std::move(node));
    }
    endResetModel();
    if (!accounts)
        return accounts.error();
    return {};
}

AccountTreeModel::Node *AccountTreeModel::effectiveParent(const Account &account) const
{
    // A parent chain that loops or is absurdly deep (possible only through a bad sync) would
    // hide its accounts; such an account is shown at the top level instead.
    Node *parent = m_nodeById.value(account.parentId);
    const Node *up = parent;
    for (int depth = 0; up; ++depth) {
        if (depth > kMaxDepth || up->item.account.meta.id == account.meta.id)
            return m_root.get();
        up = m_nodeById.value(up->item.account.parentId);
    }
    return parent ? parent : m_root.get();
}

AccountTreeModel::Node *AccountTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex AccountTreeModel::indexOfNode(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), column, node);
}

QModelIndex AccountTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, nodeOf(parent)->children[size_t(row)].get());
}

QModelIndex AccountTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOfNode(nodeOf(child)->parent);
}

int AccountTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int AccountTreeModel::columnCount(const QModelIndex &) const
{
    return int(AccountColumn::Count);
}

QVariant AccountTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    return accountData(nodeOf(index)->item, index.column(), role);
}

QVariant AccountTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return orientation == Qt::Horizontal ? accountHeaderData(section, role)
                                         : QAbstractItemModel::headerData(section, orientation, role);
}

QModelIndex AccountTreeModel::indexOf(const QString &id) const
{
    return indexOfNode(m_nodeById.value(id));
}

void AccountTreeModel::onRowsChanged(const QString &table, const QStringList &ids)
{
    if (table == QLatin1String("users") || ids.size() > kRowsResetThreshold) {
        if (table == QLatin1String("users") || table == QLatin1String("accounts"))
            (void)reload();
        return;
    }
    if (table != QLatin1String("accounts"))
        return;
    for (const QString &id : ids) {
        Result<Account> account = m_store->get<Account>(id);
        const bool live = account.ok() && !account->meta.isDeleted();
        Node *node = m_nodeById.value(id);
        if (!live && !node)
            continue;
        if (!live) {
            if (!node->children.empty()) {
                (void)reload(); // branches lose their group: rebuild rather than re-home each
                return;
            }
            Node *parent = node->parent;
            const int row = node->row();
            beginRemoveRows(indexOfNode(parent), row, row);
            m_nodeById.remove(id);
            parent->take(row);
            endRemoveRows();
            continue;
        }
        if (!node) {
            const bool adoptsOrphans = std::any_of(
                m_root->children.begin(), m_root->children.end(),
                [&](const auto &n) { return n->item.account.parentId == id; });
            if (adoptsOrphans) {
                (void)reload();
                return;
            }
            auto fresh = std::make_unique<Node>();
            fresh->item = makeAccountItem(std::move(account).value(), m_userNames);
            Node *parent = effectiveParent(fresh->item.account);
            const int row = int(parent->children.size());
            beginInsertRows(indexOfNode(parent), row, row);
            m_nodeById.insert(id, fresh.get());
            parent->append(std::move(fresh));
            endInsertRows();
            continue;
        }
        node->item = makeAccountItem(std::move(account).value(), m_userNames);
        Node *newParent = effectiveParent(node->item.account);
        if (newParent != node->parent) {
            Node *oldParent = node->parent;
            const int row = node->row();
            const int dest = int(newParent->children.size());
            beginMoveRows(indexOfNode(oldParent), row, row, indexOfNode(newParent), dest);
            newParent->append(oldParent->take(row));
            endMoveRows();
        }
        emit dataChanged(indexOfNode(node, 0), indexOfNode(node, columnCount() - 1));
    }
}

} // namespace kam
