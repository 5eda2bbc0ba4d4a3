// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store_commands.h"

namespace kam {

/// Decides an account's lifecycle stage with a reason (Store::decideLifecycle). Undo withdraws
/// the decision (the change leaves the history and the account gets its stage back, in one
/// transaction); redo reinstates the same change row, so sync sees one change.
class DecideLifecycleCommand : public StoreCommand
{
public:
    /// `proposed`: enumCode of the stage proposed at the time (empty: none).
    DecideLifecycleCommand(EditHistory *history, QString accountId, const QString &accountName,
                           Lifecycle stage, QString proposed, QString reason)
        : StoreCommand(history)
        , m_accountId(std::move(accountId))
        , m_stage(stage)
        , m_proposed(std::move(proposed))
        , m_reason(std::move(reason))
    {
        setText(QCoreApplication::translate("kam::Commands", "Set the lifecycle of %1 to %2")
                    .arg(accountName, enumLabel(stage)));
    }
    QString rowId() const override { return m_changeId; }

protected:
    Result<void> doRedo() override
    {
        if (!m_changeId.isEmpty())
            return store()->reinstateLifecycleDecision(m_changeId);
        Result<LifecycleChange> decided = store()->decideLifecycle(m_accountId, m_stage, m_proposed, m_reason);
        if (!decided)
            return decided.error();
        m_changeId = decided->meta.id;
        return {};
    }
    Result<void> doUndo() override { return store()->withdrawLifecycleDecision(m_changeId); }

private:
    QString m_accountId;
    Lifecycle m_stage;
    QString m_proposed;
    QString m_reason;
    QString m_changeId;
};

} // namespace kam
