// Reader-thread dashboard computation.
#include "dashboardservice.h"

#include "warehouse/database.h"
#include "insights.h"
#include "warehousereader.h"

namespace bedrot {

DashboardService::DashboardService(const QString& warehousePath, QObject* parent) : QObject(parent), m_path(warehousePath)
{
    qRegisterMetaType<bedrot::Filter>();
    qRegisterMetaType<bedrot::DashboardData>();
    qRegisterMetaType<bedrot::DrillDown>();
}

DashboardService::~DashboardService() { closeConnection(); }

void DashboardService::compute(const Filter& filter, quint64 generation)
{
    if (generation < m_latest.loadRelaxed()) return; // overtaken
    QString error;
    if (m_connection.isEmpty()) {
        m_connection = Database::uniqueConnectionName(QStringLiteral("reader"));
        Database::open(m_path, m_connection, &error);
        if (!error.isEmpty()) {
            Database::close(m_connection);
            m_connection.clear();
            DashboardData failed;
            failed.filter = filter;
            failed.generation = generation;
            failed.error = error;
            Q_EMIT ready(failed);
            return;
        }
    }
    // One read transaction around all the queries of an answer: under WAL each query would otherwise see
    // the newest commit, and during an import the cards and charts of one answer would disagree.
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const bool snapshot = db.transaction();
    DashboardData data = WarehouseReader(db).dashboard(filter, generation);
    const Insights insights(db);
    data.sources = insights.sources(QDate::currentDate());
    data.alerts = insights.alerts(filter);
    if (snapshot) db.commit();
    Q_EMIT ready(data);
}

void DashboardService::drillDown(const QString& kpiId, const Filter& filter)
{
    DrillDown d;
    d.kpiId = kpiId;
    if (m_connection.isEmpty()) {
        m_connection = Database::uniqueConnectionName(QStringLiteral("reader"));
        Database::open(m_path, m_connection, &d.error);
    }
    if (d.error.isEmpty()) d = Insights(QSqlDatabase::database(m_connection, false)).drillDown(kpiId, filter);
    Q_EMIT drillDownReady(d);
}

void DashboardService::closeConnection()
{
    if (m_connection.isEmpty()) return;
    Database::close(m_connection);
    m_connection.clear();
}

} // namespace bedrot
