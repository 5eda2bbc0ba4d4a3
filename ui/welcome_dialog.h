// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;

namespace kam {

/// The first start on a store: the two ways to work, exploring the data on this computer or
/// connecting to the company's server, and "Don't show this again".
class WelcomeDialog : public QDialog
{
    Q_OBJECT

public:
    /// exec() returns Explore or Connect (Escape explores).
    enum Choice { Explore = QDialog::Rejected, Connect = QDialog::Accepted };

    explicit WelcomeDialog(QWidget *parent = nullptr);

    bool dontShowAgain() const;

private:
    QCheckBox *m_dontShow;
};

} // namespace kam
