// SPDX-License-Identifier: GPL-3.0-or-later
#include "ids.h"

#include <QRandomGenerator64>
#include <QUuid>

#include <chrono>

namespace kam {

namespace {

QRandomGenerator64 &threadRandom()
{
    thread_local QRandomGenerator64 random = [] {
        quint32 seed[8];
        QRandomGenerator::system()->fillRange(seed);
        return QRandomGenerator64(seed, 8);
    }();
    return random;
}

} // namespace

QString newRowId()
{
    using namespace std::chrono;
    const auto sinceEpoch = duration_cast<nanoseconds>(system_clock::now().time_since_epoch()).count();
    const quint64 millis = quint64(sinceEpoch / 1'000'000);
    // RFC 9562 method 3: the 12 bits after the version hold the fraction of the millisecond.
    const quint64 fraction = quint64(sinceEpoch % 1'000'000) * 4096 / 1'000'000;
    const quint64 random = threadRandom().generate64();
    const quint64 high = (millis << 16) | (quint64(7) << 12) | fraction;
    const quint64 low = (quint64(0b10) << 62) | (random >> 2); // RFC variant, 62 random bits
    uchar bytes[16];
    for (int i = 0; i < 8; ++i) {
        bytes[i] = uchar(high >> (56 - 8 * i));
        bytes[8 + i] = uchar(low >> (56 - 8 * i));
    }
    return QUuid::fromRfc4122(QByteArrayView(bytes, 16)).toString(QUuid::WithoutBraces);
}

} // namespace kam
