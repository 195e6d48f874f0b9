// What the dashboard shows beside the KPIs: each source's freshness and health, alerts raised by
// the data (KPIS.md), and the rows behind a KPI (drill-down), each traced to its raw file and line.
#pragma once

#include "domain/filter.h"
#include "domain/insightvalues.h"
#include "domain/money.h"
#include "domain/result.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>

#include <memory>

namespace bedrot {

namespace filtersql {
struct StreamCube;
}

class Insights
{
public:
    explicit Insights(QSqlDatabase db);

    Result<QList<SourceStatus>> sources(QDate today) const;
    Result<QList<Alert>> alerts(const Filter& filter, double revenueThresholdUsd = 100.0) const;
    // The same, on daily streams already read for the answer when they cover the alerts' history.
    Result<QList<Alert>> alerts(const Filter& filter, std::shared_ptr<const filtersql::StreamCube> streams,
                                double revenueThresholdUsd = 100.0) const;
    // The rows behind a KPI of the catalog (those that sum to it where it is a sum). Capped at `limit`.
    DrillDown drillDown(const QString& kpiId, const Filter& filter, int limit = 10000) const;
    // The choices of the filter bar (small dimension tables, plus one scan for the platforms with data).
    Result<QList<TrackChoice>> tracks() const;
    Result<QList<PlatformChoice>> platforms() const;
    // A source's (SourceStatus::id) imports and quarantined rows, the latter capped at `limit`.
    SourceDetails sourceDetails(const QString& sourceId, int limit = 10000) const;

private:
    QSqlDatabase m_db;
};

} // namespace bedrot
