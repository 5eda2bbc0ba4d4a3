// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace kam {

class EditHistory;
class WhitespaceGridModel;

/// Fills in or edits one cell of a plan's whitespace grid: what a segment does for a product
/// line (state, competitor) and what it is worth. For a new cell the segment and line can be
/// picked from the grid or typed, which adds a buying centre or a product line. OK pushes a
/// CreateCommand or EditCommand; a refusal shows under the form with nothing written.
class WhitespaceCellDialog : public QDialog
{
    Q_OBJECT

public:
    /// `cell` with an id edits that cell; without, starts one at its segment and product line.
    WhitespaceCellDialog(EditHistory *history, const WhitespaceGridModel *grid, const WhitespaceCell &cell,
                         QWidget *parent = nullptr);

    /// The cell as the form has it now.
    WhitespaceCell cell() const;

    void accept() override;

private:
    void updateCompetitor();

    EditHistory *m_history;
    WhitespaceCell m_cell;
    QString m_currency;
    QComboBox *m_segment;
    QComboBox *m_line;
    QComboBox *m_state;
    QLineEdit *m_competitor;
    QLineEdit *m_value;
    QLabel *m_error;
};

} // namespace kam
