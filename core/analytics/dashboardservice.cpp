// Reader-thread dashboard computation.
#include "dashboardservice.h"

#include "warehouse/database.h"
#include "warehousereader.h"

namespace bedrot {

DashboardService::DashboardService(const QString& warehousePath, QObject* parent) : QObject(parent), m_path(warehousePath)
{
    qRegisterMetaType<bedrot::Filter>();
    qRegisterMetaType<bedrot::DashboardData>();
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
    const DashboardData data = WarehouseReader(db).dashboard(filter, generation);
    if (snapshot) db.commit();
    Q_EMIT ready(data);
}

void DashboardService::closeConnection()
{
    if (m_connection.isEmpty()) return;
    Database::close(m_connection);
    m_connection.clear();
}

} // namespace bedrot
