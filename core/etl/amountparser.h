// Money as spreadsheets, card exports and ad exports write it: "$1,234.56", "(12.34)", "1.250,50".
#pragma once

#include "domain/money.h"

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace bedrot {

class AmountParser
{
public:
    struct Amount
    {
        Money value;
        QString currency; // ISO code of a symbol or code written with the amount ("$" → USD), else empty
    };

    // Accepts a sign before or after a currency symbol or code, accounting parentheses for negative
    // amounts, a trailing minus, and thousands separators (",", ".", spaces, apostrophes).
    // Which of "," and "." is the decimal separator is decided per value: the last one when both
    // appear; a separator that appears twice groups thousands; a single separator followed by other
    // than three digits (or after a lone "0") is the decimal one. Only "1,250" or "1.250" is
    // ambiguous: decimalComma (the file's locale, e.g. a ';'-separated export) decides it.
    // Thousands groups must have three digits ("1,25" with a decimal point elsewhere is refused):
    // a value that does not read one way only is an error, never a guess.
    static std::optional<Amount> parse(QByteArrayView text, bool decimalComma = false);
};

} // namespace bedrot
