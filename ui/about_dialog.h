// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace kam {

/// Help → About: the version of KAM Desk and of the Qt it runs on, how it was built, the store
/// it has open, and the licences of KAM Desk and of the libraries it ships with, with links.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(const QString &storePath, QWidget *parent = nullptr);
};

} // namespace kam
