// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan_editor.h"

#include "plan_export.h"

#include "commands/edit_history.h"
#include "commands/start_plan_command.h"
#include "commands/store_commands.h"
#include "itemmodels/plan_list_model.h"
#include "itemmodels/plan_section_models.h"
#include "itemmodels/whitespace_colors.h"
#include "itemmodels/whitespace_grid_model.h"
#include "plan_dialog.h"
#include "whitespace_cell_dialog.h"
#include "widget_helpers.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace kam {

namespace {

/// Edits cells that offer choices (PlanSectionModelBase::ChoicesRole) with a combo box, the
/// others with Qt's default editors.
class ChoiceDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QVariant choices = index.data(PlanSectionModelBase::ChoicesRole);
        if (!choices.isValid())
            return QStyledItemDelegate::createEditor(parent, option, index);
        auto *combo = new QComboBox(parent);
        for (const QVariant &c : choices.toList())
            combo->addItem(c.toList().value(0).toString(), c.toList().value(1));
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor))
            combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
        else
            QStyledItemDelegate::setEditorData(editor, index);
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor))
            model->setData(index, combo->currentData());
        else
            QStyledItemDelegate::setModelData(editor, model, index);
    }
};

/// The position after the last row of a section ordered by position.
template<typename Model>
int nextPosition(const Model *model)
{
    int last = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        last = qMax(last, model->rowAt(row).position);
    return last + 1;
}

QByteArray childName(const char *base, const char *part)
{
    return QByteArray(base) + part;
}

QDoubleSpinBox *percentSpin(const char *name, QWidget *parent)
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setObjectName(QLatin1String(name));
    spin->setRange(0, 100);
    spin->setDecimals(1);
    spin->setSuffix(QStringLiteral(" %"));
    spin->setAlignment(Qt::AlignRight);
    return spin;
}

} // namespace

PlanEditor::PlanEditor(Store *store, EditHistory *history, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_history(history)
    , m_plans(new PlanListModel(store, this))
    , m_plansByPeriod(new QSortFilterProxyModel(this))
    , m_objectives(new PlanObjectiveModel(store, this))
    , m_actions(new PlanActionModel(store, this))
    , m_risks(new PlanRiskModel(store, this))
    , m_whitespace(new WhitespaceGridModel(store, this))
    , m_changes(new PlanHistoryModel(store, this))
{
    setObjectName(QStringLiteral("planEditor"));
    m_plansByPeriod->setSourceModel(m_plans);
    m_plansByPeriod->setSortRole(PlanListModel::SortRole);
    m_plansByPeriod->setDynamicSortFilter(true);
    m_plansByPeriod->sort(PlanListModel::Period, Qt::DescendingOrder);

    // --- the plan and its workflow
    m_planCombo = new QComboBox(this);
    m_planCombo->setObjectName(QStringLiteral("planCombo"));
    m_planCombo->setModel(m_plansByPeriod);
    m_planCombo->setModelColumn(PlanListModel::Period);
    m_planCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *planLabel = new QLabel(tr("P&lan:"), this);
    planLabel->setBuddy(m_planCombo);
    m_new = new QPushButton(tr("&New plan…"), this);
    m_new->setObjectName(QStringLiteral("planNew"));
    m_startNext = new QPushButton(this);
    m_startNext->setObjectName(QStringLiteral("planStartNext"));
    m_startNext->setToolTip(tr("Start the next period's plan from this one: its targets become the baselines; "
                               "objectives, open actions, risks and the whitespace grid carry over"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("planStatusLabel"));
    m_submit = new QPushButton(tr("Su&bmit for review"), this);
    m_submit->setObjectName(QStringLiteral("planSubmit"));
    m_approve = new QPushButton(tr("Approve"), this);
    m_approve->setObjectName(QStringLiteral("planApprove"));
    m_sendBack = new QPushButton(tr("Bac&k to draft"), this);
    m_sendBack->setObjectName(QStringLiteral("planSendBack"));
    m_sendBack->setToolTip(tr("Send the plan back for revision; an approved plan starts its next version"));
    m_exportPdf = new QPushButton(tr("Export &PDF…"), this);
    m_exportPdf->setObjectName(QStringLiteral("planExportPdf"));
    m_planError = makeErrorLabel("planError", this);
    m_empty = new QLabel(tr("This account has no plan yet. “New plan…” starts one."), this);
    m_empty->setObjectName(QStringLiteral("planEmptyHint"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    connect(m_planCombo, &QComboBox::currentIndexChanged, this, &PlanEditor::onPlanChosen);
    connect(m_new, &QPushButton::clicked, this, &PlanEditor::newPlan);
    connect(m_startNext, &QPushButton::clicked, this, &PlanEditor::startNextPeriod);
    connect(m_submit, &QPushButton::clicked, this, [this] { setStatus(PlanStatus::InReview); });
    connect(m_approve, &QPushButton::clicked, this, [this] { setStatus(PlanStatus::Approved); });
    connect(m_sendBack, &QPushButton::clicked, this, [this] { setStatus(PlanStatus::Draft); });
    connect(m_exportPdf, &QPushButton::clicked, this, [this] { exportPlanToPdf(this, *m_store, m_planId); });

    // --- the sections
    auto *objectives = makeSectionPage(m_objectives, "objectives", tr("Add an objective: type its title, press Enter"),
                                       [this](PlanObjective &o) { o.position = nextPosition(m_objectives); });
    auto *actions = makeSectionPage(m_actions, "actions", tr("Add an action: type its title, press Enter"),
                                    [this](PlanAction &a) {
                                        a.position = nextPosition(m_actions);
                                        a.ownerId = m_store->currentUserId();
                                    });
    auto *risks = makeSectionPage(m_risks, "risks", tr("Add a risk: type its title, press Enter"), [](PlanRisk &) {});
    // Text columns that name things get more than their header's width.
    const int textWidth = fontMetrics().averageCharWidth() * 18;
    objectives->findChild<QTableView *>()->setColumnWidth(PlanObjectiveModel::Measure, textWidth);
    actions->findChild<QTableView *>()->setColumnWidth(PlanActionModel::Objective, textWidth);
    actions->findChild<QTableView *>()->setColumnWidth(PlanActionModel::Owner, textWidth);
    actions->findChild<QTableView *>()->setColumnWidth(
        PlanActionModel::Due, fontMetrics().horizontalAdvance(QLocale().toString(QDate(2027, 12, 31), QLocale::ShortFormat)) + 24);
    addCsvExport(objectives->findChild<QTableView *>(), tr("plan-objectives"), *m_store);
    addCsvExport(actions->findChild<QTableView *>(), tr("plan-actions"), *m_store);
    addCsvExport(risks->findChild<QTableView *>(), tr("plan-risks"), *m_store);
    auto *objectivesAndActions = new QSplitter(Qt::Vertical, this);
    objectivesAndActions->setChildrenCollapsible(false);
    objectivesAndActions->addWidget(objectives);
    objectivesAndActions->addWidget(actions);

    auto *historyTable = new QTableView(this);
    setupRowView(historyTable, "planHistoryTable");
    historyTable->setAccessibleName(tr("Plan history"));
    historyTable->setModel(m_changes);
    addCsvExport(historyTable, tr("plan-history"), *m_store);
    historyTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_sections = new QTabWidget(this);
    m_sections->setObjectName(QStringLiteral("planSections"));
    m_sections->setDocumentMode(true);
    m_sections->addTab(makeSituationPage(), tr("&Situation"));
    m_sections->addTab(objectivesAndActions, tr("&Objectives && actions"));
    m_sections->addTab(risks, tr("&Risks"));
    m_sections->addTab(makeWhitespacePage(), tr("&Whitespace"));
    m_sections->addTab(historyTable, tr("&Versions"));

    auto *planRow = new QHBoxLayout;
    planRow->addWidget(planLabel);
    planRow->addWidget(m_planCombo);
    planRow->addWidget(m_new);
    planRow->addWidget(m_startNext);
    planRow->addStretch(1);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_submit);
    statusRow->addWidget(m_approve);
    statusRow->addWidget(m_sendBack);
    statusRow->addWidget(m_exportPdf);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(planRow);
    layout->addLayout(statusRow);
    layout->addWidget(m_planError);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_sections, 1);

    connect(store, &Store::rowsChanged, this, [this](const QString &table, const QStringList &ids) {
        if (table != QLatin1String("plans") || !ids.contains(m_planId))
            return;
        if (Result<Plan> p = m_store->get<Plan>(m_planId); p && !p->meta.isDeleted()) {
            m_plan = std::move(p).value();
            loadPlanFields();
            updateWorkflow();
        }
    });
    setPlan({});
}

QWidget *PlanEditor::makeSituationPage()
{
    auto *page = new QWidget;
    m_title = new QLineEdit(page);
    m_title->setObjectName(QStringLiteral("planTitleEdit"));
    m_title->setMaxLength(200);
    connect(m_title, &QLineEdit::editingFinished, this,
            [this] { editPlan([this](Plan &p) { p.title = m_title->text().trimmed(); }, m_situationError, m_title); });

    const auto textEdit = [this, page](const char *name, QString Plan::*member, const QString &placeholder, int lines) {
        auto *edit = new QPlainTextEdit(page);
        edit->setObjectName(QLatin1String(name));
        edit->setPlaceholderText(placeholder);
        edit->setTabChangesFocus(true);
        // Fixed heights keep the targets in view; longer text scrolls inside its field.
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
        edit->installEventFilter(this);
        m_texts.push_back({edit, member});
        return edit;
    };
    QPlainTextEdit *summary = textEdit("planSummaryEdit", &Plan::summary,
                                       tr("Where the account stands: its business, its buying, our position"), 4);

    auto *swot = new QGroupBox(tr("SWOT"), page);
    auto *swotGrid = new QGridLayout(swot);
    const struct
    {
        const char *name;
        QString Plan::*member;
        QString title;
        QString placeholder;
    } quadrants[] = {
        {"planStrengthsEdit", &Plan::strengths, tr("Strengths"), tr("What we do well for this account")},
        {"planWeaknessesEdit", &Plan::weaknesses, tr("Weaknesses"), tr("Where we fall short")},
        {"planOpportunitiesEdit", &Plan::opportunities, tr("Opportunities"), tr("What we could win")},
        {"planThreatsEdit", &Plan::threats, tr("Threats"), tr("What could cost us business")},
    };
    for (int i = 0; i < 4; ++i) {
        auto *label = new QLabel(quadrants[i].title, swot);
        QPlainTextEdit *edit = textEdit(quadrants[i].name, quadrants[i].member, quadrants[i].placeholder, 4);
        label->setBuddy(edit);
        swotGrid->addWidget(label, (i / 2) * 2, i % 2);
        swotGrid->addWidget(edit, (i / 2) * 2 + 1, i % 2);
    }

    auto *targets = new QGroupBox(tr("Targets"), page);
    auto *targetGrid = new QGridLayout(targets);
    m_currency = new QComboBox(targets);
    m_currency->setObjectName(QStringLiteral("planCurrencyCombo"));
    m_currency->setEditable(true); // the common codes are offered, any ISO code may be typed
    m_currency->addItems(offeredCurrencies());
    const auto commitCurrency = [this] {
        editPlan([this](Plan &p) { p.currency = m_currency->currentText().trimmed().toUpper(); }, m_targetsError,
                 m_currency);
    };
    connect(m_currency, &QComboBox::activated, this, commitCurrency);
    connect(m_currency->lineEdit(), &QLineEdit::editingFinished, this, commitCurrency);
    const auto moneyEdit = [this, targets](const char *name, qint64 Plan::*member) {
        auto *edit = new QLineEdit(targets);
        edit->setObjectName(QLatin1String(name));
        edit->setAlignment(Qt::AlignRight);
        connect(edit, &QLineEdit::editingFinished, this, [this, edit, member] {
            const QString text = edit->text().trimmed();
            Result<Money> value = text.isEmpty() ? Result<Money>(Money{0, m_plan.currency}) : parseMoney(text, m_plan.currency);
            if (!value) {
                report(m_targetsError, value.error(), edit);
                return;
            }
            editPlan([member, minor = value->minor](Plan &p) { p.*member = minor; }, m_targetsError, edit);
        });
        return edit;
    };
    m_revenueBaseline = moneyEdit("planRevenueBaselineEdit", &Plan::revenueBaselineMinor);
    m_revenueTarget = moneyEdit("planRevenueTargetEdit", &Plan::revenueTargetMinor);
    const auto percent = [this, targets](const char *name, double Plan::*member) {
        QDoubleSpinBox *spin = percentSpin(name, targets);
        connect(spin, &QDoubleSpinBox::editingFinished, this, [this, spin, member] {
            editPlan([spin, member](Plan &p) { p.*member = spin->value(); }, m_targetsError, spin);
        });
        return spin;
    };
    m_marginBaseline = percent("planMarginBaselineSpin", &Plan::marginBaseline);
    m_marginTarget = percent("planMarginTargetSpin", &Plan::marginTarget);
    m_walletBaseline = percent("planWalletBaselineSpin", &Plan::walletBaseline);
    m_walletTarget = percent("planWalletTargetSpin", &Plan::walletTarget);
    targetGrid->addWidget(new QLabel(tr("Last period"), targets), 0, 1);
    targetGrid->addWidget(new QLabel(tr("Target"), targets), 0, 2);
    const struct
    {
        QString label;
        QWidget *baseline;
        QWidget *target;
    } rows[] = {
        {tr("Revenue"), m_revenueBaseline, m_revenueTarget},
        {tr("Gross margin"), m_marginBaseline, m_marginTarget},
        {tr("Share of wallet"), m_walletBaseline, m_walletTarget},
    };
    for (int i = 0; i < 3; ++i) {
        auto *label = new QLabel(rows[i].label, targets);
        label->setBuddy(rows[i].baseline);
        targetGrid->addWidget(label, i + 1, 0);
        targetGrid->addWidget(rows[i].baseline, i + 1, 1);
        targetGrid->addWidget(rows[i].target, i + 1, 2);
    }
    targetGrid->addWidget(m_currency, 1, 3);
    m_targetsError = makeErrorLabel("planTargetsError", targets);
    m_editErrors.push_back(m_targetsError);
    targetGrid->addWidget(m_targetsError, 4, 0, 1, 4);
    targetGrid->setColumnStretch(1, 1);
    targetGrid->setColumnStretch(2, 1);

    m_situationError = makeErrorLabel("planSituationError", page);
    m_editErrors.push_back(m_situationError);
    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    auto *summaryLabel = new QLabel(tr("Situation summary"), page);
    summaryLabel->setBuddy(summary);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_situationError);
    layout->addWidget(summaryLabel);
    layout->addWidget(summary);
    layout->addWidget(swot);
    layout->addWidget(targets);
    layout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("planSituationScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    return scroll;
}

template<typename Model>
QWidget *PlanEditor::makeSectionPage(Model *model, const char *name, const QString &addPlaceholder,
                                     std::function<void(typename Model::Row &)> complete)
{
    using Row = typename Model::Row;
    auto *page = new QWidget(this);
    auto *table = new QTableView(page);
    setupRowView(table, childName(name, "Table").constData());
    table->setModel(model);
    table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                           | QAbstractItemView::AnyKeyPressed);
    table->setItemDelegate(new ChoiceDelegate(table));
    // The title takes room, the other columns fit their header; the last column stretches.
    QHeaderView *header = table->horizontalHeader();
    for (int c = 1; c < model->columnCount(); ++c)
        table->setColumnWidth(c, header->fontMetrics().horizontalAdvance(model->headerData(c, Qt::Horizontal).toString()) + 32);
    table->setColumnWidth(0, 200);
    auto *add = new QLineEdit(page);
    add->setObjectName(QLatin1String(childName(name, "Add")));
    add->setPlaceholderText(addPlaceholder);
    add->setClearButtonEnabled(true);
    auto *remove = new QPushButton(tr("&Delete"), page);
    remove->setObjectName(QLatin1String(childName(name, "Delete")));
    remove->setEnabled(false);
    QLabel *error = makeErrorLabel(childName(name, "Error").constData(), page);
    m_editErrors.push_back(error);

    connect(add, &QLineEdit::returnPressed, this, [this, model, table, add, error, complete] {
        Row row;
        row.planId = m_planId;
        row.accountId = m_plan.accountId;
        row.title = add->text().trimmed();
        complete(row);
        auto command = std::make_unique<CreateCommand<Row>>(m_history, row);
        const QString id = command->rowId();
        const Result<void> r = m_history->push(std::move(command));
        report(error, r);
        if (!r)
            return;
        add->clear();
        if (const int row = model->rowOf(id); row >= 0)
            table->setCurrentIndex(model->index(row, 0));
    });
    connect(remove, &QPushButton::clicked, this, [this, model, table, error] {
        const QModelIndex current = table->currentIndex();
        if (current.isValid())
            report(error, m_history->push(std::make_unique<DeleteCommand<Row>>(m_history, model->rowAt(current.row()))));
    });
    connect(model, &PlanSectionModelBase::editRequested, this,
            [this, model, error](const QModelIndex &index, const QVariant &value) {
                const Row before = model->rowAt(index.row());
                Row after = before;
                if (!model->setField(after, index.column(), value) || sameFields(before, after))
                    return;
                report(error, m_history->push(std::make_unique<EditCommand<Row>>(m_history, before, after)));
            });
    const auto updateRemove = [table, remove] { remove->setEnabled(table->currentIndex().isValid()); };
    connect(table->selectionModel(), &QItemSelectionModel::currentChanged, this, updateRemove);
    connect(model, &QAbstractItemModel::modelReset, this, updateRemove);
    connect(model, &QAbstractItemModel::rowsRemoved, this, updateRemove);

    auto *addRow = new QHBoxLayout;
    addRow->addWidget(add, 1);
    addRow->addWidget(remove);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(addRow);
    layout->addWidget(table, 1);
    layout->addWidget(error);
    return page;
}

QWidget *PlanEditor::makeWhitespacePage()
{
    auto *page = new QWidget(this);
    auto *legend = new QHBoxLayout;
    for (const auto &e : enumEntries<Whitespace>()) {
        auto *swatch = new QLabel(enumLabel(e.value), page);
        swatch->setStyleSheet(QStringLiteral("QLabel { background: %1; color: black; padding: 2px 8px; }")
                                  .arg(whitespaceColor(e.value).name()));
        legend->addWidget(swatch);
    }
    legend->addStretch(1);
    auto *hint = new QLabel(tr("Rows are the account, its branches and buying centres; columns are product lines. "
                               "Double-click a cell to fill it in."),
                            page);
    hint->setWordWrap(true);

    m_grid = new QTableView(page);
    m_grid->setObjectName(QStringLiteral("whitespaceGrid"));
    m_grid->setModel(m_whitespace);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->setWordWrap(true);
    // Wide enough for the longest state label on one line; the competitor and value go below it.
    int cellWidth = 120;
    for (const auto &e : enumEntries<Whitespace>())
        cellWidth = qMax(cellWidth, m_grid->fontMetrics().horizontalAdvance(enumLabel(e.value)) + 24);
    m_grid->horizontalHeader()->setDefaultSectionSize(cellWidth);
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // Every row has room for a cell's three lines (state, competitor, value): an even grid.
    m_grid->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_grid->verticalHeader()->setDefaultSectionSize(m_grid->fontMetrics().lineSpacing() * 3 + 12);
    m_grid->verticalHeader()->setMaximumWidth(220);
    m_grid->verticalHeader()->setTextElideMode(Qt::ElideMiddle);

    m_cellEdit = new QPushButton(tr("&Edit cell…"), page);
    m_cellEdit->setObjectName(QStringLiteral("whitespaceEdit"));
    auto *add = new QPushButton(tr("&Add branch, centre or line…"), page);
    add->setObjectName(QStringLiteral("whitespaceAdd"));
    add->setToolTip(tr("Fill in a cell for a buying centre or a product line the grid does not show yet"));
    m_cellClear = new QPushButton(tr("&Clear cell"), page);
    m_cellClear->setObjectName(QStringLiteral("whitespaceClear"));
    m_whitespaceError = makeErrorLabel("whitespaceError", page);
    m_editErrors.push_back(m_whitespaceError);
    connect(m_cellEdit, &QPushButton::clicked, this, [this] { editWhitespaceCell(false); });
    connect(add, &QPushButton::clicked, this, [this] { editWhitespaceCell(true); });
    connect(m_grid, &QAbstractItemView::doubleClicked, this, [this] { editWhitespaceCell(false); });
    connect(m_cellClear, &QPushButton::clicked, this, &PlanEditor::clearWhitespaceCell);
    const auto updateButtons = [this] {
        const QModelIndex current = m_grid->currentIndex();
        m_cellEdit->setEnabled(current.isValid());
        m_cellClear->setEnabled(m_whitespace->cell(current) != nullptr);
    };
    connect(m_grid->selectionModel(), &QItemSelectionModel::currentChanged, this, updateButtons);
    connect(m_whitespace, &QAbstractItemModel::dataChanged, this, updateButtons);
    connect(m_whitespace, &QAbstractItemModel::modelReset, this, updateButtons);
    updateButtons();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_cellEdit);
    buttons->addWidget(add);
    buttons->addWidget(m_cellClear);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(legend);
    layout->addWidget(hint);
    layout->addWidget(m_grid, 1);
    layout->addWidget(m_whitespaceError);
    layout->addLayout(buttons);
    return page;
}

void PlanEditor::setAccount(const QString &accountId)
{
    m_accountId = accountId;
    report(m_planError, m_plans->setAccountId(accountId));
    m_new->setEnabled(!accountId.isEmpty());
    onPlanChosen();
}

bool PlanEditor::showPlan(const QString &planId)
{
    const QModelIndexList hits = m_plansByPeriod->match(m_plansByPeriod->index(0, PlanListModel::Period),
                                                        PlanListModel::IdRole, planId, 1, Qt::MatchExactly);
    if (hits.isEmpty())
        return false;
    m_planCombo->setCurrentIndex(hits.first().row());
    return true;
}

void PlanEditor::onPlanChosen()
{
    const QString id = m_planCombo->currentIndex() < 0 ? QString()
                                                       : m_planCombo->currentData(PlanListModel::IdRole).toString();
    if (id != m_planId || id.isEmpty())
        setPlan(id);
}

void PlanEditor::setPlan(const QString &planId)
{
    m_planId = planId;
    m_plan = Plan();
    Result<void> loaded;
    if (!planId.isEmpty()) {
        Result<Plan> p = m_store->get<Plan>(planId);
        if (p)
            m_plan = std::move(p).value();
        else
            loaded = p.error();
    }
    for (Result<void> r : {m_objectives->setPlanId(planId), m_actions->setPlanId(planId), m_risks->setPlanId(planId),
                           m_whitespace->setPlanId(planId), m_changes->setPlanId(planId)})
        if (loaded && !r)
            loaded = r;
    report(m_planError, loaded);
    for (QLabel *error : m_editErrors)
        error->hide();
    m_empty->setVisible(planId.isEmpty() && !m_accountId.isEmpty());
    m_sections->setVisible(!planId.isEmpty());
    loadPlanFields();
    updateWorkflow();
}

void PlanEditor::loadPlanFields()
{
    const QLocale locale;
    const auto setText = [](QLineEdit *edit, const QString &text) {
        if (!edit->hasFocus())
            edit->setText(text);
    };
    setText(m_title, m_plan.title);
    for (const TextField &f : m_texts)
        if (!f.edit->hasFocus() && f.edit->toPlainText() != m_plan.*f.member)
            f.edit->setPlainText(m_plan.*f.member);
    if (!m_currency->hasFocus())
        m_currency->setCurrentText(m_plan.currency);
    const auto amount = [&](qint64 minor) {
        return minor == 0 ? QString() : formatAmount(Money{minor, m_plan.currency}, locale);
    };
    setText(m_revenueBaseline, amount(m_plan.revenueBaselineMinor));
    setText(m_revenueTarget, amount(m_plan.revenueTargetMinor));
    for (const auto &[spin, value] : {std::pair{m_marginBaseline, m_plan.marginBaseline},
                                      std::pair{m_marginTarget, m_plan.marginTarget},
                                      std::pair{m_walletBaseline, m_plan.walletBaseline},
                                      std::pair{m_walletTarget, m_plan.walletTarget}})
        if (!spin->hasFocus())
            spin->setValue(value);
}

void PlanEditor::updateWorkflow()
{
    const bool shown = !m_planId.isEmpty();
    const PlanStatus status = m_plan.status;
    m_status->setText(shown ? tr("%1 · version %2").arg(enumLabel(status), QLocale().toString(m_plan.version)) : QString());
    m_status->setToolTip(shown && status == PlanStatus::Approved
                             ? tr("Editing an approved plan starts its next version as a draft")
                             : QString());
    for (QWidget *w : std::initializer_list<QWidget *>{m_status, m_submit, m_approve, m_sendBack, m_exportPdf, m_startNext})
        w->setVisible(shown);
    m_submit->setEnabled(shown && status == PlanStatus::Draft);
    m_approve->setEnabled(shown && status == PlanStatus::InReview);
    m_sendBack->setEnabled(shown && status != PlanStatus::Draft);
    const QString next = shown ? nextPlanPeriod(m_plan.period) : QString();
    m_startNext->setText(tr("Start %1 from this plan").arg(planPeriodLabel(next)));
}

bool PlanEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut)
        for (const TextField &f : m_texts)
            if (watched == f.edit) {
                const QString text = f.edit->toPlainText().trimmed();
                editPlan([&](Plan &p) { p.*f.member = text; }, m_situationError, f.edit);
                break;
            }
    return QWidget::eventFilter(watched, event);
}

void PlanEditor::editPlan(const std::function<void(Plan &)> &change, QLabel *error, const QObject *source)
{
    if (m_planId.isEmpty())
        return;
    Result<Plan> current = m_store->get<Plan>(m_planId);
    if (!current) {
        report(error, current.error(), source);
        return;
    }
    Plan after = *current;
    change(after);
    report(error, sameFields(*current, after)
                      ? Result<void>()
                      : m_history->push(std::make_unique<EditCommand<Plan>>(m_history, *current, after)),
           source);
}

void PlanEditor::setStatus(PlanStatus status)
{
    editPlan([status](Plan &p) { p.status = status; }, m_planError);
}

void PlanEditor::newPlan()
{
    if (m_accountId.isEmpty())
        return;
    auto *dialog = new NewPlanDialog(m_history, m_accountId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewPlanDialog::created, this, &PlanEditor::showPlan);
    dialog->open();
}

void PlanEditor::startNextPeriod()
{
    const QString next = nextPlanPeriod(m_plan.period);
    if (m_planId.isEmpty() || next.isEmpty())
        return;
    auto command = std::make_unique<StartPlanCommand>(m_history, m_plan, next);
    StartPlanCommand *started = command.get();
    const Result<void> r = m_history->push(std::move(command));
    report(m_planError, r);
    if (r)
        showPlan(started->rowId());
}

void PlanEditor::editWhitespaceCell(bool blank)
{
    if (m_planId.isEmpty())
        return;
    const QModelIndex current = m_grid->currentIndex();
    WhitespaceCell cell;
    if (const WhitespaceCell *stored = blank ? nullptr : m_whitespace->cell(current)) {
        cell = *stored;
    } else {
        cell.planId = m_planId;
        cell.accountId = m_plan.accountId;
        if (!blank && current.isValid()) {
            cell.segment = current.data(WhitespaceGridModel::SegmentRole).toString();
            cell.productLine = current.data(WhitespaceGridModel::ProductLineRole).toString();
        }
    }
    auto *dialog = new WhitespaceCellDialog(m_history, m_whitespace, cell, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void PlanEditor::clearWhitespaceCell()
{
    if (const WhitespaceCell *cell = m_whitespace->cell(m_grid->currentIndex()))
        report(m_whitespaceError, m_history->push(std::make_unique<DeleteCommand<WhitespaceCell>>(m_history, *cell)));
}

void PlanEditor::report(QLabel *error, const Result<void> &result, const QObject *source)
{
    if (result) {
        // A field's refusal stays until that field is committed again (other fields of the
        // page commit on focus out all the time).
        if (!source || m_errorSources.value(error) == source)
            error->hide();
        return;
    }
    error->setText(result.error().message);
    error->show();
    m_errorSources.insert(error, source);
}

} // namespace kam
