// Field parsers, written against bytes for speed on million-line files.
#include "fieldparsers.h"

namespace bedrot::fields {

namespace {
bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
std::optional<int> digitsAt(QByteArrayView v, qsizetype from, qsizetype count)
{
    if (from + count > v.size())
        return std::nullopt;
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        if (!isDigit(v[i]))
            return std::nullopt;
        value = value * 10 + (v[i] - '0');
    }
    return value;
}
} // namespace

QByteArrayView trimmed(QByteArrayView v)
{
    qsizetype b = 0, e = v.size();
    while (b < e && (v[b] == ' ' || v[b] == '\t'))
        ++b;
    while (e > b && (v[e - 1] == ' ' || v[e - 1] == '\t'))
        --e;
    return v.sliced(b, e - b);
}

std::optional<QDate> parseDate(QByteArrayView raw)
{
    const QByteArrayView v = trimmed(raw);
    if (v.size() == 10 && (v[4] == '-' || v[4] == '/') && v[7] == v[4]) {
        auto y = digitsAt(v, 0, 4), m = digitsAt(v, 5, 2), d = digitsAt(v, 8, 2);
        if (!y || !m || !d)
            return std::nullopt;
        QDate date(*y, *m, *d);
        if (!date.isValid())
            return std::nullopt;
        return date;
    }
    // M/D/YYYY
    const qsizetype s1 = v.indexOf('/');
    const qsizetype s2 = s1 < 0 ? -1 : v.indexOf('/', s1 + 1);
    if (s1 > 0 && s2 > s1 + 1 && v.size() - s2 - 1 == 4) {
        auto m = digitsAt(v, 0, s1), d = digitsAt(v, s1 + 1, s2 - s1 - 1), y = digitsAt(v, s2 + 1, 4);
        if (!y || !m || !d)
            return std::nullopt;
        QDate date(*y, *m, *d);
        if (!date.isValid())
            return std::nullopt;
        return date;
    }
    return std::nullopt;
}

std::optional<int> parseYearMonth(QByteArrayView raw)
{
    const QByteArrayView v = trimmed(raw);
    if (v.size() != 7 && v.size() != 10)
        return std::nullopt;
    if (v[4] != '-' && v[4] != '/')
        return std::nullopt;
    auto y = digitsAt(v, 0, 4), m = digitsAt(v, 5, 2);
    if (!y || !m || *m < 1 || *m > 12 || *y < 1900 || *y > 2999)
        return std::nullopt;
    if (v.size() == 10 && !parseDate(v))
        return std::nullopt;
    return *y * 100 + *m;
}

std::optional<qint64> parseInteger(QByteArrayView raw)
{
    const QByteArrayView v = trimmed(raw);
    if (v.isEmpty())
        return std::nullopt;
    qsizetype i = 0;
    bool negative = false;
    if (v[0] == '-' || v[0] == '+') {
        negative = v[0] == '-';
        ++i;
    }
    if (i >= v.size())
        return std::nullopt;
    qint64 value = 0;
    bool digits = false;
    for (; i < v.size(); ++i) {
        if (isDigit(v[i])) {
            if (value > 100'000'000'000'000LL)
                return std::nullopt;
            value = value * 10 + (v[i] - '0');
            digits = true;
        } else if (v[i] == '.') {
            // Only zeros may follow ("3.0").
            for (qsizetype k = i + 1; k < v.size(); ++k)
                if (v[k] != '0')
                    return std::nullopt;
            break;
        } else {
            return std::nullopt;
        }
    }
    if (!digits)
        return std::nullopt;
    return negative ? -value : value;
}

bool isDecimal(QByteArrayView raw)
{
    const QByteArrayView v = trimmed(raw);
    qsizetype i = 0;
    if (!v.isEmpty() && (v[0] == '-' || v[0] == '+'))
        ++i;
    bool digits = false, dot = false;
    for (; i < v.size(); ++i) {
        if (isDigit(v[i]))
            digits = true;
        else if (v[i] == '.' && !dot)
            dot = true;
        else
            return false;
    }
    return digits;
}

int decimalDigits(QByteArrayView raw)
{
    const QByteArrayView v = trimmed(raw);
    const qsizetype dot = v.indexOf('.');
    return dot < 0 ? 0 : int(v.size() - dot - 1);
}

std::optional<qint64> parseCount(QByteArrayView raw, bool decimalComma)
{
    QByteArrayView v = trimmed(raw);
    if (v.size() >= 2 && v.front() == '"' && v.back() == '"')
        v = trimmed(v.sliced(1, v.size() - 2));
    if (v.isEmpty())
        return std::nullopt;
    const char group = decimalComma ? '.' : ',';
    QByteArray digits;
    digits.reserve(v.size());
    for (qsizetype i = 0; i < v.size(); ++i) {
        const char c = v[i];
        if (c == group || c == ' ' || c == '\'')
            continue;
        if (c == (decimalComma ? ',' : '.')) {
            // "12.0" is a whole number; anything else after the point is not a count.
            for (qsizetype k = i + 1; k < v.size(); ++k)
                if (v[k] != '0')
                    return std::nullopt;
            break;
        }
        digits.append(c);
    }
    return parseInteger(digits);
}

namespace {
int monthFromName(QByteArrayView name)
{
    static const char* const names[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                        "jul", "aug", "sep", "oct", "nov", "dec"};
    static const char* const full[] = {"january", "february", "march",     "april",   "may",      "june",
                                       "july",    "august",   "september", "october", "november", "december"};
    QByteArray lower = name.toByteArray().toLower();
    if (lower.endsWith('.'))
        lower.chop(1);
    for (int m = 0; m < 12; ++m) {
        if (lower == names[m] || lower == full[m])
            return m + 1;
        if (m == 8 && lower == "sept")
            return 9;
    }
    return 0;
}
} // namespace

std::optional<int> parseMonthDay(QByteArrayView raw)
{
    QByteArrayView v = trimmed(raw);
    const qsizetype space = v.indexOf(' ');
    if (space <= 0)
        return std::nullopt;
    QByteArrayView a = v.first(space), b = trimmed(v.sliced(space + 1));
    int month = monthFromName(a);
    std::optional<qint64> day = parseInteger(b);
    if (month == 0) { // "3 Nov"
        month = monthFromName(b);
        day = parseInteger(a);
    }
    if (month == 0 || !day || *day < 1 || *day > 31)
        return std::nullopt;
    if (!QDate(2000, month, int(*day)).isValid())
        return std::nullopt; // 2000 is a leap year
    return month * 100 + int(*day);
}

std::optional<QDate> parseAnyDate(QByteArrayView raw)
{
    QByteArrayView v = trimmed(raw);
    if (v.size() >= 2 && v.front() == '"' && v.back() == '"')
        v = trimmed(v.sliced(1, v.size() - 2));
    if (v.size() > 10 && (v[10] == 'T' || v[10] == ' ') && v[4] == '-')
        v = v.first(10); // ISO date-time
    if (auto d = parseDate(v))
        return d;
    // D.M.YYYY
    const qsizetype d1 = v.indexOf('.');
    const qsizetype d2 = d1 < 0 ? -1 : v.indexOf('.', d1 + 1);
    if (d1 > 0 && d2 > d1 + 1 && v.size() - d2 - 1 == 4) {
        auto d = parseInteger(v.first(d1)), m = parseInteger(v.sliced(d1 + 1, d2 - d1 - 1)),
             y = parseInteger(v.sliced(d2 + 1));
        if (d && m && y) {
            const QDate date{int(*y), int(*m), int(*d)};
            if (date.isValid())
                return date;
        }
    }
    // "Nov 3, 2024", "November 3 2024", "3 Nov 2024"
    QByteArray text = v.toByteArray();
    text.replace(',', ' ');
    const QList<QByteArray> parts = text.simplified().split(' ');
    if (parts.size() == 3) {
        if (auto md = parseMonthDay(QByteArray(parts[0] + ' ' + parts[1])); md && parts[2].size() == 4) {
            if (auto y = parseInteger(parts[2])) {
                const QDate date(int(*y), *md / 100, *md % 100);
                if (date.isValid())
                    return date;
            }
        }
    }
    return std::nullopt;
}

} // namespace bedrot::fields
