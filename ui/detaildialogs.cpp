// Drill-down and source details dialogs: requests to the session, answers to the dialogs.
#include "detaildialogs.h"

#include "dialogs/drilldowndialog.h"
#include "dialogs/sourcedetailsdialog.h"
#include "session/workspacesession.h"

#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QWidget>

namespace bedrot {

DetailDialogs::DetailDialogs(QWidget* window) : QObject(window), m_window(window) {}

DrillDownDialog* DetailDialogs::drillDown() const
{
    return m_drillDown;
}

SourceDetailsDialog* DetailDialogs::sourceDetails() const
{
    return m_sourceDetails;
}

void DetailDialogs::setSession(WorkspaceSession* session)
{
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    for (QDialog* dialog :
         {static_cast<QDialog*>(m_drillDown.data()), static_cast<QDialog*>(m_sourceDetails.data())})
        if (dialog)
            dialog->hide();
    if (!m_session)
        return;
    connect(m_session, &WorkspaceSession::drillDownReady, this, &DetailDialogs::onDrillDownReady);
    connect(m_session, &WorkspaceSession::sourceDetailsReady, this, &DetailDialogs::onSourceDetailsReady);
}

void DetailDialogs::openDrillDown(const QString& kpiId, const Filter& filter)
{
    if (!m_session || !filter.isValid())
        return;
    if (!m_drillDown) {
        m_drillDown = new DrillDownDialog(m_window);
        connect(m_drillDown, &DrillDownDialog::exported, this, &DetailDialogs::exported);
        connect(m_drillDown, &DrillDownDialog::exportFailed, this, &DetailDialogs::exportFailed);
        connect(m_drillDown, &DrillDownDialog::rawFileActivated, this, &DetailDialogs::onRawFileActivated);
    }
    m_drillDownFilter = filter;
    m_drillDown->setLoading(kpiId);
    m_drillDown->show();
    m_drillDown->raise();
    m_drillDown->activateWindow();
    m_session->requestDrillDown(kpiId, filter);
}

void DetailDialogs::openSourceDetails(const QString& sourceId, const QString& title)
{
    if (!m_session || sourceId.isEmpty())
        return;
    if (!m_sourceDetails)
        m_sourceDetails = new SourceDetailsDialog(m_window);
    m_sourceDetails->setLoading(sourceId, title);
    m_sourceDetails->show();
    m_sourceDetails->raise();
    m_sourceDetails->activateWindow();
    m_session->requestSourceDetails(sourceId);
}

void DetailDialogs::refresh()
{
    // An open quarantine viewer follows the import that may have added rows to it.
    if (SourceDetailsDialog* details = m_sourceDetails.data();
        m_session && details && details->isVisible() && !details->isLoading())
        m_session->requestSourceDetails(details->sourceId());
    refreshDrillDown();
}

void DetailDialogs::refreshDrillDown()
{
    // Asked again without "Loading…": the rows on screen, their sort and the typed filter stay
    // until the new rows replace them.
    if (DrillDownDialog* dialog = m_drillDown.data();
        m_session && dialog && dialog->isVisible() && !dialog->isLoading())
        m_session->requestDrillDown(dialog->kpiId(), m_drillDownFilter);
}

void DetailDialogs::onDrillDownReady(const DrillDown& rows)
{
    // An answer for a request the user has moved on from (another bar, another filter) is dropped.
    if (!m_drillDown || rows.filter != m_drillDownFilter)
        return;
    m_drillDown->setDrillDown(rows);
}

void DetailDialogs::onSourceDetailsReady(const SourceDetails& details)
{
    if (m_sourceDetails)
        m_sourceDetails->setDetails(details);
}

void DetailDialogs::onRawFileActivated(const QString& rawFile, const QString& fileName, qint64 line)
{
    if (!m_session)
        return;
    // The raw copy has no extension and is read-only: its path and line go to the clipboard, for an
    // editor or a terminal, rather than to whatever program the desktop picks for a nameless file.
    const QString path = QDir::toNativeSeparators(QDir(m_session->root()).filePath(rawFile));
    QGuiApplication::clipboard()->setText(QStringLiteral("%1:%2").arg(path).arg(line));
    Q_EMIT message(tr("Copied the raw copy of %1, line %2: %3").arg(fileName).arg(line).arg(path), 10000);
}

} // namespace bedrot
