// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv_writer.h"

namespace kam {

CsvWriter::CsvWriter(QIODevice *device, Bom bom)
    : m_device(device)
{
    if (bom == Bom::Yes)
        m_ok = m_device->write("\xEF\xBB\xBF") == 3;
}

QString CsvWriter::escape(const QString &field)
{
    const bool quote = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"'))
        || field.contains(QLatin1Char('\r')) || field.contains(QLatin1Char('\n'))
        || (!field.isEmpty() && (field.front().isSpace() || field.back().isSpace()));
    if (!quote)
        return field;
    QString out = field;
    out.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

void CsvWriter::writeRow(const QStringList &fields)
{
    QStringList escaped;
    escaped.reserve(fields.size());
    for (const QString &f : fields)
        escaped << escape(f);
    const QByteArray line = (escaped.join(QLatin1Char(',')) + QLatin1String("\r\n")).toUtf8();
    if (m_ok)
        m_ok = m_device->write(line) == line.size();
}

} // namespace kam
