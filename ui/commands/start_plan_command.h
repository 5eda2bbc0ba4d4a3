// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store_commands.h"

namespace kam {

/// Starts the next period's plan from a plan (Store::startPlanFrom). Undo tombstones the new
/// plan, redo restores the same plan, so sync sees one plan.
class StartPlanCommand : public StoreCommand
{
public:
    StartPlanCommand(EditHistory *history, const Plan &previous, QString period)
        : StoreCommand(history)
        , m_previousId(previous.meta.id)
        , m_period(std::move(period))
    {
        setText(QCoreApplication::translate("kam::Commands", "Start plan %1 from %2")
                    .arg(planPeriodLabel(m_period), previous.title));
    }
    QString rowId() const override { return m_id; }

protected:
    Result<void> doRedo() override
    {
        if (!m_id.isEmpty())
            return store()->restore<Plan>(m_id);
        Result<Plan> started = store()->startPlanFrom(m_previousId, m_period);
        if (!started)
            return started.error();
        m_id = started->meta.id;
        return {};
    }
    Result<void> doUndo() override { return store()->remove<Plan>(m_id); }

private:
    QString m_previousId;
    QString m_period;
    QString m_id;
};

} // namespace kam
