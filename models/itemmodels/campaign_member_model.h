// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "domain/result.h"
#include "recomputed_rows.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

namespace kam {

class Store;

/// The accounts (and contacts) one campaign targeted, by account name, with when and how they
/// responded. Follows the store's members, accounts and contacts.
class CampaignMemberModel : public RecomputedRowsModel<QAbstractTableModel>
{
    Q_OBJECT

public:
    enum Column { AccountName, ContactName, RespondedOn, Response, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, ///< names as shown, the response day as a QDate
        IdRole,                      ///< the member row's id
    };

    explicit CampaignMemberModel(Store *store, QObject *parent = nullptr);

    QString campaignId() const { return m_campaignId; }
    /// Shows the members of this campaign (none for an empty id).
    void setCampaign(const QString &campaignId);

    Result<void> refresh() override;

    const CampaignMember &member(int row) const { return m_rows[size_t(row)].member; }
    int rowOf(const QString &memberId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        CampaignMember member;
        QString accountName;
        QString contactName;
    };

    QPointer<Store> m_store;
    QString m_campaignId;
    std::vector<Row> m_rows;
};

} // namespace kam
