// Reader-thread dashboard computation.
#include "dashboardservice.h"

#include "filtersql.h"
#include "insights.h"
#include "logging.h"
#include "warehouse/database.h"
#include "warehouse/migrator.h"
#include "warehousereader.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace bedrot {

DashboardService::DashboardService(const QString& warehousePath, QObject* parent)
    : QObject(parent), m_path(warehousePath)
{
    qRegisterMetaType<bedrot::Filter>();
    qRegisterMetaType<bedrot::DashboardData>();
    qRegisterMetaType<bedrot::CountryFigures>();
    qRegisterMetaType<bedrot::DrillDown>();
    qRegisterMetaType<bedrot::SourceDetails>();
}

DashboardService::~DashboardService()
{
    closeConnection();
}

void DashboardService::compute(const Filter& filter, quint64 generation)
{
    if (generation < m_latest.loadRelaxed())
        return; // overtaken
    if (const Result<void> opened = ensureConnection(); !opened) {
        DashboardData failed;
        failed.filter = filter;
        failed.generation = generation;
        failed.error = opened.error();
        Q_EMIT ready(failed);
        return;
    }
    // One read transaction around all the queries of an answer: under WAL each query would otherwise see
    // the newest commit, and during an import the cards and charts of one answer would disagree.
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const bool snapshot = db.transaction();
    if (!snapshot)
        qCWarning(lcWarehouse) << "no read snapshot, the answer's queries may see different commits:"
                               << db.lastError().text();
    std::shared_ptr<const filtersql::StreamCube> streams;
    const WarehouseReader reader(db);
    DashboardData data = reader.dashboard(filter, generation, &streams, m_deferCountriesAbove);
    const Insights insights(db);
    {
        // PRAGMA data_version changes when another connection (the writer) commits; this one only reads.
        QSqlQuery q(db);
        const qint64 version =
            q.exec(QStringLiteral("PRAGMA data_version")) && q.next() ? q.value(0).toLongLong() : -1;
        const QDate today = QDate::currentDate();
        if (version < 0 || version != m_sourcesVersion || today != m_sourcesDay) {
            if (Result<QList<SourceStatus>> sources = insights.sources(today)) {
                m_sources = std::move(*sources);
                m_sourcesVersion = version;
                m_sourcesDay = today;
            } else if (!data.error) {
                data.error = sources.error();
            }
        }
        data.sources = m_sources;
    }
    if (Result<QList<Alert>> alerts = insights.alerts(filter, streams))
        data.alerts = std::move(*alerts);
    else if (!data.error)
        data.error = alerts.error();
    fillChoices(db, data);
    m_answered = std::max(m_answered, generation);
    Q_EMIT ready(data);
    // The slow part last, in the same read transaction: the rest is on screen meanwhile. A newer
    // request (another filter) makes it moot.
    if (data.countriesPending && generation >= m_latest.loadRelaxed())
        Q_EMIT countriesReady(reader.countryFigures(filter, generation));
    // Only read: a failed end of the snapshot loses nothing, and the answer is out.
    if (snapshot && !db.commit())
        qCWarning(lcWarehouse) << "ending the read snapshot failed:" << db.lastError().text();
}

void DashboardService::computeIfSchemaCurrent(const Filter& filter, quint64 generation)
{
    // Opening a missing file would create it under the writer's feet: only an existing warehouse.
    if (!QFileInfo::exists(m_path) || !ensureConnection())
        return;
    if (Migrator::currentVersion(Database::handle(QSqlDatabase::database(m_connection, false))) !=
        Migrator::latestVersion())
        return;
    compute(filter, generation);
}

void DashboardService::drillDown(const QString& kpiId, const Filter& filter)
{
    DrillDown d;
    d.kpiId = kpiId;
    d.filter = filter;
    if (const Result<void> opened = ensureConnection(); !opened)
        d.error = opened.error();
    else
        d = Insights(QSqlDatabase::database(m_connection, false)).drillDown(kpiId, filter);
    Q_EMIT drillDownReady(d);
}

void DashboardService::sourceDetails(const QString& sourceId)
{
    SourceDetails d;
    d.sourceId = sourceId;
    if (const Result<void> opened = ensureConnection(); !opened) {
        d.error = opened.error();
    } else {
        // One snapshot: the ledger's counts and the quarantine rows of the same moment.
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        const bool snapshot = db.transaction();
        d = Insights(db).sourceDetails(sourceId);
        if (snapshot && !db.commit())
            qCWarning(lcWarehouse) << "ending the read snapshot failed:" << db.lastError().text();
    }
    Q_EMIT sourceDetailsReady(d);
}

Result<void> DashboardService::ensureConnection()
{
    if (!m_connection.isEmpty())
        return {};
    m_connection = Database::uniqueConnectionName(QStringLiteral("reader"));
    const Result<QSqlDatabase> opened = Database::open(m_path, m_connection);
    if (opened)
        return {};
    Database::close(m_connection);
    m_connection.clear();
    return opened.error();
}

void DashboardService::fillChoices(QSqlDatabase& db, DashboardData& data)
{
    QSqlQuery q(db);
    const qint64 version =
        q.exec(QStringLiteral("PRAGMA data_version")) && q.next() ? q.value(0).toLongLong() : -1;
    if (version < 0 || version != m_choicesVersion) {
        const Insights insights(db);
        Result<QList<TrackChoice>> tracks = insights.tracks();
        Result<QList<PlatformChoice>> platforms = insights.platforms();
        if (tracks && platforms) {
            m_tracks = std::move(*tracks);
            m_platforms = std::move(*platforms);
            m_choicesVersion = version;
        } else if (!data.error) {
            data.error = !tracks ? tracks.error() : platforms.error();
        }
    }
    data.tracks = m_tracks;
    data.platforms = m_platforms;
}

void DashboardService::closeConnection()
{
    if (m_connection.isEmpty())
        return;
    Database::close(m_connection);
    m_connection.clear();
    // data_version counts per connection: a new one may repeat a number the cached answers were read at.
    m_sourcesVersion = m_choicesVersion = -1;
}

} // namespace bedrot
