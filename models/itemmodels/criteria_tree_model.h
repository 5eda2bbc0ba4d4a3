// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/value_model.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace kam {

/// Edits a value model's criteria tree: groups (inner nodes) and criteria (leaves) under the
/// root, which is not shown (its children are the top-level rows). Each row shows its name,
/// its criterion, its local weight (the AHP weight among its siblings) and its global weight,
/// both computed again after every edit. A criterion appears at most once in the tree.
class CriteriaTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { Name, Criterion, LocalWeight, GlobalWeight, ColumnCount };
    static constexpr int IsGroupRole = Qt::UserRole + 1;
    static constexpr int WeightRole = Qt::UserRole + 2; ///< double 0…1 of the weight columns

    explicit CriteriaTreeModel(QObject *parent = nullptr);
    ~CriteriaTreeModel() override;

    /// Shows `root` (a reset).
    void setRoot(const analytics::CriterionNode &root);
    /// The tree as edited.
    analytics::CriterionNode root() const;

    /// True for a group; the invalid index (the root) is one.
    bool isGroup(const QModelIndex &index) const;
    /// Adds a group named `name` as the last child of the group `parent`; invalid when
    /// `parent` is a criterion.
    QModelIndex addGroup(const QModelIndex &parent, const QString &name);
    /// Adds `criterion` under the group `parent`; invalid when it is used already or `parent`
    /// is a criterion.
    QModelIndex addCriterion(const QModelIndex &parent, ValueCriterion criterion);
    /// Removes a row and its subtree, and its comparisons with its siblings.
    bool remove(const QModelIndex &index);
    /// The criteria not in the tree yet, in enum order.
    std::vector<ValueCriterion> unusedCriteria() const;

    /// The names of a group's children, in order (the pairwise grid's headers).
    QStringList childNames(const QModelIndex &group) const;
    /// A group's comparisons (upper triangle, analytics::reciprocalMatrix order).
    std::vector<double> comparisons(const QModelIndex &group) const;
    /// Replaces a group's comparisons (n(n−1)/2 values for n children) and recomputes weights.
    bool setComparisons(const QModelIndex &group, const std::vector<double> &upper);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    struct Item; ///< a node of the edited tree (opaque)

signals:
    /// The tree, a name or a comparison changed (the weights were recomputed).
    void changed();

private:
    Item *itemAt(const QModelIndex &index) const;
    QModelIndex indexOf(const Item *item, int column = 0) const;
    QModelIndex insert(const QModelIndex &parent, std::unique_ptr<Item> item);
    void recompute();
    void announceWeights(const Item *parent);

    std::unique_ptr<Item> m_root;
};

} // namespace kam
