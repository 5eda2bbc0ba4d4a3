// SPDX-License-Identifier: GPL-3.0-or-later
#include "deal_filter_bar.h"

#include "itemmodels/pipeline_source.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

#include <algorithm>

namespace kam {

namespace {

QComboBox *makeCombo(const char *objectName, const QString &accessibleName, QWidget *parent)
{
    auto *c = new QComboBox(parent);
    c->setObjectName(QLatin1String(objectName));
    c->setAccessibleName(accessibleName);
    c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return c;
}

/// Refills `combo` with "all" and `items` (data, text), keeping the selected data if it is
/// still offered.
void refill(QComboBox *combo, const QString &all, const QList<std::pair<QString, QString>> &items)
{
    const QString current = combo->currentData().toString();
    combo->clear();
    combo->addItem(all, QString());
    for (const auto &[data, text] : items)
        combo->addItem(text, data);
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
}

} // namespace

DealFilterBar::DealFilterBar(PipelineSource *source, QWidget *parent)
    : QWidget(parent)
    , m_source(source)
{
    m_owner = makeCombo("dealOwnerFilter", tr("Owner"), this);
    m_tier = makeCombo("dealTierFilter", tr("Tier"), this);
    m_industry = makeCombo("dealIndustryFilter", tr("Industry"), this);
    m_product = makeCombo("dealProductFilter", tr("Product"), this);
    m_period = makeCombo("dealPeriodFilter", tr("Close period"), this);

    m_tier->addItem(tr("All tiers"), -1);
    for (const auto &e : enumEntries<Tier>())
        m_tier->addItem(enumLabel(e.value), int(e.value));
    m_period->addItem(tr("Any time"), int(Period::Any));
    m_period->addItem(tr("This month"), int(Period::ThisMonth));
    m_period->addItem(tr("This quarter"), int(Period::ThisQuarter));
    m_period->addItem(tr("Next quarter"), int(Period::NextQuarter));
    m_period->addItem(tr("This year"), int(Period::ThisYear));
    m_period->addItem(tr("Last year"), int(Period::LastYear));
    refreshOptions();

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Filter:"), this));
    for (QComboBox *c : {m_owner, m_tier, m_industry, m_product, m_period}) {
        layout->addWidget(c);
        connect(c, &QComboBox::currentIndexChanged, this, &DealFilterBar::announce);
    }
    layout->addStretch(1);

    connect(source, &PipelineSource::reloaded, this, [this] {
        refreshOptions();
        announce(); // a selection whose option went away fell back to "all"
    });
}

void DealFilterBar::refreshOptions()
{
    const QSignalBlocker ownerBlock(m_owner), industryBlock(m_industry), productBlock(m_product);

    QList<std::pair<QString, QString>> owners;
    for (auto it = m_source->userNames().cbegin(); it != m_source->userNames().cend(); ++it)
        owners.append({it.key(), it.value()});
    std::sort(owners.begin(), owners.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.second, b.second) < 0;
    });
    refill(m_owner, tr("All owners"), owners);

    QList<std::pair<QString, QString>> industries;
    for (const QString &industry : m_source->industries())
        industries.append({industry, industry});
    refill(m_industry, tr("All industries"), industries);

    QList<std::pair<QString, QString>> products;
    for (const Product &p : m_source->products())
        products.append(
            {p.meta.id, p.series.isEmpty() ? p.name : tr("%1 · %2").arg(p.series, p.name)});
    std::sort(products.begin(), products.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.second, b.second) < 0;
    });
    refill(m_product, tr("All products"), products);
}

void DealFilterBar::hidePeriod()
{
    m_period->setCurrentIndex(0); // any time
    m_period->hide();
}

analytics::DealFilter DealFilterBar::filter() const
{
    analytics::DealFilter f;
    f.ownerId = m_owner->currentData().toString();
    if (const int tier = m_tier->currentData().toInt(); tier >= 0)
        f.tier = Tier(tier);
    f.industry = m_industry->currentData().toString();
    f.productId = m_product->currentData().toString();

    const QDate today = QDate::currentDate();
    const QDate quarter = analytics::periodStart(today, analytics::Granularity::Quarter);
    switch (Period(m_period->currentData().toInt())) {
    case Period::Any:
        break;
    case Period::ThisMonth:
        f.from = analytics::periodStart(today, analytics::Granularity::Month);
        f.to = f.from.addMonths(1).addDays(-1);
        break;
    case Period::ThisQuarter:
        f.from = quarter;
        f.to = quarter.addMonths(3).addDays(-1);
        break;
    case Period::NextQuarter:
        f.from = quarter.addMonths(3);
        f.to = quarter.addMonths(6).addDays(-1);
        break;
    case Period::ThisYear:
        f.from = QDate(today.year(), 1, 1);
        f.to = QDate(today.year(), 12, 31);
        break;
    case Period::LastYear:
        f.from = QDate(today.year() - 1, 1, 1);
        f.to = QDate(today.year() - 1, 12, 31);
        break;
    }
    return f;
}

void DealFilterBar::announce()
{
    const analytics::DealFilter f = filter();
    if (f == m_announced)
        return;
    m_announced = f;
    emit filterChanged(f);
}

} // namespace kam
