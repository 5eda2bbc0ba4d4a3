// SPDX-License-Identifier: GPL-3.0-or-later
#include "field_history_model.h"

#include "account_columns.h"
#include "field_values.h"
#include "store/store.h"

#include <QLocale>

#include <utility>

namespace kam {


FieldHistoryModel::FieldHistoryModel(Store *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(store, &Store::rowsChanged, this, [this](const QString &table) {
        static const QStringList watched = {QStringLiteral("accounts"), QStringLiteral("contacts"),
                                            QStringLiteral("account_team"), QStringLiteral("users")};
        if (!m_accountId.isEmpty() && watched.contains(table))
            (void)setAccountId(m_accountId);
    });
}

Result<void> FieldHistoryModel::setAccountId(const QString &accountId)
{
    Result<std::vector<JournalEntry>> entries = accountId.isEmpty()
                                                    ? Result<std::vector<JournalEntry>>(std::vector<JournalEntry>{})
                                                    : m_store->accountHistory(accountId);
    beginResetModel();
    m_accountId = accountId;
    m_entries.clear();
    if (entries) {
        // A create, delete or restore is one line; only edits are listed field by field.
        qint64 lastSeq = -1;
        for (JournalEntry &e : std::move(entries).value()) {
            if (e.op != QLatin1String("update") && std::exchange(lastSeq, e.seq) == e.seq)
                continue;
            m_entries.push_back(std::move(e));
        }
    }
    m_userNames = loadUserNames(*m_store);
    m_rowLabels.clear();
    for (const JournalEntry &e : m_entries) {
        if (m_rowLabels.contains(e.rowId))
            continue;
        QString label;
        if (e.table == QLatin1String("accounts")) {
            label = tr("Account");
        } else if (e.table == QLatin1String("contacts")) {
            Result<Contact> c = m_store->get<Contact>(e.rowId);
            label = tr("Contact %1").arg(c ? c->name : QString());
        } else {
            Result<TeamMember> m = m_store->get<TeamMember>(e.rowId);
            label = tr("Team: %1").arg(m ? m_userNames.value(m->userId) : QString());
        }
        m_rowLabels.insert(e.rowId, label);
    }
    endResetModel();
    if (!entries)
        return entries.error();
    return {};
}

int FieldHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int FieldHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FieldHistoryModel::displayValue(const JournalEntry &e, const QVariant &value) const
{
    return displayFieldValue(*m_store, m_userNames, e.rowId, e.field, value);
}

QVariant FieldHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JournalEntry &e = m_entries[size_t(index.row())];
    if (role == Qt::ToolTipRole && (index.column() == From || index.column() == To))
        return data(index, Qt::DisplayRole);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case When:
        return QLocale().toString(e.changedAt.toLocalTime(), QLocale::ShortFormat);
    case Who:
        return m_userNames.value(e.authorId);
    case Record:
        return m_rowLabels.value(e.rowId);
    case Field:
        if (e.op == QLatin1String("insert"))
            return tr("Created");
        if (e.op == QLatin1String("delete"))
            return tr("Deleted");
        if (e.op == QLatin1String("restore"))
            return tr("Restored");
        return fieldLabel(e.table, e.field);
    case From:
        return e.op == QLatin1String("update") ? displayValue(e, e.oldValue) : QString();
    case To:
        return e.op == QLatin1String("update") ? displayValue(e, e.newValue) : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant FieldHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case Record:
        return tr("Record");
    case Field:
        return tr("Field");
    case From:
        return tr("From");
    case To:
        return tr("To");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace kam
