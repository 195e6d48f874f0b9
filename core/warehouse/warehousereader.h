// Read-side queries over the warehouse: the KPI catalog and the dashboard's series for a filter.
// Uses a connection opened in the calling thread; never writes.
#pragma once

#include "domain/dashboarddata.h"
#include "domain/result.h"

#include <QSqlDatabase>

#include <memory>

namespace bedrot {

namespace filtersql {
class Runner;
struct StreamCube;
} // namespace filtersql

class WarehouseReader
{
public:
    explicit WarehouseReader(QSqlDatabase db);

    Result<QList<KpiValue>> kpis(const Filter& filter) const;
    // `streamsRead`, when given, receives the daily streams the answer read (for Insights::alerts).
    // With `deferCountriesAbove` >= 0, when the by-country figures would be read from more lines
    // than that (no rollup serves them, e.g. under a track filter), they are left out and the
    // answer says countriesPending: countryFigures() reads them.
    DashboardData dashboard(const Filter& filter, quint64 generation = 0,
                            std::shared_ptr<const filtersql::StreamCube>* streamsRead = nullptr,
                            qint64 deferCountriesAbove = -1) const;
    // The by-country figures of dashboard(filter), read on their own.
    CountryFigures countryFigures(const Filter& filter, quint64 generation) const;
    // The first and last native day in the warehouse (statements: reporting and usage dates).
    Result<std::pair<QDate, QDate>> extent() const;

private:
    // kpis() of a filter whose artist is resolved, on the answer's runner: the daily streams and the
    // sums by track it has already read.
    // Failed queries are kept in the runner.
    QList<KpiValue> kpis(const filtersql::Runner& r, const Filter& f) const;
    std::pair<QDate, QDate> extent(const filtersql::Runner& r) const;

    QSqlDatabase m_db;
};

} // namespace bedrot
