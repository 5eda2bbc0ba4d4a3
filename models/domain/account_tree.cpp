// SPDX-License-Identifier: GPL-3.0-or-later
#include "account_tree.h"

#include <QHash>

namespace kam {

QStringList branchIds(std::span<const Account> accounts, const QString &accountId)
{
    QHash<QString, QStringList> children;
    for (const Account &a : accounts)
        if (!a.parentId.isEmpty())
            children[a.parentId] << a.meta.id;
    QStringList out;
    QStringList pending = children.value(accountId);
    while (!pending.isEmpty()) {
        const QString id = pending.takeFirst();
        if (id == accountId || out.contains(id))
            continue;
        out << id;
        pending << children.value(id);
    }
    return out;
}

} // namespace kam
