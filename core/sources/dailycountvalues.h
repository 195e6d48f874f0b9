// The value rules of daily count replies (DistroKid stats pages, TooLost analytics): stream counts
// written as numbers or strings, ISO days, ISRCs, country codes.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include <QString>

#include <optional>

class QJsonValue;

namespace bedrot {

// The DistroKid stats pages and the TooLost analytics replies write the same kinds of values, and
// each of them writes them differently. TooLost writes Spotify counts as strings and Apple counts
// as numbers. The rules live here once so that the three parsers agree.
class DailyCountValues
{
public:
    struct Count
    {
        std::optional<qint64> value;
        QString problem; // why there is no value, for a quarantine reason
    };

    // A stream count: a whole number ≥ 0, written as a JSON number or as a string of digits.
    static Count count(const QJsonValue& value);
    // The same rule over the text of a value: digits, or a quoted string of digits.
    static Count countText(QByteArrayView text);
    // A day written strictly as YYYY-MM-DD. The pages declare "dataDateFormat": "YYYY-MM-DD", so
    // anything else is a change in the source that someone should see.
    static std::optional<QDate> isoDay(QByteArrayView text);
    // An ISRC, upper case and without hyphens: CC-XXX-YY-NNNNN.
    static std::optional<QByteArray> isrc(QByteArrayView text);
    // A two-letter country code, upper case.
    static std::optional<QByteArray> countryCode(QByteArrayView text);
};

} // namespace bedrot
