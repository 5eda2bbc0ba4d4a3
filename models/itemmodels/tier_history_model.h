// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "recomputed_rows.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

#include <vector>

namespace kam {

class Store;

/// An account's tier history, newest first: when, from which tier to which, the tier the value
/// model proposed and its score, the model, the reason and who decided. Follows the store row
/// by row.
class TierHistoryModel : public RecomputedRowsModel<QAbstractTableModel>
{
    Q_OBJECT

public:
    enum Column { When, Change, Proposed, Score, Model, Reason, Who, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit TierHistoryModel(Store *store, QObject *parent = nullptr);

    /// Shows the history of `accountId` (empty: none).
    Result<void> setAccount(const QString &accountId);
    QString accountId() const { return m_accountId; }

    Result<void> refresh() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QPointer<Store> m_store;
    QString m_accountId;
    std::vector<TierChange> m_rows;
    QHash<QString, QString> m_userNames;
};

} // namespace kam
