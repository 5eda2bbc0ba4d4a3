// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/journal_entry.h"
#include "domain/result.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

#include <vector>

namespace kam {

class Store;

/// Who changed which field of an account (or its contacts and team), when, from what to what;
/// newest first. Reloads when the account's rows change.
class FieldHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { When, Who, Record, Field, From, To, ColumnCount };

    explicit FieldHistoryModel(Store *store, QObject *parent = nullptr);

    Result<void> setAccountId(const QString &accountId);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString displayValue(const JournalEntry &e, const QVariant &value) const;

    QPointer<Store> m_store;
    QString m_accountId;
    std::vector<JournalEntry> m_entries;
    QHash<QString, QString> m_userNames;
    QHash<QString, QString> m_rowLabels;
};

} // namespace kam
