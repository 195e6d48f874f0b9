// The alert rules of KPIS.md over values already read: revenue month over month, a weekly drop in
// streams, and days outside the usual range for their weekday. No SQL (the warehouse's Insights
// reads the values).
#pragma once

#include "domain/insightvalues.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace bedrot {

class Alerts
{
public:
    // A usage month (every month of [from, to]) whose earnings differ from the month before by more
    // than thresholdUsd. earningsByMonth: "yyyy-MM" → Σ earnings in nano-units, months with lines.
    static QList<Alert> revenueChanges(const QHash<QString, qint64>& earningsByMonth, QDate from, QDate to,
                                       double thresholdUsd);
    // The last seven days with data up to `to` averaging more than 20% below the seven before.
    // streamsByDay needs the week before `from` as well.
    static QList<Alert> streamDrop(const QHash<QDate, double>& streamsByDay, QDate from, QDate to);
    // Days of the range's last 60 outside median ± 3·MAD (scaled to σ) of the same weekday over the
    // eight weeks before; `what` names the series in the message ("Streams").
    static QList<Alert> anomalies(const QHash<QDate, double>& perDay, QDate from, QDate to,
                                  const QString& what);
    // How far before `from` the rules read (eight weeks of the same weekday, and a little more).
    static constexpr int kHistoryDays = 70;
};

} // namespace bedrot
