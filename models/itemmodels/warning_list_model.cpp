// SPDX-License-Identifier: GPL-3.0-or-later
#include "warning_list_model.h"
#include "tone_colors.h"

#include "churn_monitor.h"
#include "churn_signal_model.h"
#include "store/store.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>

namespace kam {

using analytics::WarningState;

namespace {

/// Core first, unrated last: the order a manager reads tiers in.
int tierOrder(Tier tier)
{
    return tier == Tier::Unrated ? 99 : int(tier);
}

QString shortDate(const QDate &day, const QLocale &locale)
{
    return locale.toString(day, QLocale::ShortFormat);
}

} // namespace

bool WarningListModel::Row::operator==(const Row &o) const
{
    const auto sameReview = [](const std::optional<WarningReview> &a, const std::optional<WarningReview> &b) {
        if (a.has_value() != b.has_value())
            return false;
        return !a
               || (a->meta.id == b->meta.id && a->kind == b->kind && a->note == b->note
                   && a->snoozedUntil == b->snoozedUntil && a->reviewedAt == b->reviewedAt && a->score == b->score);
    };
    return accountId == o.accountId && name == o.name && tier == o.tier && score == o.score
           && previousScore == o.previousScore && details == o.details && tips == o.tips && state == o.state
           && sameReview(review, o.review);
}

WarningListModel::WarningListModel(Store *store, ChurnMonitor *monitor, QObject *parent)
    : RecomputedRowsModel(parent)
    , m_store(store)
    , m_monitor(monitor)
{
    connect(monitor, &ChurnMonitor::scored, this, [this](const QStringList &, bool all) {
        if (all)
            (void)loadNames(); // a full scoring may follow a sync that renamed many accounts
        (void)refresh();
    });
    connect(monitor, &ChurnMonitor::reviewsChanged, this, [this] { (void)refresh(); });
    connect(store, &Store::rowsChanged, this, [this](const QString &table, const QStringList &ids) {
        if (table == u"accounts")
            onAccountsChanged(ids);
    });
    (void)loadNames();
    (void)refresh();
}

void WarningListModel::setShowSnoozed(bool show)
{
    if (show == m_showSnoozed)
        return;
    m_showSnoozed = show;
    (void)refresh();
}

Result<void> WarningListModel::loadNames()
{
    Result<std::vector<Account>> accounts = m_store->accounts();
    if (!accounts)
        return accounts.error();
    m_names.clear();
    for (const Account &a : *accounts)
        m_names.insert(a.meta.id, displayName(a));
    return {};
}

void WarningListModel::onAccountsChanged(const QStringList &ids)
{
    // A rename shows at once; a tier change arrives with the account's next scoring.
    for (const QString &id : ids) {
        Result<Account> a = m_store->get<Account>(id);
        if (a && !a->meta.isDeleted())
            m_names.insert(id, displayName(*a));
        else
            m_names.remove(id);
    }
    (void)refresh();
}

Result<void> WarningListModel::refresh()
{
    if (!m_monitor || !m_store)
        return {};
    std::vector<Row> next;
    for (const QString &id : m_monitor->warningAccounts()) {
        const WarningState state = m_monitor->state(id);
        const analytics::ChurnScore *score = m_monitor->score(id);
        const analytics::AccountHealthFacts *facts = m_monitor->facts(id);
        if (!score || !facts || (state == WarningState::Snoozed && !m_showSnoozed))
            continue;
        auto name = m_names.constFind(id);
        if (name == m_names.constEnd()) { // scored before its rowsChanged reached us
            Result<Account> a = m_store->get<Account>(id);
            if (!a || a->meta.isDeleted())
                continue;
            name = m_names.insert(id, displayName(*a));
        }
        Row row;
        row.accountId = id;
        row.name = *name;
        row.tier = facts->tier;
        row.score = score->score;
        row.previousScore = score->previousScore;
        row.state = state;
        for (const analytics::SignalResult &r : score->signalResults) {
            if (!r.fired)
                continue;
            row.details << r.detail;
            row.tips << tr("%1 (+%2): %3").arg(enumLabel(r.signal), ChurnSignalModel::number(r.contribution), r.detail);
        }
        if (const WarningReview *review = m_monitor->latestReview(id))
            row.review = *review;
        next.push_back(std::move(row));
    }
    std::sort(next.begin(), next.end(), [](const Row &a, const Row &b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (const int byName = a.name.localeAwareCompare(b.name); byName != 0)
            return byName < 0;
        return a.accountId < b.accountId;
    });
    syncRows({}, m_rows, next, [](const Row &r) { return r.accountId; },
             [](const Row &a, const Row &b) { return a == b; });
    return {};
}

int WarningListModel::rowOf(const QString &accountId) const
{
    const auto it = std::find_if(m_rows.begin(), m_rows.end(), [&](const Row &r) { return r.accountId == accountId; });
    return it == m_rows.end() ? -1 : int(it - m_rows.begin());
}

QString WarningListModel::accountIdAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)].accountId : QString();
}

int WarningListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WarningListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WarningListModel::stateText(const Row &row) const
{
    const QLocale locale;
    switch (row.state) {
    case WarningState::New:
        return tr("New");
    case WarningState::Reviewed:
        return row.review ? tr("Acknowledged %1").arg(shortDate(row.review->reviewedAt.toLocalTime().date(), locale))
                          : tr("Acknowledged");
    case WarningState::Snoozed:
        return row.review ? tr("Snoozed until %1").arg(shortDate(row.review->snoozedUntil, locale)) : tr("Snoozed");
    case WarningState::None:
        break;
    }
    return {};
}

QString WarningListModel::stateTip(const Row &row) const
{
    if (row.state != WarningState::New || !row.review)
        return {};
    const QLocale locale;
    const QDate today = m_monitor ? m_monitor->today() : QDate::currentDate();
    if (row.review->kind == WarningReviewKind::Snoozed && row.review->snoozedUntil <= today)
        return tr("The snooze ran out on %1.").arg(shortDate(row.review->snoozedUntil, locale));
    return tr("Worse than when it was last reviewed on %1 (score %L2 then).")
        .arg(shortDate(row.review->reviewedAt.toLocalTime().date(), locale))
        .arg(row.review->score);
}

QVariant WarningListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    const int delta = row.score - row.previousScore;
    const QLocale locale;
    switch (role) {
    case AccountIdRole:
        return row.accountId;
    case StateRole:
        return int(row.state);
    case Qt::FontRole:
        if (row.state == WarningState::New) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Score || index.column() == Trend)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        // A rising risk is bad news (red), a falling one good news (green).
        if (index.column() == Trend && delta != 0)
            return QBrush(toneText(delta > 0 ? Tone::Bad : Tone::Good));
        return {};
    case SortRole:
        switch (Column(index.column())) {
        case AccountName:
            return row.name;
        case Tier:
            return tierOrder(row.tier);
        case Score:
            return row.score;
        case Trend:
            return delta;
        case Signals:
            return row.details.join(u' ');
        case State:
            return int(row.state); // New, acknowledged, snoozed
        case Note:
            return row.review ? row.review->note : QString();
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case Trend:
            return tr("%L1 a quarter ago").arg(row.previousScore);
        case Signals:
            return row.tips.join(u'\n');
        case State:
            return stateTip(row);
        case Note:
            return row.review && !row.review->note.isEmpty() ? QVariant(row.review->note) : QVariant();
        default:
            return {};
        }
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case AccountName:
        return row.name;
    case Tier:
        return enumLabel(row.tier);
    case Score:
        return locale.toString(row.score);
    case Trend:
        if (delta == 0)
            return tr("±0");
        return (delta > 0 ? tr("▲ %L1") : tr("▼ %L1")).arg(std::abs(delta));
    case Signals:
        return row.details.join(tr("; ", "between the reasons of a warning"));
    case State:
        return stateText(row);
    case Note:
        // One line in the table; the whole note is the tooltip.
        return row.review ? row.review->note.simplified() : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant WarningListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case AccountName:
        return tr("Account");
    case Tier:
        return tr("Tier");
    case Score:
        return tr("Score");
    case Trend:
        return tr("Trend");
    case Signals:
        return tr("Signals");
    case State:
        return tr("State");
    case Note:
        return tr("Note");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace kam
