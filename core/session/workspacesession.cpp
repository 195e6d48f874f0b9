// Thread ownership and wiring for an open workspace.
#include "workspacesession.h"

#include "lake/landingwatcher.h"
#include "lake/workspace.h"
#include "warehouse/dashboardservice.h"
#include "warehouse/warehousewriter.h"

#include <QFileInfo>
#include <QMetaObject>
#include <QThread>
#include <QTimer>

namespace bedrot {

WorkspaceSession::WorkspaceSession(const QString& workspaceRoot, QObject* parent)
    : QObject(parent), m_root(Workspace(workspaceRoot).root())
{
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(120);
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        if (!m_refreshPending)
            return;
        m_refreshPending = false;
        requestDashboard();
        m_refreshTimer->start(); // commits keep coming: pace the next refresh too
    });
    m_landing = new LandingWatcher(Workspace(m_root).landingDir(), this);
    connect(m_landing, &LandingWatcher::filesReady, this,
            [this](const QStringList& paths) { importFiles(paths); });
}

void WorkspaceSession::setLandingSettleInterval(int ms)
{
    m_landing->setSettleInterval(ms);
}

void WorkspaceSession::setAlias(const QString& alias, const QString& artist)
{
    if (!m_writer)
        return;
    QMetaObject::invokeMethod(
        m_writer,
        [this, w = m_writer, alias, artist] {
            const QString error = w->setAlias(alias, artist).errorMessage();
            // Back on the session's thread: report, and show the numbers under the new grouping.
            QMetaObject::invokeMethod(
                this,
                [this, alias, artist, error] {
                    Q_EMIT aliasSet(alias, artist, error);
                    requestDashboard();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

WorkspaceSession::~WorkspaceSession()
{
    shutdown();
}

QString WorkspaceSession::landingDir() const
{
    return Workspace(m_root).landingDir();
}

void WorkspaceSession::setRefreshDelay(int ms)
{
    m_refreshTimer->setInterval(ms);
}

void WorkspaceSession::start()
{
    if (m_writerThread)
        return;
    m_writerThread = new QThread(this);
    m_writerThread->setObjectName(QStringLiteral("bedrot-writer"));
    m_writer = new WarehouseWriter(m_root);
    m_writer->moveToThread(m_writerThread);
    connect(m_writerThread, &QThread::finished, m_writer, &QObject::deleteLater);
    connect(m_writer, &WarehouseWriter::opened, this, [this](const QString& error) {
        m_open = error.isEmpty();
        if (m_open)
            m_landing->start();
        Q_EMIT opened(error);
        if (m_filter != m_firstFilter)
            requestDashboard(); // else start() has asked for it
    });
    connect(m_writer, &WarehouseWriter::importStarted, this, &WorkspaceSession::importStarted);
    connect(m_writer, &WarehouseWriter::fileStarted, this, &WorkspaceSession::fileStarted);
    connect(m_writer, &WarehouseWriter::fileImported, this, &WorkspaceSession::fileImported);
    connect(m_writer, &WarehouseWriter::batchCommitted, this, [this](const CommitInfo& info) {
        Q_EMIT batchCommitted(info);
        if (info.rowsLoaded <= 0)
            return;
        // The first commit after a quiet spell is asked for at once (a small file's data is on
        // screen one answer after its commit); those that follow within the interval share one
        // refresh at its end.
        if (m_refreshTimer->isActive()) {
            m_refreshPending = true;
            return;
        }
        requestDashboard();
        m_refreshTimer->start();
    });
    connect(m_writer, &WarehouseWriter::importFinished, this, [this](const QList<ImportResult>& results) {
        m_busy = --m_pendingImports > 0;
        m_refreshPending = false; // the answer asked for now has every commit so far
        requestDashboard();
        Q_EMIT importFinished(results);
    });

    m_readerThread = new QThread(this);
    m_readerThread->setObjectName(QStringLiteral("bedrot-reader"));
    m_reader = new DashboardService(Workspace(m_root).warehousePath());
    m_reader->moveToThread(m_readerThread);
    // finished is emitted in the reader thread itself: close the connection there, then delete.
    connect(m_readerThread, &QThread::finished, m_reader, &DashboardService::closeConnection,
            Qt::DirectConnection);
    connect(m_readerThread, &QThread::finished, m_reader, &QObject::deleteLater);
    connect(m_reader, &DashboardService::ready, this, &WorkspaceSession::onDashboard);
    connect(m_reader, &DashboardService::countriesReady, this, [this](const CountryFigures& figures) {
        if (figures.generation == m_shownGeneration)
            Q_EMIT countriesReady(figures); // for the answer on screen
    });
    connect(m_reader, &DashboardService::drillDownReady, this, &WorkspaceSession::drillDownReady);
    connect(m_reader, &DashboardService::sourceDetailsReady, this, &WorkspaceSession::sourceDetailsReady);

    // The first answer does not go through this thread (at start-up it is still building the
    // window): the reader computes it at once when an existing warehouse's schema is current, and
    // else the writer's open, once it has migrated, asks the reader for it.
    if (m_filter.isValid()) {
        const quint64 generation = nextGeneration();
        m_firstFilter = m_filter;
        connect(
            m_writer, &WarehouseWriter::opened, m_reader,
            [r = m_reader, f = m_filter, generation](const QString& error) {
                if (error.isEmpty() && r->answeredGeneration() < generation)
                    r->compute(f, generation);
            },
            Qt::ConnectionType(Qt::QueuedConnection | Qt::SingleShotConnection));
        // Only a warehouse that is there before the writer starts: one it is creating now is no
        // place for a second connection to set itself up (the writer would find it locked).
        if (QFileInfo::exists(Workspace(m_root).warehousePath()))
            QMetaObject::invokeMethod(
                m_reader,
                [r = m_reader, f = m_filter, generation] { r->computeIfSchemaCurrent(f, generation); },
                Qt::QueuedConnection);
    }
    m_writerThread->start();
    m_readerThread->start();
    QMetaObject::invokeMethod(m_writer, &WarehouseWriter::openAndReport, Qt::QueuedConnection);
}

void WorkspaceSession::shutdown()
{
    if (!m_writerThread)
        return;
    m_refreshTimer->stop();
    // Readers first (nothing to save), then let the writer finish its current transaction.
    m_readerThread->requestInterruption();
    m_readerThread->quit();
    m_readerThread->wait();
    m_writerThread->requestInterruption();
    m_writerThread->quit();
    m_writerThread->wait();
    delete m_readerThread;
    delete m_writerThread;
    m_readerThread = m_writerThread = nullptr;
    m_reader = nullptr;
    m_writer = nullptr;
}

void WorkspaceSession::importFiles(const QStringList& paths, const QString& artist)
{
    if (!m_writer || paths.isEmpty())
        return;
    ++m_pendingImports;
    m_busy = true;
    QMetaObject::invokeMethod(
        m_writer, [w = m_writer, paths, artist] { w->importFiles(paths, artist); }, Qt::QueuedConnection);
}

void WorkspaceSession::refreshLanding()
{
    if (!m_writer)
        return;
    ++m_pendingImports;
    m_busy = true;
    // Everything there now is being imported: the watch need not announce it a second time.
    if (m_open)
        m_landing->start();
    QMetaObject::invokeMethod(m_writer, &WarehouseWriter::importLanding, Qt::QueuedConnection);
}

void WorkspaceSession::setFilter(const Filter& filter)
{
    m_filter = filter;
    requestDashboard();
}

void WorkspaceSession::requestDashboard()
{
    if (!m_reader || !m_open || !m_filter.isValid())
        return;
    const quint64 generation = nextGeneration();
    QMetaObject::invokeMethod(
        m_reader, [r = m_reader, f = m_filter, generation] { r->compute(f, generation); },
        Qt::QueuedConnection);
}

quint64 WorkspaceSession::nextGeneration()
{
    m_reader->noteRequested(++m_generation); // queued requests older than this are skipped
    return m_generation;
}

void WorkspaceSession::setDeferCountriesAbove(qint64 lines)
{
    if (!m_reader)
        return;
    QMetaObject::invokeMethod(
        m_reader, [r = m_reader, lines] { r->setDeferCountriesAbove(lines); }, Qt::QueuedConnection);
}

void WorkspaceSession::requestDrillDown(const QString& kpiId)
{
    requestDrillDown(kpiId, m_filter);
}

void WorkspaceSession::requestDrillDown(const QString& kpiId, const Filter& filter)
{
    if (!m_reader || !m_open || !filter.isValid())
        return;
    QMetaObject::invokeMethod(
        m_reader, [r = m_reader, kpiId, filter] { r->drillDown(kpiId, filter); }, Qt::QueuedConnection);
}

void WorkspaceSession::requestSourceDetails(const QString& sourceId)
{
    if (!m_reader || !m_open)
        return;
    QMetaObject::invokeMethod(
        m_reader, [r = m_reader, sourceId] { r->sourceDetails(sourceId); }, Qt::QueuedConnection);
}

void WorkspaceSession::onDashboard(const DashboardData& data)
{
    // Drop answers for a filter the user has left, and answers older than one already shown. An answer
    // overtaken only by a newer refresh of the same filter is still the freshest view there is: during
    // a long import refreshes are asked for faster than they compute, and dropping each of them would
    // freeze the dashboard until the import ends.
    if (data.filter != m_filter || data.generation <= m_shownGeneration)
        return;
    m_shownGeneration = data.generation;
    Q_EMIT dashboardReady(data);
}

} // namespace bedrot
