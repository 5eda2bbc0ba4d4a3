// SPDX-License-Identifier: GPL-3.0-or-later
#include "targets_dialog.h"

#include "commands/store_commands.h"
#include "itemmodels/pipeline_source.h"
#include "widget_helpers.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kam {

namespace {
enum Column { OwnerColumn, PeriodColumn, AmountColumn, ColumnCount };
} // namespace

TargetsDialog::TargetsDialog(PipelineSource *source, EditHistory *history, QWidget *parent)
    : QDialog(parent)
    , m_source(source)
    , m_history(history)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_owner(new QComboBox(this))
    , m_period(new QLineEdit(this))
    , m_amount(new QLineEdit(this))
    , m_currency(new QLineEdit(this))
    , m_save(new QPushButton(tr("Save changes"), this))
    , m_delete(new QPushButton(tr("Delete"), this))
    , m_error(makeErrorLabel("targetError", this))
{
    setWindowTitle(tr("Sales targets"));
    m_table->setObjectName(QStringLiteral("targetTable"));
    m_table->setHorizontalHeaderLabels({ tr("Owner"), tr("Period"), tr("Target") });
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_owner->setObjectName(QStringLiteral("targetOwner"));
    m_owner->addItem(tr("Whole team"), QString());
    QList<std::pair<QString, QString>> users; // name, id
    for (auto it = source->userNames().cbegin(); it != source->userNames().cend(); ++it)
        users.append({ it.value(), it.key() });
    std::sort(users.begin(), users.end());
    for (const auto &[name, id] : users)
        m_owner->addItem(name, id);
    m_period->setObjectName(QStringLiteral("targetPeriod"));
    m_period->setPlaceholderText(tr("2027-03 or 2027-Q1"));
    m_amount->setObjectName(QStringLiteral("targetAmount"));
    m_currency->setObjectName(QStringLiteral("targetCurrency"));
    m_currency->setText(source->pipeline().mainCurrency());
    m_currency->setMaxLength(3);

    auto *form = new QFormLayout;
    form->addRow(tr("Owner:"), m_owner);
    form->addRow(tr("Period:"), m_period);
    form->addRow(tr("Amount:"), m_amount);
    form->addRow(tr("Currency:"), m_currency);
    auto *add = new QPushButton(tr("Add"), this);
    add->setObjectName(QStringLiteral("addTarget"));
    m_save->setObjectName(QStringLiteral("saveTarget"));
    m_delete->setObjectName(QStringLiteral("deleteTarget"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_save);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    layout->addWidget(close);
    resize(520, 480);

    connect(add, &QPushButton::clicked, this, &TargetsDialog::addTarget);
    connect(m_save, &QPushButton::clicked, this, &TargetsDialog::saveTarget);
    connect(m_delete, &QPushButton::clicked, this, &TargetsDialog::deleteTarget);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &TargetsDialog::showSelected);
    connect(source, &PipelineSource::reloaded, this, &TargetsDialog::fillTable);
    fillTable();
}

void TargetsDialog::fillTable()
{
    const QString current = selected() ? selected()->meta.id : QString();
    const QSignalBlocker blocker(m_table);
    m_table->clearContents();
    m_table->setRowCount(int(m_source->targets().size()));
    int row = 0;
    for (const SalesTarget &t : m_source->targets()) {
        const QString owner
            = t.ownerId.isEmpty() ? tr("Whole team") : m_source->userName(t.ownerId);
        auto *first = new QTableWidgetItem(owner);
        first->setData(Qt::UserRole, t.meta.id);
        m_table->setItem(row, OwnerColumn, first);
        m_table->setItem(row, PeriodColumn, new QTableWidgetItem(t.period));
        auto *amount = new QTableWidgetItem(formatMoney({ t.amountMinor, t.currency }));
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, AmountColumn, amount);
        if (t.meta.id == current)
            m_table->selectRow(row);
        ++row;
    }
    showSelected();
}

const SalesTarget *TargetsDialog::selected() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty())
        return nullptr;
    const QString id
        = m_table->item(items.front()->row(), OwnerColumn)->data(Qt::UserRole).toString();
    for (const SalesTarget &t : m_source->targets())
        if (t.meta.id == id)
            return &t;
    return nullptr;
}

void TargetsDialog::showSelected()
{
    const SalesTarget *t = selected();
    m_save->setEnabled(t);
    m_delete->setEnabled(t);
    if (!t)
        return;
    setComboId(m_owner, t->ownerId);
    if (t->ownerId.isEmpty())
        m_owner->setCurrentIndex(0);
    m_period->setText(t->period);
    m_amount->setText(formatAmount({ t->amountMinor, t->currency }));
    m_currency->setText(t->currency);
}

bool TargetsDialog::readForm(SalesTarget &target)
{
    target.ownerId = m_owner->currentData().toString();
    target.period = m_period->text().trimmed();
    target.currency = m_currency->text().trimmed().toUpper();
    Result<Money> amount = parseMoney(m_amount->text(), target.currency);
    if (!amount) {
        showResult(amount.error());
        return false;
    }
    target.amountMinor = amount->minor;
    return true;
}

void TargetsDialog::addTarget()
{
    SalesTarget target;
    if (readForm(target))
        showResult(
            m_history->push(std::make_unique<CreateCommand<SalesTarget>>(m_history, target)));
}

void TargetsDialog::saveTarget()
{
    const SalesTarget *t = selected();
    if (!t)
        return;
    SalesTarget after = *t;
    if (readForm(after))
        showResult(
            m_history->push(std::make_unique<EditCommand<SalesTarget>>(m_history, *t, after)));
}

void TargetsDialog::deleteTarget()
{
    if (const SalesTarget *t = selected())
        showResult(m_history->push(std::make_unique<DeleteCommand<SalesTarget>>(m_history, *t)));
}

void TargetsDialog::showResult(const Result<void> &r)
{
    m_error->setVisible(!r);
    if (!r)
        m_error->setText(r.error().message);
}

} // namespace kam
