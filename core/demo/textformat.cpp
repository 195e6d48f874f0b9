// Number, date and escaping writers shared by every demo format.
#include "textformat.h"

#include "calendar.h"

namespace bedrot::demo {

QByteArray upcWithCheckDigit(const char* upc11)
{
    QByteArray upc(upc11);
    int sum = 0;
    for (int i = 0; i < upc.size(); ++i)
        sum += (upc[i] - '0') * (i % 2 == 0 ? 3 : 1);
    upc.append(static_cast<char>('0' + (10 - sum % 10) % 10));
    return upc;
}

void appendPadded(QByteArray& out, qint64 value, int width)
{
    char digits[24];
    int n = 0;
    do {
        digits[n++] = static_cast<char>('0' + value % 10);
        value /= 10;
    } while (value > 0 || n < width);
    while (n > 0)
        out.append(digits[--n]);
}

void appendInt(QByteArray& out, qint64 value)
{
    if (value < 0) {
        out.append('-');
        value = -value;
    }
    appendPadded(out, value, 1);
}

void appendDate(QByteArray& out, int month, int day)
{
    appendPadded(out, yearOf(month), 4);
    out.append('-');
    appendPadded(out, monthOfYear(month), 2);
    out.append('-');
    appendPadded(out, day, 2);
}

void appendDate(QByteArray& out, QDate date)
{
    appendDate(out, monthNumber(date), date.day());
}
void appendJulianDate(QByteArray& out, qint64 jd)
{
    appendDate(out, QDate::fromJulianDay(jd));
}

void appendYearMonth(QByteArray& out, int month)
{
    appendPadded(out, yearOf(month), 4);
    out.append('-');
    appendPadded(out, monthOfYear(month), 2);
}

// A scaled integer printed with exactly `decimals` decimals, so no float or locale gets a say.
void appendFixed(QByteArray& out, qint64 scaled, int decimals)
{
    if (scaled < 0) {
        out.append('-');
        scaled = -scaled;
    }
    qint64 unit = 1;
    for (int i = 0; i < decimals; ++i)
        unit *= 10;
    appendPadded(out, scaled / unit, 1);
    if (decimals > 0) {
        out.append('.');
        appendPadded(out, scaled % unit, decimals);
    }
}

// Statement money: integer 1e-8 USD printed with exactly 8 decimals.
void appendEarnings(QByteArray& out, qint64 units)
{
    if (units == 0) {
        out.append('0');
        return;
    }
    appendFixed(out, units, 8);
}

// RFC 4180: quoted only when needed.
void appendCsvField(QByteArray& out, const QByteArray& field)
{
    if (!field.contains(',') && !field.contains('"') && !field.contains('\n') && !field.contains('\r')) {
        out.append(field);
        return;
    }
    out.append('"');
    for (const char c : field) {
        if (c == '"')
            out.append('"');
        out.append(c);
    }
    out.append('"');
}

// UTF-8 stays raw and '/' unescaped, as on the pages this mimics.
void appendJsonString(QByteArray& out, const QByteArray& text)
{
    out.append('"');
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out.append('\\').append(c);
        } else if (u < 0x20) {
            static constexpr char kHex[] = "0123456789abcdef";
            out.append("\\u00").append(kHex[u >> 4]).append(kHex[u & 15]);
        } else {
            out.append(c);
        }
    }
    out.append('"');
}

QByteArray htmlEscaped(const QByteArray& text)
{
    QByteArray out;
    for (const char c : text) {
        switch (c) {
        case '&':
            out.append("&amp;");
            break;
        case '<':
            out.append("&lt;");
            break;
        case '>':
            out.append("&gt;");
            break;
        case '"':
            out.append("&quot;");
            break;
        default:
            out.append(c);
        }
    }
    return out;
}

void appendDayCounts(QByteArray& out, const std::vector<std::pair<qint64, qint64>>& points,
                     const DayCountJson& shape)
{
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (i > 0)
            out.append(',');
        out.append(shape.open);
        appendJulianDate(out, points[i].first);
        out.append(shape.middle);
        appendInt(out, points[i].second);
        out.append(shape.close);
    }
}

} // namespace bedrot::demo
