// The running parts of one open workspace: the writer thread, the reader thread, and the wiring
// that turns every committed batch into a (debounced) dashboard refresh. Used by the app and tests.
#pragma once

#include "domain/dashboarddata.h"
#include "domain/importresult.h"
#include "warehouse/commitinfo.h"

#include <QObject>
#include <QStringList>

class QThread;
class QTimer;

namespace bedrot {

class DashboardService;
class LandingWatcher;
class WarehouseWriter;

class WorkspaceSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceSession)

public:
    explicit WorkspaceSession(const QString& workspaceRoot, QObject* parent = nullptr);
    ~WorkspaceSession() override;

    QString root() const { return m_root; }
    QString landingDir() const;
    // Starts the threads and opens the warehouse; opened() reports the outcome.
    void start();
    // Stops collectors and readers, lets the writer finish its transaction, joins the threads.
    void shutdown();
    bool isBusy() const { return m_busy; }
    Filter filter() const { return m_filter; }
    // The warehouse is open (migrated): imports and dashboard requests go through.
    bool isOpen() const { return m_open; }
    // The generation of the newest dashboard request (DashboardData::generation of its answer).
    quint64 requestedGeneration() const { return m_generation; }
    // Statement lines above which an answer's by-country figures follow it (countriesReady) instead
    // of holding it up; -1: never. After start().
    void setDeferCountriesAbove(qint64 lines);
    // The least time between two refreshes caused by commits (the first commit refreshes at once).
    void setRefreshDelay(int ms);
    // How long a file dropped in the landing folder must stay unchanged before it is imported.
    void setLandingSettleInterval(int ms);
    // Re-points an alias at an artist (the user's edit); aliasSet() reports the outcome.
    void setAlias(const QString& alias, const QString& artist);

public Q_SLOTS:
    // `artist`: the user's choice for exports that do not name theirs (Spotify for Artists, TikTok).
    void importFiles(const QStringList& paths, const QString& artist = QString());
    void refreshLanding();
    // Sets the filter and asks for its dashboard.
    void setFilter(const bedrot::Filter& filter);
    void requestDashboard();
    // The rows behind a KPI under the current filter; answered by drillDownReady().
    void requestDrillDown(const QString& kpiId);
    // The same under another filter (a chart's bar or point narrows the range, store or platform).
    void requestDrillDown(const QString& kpiId, const bedrot::Filter& filter);
    // A source's imports and quarantined rows (SourceStatus::id); answered by sourceDetailsReady().
    void requestSourceDetails(const QString& sourceId);

Q_SIGNALS:
    void opened(const QString& error);
    void importStarted(int fileCount);
    void fileStarted(const QString& path, int index, int count);
    void batchCommitted(const bedrot::CommitInfo& info);
    void fileImported(const bedrot::ImportResult& result);
    void importFinished(const QList<bedrot::ImportResult>& results);
    void dashboardReady(const bedrot::DashboardData& data);
    // The by-country figures of the last dashboardReady, when it came with countriesPending.
    void countriesReady(const bedrot::CountryFigures& figures);
    void aliasSet(const QString& alias, const QString& artist, const QString& error);
    void drillDownReady(const bedrot::DrillDown& rows);
    void sourceDetailsReady(const bedrot::SourceDetails& details);

private:
    // A new request generation, told to the reader.
    quint64 nextGeneration();
    void onDashboard(const DashboardData& data);

    QString m_root;
    QThread* m_writerThread = nullptr;
    QThread* m_readerThread = nullptr;
    WarehouseWriter* m_writer = nullptr;
    DashboardService* m_reader = nullptr;
    QTimer* m_refreshTimer = nullptr;
    LandingWatcher* m_landing = nullptr;
    Filter m_filter;
    quint64 m_generation = 0;
    bool m_refreshPending = false; // a commit landed since the last refresh the timer paces
    Filter m_firstFilter;          // what start() asked the first answer for (invalid: nothing)
    quint64 m_shownGeneration = 0; // newest answer passed on through dashboardReady
    int m_pendingImports = 0;
    bool m_busy = false;
    bool m_open = false;
};

} // namespace bedrot
