// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"
#include "store/sync_journal.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

#include <vector>

namespace kam {

class Store;

/// The sync conflicts kept for review, newest first: record, field, their value, your value,
/// who changed it and when, and how it was resolved. A resolution changes its one row; other
/// store changes (a sync that recorded new conflicts) refresh the list once per event-loop
/// turn, keeping the rows it shows.
class ConflictModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Record, Field, Theirs, Mine, Who, When, Status, ColumnCount };

    explicit ConflictModel(Store *store, QObject *parent = nullptr);

    /// Lists the open conflicts afresh (and the resolved ones with includeResolved()).
    Result<void> reload();
    /// Lists resolved conflicts too (default: open ones only, plus those resolved while listed).
    void setIncludeResolved(bool include);
    bool includeResolved() const { return m_includeResolved; }

    const SyncConflict &conflict(int row) const { return m_conflicts[size_t(row)]; }
    /// The account a conflict's record belongs to (itself, or a contact's or seat's account);
    /// empty when there is none (a user row) or the row is gone.
    QString accountOf(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void onRowsChanged(const QString &table, const QStringList &ids);
    void refresh();
    QString recordLabel(const SyncConflict &c) const;
    QString value(const SyncConflict &c, const QVariant &v) const;

    QPointer<Store> m_store;
    std::vector<SyncConflict> m_conflicts;
    QHash<QString, QString> m_userNames;
    bool m_includeResolved = false;
    bool m_reloadQueued = false;
};

} // namespace kam
