// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the deal tests: the built-in stages by key and valid sample deals.

#include "domain/stages.h"
#include "store/store.h"

#include <QTest>

namespace kam::test {

/// The built-in stage with `key`; fails the calling test through an empty id if there is none.
inline Stage builtInStage(const QString &key)
{
    for (const Stage &s : builtInStages())
        if (s.key == key)
            return s;
    qWarning("no built-in stage %s", qPrintable(key));
    return {};
}

/// An open deal in a built-in stage with that stage's probability.
inline Opportunity sampleDeal(const QString &accountId, const QString &stageKey,
                              const QString &title, qint64 amountMinor, const QDate &expectedClose)
{
    const Stage stage = builtInStage(stageKey);
    Opportunity d;
    d.accountId = accountId;
    d.title = title;
    d.stageId = stage.meta.id;
    d.probability = stage.probability;
    d.amountMinor = amountMinor;
    d.expectedClose = expectedClose;
    return d;
}

/// Creates `row` in `store`; returns it as stored, or a row with an empty id after a warning.
template<typename T> T created(Store &store, T row)
{
    Result<T> r = store.create(std::move(row));
    if (!r) {
        qWarning("%s", qPrintable(r.error().message));
        return T{};
    }
    return *r;
}

} // namespace kam::test
