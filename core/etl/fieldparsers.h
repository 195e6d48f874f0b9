// Small, strict parsers for field values found in export files (dates, months, integers).
#pragma once

#include <QByteArrayView>
#include <QDate>

#include <optional>

namespace bedrot::fields {

QByteArrayView trimmed(QByteArrayView v);
// YYYY-MM-DD, YYYY/MM/DD, or M/D/YYYY (US spreadsheet re-save).
std::optional<QDate> parseDate(QByteArrayView v);
// YYYY-MM (or YYYY-MM-DD, taking its month). Returns year*100+month.
std::optional<int> parseYearMonth(QByteArrayView v);
// A whole number, optionally signed; "3.0" is accepted as 3.
std::optional<qint64> parseInteger(QByteArrayView v);
// A plain decimal number (for percentages); returns the trimmed text when valid.
bool isDecimal(QByteArrayView v);
// A count as exports write it: "1234", "1,234", "1 234", "1.234" (with decimalComma), quoted or
// not, optionally signed. Decimal fractions are rejected.
std::optional<qint64> parseCount(QByteArrayView v, bool decimalComma = false);
// Month-day text without a year ("May 28", "Nov 3", "November 3", "3 Nov"): returns month*100+day.
std::optional<int> parseMonthDay(QByteArrayView v);
// A date in the common export spellings: YYYY-MM-DD, YYYY/MM/DD, M/D/YYYY, D.M.YYYY, "Nov 3, 2024",
// "3 Nov 2024", and ISO date-times (the date part).
std::optional<QDate> parseAnyDate(QByteArrayView v);
// Number of digits after the decimal point.
int decimalDigits(QByteArrayView v);

} // namespace bedrot::fields
