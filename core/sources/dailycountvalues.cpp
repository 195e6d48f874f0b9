// Value rules shared by the DistroKid stats-page and TooLost analytics parsers.
#include "dailycountvalues.h"

#include "etl/fieldparsers.h"

#include <QJsonValue>
#include <QLocale>

#include <cmath>

namespace bedrot {

namespace {
bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
bool isUpper(char c)
{
    return c >= 'A' && c <= 'Z';
}
char upper(char c)
{
    return c >= 'a' && c <= 'z' ? char(c - 'a' + 'A') : c;
}
// The count fits a double exactly below 2^53, and no stream count gets anywhere near that.
constexpr double kLargestCount = 9'007'199'254'740'992.0;
} // namespace

DailyCountValues::Count DailyCountValues::count(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d < 0)
            return {std::nullopt, QStringLiteral("'%1' is negative, and a stream count cannot be")
                                      .arg(QString::number(d, 'g', QLocale::FloatingPointShortest))};
        if (d != std::floor(d) || d >= kLargestCount)
            return {std::nullopt, QStringLiteral("'%1' is not a whole number of streams")
                                      .arg(QString::number(d, 'g', QLocale::FloatingPointShortest))};
        return {qint64(d), QString()};
    }
    case QJsonValue::String:
        return countText(value.toString().toUtf8());
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {std::nullopt, QStringLiteral("there is no stream count")};
    default:
        return {std::nullopt, QStringLiteral("the stream count is not a number")};
    }
}

DailyCountValues::Count DailyCountValues::countText(QByteArrayView text)
{
    QByteArrayView v = fields::trimmed(text);
    if (v.size() >= 2 && (v.front() == '"' || v.front() == '\'') && v.back() == v.front())
        v = fields::trimmed(v.sliced(1, v.size() - 2));
    if (v.isEmpty() || v == "null" || v == "undefined")
        return {std::nullopt, QStringLiteral("there is no stream count")};
    const QString shown = QString::fromUtf8(v);
    // Digits only: a thousands separator or a decimal point would mean the source changed the
    // way it writes numbers, and that is better seen than guessed at.
    qsizetype i = (v.front() == '-') ? 1 : 0;
    bool digits = i < v.size();
    for (; i < v.size(); ++i)
        if (!isDigit(v[i]))
            digits = false;
    if (!digits || v.size() > 16)
        return {std::nullopt, QStringLiteral("'%1' is not a whole number of streams").arg(shown)};
    const qint64 n = v.toLongLong();
    if (n < 0)
        return {std::nullopt, QStringLiteral("'%1' is negative, and a stream count cannot be").arg(shown)};
    return {n, QString()};
}

std::optional<QDate> DailyCountValues::isoDay(QByteArrayView text)
{
    const QByteArrayView v = fields::trimmed(text);
    if (v.size() != 10 || v[4] != '-' || v[7] != '-')
        return std::nullopt;
    return fields::parseDate(v);
}

std::optional<QByteArray> DailyCountValues::isrc(QByteArrayView text)
{
    QByteArray code;
    code.reserve(12);
    for (char c : fields::trimmed(text))
        if (c != '-')
            code.append(upper(c));
    if (code.size() != 12)
        return std::nullopt;
    for (int i = 0; i < 12; ++i) {
        const char c = code[i];
        const bool ok = i < 2 ? isUpper(c) : i < 5 ? (isUpper(c) || isDigit(c)) : isDigit(c);
        if (!ok)
            return std::nullopt;
    }
    return code;
}

std::optional<QByteArray> DailyCountValues::countryCode(QByteArrayView text)
{
    const QByteArrayView v = fields::trimmed(text);
    if (v.size() != 2)
        return std::nullopt;
    QByteArray code(2, ' ');
    code[0] = upper(v[0]);
    code[1] = upper(v[1]);
    if (!isUpper(code[0]) || !isUpper(code[1]))
        return std::nullopt;
    return code;
}

} // namespace bedrot
