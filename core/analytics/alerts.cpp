// The alert rules of KPIS.md, on values.
#include "alerts.h"

#include "domain/money.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <vector>

namespace bedrot {

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

QString monthKey(QDate d)
{
    return d.toString(QStringLiteral("yyyy-MM"));
}

} // namespace

QList<Alert> Alerts::revenueChanges(const QHash<QString, qint64>& earningsByMonth, QDate from, QDate to,
                                    double thresholdUsd)
{
    QList<Alert> out;
    for (QDate m(from.year(), from.month(), 1); m <= to; m = m.addMonths(1)) {
        const QString key = monthKey(m), prevKey = monthKey(m.addMonths(-1));
        if (!earningsByMonth.contains(key) || !earningsByMonth.contains(prevKey))
            continue;
        const Money change = Money::fromNanos(earningsByMonth.value(key) - earningsByMonth.value(prevKey));
        if (std::fabs(change.toDouble()) <= thresholdUsd)
            continue;
        Alert a;
        a.kind = Alert::Kind::Revenue;
        a.day = m;
        a.value = change.toDouble();
        a.message = QStringLiteral("Revenue for %1 is %2 USD, %3 %4 USD from %5")
                        .arg(key, Money::fromNanos(earningsByMonth.value(key)).toDisplay(2),
                             change.nanos() > 0 ? QStringLiteral("up") : QStringLiteral("down"),
                             Money::fromNanos(std::llabs(change.nanos())).toDisplay(2), prevKey);
        out << a;
    }
    return out;
}

QList<Alert> Alerts::streamDrop(const QHash<QDate, double>& streamsByDay, QDate from, QDate to)
{
    QDate last;
    for (auto it = streamsByDay.constBegin(); it != streamsByDay.constEnd(); ++it)
        if (it.key() <= to && (!last.isValid() || it.key() > last))
            last = it.key();
    if (!last.isValid() || last < from)
        return {};
    double recent = 0, before = 0;
    for (int i = 0; i < 7; ++i) {
        recent += streamsByDay.value(last.addDays(-i));
        before += streamsByDay.value(last.addDays(-7 - i));
    }
    if (before <= 0 || recent >= 0.8 * before)
        return {};
    Alert a;
    a.kind = Alert::Kind::Streams;
    a.day = last;
    a.value = (recent - before) / before * 100.0;
    a.message = QStringLiteral(
                    "Streams in the 7 days to %1 averaged %2 a day, %3% below the 7 days before (%4 a day)")
                    .arg(last.toString(Qt::ISODate))
                    .arg(qRound64(recent / 7))
                    .arg(qRound64(-a.value))
                    .arg(qRound64(before / 7));
    return {a};
}

QList<Alert> Alerts::anomalies(const QHash<QDate, double>& perDay, QDate from, QDate to, const QString& what)
{
    QList<Alert> out;
    for (QDate d = std::max(from, to.addDays(-59)); d <= to; d = d.addDays(1)) {
        if (!perDay.contains(d))
            continue;
        std::vector<double> same;
        for (int k = 1; k <= 8; ++k)
            if (perDay.contains(d.addDays(-7 * k)))
                same.push_back(perDay.value(d.addDays(-7 * k)));
        if (same.size() < 4)
            continue;
        const double m = median(same);
        std::vector<double> deviations;
        for (double v : same)
            deviations.push_back(std::fabs(v - m));
        // A floor of 5% of the median: a series that barely moves would otherwise flag noise.
        const double mad = std::max({1.0, median(deviations) * 1.4826, 0.05 * m});
        const double x = perDay.value(d);
        if (std::fabs(x - m) <= 3.0 * mad)
            continue;
        Alert a;
        a.kind = Alert::Kind::Anomaly;
        a.day = d;
        a.value = x;
        a.message = QStringLiteral("%1 on %2 (%3) were %4, outside the usual %5–%6 for that weekday")
                        .arg(what, d.toString(Qt::ISODate), QLocale::c().dayName(d.dayOfWeek()))
                        .arg(qRound64(x))
                        .arg(qRound64(std::max(0.0, m - 3.0 * mad)))
                        .arg(qRound64(m + 3.0 * mad));
        out << a;
    }
    return out;
}

} // namespace bedrot
