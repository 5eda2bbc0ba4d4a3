// SPDX-License-Identifier: GPL-3.0-or-later
#include "agenda_model.h"
#include "tone_colors.h"

#include "account_columns.h"
#include "store/row_codec.h"
#include "store/store.h"

#include <QColor>
#include <QFont>
#include <QLocale>

#include <tuple>

namespace kam {

namespace {
// Top rows carry this internal id; an activity row carries its bucket's row + 1.
constexpr quintptr kTopRow = 0;

} // namespace

AgendaModel::AgendaModel(Store *store, QObject *parent)
    : RecomputedRowsModel(parent)
    , m_store(store)
{
    connect(store, &Store::rowsChanged, this, [this](const QString &table) {
        if (table == QLatin1String("activities") || table == QLatin1String("accounts")
            || table == QLatin1String("users"))
            (void)refresh();
    });
    (void)refresh();
}

Result<void> AgendaModel::refresh()
{
    const QDate day = today();
    const QDate sunday = day.addDays(7 - day.dayOfWeek());
    Result<std::vector<Activity>> open = m_store->openNextSteps(sunday);
    if (!open)
        return open.error();
    Result<std::vector<Account>> accounts = m_store->accounts();
    if (!accounts)
        return accounts.error();
    QHash<QString, QString> accountNames;
    for (const Account &a : *accounts)
        accountNames.insert(a.meta.id, displayName(a));
    const QHash<QString, QString> userNames = loadUserNames(*m_store);

    std::array<std::vector<Item>, kBuckets.size()> next;
    for (Activity &a : std::move(open).value()) {
        const auto bucket = std::find(kBuckets.begin(), kBuckets.end(), analytics::agendaBucket(a.dueOn, day));
        if (bucket == kBuckets.end())
            continue;
        Item item{std::move(a), {}, {}};
        item.accountName = accountNames.value(item.activity.accountId);
        item.ownerName = userNames.value(item.activity.ownerId);
        next[size_t(bucket - kBuckets.begin())].push_back(std::move(item));
    }
    bool countsDiffer = false;
    for (size_t b = 0; b < next.size(); ++b) {
        // The store orders by due date only; ties in a stable order keep rows from hopping.
        std::stable_sort(next[b].begin(), next[b].end(), [](const Item &x, const Item &y) {
            return std::tie(x.activity.dueOn, x.activity.occurredAt, x.activity.meta.id)
                   < std::tie(y.activity.dueOn, y.activity.occurredAt, y.activity.meta.id);
        });
        countsDiffer = countsDiffer || next[b].size() != m_items[b].size();
        syncRows(index(int(b), 0), m_items[b], next[b],
                 [](const Item &i) { return i.activity.meta.id; },
                 [](const Item &x, const Item &y) {
                     return sameFields(x.activity, y.activity) && x.accountName == y.accountName
                            && x.ownerName == y.ownerName;
                 });
    }
    if (countsDiffer) {
        emit dataChanged(index(0, 0), index(int(kBuckets.size()) - 1, 0));
        emit countsChanged();
    }
    return {};
}

int AgendaModel::count(analytics::AgendaBucket bucket) const
{
    const QModelIndex i = bucketIndex(bucket);
    return i.isValid() ? int(m_items[size_t(i.row())].size()) : 0;
}

QModelIndex AgendaModel::bucketIndex(analytics::AgendaBucket bucket) const
{
    const auto it = std::find(kBuckets.begin(), kBuckets.end(), bucket);
    return it == kBuckets.end() ? QModelIndex() : index(int(it - kBuckets.begin()), 0);
}

QModelIndex AgendaModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kTopRow);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex AgendaModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kTopRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kTopRow);
}

int AgendaModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(kBuckets.size());
    if (parent.internalId() == kTopRow && parent.column() == 0)
        return int(m_items[size_t(parent.row())].size());
    return 0;
}

int AgendaModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant AgendaModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kTopRow)
        return bucketData(index.row(), index.column(), role);
    return itemData(m_items[size_t(index.internalId() - 1)][size_t(index.row())], index.column(), role);
}

QVariant AgendaModel::bucketData(int bucket, int column, int role) const
{
    if (column != 0)
        return {};
    const int n = int(m_items[size_t(bucket)].size());
    switch (role) {
    case Qt::DisplayRole:
        switch (kBuckets[size_t(bucket)]) {
        case analytics::AgendaBucket::Overdue:
            return tr("Overdue (%n)", nullptr, n);
        case analytics::AgendaBucket::Today:
            return tr("Today (%n)", nullptr, n);
        case analytics::AgendaBucket::ThisWeek:
            return tr("This week (%n)", nullptr, n);
        case analytics::AgendaBucket::Later:
            break;
        }
        return {};
    case Qt::FontRole: {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    case Qt::ForegroundRole:
        if (kBuckets[size_t(bucket)] == analytics::AgendaBucket::Overdue && n > 0)
            return toneText(Tone::Bad);
        return {};
    default:
        return {};
    }
}

QVariant AgendaModel::itemData(const Item &item, int column, int role) const
{
    const Activity &a = item.activity;
    switch (role) {
    case IdRole:
        return a.meta.id;
    case AccountIdRole:
        return a.accountId;
    case Qt::ForegroundRole:
        if (a.dueOn < today())
            return toneText(Tone::Bad);
        return {};
    case Qt::ToolTipRole:
        return a.summary; // what the next step follows from

    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(column)) {
    case Due:
        return QLocale().toString(a.dueOn, QLocale::ShortFormat);
    case AccountName:
        return item.accountName;
    case NextStep:
        return a.nextStep.isEmpty() ? a.summary : a.nextStep;
    case Kind:
        return enumLabel(a.kind);
    case Owner:
        return item.ownerName;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AgendaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Due:
        return tr("Due");
    case AccountName:
        return tr("Account");
    case NextStep:
        return tr("Next step");
    case Kind:
        return tr("Kind");
    case Owner:
        return tr("Owner");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace kam
