// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"

#include "transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>

namespace kam {

namespace {

// Columns every synced table carries (DESIGN.md: UUID key, UTC times, tombstone, server rev).
#define KAM_SYNC_COLUMNS                                                                           \
    "id TEXT PRIMARY KEY NOT NULL, "                                                               \
    "created_at TEXT NOT NULL, updated_at TEXT NOT NULL, "                                         \
    "server_rev INTEGER NOT NULL DEFAULT 0, deleted_at TEXT"

struct Step
{
    int version;
    QStringList statements;
};

// Released steps are never edited: a new schema change is a new step.
const Step kSteps[] = {
    {1,
     {
         QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY NOT NULL, value TEXT)"),
         QStringLiteral("CREATE TABLE users (" KAM_SYNC_COLUMNS ", name TEXT NOT NULL, email TEXT)"),
         QStringLiteral(
             "CREATE TABLE accounts (" KAM_SYNC_COLUMNS ", "
             "legal_name TEXT NOT NULL, short_name TEXT, kind TEXT NOT NULL, industry TEXT, "
             "region TEXT, address TEXT, credit_code TEXT, tax_id TEXT, "
             "parent_id TEXT REFERENCES accounts(id) DEFERRABLE INITIALLY DEFERRED, "
             "tier TEXT NOT NULL, lifecycle TEXT NOT NULL, "
             "owner_id TEXT REFERENCES users(id) DEFERRABLE INITIALLY DEFERRED, "
             "currency TEXT NOT NULL, annual_revenue_minor INTEGER NOT NULL DEFAULT 0, notes TEXT)"),
         QStringLiteral("CREATE INDEX accounts_parent ON accounts(parent_id)"),
         QStringLiteral("CREATE INDEX accounts_credit_code ON accounts(credit_code)"),
         QStringLiteral(
             "CREATE TABLE contacts (" KAM_SYNC_COLUMNS ", "
             "account_id TEXT NOT NULL REFERENCES accounts(id) DEFERRABLE INITIALLY DEFERRED, "
             "name TEXT NOT NULL, title TEXT, department TEXT, phone TEXT, email TEXT, "
             "buying_role TEXT NOT NULL, influence INTEGER NOT NULL CHECK (influence BETWEEN 1 AND 5), "
             "stance TEXT NOT NULL, "
             "reports_to_id TEXT REFERENCES contacts(id) DEFERRABLE INITIALLY DEFERRED, "
             "active INTEGER NOT NULL DEFAULT 1, notes TEXT)"),
         QStringLiteral("CREATE INDEX contacts_account ON contacts(account_id)"),
         // The outbox and the field history: one row per mutation (one store call on one row,
         // pushed as one unit) and one per changed field. Values keep their SQLite type (no
         // declared type), so NULL, text and numbers survive as written.
         QStringLiteral(
             "CREATE TABLE journal (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
             "mutation_id TEXT NOT NULL, table_name TEXT NOT NULL, row_id TEXT NOT NULL, "
             "op TEXT NOT NULL, base_rev INTEGER NOT NULL, author_id TEXT, "
             "changed_at TEXT NOT NULL, pushed INTEGER NOT NULL DEFAULT 0)"),
         QStringLiteral(
             "CREATE TABLE journal_fields (seq INTEGER NOT NULL REFERENCES journal(seq) "
             "ON DELETE CASCADE, field TEXT NOT NULL, old_value, new_value, "
             "PRIMARY KEY (seq, field)) WITHOUT ROWID"),
         QStringLiteral("CREATE INDEX journal_row ON journal(table_name, row_id)"),
         QStringLiteral("CREATE INDEX journal_pending ON journal(seq) WHERE pushed = 0"),
         QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId),
     }},
    {2,
     {
         QStringLiteral(
             "CREATE TABLE account_team (" KAM_SYNC_COLUMNS ", "
             "account_id TEXT NOT NULL REFERENCES accounts(id) DEFERRABLE INITIALLY DEFERRED, "
             "user_id TEXT NOT NULL REFERENCES users(id) DEFERRABLE INITIALLY DEFERRED, "
             "role TEXT NOT NULL)"),
         QStringLiteral("CREATE INDEX account_team_account ON account_team(account_id)"),
     }},
    {3,
     {
         // What sync could not apply as the user wrote it, kept for review: one row per field
         // of a pushed mutation; a retried answer records nothing twice.
         QStringLiteral(
             "CREATE TABLE sync_conflicts (id INTEGER PRIMARY KEY AUTOINCREMENT, "
             "table_name TEXT NOT NULL, row_id TEXT NOT NULL, field TEXT NOT NULL, "
             "their_value, my_value, mine_kept INTEGER NOT NULL, reason TEXT NOT NULL, "
             "message TEXT, their_author TEXT, their_at TEXT, mutation_id TEXT NOT NULL, "
             "detected_at TEXT NOT NULL, resolved_at TEXT, resolution TEXT, "
             "UNIQUE (mutation_id, field))"),
         // Push answers name mutations by id.
         QStringLiteral("CREATE INDEX journal_mutation ON journal(mutation_id)"),
         // Rows a repeated bootstrap has seen, so the ones the server no longer has can go.
         QStringLiteral("CREATE TABLE sync_seen (table_name TEXT NOT NULL, row_id TEXT NOT NULL, "
                        "PRIMARY KEY (table_name, row_id)) WITHOUT ROWID"),
     }},
    {4,
     {
         // The sales process: stages (none stored until the built-in process is edited),
         // the product catalogue, deals, their stage history, activities and targets.
         QStringLiteral("CREATE TABLE pipeline_stages (" KAM_SYNC_COLUMNS ", key TEXT NOT NULL, name TEXT, "
                        "position INTEGER NOT NULL, probability INTEGER NOT NULL "
                        "CHECK (probability BETWEEN 0 AND 100))"),
         QStringLiteral("CREATE TABLE products (" KAM_SYNC_COLUMNS ", name TEXT NOT NULL, series TEXT, "
                        "list_price_minor INTEGER NOT NULL DEFAULT 0, currency TEXT NOT NULL)"),
         QStringLiteral(
             "CREATE TABLE opportunities (" KAM_SYNC_COLUMNS ", "
             "account_id TEXT NOT NULL REFERENCES accounts(id) DEFERRABLE INITIALLY DEFERRED, "
             "title TEXT NOT NULL, product_ids TEXT, amount_minor INTEGER NOT NULL DEFAULT 0, "
             "currency TEXT NOT NULL, probability INTEGER NOT NULL CHECK (probability BETWEEN 0 AND 100), "
             "expected_close TEXT, owner_id TEXT, stage_id TEXT NOT NULL, source_campaign TEXT, "
             "competitor TEXT, status TEXT NOT NULL, reason TEXT, next_step TEXT, closed_on TEXT)"),
         QStringLiteral("CREATE INDEX opportunities_account ON opportunities(account_id)"),
         QStringLiteral(
             "CREATE TABLE stage_changes (" KAM_SYNC_COLUMNS ", opportunity_id TEXT NOT NULL, "
             "account_id TEXT NOT NULL, from_stage_id TEXT, to_stage_id TEXT NOT NULL, "
             "status TEXT NOT NULL, changed_at TEXT NOT NULL, changed_by TEXT)"),
         QStringLiteral("CREATE INDEX stage_changes_opportunity ON stage_changes(opportunity_id)"),
         QStringLiteral("CREATE INDEX stage_changes_account ON stage_changes(account_id)"),
         QStringLiteral(
             "CREATE TABLE activities (" KAM_SYNC_COLUMNS ", "
             "account_id TEXT NOT NULL REFERENCES accounts(id) DEFERRABLE INITIALLY DEFERRED, "
             "kind TEXT NOT NULL, occurred_at TEXT NOT NULL, contact_ids TEXT, opportunity_id TEXT, "
             "summary TEXT NOT NULL, outcome TEXT, next_step TEXT, due_on TEXT, "
             "done INTEGER NOT NULL DEFAULT 0, cost_minor INTEGER NOT NULL DEFAULT 0, "
             "currency TEXT NOT NULL, owner_id TEXT)"),
         QStringLiteral("CREATE INDEX activities_account ON activities(account_id, occurred_at)"),
         QStringLiteral("CREATE INDEX activities_due ON activities(due_on) WHERE done = 0"),
         QStringLiteral("CREATE TABLE sales_targets (" KAM_SYNC_COLUMNS ", owner_id TEXT, "
                        "period TEXT NOT NULL, amount_minor INTEGER NOT NULL, currency TEXT NOT NULL)"),
     }},
    {5,
     {
         // Key account plans with their sections and status history; the relationship map's
         // strength and layout on contacts.
         QStringLiteral("ALTER TABLE contacts ADD COLUMN relationship INTEGER NOT NULL DEFAULT 0 "
                        "CHECK (relationship BETWEEN 0 AND 5)"),
         QStringLiteral("ALTER TABLE contacts ADD COLUMN map_position TEXT"),
         QStringLiteral(
             "CREATE TABLE plans (" KAM_SYNC_COLUMNS ", "
             "account_id TEXT NOT NULL REFERENCES accounts(id) DEFERRABLE INITIALLY DEFERRED, "
             "period TEXT NOT NULL, title TEXT NOT NULL, status TEXT NOT NULL, version INTEGER NOT NULL, "
             "owner_id TEXT, summary TEXT, strengths TEXT, weaknesses TEXT, opportunities TEXT, threats TEXT, "
             "currency TEXT NOT NULL, revenue_baseline_minor INTEGER NOT NULL DEFAULT 0, "
             "revenue_target_minor INTEGER NOT NULL DEFAULT 0, margin_baseline REAL NOT NULL DEFAULT 0, "
             "margin_target REAL NOT NULL DEFAULT 0, wallet_baseline REAL NOT NULL DEFAULT 0, "
             "wallet_target REAL NOT NULL DEFAULT 0, previous_plan_id TEXT)"),
         QStringLiteral("CREATE INDEX plans_account ON plans(account_id, period)"),
         QStringLiteral(
             "CREATE TABLE plan_objectives (" KAM_SYNC_COLUMNS ", plan_id TEXT NOT NULL, account_id TEXT NOT NULL, "
             "position INTEGER NOT NULL, title TEXT NOT NULL, measure TEXT, baseline TEXT, target TEXT, "
             "progress INTEGER NOT NULL CHECK (progress BETWEEN 0 AND 100))"),
         QStringLiteral(
             "CREATE TABLE plan_actions (" KAM_SYNC_COLUMNS ", plan_id TEXT NOT NULL, account_id TEXT NOT NULL, "
             "objective_id TEXT, position INTEGER NOT NULL, title TEXT NOT NULL, owner_id TEXT, due_on TEXT, "
             "status TEXT NOT NULL)"),
         QStringLiteral(
             "CREATE TABLE plan_risks (" KAM_SYNC_COLUMNS ", plan_id TEXT NOT NULL, account_id TEXT NOT NULL, "
             "title TEXT NOT NULL, likelihood INTEGER NOT NULL CHECK (likelihood BETWEEN 1 AND 5), "
             "impact INTEGER NOT NULL CHECK (impact BETWEEN 1 AND 5), mitigation TEXT)"),
         QStringLiteral(
             "CREATE TABLE whitespace_cells (" KAM_SYNC_COLUMNS ", plan_id TEXT NOT NULL, account_id TEXT NOT NULL, "
             "product_line TEXT NOT NULL, segment TEXT NOT NULL, state TEXT NOT NULL, competitor TEXT, "
             "value_minor INTEGER NOT NULL DEFAULT 0)"),
         QStringLiteral(
             "CREATE TABLE plan_changes (" KAM_SYNC_COLUMNS ", plan_id TEXT NOT NULL, account_id TEXT NOT NULL, "
             "version INTEGER NOT NULL, status TEXT NOT NULL, changed_at TEXT NOT NULL, changed_by TEXT)"),
         QStringLiteral("CREATE INDEX plan_objectives_plan ON plan_objectives(plan_id)"),
         QStringLiteral("CREATE INDEX plan_actions_plan ON plan_actions(plan_id)"),
         QStringLiteral("CREATE INDEX plan_risks_plan ON plan_risks(plan_id)"),
         QStringLiteral("CREATE INDEX whitespace_cells_plan ON whitespace_cells(plan_id)"),
         QStringLiteral("CREATE INDEX plan_changes_plan ON plan_changes(plan_id)"),
     }},
    {6,
     {
         // Satisfaction history, lifecycle history and churn warning reviews; what is known
         // about an account's overdue payments.
         QStringLiteral("ALTER TABLE accounts ADD COLUMN payment_overdue_days INTEGER NOT NULL DEFAULT 0 "
                        "CHECK (payment_overdue_days >= 0)"),
         QStringLiteral(
             "CREATE TABLE satisfaction_responses (" KAM_SYNC_COLUMNS ", "
             "account_id TEXT NOT NULL REFERENCES accounts(id) DEFERRABLE INITIALLY DEFERRED, "
             "contact_id TEXT, responded_on TEXT NOT NULL, source TEXT NOT NULL, "
             "recommend INTEGER NOT NULL CHECK (recommend BETWEEN -1 AND 10), "
             "satisfaction INTEGER NOT NULL CHECK (satisfaction BETWEEN 0 AND 5), "
             "dimension_scores TEXT, comment TEXT)"),
         QStringLiteral("CREATE INDEX satisfaction_responses_account ON satisfaction_responses(account_id, responded_on)"),
         QStringLiteral(
             "CREATE TABLE lifecycle_changes (" KAM_SYNC_COLUMNS ", account_id TEXT NOT NULL, "
             "from_stage TEXT NOT NULL, to_stage TEXT NOT NULL, proposed TEXT, reason TEXT, "
             "changed_at TEXT NOT NULL, changed_by TEXT)"),
         QStringLiteral("CREATE INDEX lifecycle_changes_account ON lifecycle_changes(account_id, changed_at)"),
         QStringLiteral(
             "CREATE TABLE warning_reviews (" KAM_SYNC_COLUMNS ", account_id TEXT NOT NULL, "
             "kind TEXT NOT NULL, score INTEGER NOT NULL, signals TEXT, snoozed_until TEXT, note TEXT, "
             "reviewed_at TEXT NOT NULL, reviewed_by TEXT)"),
         QStringLiteral("CREATE INDEX warning_reviews_account ON warning_reviews(account_id, reviewed_at)"),
         // The churn score's pass over all activities reads this index alone.
         QStringLiteral("CREATE INDEX activities_health ON activities(account_id, occurred_at, kind, done) "
                        "WHERE deleted_at IS NULL"),
     }},
    {7,
     {
         // Customer value: saved value models, tier history, costs to serve, campaigns and whom
         // they reached; the manager's strategic fit rating of an account.
         QStringLiteral("ALTER TABLE accounts ADD COLUMN strategic_fit INTEGER NOT NULL DEFAULT 0 "
                        "CHECK (strategic_fit BETWEEN 0 AND 5)"),
         QStringLiteral("CREATE TABLE value_models (" KAM_SYNC_COLUMNS ", name TEXT NOT NULL, definition TEXT NOT NULL)"),
         QStringLiteral(
             "CREATE TABLE tier_changes (" KAM_SYNC_COLUMNS ", account_id TEXT NOT NULL, "
             "from_tier TEXT NOT NULL, to_tier TEXT NOT NULL, proposed TEXT, score REAL NOT NULL DEFAULT -1, "
             "model_name TEXT, reason TEXT, changed_at TEXT NOT NULL, changed_by TEXT)"),
         QStringLiteral("CREATE INDEX tier_changes_account ON tier_changes(account_id, changed_at)"),
         QStringLiteral(
             "CREATE TABLE cost_entries (" KAM_SYNC_COLUMNS ", "
             "account_id TEXT NOT NULL REFERENCES accounts(id) DEFERRABLE INITIALLY DEFERRED, "
             "incurred_on TEXT NOT NULL, kind TEXT NOT NULL, amount_minor INTEGER NOT NULL CHECK (amount_minor >= 0), "
             "currency TEXT NOT NULL, note TEXT)"),
         QStringLiteral("CREATE INDEX cost_entries_account ON cost_entries(account_id, incurred_on)"),
         QStringLiteral(
             "CREATE TABLE campaigns (" KAM_SYNC_COLUMNS ", name TEXT NOT NULL, channel TEXT NOT NULL, "
             "starts_on TEXT, ends_on TEXT, cost_minor INTEGER NOT NULL DEFAULT 0 CHECK (cost_minor >= 0), "
             "currency TEXT NOT NULL, notes TEXT)"),
         QStringLiteral(
             "CREATE TABLE campaign_members (" KAM_SYNC_COLUMNS ", campaign_id TEXT NOT NULL, "
             "account_id TEXT NOT NULL, contact_id TEXT, responded_on TEXT, response TEXT)"),
         QStringLiteral("CREATE INDEX campaign_members_campaign ON campaign_members(campaign_id)"),
         QStringLiteral("CREATE INDEX campaign_members_account ON campaign_members(account_id)"),
         // Campaign figures find a campaign's deals by it.
         QStringLiteral("CREATE INDEX opportunities_source_campaign ON opportunities(source_campaign) "
                        "WHERE source_campaign IS NOT NULL"),
     }},
    {8,
     {
         // The audit log of bulk exports (who exported what, how many rows, to which file).
         QStringLiteral(
             "CREATE TABLE export_log (" KAM_SYNC_COLUMNS ", what TEXT NOT NULL, format TEXT NOT NULL, "
             "rows INTEGER NOT NULL CHECK (rows >= 0), destination TEXT, exported_at TEXT NOT NULL, exported_by TEXT)"),
     }},
    {9,
     {
         // The compact journal: a mutation's fields in one JSON value on its journal row
         // (field → [old, new]) instead of one row each, so an imported deal writes two
         // journal rows instead of two and a row per field. journal_fields stays as the view
         // that reads them one row per field.
         QStringLiteral("ALTER TABLE journal ADD COLUMN fields TEXT NOT NULL DEFAULT '{}'"),
         QStringLiteral("UPDATE journal SET fields = (SELECT json_group_object(f.field, "
                        "json_array(f.old_value, f.new_value)) FROM journal_fields f WHERE f.seq = journal.seq) "
                        "WHERE seq IN (SELECT seq FROM journal_fields)"),
         QStringLiteral("DROP TABLE journal_fields"),
         QStringLiteral("CREATE VIEW journal_fields (seq, field, old_value, new_value) AS SELECT j.seq, "
                        "f.key, json_extract(f.value, '$[0]'), json_extract(f.value, '$[1]') "
                        "FROM journal j, json_each(j.fields) f"),
     }},
};

#undef KAM_SYNC_COLUMNS

Result<int> userVersion(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return makeError(ErrorCode::Database,
                         QCoreApplication::translate("kam::Store", "Cannot read the schema version."));
    return q.value(0).toInt();
}

} // namespace

Result<void> migrate(QSqlDatabase db, int targetVersion)
{
    const Result<int> current = userVersion(db);
    if (!current)
        return current.error();
    int depth = 0;
    for (const Step &step : kSteps) {
        if (step.version <= *current || step.version > targetVersion)
            continue;
        Transaction tx(db, depth);
        if (!tx.begun())
            return tx.begun().error();
        for (const QString &sql : step.statements) {
            if (Result<void> r = execSql(db, sql); !r)
                return makeError(ErrorCode::Database,
                                 QCoreApplication::translate("kam::Store",
                                                             "Upgrading the store to version %1 failed: %2")
                                     .arg(step.version)
                                     .arg(r.error().message));
        }
        if (Result<void> r = execSql(db, QStringLiteral("PRAGMA user_version = %1").arg(step.version)); !r)
            return r;
        if (Result<void> r = tx.commit(); !r)
            return r;
    }
    return {};
}

} // namespace kam
