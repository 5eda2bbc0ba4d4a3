// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan_section_models.h"
#include "tone_colors.h"

#include "account_columns.h"
#include "store/store.h"

#include <QColor>
#include <QLocale>

#include <utility>

namespace kam {

namespace {

QVariantList choice(const QString &label, const QVariant &value)
{
    return {label, value};
}

template<typename E>
QVariantList enumChoices()
{
    QVariantList choices;
    for (const auto &e : enumEntries<E>())
        choices.append(QVariant(choice(enumLabel(e.value), int(e.value))));
    return choices;
}

QString percentText(int value)
{
    return PlanSectionModelBase::tr("%1 %").arg(QLocale().toString(value));
}

QString dateText(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

} // namespace

// --- PlanSectionModelBase --------------------------------------------------------------------

PlanSectionModelBase::PlanSectionModelBase(Store *store, int columns, QStringList watched, QObject *parent)
    : RecomputedRowsModel(parent)
    , m_store(store)
    , m_columns(columns)
    , m_watched(std::move(watched) << QStringLiteral("users"))
{
    connect(store, &Store::rowsChanged, this, [this](const QString &table) {
        if (!m_planId.isEmpty() && m_watched.contains(table))
            (void)refresh();
    });
}

Result<void> PlanSectionModelBase::setPlanId(const QString &planId)
{
    m_planId = planId;
    return load(true);
}

Result<void> PlanSectionModelBase::refresh()
{
    return load(false);
}

Result<void> PlanSectionModelBase::load(bool reset)
{
    PlanContent content;
    Result<void> status;
    if (!m_planId.isEmpty()) {
        Result<PlanContent> loaded = m_store->planContent(m_planId);
        if (loaded)
            content = std::move(loaded).value();
        else
            status = loaded.error();
    }
    const bool derivedChanged = loadDerived(content);
    apply(content, reset);
    if (!reset && derivedChanged && rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, m_columns - 1));
    return status;
}

bool PlanSectionModelBase::loadDerived(const PlanContent &)
{
    QHash<QString, QString> names = loadUserNames(*m_store);
    if (names == m_userNames)
        return false;
    m_userNames = std::move(names);
    return true;
}

QVariantList PlanSectionModelBase::userChoices() const
{
    QVariantList choices{QVariant(choice(tr("(nobody)"), QString()))};
    QList<std::pair<QString, QString>> users;
    for (auto it = m_userNames.begin(); it != m_userNames.end(); ++it)
        users.append({it.value(), it.key()});
    std::sort(users.begin(), users.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.first, b.first) < 0;
    });
    for (const auto &[name, id] : users)
        choices.append(QVariant(choice(name, id)));
    return choices;
}

int PlanSectionModelBase::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

Qt::ItemFlags PlanSectionModelBase::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && isEditable(index.column()))
        f |= Qt::ItemIsEditable;
    return f;
}

bool PlanSectionModelBase::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || !isEditable(index.column()))
        return false;
    emit editRequested(index, value);
    return true;
}

// --- PlanObjectiveModel ----------------------------------------------------------------------

PlanObjectiveModel::PlanObjectiveModel(Store *store, QObject *parent)
    : PlanSectionModel(store, ColumnCount, {}, parent)
{
}

bool PlanObjectiveModel::isEditable(int) const
{
    return true;
}

QVariant PlanObjectiveModel::cellData(const PlanObjective &o, int column, int role) const
{
    if (role == Qt::TextAlignmentRole && column == Progress)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && column != Progress)
        return cellData(o, column, Qt::DisplayRole);
    const bool edit = role == Qt::EditRole || role == SortRole;
    if (role != Qt::DisplayRole && !edit)
        return {};
    switch (Column(column)) {
    case Title:
        return o.title;
    case Measure:
        return o.measure;
    case Baseline:
        return o.baseline;
    case Target:
        return o.target;
    case Progress:
        return edit ? QVariant(o.progress) : QVariant(percentText(o.progress));
    case ColumnCount:
        break;
    }
    return {};
}

bool PlanObjectiveModel::setField(PlanObjective &o, int column, const QVariant &value) const
{
    switch (Column(column)) {
    case Title:
        o.title = value.toString().trimmed();
        return true;
    case Measure:
        o.measure = value.toString().trimmed();
        return true;
    case Baseline:
        o.baseline = value.toString().trimmed();
        return true;
    case Target:
        o.target = value.toString().trimmed();
        return true;
    case Progress:
        o.progress = value.toInt();
        return true;
    case ColumnCount:
        break;
    }
    return false;
}

QVariant PlanObjectiveModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Title:
        return tr("Objective");
    case Measure:
        return tr("Measure");
    case Baseline:
        return tr("Baseline");
    case Target:
        return tr("Target");
    case Progress:
        return tr("Progress");
    case ColumnCount:
        break;
    }
    return {};
}

// --- PlanActionModel -------------------------------------------------------------------------

PlanActionModel::PlanActionModel(Store *store, QObject *parent)
    : PlanSectionModel(store, ColumnCount, {QStringLiteral("plan_objectives")}, parent)
{
}

bool PlanActionModel::isEditable(int) const
{
    return true;
}

bool PlanActionModel::loadDerived(const PlanContent &content)
{
    bool changed = PlanSectionModelBase::loadDerived(content);
    QHash<QString, QString> titles;
    QVariantList choices{QVariant(choice(tr("(none)"), QString()))};
    for (const PlanObjective &o : content.objectives) {
        titles.insert(o.meta.id, o.title);
        choices.append(QVariant(choice(o.title, o.meta.id)));
    }
    if (titles != m_objectiveTitles || choices != m_objectiveChoices) {
        m_objectiveTitles = std::move(titles);
        m_objectiveChoices = std::move(choices);
        changed = true;
    }
    return changed;
}

bool PlanActionModel::isOverdue(const PlanAction &a) const
{
    return a.dueOn.isValid() && a.dueOn < today() && a.status != ActionStatus::Done
           && a.status != ActionStatus::Cancelled;
}

QVariant PlanActionModel::cellData(const PlanAction &a, int column, int role) const
{
    const Column c = Column(column);
    switch (role) {
    case OverdueRole:
        return isOverdue(a);
    case Qt::ForegroundRole:
        if (c == Due && isOverdue(a))
            return toneText(Tone::Bad);
        return {};
    case Qt::ToolTipRole:
        if (c == Due && isOverdue(a))
            return tr("Overdue");
        if (c == Title || c == Objective)
            return cellData(a, column, Qt::DisplayRole);
        return {};
    case ChoicesRole:
        if (c == Objective)
            return m_objectiveChoices;
        if (c == Owner)
            return userChoices();
        if (c == Status)
            return enumChoices<ActionStatus>();
        return {};
    case Qt::EditRole:
        switch (c) {
        case Objective:
            return a.objectiveId;
        case Owner:
            return a.ownerId;
        case Due:
            // A date editor needs a date: an undated action starts from today.
            return a.dueOn.isValid() ? a.dueOn : today();
        case Status:
            return int(a.status);
        default:
            return cellData(a, column, Qt::DisplayRole);
        }
    case SortRole:
        if (c == Due)
            return a.dueOn;
        if (c == Status)
            return int(a.status);
        return cellData(a, column, Qt::DisplayRole);
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (c) {
    case Title:
        return a.title;
    case Objective:
        return m_objectiveTitles.value(a.objectiveId);
    case Owner:
        return userNames().value(a.ownerId);
    case Due:
        return dateText(a.dueOn);
    case Status:
        return enumLabel(a.status);
    case ColumnCount:
        break;
    }
    return {};
}

bool PlanActionModel::setField(PlanAction &a, int column, const QVariant &value) const
{
    switch (Column(column)) {
    case Title:
        a.title = value.toString().trimmed();
        return true;
    case Objective:
        a.objectiveId = value.toString();
        return true;
    case Owner:
        a.ownerId = value.toString();
        return true;
    case Due:
        a.dueOn = value.toDate();
        return true;
    case Status:
        a.status = ActionStatus(value.toInt());
        return true;
    case ColumnCount:
        break;
    }
    return false;
}

QVariant PlanActionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Title:
        return tr("Action");
    case Objective:
        return tr("Objective");
    case Owner:
        return tr("Owner");
    case Due:
        return tr("Due");
    case Status:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

// --- PlanRiskModel ---------------------------------------------------------------------------

PlanRiskModel::PlanRiskModel(Store *store, QObject *parent)
    : PlanSectionModel(store, ColumnCount, {}, parent)
{
}

bool PlanRiskModel::isEditable(int column) const
{
    return column != Exposure;
}

QVariant PlanRiskModel::cellData(const PlanRisk &r, int column, int role) const
{
    const Column c = Column(column);
    const bool number = c == Likelihood || c == Impact || c == Exposure;
    if (role == Qt::TextAlignmentRole && number)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && !number)
        return cellData(r, column, Qt::DisplayRole);
    const bool raw = role == Qt::EditRole || role == SortRole;
    if (role != Qt::DisplayRole && !raw)
        return {};
    switch (c) {
    case Title:
        return r.title;
    case Likelihood:
        return raw ? QVariant(r.likelihood) : QVariant(QLocale().toString(r.likelihood));
    case Impact:
        return raw ? QVariant(r.impact) : QVariant(QLocale().toString(r.impact));
    case Exposure:
        return raw ? QVariant(r.exposure()) : QVariant(QLocale().toString(r.exposure()));
    case Mitigation:
        return r.mitigation;
    case ColumnCount:
        break;
    }
    return {};
}

bool PlanRiskModel::setField(PlanRisk &r, int column, const QVariant &value) const
{
    switch (Column(column)) {
    case Title:
        r.title = value.toString().trimmed();
        return true;
    case Likelihood:
        r.likelihood = value.toInt();
        return true;
    case Impact:
        r.impact = value.toInt();
        return true;
    case Mitigation:
        r.mitigation = value.toString().trimmed();
        return true;
    case Exposure:
    case ColumnCount:
        break;
    }
    return false;
}

QVariant PlanRiskModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case Likelihood:
            return tr("1 (rare) to 5 (almost certain)");
        case Impact:
            return tr("1 (minor) to 5 (severe)");
        case Exposure:
            return tr("Likelihood × impact");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Title:
        return tr("Risk");
    case Likelihood:
        return tr("Likelihood");
    case Impact:
        return tr("Impact");
    case Exposure:
        return tr("Exposure");
    case Mitigation:
        return tr("Mitigation");
    case ColumnCount:
        break;
    }
    return {};
}

// --- PlanHistoryModel ------------------------------------------------------------------------

PlanHistoryModel::PlanHistoryModel(Store *store, QObject *parent)
    : PlanSectionModel(store, ColumnCount, {}, parent)
{
}

QVariant PlanHistoryModel::cellData(const PlanChange &c, int column, int role) const
{
    if (role == SortRole) {
        switch (Column(column)) {
        case When:
            return c.changedAt;
        case Version:
            return c.version;
        case Status:
            return int(c.status);
        default:
            break;
        }
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (Column(column)) {
    case When:
        return QLocale().toString(c.changedAt.toLocalTime(), QLocale::ShortFormat);
    case Version:
        return QLocale().toString(c.version);
    case Status:
        return enumLabel(c.status);
    case Who:
        return userNames().value(c.changedBy);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant PlanHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case When:
        return tr("When");
    case Version:
        return tr("Version");
    case Status:
        return tr("Status");
    case Who:
        return tr("Who");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace kam
