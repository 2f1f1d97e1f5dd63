// SPDX-FileCopyrightText: 2026 CoopAtlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "uuid.h"

#include <QDateTime>
#include <QMutex>
#include <QRandomGenerator>

#include <array>

namespace CoopAtlas::Core {

QString createUuidV7()
{
    // 48 bits of Unix milliseconds, then a 12-bit counter (rand_a) that keeps ids
    // monotonic within one millisecond, then 62 random bits.
    static QMutex mutex;
    static qint64 lastMillis = 0;
    static quint16 counter = 0;

    qint64 millis = QDateTime::currentMSecsSinceEpoch();
    quint16 sequence = 0;
    {
        QMutexLocker lock(&mutex);
        if (millis <= lastMillis) {
            millis = lastMillis;
            if (++counter > 0x0fff) {
                counter = 0;
                ++millis;
            }
        } else {
            counter = static_cast<quint16>(QRandomGenerator::global()->bounded(0x0800));
        }
        lastMillis = millis;
        sequence = counter;
    }

    std::array<unsigned char, 16> bytes{};
    for (int i = 0; i < 6; ++i) {
        bytes[static_cast<size_t>(i)] = static_cast<unsigned char>((millis >> (40 - 8 * i)) & 0xff);
    }
    bytes[6] = static_cast<unsigned char>(0x70 | ((sequence >> 8) & 0x0f));
    bytes[7] = static_cast<unsigned char>(sequence & 0xff);
    const quint64 random = QRandomGenerator::global()->generate64();
    for (int i = 0; i < 8; ++i) {
        bytes[static_cast<size_t>(8 + i)]
            = static_cast<unsigned char>((random >> (56 - 8 * i)) & 0xff);
    }
    bytes[8] = static_cast<unsigned char>(0x80 | (bytes[8] & 0x3f));

    const QByteArray hex = QByteArray(reinterpret_cast<const char *>(bytes.data()), 16).toHex();
    return QString::fromLatin1(hex.left(8) + '-' + hex.mid(8, 4) + '-' + hex.mid(12, 4) + '-'
                               + hex.mid(16, 4) + '-' + hex.mid(20));
}

} // namespace CoopAtlas::Core
