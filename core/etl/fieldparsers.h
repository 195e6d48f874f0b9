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
// Number of digits after the decimal point.
int decimalDigits(QByteArrayView v);

} // namespace bedrot::fields
