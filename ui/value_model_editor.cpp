// SPDX-License-Identifier: GPL-3.0-or-later
#include "value_model_editor.h"

#include "commands/store_commands.h"
#include "domain/ids.h"
#include "itemmodels/criteria_tree_model.h"
#include "itemmodels/pairwise_model.h"
#include "itemmodels/value_scorer.h"
#include "widget_helpers.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFont>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <array>

namespace kam {

using namespace analytics;

namespace {
constexpr double kConsistentBelow = 0.10;
} // namespace

ValueModelEditor::ValueModelEditor(Store *store, EditHistory *history, ValueScorer *scorer, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_history(history)
    , m_scorer(scorer)
    , m_tree(new CriteriaTreeModel(this))
    , m_pairwise(new PairwiseModel(this))
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_treeView(new QTreeView(this))
    , m_addCriterion(new QToolButton(this))
    , m_gridTitle(new QLabel(this))
    , m_grid(new QTableView(this))
    , m_consistency(new QLabel(this))
    , m_suggestion(new QLabel(this))
    , m_riTable(new QComboBox(this))
    , m_method(new QComboBox(this))
    , m_operator(new QComboBox(this))
    , m_rho(new QDoubleSpinBox(this))
    , m_tierMode(new QComboBox(this))
    , m_core(new QDoubleSpinBox(this))
    , m_key(new QDoubleSpinBox(this))
    , m_ordinary(new QDoubleSpinBox(this))
    , m_check(new QLabel(this))
    , m_error(makeErrorLabel("valueModelEditorError", this))
{
    setObjectName(QStringLiteral("valueModelEditor"));
    setWindowTitle(tr("Value Models"));

    auto button = [this](const QString &text, const char *name) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        return b;
    };

    // The saved models.
    m_list->setObjectName(QStringLiteral("valueModelList"));
    m_new = button(tr("&New"), "valueModelNewButton");
    m_new->setToolTip(tr("A new model with the default criteria and comparisons"));
    m_duplicate = button(tr("D&uplicate"), "valueModelDuplicateButton");
    m_delete = button(tr("&Delete"), "valueModelDeleteButton");
    m_activate = button(tr("Score &with this model"), "valueModelActivateButton");
    m_activate->setToolTip(tr("Your value scores and tier proposals use this model (a setting of this computer)"));
    auto *listBox = new QGroupBox(tr("Models"), this);
    auto *listLayout = new QVBoxLayout(listBox);
    listLayout->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_new);
    listButtons->addWidget(m_duplicate);
    listButtons->addWidget(m_delete);
    listLayout->addLayout(listButtons);
    listLayout->addWidget(m_activate);

    // The criteria tree.
    m_name->setObjectName(QStringLiteral("valueModelNameEdit"));
    m_treeView->setObjectName(QStringLiteral("criteriaTree"));
    m_treeView->setModel(m_tree);
    m_treeView->setAlternatingRowColors(true);
    m_treeView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_treeView->header()->setStretchLastSection(false);
    // The names are what the tree is read by: they get their width, the criterion column the rest.
    m_treeView->header()->setSectionResizeMode(CriteriaTreeModel::Criterion, QHeaderView::Stretch);
    for (int c : {CriteriaTreeModel::Name, CriteriaTreeModel::LocalWeight, CriteriaTreeModel::GlobalWeight})
        m_treeView->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_addGroup = button(tr("Add &group"), "criteriaAddGroupButton");
    m_addCriterion->setObjectName(QStringLiteral("criteriaAddCriterionButton"));
    m_addCriterion->setText(tr("Add &criterion"));
    m_addCriterion->setPopupMode(QToolButton::InstantPopup);
    m_addCriterion->setMenu(new QMenu(m_addCriterion));
    m_remove = button(tr("&Remove"), "criteriaRemoveButton");
    auto *treeBox = new QGroupBox(tr("Criteria"), this);
    auto *treeLayout = new QVBoxLayout(treeBox);
    auto *nameForm = new QFormLayout;
    nameForm->addRow(tr("Na&me:"), m_name);
    treeLayout->addLayout(nameForm);
    treeLayout->addWidget(m_treeView, 1);
    auto *treeButtons = new QHBoxLayout;
    treeButtons->addWidget(m_addGroup);
    treeButtons->addWidget(m_addCriterion);
    treeButtons->addStretch();
    treeButtons->addWidget(m_remove);
    treeLayout->addLayout(treeButtons);

    // The pairwise grid of the selected group.
    m_gridTitle->setObjectName(QStringLiteral("pairwiseTitle"));
    m_gridTitle->setWordWrap(true);
    m_grid->setObjectName(QStringLiteral("pairwiseGrid"));
    m_grid->setModel(m_pairwise);
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_grid->horizontalHeader()->setMinimumSectionSize(60);
    m_grid->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_consistency->setObjectName(QStringLiteral("consistencyLabel"));
    m_consistency->setWordWrap(true);
    m_suggestion->setObjectName(QStringLiteral("suggestionLabel"));
    m_suggestion->setWordWrap(true);
    m_apply = button(tr("&Apply suggestion"), "applySuggestionButton");
    m_riTable->setObjectName(QStringLiteral("riTableCombo"));
    m_riTable->addItem(tr("Classic (Saaty 1980)"), int(RandomIndexTable::Classic));
    m_riTable->addItem(tr("Revised (Saaty 2000)"), int(RandomIndexTable::Revised));
    m_riTable->setToolTip(tr("The random index CR divides by"));
    auto *gridBox = new QGroupBox(tr("Pairwise comparisons"), this);
    auto *gridLayout = new QVBoxLayout(gridBox);
    gridLayout->addWidget(m_gridTitle);
    gridLayout->addWidget(m_grid, 1);
    gridLayout->addWidget(m_consistency);
    auto *suggestionRow = new QHBoxLayout;
    suggestionRow->addWidget(m_suggestion, 1);
    suggestionRow->addWidget(m_apply);
    gridLayout->addLayout(suggestionRow);
    auto *riForm = new QFormLayout;
    riForm->addRow(tr("Random &index:"), m_riTable);
    gridLayout->addLayout(riForm);

    // Method and tiers.
    m_method->setObjectName(QStringLiteral("methodCombo"));
    fillEnumCombo<ScoringMethod>(m_method);
    m_operator->setObjectName(QStringLiteral("fuzzyOperatorCombo"));
    m_operator->addItem(tr("Weighted average M(·,+)"), int(FuzzyOperator::WeightedAverage));
    m_operator->addItem(tr("Max–min M(∧,∨)"), int(FuzzyOperator::MaxMin));
    m_rho->setObjectName(QStringLiteral("rhoSpin"));
    m_rho->setRange(0.01, 1);
    m_rho->setSingleStep(0.05);
    m_rho->setDecimals(2);
    m_rho->setToolTip(tr("The distinguishing coefficient ρ of grey relational analysis (usually 0.5)"));
    m_tierMode->setObjectName(QStringLiteral("tierModeCombo"));
    m_tierMode->addItem(tr("By score thresholds"), int(TierRule::Mode::Thresholds));
    m_tierMode->addItem(tr("By share of accounts (top %)"), int(TierRule::Mode::TopPercent));
    int i = 0;
    for (QDoubleSpinBox *spin : {m_core, m_key, m_ordinary}) {
        spin->setObjectName(QLatin1String(std::array{"tierCoreSpin", "tierKeySpin", "tierOrdinarySpin"}[size_t(i++)]));
        spin->setRange(0, 100);
        spin->setDecimals(0);
    }
    auto *methodBox = new QGroupBox(tr("Scoring"), this);
    auto *methodForm = new QFormLayout(methodBox);
    methodForm->addRow(tr("Me&thod:"), m_method);
    methodForm->addRow(tr("Fuzzy &operator:"), m_operator);
    methodForm->addRow(tr("Grey &ρ:"), m_rho);
    auto *tierBox = new QGroupBox(tr("Proposed tiers"), this);
    auto *tierForm = new QFormLayout(tierBox);
    tierForm->addRow(tr("R&ule:"), m_tierMode);
    tierForm->addRow(enumLabel(Tier::Core) + QLatin1Char(':'), m_core);
    tierForm->addRow(enumLabel(Tier::Key) + QLatin1Char(':'), m_key);
    tierForm->addRow(enumLabel(Tier::Ordinary) + QLatin1Char(':'), m_ordinary);
    auto *settings = new QHBoxLayout;
    settings->addWidget(methodBox, 1);
    settings->addWidget(tierBox, 1);

    m_check->setObjectName(QStringLiteral("modelCheckLabel"));
    m_check->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::ApplyRole);
    m_save->setObjectName(QStringLiteral("valueModelSaveButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(listBox);
    split->addWidget(treeBox);
    split->addWidget(gridBox);
    listBox->setMaximumWidth(280);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 4);
    split->setStretchFactor(2, 4);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addLayout(settings);
    layout->addWidget(m_check);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &ValueModelEditor::showModel);
    connect(m_new, &QPushButton::clicked, this, &ValueModelEditor::newModel);
    connect(m_duplicate, &QPushButton::clicked, this, &ValueModelEditor::duplicateModel);
    connect(m_delete, &QPushButton::clicked, this, &ValueModelEditor::deleteModel);
    connect(m_activate, &QPushButton::clicked, this, &ValueModelEditor::activateModel);
    connect(m_save, &QPushButton::clicked, this, &ValueModelEditor::save);
    connect(m_apply, &QPushButton::clicked, this, &ValueModelEditor::applySuggestion);
    connect(m_addGroup, &QPushButton::clicked, this, [this] {
        const QModelIndex added = m_tree->addGroup(currentGroup(), tr("New group"));
        m_treeView->setCurrentIndex(added);
        m_treeView->edit(added);
    });
    connect(m_addCriterion->menu(), &QMenu::aboutToShow, this, [this] {
        QMenu *menu = m_addCriterion->menu();
        menu->clear();
        for (ValueCriterion c : m_tree->unusedCriteria())
            menu->addAction(enumLabel(c), this, [this, c] { addCriterion(c); });
    });
    connect(m_remove, &QPushButton::clicked, this, [this] { m_tree->remove(m_treeView->currentIndex()); });
    connect(m_treeView->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        const QModelIndex item = current.siblingAtColumn(0);
        showGroup(m_tree->isGroup(item) ? item : item.parent());
        updateButtons();
    });
    connect(m_tree, &CriteriaTreeModel::changed, this, [this] {
        if (!m_forwarding)
            updateGroup(); // children or their names changed
        updateConsistency();
        updateButtons();
    });
    connect(m_pairwise, &PairwiseModel::comparisonsChanged, this, [this] {
        m_forwarding = true;
        m_tree->setComparisons(m_group, m_pairwise->comparisons());
        m_forwarding = false;
    });
    connect(m_pairwise, &PairwiseModel::resultChanged, this, &ValueModelEditor::updateConsistency);
    connect(m_riTable, &QComboBox::currentIndexChanged, this, [this] {
        m_definition.riTable = RandomIndexTable(m_riTable->currentData().toInt());
        m_pairwise->setRandomIndexTable(m_definition.riTable);
    });
    connect(m_method, &QComboBox::currentIndexChanged, this, [this] {
        m_definition.method = comboEnum<ScoringMethod>(m_method);
        updateMethodControls();
    });
    connect(m_operator, &QComboBox::currentIndexChanged, this,
            [this] { m_definition.fuzzyOperator = FuzzyOperator(m_operator->currentData().toInt()); });
    connect(m_rho, &QDoubleSpinBox::valueChanged, this, [this](double rho) { m_definition.rho = rho; });
    connect(m_tierMode, &QComboBox::currentIndexChanged, this, [this] {
        m_definition.tiers.mode = TierRule::Mode(m_tierMode->currentData().toInt());
        updateTierControls();
    });
    connect(m_core, &QDoubleSpinBox::valueChanged, this, [this](double v) { m_definition.tiers.core = v; });
    connect(m_key, &QDoubleSpinBox::valueChanged, this, [this](double v) { m_definition.tiers.key = v; });
    connect(m_ordinary, &QDoubleSpinBox::valueChanged, this, [this](double v) { m_definition.tiers.ordinary = v; });

    reloadModels(QString());
    resize(1360, 760);
}

QString ValueModelEditor::currentModelId() const
{
    return m_current >= 0 ? m_models[size_t(m_current)].meta.id : QString();
}

ValueModelDefinition ValueModelEditor::editedDefinition() const
{
    ValueModelDefinition d = m_definition;
    d.root = m_tree->root();
    return d;
}

void ValueModelEditor::reloadModels(const QString &selectId)
{
    Result<std::vector<ValueModel>> models = m_store->valueModels();
    Result<ValueModel> active = m_store->activeValueModel();
    if (!models || !active) {
        showError(!models ? models.error().message : active.error().message);
        return;
    }
    m_models = std::move(models).value();
    if (m_models.empty()) // the built-in default, shown so there is something to edit and save
        m_models.push_back(*active);
    const QSignalBlocker block(m_list);
    m_list->clear();
    int select = 0;
    for (size_t i = 0; i < m_models.size(); ++i) {
        const ValueModel &m = m_models[i];
        const bool isActive = m.meta.id == active->meta.id;
        QString text = isActive ? tr("%1 (active)").arg(m.name) : m.name;
        if (m.meta.id.isEmpty())
            text = tr("%1 (not saved)").arg(m.name);
        auto *item = new QListWidgetItem(text, m_list);
        QFont font = item->font();
        font.setBold(isActive);
        item->setFont(font);
        if ((selectId.isEmpty() && isActive) || (!selectId.isEmpty() && m.meta.id == selectId))
            select = int(i);
    }
    m_list->setCurrentRow(select);
    showModel(select);
}

void ValueModelEditor::showModel(int row)
{
    m_error->hide();
    if (row < 0 || row >= int(m_models.size()))
        return;
    m_current = row;
    const ValueModel &model = m_models[size_t(row)];
    Result<ValueModelDefinition> definition = model.definition.isEmpty() ? Result<ValueModelDefinition>(ValueModelDefinition::defaults())
                                                                         : ValueModelDefinition::fromJson(model.definition);
    if (!definition) {
        showError(tr("The model %1 cannot be read: %2").arg(model.name, definition.error().message));
        definition = ValueModelDefinition::defaults();
    }
    m_definition = std::move(definition).value();
    m_name->setText(model.name);
    {
        const QSignalBlocker b1(m_riTable), b2(m_method), b3(m_operator), b4(m_rho), b5(m_tierMode), b6(m_core), b7(m_key),
            b8(m_ordinary);
        m_riTable->setCurrentIndex(m_riTable->findData(int(m_definition.riTable)));
        setComboEnum(m_method, m_definition.method);
        m_operator->setCurrentIndex(m_operator->findData(int(m_definition.fuzzyOperator)));
        m_rho->setValue(m_definition.rho);
        m_tierMode->setCurrentIndex(m_tierMode->findData(int(m_definition.tiers.mode)));
        m_core->setValue(m_definition.tiers.core);
        m_key->setValue(m_definition.tiers.key);
        m_ordinary->setValue(m_definition.tiers.ordinary);
    }
    m_pairwise->setRandomIndexTable(m_definition.riTable);
    m_tree->setRoot(m_definition.root);
    m_treeView->expandAll();
    m_group = QModelIndex();
    updateGroup();
    updateMethodControls();
    updateTierControls();
    updateButtons();
}

void ValueModelEditor::selectGroup(const QModelIndex &group)
{
    m_treeView->setCurrentIndex(group);
    showGroup(group);
}

void ValueModelEditor::showGroup(const QModelIndex &group)
{
    if (QModelIndex(m_group) == group)
        return;
    m_group = group;
    updateGroup();
}

QModelIndex ValueModelEditor::currentGroup() const
{
    return m_group;
}

void ValueModelEditor::updateGroup()
{
    m_pairwise->setComparisons(m_tree->childNames(m_group), m_tree->comparisons(m_group));
    const QString group = m_group.isValid() ? m_group.data().toString() : m_name->text();
    m_gridTitle->setText(m_pairwise->rowCount() < 2
                             ? tr("%1 has fewer than two parts: nothing to compare.").arg(group)
                             : tr("How much more the row matters than the column, within %1:").arg(group));
}

void ValueModelEditor::updateConsistency()
{
    const std::optional<AhpResult> &r = m_pairwise->result();
    const QLocale locale;
    if (!r || m_pairwise->rowCount() < 3) {
        m_consistency->setText(m_pairwise->rowCount() == 2 ? tr("Two parts are always consistent.") : QString());
        m_consistency->setStyleSheet({});
        m_suggestion->clear();
        m_apply->hide();
    } else {
        const bool ok = r->cr < kConsistentBelow;
        m_consistency->setText((ok ? tr("λmax %1 · CI %2 · CR %3 ✓ consistent") : tr("λmax %1 · CI %2 · CR %3 ✗ inconsistent (CR ≥ 0.10)"))
                                   .arg(locale.toString(r->lambdaMax, 'f', 3), locale.toString(r->ci, 'f', 3),
                                        locale.toString(r->cr, 'f', 3)));
        m_consistency->setStyleSheet(ok ? QStringLiteral("color: #1e7b34;") : QStringLiteral("color: #b3261e;"));
        const AhpSuggestion &w = r->worst;
        const QStringList names = m_pairwise->names();
        if (!ok && w.row >= 0 && w.row < names.size() && w.column < names.size()) {
            m_suggestion->setText(tr("Compare %1 with %2: %3 instead of %4")
                                      .arg(names[w.row], names[w.column], formatComparison(w.suggested),
                                           formatComparison(w.current)));
            m_apply->show();
        } else {
            m_suggestion->clear();
            m_apply->hide();
        }
    }

    // The model as a whole: every group, not only the one shown.
    Result<ModelWeights> weights = modelWeights(editedDefinition());
    if (!weights) {
        m_check->setText(tr("The model cannot score: %1").arg(weights.error().message));
        m_check->setStyleSheet(QStringLiteral("color: #b3261e;"));
        return;
    }
    QStringList inconsistent;
    for (const NodeConsistency &n : weights->nodes)
        if (!n.ahp.consistent)
            inconsistent << n.path;
    m_check->setText(inconsistent.isEmpty() ? tr("Every group's comparisons are consistent.")
                                            : tr("Inconsistent comparisons in: %1").arg(inconsistent.join(QStringLiteral("; "))));
    m_check->setStyleSheet(inconsistent.isEmpty() ? QString() : QStringLiteral("color: #b3261e;"));
}

void ValueModelEditor::updateMethodControls()
{
    m_operator->setEnabled(m_definition.method == ScoringMethod::Fuzzy);
    m_rho->setEnabled(m_definition.method == ScoringMethod::Grey);
}

void ValueModelEditor::updateTierControls()
{
    const bool top = m_definition.tiers.mode == TierRule::Mode::TopPercent;
    for (QDoubleSpinBox *spin : {m_core, m_key, m_ordinary}) {
        spin->setSuffix(top ? tr(" % of accounts") : tr(" points or more"));
        spin->setToolTip(top ? tr("The share of the accounts, by rank, in this tier") : tr("The lowest score of this tier"));
    }
}

void ValueModelEditor::updateButtons()
{
    const bool stored = !currentModelId().isEmpty();
    m_duplicate->setEnabled(m_current >= 0);
    m_delete->setEnabled(stored);
    m_addCriterion->setEnabled(!m_tree->unusedCriteria().empty());
    m_remove->setEnabled(m_treeView->currentIndex().isValid());
    m_addGroup->setEnabled(true);
}

void ValueModelEditor::addCriterion(ValueCriterion criterion)
{
    const QModelIndex added = m_tree->addCriterion(currentGroup(), criterion);
    if (added.isValid())
        m_treeView->setCurrentIndex(added);
}

QString ValueModelEditor::freeName(const QString &base) const
{
    const auto taken = [this](const QString &name) {
        return std::any_of(m_models.begin(), m_models.end(), [&](const ValueModel &m) { return !m.meta.id.isEmpty() && m.name == name; });
    };
    QString name = base;
    for (int n = 2; taken(name); ++n)
        name = tr("%1 (%2)").arg(base).arg(n);
    return name;
}

bool ValueModelEditor::createModel(const QString &name, const QString &definition)
{
    ValueModel row;
    row.meta.id = newRowId();
    row.name = name;
    row.definition = definition;
    if (Result<void> r = m_history->push(std::make_unique<CreateCommand<ValueModel>>(m_history, row)); !r) {
        showError(r.error().message);
        return false;
    }
    reloadModels(row.meta.id);
    return true;
}

void ValueModelEditor::newModel()
{
    createModel(freeName(tr("Value model")), ValueModelDefinition::defaults().toJson());
}

void ValueModelEditor::duplicateModel()
{
    if (m_current < 0)
        return;
    createModel(freeName(tr("%1 (copy)").arg(m_name->text().simplified())), editedDefinition().toJson());
}

void ValueModelEditor::deleteModel()
{
    const QString id = currentModelId();
    if (id.isEmpty())
        return;
    if (Result<void> r = m_history->push(std::make_unique<DeleteCommand<ValueModel>>(m_history, m_models[size_t(m_current)])); !r) {
        showError(r.error().message);
        return;
    }
    reloadModels(QString());
}

void ValueModelEditor::activateModel()
{
    if (currentModelId().isEmpty() && !save()) // the default is stored before it can be chosen
        return;
    const QString id = currentModelId();
    if (Result<void> r = m_scorer->setActiveModel(id); !r) {
        showError(r.error().message);
        return;
    }
    reloadModels(id);
}

bool ValueModelEditor::save()
{
    m_error->hide();
    if (m_current < 0)
        return false;
    const QString name = m_name->text().simplified();
    if (name.isEmpty()) {
        showError(tr("Give the model a name."));
        return false;
    }
    const ValueModel &before = m_models[size_t(m_current)];
    const bool taken = std::any_of(m_models.begin(), m_models.end(), [&](const ValueModel &m) {
        return !m.meta.id.isEmpty() && m.meta.id != before.meta.id && m.name == name;
    });
    if (taken) {
        showError(tr("Another model is called %1.").arg(name));
        return false;
    }
    const ValueModelDefinition definition = editedDefinition();
    const TierRule &t = definition.tiers;
    if (t.mode == TierRule::Mode::Thresholds && !(t.core > t.key && t.key > t.ordinary)) {
        showError(tr("The thresholds must fall from core to key to ordinary."));
        return false;
    }
    if (t.mode == TierRule::Mode::TopPercent && t.core + t.key + t.ordinary > 100) {
        showError(tr("The shares of core, key and ordinary accounts add up to more than 100 %."));
        return false;
    }
    if (Result<ModelWeights> w = modelWeights(definition); !w) {
        showError(w.error().message);
        return false;
    }
    if (before.meta.id.isEmpty())
        return createModel(name, definition.toJson());
    ValueModel after = before;
    after.name = name;
    after.definition = definition.toJson();
    if (Result<void> r = m_history->push(std::make_unique<EditCommand<ValueModel>>(m_history, before, after)); !r) {
        showError(r.error().message);
        return false;
    }
    reloadModels(before.meta.id);
    return true;
}

void ValueModelEditor::applySuggestion()
{
    m_pairwise->applySuggestion();
}

void ValueModelEditor::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace kam
