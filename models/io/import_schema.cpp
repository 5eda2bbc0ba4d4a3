// SPDX-License-Identifier: GPL-3.0-or-later
#include "import_schema.h"

#include "account_export.h"
#include "store/row_codec.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <functional>
#include <limits>

namespace kam {

namespace {

constexpr const char *kContext = "kam::Import";
const QString kPresetsKey = QStringLiteral("import/presets");

QString tr(const char *text)
{
    return QCoreApplication::translate(kContext, text);
}

QString quoted(const QString &text)
{
    return QStringLiteral("\"%1\"").arg(text);
}

/// `text` refused for field `key`, saying what its kind wants.
Error notCanonical(const QString &key, const QString &text, const QString &wanted)
{
    return makeError(ErrorCode::Invalid, tr("Field %1: %2 is not %3.").arg(key, quoted(text), wanted));
}

/// Canonical whole number: what QString::number writes, nothing else ("+1", "01", " 1" are not).
std::optional<qint64> canonicalInteger(const QString &text)
{
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    if (!ok || QString::number(n) != text)
        return std::nullopt;
    return n;
}

/// An amount in major units with exactly the currency's decimals, as decimalAmount writes it.
std::optional<qint64> canonicalAmount(const QString &text, const QString &currency)
{
    const int digits = currencyDigits(currency);
    const qsizetype dot = text.indexOf(u'.');
    if ((digits == 0) != (dot < 0) || (dot >= 0 && text.size() - dot - 1 != digits))
        return std::nullopt;
    const QString whole = dot < 0 ? text : text.left(dot);
    const QString fraction = dot < 0 ? QString() : text.mid(dot + 1);
    for (const QChar c : fraction)
        if (!c.isDigit() || c.unicode() > 0x7f)
            return std::nullopt;
    // "-0.50" is canonical (decimalAmount writes it), "-0.00" is not: checked on the digits.
    const bool negative = whole.startsWith(u'-');
    const QString magnitude = negative ? whole.mid(1) : whole;
    if (magnitude.isEmpty() || (magnitude.size() > 1 && magnitude.startsWith(u'0')))
        return std::nullopt;
    for (const QChar c : magnitude)
        if (!c.isDigit() || c.unicode() > 0x7f)
            return std::nullopt;
    bool ok = false;
    const qint64 minor = (whole + fraction).toLongLong(&ok);
    if (!ok || (negative && minor == 0))
        return std::nullopt;
    return minor;
}

/// One field with how it is read from and written to its struct.
struct Binding
{
    ImportField field;
    std::function<QString(const ImportRow &)> get;
    std::function<Result<void>(ImportRow &, const QString &)> set;
};

ImportField describe(const char *key, FieldKind kind, const char *label, QStringList synonyms = {},
                     bool required = false, Reference reference = Reference::None)
{
    ImportField f;
    f.key = QString::fromLatin1(key);
    f.kind = kind;
    f.required = required;
    f.reference = reference;
    f.synonyms = std::move(synonyms);
    f.label = label;
    return f;
}

QStringList words(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *w : list)
        out << QString::fromUtf8(w);
    return out;
}

/// Whether an Integer field leaves its default (a "not answered" marker) empty in files.
enum class EmptyDefault { No, Yes };

template<typename T>
struct Fields
{
    std::vector<Binding> bindings;

    void add(ImportField f, std::function<QString(const T &)> get,
             std::function<Result<void>(T &, const QString &)> set)
    {
        bindings.push_back({std::move(f), [get](const ImportRow &row) { return get(std::get<T>(row)); },
                            [set](ImportRow &row, const QString &text) { return set(std::get<T>(row), text); }});
    }

    /// Text, Reference or Currency held in a QString member.
    void text(ImportField f, QString T::*member)
    {
        const QString key = f.key;
        const bool currency = f.kind == FieldKind::Currency;
        add(std::move(f), [member](const T &row) { return row.*member; },
            [member, key, currency](T &row, const QString &text) -> Result<void> {
                if (text.isEmpty()) {
                    row.*member = T{}.*member;
                    return {};
                }
                if (currency && !isCurrencyCode(text))
                    return notCanonical(key, text, tr("a currency code such as CNY or USD"));
                row.*member = text;
                return {};
            });
    }

    void integer(ImportField f, int T::*member, EmptyDefault emptyDefault = EmptyDefault::No)
    {
        const QString key = f.key;
        add(std::move(f),
            [member, emptyDefault](const T &row) {
                return emptyDefault == EmptyDefault::Yes && row.*member == T{}.*member ? QString()
                                                                                      : QString::number(row.*member);
            },
            [member, key](T &row, const QString &text) -> Result<void> {
                if (text.isEmpty()) {
                    row.*member = T{}.*member;
                    return {};
                }
                const std::optional<qint64> n = canonicalInteger(text);
                if (!n || *n < std::numeric_limits<int>::min() || *n > std::numeric_limits<int>::max())
                    return notCanonical(key, text, tr("a whole number such as 12"));
                row.*member = int(*n);
                return {};
            });
    }

    /// Major units in the row's currency, which must be set first (importFields lists it before).
    void amount(ImportField f, qint64 T::*member, QString T::*currency)
    {
        const QString key = f.key;
        add(std::move(f), [member, currency](const T &row) { return decimalAmount(Money{row.*member, row.*currency}); },
            [member, currency, key](T &row, const QString &text) -> Result<void> {
                if (text.isEmpty()) {
                    row.*member = 0;
                    return {};
                }
                const std::optional<qint64> minor = canonicalAmount(text, row.*currency);
                if (!minor)
                    return notCanonical(key, text,
                                        tr("an amount in %1 such as %2")
                                            .arg(row.*currency, decimalAmount(Money{123450, row.*currency})));
                row.*member = *minor;
                return {};
            });
    }

    void date(ImportField f, QDate T::*member)
    {
        const QString key = f.key;
        add(std::move(f), [member](const T &row) { return (row.*member).toString(Qt::ISODate); },
            [member, key](T &row, const QString &text) -> Result<void> {
                const QDate day = QDate::fromString(text, Qt::ISODate);
                if (!text.isEmpty() && (!day.isValid() || day.toString(Qt::ISODate) != text))
                    return notCanonical(key, text, tr("a date such as 2024-03-05"));
                row.*member = day;
                return {};
            });
    }

    /// A DateTime field; `access(row)` is the member (a generic lambda, for const and not).
    template<typename Access>
    void dateTime(ImportField f, Access access)
    {
        const QString key = f.key;
        add(std::move(f),
            [access](const T &row) {
                const QDateTime &t = access(row);
                return t.isValid() ? toStoredTime(t) : QString();
            },
            [access, key](T &row, const QString &text) -> Result<void> {
                const QDateTime t = text.isEmpty() ? QDateTime() : fromStoredTime(text);
                if (!text.isEmpty() && (!t.isValid() || toStoredTime(t) != text))
                    return notCanonical(key, text, tr("a UTC time such as 2024-03-05T06:30:00.000Z"));
                access(row) = t;
                return {};
            });
    }

    void boolean(ImportField f, bool T::*member)
    {
        const QString key = f.key;
        add(std::move(f), [member](const T &row) { return row.*member ? QStringLiteral("true") : QStringLiteral("false"); },
            [member, key](T &row, const QString &text) -> Result<void> {
                if (text.isEmpty())
                    row.*member = T{}.*member;
                else if (text == u"true" || text == u"false")
                    row.*member = text == u"true";
                else
                    return notCanonical(key, text, tr("true or false"));
                return {};
            });
    }

    template<typename E>
    void choice(ImportField f, E T::*member)
    {
        for (const EnumEntry<E> &e : enumEntries<E>())
            f.choices << QString::fromLatin1(e.code);
        const QString key = f.key;
        const QStringList choices = f.choices;
        add(std::move(f), [member](const T &row) { return enumCode(row.*member); },
            [member, key, choices](T &row, const QString &text) -> Result<void> {
                if (text.isEmpty()) {
                    row.*member = T{}.*member;
                    return {};
                }
                const std::optional<E> value = enumFromCode<E>(text);
                if (!value)
                    return notCanonical(key, text, tr("one of %1").arg(choices.join(QStringLiteral(", "))));
                row.*member = *value;
                return {};
            });
    }

    /// The meta columns: "id" first, "created_at" last.
    void id()
    {
        add(describe("id", FieldKind::Text, QT_TRANSLATE_NOOP("kam::Import", "ID")),
            [](const T &row) { return row.meta.id; },
            [](T &row, const QString &text) -> Result<void> {
                row.meta.id = text;
                return {};
            });
    }
    void createdAt()
    {
        dateTime(describe("created_at", FieldKind::DateTime, QT_TRANSLATE_NOOP("kam::Import", "Created"),
                          words({"created", "created_on", "engage_date", "创建时间", "创建日期"})),
                 [](auto &row) -> auto & { return row.meta.createdAt; });
    }
};

const QStringList &accountSynonyms()
{
    static const QStringList s = words({"account", "account_name", "customer", "customer_name", "客户", "客户名称",
                                        "账户", "账户名称"});
    return s;
}

// Synonyms shared by the fields of several entities.
ImportField accountRef(bool required = true)
{
    return describe("account_id", FieldKind::Reference, QT_TRANSLATE_NOOP("kam::Import", "Account"),
                    accountSynonyms(), required, Reference::Account);
}
ImportField ownerRef()
{
    return describe("owner_id", FieldKind::Reference, QT_TRANSLATE_NOOP("kam::Import", "Owner"),
                    words({"owner", "owner_name", "sales_agent", "sales_rep", "manager", "负责人", "销售", "客户经理",
                           "销售代表"}),
                    false, Reference::User);
}
ImportField currencyField()
{
    return describe("currency", FieldKind::Currency, QT_TRANSLATE_NOOP("kam::Import", "Currency"),
                    words({"currency_code", "币种", "货币"}));
}
ImportField notesField(const char *key = "notes")
{
    return describe(key, FieldKind::Text, QT_TRANSLATE_NOOP("kam::Import", "Notes"),
                    words({"notes", "note", "remarks", "comment", "备注", "说明"}));
}

std::vector<Binding> accountFields()
{
    Fields<Account> f;
    f.id();
    f.text(describe("legal_name", FieldKind::Text, QT_TRANSLATE_NOOP("kam::Import", "Legal name"),
                    words({"name", "account", "account_name", "company", "company_name", "customer", "customer_name",
                           "客户名称", "公司名称", "企业名称", "单位名称", "客户", "公司"}),
                    true),
           &Account::legalName);
    f.text(describe("short_name", FieldKind::Text, QT_TRANSLATE_NOOP("kam::Import", "Short name"),
                    words({"short", "abbreviation", "简称", "客户简称"})),
           &Account::shortName);
    f.choice(describe("kind", FieldKind::Choice, QT_TRANSLATE_NOOP("kam::Import", "Kind"),
                      words({"type", "account_type", "客户类型", "类型"})),
             &Account::kind);
    f.text(describe("industry", FieldKind::Text, QT_TRANSLATE_NOOP("kam::Import", "Industry"),
                    words({"sector", "行业", "所属行业"})),
           &Account::industry);
    f.text(describe("region", FieldKind::Text, QT_TRANSLATE_NOOP("kam::Import", "Region"),
                    words({"location", "office_location", "area", "province", "地区", "区域", "省份"})),
           &Account::region);
    f.text(describe("address", FieldKind::Text, QT_TRANSLATE_NOOP("kam::Import", "Address"),
                    words({"地址", "注册地址", "办公地址"})),
           &Account::address);
    f.text(describe("credit_code", FieldKind::Text, QT_TRANSLATE_NOOP("kam::Import", "Credit code"),
                    words({"uscc", "unified_social_credit_code", "统一社会信用代码", "信用代码", "社会信用代码"})),
           &Account::creditCode);
    f.text(describe("tax_id", FieldKind::Text, QT_TRANSLATE_NOOP("kam::Import", "Tax ID"),
                    words({"vat", "vat_number", "tax_number", "税号", "纳税人识别号"})),
           &Account::taxId);
    f.text(describe("parent_id", FieldKind::Reference, QT_TRANSLATE_NOOP("kam::Import", "Parent account"),
                    words({"parent", "subsidiary_of", "group", "上级单位", "母公司", "所属集团", "集团"}), false,
                    Reference::Account),
           &Account::parentId);
    f.choice(describe("tier", FieldKind::Choice, QT_TRANSLATE_NOOP("kam::Import", "Tier"),
                      words({"level", "客户等级", "等级", "分级"})),
             &Account::tier);
    f.choice(describe("lifecycle", FieldKind::Choice, QT_TRANSLATE_NOOP("kam::Import", "Lifecycle"),
                      words({"lifecycle_stage", "生命周期", "生命周期阶段"})),
             &Account::lifecycle);
    f.text(ownerRef(), &Account::ownerId);
    f.text(currencyField(), &Account::currency);
    f.amount(describe("annual_revenue", FieldKind::Amount, QT_TRANSLATE_NOOP("kam::Import", "Annual revenue"),
                      words({"revenue", "turnover", "营业收入", "年营收", "年收入", "营收"})),
             &Account::annualRevenueMinor, &Account::currency);
    f.text(notesField(), &Account::notes);
    f.integer(describe("payment_overdue_days", FieldKind::Integer, QT_TRANSLATE_NOOP("kam::Import", "Days overdue"),
                       words({"overdue_days", "days_overdue", "逾期天数"})),
              &Account::paymentOverdueDays);
    f.integer(describe("strategic_fit", FieldKind::Integer, QT_TRANSLATE_NOOP("kam::Import", "Strategic fit"),
                       words({"fit", "战略匹配度", "战略契合度"})),
              &Account::strategicFit, EmptyDefault::Yes);
    f.createdAt();
    return std::move(f.bindings);
}

std::vector<Binding> contactFields()
{
    Fields<Contact> f;
    f.id();
    f.text(accountRef(), &Contact::accountId);
    f.text(describe("name", FieldKind::Text, QT_TRANSLATE_NOOP("kam::Import", "Name"),
                    words({"contact", "contact_name", "full_name", "person", "姓名", "联系人", "联系人姓名"}), true),
           &Contact::name);
    f.text(describe("title", FieldKind::Text, QT_TRANSLATE_NOOP("kam::Import", "Job title"),
                    words({"job_title", "position", "职务", "职位", "头衔"})),
           &Contact::title);
    f.text(describe("department", FieldKind::Text, QT_TRANSLATE_NOOP("kam::Import", "Department"),
                    words({"dept", "部门"})),
           &Contact::department);
    f.text(describe("phone", FieldKind::Text, QT_TRANSLATE_NOOP("kam::Import", "Phone"),
                    words({"telephone", "mobile", "tel", "电话", "手机", "手机号", "联系电话"})),
           &Contact::phone);
    f.text(describe("email", FieldKind::Text, QT_TRANSLATE_NOOP("kam::Import", "E-mail"),
                    words({"e-mail", "mail", "email_address", "邮箱", "电子邮件", "电子邮箱"})),
           &Contact::email);
    f.choice(describe("buying_role", FieldKind::Choice, QT_TRANSLATE_NOOP("kam::Import", "Buying role"),
                      words({"role", "角色", "采购角色"})),
             &Contact::buyingRole);
    f.integer(describe("influence", FieldKind::Integer, QT_TRANSLATE_NOOP("kam::Import", "Influence"),
                       words({"影响力"})),
              &Contact::influence);
    f.choice(describe("stance", FieldKind::Choice, QT_TRANSLATE_NOOP("kam::Import", "Stance"),
                      words({"attitude", "态度", "立场"})),
             &Contact::stance);
    f.text(describe("reports_to_id", FieldKind::Reference, QT_TRANSLATE_NOOP("kam::Import", "Reports to"),
                    words({"reports_to", "manager", "boss", "上级", "汇报对象"}), false, Reference::Contact),
           &Contact::reportsToId);
    f.boolean(describe("active", FieldKind::Bool, QT_TRANSLATE_NOOP("kam::Import", "Active"),
                       words({"is_active", "在职", "有效"})),
              &Contact::active);
    f.text(notesField(), &Contact::notes);
    f.integer(describe("relationship", FieldKind::Integer, QT_TRANSLATE_NOOP("kam::Import", "Relationship"),
                       words({"relationship_strength", "关系", "关系强度"})),
              &Contact::relationship);
    f.text(describe("map_position", FieldKind::Text, QT_TRANSLATE_NOOP("kam::Import", "Map position")),
           &Contact::mapPosition);
    f.createdAt();
    return std::move(f.bindings);
}

std::vector<Binding> productFields()
{
    Fields<Product> f;
    f.id();
    f.text(describe("name", FieldKind::Text, QT_TRANSLATE_NOOP("kam::Import", "Name"),
                    words({"product", "product_name", "item", "产品", "产品名称", "品名"}), true),
           &Product::name);
    f.text(describe("series", FieldKind::Text, QT_TRANSLATE_NOOP("kam::Import", "Series"),
                    words({"product_line", "line", "family", "系列", "产品系列", "产品线"})),
           &Product::series);
    f.text(currencyField(), &Product::currency);
    f.amount(describe("list_price", FieldKind::Amount, QT_TRANSLATE_NOOP("kam::Import", "List price"),
                      words({"price", "sales_price", "unit_price", "单价", "价格", "标准价", "目录价"})),
             &Product::listPriceMinor, &Product::currency);
    f.createdAt();
    return std::move(f.bindings);
}

std::vector<Binding> opportunityFields()
{
    Fields<Opportunity> f;
    f.id();
    f.text(accountRef(), &Opportunity::accountId);
    f.text(describe("title", FieldKind::Text, QT_TRANSLATE_NOOP("kam::Import", "Title"),
                    words({"deal", "deal_name", "opportunity", "opportunity_name", "商机", "商机名称", "项目名称"}), true),
           &Opportunity::title);
    f.text(describe("product_ids", FieldKind::Reference, QT_TRANSLATE_NOOP("kam::Import", "Products"),
                    words({"product", "products", "产品"}), false, Reference::Products),
           &Opportunity::productIds);
    f.text(currencyField(), &Opportunity::currency);
    f.amount(describe("amount", FieldKind::Amount, QT_TRANSLATE_NOOP("kam::Import", "Amount"),
                      words({"value", "close_value", "deal_value", "金额", "合同金额", "预计金额", "商机金额"})),
             &Opportunity::amountMinor, &Opportunity::currency);
    f.integer(describe("probability", FieldKind::Integer, QT_TRANSLATE_NOOP("kam::Import", "Probability"),
                       words({"win_probability", "概率", "赢率", "成交概率"})),
              &Opportunity::probability);
    f.date(describe("expected_close", FieldKind::Date, QT_TRANSLATE_NOOP("kam::Import", "Expected close"),
                    words({"close_date", "expected_close_date", "预计成交日期", "预计签约日期"})),
           &Opportunity::expectedClose);
    f.text(ownerRef(), &Opportunity::ownerId);
    f.text(describe("stage_id", FieldKind::Reference, QT_TRANSLATE_NOOP("kam::Import", "Stage"),
                    words({"stage", "deal_stage", "sales_stage", "阶段", "销售阶段", "商机阶段"}), false,
                    Reference::Stage),
           &Opportunity::stageId);
    f.text(describe("source_campaign", FieldKind::Reference, QT_TRANSLATE_NOOP("kam::Import", "Source campaign"),
                    words({"campaign", "source", "lead_source", "来源", "来源活动", "市场活动"}), false,
                    Reference::Campaign),
           &Opportunity::sourceCampaign);
    f.text(describe("competitor", FieldKind::Text, QT_TRANSLATE_NOOP("kam::Import", "Competitor"),
                    words({"competitors", "竞争对手"})),
           &Opportunity::competitor);
    f.choice(describe("status", FieldKind::Choice, QT_TRANSLATE_NOOP("kam::Import", "Status"),
                      words({"deal_status", "outcome", "状态", "商机状态"})),
             &Opportunity::status);
    f.text(describe("reason", FieldKind::Text, QT_TRANSLATE_NOOP("kam::Import", "Won/lost reason"),
                    words({"win_loss_reason", "loss_reason", "原因", "输赢原因"})),
           &Opportunity::reason);
    f.text(describe("next_step", FieldKind::Text, QT_TRANSLATE_NOOP("kam::Import", "Next step"),
                    words({"next_action", "下一步", "下一步计划"})),
           &Opportunity::nextStep);
    f.date(describe("closed_on", FieldKind::Date, QT_TRANSLATE_NOOP("kam::Import", "Closed on"),
                    words({"closed_date", "actual_close", "成交日期", "关闭日期"})),
           &Opportunity::closedOn);
    f.createdAt();
    return std::move(f.bindings);
}

std::vector<Binding> activityFields()
{
    Fields<Activity> f;
    f.id();
    f.text(accountRef(), &Activity::accountId);
    f.choice(describe("kind", FieldKind::Choice, QT_TRANSLATE_NOOP("kam::Import", "Kind"),
                      words({"type", "activity_type", "类型", "活动类型"})),
             &Activity::kind);
    f.dateTime(describe("occurred_at", FieldKind::DateTime, QT_TRANSLATE_NOOP("kam::Import", "When"),
                        words({"date", "time", "datetime", "occurred", "日期", "时间", "发生时间"}), true),
               [](auto &a) -> auto & { return a.occurredAt; });
    f.text(describe("contact_ids", FieldKind::Reference, QT_TRANSLATE_NOOP("kam::Import", "Contacts"),
                    words({"contact", "contacts", "participants", "联系人", "参与人"}), false, Reference::Contact),
           &Activity::contactIds);
    // A deal has no natural key a file could name it by, so its id is taken as written.
    f.text(describe("opportunity_id", FieldKind::Text, QT_TRANSLATE_NOOP("kam::Import", "Deal"),
                    words({"deal_id", "商机编号"})),
           &Activity::opportunityId);
    f.text(describe("summary", FieldKind::Text, QT_TRANSLATE_NOOP("kam::Import", "Summary"),
                    words({"subject", "description", "摘要", "主题", "内容"}), true),
           &Activity::summary);
    f.text(describe("outcome", FieldKind::Text, QT_TRANSLATE_NOOP("kam::Import", "Outcome"),
                    words({"result", "结果"})),
           &Activity::outcome);
    f.text(describe("next_step", FieldKind::Text, QT_TRANSLATE_NOOP("kam::Import", "Next step"),
                    words({"next_action", "下一步", "下一步计划"})),
           &Activity::nextStep);
    f.date(describe("due_on", FieldKind::Date, QT_TRANSLATE_NOOP("kam::Import", "Due"),
                    words({"due", "due_date", "截止日期", "到期日"})),
           &Activity::dueOn);
    f.boolean(describe("done", FieldKind::Bool, QT_TRANSLATE_NOOP("kam::Import", "Done"),
                       words({"completed", "完成", "已完成"})),
              &Activity::done);
    f.text(currencyField(), &Activity::currency);
    f.amount(describe("cost", FieldKind::Amount, QT_TRANSLATE_NOOP("kam::Import", "Cost"),
                      words({"expense", "费用", "成本"})),
             &Activity::costMinor, &Activity::currency);
    f.text(ownerRef(), &Activity::ownerId);
    f.createdAt();
    return std::move(f.bindings);
}

std::vector<Binding> satisfactionFields()
{
    Fields<SatisfactionResponse> f;
    f.id();
    f.text(accountRef(), &SatisfactionResponse::accountId);
    f.text(describe("contact_id", FieldKind::Reference, QT_TRANSLATE_NOOP("kam::Import", "Contact"),
                    words({"contact", "respondent", "联系人", "答卷人"}), false, Reference::Contact),
           &SatisfactionResponse::contactId);
    f.date(describe("responded_on", FieldKind::Date, QT_TRANSLATE_NOOP("kam::Import", "Responded on"),
                    words({"date", "response_date", "survey_date", "日期", "调查日期", "回复日期"}), true),
           &SatisfactionResponse::respondedOn);
    f.choice(describe("source", FieldKind::Choice, QT_TRANSLATE_NOOP("kam::Import", "Source"),
                      words({"channel", "来源", "渠道"})),
             &SatisfactionResponse::source);
    f.integer(describe("recommend", FieldKind::Integer, QT_TRANSLATE_NOOP("kam::Import", "Likelihood to recommend"),
                       words({"nps", "nps_score", "推荐意愿", "推荐度", "净推荐值"})),
              &SatisfactionResponse::recommend, EmptyDefault::Yes);
    f.integer(describe("satisfaction", FieldKind::Integer, QT_TRANSLATE_NOOP("kam::Import", "Satisfaction"),
                       words({"csat", "overall_satisfaction", "满意度", "总体满意度"})),
              &SatisfactionResponse::satisfaction, EmptyDefault::Yes);
    f.text(describe("dimension_scores", FieldKind::Text, QT_TRANSLATE_NOOP("kam::Import", "Dimension scores"),
                    words({"dimensions", "scores", "维度评分", "分项评分"})),
           &SatisfactionResponse::dimensionScores);
    f.text(describe("comment", FieldKind::Text, QT_TRANSLATE_NOOP("kam::Import", "Comment"),
                    words({"comments", "feedback", "explication", "verbatim", "评论", "意见", "反馈"})),
           &SatisfactionResponse::comment);
    f.createdAt();
    return std::move(f.bindings);
}

std::vector<Binding> costFields()
{
    Fields<CostEntry> f;
    f.id();
    f.text(accountRef(), &CostEntry::accountId);
    f.date(describe("incurred_on", FieldKind::Date, QT_TRANSLATE_NOOP("kam::Import", "Incurred on"),
                    words({"date", "cost_date", "日期", "发生日期"}), true),
           &CostEntry::incurredOn);
    f.choice(describe("kind", FieldKind::Choice, QT_TRANSLATE_NOOP("kam::Import", "Kind"),
                      words({"type", "cost_type", "category", "类型", "费用类型", "成本类型"})),
             &CostEntry::kind);
    f.text(currencyField(), &CostEntry::currency);
    f.amount(describe("amount", FieldKind::Amount, QT_TRANSLATE_NOOP("kam::Import", "Amount"),
                      words({"cost", "value", "金额", "费用", "成本"}), true),
             &CostEntry::amountMinor, &CostEntry::currency);
    f.text(notesField("note"), &CostEntry::note);
    f.createdAt();
    return std::move(f.bindings);
}

std::vector<Binding> campaignFields()
{
    Fields<Campaign> f;
    f.id();
    f.text(describe("name", FieldKind::Text, QT_TRANSLATE_NOOP("kam::Import", "Name"),
                    words({"campaign", "campaign_name", "活动", "活动名称", "市场活动"}), true),
           &Campaign::name);
    f.choice(describe("channel", FieldKind::Choice, QT_TRANSLATE_NOOP("kam::Import", "Channel"),
                      words({"type", "渠道", "活动类型"})),
             &Campaign::channel);
    f.date(describe("starts_on", FieldKind::Date, QT_TRANSLATE_NOOP("kam::Import", "Starts on"),
                    words({"start", "start_date", "开始日期", "开始时间"})),
           &Campaign::startsOn);
    f.date(describe("ends_on", FieldKind::Date, QT_TRANSLATE_NOOP("kam::Import", "Ends on"),
                    words({"end", "end_date", "结束日期", "结束时间"})),
           &Campaign::endsOn);
    f.text(currencyField(), &Campaign::currency);
    f.amount(describe("cost", FieldKind::Amount, QT_TRANSLATE_NOOP("kam::Import", "Cost"),
                      words({"budget", "spend", "费用", "成本", "预算"})),
             &Campaign::costMinor, &Campaign::currency);
    f.text(notesField(), &Campaign::notes);
    f.createdAt();
    return std::move(f.bindings);
}

/// An entity's bindings, its fields (importFields) and their index by key.
struct Schema
{
    std::vector<Binding> bindings;
    std::vector<ImportField> fields;
    QHash<QString, size_t> byKey;

    explicit Schema(std::vector<Binding> b) : bindings(std::move(b))
    {
        for (size_t i = 0; i < bindings.size(); ++i) {
            fields.push_back(bindings[i].field);
            byKey.insert(bindings[i].field.key, i);
        }
    }
    std::optional<size_t> indexOf(QStringView key) const
    {
        const auto it = byKey.constFind(key.toString());
        return it == byKey.cend() ? std::nullopt : std::optional(*it);
    }
    const Binding *find(QStringView key) const
    {
        const std::optional<size_t> i = indexOf(key);
        return i ? &bindings[*i] : nullptr;
    }
};

const Schema &schema(ImportEntity entity)
{
    static const Schema accounts(accountFields()), contacts(contactFields()), products(productFields()),
        opportunities(opportunityFields()), activities(activityFields()), satisfaction(satisfactionFields()),
        costs(costFields()), campaigns(campaignFields());
    switch (entity) {
    case ImportEntity::Accounts: return accounts;
    case ImportEntity::Contacts: return contacts;
    case ImportEntity::Products: return products;
    case ImportEntity::Opportunities: return opportunities;
    case ImportEntity::Activities: return activities;
    case ImportEntity::Satisfaction: return satisfaction;
    case ImportEntity::Costs: return costs;
    case ImportEntity::Campaigns: return campaigns;
    }
    return accounts;
}

struct EntityName
{
    ImportEntity entity;
    const char *key;
    const char *label;
};
constexpr EntityName kEntityNames[] = {
    {ImportEntity::Accounts, "accounts", QT_TRANSLATE_NOOP("kam::Import", "Accounts")},
    {ImportEntity::Contacts, "contacts", QT_TRANSLATE_NOOP("kam::Import", "Contacts")},
    {ImportEntity::Products, "products", QT_TRANSLATE_NOOP("kam::Import", "Products")},
    {ImportEntity::Opportunities, "opportunities", QT_TRANSLATE_NOOP("kam::Import", "Deals")},
    {ImportEntity::Activities, "activities", QT_TRANSLATE_NOOP("kam::Import", "Activities")},
    {ImportEntity::Satisfaction, "satisfaction", QT_TRANSLATE_NOOP("kam::Import", "Satisfaction responses")},
    {ImportEntity::Costs, "costs", QT_TRANSLATE_NOOP("kam::Import", "Cost entries")},
    {ImportEntity::Campaigns, "campaigns", QT_TRANSLATE_NOOP("kam::Import", "Campaigns")},
};

/// How headers and names are compared: lower case, without spaces, "_" and "-".
QString normalised(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text.toCaseFolded())
        if (!c.isSpace() && c != u'_' && c != u'-')
            out += c;
    return out;
}

QJsonObject toJsonObject(const QHash<QString, QString> &hash)
{
    QJsonObject o;
    for (auto it = hash.cbegin(); it != hash.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

Result<QHash<QString, QString>> stringHash(const QJsonValue &value, const QString &what)
{
    if (!value.isUndefined() && !value.isObject())
        return makeError(ErrorCode::Invalid, tr("The mapping's %1 is not an object.").arg(what));
    QHash<QString, QString> hash;
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!it.value().isString())
            return makeError(ErrorCode::Invalid,
                             tr("The mapping's %1 for %2 is not text.").arg(what, quoted(it.key())));
        hash.insert(it.key(), it.value().toString());
    }
    return hash;
}

QJsonObject presetJson(const ImportPreset &p)
{
    return {{QStringLiteral("name"), p.name},
            {QStringLiteral("entity"), importEntityKey(p.entity)},
            {QStringLiteral("mapping"), p.mapping.toJson()}};
}

Result<void> writePresets(Store &store, const std::vector<ImportPreset> &presets)
{
    QJsonArray array;
    for (const ImportPreset &p : presets)
        array.append(presetJson(p));
    return store.setSetting(kPresetsKey, presets.empty() ? QString()
                                                         : QString::fromUtf8(QJsonDocument(array).toJson(
                                                               QJsonDocument::Compact)));
}

} // namespace

const std::vector<ImportEntity> &importEntities()
{
    // Accounts first; products and campaigns before the deals naming them; deals before the
    // activities naming them; contacts before activities and responses.
    static const std::vector<ImportEntity> order{ImportEntity::Accounts,     ImportEntity::Contacts,
                                                 ImportEntity::Products,     ImportEntity::Campaigns,
                                                 ImportEntity::Opportunities, ImportEntity::Activities,
                                                 ImportEntity::Satisfaction, ImportEntity::Costs};
    return order;
}

QString importEntityKey(ImportEntity entity)
{
    for (const EntityName &n : kEntityNames)
        if (n.entity == entity)
            return QString::fromLatin1(n.key);
    return {};
}

std::optional<ImportEntity> importEntityFromKey(QStringView key)
{
    for (const EntityName &n : kEntityNames)
        if (key == QLatin1StringView(n.key))
            return n.entity;
    return std::nullopt;
}

QString importEntityLabel(ImportEntity entity)
{
    for (const EntityName &n : kEntityNames)
        if (n.entity == entity)
            return tr(n.label);
    return {};
}

QString ImportField::title() const
{
    return label ? tr(label) : key;
}

const std::vector<ImportField> &importFields(ImportEntity entity)
{
    return schema(entity).fields;
}

const ImportField *findImportField(ImportEntity entity, QStringView key)
{
    const Schema &s = schema(entity);
    const std::optional<size_t> i = s.indexOf(key);
    return i ? &s.fields[*i] : nullptr;
}

ImportRow newImportRow(ImportEntity entity)
{
    switch (entity) {
    case ImportEntity::Accounts: return Account{};
    case ImportEntity::Contacts: return Contact{};
    case ImportEntity::Products: return Product{};
    case ImportEntity::Opportunities: return Opportunity{};
    case ImportEntity::Activities: return Activity{};
    case ImportEntity::Satisfaction: return SatisfactionResponse{};
    case ImportEntity::Costs: return CostEntry{};
    case ImportEntity::Campaigns: return Campaign{};
    }
    return Account{};
}

ImportEntity importEntityOf(const ImportRow &row)
{
    // The variant's alternatives are in ImportEntity order.
    return ImportEntity(row.index());
}

RowMeta &rowMeta(ImportRow &row)
{
    return std::visit([](auto &r) -> RowMeta & { return r.meta; }, row);
}

const RowMeta &rowMeta(const ImportRow &row)
{
    return std::visit([](const auto &r) -> const RowMeta & { return r.meta; }, row);
}

QString fieldText(const ImportRow &row, const QString &key)
{
    const Binding *b = schema(importEntityOf(row)).find(key);
    return b ? b->get(row) : QString();
}

Result<void> setFieldText(ImportRow &row, const QString &key, const QString &canonical)
{
    const ImportEntity entity = importEntityOf(row);
    const Binding *b = schema(entity).find(key);
    if (!b)
        return makeError(ErrorCode::Invalid, tr("%1 have no field %2.").arg(importEntityLabel(entity), quoted(key)));
    return b->set(row, canonical);
}

QJsonObject ImportMapping::toJson() const
{
    QJsonObject valueMaps;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        valueMaps.insert(it.key(), toJsonObject(it.value()));
    return {{QStringLiteral("columns"), toJsonObject(columns)},
            {QStringLiteral("constants"), toJsonObject(constants)},
            {QStringLiteral("values"), valueMaps}};
}

Result<ImportMapping> ImportMapping::fromJson(const QJsonObject &json)
{
    ImportMapping m;
    Result<QHash<QString, QString>> columns = stringHash(json.value(QStringLiteral("columns")), QStringLiteral("columns"));
    if (!columns)
        return columns.error();
    m.columns = *columns;
    Result<QHash<QString, QString>> constants
        = stringHash(json.value(QStringLiteral("constants")), QStringLiteral("constants"));
    if (!constants)
        return constants.error();
    m.constants = *constants;
    const QJsonValue values = json.value(QStringLiteral("values"));
    if (!values.isUndefined() && !values.isObject())
        return makeError(ErrorCode::Invalid, tr("The mapping's values are not an object."));
    const QJsonObject valueMaps = values.toObject();
    for (auto it = valueMaps.begin(); it != valueMaps.end(); ++it) {
        Result<QHash<QString, QString>> map = stringHash(it.value(), tr("values of %1").arg(quoted(it.key())));
        if (!map)
            return map.error();
        m.values.insert(it.key(), *map);
    }
    return m;
}

ImportMapping suggestMapping(ImportEntity entity, const QStringList &header)
{
    const std::vector<ImportField> &fields = importFields(entity);
    QStringList cells;
    for (const QString &h : header)
        cells << normalised(h);
    // The names each field answers to, strongest first: its key, its title, its synonyms.
    const auto namesAt = [](const ImportField &f, int level) {
        if (level == 0)
            return QStringList{normalised(f.key)};
        if (level == 1)
            return QStringList{normalised(QString::fromUtf8(f.label)), normalised(f.title())};
        QStringList names;
        for (const QString &s : f.synonyms)
            names << normalised(s);
        return names;
    };
    ImportMapping m;
    std::vector<bool> used(size_t(header.size()), false);
    for (int level = 0; level < 3; ++level) {
        for (const ImportField &f : fields) {
            if (m.columns.contains(f.key))
                continue;
            const QStringList names = namesAt(f, level);
            for (qsizetype c = 0; c < cells.size(); ++c) {
                if (!used[size_t(c)] && !cells[c].isEmpty() && names.contains(cells[c])) {
                    m.columns.insert(f.key, header[c]);
                    used[size_t(c)] = true;
                    break;
                }
            }
        }
    }
    return m;
}

Result<std::vector<ImportPreset>> importPresets(const Store &store)
{
    Result<QString> stored = store.setting(kPresetsKey);
    if (!stored)
        return stored.error();
    std::vector<ImportPreset> presets;
    if (stored->isEmpty())
        return presets;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(stored->toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return makeError(ErrorCode::Invalid, tr("The saved import presets are not a JSON array (setting %1).")
                                                 .arg(quoted(kPresetsKey)));
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject o = v.toObject();
        const std::optional<ImportEntity> entity = importEntityFromKey(o.value(QStringLiteral("entity")).toString());
        const QString name = o.value(QStringLiteral("name")).toString();
        if (!entity || name.isEmpty())
            return makeError(ErrorCode::Invalid, tr("A saved import preset has no name or an unknown entity %1.")
                                                     .arg(quoted(o.value(QStringLiteral("entity")).toString())));
        Result<ImportMapping> mapping = ImportMapping::fromJson(o.value(QStringLiteral("mapping")).toObject());
        if (!mapping)
            return makeError(ErrorCode::Invalid,
                             tr("Import preset %1: %2").arg(quoted(name), mapping.error().message));
        presets.push_back({name, *entity, *mapping});
    }
    return presets;
}

Result<void> saveImportPreset(Store &store, const ImportPreset &preset)
{
    if (preset.name.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("An import preset needs a name."));
    Result<std::vector<ImportPreset>> presets = importPresets(store);
    if (!presets)
        return presets.error();
    std::vector<ImportPreset> all = *presets;
    const auto same = std::find_if(all.begin(), all.end(), [&](const ImportPreset &p) {
        return p.entity == preset.entity && p.name == preset.name;
    });
    if (same != all.end())
        *same = preset;
    else
        all.push_back(preset);
    return writePresets(store, all);
}

Result<void> removeImportPreset(Store &store, ImportEntity entity, const QString &name)
{
    Result<std::vector<ImportPreset>> presets = importPresets(store);
    if (!presets)
        return presets.error();
    std::vector<ImportPreset> all = *presets;
    const auto kept = std::remove_if(all.begin(), all.end(), [&](const ImportPreset &p) {
        return p.entity == entity && p.name == name;
    });
    if (kept == all.end())
        return makeError(ErrorCode::NotFound, tr("There is no import preset %1 for %2.")
                                                  .arg(quoted(name), importEntityLabel(entity)));
    all.erase(kept, all.end());
    return writePresets(store, all);
}

} // namespace kam
