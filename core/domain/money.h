// Exact money: a signed count of nano-units (1e-9) of a currency, never a float.
#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>
#include <QtGlobal>
#include <optional>

namespace bedrot {

class Money
{
public:
    static constexpr qint64 kScale = 1'000'000'000; // nano-units per unit
    static constexpr int kDecimals = 9;

    constexpr Money() = default;
    static constexpr Money fromNanos(qint64 nanos)
    {
        Money m;
        m.m_nanos = nanos;
        return m;
    }

    // Parses plain decimal text ("-0.01931943", "12", "1e-3" is rejected). Digits past the ninth
    // decimal are rounded half away from zero. Accepts a decimal comma when decimalComma is true.
    static std::optional<Money> parse(QByteArrayView text, bool decimalComma = false);
    static std::optional<Money> parse(QStringView text, bool decimalComma = false);

    constexpr qint64 nanos() const { return m_nanos; }
    double toDouble() const { return static_cast<double>(m_nanos) / static_cast<double>(kScale); }

    // Exact decimal text with at least minDecimals decimals (trailing zeros past that trimmed).
    QString toString(int minDecimals = 2) const;
    // Rounded to `decimals` places (half away from zero), for display.
    QString toDisplay(int decimals = 2) const;

    constexpr Money operator+(Money o) const { return fromNanos(m_nanos + o.m_nanos); }
    constexpr Money operator-(Money o) const { return fromNanos(m_nanos - o.m_nanos); }
    constexpr Money& operator+=(Money o)
    {
        m_nanos += o.m_nanos;
        return *this;
    }
    constexpr auto operator<=>(const Money&) const = default;

private:
    qint64 m_nanos = 0;
};

} // namespace bedrot
