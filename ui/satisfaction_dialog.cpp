// SPDX-License-Identifier: GPL-3.0-or-later
#include "satisfaction_dialog.h"

#include "commands/edit_history.h"
#include "commands/store_commands.h"
#include "domain/satisfaction.h"
#include "itemmodels/satisfaction_model.h"
#include "store/health_facts.h"
#include "store/row_codec.h"
#include "store/store.h"
#include "widget_helpers.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace kam {

namespace {

/// The store's calendar day, which is what it checks a response's day against.
QDate storeToday(const Store *store)
{
    return store->now().toLocalTime().date();
}

/// Same scores for the same dimensions, whatever their order.
bool sameScores(DimensionScores a, DimensionScores b)
{
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    return a == b;
}

} // namespace

SatisfactionDialog::SatisfactionDialog(Store *store, const SatisfactionResponse &response,
                                       Submit submit, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_response(response)
    , m_submit(std::move(submit))
{
    setObjectName(QStringLiteral("satisfactionDialog"));
    setWindowTitle(response.meta.id.isEmpty() ? tr("Add Satisfaction Response")
                                              : tr("Edit Satisfaction Response"));

    QString accountName;
    if (Result<Account> a = store->get<Account>(response.accountId))
        accountName = displayName(*a);
    auto *account = new QLabel(accountName, this);
    account->setObjectName(QStringLiteral("satisfactionAccountLabel"));

    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("satisfactionDateEdit"));
    m_date->setCalendarPopup(true);
    // Not after the store's today (it refuses later days), but an older response keeps its day.
    m_date->setMaximumDate(std::max(storeToday(store), response.respondedOn));
    m_date->setDate(response.respondedOn.isValid() ? response.respondedOn : storeToday(store));

    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("satisfactionSourceCombo"));
    fillEnumCombo<ResponseSource>(m_source);
    setComboEnum(m_source, response.source);

    m_contact = new QComboBox(this);
    m_contact->setObjectName(QStringLiteral("satisfactionContactCombo"));
    fillContacts(response.accountId);

    m_recommend = new QSpinBox(this);
    m_recommend->setObjectName(QStringLiteral("satisfactionRecommendSpin"));
    m_recommend->setRange(-1, kMaxRecommend); // -1 shows as the special value
    m_recommend->setSpecialValueText(tr("Not answered"));
    m_recommend->setValue(response.recommend);
    m_recommend->setToolTip(tr("How likely is it that they would recommend us to a colleague? "
                               "0 (not at all) to 10 (extremely likely)"));
    auto *recommendRow = new QHBoxLayout;
    recommendRow->addWidget(m_recommend);
    auto *scale = new QLabel(tr("0 = not at all likely, 10 = extremely likely"), this);
    scale->setEnabled(false);
    recommendRow->addWidget(scale, 1);

    m_satisfaction = new QComboBox(this);
    m_satisfaction->setObjectName(QStringLiteral("satisfactionScoreCombo"));
    m_satisfaction->addItem(tr("Not answered"), 0);
    const QLocale locale;
    for (int score = 1; score <= kMaxSatisfaction; ++score)
        m_satisfaction->addItem(tr("%1 – %2", "score and its meaning, as in 4 – Satisfied")
                                    .arg(locale.toString(score), satisfactionLevelLabel(score)),
                                score);
    m_satisfaction->setCurrentIndex(qMax(0, m_satisfaction->findData(response.satisfaction)));

    // The configured dimensions, then any the response has beyond them (set up elsewhere, or
    // before the manager changed the list), so editing never drops a score.
    Result<QStringList> configured = satisfactionDimensions(*store);
    QStringList keys = configured ? std::move(configured).value() : defaultDimensions();
    const DimensionScores given
        = parseDimensionScores(response.dimensionScores).value_or(DimensionScores());
    for (const auto &[key, score] : given)
        if (!keys.contains(key))
            keys << key;
    auto *dimensionBox = new QGroupBox(tr("Scores by dimension"), this);
    dimensionBox->setObjectName(QStringLiteral("satisfactionDimensionsBox"));
    auto *dimensionForm = new QFormLayout(dimensionBox);
    dimensionForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    for (const QString &key : std::as_const(keys)) {
        auto *spin = new QSpinBox(dimensionBox);
        spin->setObjectName(QStringLiteral("satisfactionDimension_") + key);
        spin->setRange(0, kMaxSatisfaction);
        spin->setSpecialValueText(QStringLiteral("—")); // 0: not rated
        spin->setToolTip(tr("1 (very dissatisfied) to 5 (very satisfied); — when not rated"));
        const auto it = std::find_if(given.begin(), given.end(),
                                     [&](const auto &s) { return s.first == key; });
        spin->setValue(it == given.end() ? 0 : it->second);
        dimensionForm->addRow(tr("%1:", "a dimension's label in a form").arg(dimensionLabel(key)),
                              spin);
        m_dimensions.append({ key, spin });
    }

    m_comment = new QPlainTextEdit(this);
    m_comment->setObjectName(QStringLiteral("satisfactionCommentEdit"));
    m_comment->setTabChangesFocus(true);
    m_comment->setPlainText(response.comment);
    m_comment->setFixedHeight(m_comment->fontMetrics().lineSpacing() * 4
                              + 2 * m_comment->frameWidth() + 8);
    m_error = makeErrorLabel("satisfactionDialogError", this);

    auto *form = new QFormLayout;
    form->addRow(tr("Account:"), account);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Source:"), m_source);
    form->addRow(tr("&Answered by:"), m_contact);
    // A row holding a layout gets no buddy from QFormLayout, so its mnemonic needs one here.
    auto *recommendLabel = new QLabel(tr("&Likelihood to recommend:"), this);
    recommendLabel->setBuddy(m_recommend);
    form->addRow(recommendLabel, recommendRow);
    form->addRow(tr("O&verall satisfaction:"), m_satisfaction);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("satisfactionOkButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SatisfactionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SatisfactionDialog::reject);

    auto *commentLabel = new QLabel(tr("&Comment:"), this);
    commentLabel->setBuddy(m_comment);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(dimensionBox);
    layout->addWidget(commentLabel);
    layout->addWidget(m_comment);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_date->setFocus();
    resize(520, sizeHint().height());
}

void SatisfactionDialog::fillContacts(const QString &accountId)
{
    m_contact->addItem(tr("The account as a whole"), QString());
    if (Result<std::vector<Contact>> contacts = m_store->contacts(accountId)) {
        for (const Contact &c : *contacts) {
            // Someone who has left may still have answered before; they stay choosable.
            QString text = c.title.isEmpty() ? c.name : tr("%1 (%2)").arg(c.name, c.title);
            if (!c.active)
                text = tr("%1, has left").arg(text);
            m_contact->addItem(text, c.meta.id);
        }
    }
    m_contact->setCurrentIndex(qMax(0, m_contact->findData(m_response.contactId)));
}

SatisfactionResponse SatisfactionDialog::response() const
{
    SatisfactionResponse r = m_response;
    r.respondedOn = m_date->date();
    r.source = comboEnum<ResponseSource>(m_source);
    r.contactId = m_contact->currentData().toString();
    r.recommend = m_recommend->value();
    r.satisfaction = m_satisfaction->currentData().toInt();
    DimensionScores scores;
    for (const auto &[key, spin] : m_dimensions)
        if (spin->value() > 0)
            scores.append({ key, spin->value() });
    // Unchanged scores keep their stored text, so an untouched OK is no edit.
    const std::optional<DimensionScores> before = parseDimensionScores(m_response.dimensionScores);
    if (!before || !sameScores(*before, scores))
        r.dimensionScores = dimensionScoresText(scores);
    r.comment = m_comment->toPlainText().trimmed();
    return r;
}

void SatisfactionDialog::accept()
{
    if (Result<void> r = m_submit(response()); !r) {
        showError(r.error().message);
        return;
    }
    QDialog::accept();
}

void SatisfactionDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

QString SatisfactionDialog::addNew(EditHistory *history, const QString &accountId, QWidget *parent)
{
    Store *store = history->store();
    SatisfactionResponse r;
    r.accountId = accountId;
    r.respondedOn = storeToday(store);
    QString createdId;
    SatisfactionDialog dialog(
        store, r,
        [&](const SatisfactionResponse &response) { return pushCreate(history, response, createdId); },
        parent);
    dialog.exec();
    return createdId;
}

Result<void> SatisfactionDialog::edit(EditHistory *history, const QString &id, QWidget *parent)
{
    Result<SatisfactionResponse> before = history->store()->get<SatisfactionResponse>(id);
    if (!before)
        return before.error();
    SatisfactionDialog dialog(
        history->store(), *before,
        [&](const SatisfactionResponse &after) { return pushEdit(history, *before, after); },
        parent);
    dialog.exec();
    return {};
}

} // namespace kam
