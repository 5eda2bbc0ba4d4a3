// SPDX-License-Identifier: GPL-3.0-or-later
#include "stage_editor_dialog.h"

#include "commands/store_commands.h"
#include "domain/stages.h"
#include "widget_helpers.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QUuid>
#include <QVBoxLayout>

namespace kam {

StageEditorDialog::StageEditorDialog(EditHistory *history, QWidget *parent)
    : QDialog(parent)
    , m_history(history)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_probability(new QSpinBox(this))
    , m_error(makeErrorLabel("stageError", this))
{
    setWindowTitle(tr("Sales process"));
    m_list->setObjectName(QStringLiteral("stageList"));
    m_name->setObjectName(QStringLiteral("stageName"));
    m_name->setMaxLength(60);
    m_probability->setObjectName(QStringLiteral("stageProbability"));
    m_probability->setRange(0, 100);
    m_probability->setSuffix(QStringLiteral(" %"));

    const auto button
        = [this](const QString &text, const char *name, void (StageEditorDialog::*slot)()) {
              auto *b = new QPushButton(text, this);
              b->setObjectName(QLatin1String(name));
              connect(b, &QPushButton::clicked, this, slot);
              return b;
          };
    auto *up = new QPushButton(tr("Move up"), this);
    up->setObjectName(QStringLiteral("moveStageUp"));
    connect(up, &QPushButton::clicked, this, [this] { moveStage(-1); });
    auto *down = new QPushButton(tr("Move down"), this);
    down->setObjectName(QStringLiteral("moveStageDown"));
    connect(down, &QPushButton::clicked, this, [this] { moveStage(1); });

    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Default probability:"), m_probability);
    auto *buttons = new QGridLayout;
    buttons->addWidget(button(tr("Add as new stage"), "addStage", &StageEditorDialog::addStage), 0,
                       0);
    buttons->addWidget(button(tr("Apply to stage"), "applyStage", &StageEditorDialog::applyStage),
                       0, 1);
    buttons->addWidget(button(tr("Remove stage"), "removeStage", &StageEditorDialog::removeStage),
                       0, 2);
    buttons->addWidget(up, 1, 0);
    buttons->addWidget(down, 1, 1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    layout->addWidget(close);
    resize(440, 480);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &StageEditorDialog::showSelected);
    connect(history->store(), &Store::rowsChanged, this, [this](const QString &table) {
        if (table == tableSpec<Stage>().table)
            fillList();
    });
    fillList();
}

void StageEditorDialog::fillList()
{
    const QString currentId = current() >= 0 ? m_stages[size_t(current())].meta.id : QString();
    Result<std::vector<Stage>> stages = m_history->store()->stages();
    if (!stages) {
        m_error->setText(stages.error().message);
        m_error->show();
        return;
    }
    m_stages = std::move(stages).value();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    int row = 0;
    for (const Stage &s : m_stages) {
        m_list->addItem(tr("%1 (%2 %)").arg(stageName(s)).arg(s.probability));
        if (s.meta.id == currentId)
            m_list->setCurrentRow(row);
        ++row;
    }
    showSelected();
}

int StageEditorDialog::current() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < int(m_stages.size()) ? row : -1;
}

void StageEditorDialog::showSelected()
{
    if (current() < 0)
        return;
    const Stage &s = m_stages[size_t(current())];
    m_name->setText(stageName(s));
    m_probability->setValue(s.probability);
}

void StageEditorDialog::edit(const std::function<std::unique_ptr<StoreCommand>()> &make)
{
    // Not undone with the command: the stored built-in process is the process shown before.
    Result<void> r = m_history->store()->storeBuiltInStages();
    if (r)
        r = m_history->push(make());
    m_error->setVisible(!r);
    if (!r)
        m_error->setText(r.error().message);
}

QString StageEditorDialog::newKey(const QString &name) const
{
    static const QRegularExpression notKey(QStringLiteral("[^a-z0-9]+"));
    QString key = name.toLower().replace(notKey, QStringLiteral("_"));
    key.remove(QRegularExpression(QStringLiteral("^_+|_+$")));
    const auto taken = [this](const QString &k) {
        return std::any_of(m_stages.begin(), m_stages.end(),
                           [&](const Stage &s) { return s.key == k; });
    };
    // A name in Chinese gives no key; a key in use would be refused.
    if (key.isEmpty() || taken(key))
        key = QStringLiteral("stage_") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    return key;
}

void StageEditorDialog::addStage()
{
    Stage s;
    s.name = m_name->text().trimmed();
    s.key = newKey(s.name);
    s.probability = m_probability->value();
    for (const Stage &other : m_stages)
        s.position = std::max(s.position, other.position + 1);
    edit([&] { return std::make_unique<CreateCommand<Stage>>(m_history, s); });
}

void StageEditorDialog::applyStage()
{
    if (current() < 0)
        return;
    const Stage before = m_stages[size_t(current())]; // a copy: the edit refills m_stages
    Stage after = before;
    // A built-in stage keeps its translated name until it is given another one.
    if (m_name->text().trimmed() != stageName(before))
        after.name = m_name->text().trimmed();
    after.probability = m_probability->value();
    edit([&] { return std::make_unique<EditCommand<Stage>>(m_history, before, after); });
}

void StageEditorDialog::moveStage(int step)
{
    const int from = current();
    const int to = from + step;
    if (from < 0 || to < 0 || to >= int(m_stages.size()))
        return;
    std::vector<Stage> order = m_stages;
    std::swap(order[size_t(from)], order[size_t(to)]);
    std::vector<std::pair<Stage, Stage>> changes;
    for (int i = 0; i < int(order.size()); ++i) {
        if (order[size_t(i)].position == i)
            continue;
        Stage after = order[size_t(i)];
        after.position = i;
        changes.emplace_back(order[size_t(i)], after);
    }
    const QString text = tr("Move stage %1").arg(stageName(m_stages[size_t(from)]));
    edit([&] { return std::make_unique<EditCommand<Stage>>(m_history, changes, text); });
}

void StageEditorDialog::removeStage()
{
    if (current() < 0)
        return;
    const Stage s = m_stages[size_t(current())];
    edit([&] { return std::make_unique<DeleteCommand<Stage>>(m_history, s); });
}

} // namespace kam
