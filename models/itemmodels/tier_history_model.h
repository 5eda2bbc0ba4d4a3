// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decision_history_model.h"

namespace kam {

/// An account's tier history, newest first: when, from which tier to which, the tier the value
/// model proposed and its score, the model, the reason and who decided. Follows the store row
/// by row.
class TierHistoryModel : public DecisionHistoryModel<TierChange>
{
    Q_OBJECT

public:
    enum Column { When, Change, Proposed, Score, Model, Reason, Who, ColumnCount };

    explicit TierHistoryModel(Store *store, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
};

} // namespace kam
