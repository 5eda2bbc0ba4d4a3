// SPDX-License-Identifier: GPL-3.0-or-later
#include "churn_settings_dialog.h"

#include "itemmodels/churn_monitor.h"
#include "itemmodels/churn_signal_model.h"
#include "maintenance_rules_dialog.h"
#include "store/pipeline_settings.h"
#include "widget_helpers.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kam {

using analytics::ChurnSettings;

namespace {

/// What a signal's threshold measures, after its unit ("days without contact …").
QString thresholdMeaning(ChurnSignal signal)
{
    switch (signal) {
    case ChurnSignal::NpsDrop:
        return ChurnSettingsDialog::tr("fall of the NPS between the last two quarters with answers");
    case ChurnSignal::SatisfactionDrop:
        return ChurnSettingsDialog::tr("fall of the average satisfaction (1–5 scale) between those quarters");
    case ChurnSignal::RevenueDrop:
        return ChurnSettingsDialog::tr("fall of won revenue, last complete quarter against the one before");
    case ChurnSignal::NoContact:
        return ChurnSettingsDialog::tr("without contact: the fallback for tiers without a maintenance interval");
    case ChurnSignal::StalledDeals:
        return ChurnSettingsDialog::tr("an open deal has stayed in its stage");
    case ChurnSignal::KeyContactLost:
        return ChurnSettingsDialog::tr("since a key contact left (no active champion fires too)");
    case ChurnSignal::OpenServiceCases:
        return ChurnSettingsDialog::tr("service cases whose follow-up is not done");
    case ChurnSignal::PaymentOverdue:
        return ChurnSettingsDialog::tr("the oldest unpaid invoice is overdue");
    }
    return {};
}

} // namespace

ChurnSettingsDialog::ChurnSettingsDialog(Store *store, ChurnMonitor *monitor, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_monitor(monitor)
    , m_warnAt(new QSpinBox(this))
    , m_intervals(new QLabel(this))
    , m_error(makeErrorLabel("churnSettingsError", this))
{
    setObjectName(QStringLiteral("churnSettingsDialog"));
    setWindowTitle(tr("Churn Warning Settings"));

    auto *intro = new QLabel(tr("A signal that fires adds its share of the 100 points of the risk score: "
                                "its weight divided by the sum of all weights. A weight of 0 switches "
                                "a signal off."),
                             this);
    intro->setWordWrap(true);

    auto *signalsBox = new QGroupBox(tr("Signals"), this);
    auto *grid = new QGridLayout(signalsBox);
    int row = 0;
    const auto header = [&](int column, const QString &text) {
        auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()), signalsBox);
        grid->addWidget(label, row, column);
    };
    header(0, tr("Signal"));
    header(1, tr("Weight"));
    header(2, tr("Points when fired"));
    header(3, tr("Fires at"));
    ++row;
    for (const EnumEntry<ChurnSignal> &e : enumEntries<ChurnSignal>()) {
        const QString code = enumCode(e.value);
        auto *weight = new QDoubleSpinBox(signalsBox);
        weight->setObjectName(QStringLiteral("churnWeight_%1").arg(code));
        weight->setRange(0, 1000);
        weight->setDecimals(0);
        auto *share = new QLabel(signalsBox);
        share->setObjectName(QStringLiteral("churnShare_%1").arg(code));
        share->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *threshold = new QDoubleSpinBox(signalsBox);
        threshold->setObjectName(QStringLiteral("churnThreshold_%1").arg(code));
        threshold->setRange(0, 99999);
        threshold->setDecimals(e.value == ChurnSignal::SatisfactionDrop ? 1 : 0);
        threshold->setSingleStep(e.value == ChurnSignal::SatisfactionDrop ? 0.1 : 1);
        threshold->setSuffix(ChurnSignalModel::thresholdSuffix(e.value));
        auto *meaning = new QLabel(thresholdMeaning(e.value), signalsBox);
        meaning->setWordWrap(true);
        meaning->setForegroundRole(QPalette::PlaceholderText);
        auto *name = new QLabel(tr("%1:").arg(enumLabel(e.value)), signalsBox);
        name->setBuddy(weight);
        grid->addWidget(name, row, 0);
        grid->addWidget(weight, row, 1);
        grid->addWidget(share, row, 2);
        grid->addWidget(threshold, row, 3);
        grid->addWidget(meaning, row, 4);
        ++row;
        if (e.value == ChurnSignal::NoContact) {
            // The tiers' own intervals come first; they live with the agenda's reminders.
            m_intervals->setObjectName(QStringLiteral("churnIntervals"));
            m_intervals->setWordWrap(true);
            auto *edit = new QPushButton(tr("Maintenance &intervals…"), signalsBox);
            edit->setObjectName(QStringLiteral("churnMaintenanceButton"));
            connect(edit, &QPushButton::clicked, this, &ChurnSettingsDialog::editIntervals);
            auto *line = new QHBoxLayout;
            line->addWidget(m_intervals, 1);
            line->addWidget(edit);
            grid->addLayout(line, row, 1, 1, 4);
            ++row;
        }
        connect(weight, &QDoubleSpinBox::valueChanged, this, &ChurnSettingsDialog::updateShares);
        m_weights[e.value] = weight;
        m_thresholds[e.value] = threshold;
        m_shares[e.value] = share;
    }
    grid->setColumnStretch(4, 1);

    m_warnAt->setObjectName(QStringLiteral("churnWarnAt"));
    m_warnAt->setRange(0, 100); // 0 too, so that the store's rule is the one that refuses and says why
    auto *warnForm = new QFormLayout;
    warnForm->addRow(tr("&Warn from a risk score of:"), m_warnAt);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel
                                             | QDialogButtonBox::RestoreDefaults,
                                         this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("churnSettingsOkButton"));
    QPushButton *defaults = buttons->button(QDialogButtonBox::RestoreDefaults);
    defaults->setObjectName(QStringLiteral("churnRestoreDefaultsButton"));
    connect(defaults, &QPushButton::clicked, this, [this] {
        ChurnSettings settings = ChurnSettings::defaults();
        settings.contactIntervals = m_monitor->settings().contactIntervals;
        showSettings(settings);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &ChurnSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ChurnSettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(signalsBox);
    layout->addLayout(warnForm);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    showSettings(monitor->settings());
    updateIntervals();
    resize(sizeHint().expandedTo(QSize(760, 0)));
}

void ChurnSettingsDialog::showSettings(const ChurnSettings &settings)
{
    for (const auto &[signal, spin] : m_weights) {
        const analytics::SignalRule rule = settings.rule(signal);
        const QSignalBlocker blocker(spin);
        spin->setValue(rule.weight);
        m_thresholds[signal]->setValue(rule.threshold);
    }
    m_warnAt->setValue(settings.warnAt);
    updateShares();
}

ChurnSettings ChurnSettingsDialog::edited() const
{
    ChurnSettings settings = m_monitor->settings();
    for (const auto &[signal, spin] : m_weights)
        settings.rules[signal] = {spin->value(), m_thresholds.at(signal)->value()};
    settings.warnAt = m_warnAt->value();
    return settings;
}

void ChurnSettingsDialog::updateShares()
{
    double sum = 0;
    for (const auto &[signal, spin] : m_weights)
        sum += spin->value();
    for (const auto &[signal, label] : m_shares)
        label->setText(sum > 0 ? tr("%1 points").arg(ChurnSignalModel::number(100 * m_weights[signal]->value() / sum))
                               : tr("—"));
}

void ChurnSettingsDialog::updateIntervals()
{
    Result<analytics::MaintenanceRules> rules = maintenanceRules(*m_store);
    if (!rules) {
        m_intervals->setText(rules.error().message);
        return;
    }
    QStringList parts;
    for (const EnumEntry<Tier> &e : enumEntries<Tier>()) {
        const int days = rules->intervalFor(e.value);
        parts << (days > 0 ? tr("%1 %Ln day(s)", nullptr, days).arg(enumLabel(e.value))
                           : tr("%1 no interval").arg(enumLabel(e.value)));
    }
    m_intervals->setText(tr("Tiers with a maintenance interval use it instead: %1.")
                             .arg(parts.join(tr(", ", "between tiers"))));
}

void ChurnSettingsDialog::editIntervals()
{
    MaintenanceRulesDialog dialog(m_store, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    updateIntervals();
    m_monitor->reloadSettings(); // the intervals are saved already; the scores use them now
}

void ChurnSettingsDialog::accept()
{
    if (Result<void> r = m_monitor->setSettings(edited()); !r) {
        m_error->setText(r.error().message);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace kam
