// How numbers read on cards, tooltips and the status bar: exact money with grouping, rates, counts.
#pragma once

#include "domain/money.h"

#include <QLocale>
#include <QString>

namespace bedrot {

struct KpiDefinition;
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

    // `x` with `decimals` decimals, grouped, with a typographic minus.
    static QString signedNumber(double x, int decimals);
    // A KPI's value as its card shows it, by the catalog's unit: money with 2 decimals, per-stream
    // rates with 4–6, counts grouped, percent with 1 decimal, ratios × 100 as percent, months.
    // Empty for a null value.
    static QString value(const KpiDefinition& def, const KpiValue& v);

    // How a KPI moved against the previous period.
    struct Change
    {
        enum class Direction
        {
            None,
            Up,
            Down,
            Flat
        };
        Direction direction = Direction::None; // None: nothing to compare (a side is null, or text)
        QString text;                          // e.g. "▲ +12.5% vs previous period"; empty for text KPIs
    };
    // Relative change in percent for amounts and counts; the difference in percentage points for
    // percentages and ratios (a CTR going from 2% to 3% is "+1.0 pp", not "+50%").
    static Change change(const KpiDefinition& def, const KpiValue& current, const KpiValue* previous);
    // "+60.0%" / "−4.2%" / "±0.0%"; empty when previous is zero.
    static QString percentChange(double current, double previous);
};

} // namespace bedrot
