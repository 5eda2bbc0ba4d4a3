// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <vector>

class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace kam {

class EditHistory;
class StoreCommand;

/// The sales process: its stages in order, each with a name and a default probability; adds,
/// renames, reorders and removes stages, each change one undo command. The built-in process is
/// stored at the first edit, so that it can be edited.
class StageEditorDialog : public QDialog
{
    Q_OBJECT

public:
    StageEditorDialog(EditHistory *history, QWidget *parent = nullptr);

private:
    void fillList();
    void showSelected();
    void addStage();
    void applyStage();
    void moveStage(int step);
    void removeStage();
    /// The selected stage's index in m_stages, or -1.
    int current() const;
    /// Stores the built-in stages, then pushes what `make` builds; shows a refusal inline.
    void edit(const std::function<std::unique_ptr<StoreCommand>()> &make);
    /// A key for a new stage: from its name where that gives one, else generated; unique.
    QString newKey(const QString &name) const;

    EditHistory *m_history;
    std::vector<Stage> m_stages;
    QListWidget *m_list;
    QLineEdit *m_name;
    QSpinBox *m_probability;
    QLabel *m_error;
};

} // namespace kam
