// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/importer.h"

#include <QAbstractTableModel>

#include <memory>

namespace kam {

/// The translated label of a Choice field's enum code ("channel" → "Channel partner"); the
/// code itself when no enum has it. The schema lists codes only; the enum tables hold labels.
QString importChoiceLabel(const ImportField &field, const QString &code);

/// The rows of an ImportPlan as the wizard's preview shows them: file line, status, the
/// duplicate found and how, the issues, then the mapped fields' values. The action of a
/// duplicate row is editable (setData with a duplicateActionKey); it is written into the plan,
/// so runImport does what the preview shows.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Line, Status, Action, Duplicate, Basis, Issues, FieldColumns };
    enum Role {
        StatusKeyRole = Qt::UserRole + 1, ///< QString "new", "duplicate", "rejected" (every column)
        ActionKeyRole, ///< QString duplicateActionKey in effect (Action column)
    };

    explicit ImportPreviewModel(QObject *parent = nullptr);

    /// Shows `plan` (null: nothing); the model edits its rows' actions.
    void setPlan(std::shared_ptr<ImportPlan> plan);
    const std::shared_ptr<ImportPlan> &plan() const { return m_plan; }
    /// The action of duplicates without their own choice; refreshes the Action column.
    void setDefaultAction(DuplicateAction action);
    /// Field keys shown after the fixed columns (the mapped ones, in schema order).
    const QStringList &fieldKeys() const { return m_fields; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString statusKey(PreparedRow::Status status);
    static QString statusLabel(PreparedRow::Status status);
    static QString actionLabel(DuplicateAction action);

private:
    std::shared_ptr<ImportPlan> m_plan;
    QStringList m_fields;
};

} // namespace kam
