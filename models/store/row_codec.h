// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <type_traits>
#include <vector>

namespace kam {

/// Maps one struct member to one column: the value written (empty text → NULL, enums → code)
/// and how it is read back.
template<typename T>
struct ColumnSpec
{
    QString name;
    std::function<QVariant(const T &)> get;
    std::function<void(T &, const QVariant &)> set;
    /// Whether a value reads back other than it was written (a time: in UTC, to the ms).
    bool normalised = false;
};

/// A synced table: its name and its data columns (the RowMeta columns are implied).
/// Registering a new synced table is one tableSpec<T>() specialisation in row_codec.cpp.
template<typename T>
struct TableSpec
{
    QString table;
    std::vector<ColumnSpec<T>> columns;
    /// Column naming the account a row belongs to ("id" for accounts); empty: no account.
    QString scopeColumn = {};
    /// Column naming a user who can see the row's account through it (owner, team member).
    QString userColumn = {};
    /// Columns naming a user on our side (owner, author); the local stand-in identity is
    /// rewritten in them when the store adopts its server identity.
    QStringList userRefColumns = {};
};

template<typename T>
const TableSpec<T> &tableSpec();

/// Canonical UTC text of a time in the store ("2026-11-22T08:00:00.000Z").
QString toStoredTime(const QDateTime &t);
/// A date in the store: its ISO text ("2026-11-22"), as Qt::ISODate writes it.
QString toStoredDate(const QDate &d);
QDateTime fromStoredTime(const QVariant &v);

namespace detail {
template<typename M>
QVariant toDb(const M &value)
{
    if constexpr (std::is_same_v<M, QString>)
        return value.isEmpty() ? QVariant() : QVariant(value);
    else if constexpr (std::is_same_v<M, QDate>)
        return value.isValid() ? QVariant(toStoredDate(value)) : QVariant();
    else if constexpr (std::is_same_v<M, QDateTime>)
        return value.isValid() ? QVariant(toStoredTime(value)) : QVariant();
    else if constexpr (std::is_enum_v<M>)
        return enumCode(value);
    else if constexpr (std::is_same_v<M, bool>)
        return QVariant(value ? 1 : 0);
    else
        return QVariant::fromValue(value);
}

template<typename M>
void fromDb(const QVariant &v, M &out)
{
    if constexpr (std::is_same_v<M, QString>)
        out = v.toString();
    else if constexpr (std::is_same_v<M, QDate>)
        out = QDate::fromString(v.toString(), Qt::ISODate);
    else if constexpr (std::is_same_v<M, QDateTime>)
        out = fromStoredTime(v);
    else if constexpr (std::is_enum_v<M>)
        out = enumFromCode<M>(v.toString()).value_or(M{});
    else if constexpr (std::is_same_v<M, bool>)
        out = v.toInt() != 0;
    else
        out = v.value<M>();
}
} // namespace detail

template<typename T, typename M>
ColumnSpec<T> column(const char *name, M T::*member)
{
    return {QString::fromLatin1(name),
            [member](const T &row) { return detail::toDb(row.*member); },
            [member](T &row, const QVariant &v) { detail::fromDb(v, row.*member); },
            std::is_same_v<M, QDateTime>};
}

/// Copies into `target` the fields in which `from` and `to` differ, taking `to`'s value:
/// an edit applied as a field-level patch, so it leaves other fields as they are now.
template<typename T>
void applyChangedFields(T &target, const T &from, const T &to)
{
    for (const ColumnSpec<T> &c : tableSpec<T>().columns) {
        const QVariant value = c.get(to);
        if (c.get(from) != value)
            c.set(target, value);
    }
}

/// True when no stored field differs (meta columns aside): saving `b` over `a` is a no-op.
template<typename T>
bool sameFields(const T &a, const T &b)
{
    for (const ColumnSpec<T> &c : tableSpec<T>().columns)
        if (c.get(a) != c.get(b))
            return false;
    return true;
}

/// The synced row types. A new synced table is its tableSpec<T>() plus one entry here.
template<typename... Ts>
struct TypeList
{
};
using SyncedTypes = TypeList<User, Account, Contact, TeamMember, Stage, Product, Opportunity,
                             StageChange, Activity, SalesTarget, Plan, PlanObjective, PlanAction,
                             PlanRisk, WhitespaceCell, PlanChange, SatisfactionResponse,
                             LifecycleChange, WarningReview, ValueModel, TierChange, CostEntry,
                             Campaign, CampaignMember, ExportRecord>;

/// Calls `f(tableSpec<T>())` for each synced type T, in the order of SyncedTypes.
template<typename F>
void forEachSyncedTable(F &&f)
{
    [&]<typename... Ts>(TypeList<Ts...>) { (f(tableSpec<Ts>()), ...); }(SyncedTypes{});
}

/// Calls `f(static_cast<T *>(nullptr))` for the synced type T stored in `table`; false when no
/// synced type is stored there.
template<typename F>
bool withTableType(QStringView table, F &&f)
{
    return [&]<typename... Ts>(TypeList<Ts...>) {
        return ((tableSpec<Ts>().table == table ? (f(static_cast<Ts *>(nullptr)), true) : false)
                || ...);
    }(SyncedTypes{});
}


} // namespace kam
