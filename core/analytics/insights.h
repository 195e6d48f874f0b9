// What the dashboard shows beside the KPIs: each source's freshness and health, alerts raised by
// the data (KPIS.md), and the rows behind a KPI (drill-down), each traced to its raw file and line.
#pragma once

#include "domain/filter.h"
#include "domain/money.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>

namespace bedrot {

struct SourceStatus
{
    QString id;            // "distrokid.statements", "distrokid.stats", "toolost.statements", …
    QString title;         // for people
    QDateTime lastImport;  // when a file of this source was last imported (UTC)
    QDate latestDay;       // the latest native day in its facts
    int cadenceDays = 0;   // how often fresh data is expected (0: no cadence, e.g. the catalog)
    int ageDays = -1;      // today − latestDay; −1 without data
    int health = 0;        // 0–100
    QString healthReason;  // one sentence
    qint64 rows = 0;       // fact rows
    qint64 quarantined = 0;
    QStringList problems;  // messages of its last failed, rejected or partial imports
};

struct Alert
{
    enum class Kind { Revenue, Streams, Anomaly };
    Kind kind = Kind::Revenue;
    QDate day;             // the month (first day) or day it is about
    QString message;       // a sentence for the user
    double value = 0;      // the change or the day's value
};

struct DrillDown
{
    QString kpiId;
    QStringList columns;   // the last three are always "raw_file" (lake/raw/…), "file" (its name as imported) and "line"
    QList<QVariantList> rows;
    int valueColumn = -1;  // the column whose sum is the KPI (−1: not a sum)
    qint64 totalRows = 0;  // rows behind the KPI (rows may be capped)
    QString error;
};

class Insights
{
public:
    explicit Insights(QSqlDatabase db);

    QList<SourceStatus> sources(QDate today) const;
    QList<Alert> alerts(const Filter& filter, double revenueThresholdUsd = 100.0) const;
    // The rows behind a KPI of the catalog (those that sum to it where it is a sum). Capped at `limit`.
    DrillDown drillDown(const QString& kpiId, const Filter& filter, int limit = 10000) const;

private:
    QSqlDatabase m_db;
};

} // namespace bedrot

Q_DECLARE_METATYPE(bedrot::DrillDown)
