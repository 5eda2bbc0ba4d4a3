// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "domain/plans.h"
#include "domain/result.h"
#include "journal_entry.h"

#include <QHash>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace kam {

/// The local SQLite store. Every write to a synced table goes through create/update/remove/
/// restore, which validate, write the row and its journal entries in one transaction, and
/// emit rowsChanged after commit. Reads never write.
class Store : public QObject
{
    Q_OBJECT

public:
    /// Schema version this build writes (PRAGMA user_version).
    static constexpr int kSchemaVersion = 9;

    /// Opens (creating if missing) and migrates a store. A newer or foreign database is refused
    /// without being changed. `targetVersion` exists for migration tests only.
    static Result<std::unique_ptr<Store>> open(const QString &path,
                                               int targetVersion = kSchemaVersion);
    ~Store() override;

    QString path() const { return m_path; }
    int schemaVersion() const;

    /// The local manager identity; authors every journal entry.
    QString currentUserId() const;
    Result<void> setCurrentUserId(const QString &userId);

    // --- the one write path ------------------------------------------------------------
    /// Inserts a new row; assigns a UUID when row.meta.id is empty. Returns the stored row.
    template<typename T>
    Result<T> create(T row);
    /// Writes the fields that differ from the stored row; a no-op edit writes nothing.
    template<typename T>
    Result<void> update(const T &row);
    /// Tombstones a row (sets deleted_at); it stays in the database for sync and undo.
    template<typename T>
    Result<void> remove(const QString &id);
    /// Clears a tombstone.
    template<typename T>
    Result<void> restore(const QString &id);

    /// The clock that stamps edits (UTC); the sync simulation replaces it with its own.
    QDateTime now() const { return m_clock(); }
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    const std::function<QDateTime()> &clock() const { return m_clock; }

    /// A statement prepared once on this connection and reused, for the bulk writes of sync
    /// (SyncJournal) and the settings; everything else goes through the typed calls above.
    Result<QSqlQuery *> prepared(const QString &sql) const;
    /// Runs such a statement with `binds` in order, calling `row` for each result row.
    Result<void> run(const QString &sql, const QVariantList &binds,
                     const std::function<void(const QSqlQuery &)> &row = {}) const;

    /// Runs `work` in one transaction (nested calls use savepoints); rolls back on error.
    Result<void> transaction(const std::function<Result<void>()> &work);

    /// Runs `work`, a long run of transactions (an import's chunks), with the WAL checkpointed
    /// once at its end rather than after each transaction: a checkpoint copies the pages the
    /// last transactions wrote back into the database file and syncs it, and an import's
    /// transactions write the same index pages again and again. The WAL grows by what `work`
    /// writes until then.
    Result<void> checkpointingOnce(const std::function<Result<void>()> &work);

    /// Whether `table` has the row `id` (with `liveOnly`, not tombstoned): the existence check
    /// of every reference a write validates.
    Result<bool> hasRow(const QString &table, const QString &id, bool liveOnly) const;

    // --- reads -------------------------------------------------------------------------
    /// A row by id, tombstoned or not.
    template<typename T>
    Result<T> get(const QString &id) const;

    Result<std::vector<Account>> accounts() const;
    Result<std::vector<Contact>> contacts(const QString &accountId) const;
    Result<std::vector<User>> users() const;
    /// users.id → name of the live users, for owner and author columns.
    Result<QHash<QString, QString>> userNames() const;
    Result<std::vector<TeamMember>> team(const QString &accountId) const;
    /// Field changes to an account, its contacts and its team, newest first.
    Result<std::vector<JournalEntry>> accountHistory(const QString &accountId) const;
    /// Field changes of the mutations after `afterSeq`, oldest first.
    Result<std::vector<JournalEntry>> journal(qint64 afterSeq = 0) const;
    /// Mutations not yet pushed to the server.
    Result<qint64> pendingChangeCount() const;

    /// The sales process in order: the stored stages, or builtInStages() while none is stored.
    Result<std::vector<Stage>> stages() const;
    /// Stores the built-in stages, unless stages are stored already, so they can be edited.
    Result<void> storeBuiltInStages();
    Result<std::vector<Product>> products() const;
    /// Live deals of live accounts; with `accountIds`, only those of these accounts.
    Result<std::vector<Opportunity>> opportunities(const QStringList &accountIds = {}) const;
    /// The stage history of live deals, per deal oldest first; with an id, of that deal only.
    Result<std::vector<StageChange>> stageChanges(const QString &opportunityId = {}) const;
    /// Activities with the accounts in `accountIds`, newest first.
    Result<std::vector<Activity>> activities(const QStringList &accountIds) const;
    /// Activities of live accounts whose next step is not done and is due on or before `until`,
    /// soonest first.
    Result<std::vector<Activity>> openNextSteps(const QDate &until) const;
    /// Per account, when the last activity up to `asOf` took place (accounts without any are absent).
    Result<QHash<QString, QDateTime>> lastContacts(const QDateTime &asOf) const;
    Result<std::vector<SalesTarget>> targets() const;

    /// Live plans of live accounts, newest period first; with `accountIds`, of these accounts.
    Result<std::vector<Plan>> plans(const QStringList &accountIds = {}) const;
    /// A plan with its live sections and its status history.
    Result<PlanContent> planContent(const QString &planId) const;
    /// Writes a new draft for `period` started from the plan `previousId` (planFromPrevious),
    /// with last period's won revenue of the account and its branches as the revenue baseline,
    /// in one transaction. Undo is removing the new plan.
    Result<Plan> startPlanFrom(const QString &previousId, const QString &period);

    /// Live satisfaction responses of live accounts, newest first; with `accountIds`, of these.
    Result<std::vector<SatisfactionResponse>> satisfactionResponses(const QStringList &accountIds = {}) const;
    /// An account's lifecycle history, newest first.
    Result<std::vector<LifecycleChange>> lifecycleChanges(const QString &accountId) const;
    /// Per account, its latest churn warning review.
    Result<QHash<QString, WarningReview>> latestWarningReviews() const;
    /// Sets (or confirms) an account's lifecycle stage with the manager's reason and the stage
    /// proposed at the time (enumCode; empty: none), writing the change and the account in one
    /// transaction. Undo is removing the change and restoring the account's stage.
    Result<LifecycleChange> decideLifecycle(const QString &accountId, Lifecycle stage,
                                            const QString &proposed, const QString &reason);
    /// Takes a decision of decideLifecycle back (its undo): tombstones the change and, while
    /// the account is still at the stage decided, puts the account back to the stage before, in
    /// one transaction and without recording that as a change of its own.
    Result<void> withdrawLifecycleDecision(const QString &changeId);
    /// Brings a withdrawn decision back (its redo): the same change row, and the account at its
    /// stage again, in one transaction.
    Result<void> reinstateLifecycleDecision(const QString &changeId);

    /// Live value models, by name.
    Result<std::vector<ValueModel>> valueModels() const;
    /// The model this manager scores with: the one named in the local setting, else the first
    /// stored, else the built-in default (analytics::ValueModelDefinition::defaults(), id empty,
    /// not stored).
    Result<ValueModel> activeValueModel() const;
    /// Chooses the active model (a live value model's id; empty: back to the default choice).
    Result<void> setActiveValueModel(const QString &modelId);
    /// An account's tier history, newest first.
    Result<std::vector<TierChange>> tierChanges(const QString &accountId) const;
    /// Sets (or confirms) an account's tier with the proposal behind it (enumCode, empty: none;
    /// score −1: none) and the manager's reason, writing the change and the account in one
    /// transaction, like decideLifecycle. The reason may only be left out when approving the
    /// proposed tier.
    Result<TierChange> decideTier(const QString &accountId, Tier tier, const QString &proposed,
                                  double score, const QString &modelName, const QString &reason);
    /// Undo and redo of decideTier, like withdrawLifecycleDecision / reinstateLifecycleDecision.
    Result<void> withdrawTierDecision(const QString &changeId);
    Result<void> reinstateTierDecision(const QString &changeId);
    /// Live cost entries of live accounts, newest first; with `accountIds`, of these.
    Result<std::vector<CostEntry>> costEntries(const QStringList &accountIds = {}) const;
    /// Live campaigns, newest start first.
    Result<std::vector<Campaign>> campaigns() const;
    /// Live members of a campaign (of live accounts); with an empty id, of every campaign.
    Result<std::vector<CampaignMember>> campaignMembers(const QString &campaignId = {}) const;

    /// Journals a bulk export (ExportRecord) by the current user, now: every export of rows
    /// out of the store calls this once, after the file is written.
    Result<ExportRecord> recordExport(const QString &what, const QString &format, int rows,
                                      const QString &destination);
    /// The exports recorded in this store, newest first.
    Result<std::vector<ExportRecord>> exportRecords() const;

    /// A value of the local settings (never synced; empty when unset); an empty value clears it.
    Result<QString> setting(const QString &key) const;
    Result<void> setSetting(const QString &key, const QString &value);

    /// Live rows per table, for status and tests.
    Result<qint64> count(const QString &table) const;

    /// Emits rowsChanged for rows another connection to the same file committed (the desktop's
    /// sync worker), so the models of this one follow.
    void announceChanges(const QString &table, const QStringList &ids) { emit rowsChanged(table, ids); }

signals:
    /// Emitted after a commit that changed rows of `table` (ids may include tombstoned rows).
    void rowsChanged(const QString &table, const QStringList &ids);

private:
    friend class SyncJournal;
    explicit Store(QString path, QString connectionName);
    /// The connection, for a statement about to run: levels of create() get their savepoints
    /// first (Pending::Level).
    QSqlDatabase db() const;
    /// A table's insert, run through SQLite's own API (Pending::step).
    struct Insert;
    /// create()'s level: like transaction(), but a nested one opens no savepoint until it needs
    /// one (Pending::Level).
    Result<void> createLevel(const std::function<Result<void>()> &work);
    Result<void> insert(const Insert &into, const std::vector<QVariant> &values);
    Result<void> createPlaceholderIdentity();

    struct Pending;
    template<typename T>
    Result<void> writeRow(const T *before, const T &after, const QString &op);
    Result<void> validate(const Account &a) const;
    Result<void> validate(const Contact &c) const;
    Result<void> validate(const User &u) const;
    Result<void> validate(const TeamMember &m) const;
    Result<void> validate(const Stage &s) const;
    Result<void> validate(const Product &p) const;
    Result<void> validate(const Opportunity &o) const;
    Result<void> validate(const StageChange &c) const;
    Result<void> validate(const Activity &a) const;
    Result<void> validate(const SalesTarget &t) const;
    Result<void> validate(const Plan &p) const;
    Result<void> validate(const PlanObjective &o) const;
    Result<void> validate(const PlanAction &a) const;
    Result<void> validate(const PlanRisk &r) const;
    Result<void> validate(const WhitespaceCell &c) const;
    Result<void> validate(const PlanChange &c) const;
    Result<void> validate(const SatisfactionResponse &r) const;
    Result<void> validate(const LifecycleChange &c) const;
    Result<void> validate(const WarningReview &w) const;
    Result<void> validate(const ValueModel &m) const;
    Result<void> validate(const TierChange &c) const;
    Result<void> validate(const CostEntry &e) const;
    Result<void> validate(const Campaign &c) const;
    Result<void> validate(const CampaignMember &m) const;
    Result<void> validate(const ExportRecord &e) const;
    /// The live plan a section belongs to, refusing a section whose account is not the plan's.
    template<typename T>
    Result<Plan> sectionPlan(const T &row) const;
    /// Writes what follows from a row just written: a deal's stage history, a plan's status history.
    template<typename T>
    Result<void> recordFacts(const T *before, const T &after);
    void noteChanged(const QString &table, const QString &id);
    /// The history row recordFacts writes when the account field of `Change` (lifecycle stage,
    /// tier) changes, or at creation where that is a fact worth keeping.
    template<typename Change>
    Result<void> recordAccountChange(const Account *before, const Account &after);
    /// decideLifecycle and decideTier: writes `change` (its account, target value, proposal
    /// and reason filled in) and sets the account to its target, in one transaction.
    template<typename Change>
    Result<Change> decideOnAccount(Change change);
    /// Their undo and redo (withdraw…Decision, reinstate…Decision).
    template<typename Change>
    Result<void> withdrawDecision(const QString &changeId);
    template<typename Change>
    Result<void> reinstateDecision(const QString &changeId);
    /// Sets the account field of `Change` without the record recordFacts would write: for the
    /// calls that write (or withdraw) the record themselves.
    template<typename Change, typename Value>
    Result<void> setDecidedUnrecorded(Account account, Value value);

    QString m_path;
    QString m_connectionName;
    int m_depth = 0;
    bool m_decidingOnAccount = false; ///< decideLifecycle / decideTier write the change themselves
    std::function<QDateTime()> m_clock = [] { return QDateTime::currentDateTimeUtc(); };
    std::unique_ptr<Pending> m_pending;
};

/// A database error naming what was being done ("Database error while saving …: …").
Error dbError(const QSqlQuery &q, const QString &what);

/// The label of a stored field for the history view ("Legal name").
QString fieldLabel(const QString &table, const QString &field);

} // namespace kam
