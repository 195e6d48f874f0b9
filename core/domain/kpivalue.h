// One KPI's value for a filter: exact money, a count, a ratio, a name, or nothing (no data).
#pragma once

#include "money.h"

#include <QDate>
#include <QString>

namespace bedrot {

struct KpiValue
{
    enum class Kind
    {
        Null,
        Money,
        Integer,
        Number,
        Text
    };

    QString id;
    Kind kind = Kind::Null;
    Money money;
    qint64 integer = 0;
    double number = 0;
    QString text;
    QDate asOf;

    bool isNull() const { return kind == Kind::Null; }
    // The value as a double (money in units); 0 for null and text.
    double toDouble() const;
    // The exact JSON token: money unrounded with at least 6 decimals, ratios shortest round-trip.
    QString jsonValue() const;
    // Plain text for tables and CSV (same precision as JSON, no quotes; empty for null).
    QString plainValue() const;

    static KpiValue null(const QString& id)
    {
        KpiValue v;
        v.id = id;
        return v;
    }
    static KpiValue ofMoney(const QString& id, Money m, QDate asOf);
    static KpiValue ofInteger(const QString& id, qint64 n, QDate asOf);
    static KpiValue ofNumber(const QString& id, double x, QDate asOf);
    static KpiValue ofText(const QString& id, const QString& t, QDate asOf);
};

} // namespace bedrot
