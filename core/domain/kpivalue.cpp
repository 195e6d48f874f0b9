// KpiValue formatting.
#include "kpivalue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QLocale>

#include <cmath>

namespace bedrot {

double KpiValue::toDouble() const
{
    switch (kind) {
    case Kind::Money:
        return money.toDouble();
    case Kind::Integer:
        return double(integer);
    case Kind::Number:
        return number;
    default:
        return 0;
    }
}

QString KpiValue::plainValue() const
{
    switch (kind) {
    case Kind::Null:
        return {};
    case Kind::Money:
        return money.toString(6);
    case Kind::Integer:
        return QString::number(integer);
    case Kind::Number:
        return QString::number(number, 'g', QLocale::FloatingPointShortest);
    case Kind::Text:
        return text;
    }
    return {};
}

QString KpiValue::jsonValue() const
{
    switch (kind) {
    case Kind::Null:
        return QStringLiteral("null");
    case Kind::Text: {
        // Let Qt escape the string: wrap it in an array and strip the brackets.
        const QByteArray doc = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(doc.mid(1, doc.size() - 2));
    }
    case Kind::Number:
        if (!std::isfinite(number))
            return QStringLiteral("null");
        return plainValue();
    default:
        return plainValue();
    }
}

KpiValue KpiValue::ofMoney(const QString& id, Money m, QDate asOf)
{
    KpiValue v;
    v.id = id;
    v.kind = Kind::Money;
    v.money = m;
    v.asOf = asOf;
    return v;
}

KpiValue KpiValue::ofInteger(const QString& id, qint64 n, QDate asOf)
{
    KpiValue v;
    v.id = id;
    v.kind = Kind::Integer;
    v.integer = n;
    v.asOf = asOf;
    return v;
}

KpiValue KpiValue::ofNumber(const QString& id, double x, QDate asOf)
{
    KpiValue v;
    v.id = id;
    v.kind = std::isfinite(x) ? Kind::Number : Kind::Null;
    v.number = x;
    v.asOf = asOf;
    return v;
}

KpiValue KpiValue::ofText(const QString& id, const QString& t, QDate asOf)
{
    KpiValue v;
    v.id = id;
    v.kind = Kind::Text;
    v.text = t;
    v.asOf = asOf;
    return v;
}

} // namespace bedrot
