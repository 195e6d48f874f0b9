// Field parsers, written against bytes for speed on million-line files.
#include "fieldparsers.h"

namespace bedrot::fields {

namespace {
bool isDigit(char c) { return c >= '0' && c <= '9'; }
std::optional<int> digitsAt(QByteArrayView v, qsizetype from, qsizetype count)
{
    if (from + count > v.size()) return std::nullopt;
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        if (!isDigit(v[i])) return std::nullopt;
        value = value * 10 + (v[i] - '0');
    }
    return value;
}
} // namespace

QByteArrayView trimmed(QByteArrayView v)
{
    qsizetype b = 0, e = v.size();
    while (b < e && (v[b] == ' ' || v[b] == '\t')) ++b;
    while (e > b && (v[e - 1] == ' ' || v[e - 1] == '\t')) --e;
    return v.sliced(b, e - b);
}

std::optional<QDate> parseDate(QByteArrayView raw)
{
    const QByteArrayView v = trimmed(raw);
    if (v.size() == 10 && (v[4] == '-' || v[4] == '/') && v[7] == v[4]) {
        auto y = digitsAt(v, 0, 4), m = digitsAt(v, 5, 2), d = digitsAt(v, 8, 2);
        if (!y || !m || !d) return std::nullopt;
        QDate date(*y, *m, *d);
        if (!date.isValid()) return std::nullopt;
        return date;
    }
    // M/D/YYYY
    const qsizetype s1 = v.indexOf('/');
    const qsizetype s2 = s1 < 0 ? -1 : v.indexOf('/', s1 + 1);
    if (s1 > 0 && s2 > s1 + 1 && v.size() - s2 - 1 == 4) {
        auto m = digitsAt(v, 0, s1), d = digitsAt(v, s1 + 1, s2 - s1 - 1), y = digitsAt(v, s2 + 1, 4);
        if (!y || !m || !d) return std::nullopt;
        QDate date(*y, *m, *d);
        if (!date.isValid()) return std::nullopt;
        return date;
    }
    return std::nullopt;
}

std::optional<int> parseYearMonth(QByteArrayView raw)
{
    const QByteArrayView v = trimmed(raw);
    if (v.size() != 7 && v.size() != 10) return std::nullopt;
    if (v[4] != '-' && v[4] != '/') return std::nullopt;
    auto y = digitsAt(v, 0, 4), m = digitsAt(v, 5, 2);
    if (!y || !m || *m < 1 || *m > 12 || *y < 1900 || *y > 2999) return std::nullopt;
    if (v.size() == 10 && !parseDate(v)) return std::nullopt;
    return *y * 100 + *m;
}

std::optional<qint64> parseInteger(QByteArrayView raw)
{
    const QByteArrayView v = trimmed(raw);
    if (v.isEmpty()) return std::nullopt;
    qsizetype i = 0;
    bool negative = false;
    if (v[0] == '-' || v[0] == '+') {
        negative = v[0] == '-';
        ++i;
    }
    if (i >= v.size()) return std::nullopt;
    qint64 value = 0;
    bool digits = false;
    for (; i < v.size(); ++i) {
        if (isDigit(v[i])) {
            if (value > 100'000'000'000'000LL) return std::nullopt;
            value = value * 10 + (v[i] - '0');
            digits = true;
        } else if (v[i] == '.') {
            // Only zeros may follow ("3.0").
            for (qsizetype k = i + 1; k < v.size(); ++k)
                if (v[k] != '0') return std::nullopt;
            break;
        } else {
            return std::nullopt;
        }
    }
    if (!digits) return std::nullopt;
    return negative ? -value : value;
}

bool isDecimal(QByteArrayView raw)
{
    const QByteArrayView v = trimmed(raw);
    qsizetype i = 0;
    if (!v.isEmpty() && (v[0] == '-' || v[0] == '+')) ++i;
    bool digits = false, dot = false;
    for (; i < v.size(); ++i) {
        if (isDigit(v[i])) digits = true;
        else if (v[i] == '.' && !dot) dot = true;
        else return false;
    }
    return digits;
}

int decimalDigits(QByteArrayView raw)
{
    const QByteArrayView v = trimmed(raw);
    const qsizetype dot = v.indexOf('.');
    return dot < 0 ? 0 : int(v.size() - dot - 1);
}

} // namespace bedrot::fields
