// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QObject>
#include <QUndoStack>

#include <memory>

namespace kam {

class Store;
class StoreCommand;

/// The undo stack of one window plus the rule that keeps it honest: a command joins the stack
/// only after its first store call succeeded, and a command whose undo or redo the store
/// refuses leaves the stack (its error is reported through commandFailed).
class EditHistory : public QObject
{
    Q_OBJECT

public:
    EditHistory(Store *store, QObject *parent = nullptr);

    Store *store() const { return m_store; }
    QUndoStack *stack() const { return m_stack; }

    /// Runs the command's first redo; on success the command is on the stack, on failure it is
    /// deleted and the store's error returned (nothing was written).
    Result<void> push(std::unique_ptr<StoreCommand> command);

    /// Called by a command whose store call failed.
    void reportFailure(const QString &what, const Error &error);

signals:
    /// An undo or redo the store refused; `what` is the command's text.
    void commandFailed(const QString &what, const QString &message);

private:
    Store *m_store;
    QUndoStack *m_stack;
    bool m_pushing = false;
    std::optional<Error> m_pushError;
};

} // namespace kam
