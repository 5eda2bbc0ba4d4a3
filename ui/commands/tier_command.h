// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decision_command.h"

namespace kam {

/// One account's tier decision as Store::decideTier takes it.
struct TierDecision
{
    QString accountId;
    Tier tier = Tier::Unrated;
    QString proposed; ///< enumCode of the proposed tier; empty: none
    double score = -1;
    QString modelName;
    QString reason;
};

/// Sets (or confirms) the tiers of one or more accounts with their reasons, as one undo step.
class DecideTierCommand : public DecisionCommand
{
public:
    /// `text`: what the undo menu says ("Approve the proposed tier of 3 accounts").
    DecideTierCommand(EditHistory *history, const QString &text, const std::vector<TierDecision> &decisions)
        : DecisionCommand(history, text, deciders(decisions), &Store::withdrawTierDecision,
                          &Store::reinstateTierDecision)
    {
    }

private:
    static std::vector<Decide> deciders(const std::vector<TierDecision> &decisions)
    {
        std::vector<Decide> out;
        out.reserve(decisions.size());
        for (const TierDecision &d : decisions)
            out.push_back([d](Store &store) -> Result<QString> {
                Result<TierChange> decided = store.decideTier(d.accountId, d.tier, d.proposed, d.score, d.modelName, d.reason);
                if (!decided)
                    return decided.error();
                return decided->meta.id;
            });
        return out;
    }
};

} // namespace kam
