// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync_tables.h"

#include "store/row_codec.h"

#include <QDateTime>
#include <QRegularExpression>

namespace kam::sync {

namespace {

/// A value is valid when the store's own codec reads and writes it back unchanged: an enum code
/// it does not know, "03" for an integer or "yes" for a flag come back different and are refused.
template<typename T>
std::optional<QString> canonicalValue(const QString &field, const QString &value,
                                      const QStringList &uuidFields)
{
    if (value.size() > kMaxFieldLength)
        return std::nullopt;
    if (field == u"deleted_at") {
        if (value.isEmpty())
            return value; // restored
        const QDateTime t = QDateTime::fromString(value, Qt::ISODateWithMs);
        if (!t.isValid() || t.timeSpec() != Qt::UTC)
            return std::nullopt;
        return toStoredTime(t);
    }
    if (uuidFields.contains(field) && !value.isEmpty() && !isCanonicalUuid(value))
        return std::nullopt;
    for (const ColumnSpec<T> &c : tableSpec<T>().columns) {
        if (c.name != field)
            continue;
        T row;
        c.set(row, value);
        const QVariant back = c.get(row);
        if (back.toString() != value)
            return std::nullopt;
        return back.toString();
    }
    return std::nullopt;
}

template<typename T>
SyncTable table(QString parentField, QStringList required, QStringList uuidFields,
                QStringList adminFields = {}, bool adminOnly = false, bool privateToAdmins = false)
{
    const TableSpec<T> &spec = tableSpec<T>();
    SyncTable t;
    t.name = spec.table;
    for (const ColumnSpec<T> &c : spec.columns)
        t.fields << c.name;
    t.fields << QStringLiteral("deleted_at");
    t.scopeField = spec.scopeColumn;
    t.grantField = spec.userColumn;
    t.parentField = std::move(parentField);
    t.required = std::move(required);
    t.adminFields = std::move(adminFields);
    t.adminOnly = adminOnly;
    t.privateToAdmins = privateToAdmins;
    t.canonical = [uuidFields](const QString &field, const QString &value) {
        return canonicalValue<T>(field, value, uuidFields);
    };
    return t;
}

QString s(const char *text)
{
    return QString::fromLatin1(text);
}

} // namespace

const std::vector<SyncTable> &syncTables()
{
    // table<T>(parent field, required, UUID fields, admin fields, admin only, private to
    // admins); the scope and grant fields come from the store's tableSpec<T>().
    static const std::vector<SyncTable> tables {
        table<User>({}, { s("name") }, {}, {}, true),
        table<Account>(s("parent_id"), { s("legal_name"), s("owner_id") },
                       { s("parent_id"), s("owner_id") }, { s("owner_id") }),
        table<Contact>({}, { s("account_id"), s("name") }, { s("account_id"), s("reports_to_id") }),
        table<TeamMember>({}, { s("account_id"), s("user_id") }, { s("account_id"), s("user_id") }),
        table<Stage>({}, { s("key"), s("position"), s("probability") }, {}),
        table<Product>({}, { s("name"), s("currency") }, {}),
        table<Opportunity>({}, { s("account_id"), s("title"), s("stage_id"), s("status"), s("currency") },
                           { s("account_id"), s("owner_id"), s("stage_id") }),
        table<StageChange>({}, { s("opportunity_id"), s("account_id"), s("to_stage_id"), s("status"),
                                 s("changed_at") },
                           { s("opportunity_id"), s("account_id"), s("from_stage_id"), s("to_stage_id"),
                             s("changed_by") }),
        table<Activity>({}, { s("account_id"), s("kind"), s("occurred_at"), s("summary"), s("currency") },
                        { s("account_id"), s("opportunity_id"), s("owner_id") }),
        table<SalesTarget>({}, { s("period"), s("amount_minor"), s("currency") }, { s("owner_id") }),
        table<Plan>({}, { s("account_id"), s("period"), s("title"), s("status"), s("version"), s("currency") },
                    { s("account_id"), s("owner_id"), s("previous_plan_id") }),
        table<PlanObjective>({}, { s("plan_id"), s("account_id"), s("position"), s("title"), s("progress") },
                             { s("plan_id"), s("account_id") }),
        table<PlanAction>({}, { s("plan_id"), s("account_id"), s("position"), s("title"), s("status") },
                          { s("plan_id"), s("account_id"), s("objective_id"), s("owner_id") }),
        table<PlanRisk>({}, { s("plan_id"), s("account_id"), s("title"), s("likelihood"), s("impact") },
                        { s("plan_id"), s("account_id") }),
        table<WhitespaceCell>({}, { s("plan_id"), s("account_id"), s("product_line"), s("segment"), s("state") },
                              { s("plan_id"), s("account_id") }),
        table<PlanChange>({}, { s("plan_id"), s("account_id"), s("version"), s("status"), s("changed_at") },
                          { s("plan_id"), s("account_id"), s("changed_by") }),
        table<SatisfactionResponse>({}, { s("account_id"), s("responded_on"), s("source"), s("recommend"),
                                          s("satisfaction") },
                                    { s("account_id"), s("contact_id") }),
        table<LifecycleChange>({}, { s("account_id"), s("from_stage"), s("to_stage"), s("changed_at") },
                               { s("account_id"), s("changed_by") }),
        table<WarningReview>({}, { s("account_id"), s("kind"), s("score"), s("reviewed_at") },
                             { s("account_id"), s("reviewed_by") }),
        table<ValueModel>({}, { s("name"), s("definition") }, {}),
        table<TierChange>({}, { s("account_id"), s("from_tier"), s("to_tier"), s("changed_at") },
                          { s("account_id"), s("changed_by") }),
        table<CostEntry>({}, { s("account_id"), s("incurred_on"), s("kind"), s("amount_minor"), s("currency") },
                         { s("account_id") }),
        table<Campaign>({}, { s("name"), s("channel"), s("currency") }, {}),
        table<CampaignMember>({}, { s("campaign_id"), s("account_id") },
                              { s("campaign_id"), s("account_id"), s("contact_id") }),
        // A manager's record names only the manager (exported_by is theirs on create).
        table<ExportRecord>({}, { s("what"), s("format"), s("rows"), s("exported_at") },
                            { s("exported_by") }, { s("exported_by") }, false, true),
    };
    return tables;
}

const SyncTable *findSyncTable(QStringView name)
{
    for (const SyncTable &t : syncTables())
        if (t.name == name)
            return &t;
    return nullptr;
}

bool isCanonicalUuid(QStringView text)
{
    static const QRegularExpression re(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return text.size() == 36 && re.match(text.toString()).hasMatch();
}

} // namespace kam::sync
