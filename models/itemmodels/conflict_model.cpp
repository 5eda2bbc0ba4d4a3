// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflict_model.h"

#include "field_values.h"
#include "store/store.h"

#include <QLocale>
#include <QSet>
#include <QTimer>

namespace kam {

namespace {
const QString kConflictsTable = QStringLiteral("sync_conflicts");
}

ConflictModel::ConflictModel(Store *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(store, &Store::rowsChanged, this, &ConflictModel::onRowsChanged);
}

Result<void> ConflictModel::reload()
{
    m_reloadQueued = false;
    Result<std::vector<SyncConflict>> kept = SyncJournal(*m_store).conflicts(m_includeResolved);
    Result<QHash<QString, QString>> names = m_store->userNames();
    beginResetModel();
    m_conflicts = kept ? std::move(kept).value() : std::vector<SyncConflict>{};
    m_userNames = names ? std::move(names).value() : QHash<QString, QString>{};
    endResetModel();
    if (!kept)
        return kept.error();
    return {};
}

void ConflictModel::setIncludeResolved(bool include)
{
    if (include == m_includeResolved)
        return;
    m_includeResolved = include;
    (void)reload();
}

void ConflictModel::onRowsChanged(const QString &table, const QStringList &ids)
{
    if (table == kConflictsTable) {
        // A resolution: its row changes in place, so the user sees what was done and can undo.
        Result<std::vector<SyncConflict>> all = SyncJournal(*m_store).conflicts(true);
        if (!all)
            return;
        for (const QString &id : ids)
            for (size_t row = 0; row < m_conflicts.size(); ++row) {
                if (QString::number(m_conflicts[row].id) != id)
                    continue;
                const auto now = std::find_if(all->begin(), all->end(), [&](const SyncConflict &c) {
                    return c.id == m_conflicts[row].id;
                });
                if (now == all->end())
                    continue;
                m_conflicts[row] = *now;
                emit dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
            }
        return;
    }
    if (!m_reloadQueued) {
        m_reloadQueued = true;
        QTimer::singleShot(0, this, &ConflictModel::refresh);
    }
}

void ConflictModel::refresh()
{
    m_reloadQueued = false;
    // New conflicts join the list; those listed stay, resolved or not, so a resolution does not
    // make its row vanish under the user.
    Result<std::vector<SyncConflict>> all = SyncJournal(*m_store).conflicts(true);
    if (!all)
        return;
    QSet<qint64> listed;
    for (const SyncConflict &c : m_conflicts)
        listed.insert(c.id);
    std::vector<SyncConflict> next;
    for (const SyncConflict &c : *all)
        if (c.resolution.isEmpty() || m_includeResolved || listed.contains(c.id))
            next.push_back(c);
    if (Result<QHash<QString, QString>> names = m_store->userNames())
        m_userNames = std::move(names).value();
    const bool sameRows = next.size() == m_conflicts.size()
        && std::equal(next.begin(), next.end(), m_conflicts.begin(),
                      [](const SyncConflict &a, const SyncConflict &b) { return a.id == b.id; });
    if (sameRows) {
        // A sync page that wrote other rows: labels may have changed, the rows did not.
        m_conflicts = std::move(next);
        if (!m_conflicts.empty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_conflicts = std::move(next);
    endResetModel();
}

QString ConflictModel::accountOf(int row) const
{
    const SyncConflict &c = conflict(row);
    if (c.table == QLatin1String("accounts"))
        return m_store->get<Account>(c.rowId) ? c.rowId : QString();
    if (c.table == QLatin1String("contacts")) {
        Result<Contact> contact = m_store->get<Contact>(c.rowId);
        return contact ? contact->accountId : QString();
    }
    if (c.table == QLatin1String("account_team")) {
        Result<TeamMember> seat = m_store->get<TeamMember>(c.rowId);
        return seat ? seat->accountId : QString();
    }
    return {};
}

QString ConflictModel::recordLabel(const SyncConflict &c) const
{
    if (c.table == QLatin1String("accounts")) {
        Result<Account> a = m_store->get<Account>(c.rowId);
        return a ? a->legalName : tr("Account (no longer on this computer)");
    }
    if (c.table == QLatin1String("contacts")) {
        Result<Contact> contact = m_store->get<Contact>(c.rowId);
        return contact ? tr("Contact %1").arg(contact->name)
                       : tr("Contact (no longer on this computer)");
    }
    if (c.table == QLatin1String("account_team")) {
        Result<TeamMember> seat = m_store->get<TeamMember>(c.rowId);
        Result<Account> a = seat ? m_store->get<Account>(seat->accountId) : Result<Account>(seat.error());
        return a ? tr("Team of %1").arg(a->legalName) : tr("Team seat (no longer on this computer)");
    }
    if (c.table == QLatin1String("users"))
        return tr("User %1").arg(m_userNames.value(c.rowId, c.rowId));
    return c.table;
}

QString ConflictModel::value(const SyncConflict &c, const QVariant &v) const
{
    if (c.reason == QLatin1String("deleted_on_server") && &v == &c.theirs && v.isNull())
        return tr("(deleted)");
    return displayFieldValue(*m_store, m_userNames, c.rowId, c.field, v);
}

int ConflictModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_conflicts.size());
}

int ConflictModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConflictModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SyncConflict &c = m_conflicts[size_t(index.row())];
    if (role == Qt::ToolTipRole) {
        if (index.column() == Status && !c.message.isEmpty())
            return c.message;
        if (index.column() == Theirs || index.column() == Mine)
            return data(index, Qt::DisplayRole);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Record:
        return recordLabel(c);
    case Field:
        return fieldLabel(c.table, c.field);
    case Theirs:
        return value(c, c.theirs);
    case Mine:
        return value(c, c.mine);
    case Who:
        return c.theirAuthor.isEmpty() ? tr("Server") : m_userNames.value(c.theirAuthor, c.theirAuthor);
    case When: {
        const QDateTime at = c.theirAt.isValid() ? c.theirAt : c.detectedAt;
        return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
    }
    case Status:
        if (c.resolution == QLatin1String("theirs"))
            return tr("Kept theirs");
        if (c.resolution == QLatin1String("mine"))
            return tr("Used mine");
        if (c.reason == QLatin1String("out_of_scope"))
            return tr("Open: the account left your portfolio");
        if (c.reason != QLatin1String("concurrent_edit") && c.reason != QLatin1String("deleted_on_server"))
            return tr("Open: refused by the server");
        return c.mineKept ? tr("Open: yours is kept") : tr("Open: theirs is kept");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ConflictModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Record:
        return tr("Record");
    case Field:
        return tr("Field");
    case Theirs:
        return tr("Their value");
    case Mine:
        return tr("Your value");
    case Who:
        return tr("Changed by");
    case When:
        return tr("When");
    case Status:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace kam
