// Computes dashboard data in the reader thread, on a connection it opens there. Requests carry a
// generation number; a request overtaken by a newer one is skipped.
#pragma once

#include "domain/dashboarddata.h"
#include "domain/result.h"
#include "insights.h"

#include <QAtomicInteger>
#include <QObject>

namespace bedrot {

class DashboardService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardService)

public:
    explicit DashboardService(const QString& warehousePath, QObject* parent = nullptr);
    ~DashboardService() override;

    // Thread-safe: the newest generation asked for, so older queued requests can be skipped.
    void noteRequested(quint64 generation) { m_latest.storeRelaxed(generation); }

    // Answers whose by-country figures would be read from more statement lines than this are sent
    // without them, and a CountryFigures follows (countriesReady). -1: never. Reader thread only.
    void setDeferCountriesAbove(qint64 lines) { m_deferCountriesAbove = lines; }
    static constexpr qint64 kDeferCountriesAbove = 250'000;
    // The newest generation compute() has answered (0: none yet). Reader thread only.
    quint64 answeredGeneration() const { return m_answered; }

public Q_SLOTS:
    void compute(const bedrot::Filter& filter, quint64 generation);
    // compute(), if the warehouse exists and its schema is the one this program migrates to: the
    // first answer need not wait for the writer's open (dimension caches, rollup catch-up). Lines
    // the writer has not summed into the rollups yet are read from the facts, so the figures are
    // the same. Otherwise nothing: the answer is asked for again once the writer has migrated.
    void computeIfSchemaCurrent(const bedrot::Filter& filter, quint64 generation);
    // The rows behind one KPI for a filter; answered through drillDownReady().
    void drillDown(const QString& kpiId, const bedrot::Filter& filter);
    // A source's imports and quarantined rows; answered through sourceDetailsReady().
    void sourceDetails(const QString& sourceId);
    // Closes the connection; call in the reader thread before it ends.
    void closeConnection();

Q_SIGNALS:
    void ready(const bedrot::DashboardData& data);
    // The by-country figures of an answer sent with countriesPending, in the same snapshot; not
    // sent when a newer request is waiting.
    void countriesReady(const bedrot::CountryFigures& figures);
    void drillDownReady(const bedrot::DrillDown& rows);
    void sourceDetailsReady(const bedrot::SourceDetails& details);

private:
    // Opens the connection on first use.
    Result<void> ensureConnection();
    // The filter bar's choices change only with the data: recomputed when another connection has
    // committed since (PRAGMA data_version), not for every filter change.
    void fillChoices(QSqlDatabase& db, DashboardData& data);

    QString m_path;
    QString m_connection;
    QAtomicInteger<quint64> m_latest{0};
    quint64 m_answered = 0;
    qint64 m_deferCountriesAbove = kDeferCountriesAbove;
    qint64 m_choicesVersion = -1;
    // Source health does not depend on the filter: kept until another connection commits or the day changes.
    qint64 m_sourcesVersion = -1;
    QDate m_sourcesDay;
    QList<SourceStatus> m_sources;
    QList<TrackChoice> m_tracks;
    QList<PlatformChoice> m_platforms;
};

} // namespace bedrot
