// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QSqlDatabase>

namespace kam {

/// PRAGMA application_id of a KAM Desk store ("KAMD"), so a foreign SQLite file is refused.
constexpr int kApplicationId = 0x4B414D44;

/// Runs every migration step after the database's user_version up to `targetVersion`, each in
/// its own transaction together with the user_version bump (KMyMoney's upgradeToVn pattern).
Result<void> migrate(QSqlDatabase db, int targetVersion);

} // namespace kam
