// The two dialogs that show the rows behind what the window shows: a KPI's, a bar's or a point's
// rows (drill-down) and a source's imports and quarantined rows (source details). Each is created
// on first use, asks the session in the reader thread, and follows new data while it is open.
#pragma once

#include "domain/filter.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace bedrot {

class DrillDownDialog;
class SourceDetailsDialog;
class WorkspaceSession;
struct DrillDown;
struct SourceDetails;

class DetailDialogs final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailDialogs)

public:
    // The dialogs are parented to `window`.
    explicit DetailDialogs(QWidget* window);

    // The session of the workspace shown (whose root the raw files are under); the dialogs of the
    // one before are hidden, their rows belong to the workspace left behind.
    void setSession(WorkspaceSession* session);
    // Null before the first request.
    DrillDownDialog* drillDown() const;
    SourceDetailsDialog* sourceDetails() const;

public Q_SLOTS:
    // The rows behind a KPI under `filter`.
    void openDrillDown(const QString& kpiId, const bedrot::Filter& filter);
    // A source's quarantined rows and imports; `title` names it.
    void openSourceDetails(const QString& sourceId, const QString& title);
    // Open dialogs ask for their rows again (new data has landed, an alias moved rows).
    void refresh();
    // Only the drill-down asks again.
    void refreshDrillDown();

Q_SIGNALS:
    void exported(const QString& path);
    void exportFailed(const QString& message);
    // A note for the status bar, shown for `timeoutMs`.
    void message(const QString& text, int timeoutMs);

private:
    void onDrillDownReady(const DrillDown& rows);
    void onSourceDetailsReady(const SourceDetails& details);
    void onRawFileActivated(const QString& rawFile, const QString& fileName, qint64 line);

    QWidget* m_window;
    WorkspaceSession* m_session = nullptr;
    QPointer<DrillDownDialog> m_drillDown;
    Filter m_drillDownFilter; // of the request the dialog waits for
    QPointer<SourceDetailsDialog> m_sourceDetails;
};

} // namespace bedrot
