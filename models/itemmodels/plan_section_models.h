// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The tables of one plan's sections. They differ only in their columns, so they share one
// base and live in one file.

#include "domain/plans.h"
#include "recomputed_rows.h"
#include "store/row_codec.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

#include <algorithm>
#include <vector>

namespace kam {

class Store;

/// What the section models share: the plan they show, the reload on Store::rowsChanged of
/// their tables, and edits that are requested rather than written (the view pushes the undo
/// command; the row follows the store).
class PlanSectionModelBase : public RecomputedRowsModel<QAbstractTableModel>
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1, ///< QString, the row's id
        SortRole,                  ///< raw value of the column
        /// On columns edited by choosing: QVariantList of {label, value} pairs (QVariantList).
        ChoicesRole,
        OverdueRole, ///< bool: an open action past its due date (actions only)
    };

    QString planId() const { return m_planId; }
    /// Shows the sections of `planId` (empty: none).
    Result<void> setPlanId(const QString &planId);
    /// Reads the plan's rows again and turns the shown rows into them row by row.
    Result<void> refresh() override;

    int columnCount(const QModelIndex &parent = {}) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// Writes nothing: emits editRequested for an editable cell.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    /// The user edited a cell to `value`; the view turns it into an undo command.
    void editRequested(const QModelIndex &index, const QVariant &value);

protected:
    PlanSectionModelBase(Store *store, int columns, QStringList watched, QObject *parent);

    Store *store() const { return m_store; }
    const QHash<QString, QString> &userNames() const { return m_userNames; }
    /// The users as ChoicesRole pairs, "nobody" first.
    QVariantList userChoices() const;

    virtual bool isEditable(int column) const = 0;
    /// Puts the loaded rows in place: all at once (`reset`) or by row-precise signals.
    virtual void apply(const PlanContent &content, bool reset) = 0;
    /// Reads what other rows add to the shown ones; true when it changed.
    virtual bool loadDerived(const PlanContent &content);

private:
    Result<void> load(bool reset);

    QPointer<Store> m_store;
    int m_columns;
    QStringList m_watched;
    QString m_planId;
    QHash<QString, QString> m_userNames;
};

/// The rows of one section of PlanContent, in the order the store gives them.
template<typename T, std::vector<T> PlanContent::*Section>
class PlanSectionModel : public PlanSectionModelBase
{
public:
    using Row = T;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    const T &rowAt(int row) const { return m_rows[size_t(row)]; }
    int rowOf(const QString &id) const
    {
        const auto it = std::find_if(m_rows.begin(), m_rows.end(), [&](const T &r) { return r.meta.id == id; });
        return it == m_rows.end() ? -1 : int(it - m_rows.begin());
    }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const T &row = rowAt(index.row());
        if (role == IdRole)
            return row.meta.id;
        return cellData(row, index.column(), role);
    }

    /// Applies an edit of `column` to `value` to `row`; false when the column is not editable.
    virtual bool setField(T &row, int column, const QVariant &value) const
    {
        Q_UNUSED(row)
        Q_UNUSED(column)
        Q_UNUSED(value)
        return false;
    }

protected:
    PlanSectionModel(Store *store, int columns, QStringList watched, QObject *parent)
        : PlanSectionModelBase(store, columns, watched << tableSpec<T>().table, parent)
    {
    }

    virtual QVariant cellData(const T &row, int column, int role) const = 0;

    void apply(const PlanContent &content, bool reset) override
    {
        const std::vector<T> &next = content.*Section;
        if (!reset) {
            syncRows(QModelIndex(), m_rows, next, [](const T &r) { return r.meta.id; },
                     [](const T &a, const T &b) { return sameFields(a, b); });
            return;
        }
        beginResetModel();
        m_rows = next;
        endResetModel();
    }

private:
    std::vector<T> m_rows;
};

/// A plan's objectives by position.
class PlanObjectiveModel : public PlanSectionModel<PlanObjective, &PlanContent::objectives>
{
    Q_OBJECT

public:
    enum Column { Title, Measure, Baseline, Target, Progress, ColumnCount };

    explicit PlanObjectiveModel(Store *store, QObject *parent = nullptr);

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool setField(PlanObjective &row, int column, const QVariant &value) const override;

protected:
    QVariant cellData(const PlanObjective &row, int column, int role) const override;
    bool isEditable(int column) const override;
};

/// A plan's actions by position, with their objective's title and owner's name; an open
/// action past its due date is flagged (OverdueRole, red due date) as of today().
class PlanActionModel : public PlanSectionModel<PlanAction, &PlanContent::actions>
{
    Q_OBJECT

public:
    enum Column { Title, Objective, Owner, Due, Status, ColumnCount };

    explicit PlanActionModel(Store *store, QObject *parent = nullptr);

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool setField(PlanAction &row, int column, const QVariant &value) const override;

protected:
    QVariant cellData(const PlanAction &row, int column, int role) const override;
    bool isEditable(int column) const override;
    bool loadDerived(const PlanContent &content) override;

private:
    bool isOverdue(const PlanAction &a) const;

    QHash<QString, QString> m_objectiveTitles;
    QVariantList m_objectiveChoices;
};

/// A plan's risks, highest exposure (likelihood × impact) first.
class PlanRiskModel : public PlanSectionModel<PlanRisk, &PlanContent::risks>
{
    Q_OBJECT

public:
    enum Column { Title, Likelihood, Impact, Exposure, Mitigation, ColumnCount };

    explicit PlanRiskModel(Store *store, QObject *parent = nullptr);

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool setField(PlanRisk &row, int column, const QVariant &value) const override;

protected:
    QVariant cellData(const PlanRisk &row, int column, int role) const override;
    bool isEditable(int column) const override;
};

/// A plan's status and version history, oldest first. Read-only: the store writes it.
class PlanHistoryModel : public PlanSectionModel<PlanChange, &PlanContent::changes>
{
    Q_OBJECT

public:
    enum Column { When, Version, Status, Who, ColumnCount };

    explicit PlanHistoryModel(Store *store, QObject *parent = nullptr);

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QVariant cellData(const PlanChange &row, int column, int role) const override;
    bool isEditable(int) const override { return false; }
};

} // namespace kam
