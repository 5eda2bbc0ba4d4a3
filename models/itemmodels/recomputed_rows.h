// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QModelIndex>

#include <algorithm>
#include <optional>
#include <vector>

namespace kam {

/// Base of the models whose rows are computed afresh from the store (the agenda, the
/// reminders). syncRows turns the shown rows into the new ones by row-precise removes, moves,
/// inserts and dataChanged, so a single edit is no reset and views keep selection and expansion.
template<typename Base>
class RecomputedRowsModel : public Base
{
public:
    /// The day the rows are computed for; a null date (the default) follows the clock.
    void setToday(const QDate &today)
    {
        m_today = today.isValid() ? std::optional(today) : std::nullopt;
        (void)refresh();
    }
    QDate today() const { return m_today.value_or(QDate::currentDate()); }

    /// Computes the rows again from the store.
    virtual Result<void> refresh() = 0;

protected:
    using Base::Base;

    /// Makes `rows` (the rows under `parent`) equal to `next`; `key` identifies a row, `same`
    /// tells whether a row's shown data is unchanged.
    template<typename T, typename Key, typename Same>
    void syncRows(const QModelIndex &parent, std::vector<T> &rows, const std::vector<T> &next,
                  Key key, Same same)
    {
        for (int i = int(rows.size()) - 1; i >= 0; --i) {
            const auto k = key(rows[size_t(i)]);
            if (std::none_of(next.begin(), next.end(), [&](const T &n) { return key(n) == k; })) {
                this->beginRemoveRows(parent, i, i);
                rows.erase(rows.begin() + i);
                this->endRemoveRows();
            }
        }
        // Rows before i match next already; every row left is in next.
        for (int i = 0; i < int(next.size()); ++i) {
            const T &wanted = next[size_t(i)];
            const auto it = std::find_if(rows.begin() + i, rows.end(),
                                         [&](const T &r) { return key(r) == key(wanted); });
            if (it == rows.end()) {
                this->beginInsertRows(parent, i, i);
                rows.insert(rows.begin() + i, wanted);
                this->endInsertRows();
                continue;
            }
            if (const int from = int(it - rows.begin()); from != i) {
                this->beginMoveRows(parent, from, from, parent, i);
                T moved = std::move(*it);
                rows.erase(it);
                rows.insert(rows.begin() + i, std::move(moved));
                this->endMoveRows();
            }
            if (!same(rows[size_t(i)], wanted)) {
                rows[size_t(i)] = wanted;
                emit this->dataChanged(this->index(i, 0, parent),
                                       this->index(i, this->columnCount(parent) - 1, parent));
            }
        }
    }

private:
    std::optional<QDate> m_today;
};

} // namespace kam
