// The dashboard window: KPI cards and charts of one workspace, a date range and filters, import
// and refresh with live progress, exports, and the run log. Talks to the warehouse only through the
// WorkspaceSession the app hands it.
#pragma once

#include "domain/dashboarddata.h"
#include "importcontroller.h"
#include "pages/dashboardpages.h"
#include "settings/savedviews.h"
#include "widgets/daterangeselector.h"

#include <QImage>
#include <QList>
#include <QMainWindow>
#include <QPointer>

#include <functional>

class QAction;
class QActionGroup;
class QDockWidget;
class QMenu;

namespace bedrot {

class AlertNotifier;
class AlertsPanel;
class AliasDialog;
class ChartExports;
class ChartPanel;
class DashboardFilter;
class DetailDialogs;
class DrillDownDialog;
class FilterBar;
class ImportProgress;
class KpiBoard;
class RunLog;
class SourceDetailsDialog;
class SourcesPanel;
class TimeSeriesChart;
class ViewsMenu;
class WorkspaceSession;
struct ImportResult;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    using Page = DashboardPages::Page;
    using ArtistChooser = ImportController::ArtistChooser;
    // Makes the (not yet started) session of another workspace: File → Open Workspace, the demo.
    using SessionFactory = std::function<WorkspaceSession*(const QString& root)>;

    // Takes over `session`, which the caller has started with DashboardFilter::saved(): its first answer is
    // computed while the window is built. `isDemo` titles the window as the demo workspace.
    MainWindow(WorkspaceSession* session, SessionFactory openSession, bool isDemo, QWidget* parent = nullptr);
    ~MainWindow() override;

    // The cards in the order they are laid out: the whole KPI catalog, group by group.
    static QStringList cardIds();
    static QString pageKey(Page page) { return DashboardPages::pageKey(page); }
    static Page pageFromKey(const QString& key) { return DashboardPages::pageFromKey(key); }

    QString workspaceRoot() const { return m_root; }
    WorkspaceSession* session() const { return m_session; }
    DateRangeSelector* rangeSelector() const { return m_range; }
    FilterBar* filterBar() const { return m_filterBar; }
    SourcesPanel* sourcesPanel() const { return m_sourcesPanel; }
    AlertsPanel* alertsPanel() const { return m_alertsPanel; }
    AlertNotifier* alertNotifier() const { return m_alertNotifier; }
    // Created by the first drill-down / source details request; null before.
    DrillDownDialog* drillDownDialog() const;
    SourceDetailsDialog* sourceDetailsDialog() const;
    RunLog* runLog() const { return m_runLog; }
    ImportProgress* importProgress() const { return m_progress; }
    ImportController* importController() const { return m_imports; }
    KpiBoard* kpiBoard() const { return m_pages->board(); }
    // The time charts by object name ("chart-daily-streams", …), in page order.
    QList<TimeSeriesChart*> timeCharts() const { return m_pages->timeCharts(); }
    // Every chart, in page order.
    QList<ChartPanel*> charts() const { return m_pages->charts(); }
    // View → Compare with previous period: the overlay on every time chart (remembered).
    QAction* compareAction() const { return m_compareAction; }
    // The chart Ctrl+E exports: the one holding focus, else the one used last if it is on screen,
    // else the first one on the current page, else the first.
    ChartPanel* currentChart() const;
    ChartExports* chartExports() const { return m_exports; }
    Page currentPage() const { return Page(m_pages->currentIndex()); }
    // The editor of Data → Artists and aliases… (created on first use).
    AliasDialog* aliasDialog();
    // Replaces the dialog that asks whose an export is (tests answer without a dialog).
    void setArtistChooser(ArtistChooser chooser) { m_imports->setArtistChooser(std::move(chooser)); }

    // The whole filter state on screen: range preset (or custom days), artist, track, platform.
    ViewState viewState() const;
    // Sets all of it at once: one dashboard request, not one per part.
    void applyViewState(const ViewState& state);
    // Saved views (Views menu), by name; saveView() replaces without asking.
    QStringList savedViewNames() const;
    bool saveView(const QString& name);
    bool applyView(const QString& name);
    bool deleteView(const QString& name);
    QMenu* viewsMenu() const;

    // The page on screen, all of it (also what is scrolled out of view), as one image.
    QImage dashboardImage() const { return m_pages->currentPageImage(); }
    // Writes dashboardImage() as PNG; returns an error message or empty.
    QString exportDashboardPng(const QString& path) const;

public Q_SLOTS:
    void importFiles(const QStringList& paths) { m_imports->importFiles(paths); }
    // Imports whatever is new in the workspace's landing folder.
    void refresh() { m_imports->refresh(); }
    // Switches to another workspace (remembered for the next start).
    void openWorkspace(const QString& root);
    // Switches to the demo workspace, writes the demo exports into its landing folder and imports them.
    void openDemoWorkspace();
    // Writes the demo exports into this workspace's landing folder and imports them.
    void stageDemo() { m_imports->stageDemo(); }
    // Offers the demo workspace when the user's own is empty (the first start).
    void askToOpenDemo();
    void showPage(bedrot::MainWindow::Page page) { m_pages->setCurrentIndex(int(page)); }
    void showAliasDialog();
    // The rows behind a KPI under `filter`, in the drill-down dialog (read in the reader thread).
    void openDrillDown(const QString& kpiId, const bedrot::Filter& filter);
    // A source's quarantined rows and imports, in the source details dialog.
    void openSourceDetails(const QString& sourceId);
    // Asks for a name (and before replacing one) and saves the current view.
    void askToSaveView();
    // Keyboard focus to the filter bar (Ctrl+F).
    void focusFilters();

Q_SIGNALS:
    // An answer reached the cards and charts.
    void dashboardShown(const bedrot::DashboardData& data);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildActions();
    void buildMenus();
    void buildCentralWidget();
    void restoreViewSettings();
    void setComparison(bool on);
    // The workspace the window now shows: its root, title and already seen alerts; the session's
    // signals to the widgets.
    void adoptSession(WorkspaceSession* session, bool isDemo);
    void onOpened(const QString& error);
    void onDashboard(const DashboardData& data);
    void onCountries(const CountryFigures& figures);
    void onImportFinished(const QList<ImportResult>& results);
    void onAliasSet(const QString& alias, const QString& artist, const QString& error);
    void onPageChanged(int index);
    // Asks the session for the filter on screen when it differs from what it has.
    void applyFilter();
    void onExported(const QString& path);
    void onExportFailed(const QString& message);
    void chooseWorkspaceFolder();
    void showAbout();
    void showRunLog();
    void showProblem(const QString& message);
    void showDock(QDockWidget* dock);

    QString m_root;
    WorkspaceSession* m_session = nullptr;
    SessionFactory m_openSession;
    QString m_lastDashboardError;
    DashboardData m_shown; // the answer on screen (clipped to the extent for "All time")

    DateRangeSelector* m_range = nullptr;
    FilterBar* m_filterBar = nullptr;
    ViewsMenu* m_viewsMenu = nullptr;
    DashboardFilter* m_filter = nullptr;
    DashboardPages* m_pages = nullptr;
    ImportController* m_imports = nullptr;
    DetailDialogs* m_details = nullptr;
    ChartExports* m_exports = nullptr;
    QAction* m_compareAction = nullptr;
    QPointer<AliasDialog> m_aliasDialog;
    QList<ArtistAliases> m_artists; // of the latest answer, for the alias editor
    ImportProgress* m_progress = nullptr;
    RunLog* m_runLog = nullptr;
    QDockWidget* m_runLogDock = nullptr;
    SourcesPanel* m_sourcesPanel = nullptr;
    AlertsPanel* m_alertsPanel = nullptr;
    AlertNotifier* m_alertNotifier = nullptr;
    QDockWidget* m_sourcesDock = nullptr;
    QDockWidget* m_alertsDock = nullptr;

    QAction* m_importAction = nullptr;
    QAction* m_openWorkspaceAction = nullptr;
    QAction* m_openDemoAction = nullptr;
    QAction* m_exportCsvAction = nullptr;
    QAction* m_exportPngAction = nullptr;
    QAction* m_exportDashboardAction = nullptr;
    QAction* m_filterAction = nullptr;
    QAction* m_clearFiltersAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_refreshAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_aliasAction = nullptr;
    QActionGroup* m_pageActions = nullptr;
};

} // namespace bedrot
