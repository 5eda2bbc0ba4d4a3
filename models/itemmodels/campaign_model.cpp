// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaign_model.h"
#include "tone_colors.h"

#include "store/store.h"
#include "store/value_facts.h"

#include <QColor>
#include <QFont>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace kam {

namespace {

const QString kNone = QStringLiteral("—");

bool sameFacts(const analytics::CampaignFacts &x, const analytics::CampaignFacts &y)
{
    return x.campaignId == y.campaignId && x.name == y.name && x.channel == y.channel
           && x.cost == y.cost && x.targetedAccounts == y.targetedAccounts
           && x.targetedContacts == y.targetedContacts && x.responses == y.responses
           && x.sourcedDeals == y.sourcedDeals && x.sourcedPipeline == y.sourcedPipeline
           && x.wonDeals == y.wonDeals && x.wonRevenue == y.wonRevenue
           && x.attributedMargin == y.attributedMargin;
}

/// Every campaign summed as one: byChannel over them put in one channel.
analytics::CampaignFacts sumAll(std::vector<analytics::CampaignFacts> campaigns)
{
    for (analytics::CampaignFacts &c : campaigns)
        c.channel = CampaignChannel::Other;
    std::vector<analytics::CampaignFacts> sums = analytics::byChannel(campaigns);
    analytics::CampaignFacts total = sums.empty() ? analytics::CampaignFacts{} : sums.front();
    total.campaignId.clear();
    return total;
}

} // namespace

CampaignModel::CampaignModel(Store *store, QObject *parent)
    : RecomputedRowsModel(parent)
    , m_store(store)
{
    // A sync brings many rows in a burst, and a deal edit touches its stage history too: one
    // recompute after them, not one per signal.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(100);
    connect(&m_debounce, &QTimer::timeout, this, [this] { (void)refresh(); });
    connect(store, &Store::rowsChanged, this, [this](const QString &table) {
        static const QStringList kTables = { QStringLiteral("campaigns"),
                                             QStringLiteral("campaign_members"),
                                             QStringLiteral("opportunities"),
                                             QStringLiteral("accounts"),
                                             QStringLiteral("cost_entries") };
        if (kTables.contains(table))
            m_debounce.start();
    });
    (void)refresh();
}

void CampaignModel::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    beginResetModel();
    m_mode = mode;
    m_rows.clear();
    endResetModel();
    (void)refresh();
}

void CampaignModel::setDefaultMarginPercent(double percent)
{
    if (percent == m_defaultMarginPercent)
        return;
    m_defaultMarginPercent = percent;
    (void)refresh();
}

Result<void> CampaignModel::refresh()
{
    m_debounce.stop();
    if (!m_store)
        return {};
    const auto fail = [this](const Error &e) -> Result<void> {
        emit failed(e.message);
        return e;
    };
    Result<std::vector<analytics::CampaignFacts>> facts =
        loadCampaignFacts(*m_store, m_defaultMarginPercent);
    if (!facts)
        return fail(facts.error());
    Result<std::vector<Campaign>> campaigns = m_store->campaigns();
    if (!campaigns)
        return fail(campaigns.error());
    Result<std::vector<CampaignMember>> members = m_store->campaignMembers();
    if (!members)
        return fail(members.error());

    QHash<QString, int> memberCount;
    for (const CampaignMember &m : *members)
        ++memberCount[m.campaignId];
    QHash<QString, Campaign> byId;
    QHash<QString, int> currencies;
    for (const Campaign &c : *campaigns) {
        byId.insert(c.meta.id, c);
        ++currencies[c.currency];
    }
    m_currency = QStringLiteral("CNY");
    int most = 0;
    for (auto it = currencies.cbegin(); it != currencies.cend(); ++it)
        if (it.value() > most || (it.value() == most && it.key() < m_currency)) {
            most = it.value();
            m_currency = it.key();
        }
    m_total = sumAll(*facts);
    m_campaignCount = int(facts->size());

    std::vector<Row> next;
    if (m_mode == Mode::Campaigns) {
        for (const analytics::CampaignFacts &f : *facts)
            next.push_back({ f, byId.value(f.campaignId), memberCount.value(f.campaignId), false });
    } else {
        for (const analytics::CampaignFacts &f : analytics::byChannel(*facts)) {
            int n = 0;
            for (const analytics::CampaignFacts &c : *facts)
                if (c.channel == f.channel)
                    n += memberCount.value(c.campaignId);
            next.push_back({ f, Campaign{}, n, false });
        }
        next.push_back({ m_total, Campaign{}, int(members->size()), true });
    }
    syncRows(
        QModelIndex(), m_rows, next,
        [](const Row &r) { return std::pair(r.total, r.facts.campaignId); },
        [](const Row &x, const Row &y) {
            return sameFacts(x.facts, y.facts) && x.members == y.members
                   && x.campaign.startsOn == y.campaign.startsOn
                   && x.campaign.endsOn == y.campaign.endsOn
                   && x.campaign.currency == y.campaign.currency;
        });
    emit refreshed();
    return {};
}

const Campaign *CampaignModel::campaign(int row) const
{
    if (row < 0 || row >= rowCount() || m_mode != Mode::Campaigns)
        return nullptr;
    return &m_rows[size_t(row)].campaign;
}

int CampaignModel::rowOf(const QString &id) const
{
    const auto it = std::find_if(m_rows.begin(), m_rows.end(), [&](const Row &r) {
        return !r.total && r.facts.campaignId == id;
    });
    return it == m_rows.end() ? -1 : int(it - m_rows.begin());
}

QString CampaignModel::percentText(const std::optional<double> &ratio)
{
    if (!ratio)
        return kNone;
    return tr("%1 %", "a percentage").arg(QLocale().toString(std::round(*ratio * 100), 'f', 0));
}

std::optional<double> CampaignModel::responseRate(const Row &row) const
{
    if (row.members == 0)
        return std::nullopt;
    return double(row.facts.responses) / row.members;
}

QString CampaignModel::currencyOf(const Row &row) const
{
    return row.campaign.meta.id.isEmpty() ? m_currency : row.campaign.currency;
}

double CampaignModel::major(const Row &row, qint64 minor) const
{
    return double(minor) / std::pow(10.0, currencyDigits(currencyOf(row)));
}

int CampaignModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CampaignModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CampaignModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case SortRole:
        return sortValue(row, column);
    case IdRole:
        return row.facts.campaignId;
    case IsTotalRole:
        return row.total;
    case Qt::TextAlignmentRole:
        return column <= EndsOn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (row.total) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ForegroundRole:
        if (column == Roi) {
            const std::optional<double> roi = analytics::campaignRoi(row.facts);
            if (roi && *roi < 0)
                return toneText(Tone::Bad);
            if (roi && *roi > 0)
                return toneText(Tone::Good);
        }
        return {};
    case Qt::ToolTipRole:
        if (column == Roi) {
            if (row.facts.cost == 0)
                return tr("No cost is recorded, so there is no return to compare it with.");
            return tr("(attributed gross margin %1 − cost %2) / cost %2")
                .arg(formatMoney({ row.facts.attributedMargin, currencyOf(row) }),
                     formatMoney({ row.facts.cost, currencyOf(row) }));
        }
        if (column == AttributedMargin)
            return tr("Won revenue × the gross margin of the deal's account over the four "
                      "quarters before it closed (%1 % where the account has no cost of goods)")
                .arg(QLocale().toString(m_defaultMarginPercent));
        if (column == Name && !row.campaign.notes.isEmpty())
            return row.campaign.notes;
        return {};
    default:
        return {};
    }
}

QVariant CampaignModel::display(const Row &row, int column) const
{
    const analytics::CampaignFacts &f = row.facts;
    const QLocale locale;
    const auto money = [&](qint64 minor) { return formatMoney({ minor, currencyOf(row) }, locale); };
    const auto date = [&](const QDate &d) {
        return d.isValid() ? locale.toString(d, QLocale::ShortFormat) : QString();
    };
    switch (Column(column)) {
    case Name:
        if (row.total)
            return tr("Total");
        return m_mode == Mode::Channels ? enumLabel(f.channel) : f.name;
    case Channel:
        return m_mode == Mode::Campaigns ? enumLabel(f.channel) : QString();
    case StartsOn:
        return date(row.campaign.startsOn);
    case EndsOn:
        return date(row.campaign.endsOn);
    case Cost:
        return money(f.cost);
    case Accounts:
        return locale.toString(f.targetedAccounts);
    case Contacts:
        return locale.toString(f.targetedContacts);
    case Responses:
        return locale.toString(f.responses);
    case ResponseRate:
        return percentText(responseRate(row));
    case SourcedDeals:
        return locale.toString(f.sourcedDeals);
    case OpenPipeline:
        return money(f.sourcedPipeline);
    case WonDeals:
        return locale.toString(f.wonDeals);
    case WonRevenue:
        return money(f.wonRevenue);
    case AttributedMargin:
        return money(f.attributedMargin);
    case Roi:
        return percentText(analytics::campaignRoi(f));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CampaignModel::sortValue(const Row &row, int column) const
{
    const analytics::CampaignFacts &f = row.facts;
    const auto ratio = [](const std::optional<double> &r) { return r ? QVariant(*r) : QVariant(); };
    switch (Column(column)) {
    case Name:
        return display(row, column);
    case Channel:
        return int(f.channel);
    case StartsOn:
        return row.campaign.startsOn;
    case EndsOn:
        return row.campaign.endsOn;
    case Cost:
        return major(row, f.cost);
    case Accounts:
        return f.targetedAccounts;
    case Contacts:
        return f.targetedContacts;
    case Responses:
        return f.responses;
    case ResponseRate:
        return ratio(responseRate(row));
    case SourcedDeals:
        return f.sourcedDeals;
    case OpenPipeline:
        return major(row, f.sourcedPipeline);
    case WonDeals:
        return f.wonDeals;
    case WonRevenue:
        return major(row, f.wonRevenue);
    case AttributedMargin:
        return major(row, f.attributedMargin);
    case Roi:
        return ratio(analytics::campaignRoi(f));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CampaignModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name:
        return m_mode == Mode::Channels ? tr("Channel") : tr("Campaign");
    case Channel:
        return m_mode == Mode::Channels ? QString() : tr("Channel");
    case StartsOn:
        return tr("Starts");
    case EndsOn:
        return tr("Ends");
    case Cost:
        return tr("Cost");
    case Accounts:
        return tr("Accounts");
    case Contacts:
        return tr("Contacts");
    case Responses:
        return tr("Responses");
    case ResponseRate:
        return tr("Response rate");
    case SourcedDeals:
        return tr("Sourced deals");
    case OpenPipeline:
        return tr("Open pipeline");
    case WonDeals:
        return tr("Won deals");
    case WonRevenue:
        return tr("Won revenue");
    case AttributedMargin:
        return tr("Attributed margin");
    case Roi:
        return tr("ROI");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace kam
