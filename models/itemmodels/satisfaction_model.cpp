// SPDX-License-Identifier: GPL-3.0-or-later
#include "satisfaction_model.h"
#include "tone_colors.h"

#include "store/row_codec.h"
#include "store/store.h"

#include <QLocale>
#include <QSet>

namespace kam {

namespace {

const QString kResponsesTable = QStringLiteral("satisfaction_responses");

} // namespace

QString npsCategoryLabel(NpsCategory category)
{
    switch (category) {
    case NpsCategory::Promoter:
        return SatisfactionModel::tr("Promoter");
    case NpsCategory::Passive:
        return SatisfactionModel::tr("Passive");
    case NpsCategory::Detractor:
        return SatisfactionModel::tr("Detractor");
    }
    return {};
}

QString satisfactionLevelLabel(int score)
{
    switch (score) {
    case 1:
        return SatisfactionModel::tr("Very dissatisfied");
    case 2:
        return SatisfactionModel::tr("Dissatisfied");
    case 3:
        return SatisfactionModel::tr("Neutral");
    case 4:
        return SatisfactionModel::tr("Satisfied");
    case 5:
        return SatisfactionModel::tr("Very satisfied");
    default:
        return {};
    }
}

QString dimensionScoresLabel(const QString &dimensionScores)
{
    const std::optional<DimensionScores> scores = parseDimensionScores(dimensionScores);
    if (!scores)
        return dimensionScores; // the store refuses such text; show it as it is rather than hide it
    QStringList parts;
    const QLocale locale;
    for (const auto &[key, score] : *scores)
        parts << SatisfactionModel::tr("%1 %2", "a dimension and its score, as in Quality 4")
                     .arg(dimensionLabel(key), locale.toString(score));
    return parts.join(QStringLiteral(" · "));
}

QColor npsCategoryColor(NpsCategory category)
{
    switch (category) {
    case NpsCategory::Promoter:
        return toneText(Tone::Good);
    case NpsCategory::Passive:
        return toneText(Tone::Caution);
    case NpsCategory::Detractor:
        return toneText(Tone::Bad);
    }
    return {};
}

SatisfactionModel::SatisfactionModel(Store *store, QObject *parent)
    : RecomputedRowsModel(parent)
    , m_store(store)
{
    connect(store, &Store::rowsChanged, this, &SatisfactionModel::onRowsChanged);
}

Result<void> SatisfactionModel::setAccounts(const QStringList &accountIds)
{
    std::vector<SatisfactionResponse> rows;
    Result<void> status;
    if (!accountIds.isEmpty()) {
        if (Result<std::vector<SatisfactionResponse>> loaded
            = m_store->satisfactionResponses(accountIds))
            rows = std::move(loaded).value();
        else
            status = loaded.error();
    }
    beginResetModel();
    m_accountIds = accountIds;
    m_rows = std::move(rows);
    loadNames(m_rows);
    endResetModel();
    return status;
}

Result<void> SatisfactionModel::refresh()
{
    if (m_accountIds.isEmpty() || !m_store)
        return {};
    Result<std::vector<SatisfactionResponse>> next = m_store->satisfactionResponses(m_accountIds);
    if (!next)
        return next.error();
    // Names first: views read the new rows' contacts as soon as they are inserted.
    loadNames(*next);
    syncRows(
        {}, m_rows, *next, [](const SatisfactionResponse &r) { return r.meta.id; },
        [](const SatisfactionResponse &a, const SatisfactionResponse &b) {
            return sameFields(a, b);
        });
    return {};
}

void SatisfactionModel::onRowsChanged(const QString &table, const QStringList &ids)
{
    if (m_accountIds.isEmpty())
        return;
    if (table == kResponsesTable) {
        (void)refresh();
        return;
    }
    const bool contacts = table == QLatin1String("contacts");
    if (!contacts && table != QLatin1String("accounts"))
        return;
    const QSet<QString> changed(ids.begin(), ids.end());
    const int column = contacts ? Contact : AccountName;
    loadNames(m_rows);
    for (int row = 0; row < rowCount(); ++row)
        if (changed.contains(contacts ? m_rows[size_t(row)].contactId
                                      : m_rows[size_t(row)].accountId))
            emit dataChanged(index(row, column), index(row, column));
}

void SatisfactionModel::loadNames(const std::vector<SatisfactionResponse> &rows)
{
    m_accountNames.clear();
    m_contactNames.clear();
    if (!m_store)
        return;
    for (const QString &id : std::as_const(m_accountIds))
        if (Result<Account> a = m_store->get<Account>(id))
            m_accountNames.insert(id, displayName(*a));
    // A contact who answered and was deleted later still answered: get() reads tombstones too.
    for (const SatisfactionResponse &r : rows)
        if (!r.contactId.isEmpty() && !m_contactNames.contains(r.contactId))
            if (Result<kam::Contact> c = m_store->get<kam::Contact>(r.contactId))
                m_contactNames.insert(r.contactId, c->name);
}

int SatisfactionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SatisfactionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int SatisfactionModel::rowOf(const QString &id) const
{
    const auto it = std::find_if(m_rows.begin(), m_rows.end(),
                                 [&](const SatisfactionResponse &r) { return r.meta.id == id; });
    return it == m_rows.end() ? -1 : int(it - m_rows.begin());
}

std::vector<analytics::QuarterSatisfaction> SatisfactionModel::byQuarter() const
{
    return analytics::satisfactionByQuarter(m_rows);
}

analytics::NpsSummary SatisfactionModel::nps() const
{
    return analytics::npsOf(m_rows);
}

QVariant SatisfactionModel::display(const SatisfactionResponse &r, Column column) const
{
    const QLocale locale;
    switch (column) {
    case Date:
        return locale.toString(r.respondedOn, QLocale::ShortFormat);
    case AccountName:
        return m_accountNames.value(r.accountId);
    case Source:
        return enumLabel(r.source);
    case Contact:
        if (r.contactId.isEmpty())
            return QStringLiteral("—");
        return m_contactNames.value(r.contactId);
    case Recommend:
        // Not answered is no zero: a zero is a detractor.
        return r.recommend < 0 ? tr("Not answered") : locale.toString(r.recommend);
    case Category:
        if (const std::optional<NpsCategory> c = npsCategory(r.recommend))
            return npsCategoryLabel(*c);
        return QString();
    case Satisfaction:
        return r.satisfaction > 0 ? locale.toString(r.satisfaction) : QStringLiteral("—");
    case Dimensions:
        return dimensionScoresLabel(r.dimensionScores);
    case Comment:
        return r.comment;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SatisfactionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SatisfactionResponse &r = rowAt(index.row());
    const Column column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(r, column);
    case IdRole:
        return r.meta.id;
    case SortRole:
        switch (column) {
        case Date:
            return r.respondedOn;
        case Recommend:
            return r.recommend; // -1 (not answered) below every answer
        case Category:
            if (const std::optional<NpsCategory> c = npsCategory(r.recommend))
                return int(*c);
            return -1;
        case Satisfaction:
            return r.satisfaction;
        case Dimensions: {
            // By the mean of the scores given; none given sorts lowest.
            const std::optional<DimensionScores> scores = parseDimensionScores(r.dimensionScores);
            if (!scores || scores->isEmpty())
                return 0.0;
            double sum = 0;
            for (const auto &score : *scores)
                sum += score.second;
            return sum / double(scores->size());
        }
        default:
            return display(r, column);
        }
    case Qt::ForegroundRole:
        if (column == Category)
            if (const std::optional<NpsCategory> c = npsCategory(r.recommend))
                return npsCategoryColor(*c);
        if ((column == Recommend && r.recommend < 0)
            || (column == Satisfaction && r.satisfaction <= 0)
            || (column == Contact && r.contactId.isEmpty()))
            return toneText(Tone::Muted);
        return {};
    case Qt::TextAlignmentRole:
        if (column == Recommend || column == Satisfaction)
            return QVariant(Qt::AlignCenter);
        return {};
    case Qt::ToolTipRole:
        switch (column) {
        case Satisfaction:
            return satisfactionLevelLabel(r.satisfaction);
        case Contact:
            if (r.contactId.isEmpty())
                return tr("The account as a whole");
            return display(r, column);
        case Dimensions:
        case Comment:
            return display(r, column);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant SatisfactionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Date:
        return tr("Date");
    case AccountName:
        return tr("Account");
    case Source:
        return tr("Source");
    case Contact:
        return tr("Contact");
    case Recommend:
        return tr("Recommend");
    case Category:
        return tr("Category");
    case Satisfaction:
        return tr("Satisfaction");
    case Dimensions:
        return tr("Dimensions");
    case Comment:
        return tr("Comment");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace kam
