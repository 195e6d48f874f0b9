// CSV writer.
#include "csvwriter.h"

#include <QSaveFile>

namespace bedrot {

QByteArray CsvWriter::escape(const QString& field)
{
    QByteArray bytes = field.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r')) {
        bytes.replace("\"", "\"\"");
        bytes.prepend('"');
        bytes.append('"');
    }
    return bytes;
}

void CsvWriter::addRow(const QStringList& fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_data.append(',');
        m_data.append(escape(fields.at(i)));
    }
    m_data.append("\r\n");
}

Result<void> CsvWriter::save(const QString& path) const
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("cannot write %1: %2").arg(path, f.errorString()));
    if (f.write(m_data) != m_data.size() || !f.commit())
        return fail(QStringLiteral("cannot write %1: %2").arg(path, f.errorString()));
    return {};
}

} // namespace bedrot
