// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recomputed_rows.h"
#include "store/row_codec.h"
#include "store/store.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

#include <vector>

namespace kam {

/// Base of an account's decision history (lifecycle stages, tiers): the rows of one account,
/// newest first, following the store row by row, with the names of who decided. Subclasses
/// give the columns.
template<typename Change>
class DecisionHistoryModel : public RecomputedRowsModel<QAbstractTableModel>
{
public:
    static constexpr int IdRole = Qt::UserRole + 1;

    /// Shows the history of `accountId` (empty: none).
    Result<void> setAccount(const QString &accountId)
    {
        if (accountId == m_accountId)
            return {};
        beginResetModel();
        m_accountId = accountId;
        m_rows.clear();
        endResetModel();
        return refresh();
    }
    QString accountId() const { return m_accountId; }

    Result<void> refresh() override
    {
        std::vector<Change> next;
        if (!m_accountId.isEmpty()) {
            Result<std::vector<Change>> rows = (m_store->*m_load)(m_accountId);
            if (!rows)
                return rows.error();
            next = std::move(rows).value();
            Result<QHash<QString, QString>> names = m_store->userNames();
            if (!names)
                return names.error();
            const bool renamed = *names != m_userNames && !m_rows.empty();
            m_userNames = std::move(names).value();
            if (renamed)
                emit dataChanged(index(0, m_whoColumn), index(rowCount() - 1, m_whoColumn));
        }
        syncRows({}, m_rows, next, [](const Change &c) { return c.meta.id; },
                 [](const Change &a, const Change &b) { return sameFields(a, b); });
        return {};
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

protected:
    using Loader = Result<std::vector<Change>> (Store::*)(const QString &) const;

    DecisionHistoryModel(Store *store, Loader load, int whoColumn, QObject *parent)
        : RecomputedRowsModel<QAbstractTableModel>(parent)
        , m_store(store)
        , m_load(load)
        , m_whoColumn(whoColumn)
    {
        QObject::connect(store, &Store::rowsChanged, this, [this](const QString &table) {
            if (!m_accountId.isEmpty() && (table == tableSpec<Change>().table || table == u"users"))
                (void)refresh();
        });
    }

    const Change &row(int r) const { return m_rows[size_t(r)]; }
    QString userName(const QString &userId) const { return m_userNames.value(userId, userId); }

private:
    QPointer<Store> m_store;
    Loader m_load;
    int m_whoColumn;
    QString m_accountId;
    std::vector<Change> m_rows;
    QHash<QString, QString> m_userNames;
};

} // namespace kam
