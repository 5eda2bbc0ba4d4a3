// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/value_model.h"
#include "domain/entities.h"

#include <QDialog>
#include <QModelIndex>

#include <vector>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;
class QToolButton;
class QTreeView;

namespace kam {

class CriteriaTreeModel;
class EditHistory;
class PairwiseModel;
class Store;
class ValueScorer;

/// Manages the saved value models: new (from the defaults), duplicate, delete and make active;
/// for the selected one its name, criteria tree, the pairwise comparisons of the selected
/// group with live weights and consistency (and the comparison to revisit), the scoring method
/// and the tier rule. Save writes the model as one undo command.
class ValueModelEditor : public QDialog
{
    Q_OBJECT

public:
    ValueModelEditor(Store *store, EditHistory *history, ValueScorer *scorer, QWidget *parent = nullptr);

    CriteriaTreeModel *criteriaModel() const { return m_tree; }
    PairwiseModel *pairwiseModel() const { return m_pairwise; }
    /// The id of the model shown (empty: the built-in default, not stored yet).
    QString currentModelId() const;
    /// The definition as edited (not saved yet).
    analytics::ValueModelDefinition editedDefinition() const;
    /// Selects the group whose comparisons the grid shows (invalid: the root).
    void selectGroup(const QModelIndex &group);

public slots:
    void newModel();
    void duplicateModel();
    void deleteModel();
    void activateModel();
    /// Writes the shown model (creating it if it is the unsaved default); false when refused.
    bool save();
    void applySuggestion();

private:
    void reloadModels(const QString &selectId);
    void showModel(int row);
    /// Shows the comparisons of `group` in the grid.
    void showGroup(const QModelIndex &group);
    void updateGroup();
    void updateConsistency();
    void updateMethodControls();
    void updateTierControls();
    void updateButtons();
    void addCriterion(ValueCriterion criterion);
    QModelIndex currentGroup() const;
    /// A name not taken by another model: `base`, else "base (2)", …
    QString freeName(const QString &base) const;
    bool createModel(const QString &name, const QString &definition);
    void showError(const QString &message);

    Store *m_store;
    EditHistory *m_history;
    ValueScorer *m_scorer;
    std::vector<ValueModel> m_models; ///< as stored; a lone unsaved default has an empty id
    int m_current = -1;
    analytics::ValueModelDefinition m_definition; ///< method and tier rule as edited
    QPersistentModelIndex m_group; ///< the group the grid shows (invalid: the root)
    bool m_forwarding = false;     ///< the grid's edit is being written into the tree

    CriteriaTreeModel *m_tree;
    PairwiseModel *m_pairwise;
    QListWidget *m_list;
    QPushButton *m_new;
    QPushButton *m_duplicate;
    QPushButton *m_delete;
    QPushButton *m_activate;
    QLineEdit *m_name;
    QTreeView *m_treeView;
    QPushButton *m_addGroup;
    QToolButton *m_addCriterion;
    QPushButton *m_remove;
    QLabel *m_gridTitle;
    QTableView *m_grid;
    QLabel *m_consistency;
    QLabel *m_suggestion;
    QPushButton *m_apply;
    QComboBox *m_riTable;
    QComboBox *m_method;
    QComboBox *m_operator;
    QDoubleSpinBox *m_rho;
    QComboBox *m_tierMode;
    QDoubleSpinBox *m_core;
    QDoubleSpinBox *m_key;
    QDoubleSpinBox *m_ordinary;
    QLabel *m_check;
    QLabel *m_error;
    QPushButton *m_save;
};

} // namespace kam
