// Read-side queries over the warehouse: the KPI catalog and the dashboard's series for a filter.
// Uses a connection opened in the calling thread; never writes.
#pragma once

#include "dashboarddata.h"

#include <QSqlDatabase>

namespace bedrot {

class WarehouseReader
{
public:
    explicit WarehouseReader(QSqlDatabase db);

    QList<KpiValue> kpis(const Filter& filter, QString* error = nullptr) const;
    DashboardData dashboard(const Filter& filter, quint64 generation = 0) const;
    // The first and last native day in the warehouse (statements: reporting and usage dates).
    std::pair<QDate, QDate> extent() const;

private:
    QSqlDatabase m_db;
};

} // namespace bedrot
