// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store_commands.h"

#include <functional>
#include <vector>

namespace kam {

/// Decisions about accounts that the store records as change rows with their own undo (a
/// lifecycle stage, a tier). The first redo decides; undo withdraws the change rows (the
/// account gets its value back) and redo reinstates the same rows, so sync sees one change per
/// decision. Several decisions are one undo step, written in one transaction.
class DecisionCommand : public StoreCommand
{
public:
    /// Decides once; the id of the change row it wrote.
    using Decide = std::function<Result<QString>(Store &)>;
    /// Store::withdraw…Decision / Store::reinstate…Decision.
    using Revert = Result<void> (Store::*)(const QString &changeId);

    DecisionCommand(EditHistory *history, const QString &text, std::vector<Decide> decisions, Revert withdraw,
                    Revert reinstate)
        : StoreCommand(history)
        , m_decisions(std::move(decisions))
        , m_withdraw(withdraw)
        , m_reinstate(reinstate)
    {
        setText(text);
    }
    QString rowId() const override { return m_changeIds.isEmpty() ? QString() : m_changeIds.front(); }
    /// The change rows the decisions wrote.
    const QStringList &changeIds() const { return m_changeIds; }

protected:
    Result<void> doRedo() override
    {
        return store()->transaction([this]() -> Result<void> {
            if (m_decided) {
                for (const QString &id : m_changeIds)
                    if (Result<void> r = (store()->*m_reinstate)(id); !r)
                        return r;
                return {};
            }
            QStringList ids;
            for (const Decide &decide : m_decisions) {
                Result<QString> id = decide(*store());
                if (!id)
                    return id.error();
                ids << *id;
            }
            m_changeIds = ids;
            m_decided = true;
            return {};
        });
    }
    Result<void> doUndo() override
    {
        return store()->transaction([this]() -> Result<void> {
            for (auto it = m_changeIds.crbegin(); it != m_changeIds.crend(); ++it)
                if (Result<void> r = (store()->*m_withdraw)(*it); !r)
                    return r;
            return {};
        });
    }

private:
    std::vector<Decide> m_decisions;
    Revert m_withdraw;
    Revert m_reinstate;
    QStringList m_changeIds;
    bool m_decided = false;
};

} // namespace kam
