// Display formatting of KPI values.
#include "kpiformat.h"

#include "analytics/kpicatalog.h"
#include "domain/kpivalue.h"

#include <QCoreApplication>

#include <cmath>

namespace bedrot {

QLocale KpiFormat::locale()
{
    const QLocale system;
    if (system.language() == QLocale::C)
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return system;
}

QString KpiFormat::money(Money m, int decimals)
{
    // Group the exact decimal text ourselves: going through double would round large sums.
    const QString plain = m.toDisplay(decimals);
    const bool negative = plain.startsWith(u'-');
    const QString digits = negative ? plain.mid(1) : plain;
    const qsizetype dot = digits.indexOf(u'.');
    const QString whole = dot < 0 ? digits : digits.left(dot);
    const QString fraction = dot < 0 ? QString() : digits.mid(dot + 1);
    const QLocale loc = locale();
    QString out = loc.toString(whole.toLongLong());
    if (!fraction.isEmpty())
        out += loc.decimalPoint() + fraction;
    if (negative)
        out.prepend(u'\u2212'); // toDisplay never returns "-0.00"
    return QCoreApplication::translate("KpiFormat", "%1 USD").arg(out);
}

QString KpiFormat::perStream(double usd)
{
    const int decimals = std::abs(usd) < 0.01 ? 6 : 4;
    return QCoreApplication::translate("KpiFormat", "%1 USD").arg(locale().toString(usd, 'f', decimals));
}

QString KpiFormat::count(qint64 n)
{
    return locale().toString(n);
}

QString KpiFormat::months(double m)
{
    const int decimals = std::abs(m) < 10 ? 2 : 1;
    return QCoreApplication::translate("KpiFormat", "%1 months").arg(locale().toString(m, 'f', decimals));
}

QString KpiFormat::percentChange(Money current, Money previous)
{
    if (previous.nanos() == 0)
        return {};
    return percentChange(current.toDouble(), previous.toDouble());
}

QString KpiFormat::percentChange(double current, double previous)
{
    if (previous == 0.0)
        return {};
    const double change = (current - previous) / std::abs(previous) * 100.0;
    const QString number = locale().toString(std::abs(change), 'f', 1);
    if (number == locale().toString(0.0, 'f', 1))
        return QStringLiteral("\u00b1") + number + u'%';
    return (change > 0 ? QStringLiteral("+") : QStringLiteral("\u2212")) + number + u'%';
}

QString KpiFormat::exact(const KpiValue& v)
{
    switch (v.kind) {
    case KpiValue::Kind::Null:
        return dash();
    case KpiValue::Kind::Money:
        return v.money.toString(2);
    case KpiValue::Kind::Integer:
        return count(v.integer);
    case KpiValue::Kind::Number:
        return QString::number(v.number, 'g', QLocale::FloatingPointShortest);
    case KpiValue::Kind::Text:
        return v.text;
    }
    return {};
}

QString KpiFormat::dash()
{
    return QString(QChar(0x2014));
}

QString KpiFormat::signedNumber(double x, int decimals)
{
    // The typographic minus, as money shows it: "−2.7%" next to "−872.37 USD", not "-2.7%".
    QString text = locale().toString(x, 'f', decimals);
    if (text.startsWith(locale().negativeSign()))
        text.replace(0, locale().negativeSign().size(), QChar(0x2212));
    if (text == QStringLiteral("\u2212") + locale().toString(0.0, 'f', decimals))
        text.remove(0, 1); // no "−0.0"
    return text;
}

QString KpiFormat::value(const KpiDefinition& def, const KpiValue& v)
{
    if (v.isNull())
        return {};
    switch (def.unit) {
    case KpiDefinition::Unit::Money:
        return v.kind == KpiValue::Kind::Money ? money(v.money) : perStream(v.toDouble());
    case KpiDefinition::Unit::PerStream:
        return perStream(v.toDouble());
    case KpiDefinition::Unit::Months:
        return months(v.toDouble());
    case KpiDefinition::Unit::Count:
        return v.kind == KpiValue::Kind::Integer ? count(v.integer) : signedNumber(v.toDouble(), 1);
    case KpiDefinition::Unit::Percent:
        return signedNumber(v.toDouble(), 1) + u'%';
    case KpiDefinition::Unit::Ratio:
        return signedNumber(v.toDouble() * 100.0, 2) + u'%';
    case KpiDefinition::Unit::Text:
        return v.kind == KpiValue::Kind::Text ? v.text : v.plainValue();
    }
    return {};
}

KpiFormat::Change KpiFormat::change(const KpiDefinition& def, const KpiValue& current,
                                    const KpiValue* previous)
{
    Change out;
    if (def.unit == KpiDefinition::Unit::Text)
        return out;
    if (current.isNull() || !previous || previous->isNull() || previous->kind == KpiValue::Kind::Text) {
        out.text = dash() + u' ' + QCoreApplication::translate("KpiFormat", "vs previous period");
        return out;
    }
    const bool points = def.unit == KpiDefinition::Unit::Percent || def.unit == KpiDefinition::Unit::Ratio;
    const bool exactMoney = current.kind == KpiValue::Kind::Money && previous->kind == KpiValue::Kind::Money;
    const double cur = current.toDouble(), prev = previous->toDouble();
    QString amount;
    bool relative = true; // "… vs previous period"; false: the previous value itself is shown
    double shown = 0;     // the change as displayed, so "±0.0" never carries an arrow
    if (points) {
        const double scale = def.unit == KpiDefinition::Unit::Ratio ? 100.0 : 1.0;
        const double diff = (cur - prev) * scale;
        const QString number = locale().toString(std::abs(diff), 'f', 1);
        shown = number == locale().toString(0.0, 'f', 1) ? 0.0 : diff;
        amount = (shown > 0   ? QStringLiteral("+")
                  : shown < 0 ? QStringLiteral("\u2212")
                              : QStringLiteral("\u00b1")) +
                 number + QCoreApplication::translate("KpiFormat", " pp", "percentage points");
    } else {
        // A percentage of a value that changed sign (a variance going from +421 to −872) says nothing.
        const bool signFlip = (cur < 0) != (prev < 0);
        amount = signFlip     ? QString()
                 : exactMoney ? percentChange(current.money, previous->money)
                              : percentChange(cur, prev);
        if (amount.isEmpty()) { // from zero or across zero: no percentage exists, so say what it was
            shown = cur > prev ? 1.0 : cur < prev ? -1.0 : 0.0;
            amount =
                QCoreApplication::translate("KpiFormat", "previous period: %1").arg(value(def, *previous));
            relative = false;
        } else {
            shown = amount.startsWith(u'\u00b1') ? 0.0 : cur - prev;
            if (exactMoney && shown != 0.0)
                shown = current.money > previous->money ? 1.0 : -1.0;
        }
    }
    out.direction = shown > 0   ? Change::Direction::Up
                    : shown < 0 ? Change::Direction::Down
                                : Change::Direction::Flat;
    const QString arrow = out.direction == Change::Direction::Up     ? QStringLiteral("\u25b2 ")
                          : out.direction == Change::Direction::Down ? QStringLiteral("\u25bc ")
                                                                     : QString();
    out.text =
        arrow +
        (relative ? QCoreApplication::translate("KpiFormat", "%1 vs previous period").arg(amount) : amount);
    return out;
}

} // namespace bedrot
