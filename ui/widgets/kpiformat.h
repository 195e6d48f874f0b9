// How numbers read on cards, tooltips and the status bar: exact money with grouping, rates, counts.
#pragma once

#include "domain/money.h"

#include <QLocale>
#include <QString>

namespace bedrot {

struct KpiValue;

class KpiFormat
{
public:
    // The user's locale, except the bare C locale, which has no digit grouping and reads badly.
    static QLocale locale();
    // "1,234.57 USD": exact money rounded only for display, never through a double.
    static QString money(Money m, int decimals = 2);
    // "0.002628 USD": per-stream rates need 4–6 decimals to say anything.
    static QString perStream(double usd);
    static QString count(qint64 n);
    // "2.35 months" below ten, "12.4 months" above: the second decimal stops mattering.
    static QString months(double m);
    // "+60.0%" / "−4.2%" of current against previous; empty when previous is zero.
    static QString percentChange(Money current, Money previous);
    // A KpiValue in plain words (no unit), for tooltips: exact money, shortest ratios.
    static QString exact(const KpiValue& v);
    // A missing value on a card.
    static QString dash();
};

} // namespace bedrot
