// The series only the charts need (cash by reporting month, revenue by country and track, payment
// delays, distributor streams, engagement, markers, email campaigns, the previous period's daily
// series), computed with the same filtersql clauses as the KPIs so a chart and its card agree.
#pragma once

#include "domain/chartvalues.h"
#include "domain/filter.h"
#include "domain/money.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace bedrot {

struct DailyPoint;
struct DashboardData;
namespace filtersql {
class Runner;
}

namespace chartdata {

// Tracks and countries beyond this many are summed into one "other" row.
constexpr int kTopRanked = 15;

// One daily series for `f` (artist already resolved): the current range's lines and, for
// f.previous(), the comparison overlay read the same rows.
QList<DailyPoint> dailySeriesOf(const filtersql::Runner& r, const Filter& f, DailySeries which);

// Fills the chart fields of `data` for `f` (artist already resolved), after the KPIs and the daily
// series of WarehouseReader::dashboard. Keeps the first SQL error in the runner.
void addChartData(const filtersql::Runner& r, const Filter& f, DashboardData& data);
// Σ earnings by usage month ("yyyy-MM") of the lines in f's usage months.
QHash<QString, Money> revenueByUsageMonth(const filtersql::Runner& r, const Filter& f);
// DashboardData::revenueByCountry of f (largest first, the tail in one row).
QList<RankedValue> revenueByCountryRanked(const filtersql::Runner& r, const Filter& f);

} // namespace chartdata

} // namespace bedrot
