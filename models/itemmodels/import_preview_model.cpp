// SPDX-License-Identifier: GPL-3.0-or-later
#include "import_preview_model.h"
#include "tone_colors.h"

#include "domain/enums.h"

#include <QBrush>
#include <QColor>

namespace kam {

QString importChoiceLabel(const ImportField &field, const QString &code)
{
    QString label;
    // The enum is the one whose codes include every choice of the field.
    auto tryEnum = [&]<typename E>(E *) {
        if (!label.isEmpty())
            return;
        for (const QString &c : field.choices)
            if (!enumFromCode<E>(c))
                return;
        if (const std::optional<E> value = enumFromCode<E>(code))
            label = enumLabel(*value);
    };
    tryEnum(static_cast<DealStatus *>(nullptr));
    tryEnum(static_cast<AccountKind *>(nullptr));
    tryEnum(static_cast<Tier *>(nullptr));
    tryEnum(static_cast<Lifecycle *>(nullptr));
    tryEnum(static_cast<Stance *>(nullptr));
    tryEnum(static_cast<BuyingRole *>(nullptr));
    tryEnum(static_cast<TeamRole *>(nullptr));
    tryEnum(static_cast<ActivityKind *>(nullptr));
    tryEnum(static_cast<ResponseSource *>(nullptr));
    tryEnum(static_cast<CostKind *>(nullptr));
    tryEnum(static_cast<CampaignChannel *>(nullptr));
    return label.isEmpty() ? code : label;
}

ImportPreviewModel::ImportPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ImportPreviewModel::setPlan(std::shared_ptr<ImportPlan> plan)
{
    beginResetModel();
    m_plan = std::move(plan);
    m_fields.clear();
    if (m_plan) {
        const ImportMapping &mapping = m_plan->options.mapping;
        for (const ImportField &f : importFields(m_plan->options.entity))
            if (mapping.columns.contains(f.key) || mapping.constants.contains(f.key))
                m_fields << f.key;
    }
    endResetModel();
}

void ImportPreviewModel::setDefaultAction(DuplicateAction action)
{
    if (!m_plan)
        return;
    m_plan->options.onDuplicate = action;
    if (!m_plan->rows.empty())
        emit dataChanged(index(0, Action), index(rowCount() - 1, Action));
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_plan ? 0 : int(m_plan->rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FieldColumns + int(m_fields.size());
}

QString ImportPreviewModel::statusKey(PreparedRow::Status status)
{
    switch (status) {
    case PreparedRow::Status::New:
        return QStringLiteral("new");
    case PreparedRow::Status::Duplicate:
        return QStringLiteral("duplicate");
    case PreparedRow::Status::Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}

QString ImportPreviewModel::statusLabel(PreparedRow::Status status)
{
    switch (status) {
    case PreparedRow::Status::New:
        return tr("New");
    case PreparedRow::Status::Duplicate:
        return tr("Duplicate");
    case PreparedRow::Status::Rejected:
        return tr("Rejected");
    }
    return {};
}

QString ImportPreviewModel::actionLabel(DuplicateAction action)
{
    switch (action) {
    case DuplicateAction::Skip:
        return tr("Skip");
    case DuplicateAction::Update:
        return tr("Update");
    case DuplicateAction::Create:
        return tr("Create");
    }
    return {};
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PreparedRow &r = m_plan->rows[size_t(index.row())];
    const bool duplicate = r.status == PreparedRow::Status::Duplicate;
    const DuplicateAction action = r.action.value_or(m_plan->options.onDuplicate);
    if (role == StatusKeyRole)
        return statusKey(r.status);
    if (role == ActionKeyRole)
        return duplicate && index.column() == Action ? duplicateActionKey(action) : QVariant();
    if (role == Qt::ForegroundRole && index.column() == Status) {
        switch (r.status) {
        case PreparedRow::Status::New:
            return QBrush(toneText(Tone::Good));
        case PreparedRow::Status::Duplicate:
            return QBrush(toneText(Tone::Caution));
        case PreparedRow::Status::Rejected:
            return QBrush(toneText(Tone::Bad));
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Line)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::EditRole && index.column() == Action)
        return duplicate ? duplicateActionKey(action) : QVariant();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Line:
        return r.line;
    case Status:
        return statusLabel(r.status);
    case Action:
        return duplicate ? actionLabel(action) : QString();
    case Duplicate:
        return r.duplicate ? r.duplicate->name : QString();
    case Basis:
        return r.duplicate ? r.duplicate->basis : QString();
    case Issues: {
        // The engine's reasons name the column already.
        QStringList reasons;
        for (const ImportIssue &issue : r.issues)
            reasons << issue.reason;
        return reasons.join(QStringLiteral("; "));
    }
    default:
        break;
    }
    const QString &key = m_fields[index.column() - FieldColumns];
    const QString text = fieldText(r.row, key);
    const ImportField *field = findImportField(m_plan->options.entity, key);
    if (text.isEmpty() && field && field->reference == Reference::Account
        && !r.newAccount.isEmpty())
        return tr("%1 (new account)").arg(r.newAccount);
    if (field && field->kind == FieldKind::Choice && !text.isEmpty())
        return importChoiceLabel(*field, text);
    return text;
}

bool ImportPreviewModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid)
        || index.column() != Action)
        return false;
    PreparedRow &r = m_plan->rows[size_t(index.row())];
    const std::optional<DuplicateAction> action = duplicateActionFromKey(value.toString());
    if (r.status != PreparedRow::Status::Duplicate || !action)
        return false;
    r.action = action;
    emit dataChanged(index, index);
    return true;
}

Qt::ItemFlags ImportPreviewModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Action
        && m_plan->rows[size_t(index.row())].status == PreparedRow::Status::Duplicate)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Line:
        return tr("Line");
    case Status:
        return tr("Status");
    case Action:
        return tr("Action");
    case Duplicate:
        return tr("Duplicate of");
    case Basis:
        return tr("Matched on");
    case Issues:
        return tr("Issues");
    default:
        break;
    }
    const ImportField *field
        = findImportField(m_plan->options.entity, m_fields[section - FieldColumns]);
    return field ? field->title() : m_fields[section - FieldColumns];
}

} // namespace kam
