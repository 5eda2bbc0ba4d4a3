// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store_commands.h"

#include "store/sync_journal.h"

namespace kam {

/// Resolves a sync conflict: "theirs" keeps the other value, "mine" puts yours back. Where the
/// record holds another value than the chosen one, the field is written through the store's
/// write path, so the choice is a new edit that syncs like any other. Undo restores the field
/// and reopens the conflict.
class ResolveConflictCommand : public StoreCommand
{
public:
    ResolveConflictCommand(EditHistory *history, SyncConflict conflict, QString resolution)
        : StoreCommand(history)
        , m_conflict(std::move(conflict))
        , m_resolution(std::move(resolution))
    {
        setText(m_resolution == QLatin1String("theirs")
                    ? QCoreApplication::translate("kam::Commands", "Keep their %1").arg(fieldLabel(m_conflict.table, m_conflict.field))
                    : QCoreApplication::translate("kam::Commands", "Use my %1").arg(fieldLabel(m_conflict.table, m_conflict.field)));
    }
    QString rowId() const override { return m_conflict.rowId; }

protected:
    Result<void> doRedo() override
    {
        SyncJournal journal(*store());
        return store()->transaction([&]() -> Result<void> {
            Result<QVariant> current = journal.field(m_conflict.table, m_conflict.rowId, m_conflict.field);
            // A row the server refused to create is gone here: keeping theirs only closes it.
            const bool gone = !current && current.error().code == ErrorCode::NotFound;
            if (!current && !(gone && m_resolution == QLatin1String("theirs")))
                return current.error();
            m_before = gone ? QVariant() : *current;
            m_wrote = !gone && m_before.toString() != chosen().toString();
            if (m_wrote)
                if (Result<void> r = journal.setField(m_conflict.table, m_conflict.rowId, m_conflict.field, chosen()); !r)
                    return r;
            return journal.setResolution(m_conflict.id, m_resolution);
        });
    }
    Result<void> doUndo() override
    {
        SyncJournal journal(*store());
        return store()->transaction([&]() -> Result<void> {
            if (m_wrote) {
                // Put the field back only if it still holds the chosen value: a newer value
                // (a colleague's, pulled since) is not overwritten; the conflict reopens all
                // the same.
                Result<QVariant> current = journal.field(m_conflict.table, m_conflict.rowId, m_conflict.field);
                if (!current)
                    return current.error();
                if (current->toString() == chosen().toString())
                    if (Result<void> r = journal.setField(m_conflict.table, m_conflict.rowId, m_conflict.field, m_before); !r)
                        return r;
            }
            return journal.setResolution(m_conflict.id, m_conflict.resolution);
        });
    }

private:
    const QVariant &chosen() const
    {
        return m_resolution == QLatin1String("theirs") ? m_conflict.theirs : m_conflict.mine;
    }

    SyncConflict m_conflict; ///< as it was when the user chose; its resolution is the one undo restores
    QString m_resolution;
    QVariant m_before;
    bool m_wrote = false;
};

} // namespace kam
