// SPDX-License-Identifier: GPL-3.0-or-later
#include "edit_history.h"

#include "store_commands.h"

namespace kam {

EditHistory::EditHistory(Store *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_stack(new QUndoStack(this))
{
    m_stack->setObjectName(QStringLiteral("undoStack"));
}

Result<void> EditHistory::push(std::unique_ptr<StoreCommand> command)
{
    m_pushError.reset();
    m_pushing = true;
    // QUndoStack::push runs redo() and drops a command that made itself obsolete.
    m_stack->push(command.release());
    m_pushing = false;
    if (m_pushError) {
        Error e = *m_pushError;
        m_pushError.reset();
        return e;
    }
    return {};
}

void EditHistory::reportFailure(const QString &what, const Error &error)
{
    if (m_pushing) {
        m_pushError = error; // the caller of push() shows it, usually next to the input
        return;
    }
    emit commandFailed(what, error.message);
}

} // namespace kam
