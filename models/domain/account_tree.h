// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"

#include <QStringList>

#include <span>

namespace kam {

/// The ids of the accounts below `accountId` in its group, at any depth, nearest first;
/// a parent cycle in a damaged file ends the walk instead of looping.
QStringList branchIds(std::span<const Account> accounts, const QString &accountId);

} // namespace kam
