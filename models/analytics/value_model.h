// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/ahp.h"
#include "analytics/fuzzy.h"
#include "analytics/grey.h"
#include "domain/enums.h"

#include <QString>

#include <array>
#include <optional>
#include <vector>

// The customer value model: a criteria tree weighted by AHP, scored per account by weighted
// sum, fuzzy comprehensive evaluation or grey relational analysis, and a proposed tier.

namespace kam::analytics {

inline constexpr int kCriterionCount = 8; ///< the enumerators of ValueCriterion

/// Payment record (days overdue) is a cost criterion; every other one is a benefit.
IndicatorType criterionType(ValueCriterion c);

/// A node of the criteria tree: a leaf reads one criterion, an inner node combines its
/// children by the AHP weights of their pairwise comparisons.
struct CriterionNode
{
    QString name; ///< as the manager named it; empty: the criterion's built-in label
    std::optional<ValueCriterion> criterion; ///< set on a leaf, nullopt on an inner node
    std::vector<CriterionNode> children;
    /// Upper triangle of the children's comparison matrix, row by row (reciprocalMatrix);
    /// n(n−1)/2 values on Saaty's scale.
    std::vector<double> comparisons;
};

/// How scores become proposed tiers.
struct TierRule
{
    enum class Mode { Thresholds, TopPercent };
    Mode mode = Mode::Thresholds;
    /// Thresholds: the lowest score (0…100) of core, key and ordinary; below: potential.
    /// TopPercent: the share of accounts (percent, by rank) in core, key and ordinary; the rest
    /// potential.
    double core = 80, key = 60, ordinary = 40;
};

/// Fuzzy grades, best first, with the score each stands for; a normalised criterion value
/// belongs to the grades by triangular membership functions centred on 1, ⅔, ⅓ and 0.
inline constexpr std::array<double, 4> kFuzzyGradeScores{100, 75, 50, 25};

/// A saved value model (stored as JSON in ValueModel::definition).
struct ValueModelDefinition
{
    CriterionNode root;
    ScoringMethod method = ScoringMethod::WeightedSum;
    FuzzyOperator fuzzyOperator = FuzzyOperator::WeightedAverage;
    double rho = 0.5; ///< grey relational distinguishing coefficient
    RandomIndexTable riTable = RandomIndexTable::Classic;
    TierRule tiers;

    /// The default model: economic value (revenue, gross margin, growth), relationship value
    /// (share of wallet, relationship strength, satisfaction), strategic value (strategic fit,
    /// payment record), with sensible comparisons that pass the consistency check, and tiers
    /// by rank (top 10 % core, 20 % key, 40 % ordinary, the rest potential).
    static ValueModelDefinition defaults();

    QString toJson() const;
    /// Refused with a message naming what is wrong (unknown method or criterion, a comparison
    /// count that does not match the children, a value outside 1/9…9, a leaf with children).
    static Result<ValueModelDefinition> fromJson(const QString &json);
};

/// A leaf's global weight: the product of the AHP weights on its path.
struct CriterionWeight
{
    ValueCriterion criterion = ValueCriterion::Revenue;
    QString path;  ///< inner node names and the leaf ("Economic value › Revenue"), in the UI language
    double weight = 0;
};

/// The AHP result of each inner node, depth first (root first), for the editor and the check.
struct NodeConsistency
{
    QString path;
    AhpResult ahp;
};

struct ModelWeights
{
    std::vector<CriterionWeight> leaves; ///< depth-first order; weights sum to 1
    std::vector<NodeConsistency> nodes;
    bool consistent() const; ///< every node's CR < 0.10
};

/// Weights of the tree. Refused when a comparison matrix is invalid (ahp()) or the tree has no
/// leaf; an inconsistent node is only flagged.
Result<ModelWeights> modelWeights(const ValueModelDefinition &model);

/// What the store knows of one account for the value criteria; nullopt: no data.
/// Revenue: won revenue of the last four complete quarters (major units, account currency).
/// GrossMargin: (revenue − cost of goods) / revenue, percent. Growth: revenue against the four
/// quarters before, percent (nullopt when those had none). ShareOfWallet: percent, from the
/// latest plan. StrategicFit: the manager's rating 1–5. PaymentRecord: days overdue.
/// RelationshipStrength: influence-weighted mean relationship 0–5 of active contacts.
/// Satisfaction: NPS −100…100 of the last four quarters' answers.
struct AccountValueFacts
{
    QString accountId;
    std::array<std::optional<double>, kCriterionCount> values{}; ///< by ValueCriterion index
    std::optional<double> value(ValueCriterion c) const { return values[static_cast<int>(c)]; }
};

struct CriterionScore
{
    ValueCriterion criterion = ValueCriterion::Revenue;
    std::optional<double> value; ///< the fact; nullopt: no data (normalised counts as 0.5)
    double normalised = 0;       ///< 0…1 over the portfolio, benefit or cost
    double weight = 0;           ///< global weight
    /// This criterion's part of the score. Weighted sum: 100·w·x; grey: 100·w·ξ; fuzzy: w · the
    /// grade score of its own membership (these add up to the score under M(·,+), not M(∧,∨)).
    double points = 0;
};

struct ValueScore
{
    QString accountId;
    double score = 0; ///< 0…100
    int rank = 0;     ///< 1 = highest score; equal scores share a rank
    Tier proposedTier = Tier::Potential;
    std::vector<CriterionScore> breakdown; ///< in ModelWeights::leaves order
    /// Fuzzy: the result's membership per grade (kFuzzyGradeScores order) and whether the best
    /// grade was a tie; empty for the other methods.
    std::vector<double> membership;
    bool gradeTie = false;
};

/// Scores the portfolio with the model's method. Each criterion is normalised 0–1 over the
/// accounts given (min–max, by criterionType; a criterion equal for all: 1; no data: 0.5).
/// - WeightedSum: 100 · Σ w·x.
/// - Fuzzy: each criterion's membership in the four grades, evaluated up the tree with the
///   node weights (fuzzyEvaluate), score = Σ b_j · gradeScore_j / Σ b_j.
/// - Grey: relational grade against the ideal account with the global weights and ρ, · 100.
/// Then ranks and proposes tiers by model.tiers. Results in the order of `facts`. `weights` must
/// be modelWeights(model); weights of a tree with other leaves score nothing (empty result).
std::vector<ValueScore> scorePortfolio(const std::vector<AccountValueFacts> &facts,
                                       const ValueModelDefinition &model, const ModelWeights &weights);

/// How the ranking reacts when one leaf's weight moves by `delta` (±0.10 = ±10 % of itself),
/// the other weights rescaled to keep the sum 1.
struct Sensitivity
{
    ValueCriterion criterion = ValueCriterion::Revenue;
    double delta = 0;
    int accountsMoved = 0;  ///< accounts whose rank changed
    int tiersChanged = 0;   ///< accounts whose proposed tier changed
    int largestMove = 0;    ///< the largest change of rank
};

/// Sensitivity of every leaf at −10 % and +10 %.
std::vector<Sensitivity> sensitivity(const std::vector<AccountValueFacts> &facts,
                                     const ValueModelDefinition &model, const ModelWeights &weights);

} // namespace kam::analytics
