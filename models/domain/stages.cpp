// SPDX-License-Identifier: GPL-3.0-or-later
#include "stages.h"

#include <QCoreApplication>
#include <QUuid>

namespace kam {

namespace {

struct BuiltIn
{
    const char *key;
    const char *label;
    int probability;
};

constexpr BuiltIn kBuiltIn[] = {
    {"need_identified", QT_TRANSLATE_NOOP("kam::Stages", "Need identified"), 10},
    {"contact_samples", QT_TRANSLATE_NOOP("kam::Stages", "Contact & samples"), 20},
    {"intent_confirmed", QT_TRANSLATE_NOOP("kam::Stages", "Intent confirmed"), 40},
    {"negotiation", QT_TRANSLATE_NOOP("kam::Stages", "Negotiation"), 60},
    {"contract_signed", QT_TRANSLATE_NOOP("kam::Stages", "Contract signed"), 90},
    {"delivery", QT_TRANSLATE_NOOP("kam::Stages", "Delivery & after-sales"), 95},
    {"payment_collected", QT_TRANSLATE_NOOP("kam::Stages", "Payment collected"), 100},
    {"maintenance", QT_TRANSLATE_NOOP("kam::Stages", "Maintenance"), 100},
};

// Namespace of the built-in stage ids; never change it, stored deals refer to these ids.
const QUuid kStageNamespace(QStringLiteral("{5b0f3a52-9d41-4c7e-8a1b-6f2d9e4c7a10}"));

} // namespace

std::vector<Stage> builtInStages()
{
    std::vector<Stage> stages;
    int position = 0;
    for (const BuiltIn &b : kBuiltIn) {
        Stage s;
        s.key = QString::fromLatin1(b.key);
        s.meta.id = QUuid::createUuidV5(kStageNamespace, s.key).toString(QUuid::WithoutBraces);
        s.position = position++;
        s.probability = b.probability;
        stages.push_back(std::move(s));
    }
    return stages;
}

QString stageName(const Stage &stage)
{
    if (!stage.name.isEmpty())
        return stage.name;
    for (const BuiltIn &b : kBuiltIn)
        if (stage.key == QLatin1StringView(b.key))
            return QCoreApplication::translate("kam::Stages", b.label);
    return stage.key;
}

} // namespace kam
