// Lenient-but-unambiguous money parsing for exported spreadsheets.
#include "amountparser.h"

#include "fieldparsers.h"

namespace bedrot {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
bool isUpper(char c)
{
    return c >= 'A' && c <= 'Z';
}

struct Symbol
{
    QByteArrayView bytes;
    const char* code;
};
// "$" is read as US dollars: the exports this parses (US card statements, USD ad accounts) mean that.
constexpr Symbol kSymbols[] = {
    {"US$", "USD"}, {"$", "USD"}, {"\xE2\x82\xAC", "EUR"}, {"\xC2\xA3", "GBP"}, {"\xC2\xA5", "JPY"}};

// Removes a currency symbol or a three-letter code at the front (front = true) or back of v.
bool takeCurrency(QByteArrayView& v, bool front, QString& currency)
{
    for (const Symbol& s : kSymbols) {
        if (front ? v.startsWith(s.bytes) : v.endsWith(s.bytes)) {
            v = front ? v.sliced(s.bytes.size()) : v.first(v.size() - s.bytes.size());
            currency = QString::fromLatin1(s.code);
            return true;
        }
    }
    // "USD 12.34", "12,34 EUR": three capitals set off from the number.
    if (v.size() > 4) {
        const QByteArrayView code = front ? v.first(3) : v.last(3);
        const char beside = front ? v[3] : v[v.size() - 4];
        if (isUpper(code[0]) && isUpper(code[1]) && isUpper(code[2]) &&
            (beside == ' ' || isDigit(beside) || beside == '-')) {
            v = front ? v.sliced(3) : v.first(v.size() - 3);
            currency = QString::fromLatin1(code);
            return true;
        }
    }
    return false;
}

bool takeSign(QByteArrayView& v, bool front, bool& negative, bool& signSeen)
{
    if (v.isEmpty() || signSeen)
        return false;
    static constexpr QByteArrayView kUnicodeMinus = "\xE2\x88\x92";
    if (front ? v.startsWith(kUnicodeMinus) : v.endsWith(kUnicodeMinus)) {
        v = front ? v.sliced(3) : v.first(v.size() - 3);
        negative = signSeen = true;
        return true;
    }
    const char c = front ? v.front() : v.back();
    if (c != '-' && c != '+')
        return false;
    v = front ? v.sliced(1) : v.first(v.size() - 1);
    negative = c == '-';
    signSeen = true;
    return true;
}

// Digits with thousands separators (',' or '.', already normalised) and at most one decimal point.
bool validGroups(QByteArrayView digits, char group)
{
    // Groups after the first are exactly three digits; the first has one to three.
    qsizetype run = 0;
    bool first = true;
    for (char c : digits) {
        if (c == group) {
            if (run == 0 || (first && run > 3) || (!first && run != 3))
                return false;
            first = false;
            run = 0;
        } else {
            ++run;
        }
    }
    return first || run == 3;
}

} // namespace

std::optional<AmountParser::Amount> AmountParser::parse(QByteArrayView text, bool decimalComma)
{
    QByteArrayView v = fields::trimmed(text);
    if (v.size() >= 2 && v.front() == '"' && v.back() == '"')
        v = fields::trimmed(v.sliced(1, v.size() - 2));
    Amount out;
    bool negative = false;
    bool signSeen = false;
    if (v.size() >= 2 && v.front() == '(' && v.back() == ')') {
        v = fields::trimmed(v.sliced(1, v.size() - 2));
        negative = signSeen = true; // accounting style; a sign inside as well is refused below
    }
    // Sign and currency at either end, in either order ("-$12.34", "$-12.34", "12.34 USD", "12.34-").
    for (bool front : {true, false}) {
        for (int round = 0; round < 2; ++round) {
            bool took = takeSign(v, front, negative, signSeen);
            if (out.currency.isEmpty())
                took = takeCurrency(v, front, out.currency) || took;
            v = fields::trimmed(v);
            if (!took)
                break;
        }
    }
    if (v.isEmpty())
        return std::nullopt;

    // Keep digits, ',' and '.'; spaces, no-break spaces and apostrophes only group thousands.
    QByteArray digits;
    digits.reserve(v.size());
    int commas = 0, dots = 0;
    for (qsizetype i = 0; i < v.size(); ++i) {
        const char c = v[i];
        if (isDigit(c)) {
            digits.append(c);
        } else if (c == ',' || c == '.') {
            digits.append(c);
            (c == ',' ? commas : dots) += 1;
        } else if ((c == ' ' || c == '\'') && i > 0 && isDigit(v[i - 1])) {
            continue;
        } else if (v.sliced(i).startsWith("\xC2\xA0") || v.sliced(i).startsWith("\xE2\x80\xAF")) {
            i += v.sliced(i).startsWith("\xC2\xA0") ? 1 : 2;
        } else {
            return std::nullopt;
        }
    }
    if (digits.isEmpty() || !isDigit(digits.front()) || !isDigit(digits.back()))
        return std::nullopt;

    char decimal = 0; // 0: no decimal separator
    if (commas > 0 && dots > 0) {
        decimal = digits.lastIndexOf(',') > digits.lastIndexOf('.') ? ',' : '.';
        if ((decimal == ',' ? commas : dots) != 1)
            return std::nullopt;
    } else if (commas + dots == 1) {
        const char sep = commas ? ',' : '.';
        const qsizetype at = digits.indexOf(sep);
        const bool threeAfter = digits.size() - at - 1 == 3;
        if (!threeAfter || digits.first(at) == "0")
            decimal = sep;
        else
            decimal = decimalComma ? ',' : '.';
        if (decimal != sep)
            decimal = 0; // the single separator groups thousands
    }
    const char group = decimal == ',' ? '.' : (decimal == '.' ? ',' : (commas ? ',' : '.'));
    const qsizetype point = decimal ? digits.indexOf(decimal) : digits.size();
    if (!validGroups(digits.first(point), group))
        return std::nullopt;
    if (digits.sliced(point).contains(group))
        return std::nullopt;

    QByteArray plain;
    plain.reserve(digits.size() + 1);
    if (negative)
        plain.append('-');
    for (qsizetype i = 0; i < digits.size(); ++i) {
        const char c = digits[i];
        if (isDigit(c))
            plain.append(c);
        else if (c == decimal)
            plain.append('.');
    }
    const std::optional<Money> money = Money::parse(plain);
    if (!money)
        return std::nullopt;
    out.value = *money;
    return out;
}

} // namespace bedrot
