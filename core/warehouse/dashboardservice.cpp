// Reader-thread dashboard computation.
#include "dashboardservice.h"

#include "warehouse/database.h"
#include "warehouse/migrator.h"
#include "filtersql.h"
#include "insights.h"
#include "warehousereader.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace bedrot {

DashboardService::DashboardService(const QString& warehousePath, QObject* parent) : QObject(parent), m_path(warehousePath)
{
    qRegisterMetaType<bedrot::Filter>();
    qRegisterMetaType<bedrot::DashboardData>();
    qRegisterMetaType<bedrot::CountryFigures>();
    qRegisterMetaType<bedrot::DrillDown>();
    qRegisterMetaType<bedrot::SourceDetails>();
}

DashboardService::~DashboardService() { closeConnection(); }

void DashboardService::compute(const Filter& filter, quint64 generation)
{
    if (generation < m_latest.loadRelaxed()) return; // overtaken
    if (const QString error = ensureConnection(); !error.isEmpty()) {
        DashboardData failed;
        failed.filter = filter;
        failed.generation = generation;
        failed.error = error;
        Q_EMIT ready(failed);
        return;
    }
    // One read transaction around all the queries of an answer: under WAL each query would otherwise see
    // the newest commit, and during an import the cards and charts of one answer would disagree.
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const bool snapshot = db.transaction();
    std::shared_ptr<const filtersql::StreamCube> streams;
    const WarehouseReader reader(db);
    DashboardData data = reader.dashboard(filter, generation, &streams, m_deferCountriesAbove);
    const Insights insights(db);
    {
        // PRAGMA data_version changes when another connection (the writer) commits; this one only reads.
        QSqlQuery q(db);
        const qint64 version = q.exec(QStringLiteral("PRAGMA data_version")) && q.next() ? q.value(0).toLongLong() : -1;
        const QDate today = QDate::currentDate();
        if (version < 0 || version != m_sourcesVersion || today != m_sourcesDay) {
            m_sources = insights.sources(today);
            m_sourcesVersion = version;
            m_sourcesDay = today;
        }
        data.sources = m_sources;
    }
    data.alerts = insights.alerts(filter, streams);
    fillChoices(db, data);
    m_answered = std::max(m_answered, generation);
    Q_EMIT ready(data);
    // The slow part last, in the same read transaction: the rest is on screen meanwhile. A newer
    // request (another filter) makes it moot.
    if (data.countriesPending && generation >= m_latest.loadRelaxed()) Q_EMIT countriesReady(reader.countryFigures(filter, generation));
    if (snapshot) db.commit();
}

void DashboardService::computeIfSchemaCurrent(const Filter& filter, quint64 generation)
{
    // Opening a missing file would create it under the writer's feet: only an existing warehouse.
    if (!QFileInfo::exists(m_path) || !ensureConnection().isEmpty()) return;
    if (Migrator::currentVersion(Database::handle(QSqlDatabase::database(m_connection, false))) != Migrator::latestVersion()) return;
    compute(filter, generation);
}

void DashboardService::drillDown(const QString& kpiId, const Filter& filter)
{
    DrillDown d;
    d.kpiId = kpiId;
    d.filter = filter;
    d.error = ensureConnection();
    if (d.error.isEmpty()) d = Insights(QSqlDatabase::database(m_connection, false)).drillDown(kpiId, filter);
    Q_EMIT drillDownReady(d);
}

void DashboardService::sourceDetails(const QString& sourceId)
{
    SourceDetails d;
    d.sourceId = sourceId;
    d.error = ensureConnection();
    if (d.error.isEmpty()) {
        // One snapshot: the ledger's counts and the quarantine rows of the same moment.
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        const bool snapshot = db.transaction();
        d = Insights(db).sourceDetails(sourceId);
        if (snapshot) db.commit();
    }
    Q_EMIT sourceDetailsReady(d);
}

QString DashboardService::ensureConnection()
{
    if (!m_connection.isEmpty()) return {};
    QString error;
    m_connection = Database::uniqueConnectionName(QStringLiteral("reader"));
    Database::open(m_path, m_connection, &error);
    if (!error.isEmpty()) {
        Database::close(m_connection);
        m_connection.clear();
    }
    return error;
}

void DashboardService::fillChoices(QSqlDatabase& db, DashboardData& data)
{
    QSqlQuery q(db);
    const qint64 version = q.exec(QStringLiteral("PRAGMA data_version")) && q.next() ? q.value(0).toLongLong() : -1;
    if (version < 0 || version != m_choicesVersion) {
        const Insights insights(db);
        m_tracks = insights.tracks();
        m_platforms = insights.platforms();
        m_choicesVersion = version;
    }
    data.tracks = m_tracks;
    data.platforms = m_platforms;
}

void DashboardService::closeConnection()
{
    if (m_connection.isEmpty()) return;
    Database::close(m_connection);
    m_connection.clear();
    // data_version counts per connection: a new one may repeat a number the cached answers were read at.
    m_sourcesVersion = m_choicesVersion = -1;
}

} // namespace bedrot
