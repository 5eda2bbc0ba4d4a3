// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIODevice>
#include <QStringList>

namespace kam {

/// Writes RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, quote, CR, LF or
/// leading/trailing space, quotes doubled. UTF-8, optionally with a BOM so Excel reads Chinese.
class CsvWriter
{
public:
    enum class Bom { No, Yes };
    explicit CsvWriter(QIODevice *device, Bom bom = Bom::No);

    void writeRow(const QStringList &fields);
    /// False once the device refused a write.
    bool ok() const { return m_ok; }

    static QString escape(const QString &field);

private:
    QIODevice *m_device;
    bool m_ok = true;
};

} // namespace kam
