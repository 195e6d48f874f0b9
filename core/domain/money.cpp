// Exact decimal parsing and formatting for Money.
#include "money.h"

#include <algorithm>
#include <limits>

namespace bedrot {

namespace {
template <typename Char> std::optional<Money> parseDigits(const Char* p, qsizetype n, bool decimalComma)
{
    qsizetype i = 0;
    while (i < n && (p[i] == ' ' || p[i] == '\t'))
        ++i;
    while (n > i && (p[n - 1] == ' ' || p[n - 1] == '\t'))
        --n;
    if (i >= n)
        return std::nullopt;
    bool negative = false;
    if (p[i] == '-' || p[i] == '+') {
        negative = p[i] == '-';
        ++i;
    }
    const Char separator = decimalComma ? Char(',') : Char('.');
    qint64 whole = 0;
    qint64 frac = 0;
    int fracDigits = 0;
    bool roundUp = false;
    bool anyDigit = false;
    bool inFraction = false;
    for (; i < n; ++i) {
        const Char c = p[i];
        if (c >= '0' && c <= '9') {
            anyDigit = true;
            const int d = int(c - '0');
            if (!inFraction) {
                if (whole > (std::numeric_limits<qint64>::max() / Money::kScale - 9) / 10)
                    return std::nullopt;
                whole = whole * 10 + d;
            } else if (fracDigits < Money::kDecimals) {
                frac = frac * 10 + d;
                ++fracDigits;
            } else if (fracDigits == Money::kDecimals) {
                roundUp = d >= 5;
                ++fracDigits; // only the first extra digit decides rounding
            }
        } else if (c == separator && !inFraction) {
            inFraction = true;
        } else {
            return std::nullopt;
        }
    }
    if (!anyDigit)
        return std::nullopt;
    for (int k = std::min(fracDigits, Money::kDecimals); k < Money::kDecimals; ++k)
        frac *= 10;
    qint64 nanos = whole * Money::kScale + frac + (roundUp ? 1 : 0);
    return Money::fromNanos(negative ? -nanos : nanos);
}
} // namespace

std::optional<Money> Money::parse(QByteArrayView text, bool decimalComma)
{
    return parseDigits(text.data(), text.size(), decimalComma);
}

std::optional<Money> Money::parse(QStringView text, bool decimalComma)
{
    return parseDigits(text.utf16(), text.size(), decimalComma);
}

QString Money::toString(int minDecimals) const
{
    const bool negative = m_nanos < 0;
    // Work in unsigned to survive the most negative value.
    const quint64 magnitude = negative ? quint64(0) - quint64(m_nanos) : quint64(m_nanos);
    const quint64 whole = magnitude / quint64(kScale);
    QString fraction = QString::number(magnitude % quint64(kScale)).rightJustified(kDecimals, u'0');
    int keep = kDecimals;
    while (keep > minDecimals && fraction.at(keep - 1) == u'0')
        --keep;
    fraction.truncate(keep);
    QString out = negative ? QStringLiteral("-") : QString();
    out += QString::number(whole);
    if (!fraction.isEmpty())
        out += u'.' + fraction;
    return out;
}

QString Money::toDisplay(int decimals) const
{
    decimals = std::clamp(decimals, 0, kDecimals);
    qint64 unit = 1;
    for (int k = decimals; k < kDecimals; ++k)
        unit *= 10;
    const qint64 half = unit / 2;
    qint64 rounded = m_nanos >= 0 ? (m_nanos + half) / unit : -((-m_nanos + half) / unit);
    const Money r = fromNanos(rounded * unit);
    QString s = r.toString(decimals);
    if (s == QLatin1String("-0") || s.startsWith(QLatin1String("-0."))) {
        bool allZero = true;
        for (QChar c : QStringView(s).mid(1))
            if (c != u'0' && c != u'.')
                allZero = false;
        if (allZero)
            s.remove(0, 1);
    }
    return s;
}

} // namespace bedrot
