// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Every user edit is one of these commands (Tiled style): the command calls the store, the
// store writes the row and its journal entries, and the item models follow rowsChanged.
// Written once over the entity type because the store's write path is templated.

#include "edit_history.h"

#include "domain/entities.h"
#include "domain/ids.h"
#include "domain/stages.h"
#include "store/row_codec.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QLocale>
#include <QUndoCommand>
#include <QStringList>

#include <utility>

namespace kam {

/// What the commands need to know about an entity to name themselves.
template<typename T>
struct EntityText;

template<>
struct EntityText<Account>
{
    static QString name(const Account &a) { return displayName(a); }
    static QString created(const QString &n) { return QCoreApplication::translate("kam::Commands", "New account %1").arg(n); }
    static QString edited(const QString &n) { return QCoreApplication::translate("kam::Commands", "Edit account %1").arg(n); }
    static QString deleted(const QString &n) { return QCoreApplication::translate("kam::Commands", "Delete account %1").arg(n); }
};

template<>
struct EntityText<Contact>
{
    static QString name(const Contact &c) { return c.name; }
    static QString created(const QString &n) { return QCoreApplication::translate("kam::Commands", "New contact %1").arg(n); }
    static QString edited(const QString &n) { return QCoreApplication::translate("kam::Commands", "Edit contact %1").arg(n); }
    static QString deleted(const QString &n) { return QCoreApplication::translate("kam::Commands", "Delete contact %1").arg(n); }
};

template<>
struct EntityText<TeamMember>
{
    static QString name(const TeamMember &) { return {}; }
    static QString created(const QString &) { return QCoreApplication::translate("kam::Commands", "Add team member"); }
    static QString edited(const QString &) { return QCoreApplication::translate("kam::Commands", "Change team role"); }
    static QString deleted(const QString &) { return QCoreApplication::translate("kam::Commands", "Remove team member"); }
};

template<>
struct EntityText<Opportunity>
{
    static QString name(const Opportunity &o) { return o.title; }
    static QString created(const QString &n) { return QCoreApplication::translate("kam::Commands", "New deal %1").arg(n); }
    static QString edited(const QString &n) { return QCoreApplication::translate("kam::Commands", "Edit deal %1").arg(n); }
    static QString deleted(const QString &n) { return QCoreApplication::translate("kam::Commands", "Delete deal %1").arg(n); }
};

template<>
struct EntityText<Activity>
{
    static QString name(const Activity &a) { return a.summary; }
    static QString created(const QString &n) { return QCoreApplication::translate("kam::Commands", "Log activity %1").arg(n); }
    static QString edited(const QString &n) { return QCoreApplication::translate("kam::Commands", "Edit activity %1").arg(n); }
    static QString deleted(const QString &n) { return QCoreApplication::translate("kam::Commands", "Delete activity %1").arg(n); }
};

template<>
struct EntityText<SatisfactionResponse>
{
    static QString name(const SatisfactionResponse &r) { return QLocale().toString(r.respondedOn, QLocale::ShortFormat); }
    static QString created(const QString &n) { return QCoreApplication::translate("kam::Commands", "Add satisfaction response of %1").arg(n); }
    static QString edited(const QString &n) { return QCoreApplication::translate("kam::Commands", "Edit satisfaction response of %1").arg(n); }
    static QString deleted(const QString &n) { return QCoreApplication::translate("kam::Commands", "Delete satisfaction response of %1").arg(n); }
};

template<>
struct EntityText<Stage>
{
    static QString name(const Stage &s) { return stageName(s); }
    static QString created(const QString &n) { return QCoreApplication::translate("kam::Commands", "New stage %1").arg(n); }
    static QString edited(const QString &n) { return QCoreApplication::translate("kam::Commands", "Edit stage %1").arg(n); }
    static QString deleted(const QString &n) { return QCoreApplication::translate("kam::Commands", "Delete stage %1").arg(n); }
};

template<>
struct EntityText<SalesTarget>
{
    static QString name(const SalesTarget &t) { return t.period; }
    static QString created(const QString &n) { return QCoreApplication::translate("kam::Commands", "New target %1").arg(n); }
    static QString edited(const QString &n) { return QCoreApplication::translate("kam::Commands", "Edit target %1").arg(n); }
    static QString deleted(const QString &n) { return QCoreApplication::translate("kam::Commands", "Delete target %1").arg(n); }
};

template<>
struct EntityText<Plan>
{
    static QString name(const Plan &p) { return p.title; }
    static QString created(const QString &n) { return QCoreApplication::translate("kam::Commands", "New plan %1").arg(n); }
    static QString edited(const QString &n) { return QCoreApplication::translate("kam::Commands", "Edit plan %1").arg(n); }
    static QString deleted(const QString &n) { return QCoreApplication::translate("kam::Commands", "Delete plan %1").arg(n); }
};

template<>
struct EntityText<PlanObjective>
{
    static QString name(const PlanObjective &o) { return o.title; }
    static QString created(const QString &n) { return QCoreApplication::translate("kam::Commands", "New objective %1").arg(n); }
    static QString edited(const QString &n) { return QCoreApplication::translate("kam::Commands", "Edit objective %1").arg(n); }
    static QString deleted(const QString &n) { return QCoreApplication::translate("kam::Commands", "Delete objective %1").arg(n); }
};

template<>
struct EntityText<PlanAction>
{
    static QString name(const PlanAction &a) { return a.title; }
    static QString created(const QString &n) { return QCoreApplication::translate("kam::Commands", "New action %1").arg(n); }
    static QString edited(const QString &n) { return QCoreApplication::translate("kam::Commands", "Edit action %1").arg(n); }
    static QString deleted(const QString &n) { return QCoreApplication::translate("kam::Commands", "Delete action %1").arg(n); }
};

template<>
struct EntityText<PlanRisk>
{
    static QString name(const PlanRisk &r) { return r.title; }
    static QString created(const QString &n) { return QCoreApplication::translate("kam::Commands", "New risk %1").arg(n); }
    static QString edited(const QString &n) { return QCoreApplication::translate("kam::Commands", "Edit risk %1").arg(n); }
    static QString deleted(const QString &n) { return QCoreApplication::translate("kam::Commands", "Delete risk %1").arg(n); }
};

template<>
struct EntityText<WhitespaceCell>
{
    static QString name(const WhitespaceCell &c) { return c.productLine; }
    static QString created(const QString &n) { return QCoreApplication::translate("kam::Commands", "Fill in whitespace %1").arg(n); }
    static QString edited(const QString &n) { return QCoreApplication::translate("kam::Commands", "Edit whitespace %1").arg(n); }
    static QString deleted(const QString &n) { return QCoreApplication::translate("kam::Commands", "Clear whitespace %1").arg(n); }
};

template<>
struct EntityText<CostEntry>
{
    static QString name(const CostEntry &e) { return enumLabel(e.kind); }
    static QString created(const QString &n) { return QCoreApplication::translate("kam::Commands", "Add cost %1").arg(n); }
    static QString edited(const QString &n) { return QCoreApplication::translate("kam::Commands", "Edit cost %1").arg(n); }
    static QString deleted(const QString &n) { return QCoreApplication::translate("kam::Commands", "Delete cost %1").arg(n); }
};

template<>
struct EntityText<Campaign>
{
    static QString name(const Campaign &c) { return c.name; }
    static QString created(const QString &n) { return QCoreApplication::translate("kam::Commands", "New campaign %1").arg(n); }
    static QString edited(const QString &n) { return QCoreApplication::translate("kam::Commands", "Edit campaign %1").arg(n); }
    static QString deleted(const QString &n) { return QCoreApplication::translate("kam::Commands", "Delete campaign %1").arg(n); }
};

/// Campaign members name their account in the text the view sets (setText); these are fallbacks.
template<>
struct EntityText<CampaignMember>
{
    static QString name(const CampaignMember &) { return {}; }
    static QString created(const QString &) { return QCoreApplication::translate("kam::Commands", "Add campaign member"); }
    static QString edited(const QString &) { return QCoreApplication::translate("kam::Commands", "Mark campaign response"); }
    static QString deleted(const QString &) { return QCoreApplication::translate("kam::Commands", "Remove campaign member"); }
};

/// Warning reviews name their account in the text the view sets (setText); these are fallbacks.
template<>
struct EntityText<WarningReview>
{
    static QString name(const WarningReview &) { return {}; }
    static QString created(const QString &) { return QCoreApplication::translate("kam::Commands", "Review warning"); }
    static QString edited(const QString &) { return QCoreApplication::translate("kam::Commands", "Edit warning review"); }
    static QString deleted(const QString &) { return QCoreApplication::translate("kam::Commands", "Delete warning review"); }
};

template<>
struct EntityText<ValueModel>
{
    static QString name(const ValueModel &m) { return m.name; }
    static QString created(const QString &n) { return QCoreApplication::translate("kam::Commands", "New value model %1").arg(n); }
    static QString edited(const QString &n) { return QCoreApplication::translate("kam::Commands", "Edit value model %1").arg(n); }
    static QString deleted(const QString &n) { return QCoreApplication::translate("kam::Commands", "Delete value model %1").arg(n); }
};

/// Base of the store commands: one store call per direction; a refused call is reported and
/// the command leaves the stack (setObsolete), so the stack never claims what is not so.
class StoreCommand : public QUndoCommand
{
public:
    explicit StoreCommand(EditHistory *history) : m_history(history) {}

    void redo() final { check(doRedo()); }
    void undo() final { check(doUndo()); }

    /// Id of the row this command writes.
    virtual QString rowId() const = 0;

protected:
    Store *store() const { return m_history->store(); }
    virtual Result<void> doRedo() = 0;
    virtual Result<void> doUndo() = 0;

private:
    void check(const Result<void> &r)
    {
        if (r)
            return;
        setObsolete(true);
        m_history->reportFailure(text(), r.error());
    }

    EditHistory *m_history;
};

/// Creates a row; undo tombstones it, redo restores the same row (same id, so sync sees one row).
template<typename T>
class CreateCommand : public StoreCommand
{
public:
    CreateCommand(EditHistory *history, T row) : StoreCommand(history), m_row(std::move(row))
    {
        if (m_row.meta.id.isEmpty())
            m_row.meta.id = newRowId();
        setText(EntityText<T>::created(EntityText<T>::name(m_row)));
    }
    QString rowId() const override { return m_row.meta.id; }

protected:
    Result<void> doRedo() override
    {
        if (m_created)
            return store()->template restore<T>(m_row.meta.id);
        Result<T> r = store()->create(m_row);
        if (!r)
            return r.error();
        m_created = true;
        return {};
    }
    Result<void> doUndo() override { return store()->template remove<T>(m_row.meta.id); }

private:
    T m_row;
    bool m_created = false;
};

/// Creates several rows as one edit (accounts added to a campaign at once): all or none, in
/// one transaction each way; undo tombstones them, redo restores the same rows.
template<typename T>
class CreateRowsCommand : public StoreCommand
{
public:
    /// `rows` not empty.
    CreateRowsCommand(EditHistory *history, std::vector<T> rows, const QString &text)
        : StoreCommand(history), m_rows(std::move(rows))
    {
        for (T &row : m_rows)
            if (row.meta.id.isEmpty())
                row.meta.id = newRowId();
        setText(text);
    }
    QString rowId() const override { return m_rows.front().meta.id; }

protected:
    Result<void> doRedo() override
    {
        const Result<void> r = store()->transaction([this]() -> Result<void> {
            for (const T &row : m_rows) {
                if (m_created) {
                    if (Result<void> restored = store()->template restore<T>(row.meta.id); !restored)
                        return restored;
                } else if (Result<T> created = store()->create(row); !created) {
                    return created.error();
                }
            }
            return {};
        });
        if (r)
            m_created = true;
        return r;
    }
    Result<void> doUndo() override
    {
        return store()->transaction([this]() -> Result<void> {
            for (const T &row : m_rows)
                if (Result<void> r = store()->template remove<T>(row.meta.id); !r)
                    return r;
            return {};
        });
    }

private:
    std::vector<T> m_rows;
    bool m_created = false;
};

/// Changes rows' fields: redo applies the fields that differ between each `before` and `after`,
/// undo puts those fields back. Other fields keep their current values, so undoing an edit
/// never reverts a change that came in later (from sync or another window). Several rows (a
/// reorder) change in one transaction.
template<typename T>
class EditCommand : public StoreCommand
{
public:
    EditCommand(EditHistory *history, T before, T after)
        : EditCommand(history, {{std::move(before), std::move(after)}}, QString())
    {
    }
    /// `changes` not empty; `text` empty: "Edit …" of the first row.
    EditCommand(EditHistory *history, std::vector<std::pair<T, T>> changes, const QString &text)
        : StoreCommand(history), m_changes(std::move(changes))
    {
        setText(text.isEmpty() ? EntityText<T>::edited(EntityText<T>::name(m_changes.front().second)) : text);
    }
    QString rowId() const override { return m_changes.front().second.meta.id; }

protected:
    Result<void> doRedo() override
    {
        return store()->transaction([this]() -> Result<void> {
            m_written.clear();
            for (const auto &[before, after] : m_changes)
                if (Result<void> r = patch(before, after); !r)
                    return r;
            return {};
        });
    }
    Result<void> doUndo() override
    {
        return store()->transaction([this]() -> Result<void> {
            for (auto it = m_changes.rbegin(); it != m_changes.rend(); ++it)
                if (Result<void> r = patch(it->second, it->first); !r)
                    return r;
            // A deal moved and moved back by undo never was in the other stage: the history
            // both wrote goes, so the funnel counts no reach and no zero-length stay for it.
            for (const QString &id : std::exchange(m_written, {}))
                if (Result<void> r = store()->template remove<StageChange>(id); !r)
                    return r;
            return {};
        });
    }

private:
    /// Patches one row; for a deal, notes the stage history the store wrote with it.
    Result<void> patch(const T &from, const T &to)
    {
        if constexpr (std::is_same_v<T, Opportunity>) {
            const auto history = [&]() -> Result<QStringList> {
                Result<std::vector<StageChange>> rows = store()->stageChanges(to.meta.id);
                if (!rows)
                    return rows.error();
                QStringList ids;
                for (const StageChange &c : *rows)
                    ids << c.meta.id;
                return ids;
            };
            Result<QStringList> before = history();
            if (!before)
                return before.error();
            if (Result<void> r = patchFields(from, to); !r)
                return r;
            Result<QStringList> after = history();
            if (!after)
                return after.error();
            for (const QString &id : *after)
                if (!before->contains(id))
                    m_written << id;
            return {};
        } else {
            return patchFields(from, to);
        }
    }

    Result<void> patchFields(const T &from, const T &to)
    {
        Result<T> current = store()->template get<T>(to.meta.id);
        if (!current)
            return current.error();
        T row = std::move(current).value();
        applyChangedFields(row, from, to);
        return store()->update(row);
    }

    std::vector<std::pair<T, T>> m_changes;
    QStringList m_written; ///< stage changes the last redo (and a running undo) wrote
};

/// Tombstones a row; undo restores it.
template<typename T>
class DeleteCommand : public StoreCommand
{
public:
    DeleteCommand(EditHistory *history, const T &row) : StoreCommand(history), m_id(row.meta.id)
    {
        setText(EntityText<T>::deleted(EntityText<T>::name(row)));
    }
    QString rowId() const override { return m_id; }

protected:
    Result<void> doRedo() override { return store()->template remove<T>(m_id); }
    Result<void> doUndo() override { return store()->template restore<T>(m_id); }

private:
    QString m_id;
};

/// Pushes the creation of `row` as one undo step; on success `createdId` is the new row's id
/// (what the "add" dialogs hand back).
template<typename T>
Result<void> pushCreate(EditHistory *history, const T &row, QString &createdId)
{
    auto command = std::make_unique<CreateCommand<T>>(history, row);
    const QString id = command->rowId();
    Result<void> pushed = history->push(std::move(command));
    if (pushed)
        createdId = id;
    return pushed;
}

/// Pushes `after` over `before` as one undo step; OK without a change writes nothing, so an
/// unchanged dialog leaves no empty undo step.
template<typename T>
Result<void> pushEdit(EditHistory *history, const T &before, const T &after)
{
    if (sameFields(before, after))
        return {};
    return history->push(std::make_unique<EditCommand<T>>(history, before, after));
}

} // namespace kam
