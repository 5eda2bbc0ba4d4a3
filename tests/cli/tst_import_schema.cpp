// SPDX-License-Identifier: GPL-3.0-or-later
// The import schema: each entity's fields, their canonical text both ways (and nothing else),
// the mapping a header suggests in English and Chinese, mappings as JSON, and saved presets.

#include "io/csv_reader.h"
#include "io/import_schema.h"
#include "store/store.h"
#include "support/result_check.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace kam;

namespace {

/// A canonical value of `f` that differs from a new row's, so a round trip proves the write.
QString sampleText(const ImportField &f, const ImportRow &fresh)
{
    switch (f.kind) {
    case FieldKind::Text:
    case FieldKind::Reference:
        return QStringLiteral("%1 值 \"q\", 1").arg(f.key);
    case FieldKind::Integer:
        return fieldText(fresh, f.key) == u"4" ? QStringLiteral("2") : QStringLiteral("4");
    case FieldKind::Number:
        return QStringLiteral("0.35");
    case FieldKind::Amount:
        return QStringLiteral("-1234567.05");
    case FieldKind::Date:
        return QStringLiteral("2024-03-05");
    case FieldKind::DateTime:
        return QStringLiteral("2024-03-05T06:30:00.000Z");
    case FieldKind::Bool:
        return fieldText(fresh, f.key) == u"true" ? QStringLiteral("false") : QStringLiteral("true");
    case FieldKind::Choice:
        return f.choices.last() == fieldText(fresh, f.key) ? f.choices.first() : f.choices.last();
    case FieldKind::Currency:
        return QStringLiteral("USD");
    }
    return {};
}

QStringList headerOf(const QString &relative)
{
    QFile file(QDir(qEnvironmentVariable("KAM_SOURCE_DIR")).filePath(relative));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    Result<std::vector<CsvRecord>> records = readCsv(QString::fromUtf8(file.readLine()));
    return records && !records->empty() ? records->front().fields : QStringList();
}

} // namespace

Q_DECLARE_METATYPE(kam::ImportEntity)

class TestImportSchema : public QObject
{
    Q_OBJECT

    static void entities()
    {
        QTest::addColumn<ImportEntity>("entity");
        for (ImportEntity e : importEntities())
            QTest::newRow(qPrintable(importEntityKey(e))) << e;
    }

private slots:
    void entityKeys_roundTrip()
    {
        QCOMPARE(importEntities().size(), size_t(8));
        QSet<QString> keys;
        for (ImportEntity e : importEntities()) {
            keys.insert(importEntityKey(e));
            QCOMPARE(importEntityFromKey(importEntityKey(e)), std::optional(e));
            QVERIFY(!importEntityLabel(e).isEmpty());
            QCOMPARE(importEntityOf(newImportRow(e)), e);
        }
        QCOMPARE(keys.size(), 8);
        QCOMPARE(importEntityFromKey(u"deals"), std::nullopt);
        // What links to accounts, products and campaigns comes after them.
        const auto at = [](ImportEntity e) {
            return std::find(importEntities().begin(), importEntities().end(), e) - importEntities().begin();
        };
        QCOMPARE(at(ImportEntity::Accounts), 0);
        QVERIFY(at(ImportEntity::Products) < at(ImportEntity::Opportunities));
        QVERIFY(at(ImportEntity::Campaigns) < at(ImportEntity::Opportunities));
        QVERIFY(at(ImportEntity::Opportunities) < at(ImportEntity::Activities));
        QVERIFY(at(ImportEntity::Contacts) < at(ImportEntity::Satisfaction));
    }

    void fields_areUniqueWithValidChoices_data() { entities(); }
    void fields_areUniqueWithValidChoices()
    {
        QFETCH(ImportEntity, entity);
        const std::vector<ImportField> &fields = importFields(entity);
        QVERIFY(fields.size() > 3);
        QCOMPARE(fields.front().key, QStringLiteral("id"));
        QCOMPARE(fields.back().key, QStringLiteral("created_at"));
        QCOMPARE(fields.back().kind, FieldKind::DateTime);
        QSet<QString> keys;
        bool currencySeen = false;
        for (const ImportField &f : fields) {
            QVERIFY2(!keys.contains(f.key), qPrintable(f.key));
            keys.insert(f.key);
            QVERIFY2(!f.title().isEmpty(), qPrintable(f.key));
            QCOMPARE(findImportField(entity, f.key), &f);
            QVERIFY2(!f.key.endsWith(u"_minor"), qPrintable(f.key)); // amounts in major units
            QCOMPARE(f.kind == FieldKind::Reference, f.reference != Reference::None);
            QCOMPARE(f.kind == FieldKind::Choice, !f.choices.isEmpty());
            currencySeen = currencySeen || f.kind == FieldKind::Currency;
            if (f.kind == FieldKind::Amount)
                QVERIFY2(currencySeen, qPrintable(f.key + " before its currency"));
            for (const QString &choice : f.choices) {
                ImportRow row = newImportRow(entity);
                KAM_VERIFY_RESULT(setFieldText(row, f.key, choice));
                QCOMPARE(fieldText(row, f.key), choice);
            }
        }
        QCOMPARE(findImportField(entity, u"no_such_field"), nullptr);
    }

    void fullRow_roundTripsThroughCanonicalText_data() { entities(); }
    void fullRow_roundTripsThroughCanonicalText()
    {
        QFETCH(ImportEntity, entity);
        const ImportRow fresh = newImportRow(entity);
        ImportRow row = newImportRow(entity);
        QHash<QString, QString> written;
        for (const ImportField &f : importFields(entity)) {
            const QString text = sampleText(f, fresh);
            QVERIFY2(text != fieldText(fresh, f.key), qPrintable(f.key));
            KAM_VERIFY_RESULT(setFieldText(row, f.key, text));
            written.insert(f.key, text);
        }
        for (const ImportField &f : importFields(entity))
            QCOMPARE(fieldText(row, f.key), written.value(f.key));
        QCOMPARE(rowMeta(row).id, written.value(QStringLiteral("id")));
        QCOMPARE(rowMeta(row).createdAt, QDateTime(QDate(2024, 3, 5), QTime(6, 30), Qt::UTC));
        // Empty text clears every field back to a new row's value.
        for (const ImportField &f : importFields(entity)) {
            KAM_VERIFY_RESULT(setFieldText(row, f.key, QString()));
            QCOMPARE(fieldText(row, f.key), fieldText(fresh, f.key));
        }
    }

    void members_holdTheValues()
    {
        ImportRow row = newImportRow(ImportEntity::Opportunities);
        KAM_VERIFY_RESULT(setFieldText(row, QStringLiteral("amount"), QStringLiteral("1234.50")));
        KAM_VERIFY_RESULT(setFieldText(row, QStringLiteral("expected_close"), QStringLiteral("2027-01-31")));
        KAM_VERIFY_RESULT(setFieldText(row, QStringLiteral("status"), QStringLiteral("won")));
        const Opportunity &o = std::get<Opportunity>(row);
        QCOMPARE(o.amountMinor, 123450);
        QCOMPARE(o.expectedClose, QDate(2027, 1, 31));
        QCOMPARE(o.status, DealStatus::Won);

        // A currency without decimals writes whole units.
        ImportRow yen = newImportRow(ImportEntity::Products);
        KAM_VERIFY_RESULT(setFieldText(yen, QStringLiteral("currency"), QStringLiteral("JPY")));
        KAM_VERIFY_RESULT(setFieldText(yen, QStringLiteral("list_price"), QStringLiteral("5000")));
        QCOMPARE(std::get<Product>(yen).listPriceMinor, 5000);
        QVERIFY(!setFieldText(yen, QStringLiteral("list_price"), QStringLiteral("5000.00")));

        // "Not answered" is an empty cell, not -1.
        const ImportRow response = newImportRow(ImportEntity::Satisfaction);
        QCOMPARE(fieldText(response, QStringLiteral("recommend")), QString());
        QCOMPARE(std::get<SatisfactionResponse>(response).recommend, -1);
    }

    void nonCanonicalText_isRefusedNamingTheField_data()
    {
        QTest::addColumn<ImportEntity>("entity");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("text");
        const auto row = [](const char *name, ImportEntity e, const char *key, const char *text) {
            QTest::newRow(name) << e << QString::fromLatin1(key) << QString::fromUtf8(text);
        };
        row("amount thousands", ImportEntity::Opportunities, "amount", "1,234.50");
        row("amount one decimal", ImportEntity::Opportunities, "amount", "1234.5");
        row("amount three decimals", ImportEntity::Opportunities, "amount", "12.345");
        row("amount symbol", ImportEntity::Opportunities, "amount", "¥1234.00");
        row("amount leading zero", ImportEntity::Opportunities, "amount", "01234.50");
        row("amount negative zero", ImportEntity::Opportunities, "amount", "-0.00");
        row("amount full-width", ImportEntity::Opportunities, "amount", "１２.００");
        row("amount overflow", ImportEntity::Opportunities, "amount", "99999999999999999999.00");
        row("integer plus", ImportEntity::Opportunities, "probability", "+30");
        row("integer decimal", ImportEntity::Opportunities, "probability", "30.0");
        row("integer space", ImportEntity::Opportunities, "probability", " 30");
        row("integer overflow", ImportEntity::Opportunities, "probability", "99999999999");
        row("date short", ImportEntity::Opportunities, "expected_close", "2024-3-5");
        row("date dotted", ImportEntity::Opportunities, "expected_close", "05.03.2024");
        row("date impossible", ImportEntity::Opportunities, "expected_close", "2024-02-30");
        row("datetime local", ImportEntity::Activities, "occurred_at", "2024-03-05 06:30");
        row("datetime no ms", ImportEntity::Activities, "occurred_at", "2024-03-05T06:30:00Z");
        row("bool yes", ImportEntity::Activities, "done", "yes");
        row("bool one", ImportEntity::Contacts, "active", "1");
        row("choice label", ImportEntity::Opportunities, "status", "Won");
        row("choice unknown", ImportEntity::Accounts, "tier", "gold");
        row("currency lower", ImportEntity::Accounts, "currency", "cny");
        row("currency unknown", ImportEntity::Accounts, "currency", "XYZ");
        row("created_at date", ImportEntity::Accounts, "created_at", "2024-03-05");
    }
    void nonCanonicalText_isRefusedNamingTheField()
    {
        QFETCH(ImportEntity, entity);
        QFETCH(QString, key);
        QFETCH(QString, text);
        ImportRow row = newImportRow(entity);
        const QString before = fieldText(row, key);
        const Result<void> r = setFieldText(row, key, text);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Invalid);
        QVERIFY2(r.error().message.contains(key), qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(u'"' + text + u'"'), qPrintable(r.error().message));
        QCOMPARE(fieldText(row, key), before);
    }

    void unknownField_isRefused()
    {
        ImportRow row = newImportRow(ImportEntity::Products);
        const Result<void> r = setFieldText(row, QStringLiteral("legal_name"), QStringLiteral("x"));
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(QStringLiteral("legal_name")));
        QCOMPARE(fieldText(row, QStringLiteral("legal_name")), QString());
    }

    void suggestMapping_data()
    {
        QTest::addColumn<ImportEntity>("entity");
        QTest::addColumn<QStringList>("header");
        QTest::addColumn<QStringList>("expected"); // "field=column", sorted
        QTest::newRow("english") << ImportEntity::Accounts
                                 << QStringList{"Company Name", "Credit-Code", "VAT", "Annual Revenue", "Sector", "Owner"}
                                 << QStringList{"annual_revenue=Annual Revenue", "credit_code=Credit-Code",
                                                "industry=Sector", "legal_name=Company Name", "owner_id=Owner",
                                                "tax_id=VAT"};
        QTest::newRow("chinese") << ImportEntity::Accounts
                                 << QStringList{"客户名称", "统一社会信用代码", "纳税人识别号", "所属行业", "地区", "备注",
                                                "无关列"}
                                 << QStringList{"credit_code=统一社会信用代码", "industry=所属行业",
                                                "legal_name=客户名称", "notes=备注", "region=地区",
                                                "tax_id=纳税人识别号"};
        QTest::newRow("chinese deals") << ImportEntity::Opportunities
                                       << QStringList{"客户", "商机名称", "合同金额", "预计成交日期", "销售阶段", "邮箱"}
                                       << QStringList{"account_id=客户", "amount=合同金额",
                                                      "expected_close=预计成交日期", "stage_id=销售阶段",
                                                      "title=商机名称"};
        QTest::newRow("contacts e-mail") << ImportEntity::Contacts
                                         << QStringList{"Customer", "姓名", "电子邮件", "手机"}
                                         << QStringList{"account_id=Customer", "email=电子邮件", "name=姓名",
                                                        "phone=手机"};
        // The key beats a synonym, whichever column comes first; one column per field.
        QTest::newRow("key first") << ImportEntity::Accounts << QStringList{"customer", "LEGAL_NAME", "公司名称"}
                                   << QStringList{"legal_name=LEGAL_NAME"};
        QTest::newRow("title") << ImportEntity::Accounts << QStringList{"Short name", "Days overdue"}
                               << QStringList{"payment_overdue_days=Days overdue", "short_name=Short name"};
        QTest::newRow("nothing") << ImportEntity::Products << QStringList{"", "x", "y"} << QStringList{};
    }
    void suggestMapping()
    {
        QFETCH(ImportEntity, entity);
        QFETCH(QStringList, header);
        QFETCH(QStringList, expected);
        const ImportMapping m = kam::suggestMapping(entity, header);
        QStringList got;
        for (auto it = m.columns.cbegin(); it != m.columns.cend(); ++it)
            got << it.key() + u'=' + it.value();
        got.sort();
        QCOMPARE(got, expected);
        QVERIFY(m.constants.isEmpty());
        QVERIFY(m.values.isEmpty());
    }

    void suggestMapping_crmDataset()
    {
        const QString dir = QStringLiteral("../shared/datasets/crm-sales-opportunities/");
        const QStringList pipeline = headerOf(dir + "sales_pipeline.csv");
        if (pipeline.isEmpty())
            QSKIP("the CRM dataset is not in ../shared/datasets");
        const ImportMapping deals = kam::suggestMapping(ImportEntity::Opportunities, pipeline);
        const QHash<QString, QString> expectedDeals{
            {"owner_id", "sales_agent"},       {"product_ids", "product"},       {"account_id", "account"},
            {"stage_id", "deal_stage"},        {"created_at", "engage_date"},    {"expected_close", "close_date"},
            {"amount", "close_value"}};
        QCOMPARE(deals.columns, expectedDeals);

        const ImportMapping accounts = kam::suggestMapping(ImportEntity::Accounts, headerOf(dir + "accounts.csv"));
        const QHash<QString, QString> expectedAccounts{{"legal_name", "account"},      {"industry", "sector"},
                                                       {"annual_revenue", "revenue"},  {"region", "office_location"},
                                                       {"parent_id", "subsidiary_of"}};
        QCOMPARE(accounts.columns, expectedAccounts);

        const ImportMapping products = kam::suggestMapping(ImportEntity::Products, headerOf(dir + "products.csv"));
        const QHash<QString, QString> expectedProducts{
            {"name", "product"}, {"series", "series"}, {"list_price", "sales_price"}};
        QCOMPARE(products.columns, expectedProducts);
    }

    void mapping_roundTripsThroughJson()
    {
        ImportMapping m;
        m.columns = {{"legal_name", "客户名称"}, {"tier", "Level"}};
        m.constants = {{"currency", "USD"}};
        m.values = {{"tier", {{"A", "core"}, {"B", "key"}}}, {"kind", {{"渠道", "channel"}}}};
        Result<ImportMapping> back = ImportMapping::fromJson(m.toJson());
        KAM_VERIFY_RESULT(back);
        QVERIFY(*back == m);
        Result<ImportMapping> empty = ImportMapping::fromJson({});
        KAM_VERIFY_RESULT(empty);
        QVERIFY(*empty == ImportMapping{});

        QJsonObject broken = m.toJson();
        broken.insert("columns", QJsonObject{{"legal_name", 3}});
        const Result<ImportMapping> refused = ImportMapping::fromJson(broken);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains("legal_name"), qPrintable(refused.error().message));
        broken = m.toJson();
        broken.insert("values", QJsonArray{});
        QVERIFY(!ImportMapping::fromJson(broken));
    }

    void presets_areSavedReplacedAndRemoved()
    {
        QTemporaryDir dir;
        Result<std::unique_ptr<Store>> opened = Store::open(dir.filePath("presets.sqlite"));
        KAM_VERIFY_RESULT(opened);
        Store &store = **opened;
        Result<std::vector<ImportPreset>> none = importPresets(store);
        KAM_VERIFY_RESULT(none);
        QVERIFY(none->empty());

        ImportPreset erp{"ERP", ImportEntity::Accounts, {}};
        erp.mapping.columns = {{"legal_name", "客户名称"}};
        ImportPreset deals{"ERP", ImportEntity::Opportunities, {}};
        deals.mapping.constants = {{"currency", "EUR"}};
        KAM_VERIFY_RESULT(saveImportPreset(store, erp));
        KAM_VERIFY_RESULT(saveImportPreset(store, deals));
        erp.mapping.columns.insert("credit_code", "信用代码");
        KAM_VERIFY_RESULT(saveImportPreset(store, erp)); // same name and entity: replaced

        Result<std::vector<ImportPreset>> saved = importPresets(store);
        KAM_VERIFY_RESULT(saved);
        QCOMPARE(saved->size(), size_t(2));
        QCOMPARE(saved->at(0).entity, ImportEntity::Accounts);
        QVERIFY(saved->at(0).mapping == erp.mapping);
        QCOMPARE(saved->at(1).entity, ImportEntity::Opportunities);
        QVERIFY(saved->at(1).mapping == deals.mapping);
        QVERIFY(!saveImportPreset(store, {"  ", ImportEntity::Accounts, {}}));

        KAM_VERIFY_RESULT(removeImportPreset(store, ImportEntity::Accounts, "ERP"));
        saved = importPresets(store);
        KAM_VERIFY_RESULT(saved);
        QCOMPARE(saved->size(), size_t(1));
        QCOMPARE(saved->front().entity, ImportEntity::Opportunities);
        const Result<void> again = removeImportPreset(store, ImportEntity::Accounts, "ERP");
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::NotFound);
        KAM_VERIFY_RESULT(removeImportPreset(store, ImportEntity::Opportunities, "ERP"));
        QCOMPARE(*store.setting("import/presets"), QString()); // the last one clears the setting

        KAM_VERIFY_RESULT(store.setSetting("import/presets", "{not json"));
        QVERIFY(!importPresets(store));
    }
};

QTEST_GUILESS_MAIN(TestImportSchema)
#include "tst_import_schema.moc"
