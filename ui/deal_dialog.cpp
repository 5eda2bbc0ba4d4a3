// SPDX-License-Identifier: GPL-3.0-or-later
#include "deal_dialog.h"

#include "store/app_settings.h"
#include "commands/store_commands.h"
#include "domain/stages.h"
#include "itemmodels/pipeline_source.h"
#include "widget_helpers.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace kam {

namespace {

/// Stage combo items carry the stage's default probability.
constexpr int kProbabilityRole = Qt::UserRole + 1;

template<typename W> W *named(W *widget, const char *objectName)
{
    widget->setObjectName(QLatin1String(objectName));
    return widget;
}


} // namespace

DealDialog::DealDialog(PipelineSource *source, EditHistory *history, const Opportunity &deal,
                       QWidget *parent)
    : QDialog(parent)
    , m_source(source)
    , m_history(history)
    , m_deal(deal)
{
    setObjectName(QStringLiteral("dealDialog"));
    const bool isNew = deal.meta.id.isEmpty();
    setWindowTitle(isNew ? tr("New Deal") : tr("Edit Deal"));
    const std::vector<Stage> &stages = source->pipeline().stages();
    if (isNew) {
        if (m_deal.stageId.isEmpty() && !stages.empty()) {
            m_deal.stageId = stages.front().meta.id;
            m_deal.probability = stages.front().probability;
        }
        if (m_deal.ownerId.isEmpty())
            m_deal.ownerId = history->store()->currentUserId();
        if (!m_deal.expectedClose.isValid())
            m_deal.expectedClose = QDate::currentDate().addMonths(1);
    }

    m_account = named(new QComboBox(this), "dealAccountCombo");
    m_title = named(new QLineEdit(this), "dealTitleEdit");
    m_title->setMaxLength(200);
    m_products = named(new QListWidget(this), "dealProductList");
    m_products->setMaximumHeight(m_products->fontMetrics().height() * 6);
    m_amount = named(new QLineEdit(this), "dealAmountEdit");
    m_amount->setAlignment(Qt::AlignRight);
    m_currency = named(new QComboBox(this), "dealCurrencyCombo");
    m_currency->setEditable(true); // the common codes are offered, any ISO code may be typed
    m_currency->addItems(offeredCurrencies());
    m_probability = named(new QSpinBox(this), "dealProbabilitySpin");
    m_probability->setRange(0, 100);
    m_probability->setSuffix(QStringLiteral(" %"));
    m_close = named(new QDateEdit(this), "dealCloseEdit");
    m_close->setCalendarPopup(true);
    m_stage = named(new QComboBox(this), "dealStageCombo");
    for (const Stage &s : stages) {
        m_stage->addItem(stageName(s), s.meta.id);
        m_stage->setItemData(m_stage->count() - 1, s.probability, kProbabilityRole);
    }
    m_owner = named(new QComboBox(this), "dealOwnerCombo");
    m_owner->addItem(tr("Nobody"), QString());
    QList<std::pair<QString, QString>> users;
    for (auto it = source->userNames().cbegin(); it != source->userNames().cend(); ++it)
        users.append({it.value(), it.key()});
    std::sort(users.begin(), users.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.first, b.first) < 0;
    });
    for (const auto &[name, id] : users)
        m_owner->addItem(name, id);
    m_campaign = named(new QComboBox(this), "dealCampaignCombo");
    // Editable: a deal of an older store may name its campaign in words; that text stays.
    m_campaign->setEditable(true);
    m_campaign->setInsertPolicy(QComboBox::NoInsert);
    m_campaign->lineEdit()->setPlaceholderText(tr("None"));
    m_competitor = named(new QLineEdit(this), "dealCompetitorEdit");
    m_status = named(new QComboBox(this), "dealStatusCombo");
    fillEnumCombo<DealStatus>(m_status);
    m_reason = named(new QLineEdit(this), "dealReasonEdit");
    m_nextStep = named(new QLineEdit(this), "dealNextStepEdit");
    m_closedOn = named(new QDateEdit(this), "dealClosedOnEdit");
    m_closedOn->setCalendarPopup(true);
    m_error = makeErrorLabel("dealDialogError", this);
    fillAccounts();
    fillProducts();
    fillCampaigns();

    setComboId(m_account, m_deal.accountId);
    m_title->setText(m_deal.title);
    m_amount->setText(formatAmount(m_deal.amount()));
    if (m_currency->findText(m_deal.currency) < 0)
        m_currency->addItem(m_deal.currency);
    m_currency->setCurrentText(m_deal.currency);
    m_probability->setValue(m_deal.probability);
    m_close->setDate(m_deal.expectedClose.isValid() ? m_deal.expectedClose : QDate::currentDate());
    setComboId(m_stage, m_deal.stageId);
    m_owner->setCurrentIndex(qMax(0, m_owner->findData(m_deal.ownerId)));
    if (const int i = m_deal.sourceCampaign.isEmpty() ? -1 : m_campaign->findData(m_deal.sourceCampaign); i > 0)
        m_campaign->setCurrentIndex(i);
    else
        m_campaign->setEditText(m_deal.sourceCampaign);
    m_competitor->setText(m_deal.competitor);
    setComboEnum(m_status, m_deal.status);
    m_reason->setText(m_deal.reason);
    m_nextStep->setText(m_deal.nextStep);
    m_closedOn->setDate(m_deal.closedOn.isValid() ? m_deal.closedOn : QDate::currentDate());
    updateClosedFields();

    // Connected after the fields are filled, so an edited deal keeps its own probability.
    connect(m_stage, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_probability->setValue(m_stage->itemData(index, kProbabilityRole).toInt());
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, &DealDialog::updateClosedFields);

    auto *amountRow = new QHBoxLayout;
    amountRow->addWidget(m_amount, 1);
    amountRow->addWidget(m_currency);
    auto *form = new QFormLayout;
    form->addRow(tr("&Account:"), m_account);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Products:"), m_products);
    auto *amountLabel = new QLabel(tr("A&mount:"), this);
    amountLabel->setBuddy(m_amount); // a row of a layout gets no buddy from addRow
    form->addRow(amountLabel, amountRow);
    form->addRow(tr("&Stage:"), m_stage);
    form->addRow(tr("P&robability:"), m_probability);
    form->addRow(tr("&Expected close:"), m_close);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("Source &campaign:"), m_campaign);
    form->addRow(tr("Com&petitor:"), m_competitor);
    form->addRow(tr("&Next step:"), m_nextStep);
    form->addRow(tr("Stat&us:"), m_status);
    form->addRow(tr("&Win/loss reason:"), m_reason);
    form->addRow(tr("C&losed on:"), m_closedOn);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = named(buttons->button(QDialogButtonBox::Ok), "dealOkButton");
    connect(buttons, &QDialogButtonBox::accepted, this, &DealDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DealDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_title->setFocus();
    resize(520, sizeHint().height());
}

void DealDialog::fillAccounts()
{
    Result<std::vector<Account>> accounts = m_history->store()->accounts();
    if (!accounts) {
        showError(accounts.error().message);
        return;
    }
    std::vector<Account> all = std::move(accounts).value();
    std::sort(all.begin(), all.end(), [](const Account &a, const Account &b) {
        return QString::localeAwareCompare(displayName(a), displayName(b)) < 0;
    });
    QSet<QString> ids;
    for (const Account &a : all)
        ids.insert(a.meta.id);
    // Groups in name order, each followed by its branches, indented.
    for (const Account &group : all) {
        if (ids.contains(group.parentId))
            continue;
        m_account->addItem(displayName(group), group.meta.id);
        for (const Account &branch : all)
            if (branch.parentId == group.meta.id)
                m_account->addItem(QStringLiteral("\u2003%1").arg(displayName(branch)),
                                   branch.meta.id);
    }
}

void DealDialog::fillProducts()
{
    const QStringList chosen = m_deal.products();
    for (const Product &p : m_source->products()) {
        auto *item = new QListWidgetItem(
            p.series.isEmpty() ? p.name : tr("%1 · %2").arg(p.series, p.name), m_products);
        item->setData(Qt::UserRole, p.meta.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(chosen.contains(p.meta.id) ? Qt::Checked : Qt::Unchecked);
    }
}

void DealDialog::fillCampaigns()
{
    m_campaign->addItem(QString(), QString()); // no campaign
    Result<std::vector<Campaign>> campaigns = m_history->store()->campaigns();
    if (!campaigns) {
        showError(campaigns.error().message);
        return;
    }
    std::vector<Campaign> all = std::move(campaigns).value();
    std::sort(all.begin(), all.end(), [](const Campaign &a, const Campaign &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    for (const Campaign &c : all)
        m_campaign->addItem(c.name, c.meta.id);
}

QString DealDialog::sourceCampaign() const
{
    const QString text = m_campaign->currentText().trimmed();
    if (text.isEmpty())
        return {};
    // A stored value shown as it is (a campaign's id by its name, or legacy text) is kept.
    const int stored = m_deal.sourceCampaign.isEmpty() ? -1 : m_campaign->findData(m_deal.sourceCampaign);
    if (text == (stored > 0 ? m_campaign->itemText(stored) : m_deal.sourceCampaign))
        return m_deal.sourceCampaign;
    const int i = m_campaign->findText(text, Qt::MatchExactly);
    return i > 0 ? m_campaign->itemData(i).toString() : text;
}

void DealDialog::updateClosedFields()
{
    const bool closed = comboEnum<DealStatus>(m_status) != DealStatus::Open;
    m_reason->setEnabled(closed);
    m_closedOn->setEnabled(closed);
}

Opportunity DealDialog::deal() const
{
    Opportunity d = m_deal;
    d.accountId = m_account->currentData().toString();
    d.title = m_title->text().trimmed();
    QStringList products;
    for (int i = 0; i < m_products->count(); ++i)
        if (m_products->item(i)->checkState() == Qt::Checked)
            products << m_products->item(i)->data(Qt::UserRole).toString();
    d.productIds = products.join(u',');
    d.currency = m_currency->currentText().trimmed().toUpper();
    d.probability = m_probability->value();
    d.expectedClose = m_close->date();
    d.stageId = m_stage->currentData().toString();
    d.ownerId = m_owner->currentData().toString();
    d.sourceCampaign = sourceCampaign();
    d.competitor = m_competitor->text().trimmed();
    d.status = comboEnum<DealStatus>(m_status);
    const bool closed = d.status != DealStatus::Open;
    d.reason = closed ? m_reason->text().trimmed() : QString();
    d.closedOn = closed ? m_closedOn->date() : QDate();
    d.nextStep = m_nextStep->text().trimmed();
    return d;
}

void DealDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void DealDialog::accept()
{
    Opportunity d = deal();
    Result<Money> amount = parseMoney(m_amount->text(), d.currency);
    if (!amount) {
        showError(amount.error().message);
        return;
    }
    d.amountMinor = amount->minor;
    if (!m_deal.meta.id.isEmpty() && sameFields(m_deal, d)) {
        QDialog::accept();
        return;
    }
    std::unique_ptr<StoreCommand> command;
    if (m_deal.meta.id.isEmpty())
        command = std::make_unique<CreateCommand<Opportunity>>(m_history, d);
    else
        command = std::make_unique<EditCommand<Opportunity>>(m_history, m_deal, d);
    if (Result<void> r = m_history->push(std::move(command)); !r) {
        showError(r.error().message);
        return;
    }
    QDialog::accept();
}

DealDialog *openDealDialog(PipelineSource *source, EditHistory *history, const Opportunity &deal,
                           QWidget *parent)
{
    Opportunity shown = deal;
    if (shown.meta.id.isEmpty())
        shown.currency = defaultCurrency(*history->store());
    auto *dialog = new DealDialog(source, history, shown, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace kam
