// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings_dialog.h"

#include "store/app_settings.h"
#include "main_window.h"
#include "store/store.h"
#include "sync/http_transport.h"
#include "sync/sync_controller.h"
#include "widget_helpers.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kam {

SettingsDialog::SettingsDialog(Store *store, sync::SyncController *sync, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_sync(sync)
    , m_language(new QComboBox(this))
    , m_server(new QLineEdit(sync->serverUrl(), this))
    , m_interval(new QSpinBox(this))
    , m_currency(new QComboBox(this))
    , m_storeForm(new QFormLayout)
    , m_maintenance(store, m_storeForm, this)
    , m_error(makeErrorLabel("settingsError", this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    m_language->setObjectName(QStringLiteral("settingsLanguage"));
    m_language->addItem(tr("Follow the system"), QString());
    // Language names are written in their own language, never translated.
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(QSettings().value(MainWindow::languageSettingsKey()).toString())));
    auto *languageNote = new QLabel(tr("A new language is used from the next start."), this);
    languageNote->setWordWrap(true);

    m_server->setObjectName(QStringLiteral("settingsServer"));
    m_server->setPlaceholderText(QStringLiteral("https://kam.example.com"));
    m_interval->setObjectName(QStringLiteral("settingsSyncInterval"));
    // Wider than allowed, so that accept() is the one that refuses and says why.
    m_interval->setRange(0, 99999);
    m_interval->setSuffix(tr(" min"));
    m_interval->setSpecialValueText(tr("Only on demand"));
    m_interval->setValue(sync->interval());
    auto *serverNote = new QLabel(tr("Another server asks you to log in to it."), this);
    serverNote->setWordWrap(true);

    m_currency->setObjectName(QStringLiteral("settingsCurrency"));
    m_currency->setEditable(true);
    m_currency->addItems(offeredCurrencies());
    m_currency->setCurrentText(defaultCurrency(*store));

    auto *general = new QGroupBox(tr("This computer"), this);
    auto *generalForm = new QFormLayout(general);
    generalForm->addRow(tr("&Language:"), m_language);
    generalForm->addRow(QString(), languageNote);
    generalForm->addRow(tr("Sync &server:"), m_server);
    generalForm->addRow(QString(), serverNote);
    generalForm->addRow(tr("Sync &every:"), m_interval);

    // The maintenance intervals' rows come after the currency, in the same columns.
    auto *storeBox = new QGroupBox(tr("This store"), this);
    m_storeForm->insertRow(0, tr("Default &currency:"), m_currency);
    storeBox->setLayout(m_storeForm);
    if (!m_maintenance.loadError().isEmpty())
        showError(m_maintenance.loadError(), nullptr);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("settingsOkButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(general);
    layout->addWidget(storeBox);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
}

QString SettingsDialog::language() const
{
    return m_language->currentData().toString();
}

QString SettingsDialog::server() const
{
    return m_server->text().trimmed();
}

void SettingsDialog::showError(const QString &message, QWidget *field)
{
    m_error->setText(message);
    m_error->show();
    if (field)
        field->setFocus();
}

void SettingsDialog::accept()
{
    // Everything is checked before anything is saved: the store's settings in one transaction.
    if (!server().isEmpty() || !m_sync->serverUrl().isEmpty())
        if (Result<QUrl> url = sync::parseServerUrl(server()); !url)
            return showError(tr("Sync server: %1").arg(url.error().message), m_server);
    if (m_interval->value() > 24 * 60)
        return showError(tr("Sync every: at most 1440 minutes (once a day); 0 syncs only on demand."), m_interval);
    QWidget *refused = nullptr;
    const Result<void> saved = m_store->transaction([&]() -> Result<void> {
        refused = m_currency;
        if (Result<void> r = setDefaultCurrency(*m_store, m_currency->currentText().trimmed().toUpper()); !r)
            return r;
        refused = nullptr; // the store's message names the rule
        return m_maintenance.save();
    });
    if (!saved)
        return showError(saved.error().message, refused);
    QSettings().setValue(MainWindow::syncIntervalSettingsKey(), m_interval->value());
    m_sync->setInterval(m_interval->value());
    QDialog::accept();
}

} // namespace kam
