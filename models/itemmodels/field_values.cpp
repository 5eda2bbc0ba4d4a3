// SPDX-License-Identifier: GPL-3.0-or-later
#include "field_values.h"

#include "account_columns.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QLocale>

namespace kam {

namespace {
template<typename E>
QString labelOfCode(const QVariant &code)
{
    const auto value = enumFromCode<E>(code.toString());
    return value ? enumLabel(*value) : code.toString();
}
} // namespace

QString displayFieldValue(Store &store, const QHash<QString, QString> &userNames, const QString &rowId,
                          const QString &field, const QVariant &value)
{
    if (value.isNull())
        return {};
    const QString &f = field;
    if (f == QLatin1String("kind"))
        return labelOfCode<AccountKind>(value);
    if (f == QLatin1String("tier"))
        return labelOfCode<Tier>(value);
    if (f == QLatin1String("lifecycle"))
        return labelOfCode<Lifecycle>(value);
    if (f == QLatin1String("stance"))
        return labelOfCode<Stance>(value);
    if (f == QLatin1String("buying_role"))
        return labelOfCode<BuyingRole>(value);
    if (f == QLatin1String("role"))
        return labelOfCode<TeamRole>(value);
    if (f == QLatin1String("owner_id") || f == QLatin1String("user_id"))
        return userNames.value(value.toString(), value.toString());
    if (f == QLatin1String("parent_id") || f == QLatin1String("account_id")) {
        Result<Account> a = store.get<Account>(value.toString());
        return a ? a->legalName : value.toString();
    }
    if (f == QLatin1String("reports_to_id")) {
        Result<Contact> c = store.get<Contact>(value.toString());
        return c ? c->name : value.toString();
    }
    if (f == QLatin1String("active"))
        return value.toInt() ? QCoreApplication::translate("kam::FieldHistoryModel", "Active")
                             : QCoreApplication::translate("kam::FieldHistoryModel", "Left");
    if (f == QLatin1String("annual_revenue_minor")) {
        Result<Account> a = store.get<Account>(rowId);
        return formatMoney(Money{value.toLongLong(), a ? a->currency : QStringLiteral("CNY")});
    }
    if (f == QLatin1String("deleted_at"))
        return QLocale().toString(QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toLocalTime(),
                                  QLocale::ShortFormat);
    return value.toString();
}

} // namespace kam
