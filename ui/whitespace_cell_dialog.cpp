// SPDX-License-Identifier: GPL-3.0-or-later
#include "whitespace_cell_dialog.h"

#include "commands/store_commands.h"
#include "itemmodels/whitespace_grid_model.h"
#include "widget_helpers.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kam {

WhitespaceCellDialog::WhitespaceCellDialog(EditHistory *history, const WhitespaceGridModel *grid,
                                           const WhitespaceCell &cell, QWidget *parent)
    : QDialog(parent)
    , m_history(history)
    , m_cell(cell)
    , m_currency(grid->currency())
    , m_segment(new QComboBox(this))
    , m_line(new QComboBox(this))
    , m_state(new QComboBox(this))
    , m_competitor(new QLineEdit(this))
    , m_value(new QLineEdit(this))
    , m_error(makeErrorLabel("whitespaceCellError", this))
{
    setObjectName(QStringLiteral("whitespaceCellDialog"));
    const bool isNew = cell.meta.id.isEmpty();
    setWindowTitle(isNew ? tr("Fill In Whitespace") : tr("Edit Whitespace"));

    m_segment->setObjectName(QStringLiteral("whitespaceSegmentCombo"));
    m_line->setObjectName(QStringLiteral("whitespaceLineCombo"));
    // A new cell may name a buying centre or a product line the grid has no row or column for.
    for (QComboBox *combo : {m_segment, m_line}) {
        combo->setEditable(isNew);
        combo->setEnabled(isNew);
        combo->setInsertPolicy(QComboBox::NoInsert);
    }
    for (const WhitespaceGridModel::Segment &s : grid->segments())
        m_segment->addItem(s.label, s.key);
    m_line->addItems(grid->productLines());
    m_segment->setCurrentIndex(m_segment->findData(cell.segment));
    if (m_segment->currentIndex() < 0)
        m_segment->setEditText(cell.segment);
    m_line->setCurrentIndex(m_line->findText(cell.productLine));
    if (m_line->currentIndex() < 0)
        m_line->setEditText(cell.productLine);
    if (isNew) {
        m_segment->lineEdit()->setPlaceholderText(tr("A branch, or a buying centre's name"));
        m_line->lineEdit()->setPlaceholderText(tr("A product line"));
    }

    m_state->setObjectName(QStringLiteral("whitespaceStateCombo"));
    fillEnumCombo<Whitespace>(m_state);
    setComboEnum(m_state, cell.state);
    m_competitor->setObjectName(QStringLiteral("whitespaceCompetitorEdit"));
    m_competitor->setMaxLength(200);
    m_competitor->setText(cell.competitor);
    m_value->setObjectName(QStringLiteral("whitespaceValueEdit"));
    m_value->setAlignment(Qt::AlignRight);
    if (cell.valueMinor > 0)
        m_value->setText(formatAmount(Money{cell.valueMinor, m_currency}));
    connect(m_state, &QComboBox::currentIndexChanged, this, &WhitespaceCellDialog::updateCompetitor);
    updateCompetitor();

    auto *valueRow = new QHBoxLayout;
    valueRow->addWidget(m_value, 1);
    valueRow->addWidget(new QLabel(m_currency, this));
    auto *valueLabel = new QLabel(tr("Annual &value:"), this);
    valueLabel->setBuddy(m_value);
    auto *form = new QFormLayout;
    form->addRow(tr("&Segment:"), m_segment);
    form->addRow(tr("Product &line:"), m_line);
    form->addRow(tr("S&tate:"), m_state);
    form->addRow(tr("&Competitor:"), m_competitor);
    form->addRow(valueLabel, valueRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("whitespaceCellOk"));
    connect(buttons, &QDialogButtonBox::accepted, this, &WhitespaceCellDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &WhitespaceCellDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(420, sizeHint().height());
}

void WhitespaceCellDialog::updateCompetitor()
{
    m_competitor->setEnabled(comboEnum<Whitespace>(m_state) == Whitespace::Competitor);
}

WhitespaceCell WhitespaceCellDialog::cell() const
{
    WhitespaceCell c = m_cell;
    // A typed name that is a row's label means that row (a branch is stored by its id).
    const int segment = m_segment->findText(m_segment->currentText().trimmed());
    c.segment = segment >= 0 ? m_segment->itemData(segment).toString() : m_segment->currentText().trimmed();
    c.productLine = m_line->currentText().trimmed();
    c.state = comboEnum<Whitespace>(m_state);
    c.competitor = c.state == Whitespace::Competitor ? m_competitor->text().trimmed() : QString();
    return c;
}

void WhitespaceCellDialog::accept()
{
    WhitespaceCell c = cell();
    const auto fail = [this](const QString &message) {
        m_error->setText(message);
        m_error->show();
    };
    if (!m_value->text().trimmed().isEmpty()) {
        Result<Money> value = parseMoney(m_value->text(), m_currency);
        if (!value) {
            fail(value.error().message);
            return;
        }
        c.valueMinor = value->minor;
    } else {
        c.valueMinor = 0;
    }
    if (!c.meta.id.isEmpty() && sameFields(m_cell, c)) {
        QDialog::accept();
        return;
    }
    Result<void> r = c.meta.id.isEmpty()
                         ? m_history->push(std::make_unique<CreateCommand<WhitespaceCell>>(m_history, c))
                         : m_history->push(std::make_unique<EditCommand<WhitespaceCell>>(m_history, m_cell, c));
    if (!r) {
        fail(r.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace kam
