// Display formatting of KPI values.
#include "kpiformat.h"

#include "domain/kpivalue.h"

#include <QCoreApplication>

#include <cmath>

namespace bedrot {

QLocale KpiFormat::locale()
{
    const QLocale system;
    if (system.language() == QLocale::C) return QLocale(QLocale::English, QLocale::UnitedStates);
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
    if (!fraction.isEmpty()) out += loc.decimalPoint() + fraction;
    if (negative) out.prepend(u'\u2212'); // toDisplay never returns "-0.00"
    return QCoreApplication::translate("KpiFormat", "%1 USD").arg(out);
}

QString KpiFormat::perStream(double usd)
{
    const int decimals = std::abs(usd) < 0.01 ? 6 : 4;
    return QCoreApplication::translate("KpiFormat", "%1 USD").arg(locale().toString(usd, 'f', decimals));
}

QString KpiFormat::count(qint64 n) { return locale().toString(n); }

QString KpiFormat::months(double m)
{
    const int decimals = std::abs(m) < 10 ? 2 : 1;
    return QCoreApplication::translate("KpiFormat", "%1 months").arg(locale().toString(m, 'f', decimals));
}

QString KpiFormat::percentChange(Money current, Money previous)
{
    if (previous.nanos() == 0) return {};
    const double change = (current.toDouble() - previous.toDouble()) / std::abs(previous.toDouble()) * 100.0;
    const QString number = locale().toString(std::abs(change), 'f', 1);
    if (number == locale().toString(0.0, 'f', 1)) return QStringLiteral("\u00b1") + number + u'%';
    return (change > 0 ? QStringLiteral("+") : QStringLiteral("\u2212")) + number + u'%';
}

QString KpiFormat::exact(const KpiValue& v)
{
    switch (v.kind) {
    case KpiValue::Kind::Null: return dash();
    case KpiValue::Kind::Money: return v.money.toString(2);
    case KpiValue::Kind::Integer: return count(v.integer);
    case KpiValue::Kind::Number: return QString::number(v.number, 'g', QLocale::FloatingPointShortest);
    case KpiValue::Kind::Text: return v.text;
    }
    return {};
}

QString KpiFormat::dash() { return QString(QChar(0x2014)); }

} // namespace bedrot
