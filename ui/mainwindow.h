// The dashboard window: KPI cards and charts of one workspace, a date range, import and refresh with
// live progress, exports, and the run log. Talks to the warehouse only through WorkspaceSession.
#pragma once

#include "analytics/dashboarddata.h"
#include "widgets/daterangeselector.h"

#include <QList>
#include <QMainWindow>
#include <QPointer>

class QAction;
class QDockWidget;
class QMimeData;

namespace bedrot {

class ChartPanel;
class ImportProgress;
class KpiCard;
class MonthlyRevenueChart;
class RunLog;
class StoreRevenueChart;
class WorkspaceSession;
struct ImportResult;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // `workspace` from --workspace (may be empty), `demo` from --demo: see chooseWorkspace().
    explicit MainWindow(const QString& workspace, bool demo, QWidget* parent = nullptr);
    ~MainWindow() override;

    // The argument, else the demo workspace for --demo, else the one last opened, else the default.
    static QString chooseWorkspace(const QString& workspace, bool demo);
    // The cards in the order they are laid out.
    static QStringList cardIds();

    QString workspaceRoot() const { return m_root; }
    WorkspaceSession* session() const { return m_session; }
    DateRangeSelector* rangeSelector() const { return m_range; }
    RunLog* runLog() const { return m_runLog; }
    ImportProgress* importProgress() const { return m_progress; }
    // The chart Ctrl+E exports: the one holding focus, else the one used last, else the first.
    ChartPanel* currentChart() const;

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
    void startSession(const QString& root, bool isDemo);
    void writeDemoFilesAndImport();
    void onOpened(const QString& error);
    void onDashboard(const DashboardData& data);
    void onFileImported(const ImportResult& result);
    void onImportFinished(const QList<ImportResult>& results);
    void onRangeChanged(QDate from, QDate to);
    // What the session is asked for: the range on screen, or everything for "All time".
    Filter queryFilter() const;
    // An "All time" answer cut to the data's extent, the range the user sees.
    static DashboardData clippedToExtent(const DashboardData& answer);
    void onPresetChanged(DateRangeSelector::Preset preset);
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

    DateRangeSelector* m_range = nullptr;
    QList<KpiCard*> m_cards;
    MonthlyRevenueChart* m_monthly = nullptr;
    StoreRevenueChart* m_stores = nullptr;
    QList<ChartPanel*> m_charts;
    QPointer<ChartPanel> m_lastChart;
    ImportProgress* m_progress = nullptr;
    RunLog* m_runLog = nullptr;
    QDockWidget* m_runLogDock = nullptr;

    QAction* m_importAction = nullptr;
    QAction* m_openWorkspaceAction = nullptr;
    QAction* m_openDemoAction = nullptr;
    QAction* m_exportCsvAction = nullptr;
    QAction* m_exportPngAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_refreshAction = nullptr;
    QAction* m_aboutAction = nullptr;
};

} // namespace bedrot
