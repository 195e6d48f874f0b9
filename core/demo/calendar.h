// Month and day arithmetic of the demo files: months as year * 12 + month - 1, days as Julian days.
#pragma once

#include <QDate>

namespace bedrot::demo {

inline int monthNumber(QDate date)
{
    return date.year() * 12 + date.month() - 1;
}
inline int yearOf(int month)
{
    return month / 12;
}
inline int monthOfYear(int month)
{
    return month % 12 + 1;
}
inline QDate firstDayOf(int month)
{
    return QDate(yearOf(month), monthOfYear(month), 1);
}
inline QDate lastDayOf(int month)
{
    return firstDayOf(month + 1).addDays(-1);
}
// Orders days without building QDates: the reporting day is at most 28.
inline int dayKey(int month, int day)
{
    return month * 32 + day;
}
inline int dayKey(QDate date)
{
    return dayKey(monthNumber(date), date.day());
}

inline QDate fridayOf(int month, int index)
{
    QDate day = firstDayOf(month);
    while (day.dayOfWeek() != Qt::Friday)
        day = day.addDays(1);
    return day.addDays(7 * index);
}

inline qint64 unixSeconds(qint64 jd, int secondsOfDay)
{
    return (jd - 2440588) * 86400 + secondsOfDay;
}

} // namespace bedrot::demo
