// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/health_facts.h"

namespace kam::analytics {

/// The stage the facts suggest, and why, in the UI language.
struct LifecycleProposal
{
    Lifecycle stage = Lifecycle::Prospect;
    QString reason;
};

/// Revenue change between the two halves of the last four complete quarters at which the
/// proposal calls an account developing (≥ +20 %) or declining (≤ −20 %).
inline constexpr double kLifecycleTrendPercent = 20;
/// A first deal won at most this many days ago makes an account developing.
inline constexpr int kLifecycleNewCustomerDays = 365;
/// An account without revenue in the last four quarters is lost unless a deal moved within this.
inline constexpr int kLifecycleDealActivityDays = 180;

/// The stage proposed on `today` from the facts, using the four complete quarters before
/// today's quarter (Q1 oldest … Q4 newest):
/// - no deal won yet: prospect;
/// - first deal won at most 365 days ago: developing (ahead of the revenue rules, because a
///   first deal closed in today's quarter is no revenue of Q1–Q4 yet);
/// - no revenue in Q1–Q4: declining while a deal is open or moved within 180 days, else lost;
/// - revenue of Q3+Q4 against Q1+Q2: ≥ +20 % (or up from nothing) developing, ≤ −20 % declining,
///   else mature.
LifecycleProposal proposeLifecycle(const AccountHealthFacts &facts, const QDate &today);

} // namespace kam::analytics
