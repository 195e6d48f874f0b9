// RFC 4180 CSV: CRLF line ends, fields quoted when they hold a separator, quote or line break; UTF-8.
#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace bedrot {

class CsvWriter
{
public:
    void addRow(const QStringList& fields);
    const QByteArray& data() const { return m_data; }
    // Writes atomically (temporary file renamed into place).
    Result<void> save(const QString& path) const;
    static QByteArray escape(const QString& field);

private:
    QByteArray m_data;
};

} // namespace bedrot
