// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account_columns.h"

#include <QAbstractItemModel>
#include <QPointer>

#include <memory>
#include <vector>

namespace kam {

class Store;

/// Group → branch hierarchy of the live accounts (parent_id); an account whose parent is
/// missing or deleted is shown at the top level.
class AccountTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    explicit AccountTreeModel(Store *store, QObject *parent = nullptr);
    ~AccountTreeModel() override;

    Result<void> reload();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// Index (column 0) of an account id, or an invalid index.
    QModelIndex indexOf(const QString &id) const;

private:
    struct Node;
    Node *nodeOf(const QModelIndex &index) const;
    Node *effectiveParent(const Account &account) const;
    QModelIndex indexOfNode(const Node *node, int column = 0) const;
    void onRowsChanged(const QString &table, const QStringList &ids);

    QPointer<Store> m_store;
    std::unique_ptr<Node> m_root;
    QHash<QString, Node *> m_nodeById;
    QHash<QString, QString> m_userNames;
};

} // namespace kam
