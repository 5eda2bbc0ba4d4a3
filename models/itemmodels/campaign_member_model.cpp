// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign_member_model.h"
#include "tone_colors.h"

#include "store/store.h"

#include <QColor>
#include <QLocale>

#include <algorithm>

namespace kam {

CampaignMemberModel::CampaignMemberModel(Store *store, QObject *parent)
    : RecomputedRowsModel(parent)
    , m_store(store)
{
    connect(store, &Store::rowsChanged, this, [this](const QString &table) {
        if (m_campaignId.isEmpty())
            return;
        if (table == QLatin1String("campaign_members") || table == QLatin1String("accounts")
            || table == QLatin1String("contacts"))
            (void)refresh();
    });
}

void CampaignMemberModel::setCampaign(const QString &campaignId)
{
    if (campaignId == m_campaignId)
        return;
    beginResetModel();
    m_campaignId = campaignId;
    m_rows.clear();
    endResetModel();
    (void)refresh();
}

Result<void> CampaignMemberModel::refresh()
{
    std::vector<Row> next;
    if (m_store && !m_campaignId.isEmpty()) {
        Result<std::vector<CampaignMember>> members = m_store->campaignMembers(m_campaignId);
        if (!members)
            return members.error();
        Result<std::vector<Account>> accounts = m_store->accounts();
        if (!accounts)
            return accounts.error();
        QHash<QString, QString> accountNames;
        for (const Account &a : *accounts)
            accountNames.insert(a.meta.id, displayName(a));
        // Contacts are read per account, and only for the accounts whose contacts are named.
        QHash<QString, QString> contactNames;
        QStringList read;
        for (const CampaignMember &m : *members) {
            if (m.contactId.isEmpty() || read.contains(m.accountId))
                continue;
            read << m.accountId;
            Result<std::vector<Contact>> contacts = m_store->contacts(m.accountId);
            if (!contacts)
                return contacts.error();
            for (const Contact &c : *contacts)
                contactNames.insert(c.meta.id, c.name);
        }
        for (const CampaignMember &m : *members)
            next.push_back({ m, accountNames.value(m.accountId), contactNames.value(m.contactId) });
        std::stable_sort(next.begin(), next.end(), [](const Row &a, const Row &b) {
            if (const int c = QString::localeAwareCompare(a.accountName, b.accountName); c != 0)
                return c < 0;
            return QString::localeAwareCompare(a.contactName, b.contactName) < 0;
        });
    }
    syncRows(
        QModelIndex(), m_rows, next, [](const Row &r) { return r.member.meta.id; },
        [](const Row &x, const Row &y) {
            return x.accountName == y.accountName && x.contactName == y.contactName
                   && x.member.respondedOn == y.member.respondedOn
                   && x.member.response == y.member.response;
        });
    return {};
}

int CampaignMemberModel::rowOf(const QString &memberId) const
{
    const auto it = std::find_if(m_rows.begin(), m_rows.end(),
                                 [&](const Row &r) { return r.member.meta.id == memberId; });
    return it == m_rows.end() ? -1 : int(it - m_rows.begin());
}

int CampaignMemberModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CampaignMemberModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CampaignMemberModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case AccountName:
            return row.accountName;
        case ContactName:
            return row.member.contactId.isEmpty() ? tr("(the account)") : row.contactName;
        case RespondedOn:
            return row.member.respondedOn.isValid()
                       ? QLocale().toString(row.member.respondedOn, QLocale::ShortFormat)
                       : tr("No response");
        case Response:
            return row.member.response;
        case ColumnCount:
            break;
        }
        return {};
    case SortRole:
        if (index.column() == RespondedOn)
            return row.member.respondedOn;
        return data(index, Qt::DisplayRole);
    case IdRole:
        return row.member.meta.id;
    case Qt::ForegroundRole:
        // "No response" is a state, not a value: the palette's grey.
        if (index.column() == RespondedOn && !row.member.respondedOn.isValid())
            return toneText(Tone::Muted);
        return {};
    default:
        return {};
    }
}

QVariant CampaignMemberModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case AccountName:
        return tr("Account");
    case ContactName:
        return tr("Contact");
    case RespondedOn:
        return tr("Responded on");
    case Response:
        return tr("Response");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace kam
