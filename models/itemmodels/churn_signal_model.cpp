// SPDX-License-Identifier: GPL-3.0-or-later
#include "churn_signal_model.h"
#include "tone_colors.h"

#include "churn_monitor.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <cmath>

namespace kam {

using analytics::ChurnScore;
using analytics::SignalResult;

ChurnSignalModel::ChurnSignalModel(ChurnMonitor *monitor, QObject *parent)
    : QAbstractTableModel(parent)
    , m_monitor(monitor)
{
    connect(monitor, &ChurnMonitor::scored, this, [this](const QStringList &ids, bool all) {
        if (!m_accountId.isEmpty() && (all || ids.contains(m_accountId)))
            reload();
    });
}

void ChurnSignalModel::setAccount(const QString &accountId)
{
    if (accountId == m_accountId)
        return;
    beginResetModel();
    m_accountId = accountId;
    const ChurnScore *s = m_monitor && !accountId.isEmpty() ? m_monitor->score(accountId) : nullptr;
    m_score = s ? std::optional(*s) : std::nullopt;
    if (m_monitor)
        m_settings = m_monitor->settings();
    endResetModel();
    emit scoreChanged();
}

void ChurnSignalModel::reload()
{
    const ChurnScore *s = m_monitor ? m_monitor->score(m_accountId) : nullptr;
    const int before = rowCount();
    const int after = s ? int(s->signalResults.size()) + 1 : 0;
    if (before != after) {
        // Scored for the first time, or the account is gone: the rows come or go as a whole.
        if (before > 0) {
            beginRemoveRows({}, 0, before - 1);
            m_score.reset();
            endRemoveRows();
        }
        if (after > 0) {
            beginInsertRows({}, 0, after - 1);
            m_score = *s;
            m_settings = m_monitor->settings();
            endInsertRows();
        }
    } else if (s) {
        m_score = *s;
        m_settings = m_monitor->settings();
        emit dataChanged(index(0, 0), index(after - 1, ColumnCount - 1));
    }
    emit scoreChanged();
}

double ChurnSignalModel::weightOf(ChurnSignal signal) const
{
    const auto it = m_settings.rules.find(signal);
    return it == m_settings.rules.end() ? 0 : it->second.weight;
}

int ChurnSignalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_score ? 0 : int(m_score->signalResults.size()) + 1;
}

int ChurnSignalModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChurnSignalModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QLocale locale;
    const bool total = index.row() == int(m_score->signalResults.size());
    if (role == IsTotalRole)
        return total;
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Weight ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                        : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (total) {
        if (role == FiredRole)
            return false;
        if (role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
            return {};
        switch (Column(index.column())) {
        case Signal:
            return tr("Risk score");
        case Measured:
            return tr("%L1 a quarter ago").arg(m_score->previousScore);
        case Threshold:
            return tr("warning from %L1").arg(m_settings.warnAt);
        case Weight: {
            double sum = 0;
            for (const auto &[signal, rule] : m_settings.rules)
                sum += rule.weight;
            return number(sum, locale);
        }
        case Points:
            return locale.toString(m_score->score);
        case ColumnCount:
            break;
        }
        return {};
    }

    const SignalResult &r = m_score->signalResults[size_t(index.row())];
    switch (role) {
    case FiredRole:
        return r.fired;
    case SignalRole:
        return int(r.signal);
    case Qt::FontRole:
        if (r.fired) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ForegroundRole:
        // Signals that did not fire stay readable but step back behind the ones that did.
        return r.fired ? QVariant() : QVariant(QBrush(toneText(Tone::Muted)));
    case Qt::BackgroundRole:
        return r.fired ? QVariant(QBrush(attentionBackground())) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == Measured || index.column() == Signal)
            return r.detail.isEmpty() ? QVariant() : QVariant(r.detail);
        if (index.column() == Points && r.fired)
            return tr("100 × weight %1 ÷ sum of the weights").arg(number(weightOf(r.signal), locale));
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case Signal:
        return enumLabel(r.signal);
    case Measured:
        if (!r.detail.isEmpty())
            return r.detail;
        return r.value ? number(*r.value, locale) : tr("No data");
    case Threshold:
        return thresholdText(r.signal, r.threshold, locale);
    case Weight:
        return number(weightOf(r.signal), locale);
    case Points:
        return r.fired ? number(r.contribution, locale) : locale.toString(0);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ChurnSignalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Signal:
        return tr("Signal");
    case Measured:
        return tr("Measured");
    case Threshold:
        return tr("Threshold");
    case Weight:
        return tr("Weight");
    case Points:
        return tr("Points");
    case ColumnCount:
        break;
    }
    return {};
}

QString ChurnSignalModel::thresholdSuffix(ChurnSignal signal)
{
    switch (signal) {
    case ChurnSignal::NpsDrop:
    case ChurnSignal::SatisfactionDrop:
        return tr(" points");
    case ChurnSignal::RevenueDrop:
        return tr(" %");
    case ChurnSignal::NoContact:
    case ChurnSignal::StalledDeals:
    case ChurnSignal::KeyContactLost:
    case ChurnSignal::PaymentOverdue:
        return tr(" days");
    case ChurnSignal::OpenServiceCases:
        return tr(" cases");
    }
    return {};
}

QString ChurnSignalModel::thresholdText(ChurnSignal signal, double threshold, const QLocale &locale)
{
    const QString n = number(threshold, locale);
    switch (signal) {
    case ChurnSignal::NpsDrop:
        return tr("a fall of %1 NPS points").arg(n);
    case ChurnSignal::SatisfactionDrop:
        return tr("a fall of %1 points (1–5)").arg(n);
    case ChurnSignal::RevenueDrop:
        return tr("a fall of %1 %").arg(n);
    case ChurnSignal::NoContact:
        return tr("%1 days").arg(n);
    case ChurnSignal::StalledDeals:
        return tr("a deal %1 days without a move").arg(n);
    case ChurnSignal::KeyContactLost:
        return tr("left within %1 days").arg(n);
    case ChurnSignal::OpenServiceCases:
        return tr("%1 open cases").arg(n);
    case ChurnSignal::PaymentOverdue:
        return tr("%1 days overdue").arg(n);
    }
    return n;
}

QString ChurnSignalModel::number(double value, const QLocale &locale)
{
    // Weights and points are mostly whole; a fraction shows with the one decimal it needs.
    if (std::abs(value - std::round(value)) < 0.05)
        return locale.toString(qlonglong(std::llround(value)));
    return locale.toString(value, 'f', 1);
}

} // namespace kam
