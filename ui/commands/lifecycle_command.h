// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decision_command.h"

namespace kam {

/// Decides an account's lifecycle stage with a reason (Store::decideLifecycle); undo and redo
/// as every DecisionCommand.
class DecideLifecycleCommand : public DecisionCommand
{
public:
    /// `proposed`: enumCode of the stage proposed at the time (empty: none).
    DecideLifecycleCommand(EditHistory *history, QString accountId, const QString &accountName,
                           Lifecycle stage, QString proposed, QString reason)
        : DecisionCommand(history,
                          QCoreApplication::translate("kam::Commands", "Set the lifecycle of %1 to %2")
                              .arg(accountName, enumLabel(stage)),
                          {[accountId = std::move(accountId), stage, proposed = std::move(proposed),
                            reason = std::move(reason)](Store &store) -> Result<QString> {
                              Result<LifecycleChange> decided = store.decideLifecycle(accountId, stage, proposed, reason);
                              if (!decided)
                                  return decided.error();
                              return decided->meta.id;
                          }},
                          &Store::withdrawLifecycleDecision, &Store::reinstateLifecycleDecision)
    {
    }
};

} // namespace kam
