// SPDX-License-Identifier: GPL-3.0-or-later
#include "value_model.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

// The definition's JSON (ValueModel::definition), version 1; field names are stable:
// {
//   "version": 1,
//   "method": "weighted_sum" | "fuzzy" | "grey",        (enumCode of ScoringMethod)
//   "fuzzy_operator": "weighted" | "maxmin",             (default "weighted")
//   "rho": 0.5,                                          (default 0.5)
//   "ri_table": "classic" | "revised",                   (default "classic")
//   "tiers": {"mode": "thresholds" | "top_percent", "core": 80, "key": 60, "ordinary": 40},
//   "root": NODE
// }
// NODE is a leaf {"name": "", "criterion": "revenue"} (enumCode of ValueCriterion) or an inner
// node {"name": "Economic value", "comparisons": [a01, a02, a12, …], "children": [NODE, …]}.

namespace kam::analytics {

namespace {

constexpr int kVersion = 1;
const QString kPathSeparator = QStringLiteral(" › ");

QString tr(const char *text)
{
    return QCoreApplication::translate("kam::analytics::ValueModel", text);
}

Error invalid(const QString &message)
{
    return makeError(ErrorCode::Invalid, message);
}

QString nodeName(const CriterionNode &node)
{
    if (node.name.isEmpty() && node.criterion)
        return enumLabel(*node.criterion);
    return node.name;
}

// --- JSON ---------------------------------------------------------------------------------

const QString kWeighted = QStringLiteral("weighted");
const QString kMaxMin = QStringLiteral("maxmin");
const QString kClassic = QStringLiteral("classic");
const QString kRevised = QStringLiteral("revised");
const QString kThresholds = QStringLiteral("thresholds");
const QString kTopPercent = QStringLiteral("top_percent");

QJsonObject nodeJson(const CriterionNode &node)
{
    QJsonObject o{{QStringLiteral("name"), node.name}};
    if (node.criterion) {
        o.insert(QStringLiteral("criterion"), enumCode(*node.criterion));
        return o;
    }
    QJsonArray comparisons;
    for (double c : node.comparisons)
        comparisons.append(c);
    QJsonArray children;
    for (const CriterionNode &child : node.children)
        children.append(nodeJson(child));
    o.insert(QStringLiteral("comparisons"), comparisons);
    o.insert(QStringLiteral("children"), children);
    return o;
}

Result<CriterionNode> nodeFromJson(const QJsonValue &value, std::vector<bool> &used)
{
    if (!value.isObject())
        return invalid(tr("a criterion is not a JSON object"));
    const QJsonObject o = value.toObject();
    CriterionNode node;
    node.name = o.value(QStringLiteral("name")).toString();
    const QJsonValue criterion = o.value(QStringLiteral("criterion"));
    const QJsonArray children = o.value(QStringLiteral("children")).toArray();
    if (!criterion.isUndefined()) {
        const std::optional<ValueCriterion> c = enumFromCode<ValueCriterion>(criterion.toString());
        if (!c)
            return invalid(tr("unknown criterion \"%1\"").arg(criterion.toString()));
        if (!children.isEmpty())
            return invalid(tr("the criterion \"%1\" has sub-criteria").arg(criterion.toString()));
        if (used[size_t(*c)])
            return invalid(tr("the criterion \"%1\" appears twice").arg(criterion.toString()));
        used[size_t(*c)] = true;
        node.criterion = c;
        return node;
    }
    if (children.isEmpty())
        return invalid(tr("\"%1\" has neither a criterion nor sub-criteria").arg(node.name));
    for (const QJsonValue &child : children) {
        Result<CriterionNode> parsed = nodeFromJson(child, used);
        if (!parsed)
            return parsed.error();
        node.children.push_back(std::move(parsed).value());
    }
    const QJsonArray comparisons = o.value(QStringLiteral("comparisons")).toArray();
    const qsizetype n = qsizetype(node.children.size());
    if (comparisons.size() != n * (n - 1) / 2)
        return invalid(tr("\"%1\" has %2 comparisons for %3 sub-criteria, not %4")
                           .arg(node.name)
                           .arg(comparisons.size())
                           .arg(n)
                           .arg(n * (n - 1) / 2));
    for (qsizetype k = 0; k < comparisons.size(); ++k) {
        const double c = comparisons.at(k).toDouble(-1);
        if (!(c >= 1.0 / 9 - 1e-9 && c <= 9 + 1e-9))
            return invalid(tr("\"%1\": comparison %2 is %3, outside 1/9…9")
                               .arg(node.name)
                               .arg(k + 1)
                               .arg(comparisons.at(k).toVariant().toString()));
        node.comparisons.push_back(c);
    }
    return node;
}

// --- Scoring ------------------------------------------------------------------------------

/// The leaves of the tree depth first, as modelWeights lists them.
void collectLeaves(const CriterionNode &node, std::vector<ValueCriterion> &leaves)
{
    if (node.criterion) {
        leaves.push_back(*node.criterion);
        return;
    }
    for (const CriterionNode &child : node.children)
        collectLeaves(child, leaves);
}

/// The fuzzy model mirroring the criteria tree, built once per portfolio; each account only
/// overwrites the leaves' membership rows (`rows[leaf]`), so the hot loop allocates little.
/// A node whose children are all leaves is one fuzzy level with a row per leaf; local weights
/// are the children's share of their parent's global weight, which for AHP weights is exactly
/// the node's AHP weight and keeps sensitivity's moved leaf weights meaningful up the tree.
struct FuzzyTree
{
    FuzzyNode root;
    std::vector<std::vector<double> *> rows;

    FuzzyTree(const CriterionNode &criteria, const std::vector<double> &leafWeights)
    {
        int next = 0;
        build(criteria, leafWeights, root, next);
        rows.assign(leafWeights.size(), nullptr);
        next = 0;
        bind(criteria, root, next);
    }

private:
    static double total(const CriterionNode &node, const std::vector<double> &w, int &next)
    {
        if (node.criterion)
            return w[size_t(next++)];
        double sum = 0;
        for (const CriterionNode &child : node.children)
            sum += total(child, w, next);
        return sum;
    }

    static void build(const CriterionNode &node, const std::vector<double> &w, FuzzyNode &out, int &next)
    {
        if (node.criterion) {
            out.weights = {1.0};
            out.membership.assign(1, std::vector<double>(kFuzzyGradeScores.size(), 0.0));
            ++next;
            return;
        }
        const bool flat = std::all_of(node.children.begin(), node.children.end(),
                                      [](const CriterionNode &c) { return c.criterion.has_value(); });
        // The children's global weights, in order.
        std::vector<double> shares(node.children.size());
        int cursor = next;
        double sum = 0;
        for (size_t i = 0; i < node.children.size(); ++i) {
            shares[i] = total(node.children[i], w, cursor);
            sum += shares[i];
        }
        for (double &s : shares)
            s = sum > 0 ? s / sum : 1.0 / double(shares.size());
        out.weights = shares;
        if (flat) {
            out.membership.assign(node.children.size(), std::vector<double>(kFuzzyGradeScores.size(), 0.0));
            next += int(node.children.size());
            return;
        }
        out.children.resize(node.children.size());
        for (size_t i = 0; i < node.children.size(); ++i)
            build(node.children[i], w, out.children[i], next);
    }

    void bind(const CriterionNode &node, FuzzyNode &out, int &next)
    {
        if (node.criterion) {
            rows[size_t(next++)] = &out.membership.front();
            return;
        }
        if (out.children.empty()) {
            for (std::vector<double> &row : out.membership)
                rows[size_t(next++)] = &row;
            return;
        }
        for (size_t i = 0; i < node.children.size(); ++i)
            bind(node.children[i], out.children[i], next);
    }
};

/// Triangular membership of a normalised value in the grades centred on 1, ⅔, ⅓ and 0.
void gradeMembership(double x, std::vector<double> &row)
{
    const size_t grades = kFuzzyGradeScores.size();
    for (size_t j = 0; j < grades; ++j) {
        const double centre = 1.0 - double(j) / double(grades - 1);
        row[j] = std::max(0.0, 1.0 - std::abs(x - centre) * double(grades - 1));
    }
}

double membershipScore(const std::vector<double> &b)
{
    double weighted = 0, sum = 0;
    for (size_t j = 0; j < b.size(); ++j) {
        weighted += b[j] * kFuzzyGradeScores[j];
        sum += b[j];
    }
    return sum > 0 ? weighted / sum : 0;
}

void rankAndPropose(std::vector<ValueScore> &scores, const TierRule &rule)
{
    const int n = int(scores.size());
    std::vector<int> order(static_cast<size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return scores[size_t(a)].score > scores[size_t(b)].score; });
    for (int position = 0; position < n; ++position) {
        ValueScore &s = scores[size_t(order[size_t(position)])];
        const ValueScore *before = position > 0 ? &scores[size_t(order[size_t(position - 1)])] : nullptr;
        // Scores computed from equal facts are equal; the tolerance absorbs summation order only.
        s.rank = before && std::abs(before->score - s.score) <= 1e-9 ? before->rank : position + 1;
    }
    const auto cutoff = [n](double percent) { return int(std::ceil(percent * n / 100.0 - 1e-9)); };
    const int coreRank = cutoff(rule.core);
    const int keyRank = cutoff(rule.core + rule.key);
    const int ordinaryRank = cutoff(rule.core + rule.key + rule.ordinary);
    // Accounts with equal scores share a tier, and a tie group rises into a tier only when all
    // of it fits: fifty accounts alike are no evidence that any of them is core.
    std::vector<int> groupEnd(static_cast<size_t>(n + 1), 0); // by rank: the last position of its group
    for (int position = 0; position < n; ++position)
        groupEnd[size_t(scores[size_t(order[size_t(position)])].rank)] = position + 1;
    for (ValueScore &s : scores) {
        const int last = groupEnd[size_t(s.rank)];
        if (rule.mode == TierRule::Mode::Thresholds) {
            s.proposedTier = s.score >= rule.core - 1e-9 ? Tier::Core
                : s.score >= rule.key - 1e-9             ? Tier::Key
                : s.score >= rule.ordinary - 1e-9        ? Tier::Ordinary
                                                         : Tier::Potential;
        } else {
            s.proposedTier = last <= coreRank ? Tier::Core
                : last <= keyRank              ? Tier::Key
                : last <= ordinaryRank         ? Tier::Ordinary
                                               : Tier::Potential;
        }
    }
}

/// Whether the scores carry their per-criterion breakdown; sensitivity needs ranks and tiers only
/// and rescored 16 times would otherwise allocate a breakdown per account each time.
enum class Detail { Breakdown, ScoresOnly };

std::vector<ValueScore> score(const std::vector<AccountValueFacts> &facts, const ValueModelDefinition &model,
                              const std::vector<ValueCriterion> &leaves, const std::vector<double> &leafWeights,
                              Detail detail = Detail::Breakdown)
{
    const size_t n = facts.size();
    const size_t m = leaves.size();
    const bool breakdown = detail == Detail::Breakdown;
    // Normalise each criterion once over the portfolio.
    Matrix normalised(m, std::vector<double>(n, 0.5));
    for (size_t i = 0; i < m; ++i) {
        const int c = int(leaves[i]);
        double min = std::numeric_limits<double>::infinity(), max = -min;
        for (const AccountValueFacts &f : facts)
            if (const std::optional<double> &v = f.values[size_t(c)]) {
                min = std::min(min, *v);
                max = std::max(max, *v);
            }
        const IndicatorType type = criterionType(leaves[i]);
        for (size_t k = 0; k < n; ++k)
            if (const std::optional<double> &v = facts[k].values[size_t(c)])
                normalised[i][k] = greyNormalise(*v, min, max, type);
    }

    std::vector<ValueScore> scores(n);
    for (size_t k = 0; k < n; ++k) {
        ValueScore &s = scores[k];
        s.accountId = facts[k].accountId;
        if (!breakdown)
            continue;
        s.breakdown.resize(m);
        for (size_t i = 0; i < m; ++i) {
            CriterionScore &b = s.breakdown[i];
            b.criterion = leaves[i];
            b.value = facts[k].values[size_t(leaves[i])];
            b.normalised = normalised[i][k];
            b.weight = leafWeights[i];
        }
    }

    switch (model.method) {
    case ScoringMethod::WeightedSum:
        for (size_t k = 0; k < n; ++k) {
            ValueScore &s = scores[k];
            for (size_t i = 0; i < m; ++i) {
                const double points = 100 * leafWeights[i] * normalised[i][k];
                s.score += points;
                if (breakdown)
                    s.breakdown[i].points = points;
            }
        }
        break;
    case ScoringMethod::Fuzzy: {
        FuzzyTree tree(model.root, leafWeights);
        for (size_t k = 0; k < n; ++k) {
            ValueScore &s = scores[k];
            for (size_t i = 0; i < m; ++i) {
                gradeMembership(normalised[i][k], *tree.rows[i]);
                // The criterion's own grade score: its exact part of the score under M(·,+).
                if (breakdown)
                    s.breakdown[i].points = leafWeights[i] * membershipScore(*tree.rows[i]);
            }
            Result<FuzzyResult> r = fuzzyEvaluate(tree.root, model.fuzzyOperator);
            // The tree is built valid (rows sum to 1, weights to 1), so this holds.
            if (!r)
                continue;
            s.score = membershipScore(r->b);
            s.gradeTie = r->tie();
            s.membership = std::move(r).value().b;
        }
        break;
    }
    case ScoringMethod::Grey: {
        const GreyResult grey = greyFromNormalised(std::move(normalised), leafWeights, model.rho);
        for (size_t k = 0; k < n; ++k) {
            ValueScore &s = scores[k];
            if (breakdown)
                for (size_t i = 0; i < m; ++i)
                    s.breakdown[i].points = 100 * leafWeights[i] * grey.coefficients[i][k];
            s.score = 100 * grey.grades[k];
        }
        break;
    }
    }
    // Σ 100·w over weights that sum to 1 can land a rounding step above 100.
    for (ValueScore &s : scores)
        s.score = std::clamp(s.score, 0.0, 100.0);
    rankAndPropose(scores, model.tiers);
    return scores;
}

Result<void> walk(const CriterionNode &node, const QString &path, double weight, RandomIndexTable table,
                  ModelWeights &out)
{
    if (node.criterion) {
        if (!node.children.empty())
            return invalid(tr("the criterion \"%1\" has sub-criteria").arg(path));
        out.leaves.push_back({*node.criterion, path, weight});
        return {};
    }
    if (node.children.empty())
        return invalid(tr("\"%1\" has neither a criterion nor sub-criteria").arg(path));
    const int n = int(node.children.size());
    if (node.comparisons.size() != size_t(n * (n - 1) / 2))
        return invalid(tr("\"%1\" has %2 comparisons for %3 sub-criteria, not %4")
                           .arg(path)
                           .arg(node.comparisons.size())
                           .arg(n)
                           .arg(n * (n - 1) / 2));
    Result<AhpResult> r = ahp(reciprocalMatrix(n, node.comparisons), table);
    if (!r)
        return invalid(QStringLiteral("\"%1\": %2").arg(path, r.error().message));
    out.nodes.push_back({path, *r});
    const std::vector<double> local = r->weights;
    const bool isRoot = out.nodes.size() == 1;
    for (int i = 0; i < n; ++i) {
        const CriterionNode &child = node.children[size_t(i)];
        const QString childPath = isRoot || path.isEmpty() ? nodeName(child) : path + kPathSeparator + nodeName(child);
        if (Result<void> w = walk(child, childPath, weight * local[size_t(i)], table, out); !w)
            return w;
    }
    return {};
}

} // namespace

IndicatorType criterionType(ValueCriterion c)
{
    return c == ValueCriterion::PaymentRecord ? IndicatorType::Cost : IndicatorType::Benefit;
}

ValueModelDefinition ValueModelDefinition::defaults()
{
    const auto leaf = [](ValueCriterion c) {
        CriterionNode n;
        n.criterion = c;
        return n;
    };
    const auto group = [](const char *name, std::vector<CriterionNode> children, std::vector<double> comparisons) {
        CriterionNode n;
        n.name = tr(name);
        n.children = std::move(children);
        n.comparisons = std::move(comparisons);
        return n;
    };
    // Every matrix here is consistent or nearly (CR < 0.01): revenue counts twice margin and four
    // times growth; share of wallet and relationship equal, twice satisfaction; fit twice payment.
    ValueModelDefinition d;
    d.root = group(QT_TRANSLATE_NOOP("kam::analytics::ValueModel", "Customer value"),
                   {group(QT_TRANSLATE_NOOP("kam::analytics::ValueModel", "Economic value"),
                          {leaf(ValueCriterion::Revenue), leaf(ValueCriterion::GrossMargin), leaf(ValueCriterion::Growth)},
                          {2, 4, 2}),
                    group(QT_TRANSLATE_NOOP("kam::analytics::ValueModel", "Relationship value"),
                          {leaf(ValueCriterion::ShareOfWallet), leaf(ValueCriterion::RelationshipStrength),
                           leaf(ValueCriterion::Satisfaction)},
                          {1, 2, 2}),
                    group(QT_TRANSLATE_NOOP("kam::analytics::ValueModel", "Strategic value"),
                          {leaf(ValueCriterion::StrategicFit), leaf(ValueCriterion::PaymentRecord)}, {2})},
                   {2, 3, 2});
    // Min–max scores rarely reach fixed thresholds in a real portfolio, so the default tiers
    // go by rank, as ABC analysis does: the top 10 % core, the next 20 % key, the next 40 %
    // ordinary, the rest potential.
    d.tiers = {TierRule::Mode::TopPercent, 10, 20, 40};
    return d;
}

QString ValueModelDefinition::toJson() const
{
    const QJsonObject tierObject{
        {QStringLiteral("mode"), tiers.mode == TierRule::Mode::Thresholds ? kThresholds : kTopPercent},
        {QStringLiteral("core"), tiers.core},
        {QStringLiteral("key"), tiers.key},
        {QStringLiteral("ordinary"), tiers.ordinary}};
    const QJsonObject o{
        {QStringLiteral("version"), kVersion},
        {QStringLiteral("method"), enumCode(method)},
        {QStringLiteral("fuzzy_operator"), fuzzyOperator == FuzzyOperator::WeightedAverage ? kWeighted : kMaxMin},
        {QStringLiteral("rho"), rho},
        {QStringLiteral("ri_table"), riTable == RandomIndexTable::Classic ? kClassic : kRevised},
        {QStringLiteral("tiers"), tierObject},
        {QStringLiteral("root"), nodeJson(root)}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Result<ValueModelDefinition> ValueModelDefinition::fromJson(const QString &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return invalid(tr("the value model is not valid JSON: %1 at offset %2").arg(error.errorString()).arg(error.offset));
    if (!doc.isObject())
        return invalid(tr("the value model is not a JSON object"));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("version")).toInt(kVersion) > kVersion)
        return invalid(tr("the value model was written by a newer KAM Desk (version %1)")
                           .arg(o.value(QStringLiteral("version")).toInt()));
    ValueModelDefinition d;
    const QString method = o.value(QStringLiteral("method")).toString();
    const std::optional<ScoringMethod> m = enumFromCode<ScoringMethod>(method);
    if (!m)
        return invalid(tr("unknown scoring method \"%1\"").arg(method));
    d.method = *m;
    const QString op = o.value(QStringLiteral("fuzzy_operator")).toString(kWeighted);
    if (op != kWeighted && op != kMaxMin)
        return invalid(tr("unknown fuzzy operator \"%1\"").arg(op));
    d.fuzzyOperator = op == kWeighted ? FuzzyOperator::WeightedAverage : FuzzyOperator::MaxMin;
    d.rho = o.value(QStringLiteral("rho")).toDouble(0.5);
    if (!(d.rho > 0 && d.rho <= 1))
        return invalid(tr("the distinguishing coefficient ρ must be above 0 and at most 1, not %1").arg(d.rho));
    const QString table = o.value(QStringLiteral("ri_table")).toString(kClassic);
    if (table != kClassic && table != kRevised)
        return invalid(tr("unknown random index table \"%1\"").arg(table));
    d.riTable = table == kClassic ? RandomIndexTable::Classic : RandomIndexTable::Revised;
    if (const QJsonValue t = o.value(QStringLiteral("tiers")); !t.isUndefined()) {
        const QJsonObject tiers = t.toObject();
        const QString mode = tiers.value(QStringLiteral("mode")).toString(kThresholds);
        if (mode != kThresholds && mode != kTopPercent)
            return invalid(tr("unknown tier mode \"%1\"").arg(mode));
        d.tiers.mode = mode == kThresholds ? TierRule::Mode::Thresholds : TierRule::Mode::TopPercent;
        d.tiers.core = tiers.value(QStringLiteral("core")).toDouble(d.tiers.core);
        d.tiers.key = tiers.value(QStringLiteral("key")).toDouble(d.tiers.key);
        d.tiers.ordinary = tiers.value(QStringLiteral("ordinary")).toDouble(d.tiers.ordinary);
        for (double v : {d.tiers.core, d.tiers.key, d.tiers.ordinary})
            if (!(v >= 0 && v <= 100))
                return invalid(tr("a tier limit of %1 is outside 0…100").arg(v));
        if (d.tiers.mode == TierRule::Mode::Thresholds
                ? !(d.tiers.core >= d.tiers.key && d.tiers.key >= d.tiers.ordinary)
                : d.tiers.core + d.tiers.key + d.tiers.ordinary > 100 + 1e-9)
            return invalid(d.tiers.mode == TierRule::Mode::Thresholds
                               ? tr("the tier thresholds must fall from core to key to ordinary")
                               : tr("the tier shares add up to more than 100%"));
    }
    if (!o.contains(QStringLiteral("root")))
        return invalid(tr("the value model has no criteria"));
    std::vector<bool> used(kCriterionCount, false);
    Result<CriterionNode> root = nodeFromJson(o.value(QStringLiteral("root")), used);
    if (!root)
        return root.error();
    d.root = std::move(root).value();
    return d;
}

bool ModelWeights::consistent() const
{
    return std::all_of(nodes.begin(), nodes.end(), [](const NodeConsistency &n) { return n.ahp.consistent; });
}

Result<ModelWeights> modelWeights(const ValueModelDefinition &model)
{
    ModelWeights w;
    const CriterionNode &root = model.root;
    if (Result<void> r = walk(root, nodeName(root), 1.0, model.riTable, w); !r)
        return r.error();
    if (w.leaves.empty())
        return invalid(tr("the value model has no criteria"));
    return w;
}

std::vector<ValueScore> scorePortfolio(const std::vector<AccountValueFacts> &facts,
                                       const ValueModelDefinition &model, const ModelWeights &weights)
{
    std::vector<ValueCriterion> leaves;
    collectLeaves(model.root, leaves);
    // Weights of another model would score against the wrong criteria: score nothing instead.
    if (leaves.size() != weights.leaves.size())
        return {};
    std::vector<double> leafWeights;
    leafWeights.reserve(leaves.size());
    for (const CriterionWeight &w : weights.leaves)
        leafWeights.push_back(w.weight);
    return score(facts, model, leaves, leafWeights);
}

std::vector<Sensitivity> sensitivity(const std::vector<AccountValueFacts> &facts,
                                     const ValueModelDefinition &model, const ModelWeights &weights)
{
    std::vector<ValueCriterion> leaves;
    collectLeaves(model.root, leaves);
    if (leaves.size() != weights.leaves.size())
        return {};
    std::vector<double> base;
    for (const CriterionWeight &w : weights.leaves)
        base.push_back(w.weight);
    const std::vector<ValueScore> reference = score(facts, model, leaves, base, Detail::ScoresOnly);
    std::vector<Sensitivity> out;
    for (size_t i = 0; i < leaves.size(); ++i) {
        for (const double delta : {-0.10, 0.10}) {
            Sensitivity s;
            s.criterion = leaves[i];
            s.delta = delta;
            const double moved = std::min(1.0, base[i] * (1 + delta));
            const double rest = 1 - base[i];
            std::vector<double> w = base;
            for (size_t j = 0; j < w.size(); ++j)
                w[j] = j == i ? moved : rest > 0 ? base[j] * (1 - moved) / rest : 0;
            const std::vector<ValueScore> changed = score(facts, model, leaves, w, Detail::ScoresOnly);
            for (size_t k = 0; k < facts.size(); ++k) {
                const int move = std::abs(changed[k].rank - reference[k].rank);
                s.accountsMoved += move > 0 ? 1 : 0;
                s.tiersChanged += changed[k].proposedTier != reference[k].proposedTier ? 1 : 0;
                s.largestMove = std::max(s.largestMove, move);
            }
            out.push_back(s);
        }
    }
    return out;
}

} // namespace kam::analytics
