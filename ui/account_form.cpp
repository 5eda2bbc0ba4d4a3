// SPDX-License-Identifier: GPL-3.0-or-later
#include "account_form.h"

#include "store/row_codec.h"

#include "itemmodels/account_columns.h"
#include "store/store.h"
#include "widget_helpers.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpressionValidator>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace kam {

namespace {

/// The accounts an account may join as a branch: all but itself, sorted by name.
class ParentPickerProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setExcludedId(const QString &id)
    {
        if (id == m_excluded)
            return;
        m_excluded = id;
        invalidateRowsFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (m_excluded.isEmpty())
            return true;
        return sourceModel()->index(row, 0, parent).data(AccountIdRole).toString() != m_excluded;
    }

private:
    QString m_excluded;
};

/// Sorts its (possibly 20,000-row) model only when the list is first opened, so building and
/// filling the form stays cheap; the current item is kept by QComboBox's persistent index.
class LazySortCombo : public QComboBox
{
public:
    using QComboBox::QComboBox;
    void showPopup() override
    {
        if (auto *proxy = qobject_cast<QSortFilterProxyModel *>(model()); proxy && proxy->sortColumn() < 0)
            proxy->sort(modelColumn());
        QComboBox::showPopup();
    }
};

/// Upper-cases what is typed, keeping the cursor where the user is typing.
void forceUpperCase(QLineEdit *edit)
{
    QObject::connect(edit, &QLineEdit::textEdited, edit, [edit](const QString &t) {
        if (t == t.toUpper())
            return;
        const int cursor = edit->cursorPosition();
        edit->setText(t.toUpper());
        edit->setCursorPosition(cursor);
    });
}

QLineEdit *lineEdit(const char *objectName, QWidget *parent, int maxLength = 200)
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(QLatin1String(objectName));
    e->setMaxLength(maxLength);
    return e;
}

QComboBox *combo(const char *objectName, QWidget *parent)
{
    auto *c = new QComboBox(parent);
    c->setObjectName(QLatin1String(objectName));
    return c;
}

} // namespace

AccountForm::AccountForm(Store *store, QAbstractItemModel *accounts, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    auto *pickerModel = new ParentPickerProxy(this);
    pickerModel->setSourceModel(accounts);
    pickerModel->setSortRole(AccountSortRole);
    pickerModel->setSortLocaleAware(true);
    m_parentModel = pickerModel;

    m_legalName = lineEdit("legalNameEdit", this);
    m_legalName->setPlaceholderText(tr("Registered company name (required)"));
    m_shortName = lineEdit("shortNameEdit", this, 100);
    m_kind = combo("kindCombo", this);
    fillEnumCombo<AccountKind>(m_kind);
    m_industry = lineEdit("industryEdit", this, 100);
    m_region = lineEdit("regionEdit", this, 100);
    m_address = lineEdit("addressEdit", this, 300);
    m_creditCode = lineEdit("creditCodeEdit", this, 18);
    m_creditCode->setPlaceholderText(tr("18 characters, e.g. 91310000MA1FL1234X"));
    // Credit codes and tax ids are upper case by definition; typing them lower case is common.
    forceUpperCase(m_creditCode);
    m_taxId = lineEdit("taxIdEdit", this, 20);
    // Codes are read character by character: never clip them.
    const int codeWidth = m_creditCode->fontMetrics().horizontalAdvance(QStringLiteral("91350100M000100Y43WW")) + 12;
    m_creditCode->setMinimumWidth(codeWidth);
    m_taxId->setMinimumWidth(codeWidth);
    forceUpperCase(m_taxId);

    m_parent = new LazySortCombo(this);
    m_parent->setObjectName(QStringLiteral("parentCombo"));
    m_parent->setModel(m_parentModel);
    m_parent->setModelColumn(int(AccountColumn::LegalName));
    m_parent->setPlaceholderText(tr("None (independent account)"));
    // A large portfolio would make the combo measure every name on first show.
    m_parent->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_parent->setMinimumContentsLength(16);
    m_parentClear = new QToolButton(this);
    m_parentClear->setObjectName(QStringLiteral("parentClear"));
    m_parentClear->setText(tr("Clear"));
    m_parentClear->setToolTip(tr("Make this an independent account"));
    connect(m_parentClear, &QToolButton::clicked, this, [this] {
        m_parentChoice.clear();
        m_parent->setCurrentIndex(-1);
        onEdited();
    });

    m_tier = combo("tierCombo", this);
    fillEnumCombo<Tier>(m_tier);
    m_lifecycle = combo("lifecycleCombo", this);
    fillEnumCombo<Lifecycle>(m_lifecycle);
    m_owner = combo("ownerCombo", this);
    m_owner->setPlaceholderText(tr("Unassigned"));
    m_currency = combo("currencyCombo", this);
    m_currency->setEditable(true);
    m_currency->addItems({QStringLiteral("CNY"), QStringLiteral("USD"), QStringLiteral("EUR"),
                          QStringLiteral("HKD"), QStringLiteral("JPY"), QStringLiteral("GBP")});
    m_currency->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,3}")), m_currency));
    m_currency->lineEdit()->setMaxLength(3);
    forceUpperCase(m_currency->lineEdit());
    m_revenue = lineEdit("revenueEdit", this, 30);
    m_revenue->setAlignment(Qt::AlignRight);
    m_revenue->setAccessibleName(tr("Annual revenue"));
    m_revenue->setPlaceholderText(QLocale().toString(0));
    m_revenuePreview = new QLabel(this);
    m_revenuePreview->setObjectName(QStringLiteral("revenuePreview"));
    m_revenuePreview->setTextFormat(Qt::PlainText);
    m_strategicFit = combo("strategicFitCombo", this);
    m_strategicFit->addItem(tr("Not rated"), 0);
    m_strategicFit->addItem(tr("1 – poor"), 1);
    for (int fit = 2; fit <= 4; ++fit)
        m_strategicFit->addItem(QLocale().toString(fit), fit);
    m_strategicFit->addItem(tr("5 – excellent"), 5);
    m_strategicFit->setToolTip(tr("How well the customer fits our strategy: a criterion of the value model"));
    m_overdueDays = new QSpinBox(this);
    m_overdueDays->setObjectName(QStringLiteral("overdueDaysSpin"));
    m_overdueDays->setRange(0, 3650);
    m_overdueDays->setSpecialValueText(tr("None known"));
    m_overdueDays->setSuffix(tr(" days"));
    m_overdueDays->setToolTip(tr("How late the oldest unpaid invoice is: a churn signal and the value model's payment record"));
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(60);

    m_error = makeErrorLabel("accountFormError", this);

    auto *parentRow = new QHBoxLayout;
    parentRow->setContentsMargins(0, 0, 0, 0);
    parentRow->addWidget(m_parent, 1);
    parentRow->addWidget(m_parentClear);
    auto *revenueRow = new QHBoxLayout;
    revenueRow->setContentsMargins(0, 0, 0, 0);
    revenueRow->addWidget(m_currency);
    revenueRow->addWidget(m_revenue, 1);

    // Two label/field pairs per row; the long texts (names, address, group) span both.
    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(3, 2);
    grid->setHorizontalSpacing(8);
    int row = 0;
    auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    auto pair = [&](int column, const QString &text, QWidget *field, QLayout *fieldLayout = nullptr,
                    int span = 1) {
        grid->addWidget(label(text, field), row, column, Qt::AlignLeft | Qt::AlignVCenter);
        if (fieldLayout)
            grid->addLayout(fieldLayout, row, column + 1, 1, span);
        else
            grid->addWidget(field, row, column + 1, 1, span);
    };
    pair(0, tr("&Legal name:"), m_legalName, nullptr, 3);
    ++row;
    pair(0, tr("&Short name:"), m_shortName);
    pair(2, tr("&Kind:"), m_kind);
    ++row;
    pair(0, tr("&Industry:"), m_industry);
    pair(2, tr("&Region:"), m_region);
    ++row;
    pair(0, tr("&Credit code:"), m_creditCode);
    pair(2, tr("Ta&x id:"), m_taxId);
    ++row;
    pair(0, tr("A&ddress:"), m_address, nullptr, 3);
    ++row;
    pair(0, tr("&Group:"), m_parent, parentRow);
    pair(2, tr("&Owner:"), m_owner);
    ++row;
    pair(0, tr("&Tier:"), m_tier);
    pair(2, tr("Li&fecycle:"), m_lifecycle);
    ++row;
    pair(0, tr("Annual re&venue:"), m_currency, revenueRow);
    grid->addWidget(m_revenuePreview, row, 2, 1, 2);
    ++row;
    pair(0, tr("Strat&egic fit:"), m_strategicFit);
    pair(2, tr("&Payment overdue:"), m_overdueDays);

    auto *notesLabel = new QLabel(tr("&Notes:"), this);
    notesLabel->setBuddy(m_notes);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(grid);
    layout->addWidget(notesLabel);
    layout->addWidget(m_notes, 1);
    layout->addWidget(m_error);

    // Tab order follows reading order: row by row, left to right, then the notes.
    const QList<QWidget *> order = {m_legalName, m_shortName, m_kind, m_industry, m_region,
                                    m_creditCode, m_taxId, m_address, m_parent, m_parentClear,
                                    m_owner, m_tier, m_lifecycle, m_currency, m_revenue, m_strategicFit,
                                    m_overdueDays, m_notes};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);
    setFocusProxy(m_legalName);

    for (QLineEdit *e : {m_legalName, m_shortName, m_industry, m_region, m_address, m_creditCode,
                         m_taxId, m_revenue})
        connect(e, &QLineEdit::textChanged, this, &AccountForm::onEdited);
    for (QComboBox *c : {m_kind, m_parent, m_tier, m_lifecycle, m_owner, m_strategicFit})
        connect(c, &QComboBox::currentIndexChanged, this, &AccountForm::onEdited);
    connect(m_overdueDays, &QSpinBox::valueChanged, this, &AccountForm::onEdited);
    connect(m_parent, &QComboBox::currentIndexChanged, this, [this](int row) {
        if (!m_loading && !m_parentListChanging)
            m_parentChoice = row < 0 ? QString() : m_parentModel->index(row, 0).data(AccountIdRole).toString();
    });
    // The picker's own reaction to rows coming and going runs first (it connected at
    // setModel); then the form's choice is shown again.
    for (auto about : {&QAbstractItemModel::rowsAboutToBeInserted, &QAbstractItemModel::rowsAboutToBeRemoved})
        connect(m_parentModel, about, this, [this] { m_parentListChanging = true; });
    connect(m_parentModel, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_parentListChanging = true; });
    for (auto done : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_parentModel, done, this, &AccountForm::showParentChoice);
    connect(m_parentModel, &QAbstractItemModel::modelReset, this, &AccountForm::showParentChoice);
    connect(m_currency, &QComboBox::currentTextChanged, this, &AccountForm::onEdited);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &AccountForm::onEdited);

    reloadUsers();
    setAccount(Account{});
}

void AccountForm::reloadUsers()
{
    const QString current = m_owner->currentIndex() >= 0 ? m_owner->currentData().toString() : m_unshownOwner;
    const bool wasLoading = m_loading;
    m_loading = true;
    m_owner->clear();
    if (Result<std::vector<User>> users = m_store->users()) {
        for (const User &u : *users)
            m_owner->addItem(u.name, u.meta.id);
    }
    setComboId(m_owner, current);
    m_unshownOwner = m_owner->currentIndex() < 0 ? current : QString();
    m_loading = wasLoading;
}

void AccountForm::showParentChoice()
{
    const bool wasLoading = std::exchange(m_loading, true);
    const QModelIndexList hits = m_parentChoice.isEmpty()
        ? QModelIndexList()
        : m_parentModel->match(m_parentModel->index(0, 0), AccountIdRole, m_parentChoice, 1, Qt::MatchExactly);
    m_parent->setCurrentIndex(hits.isEmpty() ? -1 : hits.first().row());
    m_loading = wasLoading;
    m_parentListChanging = false;
}

void AccountForm::setAccount(const Account &account)
{
    m_loading = true;
    m_loaded = account;
    static_cast<ParentPickerProxy *>(m_parentModel)->setExcludedId(account.meta.id);
    m_legalName->setText(account.legalName);
    m_shortName->setText(account.shortName);
    setComboEnum(m_kind, account.kind);
    m_industry->setText(account.industry);
    m_region->setText(account.region);
    m_address->setText(account.address);
    m_creditCode->setText(account.creditCode);
    m_taxId->setText(account.taxId);
    m_parentChoice = account.parentId;
    showParentChoice();
    setComboEnum(m_tier, account.tier);
    setComboEnum(m_lifecycle, account.lifecycle);
    if (!account.ownerId.isEmpty() && m_owner->findData(account.ownerId) < 0)
        reloadUsers(); // a user added since the form was built
    setComboId(m_owner, account.ownerId);
    m_unshownOwner = m_owner->currentIndex() < 0 ? account.ownerId : QString();
    m_currency->setCurrentText(account.currency);
    m_revenue->setText(account.annualRevenueMinor == 0 ? QString()
                                                        : formatAmount(account.annualRevenue()));
    m_strategicFit->setCurrentIndex(std::clamp(account.strategicFit, 0, 5));
    m_overdueDays->setValue(account.paymentOverdueDays);
    m_notes->setPlainText(account.notes);
    m_loading = false;
    clearError();
    updateRevenuePreview();
}

Result<Account> AccountForm::account() const
{
    Account a = m_loaded;
    a.legalName = m_legalName->text().trimmed();
    a.shortName = m_shortName->text().trimmed();
    a.kind = comboEnum<AccountKind>(m_kind);
    a.industry = m_industry->text().trimmed();
    a.region = m_region->text().trimmed();
    a.address = m_address->text().trimmed();
    a.creditCode = m_creditCode->text().trimmed();
    a.taxId = m_taxId->text().trimmed();
    a.parentId = m_parentChoice;
    a.tier = comboEnum<Tier>(m_tier);
    a.lifecycle = comboEnum<Lifecycle>(m_lifecycle);
    a.ownerId = m_owner->currentIndex() < 0 ? m_unshownOwner : m_owner->currentData().toString();
    a.currency = m_currency->currentText().trimmed();
    a.notes = m_notes->toPlainText();
    a.strategicFit = m_strategicFit->currentData().toInt();
    a.paymentOverdueDays = m_overdueDays->value();
    const QString revenue = m_revenue->text().trimmed();
    if (revenue.isEmpty()) {
        a.annualRevenueMinor = 0;
    } else {
        Result<Money> money = parseMoney(revenue, a.currency);
        if (!money)
            return money.error();
        a.annualRevenueMinor = money->minor;
    }
    return a;
}

bool AccountForm::isDirty() const
{
    Result<Account> a = account();
    return !a || !sameFields(*a, m_loaded);
}

void AccountForm::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void AccountForm::clearError()
{
    m_error->clear();
    m_error->hide();
}

void AccountForm::onEdited()
{
    if (m_loading)
        return;
    updateRevenuePreview();
    emit edited();
}

void AccountForm::updateRevenuePreview()
{
    const QString currency = m_currency->currentText().trimmed();
    const QString revenue = m_revenue->text().trimmed();
    if (revenue.isEmpty() || !isCurrencyCode(currency)) {
        m_revenuePreview->clear();
        return;
    }
    Result<Money> money = parseMoney(revenue, currency);
    m_revenuePreview->setText(money ? formatMoney(*money) : money.error().message);
}

} // namespace kam
