// One row of a delimited demo export, appended field by field.
#pragma once

#include "textformat.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>

#include <type_traits>

namespace bedrot::demo {

// One row of a delimited export, appended field by field: the separators and the line end are
// written here, so each format's writer lists just its fields, in order.
class RowWriter
{
public:
    explicit RowWriter(QByteArray& out, char separator = ',') : m_out(out), m_separator(separator) {}

    // Bytes as they are: codes, ISRCs, fixed words, anything that never needs quoting.
    RowWriter& raw(QByteArrayView bytes)
    {
        next().append(bytes);
        return *this;
    }
    RowWriter& empty() { return raw({}); }
    // Free text, quoted when it needs to be.
    RowWriter& text(const QByteArray& field) { return add(appendCsvField, field); }
    RowWriter& integer(qint64 value) { return add(appendInt, value); }
    RowWriter& fixed(qint64 scaled, int decimals) { return add(appendFixed, scaled, decimals); }
    RowWriter& earnings(qint64 units) { return add(appendEarnings, units); }
    RowWriter& date(int month, int day) { return add<int, int>(appendDate, month, day); }
    RowWriter& date(QDate date) { return add<QDate>(appendDate, date); }
    RowWriter& julianDate(qint64 jd) { return add(appendJulianDate, jd); }
    RowWriter& yearMonth(int month) { return add(appendYearMonth, month); }
    void end() { m_out.append('\n'); }

private:
    // The row so far, with the separator that goes before every field but the first.
    QByteArray& next()
    {
        if (m_fields++ > 0)
            m_out.append(m_separator);
        return m_out;
    }
    // One field, written by one of the append… functions above.
    template <typename... Params>
    RowWriter& add(void (*append)(QByteArray&, Params...), std::type_identity_t<Params>... values)
    {
        append(next(), values...);
        return *this;
    }

    QByteArray& m_out;
    char m_separator;
    int m_fields = 0;
};

} // namespace bedrot::demo
