// SPDX-License-Identifier: GPL-3.0-or-later
#include "churn_settings_dialog.h"

#include "itemmodels/churn_monitor.h"
#include "itemmodels/churn_signal_model.h"
#include "maintenance_rules_dialog.h"
#include "store/pipeline_settings.h"
#include "widget_helpers.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
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
        return ChurnSettingsDialog::tr("fall between the last two quarters with answers");
    case ChurnSignal::SatisfactionDrop:
        return ChurnSettingsDialog::tr("fall of the average (1–5) between those quarters");
    case ChurnSignal::RevenueDrop:
        return ChurnSettingsDialog::tr("fall of won revenue, quarter on quarter");
    case ChurnSignal::NoContact:
        return ChurnSettingsDialog::tr("the fallback for tiers without an interval");
    case ChurnSignal::StalledDeals:
        return ChurnSettingsDialog::tr("an open deal without a stage change");
    case ChurnSignal::KeyContactLost:
        return ChurnSettingsDialog::tr("since a key contact left; no champion fires too");
    case ChurnSignal::OpenServiceCases:
        return ChurnSettingsDialog::tr("cases whose follow-up is not done");
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
        meaning->setForegroundRole(QPalette::PlaceholderText);
        auto *name = new QLabel(tr("%1:").arg(enumLabel(e.value)), signalsBox);
        name->setBuddy(weight);
        grid->addWidget(name, row, 0);
        grid->addWidget(weight, row, 1);
        grid->addWidget(share, row, 2);
        grid->addWidget(threshold, row, 3);
        grid->addWidget(meaning, row, 4);
        ++row;
        connect(weight, &QDoubleSpinBox::valueChanged, this, &ChurnSettingsDialog::updateShares);
        m_weights[e.value] = weight;
        m_thresholds[e.value] = threshold;
        m_shares[e.value] = share;
    }
    grid->setColumnStretch(4, 1);

    // The tiers' own intervals come before No contact's threshold; they live with the agenda's
    // reminders. (A wrapping label in the grid gets too little height, so it has its own row.)
    m_intervals->setObjectName(QStringLiteral("churnIntervals"));
    m_intervals->setWordWrap(true);
    auto *editIntervals = new QPushButton(tr("Maintenance &intervals…"), this);
    editIntervals->setObjectName(QStringLiteral("churnMaintenanceButton"));
    connect(editIntervals, &QPushButton::clicked, this, &ChurnSettingsDialog::editIntervals);
    auto *intervalsLine = new QHBoxLayout;
    intervalsLine->addWidget(m_intervals, 1);
    intervalsLine->addWidget(editIntervals, 0, Qt::AlignTop);

    m_warnAt->setObjectName(QStringLiteral("churnWarnAt"));
    m_warnAt->setRange(0, 100); // 0 too, so that the store's rule is the one that refuses and says why
    auto *warnLabel = new QLabel(tr("&Warn from a risk score of:"), this);
    warnLabel->setBuddy(m_warnAt);
    auto *warnForm = new QHBoxLayout;
    warnForm->addWidget(warnLabel);
    warnForm->addWidget(m_warnAt);
    warnForm->addWidget(new QLabel(tr("(1–100)"), this));
    warnForm->addStretch();

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
    layout->addLayout(intervalsLine);
    layout->addLayout(warnForm);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    showSettings(monitor->settings());
    updateIntervals();
    resize(sizeHint());
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
    QStringList with;
    QStringList without;
    for (const Tier tier : {Tier::Core, Tier::Key, Tier::Ordinary, Tier::Potential, Tier::Unrated}) {
        if (const int days = rules->intervalFor(tier); days > 0)
            with << tr("%1 %Ln day(s)", nullptr, days).arg(enumLabel(tier));
        else
            without << enumLabel(tier);
    }
    const QString separator = tr(", ", "between tiers");
    m_intervals->setText(without.isEmpty()
                             ? tr("No contact fires after the tier's maintenance interval: %1.").arg(with.join(separator))
                             : tr("No contact fires after the tier's maintenance interval: %1; the threshold "
                                  "above applies to %2.")
                                   .arg(with.join(separator), without.join(separator)));
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
