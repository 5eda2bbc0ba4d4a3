// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTest>

/// Fails the calling test function unless the Result holds a value, with the Result's message.
#define KAM_VERIFY_RESULT(expr)                                                                    \
    do {                                                                                           \
        const auto &result_ = (expr);                                                              \
        QVERIFY2(bool(result_), result_ ? "" : qPrintable(result_.error().message));               \
    } while (false)
