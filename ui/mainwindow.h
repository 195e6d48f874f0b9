// The dashboard window: KPI cards and charts of one workspace, a date range, import and refresh with
// live progress, exports, and the run log. Talks to the warehouse only through WorkspaceSession.
#pragma once

#include "domain/dashboarddata.h"
#include "settings/savedviews.h"
#include "widgets/daterangeselector.h"

#include <QImage>
#include <QList>
#include <QMainWindow>
#include <QPointer>
#include <QSet>

#include <functional>

class QAction;
class QActionGroup;
class QDockWidget;
class QMenu;
class QMimeData;
class QScrollArea;
class QTabWidget;

namespace bedrot {

class AlertNotifier;
class AlertsPanel;
class AliasDialog;
class CategoryBarChart;
class ChartPanel;
class EmailCampaignChart;
class DrillDownDialog;
class FilterBar;
class SourceDetailsDialog;
class SourcesPanel;
class ImportProgress;
class KpiBoard;
class MonthlyRevenueChart;
class RunLog;
class StoreRevenueChart;
class TimeSeriesChart;
class WorkspaceSession;
struct ImportResult;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // The dashboard's pages, in tab order (Ctrl+1 … Ctrl+4).
    enum class Page { Overview, Revenue, Audience, Marketing };
    Q_ENUM(Page)
    // Answers "whose export is this?" for a file that names no artist: the artist's name, or empty
    // to skip the file. `formatTitle` says what kind of export it is, `artists` the known names.
    using ArtistChooser = std::function<QString(const QString& path, const QString& formatTitle, const QStringList& artists)>;

    // `workspace` from --workspace (may be empty), `demo` from --demo: see chooseWorkspace().
    explicit MainWindow(const QString& workspace, bool demo, QWidget* parent = nullptr);
    ~MainWindow() override;

    // The argument, else the demo workspace for --demo, else the one last opened, else the default.
    static QString chooseWorkspace(const QString& workspace, bool demo);
    // The cards in the order they are laid out: the whole KPI catalog, group by group.
    static QStringList cardIds();
    static QString pageKey(Page page);
    static Page pageFromKey(const QString& key);

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
    KpiBoard* kpiBoard() const { return m_board; }
    // The time charts by object name ("chart-daily-streams", …), in page order.
    QList<TimeSeriesChart*> timeCharts() const { return m_timeCharts; }
    // Every chart, in page order.
    QList<ChartPanel*> charts() const { return m_charts; }
    // View → Compare with previous period: the overlay on every time chart (remembered).
    QAction* compareAction() const { return m_compareAction; }
    // The chart Ctrl+E exports: the one holding focus, else the one used last if it is on screen,
    // else the first one on the current page, else the first.
    ChartPanel* currentChart() const;
    Page currentPage() const;
    // The editor of Data → Artists and aliases… (created on first use).
    AliasDialog* aliasDialog();
    // Replaces the dialog that asks whose an export is (tests answer without a dialog).
    void setArtistChooser(ArtistChooser chooser) { m_artistChooser = std::move(chooser); }

    // The whole filter state on screen: range preset (or custom days), artist, track, platform.
    ViewState viewState() const;
    // Sets all of it at once: one dashboard request, not one per part.
    void applyViewState(const ViewState& state);
    // Saved views (Views menu), by name; saveView() replaces without asking.
    QStringList savedViewNames() const;
    bool saveView(const QString& name);
    bool applyView(const QString& name);
    bool deleteView(const QString& name);
    QMenu* viewsMenu() const { return m_viewsMenu; }

    // The page on screen, all of it (also what is scrolled out of view), as one image.
    QImage dashboardImage() const;
    // Writes dashboardImage() as PNG; returns an error message or empty.
    QString exportDashboardPng(const QString& path) const;

public Q_SLOTS:
    void importFiles(const QStringList& paths);
    // Imports whatever is new in the workspace's landing folder.
    void refresh();
    // Switches to another workspace (remembered for the next start).
    void openWorkspace(const QString& root);
    // Switches to the demo workspace, writes the demo exports into its landing folder and imports them.
    void openDemoWorkspace();
    void exportCurrentChartCsv();
    void exportCurrentChartPng();
    void showPage(bedrot::MainWindow::Page page);
    void showAliasDialog();
    // The rows behind a KPI under `filter`, in the drill-down dialog (read in the reader thread).
    void openDrillDown(const QString& kpiId, const bedrot::Filter& filter);
    // A source's quarantined rows and imports, in the source details dialog.
    void openSourceDetails(const QString& sourceId);
    void exportDashboardPngWithDialog();
    // Asks for a name (and before replacing one) and saves the current view.
    void askToSaveView();
    // Keyboard focus to the filter bar (Ctrl+F).
    void focusFilters();

Q_SIGNALS:
    // An answer reached the cards and charts.
    void dashboardShown(const bedrot::DashboardData& data);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildActions();
    void buildMenus();
    void buildCentralWidget();
    QWidget* buildOverviewPage();
    QWidget* buildRevenuePage();
    QWidget* buildAudiencePage();
    QWidget* buildMarketingPage();
    TimeSeriesChart* addTimeChart(TimeSeriesChart* chart);
    // Hands an answer (or an empty one) to every chart.
    void feedCharts(const DashboardData& answer, bool allTime);
    void setComparison(bool on);
    void startSession(const QString& root, bool isDemo);
    void writeDemoFilesAndImport();
    void onOpened(const QString& error);
    void onDashboard(const DashboardData& data);
    void onFileImported(const ImportResult& result);
    void onImportFinished(const QList<ImportResult>& results);
    void onAliasSet(const QString& alias, const QString& artist, const QString& error);
    void onPageChanged(int index);
    // Files the writer could not assign to an artist: ask for each, one at a time, and re-import.
    static bool needsArtist(const ImportResult& result);
    void askNextArtist();
    void onArtistChosen(const QString& root, const QString& path, const QString& artist);
    void onRangeChanged(QDate from, QDate to);
    // The saved date range: a custom range with both days (in order), else the saved preset
    // ("All time" for a custom one without its days).
    struct SavedRange
    {
        DateRangeSelector::Preset preset;
        QDate from, to;
    };
    static SavedRange savedRange();
    // The filter the saved settings describe, before any widget exists to hold it.
    static Filter savedFilter();
    // The workspace the window now shows: its root, title and already seen alerts.
    void adoptWorkspace(const QString& root, bool isDemo);
    void connectSession();
    // What the session is asked for: the range on screen, or everything for "All time".
    Filter queryFilter() const;
    // An "All time" answer cut to the data's extent, the range the user sees.
    static DashboardData clippedToExtent(const DashboardData& answer);
    void onPresetChanged(DateRangeSelector::Preset preset);
    void onFiltersChanged();
    // Asks the session for queryFilter() when it differs from what it has.
    void applyFilter();
    void rebuildViewsMenu();
    void updateViewsMenuChecks();
    // An open drill-down asks for its rows again once new data has landed.
    void refreshDrillDown();
    void onCountries(const CountryFigures& figures);
    void onDrillDownReady(const DrillDown& rows);
    void onRawFileActivated(const QString& rawFile, const QString& fileName, qint64 line);
    // New alerts of an answer: remembered as seen; notified only when an import raised them.
    void onNewAlerts(const QList<Alert>& alerts);
    void onFocusChanged(QWidget* now);
    void onExported(const QString& path);
    void onExportFailed(const QString& message);
    void askToOpenDemo();
    void chooseFilesToImport();
    void chooseWorkspaceFolder();
    void showAbout();
    void showRunLog();
    void showProblem(const QString& message);
    void saveWindowSettings();
    static QStringList localFiles(const QMimeData* mime);

    QString m_root;
    bool m_isDemo = false;
    WorkspaceSession* m_session = nullptr;
    QString m_lastDashboardError;
    DashboardData m_shown; // the answer on screen (clipped to the extent for "All time")

    DateRangeSelector* m_range = nullptr;
    FilterBar* m_filterBar = nullptr;
    QMenu* m_viewsMenu = nullptr;
    QMenu* m_deleteViewMenu = nullptr;
    QPointer<DrillDownDialog> m_drillDown;
    Filter m_drillDownFilter; // of the request the dialog waits for
    QPointer<SourceDetailsDialog> m_sourceDetails;
    quint64 m_shownGeneration = 0;   // of the last answer shown
    quint64 m_releaseAlertsAt = 0;   // the answer after an import: its alerts end the hold (0: none)
    QTabWidget* m_pages = nullptr;
    KpiBoard* m_board = nullptr;
    MonthlyRevenueChart* m_monthly = nullptr;
    StoreRevenueChart* m_stores = nullptr;
    MonthlyRevenueChart* m_cash = nullptr;
    QList<CategoryBarChart*> m_barCharts; // country, track, payment delay
    EmailCampaignChart* m_email = nullptr;
    QAction* m_compareAction = nullptr;
    QList<TimeSeriesChart*> m_timeCharts;
    QList<ChartPanel*> m_charts;
    QPointer<AliasDialog> m_aliasDialog;
    QList<ArtistAliases> m_artists; // of the latest answer, for the alias editor and the artist choice
    ArtistChooser m_artistChooser;
    QList<ImportResult> m_artistQueue;  // rejected for want of an artist, not asked about yet
    QSet<QString> m_skippedArtistFiles; // paths the user skipped; asked again only on an explicit import
    bool m_askingArtist = false;
    QPointer<ChartPanel> m_lastChart;
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
    QAction* m_saveViewAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_refreshAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_aliasAction = nullptr;
    QActionGroup* m_pageActions = nullptr;
};

} // namespace bedrot
