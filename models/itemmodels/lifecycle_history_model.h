// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decision_history_model.h"

namespace kam {

/// An account's lifecycle history, newest first: when, from which stage to which, the stage
/// proposed at the time, the reason and who decided. Follows the store row by row.
class LifecycleHistoryModel : public DecisionHistoryModel<LifecycleChange>
{
    Q_OBJECT

public:
    enum Column { When, Change, Proposed, Reason, Who, ColumnCount };

    explicit LifecycleHistoryModel(Store *store, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
};

} // namespace kam
