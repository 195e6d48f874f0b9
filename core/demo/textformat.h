// Text the demo files are made of, written byte by byte so no float, locale or Qt version has a say.
#pragma once

#include <QByteArray>
#include <QDate>

#include <array>
#include <utility>
#include <vector>

namespace bedrot::demo {

// An 11-digit UPC with its check digit appended.
QByteArray upcWithCheckDigit(const char* upc11);
void appendPadded(QByteArray& out, qint64 value, int width);
void appendInt(QByteArray& out, qint64 value);
void appendDate(QByteArray& out, int month, int day);
void appendDate(QByteArray& out, QDate date);
void appendJulianDate(QByteArray& out, qint64 jd);
void appendYearMonth(QByteArray& out, int month);
// A scaled integer printed with exactly `decimals` decimals.
void appendFixed(QByteArray& out, qint64 scaled, int decimals);
// Statement money: integer 1e-8 USD printed with exactly 8 decimals.
void appendEarnings(QByteArray& out, qint64 units);
// RFC 4180: quoted only when needed.
void appendCsvField(QByteArray& out, const QByteArray& field);
// UTF-8 stays raw and '/' unescaped, as on the pages this mimics.
void appendJsonString(QByteArray& out, const QByteArray& text);
QByteArray htmlEscaped(const QByteArray& text);

// How a platform writes one {day, count} object of a JSON list: the text before the date, between
// the date and the count, and after the count (quotes around the count make it a string).
struct DayCountJson
{
    const char* open;
    const char* middle;
    const char* close;
};
// The (Julian day, count) points as comma-separated objects of that shape.
void appendDayCounts(QByteArray& out, const std::vector<std::pair<qint64, qint64>>& points,
                     const DayCountJson& shape);

inline constexpr std::array kMonthNames = {"January",   "February", "March",    "April",
                                           "May",       "June",     "July",     "August",
                                           "September", "October",  "November", "December"};
inline constexpr std::array kMonthAbbreviations = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

} // namespace bedrot::demo
