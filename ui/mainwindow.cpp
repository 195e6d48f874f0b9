// Main window: builds the dashboard, owns the workspace session and turns its signals into cards,
// charts, progress and run-log rows. Every warehouse access goes through the session's threads.
#include "mainwindow.h"

#include "widgets/alertnotifier.h"
#include "widgets/alertspanel.h"
#include "widgets/filterbar.h"
#include "widgets/sourcespanel.h"

#include "domain/dashboarddata.h"
#include "charts/categorybarchart.h"
#include "charts/emailcampaignchart.h"
#include "charts/monthlyrevenuechart.h"
#include "charts/storerevenuechart.h"
#include "charts/timeserieschart.h"
#include "demo/demogenerator.h"
#include "dialogs/aliasdialog.h"
#include "dialogs/artistchoicedialog.h"
#include "dialogs/drilldowndialog.h"
#include "dialogs/sourcedetailsdialog.h"
#include "domain/importresult.h"
#include "lake/workspace.h"
#include "models/sourcesmodel.h"
#include "session/workspacesession.h"
#include "settings/uisettings.h"
#include "widgets/importprogress.h"
#include "widgets/kpiboard.h"
#include "widgets/kpicard.h"
#include "widgets/runlog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMap>
#include <QMimeData>
#include <QScreen>
#include <QStandardPaths>
#include <QScrollArea>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace bedrot {

namespace {

// A page of the dashboard: its content scrolls when the window is smaller than the content.
QScrollArea* scrollPage(QWidget* content, const QString& name)
{
    auto* area = new QScrollArea;
    area->setObjectName(name);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidget(content);
    return area;
}

// Charts below this height stop being readable; the page scrolls instead.
constexpr int kMinChartHeight = 300;

// Charts side by side, each keeping a readable width.
QSplitter* chartRow(QWidget* parent, const QString& name)
{
    auto* splitter = new QSplitter(Qt::Horizontal, parent);
    splitter->setObjectName(name);
    splitter->setChildrenCollapsible(false);
    splitter->setHandleWidth(12);
    splitter->setMinimumHeight(kMinChartHeight);
    return splitter;
}

// Streams of all platforms, on the days every platform with data reported: a platform that has
// not reported a day yet (stats pages lag by a day or two) would show as a cliff in the total.
QList<DailyPoint> sumOnCommonDays(const QList<QList<DailyPoint>>& lists)
{
    QMap<QDate, std::pair<double, int>> sum;
    int sources = 0;
    for (const QList<DailyPoint>& list : lists) {
        if (list.isEmpty()) continue;
        ++sources;
        for (const DailyPoint& p : list) {
            auto& [total, count] = sum[p.day];
            total += p.value;
            ++count;
        }
    }
    QList<DailyPoint> out;
    for (auto it = sum.cbegin(); it != sum.cend(); ++it)
        if (it.value().second == sources) out << DailyPoint{it.key(), it.value().first};
    return out;
}

// A level (followers) as what was gained since the first day of the range: two platforms of very
// different size then share one axis, and the growth an ad bought is the slope from zero.
QList<DailyPoint> gainedSinceFirst(QList<DailyPoint> series)
{
    if (series.isEmpty()) return series;
    const double first = series.constFirst().value;
    for (DailyPoint& p : series) p.value -= first;
    return series;
}

} // namespace

MainWindow::MainWindow(const QString& workspace, bool demo, QWidget* parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("main-window"));
    setAcceptDrops(true);
    // The warehouse opens and the first answer is computed on their threads while the widgets are
    // built: the saved filter is known before any widget holds it.
    const QString root = chooseWorkspace(workspace, demo);
    // Decided before the session starts: opening creates the warehouse, and with it the answer.
    const bool offerDemo = workspace.isEmpty() && !demo && !Workspace(root).exists()
        && UiSettings::offerDemoOnFirstLaunch().get();
    m_session = new WorkspaceSession(root, this);
    m_session->setFilter(savedFilter());
    m_session->start();

    buildActions();
    buildCentralWidget();
    buildMenus();

    // The saved range and filters, as savedFilter() read them for the session's first answer.
    if (const SavedRange saved = savedRange(); saved.preset == DateRangeSelector::Preset::Custom)
        m_range->setCustomRange(saved.from, saved.to);
    else
        m_range->setPreset(saved.preset);
    connect(m_range, &DateRangeSelector::rangeChanged, this, &MainWindow::onRangeChanged);
    connect(m_range, &DateRangeSelector::presetChanged, this, &MainWindow::onPresetChanged);
    m_filterBar->setSelection(UiSettings::filterArtist().get(), UiSettings::filterTrack().get(), UiSettings::filterPlatform().get());
    connect(m_filterBar, &FilterBar::filtersChanged, this, &MainWindow::onFiltersChanged);
    showPage(pageFromKey(UiSettings::dashboardPage().get()));
    onPageChanged(m_pages->currentIndex());
    connect(m_pages, &QTabWidget::currentChanged, this, &MainWindow::onPageChanged);

    if (!restoreGeometry(UiSettings::windowGeometry().get())) {
        const QSize available = screen() ? screen()->availableGeometry().size() : QSize(1600, 1000);
        resize(std::min(1600, available.width() * 9 / 10), std::min(1000, available.height() * 9 / 10));
    }
    restoreState(UiSettings::windowState().get());

    adoptWorkspace(root, demo);
    connectSession();
    applyFilter(); // asks again only if the widgets read the saved state otherwise (e.g. past midnight)
    if (demo) writeDemoFilesAndImport();
    if (offerDemo) QTimer::singleShot(0, this, &MainWindow::askToOpenDemo); // once the window is up
}

MainWindow::~MainWindow()
{
    // Join the threads while the widgets their last signals would reach still exist.
    if (m_session) m_session->shutdown();
}

QString MainWindow::chooseWorkspace(const QString& workspace, bool demo)
{
    if (!workspace.isEmpty()) return Workspace(workspace).root();
    if (demo) return Workspace(Workspace::demoRoot()).root();
    const QString saved = UiSettings::workspacePath().get();
    return Workspace(saved.isEmpty() ? Workspace::defaultRoot() : saved).root();
}

QStringList MainWindow::cardIds()
{
    QStringList ids;
    for (const QString& group : KpiBoard::groups()) ids << KpiBoard::idsOf(group);
    return ids;
}

QString MainWindow::pageKey(Page page)
{
    switch (page) {
    case Page::Overview: return QStringLiteral("overview");
    case Page::Revenue: return QStringLiteral("revenue");
    case Page::Audience: return QStringLiteral("audience");
    case Page::Marketing: return QStringLiteral("marketing");
    }
    return QStringLiteral("overview");
}

MainWindow::Page MainWindow::pageFromKey(const QString& key)
{
    for (Page p : {Page::Overview, Page::Revenue, Page::Audience, Page::Marketing})
        if (pageKey(p) == key) return p;
    return Page::Overview;
}

void MainWindow::buildActions()
{
    m_importAction = new QAction(tr("&Import\u2026"), this);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    m_importAction->setToolTip(tr("Import export files (Ctrl+O); you can also drop them on the window"));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::chooseFilesToImport);

    m_openWorkspaceAction = new QAction(tr("Open &Workspace\u2026"), this);
    connect(m_openWorkspaceAction, &QAction::triggered, this, &MainWindow::chooseWorkspaceFolder);

    m_openDemoAction = new QAction(tr("Open &Demo Workspace"), this);
    connect(m_openDemoAction, &QAction::triggered, this, &MainWindow::openDemoWorkspace);

    m_exportCsvAction = new QAction(tr("&Export CSV\u2026"), this);
    m_exportCsvAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportCsvAction->setToolTip(tr("Export the selected chart's data as CSV (Ctrl+E)"));
    connect(m_exportCsvAction, &QAction::triggered, this, &MainWindow::exportCurrentChartCsv);

    m_exportPngAction = new QAction(tr("Export &PNG\u2026"), this);
    m_exportPngAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_E));
    m_exportPngAction->setToolTip(tr("Export the selected chart as a PNG image (Ctrl+Alt+E)"));
    connect(m_exportPngAction, &QAction::triggered, this, &MainWindow::exportCurrentChartPng);

    m_exportDashboardAction = new QAction(tr("Export &Dashboard as PNG\u2026"), this);
    m_exportDashboardAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportDashboardAction->setToolTip(tr("Save the whole page on screen, every card and chart, as one PNG image (Ctrl+Shift+E)"));
    connect(m_exportDashboardAction, &QAction::triggered, this, &MainWindow::exportDashboardPngWithDialog);

    m_filterAction = new QAction(tr("&Filter"), this);
    m_filterAction->setShortcut(QKeySequence::Find);
    m_filterAction->setToolTip(tr("Go to the artist, track and platform filters (Ctrl+F)"));
    connect(m_filterAction, &QAction::triggered, this, &MainWindow::focusFilters);

    m_clearFiltersAction = new QAction(tr("&Clear Filters"), this);
    m_clearFiltersAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_clearFiltersAction->setToolTip(tr("Show all artists, tracks and platforms again (Ctrl+Shift+F)"));
    connect(m_clearFiltersAction, &QAction::triggered, this, [this] { m_filterBar->clearFilters(); });

    m_saveViewAction = new QAction(tr("&Save Current View\u2026"), this);
    m_saveViewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    m_saveViewAction->setToolTip(tr("Keep the date range and filters under a name, to come back to them (Ctrl+Shift+V)"));
    connect(m_saveViewAction, &QAction::triggered, this, &MainWindow::askToSaveView);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_refreshAction = new QAction(tr("&Refresh"), this);
    m_refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_refreshAction->setToolTip(tr("Import new files from the landing folder (F5)"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    m_aboutAction = new QAction(tr("&About Bedrot"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_aliasAction = new QAction(tr("Artists and &Aliases\u2026"), this);
    m_aliasAction->setToolTip(tr("See which spellings count for which artist, and merge or split artists"));
    connect(m_aliasAction, &QAction::triggered, this, &MainWindow::showAliasDialog);

    m_pageActions = new QActionGroup(this);
    m_pageActions->setExclusive(true);
    const QList<std::pair<Page, QString>> pages{{Page::Overview, tr("&Overview")}, {Page::Revenue, tr("&Revenue")},
                                                {Page::Audience, tr("&Audience")}, {Page::Marketing, tr("&Marketing")}};
    for (const auto& [page, title] : pages) {
        auto* action = new QAction(title, m_pageActions);
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + int(page))));
        action->setData(int(page));
        connect(action, &QAction::triggered, this, [this, page] { showPage(page); });
    }
}

void MainWindow::buildCentralWidget()
{
    auto* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("toolbar-main"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(m_refreshAction);
    toolbar->addAction(m_importAction);
    toolbar->addSeparator();
    toolbar->addAction(m_exportCsvAction);
    auto* spacer = new QWidget(toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    m_filterBar = new FilterBar(toolbar);
    toolbar->addWidget(m_filterBar);
    toolbar->addSeparator();
    m_range = new DateRangeSelector(toolbar);
    toolbar->addWidget(m_range);

    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("dashboard"));
    m_pages->setDocumentMode(true);
    m_pages->addTab(buildOverviewPage(), tr("Overview"));
    m_pages->addTab(buildRevenuePage(), tr("Revenue"));
    m_pages->addTab(buildAudiencePage(), tr("Audience"));
    m_pages->addTab(buildMarketingPage(), tr("Marketing"));
    for (QAction* action : m_pageActions->actions())
        m_pages->setTabToolTip(action->data().toInt(), action->shortcut().toString(QKeySequence::NativeText));
    for (ChartPanel* chart : std::as_const(m_charts)) {
        connect(chart, &ChartPanel::exported, this, &MainWindow::onExported);
        connect(chart, &ChartPanel::exportFailed, this, &MainWindow::onExportFailed);
        connect(chart, &ChartPanel::drillDownRequested, this, &MainWindow::openDrillDown);
    }
    connect(m_board, &KpiBoard::drillDownRequested, this, [this](const QString& kpiId) {
        if (m_session) openDrillDown(kpiId, m_session->filter());
    });
    setCentralWidget(m_pages);

    m_runLog = new RunLog(this);
    m_runLogDock = new QDockWidget(tr("Run Log"), this);
    m_runLogDock->setObjectName(QStringLiteral("dock-run-log"));
    m_runLogDock->setWidget(m_runLog);
    m_runLogDock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, m_runLogDock);
    m_runLogDock->hide();

    // Sources (freshness, health, problems) and alerts: docks on the right, opened from View.
    m_sourcesPanel = new SourcesPanel(this);
    m_sourcesDock = new QDockWidget(tr("Sources"), this);
    m_sourcesDock->setObjectName(QStringLiteral("dock-sources"));
    m_sourcesDock->setWidget(m_sourcesPanel);
    addDockWidget(Qt::RightDockWidgetArea, m_sourcesDock);
    m_sourcesDock->hide();
    m_alertsPanel = new AlertsPanel(this);
    m_alertsDock = new QDockWidget(tr("Alerts"), this);
    m_alertsDock->setObjectName(QStringLiteral("dock-alerts"));
    m_alertsDock->setWidget(m_alertsPanel);
    addDockWidget(Qt::RightDockWidgetArea, m_alertsDock);
    m_alertsDock->hide();
    m_alertNotifier = new AlertNotifier(this);
    connect(m_sourcesPanel, &SourcesPanel::refreshRequested, this, &MainWindow::refresh);
    connect(m_sourcesPanel, &SourcesPanel::detailsRequested, this, &MainWindow::openSourceDetails);
    connect(m_alertsPanel, &AlertsPanel::newAlerts, this, &MainWindow::onNewAlerts);
    connect(m_alertNotifier, &AlertNotifier::activated, this, [this] {
        m_alertsDock->show();
        m_alertsDock->raise();
    });

    m_progress = new ImportProgress(statusBar());
    statusBar()->addWidget(m_progress, 1);
    statusBar()->setSizeGripEnabled(false);

    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) { onFocusChanged(now); });
}

QWidget* MainWindow::buildOverviewPage()
{
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(14, 12, 14, 14);
    m_board = new KpiBoard(content);
    layout->addWidget(m_board);
    return scrollPage(content, QStringLiteral("page-overview"));
}

QWidget* MainWindow::buildRevenuePage()
{
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(14, 14, 14, 14);
    layout->setSpacing(12);
    auto* splitter = chartRow(content, QStringLiteral("chart-splitter"));
    m_monthly = new MonthlyRevenueChart(splitter);
    m_cash = new MonthlyRevenueChart(splitter, MonthlyRevenueChart::Kind::ReportedCash);
    splitter->addWidget(m_monthly);
    splitter->addWidget(m_cash);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    // Where the money comes from; the bars of a store or a track drill into its revenue rows.
    auto* breakdown = chartRow(content, QStringLiteral("chart-splitter-breakdown"));
    m_stores = new StoreRevenueChart(breakdown);
    m_barCharts = {CategoryBarChart::revenueByCountry(breakdown), CategoryBarChart::revenueByTrack(breakdown)};
    breakdown->addWidget(m_stores);
    for (CategoryBarChart* chart : std::as_const(m_barCharts)) breakdown->addWidget(chart);
    // Up to 16 bars each: Qt Charts shows a bar's label only when the bar's share of the height
    // holds it, else "…".
    breakdown->setMinimumHeight(kMinChartHeight + 240);
    layout->addWidget(breakdown, 1);
    m_charts = {m_monthly, m_cash, m_stores};
    for (CategoryBarChart* chart : std::as_const(m_barCharts)) m_charts << chart;

    auto* lower = chartRow(content, QStringLiteral("chart-splitter-streams"));
    m_barCharts << CategoryBarChart::paymentDelays(lower);
    lower->addWidget(m_barCharts.last());
    m_charts << m_barCharts.last();
    auto* streams = addTimeChart(new TimeSeriesChart(tr("Daily streams by platform"), QStringLiteral("daily-streams"), lower));
    streams->setObjectName(QStringLiteral("chart-daily-streams"));
    streams->addSeries(tr("Spotify"), QStringLiteral("spotify_streams"), 2);
    streams->addSeries(tr("Apple Music"), QStringLiteral("apple_music_streams"), 7);
    streams->setExtractor([](const DashboardData& d) { return QList<QList<DailyPoint>>{d.streamsSpotify, d.streamsApple}; });
    streams->setPreviousExtractor([](const DashboardData& d) {
        return QList<QList<DailyPoint>>{d.previousDaily.value(DailySeries::StreamsSpotify), d.previousDaily.value(DailySeries::StreamsApple)};
    });
    streams->setDrillDown(0, QStringLiteral("streams_spotify"));
    streams->setDrillDown(1, QStringLiteral("streams_apple"));
    streams->setEmptyText(tr("No distributor daily streams in this range.\nImport a DistroKid stats page or TooLost analytics (Ctrl+O)."));
    lower->addWidget(streams);
    lower->setStretchFactor(0, 2);
    lower->setStretchFactor(1, 3);
    layout->addWidget(lower, 1);

    auto* distributors = addTimeChart(new TimeSeriesChart(tr("Daily streams by distributor"), QStringLiteral("daily-streams-by-distributor"), content));
    distributors->setObjectName(QStringLiteral("chart-streams-by-distributor"));
    distributors->addSeries(tr("DistroKid"), QStringLiteral("distrokid_streams"), 0);
    distributors->addSeries(tr("TooLost"), QStringLiteral("toolost_streams"), 6);
    distributors->setExtractor([](const DashboardData& d) { return QList<QList<DailyPoint>>{d.streamsDistroKid, d.streamsTooLost}; });
    distributors->setPreviousExtractor([](const DashboardData& d) {
        return QList<QList<DailyPoint>>{d.previousDaily.value(DailySeries::StreamsDistroKid), d.previousDaily.value(DailySeries::StreamsTooLost)};
    });
    // No filter names a distributor: the day's streams of every distributor are the rows behind it.
    distributors->setDrillDown(0, QStringLiteral("streams"));
    distributors->setDrillDown(1, QStringLiteral("streams"));
    distributors->setEmptyText(tr("No distributor daily streams in this range.\nImport a DistroKid stats page or TooLost analytics (Ctrl+O)."));
    layout->addWidget(distributors, 1);
    return scrollPage(content, QStringLiteral("page-revenue"));
}

QWidget* MainWindow::buildAudiencePage()
{
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(14, 14, 14, 14);
    layout->setSpacing(12);

    auto* audience = addTimeChart(new TimeSeriesChart(tr("Spotify audience"), QStringLiteral("spotify-audience"), content));
    audience->setObjectName(QStringLiteral("chart-spotify-audience"));
    audience->addSeries(tr("Listeners"), QStringLiteral("listeners"), 0);
    audience->addSeries(tr("Followers"), QStringLiteral("followers"), 2, TimeSeriesChart::Axis::Right);
    audience->setAxisFormat(TimeSeriesChart::Axis::Right, TimeSeriesChart::Unit::Count, false);
    audience->setExtractor([](const DashboardData& d) { return QList<QList<DailyPoint>>{d.spotifyListeners, d.spotifyFollowers}; });
    audience->setPreviousExtractor([](const DashboardData& d) {
        return QList<QList<DailyPoint>>{d.previousDaily.value(DailySeries::SpotifyListeners), d.previousDaily.value(DailySeries::SpotifyFollowers)};
    });
    audience->setDrillDown(0, QStringLiteral("spotify_listeners"));
    audience->setDrillDown(1, QStringLiteral("spotify_followers"));
    audience->setEmptyText(tr("No Spotify for Artists audience in this range.\nImport an audience timeline (Ctrl+O)."));
    layout->addWidget(audience, 1);

    auto* tiktok = addTimeChart(new TimeSeriesChart(tr("TikTok views and engagement"), QStringLiteral("tiktok"), content));
    tiktok->setObjectName(QStringLiteral("chart-tiktok"));
    tiktok->addSeries(tr("Video views"), QStringLiteral("tiktok_views"), 5);
    tiktok->addSeries(tr("Engagement (likes + comments + shares)"), QStringLiteral("tiktok_engagement"), 3);
    tiktok->addSeries(tr("Engagement rate"), QStringLiteral("tiktok_engagement_rate_pct"), 6, TimeSeriesChart::Axis::Right);
    tiktok->setAxisFormat(TimeSeriesChart::Axis::Right, TimeSeriesChart::Unit::Percent, true);
    tiktok->setSeriesWidth(2, 1.0);
    tiktok->setExtractor([](const DashboardData& d) { return QList<QList<DailyPoint>>{d.tiktokViews, d.tiktokEngagement, d.tiktokEngagementRate}; });
    tiktok->setPreviousExtractor([](const DashboardData& d) {
        return QList<QList<DailyPoint>>{d.previousDaily.value(DailySeries::TiktokViews), d.previousDaily.value(DailySeries::TiktokEngagement),
                                        d.previousDaily.value(DailySeries::TiktokEngagementRate)};
    });
    tiktok->setDrillDown(0, QStringLiteral("tiktok_views"));
    tiktok->setDrillDown(1, QStringLiteral("tiktok_engagement_rate"));
    tiktok->setDrillDown(2, QStringLiteral("tiktok_engagement_rate"));
    tiktok->setEmptyText(tr("No TikTok data in this range.\nImport a TikTok Studio export (Ctrl+O)."));

    auto* linktree = addTimeChart(new TimeSeriesChart(tr("Linktree views, clicks and CTR"), QStringLiteral("linktree"), content));
    linktree->setObjectName(QStringLiteral("chart-linktree"));
    linktree->addSeries(tr("Views"), QStringLiteral("linktree_views"), 0);
    linktree->addSeries(tr("Clicks"), QStringLiteral("linktree_clicks"), 3);
    linktree->addSeries(tr("Click-through rate"), QStringLiteral("linktree_ctr_pct"), 1, TimeSeriesChart::Axis::Right);
    linktree->setAxisFormat(TimeSeriesChart::Axis::Right, TimeSeriesChart::Unit::Percent, true);
    linktree->setSeriesWidth(2, 1.0);
    linktree->setExtractor([](const DashboardData& d) { return QList<QList<DailyPoint>>{d.linkViews, d.linkClicks, d.linkCtr}; });
    linktree->setPreviousExtractor([](const DashboardData& d) {
        return QList<QList<DailyPoint>>{d.previousDaily.value(DailySeries::LinkViews), d.previousDaily.value(DailySeries::LinkClicks),
                                        d.previousDaily.value(DailySeries::LinkCtr)};
    });
    linktree->setDrillDown(0, QStringLiteral("link_views"));
    linktree->setDrillDown(1, QStringLiteral("link_clicks"));
    linktree->setDrillDown(2, QStringLiteral("link_ctr"));
    linktree->setEmptyText(tr("No Linktree data in this range.\nImport a Linktree export (Ctrl+O)."));
    auto* social = chartRow(content, QStringLiteral("chart-splitter-social"));
    social->addWidget(tiktok);
    social->addWidget(linktree);
    layout->addWidget(social, 1);
    return scrollPage(content, QStringLiteral("page-audience"));
}

QWidget* MainWindow::buildMarketingPage()
{
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(14, 14, 14, 14);
    layout->setSpacing(12);

    auto* followers = addTimeChart(new TimeSeriesChart(tr("Ad spend vs followers"), QStringLiteral("ad-spend-followers"), content));
    followers->setObjectName(QStringLiteral("chart-ad-spend-followers"));
    followers->addSeries(tr("Ad spend"), QStringLiteral("ad_spend_usd"), 1);
    followers->addSeries(tr("Spotify followers gained"), QStringLiteral("spotify_followers_gained"), 2, TimeSeriesChart::Axis::Right);
    followers->addSeries(tr("TikTok followers gained"), QStringLiteral("tiktok_followers_gained"), 5, TimeSeriesChart::Axis::Right);
    followers->setAxisFormat(TimeSeriesChart::Axis::Left, TimeSeriesChart::Unit::Money, true);
    followers->setAxisFormat(TimeSeriesChart::Axis::Right, TimeSeriesChart::Unit::Count, false);
    followers->setExtractor([](const DashboardData& d) {
        return QList<QList<DailyPoint>>{d.adSpend, gainedSinceFirst(d.spotifyFollowers), gainedSinceFirst(d.tiktokFollowers)};
    });
    followers->setPreviousExtractor([](const DashboardData& d) {
        return QList<QList<DailyPoint>>{d.previousDaily.value(DailySeries::AdSpend),
                                        gainedSinceFirst(d.previousDaily.value(DailySeries::SpotifyFollowers)),
                                        gainedSinceFirst(d.previousDaily.value(DailySeries::TiktokFollowers))};
    });
    followers->setDrillDown(0, QStringLiteral("ad_spend"));
    followers->setDrillDown(1, QStringLiteral("spotify_followers"));
    followers->setDrillDown(2, QStringLiteral("tiktok_followers"));
    followers->setEmptyText(tr("No ad spend or follower data in this range.\nImport a Meta Ads report, a Spotify for Artists timeline or TikTok followers (Ctrl+O)."));
    layout->addWidget(followers, 1);

    auto* streams = addTimeChart(new TimeSeriesChart(tr("Ad spend vs streams"), QStringLiteral("ad-spend-streams"), content));
    streams->setObjectName(QStringLiteral("chart-ad-spend-streams"));
    streams->addSeries(tr("Ad spend"), QStringLiteral("ad_spend_usd"), 1);
    streams->addSeries(tr("Streams (Spotify + Apple Music)"), QStringLiteral("streams"), 0, TimeSeriesChart::Axis::Right);
    streams->setAxisFormat(TimeSeriesChart::Axis::Left, TimeSeriesChart::Unit::Money, true);
    streams->setExtractor([](const DashboardData& d) {
        return QList<QList<DailyPoint>>{d.adSpend, sumOnCommonDays({d.streamsSpotify, d.streamsApple})};
    });
    streams->setPreviousExtractor([](const DashboardData& d) {
        return QList<QList<DailyPoint>>{d.previousDaily.value(DailySeries::AdSpend),
                                        sumOnCommonDays({d.previousDaily.value(DailySeries::StreamsSpotify),
                                                         d.previousDaily.value(DailySeries::StreamsApple)})};
    });
    streams->setDrillDown(0, QStringLiteral("ad_spend"));
    streams->setDrillDown(1, QStringLiteral("streams"));
    streams->setEmptyText(tr("No ad spend or daily streams in this range.\nImport a Meta Ads report or distributor stats (Ctrl+O)."));
    layout->addWidget(streams, 1);

    // Shown only when there are campaigns: most labels send no email through a connected account.
    m_email = new EmailCampaignChart(content);
    m_email->setMinimumHeight(kMinChartHeight);
    m_email->hide();
    m_charts << m_email;
    layout->addWidget(m_email, 1);
    return scrollPage(content, QStringLiteral("page-marketing"));
}

TimeSeriesChart* MainWindow::addTimeChart(TimeSeriesChart* chart)
{
    chart->setMinimumHeight(kMinChartHeight);
    m_timeCharts << chart;
    m_charts << chart;
    return chart;
}

void MainWindow::feedCharts(const DashboardData& answer, bool allTime)
{
    m_monthly->setData(answer);
    m_cash->setData(answer);
    m_stores->setData(answer);
    for (CategoryBarChart* chart : std::as_const(m_barCharts)) chart->setData(answer);
    m_email->setData(answer);
    m_email->setVisible(!m_email->isEmpty());
    for (TimeSeriesChart* chart : std::as_const(m_timeCharts)) {
        chart->setFitToData(allTime); // "All time" spans each chart's own data, not the statements' extent
        chart->setData(answer);
    }
}

void MainWindow::setComparison(bool on)
{
    UiSettings::compareWithPrevious().set(on);
    for (TimeSeriesChart* chart : std::as_const(m_timeCharts)) chart->setComparisonEnabled(on);
    for (MonthlyRevenueChart* chart : {m_monthly, m_cash}) chart->setComparisonEnabled(on);
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_importAction);
    file->addSeparator();
    file->addAction(m_openWorkspaceAction);
    file->addAction(m_openDemoAction);
    file->addSeparator();
    file->addAction(m_exportCsvAction);
    file->addAction(m_exportPngAction);
    file->addAction(m_exportDashboardAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addActions(m_pageActions->actions());
    view->addSeparator();
    view->addAction(m_refreshAction);
    view->addSeparator();
    view->addActions(m_range->presetActions()->actions());
    m_compareAction = new QAction(tr("Compare with &previous period"), this);
    m_compareAction->setCheckable(true);
    m_compareAction->setToolTip(tr("Draw the period before the range as a faint dashed line on the time charts"));
    m_compareAction->setChecked(UiSettings::compareWithPrevious().get());
    setComparison(m_compareAction->isChecked());
    connect(m_compareAction, &QAction::toggled, this, &MainWindow::setComparison);
    view->addAction(m_compareAction);
    view->addSeparator();
    view->addAction(m_filterAction);
    view->addAction(m_clearFiltersAction);
    view->addSeparator();
    QAction* runLog = m_runLogDock->toggleViewAction();
    runLog->setText(tr("Run &Log"));
    runLog->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    view->addAction(runLog);
    QAction* sources = m_sourcesDock->toggleViewAction();
    sources->setText(tr("&Sources"));
    sources->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    view->addAction(sources);
    QAction* alerts = m_alertsDock->toggleViewAction();
    alerts->setText(tr("A&lerts"));
    alerts->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    view->addAction(alerts);

    m_viewsMenu = menuBar()->addMenu(tr("V&iews"));
    m_viewsMenu->setObjectName(QStringLiteral("menu-views"));
    m_deleteViewMenu = new QMenu(tr("&Delete View"), m_viewsMenu);
    connect(m_viewsMenu, &QMenu::aboutToShow, this, &MainWindow::updateViewsMenuChecks);
    rebuildViewsMenu();

    QMenu* dataMenu = menuBar()->addMenu(tr("&Data"));
    dataMenu->addAction(m_importAction);
    dataMenu->addAction(m_refreshAction);
    dataMenu->addSeparator();
    dataMenu->addAction(m_aliasAction);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
}

void MainWindow::startSession(const QString& root, bool isDemo)
{
    if (m_session) {
        m_session->disconnect(this);
        m_session->shutdown();
        m_session->deleteLater();
    }
    adoptWorkspace(root, isDemo);
    m_lastDashboardError.clear();
    m_shown = DashboardData();
    m_artists.clear();
    m_artistQueue.clear();
    m_skippedArtistFiles.clear();
    m_board->clear();
    feedCharts(DashboardData(), false);
    if (m_aliasDialog) {
        m_aliasDialog->forgetRequest();
        m_aliasDialog->setArtists({});
    }
    {
        // The old workspace's extent means nothing here; don't let it query twice.
        const QSignalBlocker block(m_range);
        m_range->clearDataExtent();
    }

    m_shownGeneration = m_releaseAlertsAt = 0;
    if (m_alertNotifier->isHeld()) m_alertNotifier->release(); // what the last workspace's import raised
    for (QDialog* dialog : {static_cast<QDialog*>(m_drillDown.data()), static_cast<QDialog*>(m_sourceDetails.data())})
        if (dialog) dialog->hide(); // their rows belong to the workspace left behind

    m_session = new WorkspaceSession(root, this);
    connectSession();
    m_session->setFilter(queryFilter()); // asked for as soon as the warehouse is open
    m_session->start();
}

void MainWindow::adoptWorkspace(const QString& root, bool isDemo)
{
    m_root = root;
    m_isDemo = isDemo;
    setWindowTitle(isDemo ? tr("Demo workspace \u2014 %1").arg(QDir::toNativeSeparators(root)) : QDir::toNativeSeparators(root));
    m_alertsPanel->setSeenKeys(UiSettings::seenAlerts(root).get()); // old alerts of this workspace are no news
}

void MainWindow::connectSession()
{
    connect(m_session, &WorkspaceSession::opened, this, &MainWindow::onOpened);
    connect(m_session, &WorkspaceSession::dashboardReady, this, &MainWindow::onDashboard);
    connect(m_session, &WorkspaceSession::countriesReady, this, &MainWindow::onCountries);
    connect(m_session, &WorkspaceSession::importStarted, m_progress, &ImportProgress::start);
    connect(m_session, &WorkspaceSession::fileStarted, m_progress, &ImportProgress::fileStarted);
    connect(m_session, &WorkspaceSession::batchCommitted, m_progress, &ImportProgress::batchCommitted);
    connect(m_session, &WorkspaceSession::fileImported, this, &MainWindow::onFileImported);
    connect(m_session, &WorkspaceSession::importFinished, this, &MainWindow::onImportFinished);
    connect(m_session, &WorkspaceSession::aliasSet, this, &MainWindow::onAliasSet);
    connect(m_session, &WorkspaceSession::drillDownReady, this, &MainWindow::onDrillDownReady);
    connect(m_session, &WorkspaceSession::sourceDetailsReady, this, [this](const SourceDetails& details) {
        if (m_sourceDetails) m_sourceDetails->setDetails(details);
    });
    // Alerts raised while files land are told once, when the import is over (see onNewAlerts).
    connect(m_session, &WorkspaceSession::importStarted, m_alertNotifier, &AlertNotifier::hold);
    m_progress->showMessage(tr("Opening %1\u2026").arg(QDir::toNativeSeparators(m_session->root())), ImportProgress::Tone::Normal);
}

void MainWindow::writeDemoFilesAndImport()
{
    // Writing a few MB of statements is a one-shot job: keep it off the UI thread, then import the
    // files through the same landing-folder pipeline a user's files take. They are written beside
    // the landing folder's files (a hidden folder, which the landing watch ignores) and moved in
    // all at once: written in place, the watch would find them half-way and import them in pieces.
    const QString root = m_root;
    const QString landing = Workspace(root).landingDir();
    const QString staging = QDir(landing).filePath(QStringLiteral(".demo-writing"));
    m_progress->showMessage(tr("Writing demo statements into %1\u2026").arg(QDir::toNativeSeparators(landing)),
                            ImportProgress::Tone::Normal);
    auto* watcher = new QFutureWatcher<QStringList>(this);
    connect(watcher, &QFutureWatcher<QStringList>::finished, this, [this, watcher, root, landing, staging] {
        watcher->deleteLater();
        QStringList moved;
        for (const QString& path : watcher->result()) {
            const QString target = QDir(landing).filePath(QFileInfo(path).fileName());
            QFile::remove(target); // the demo of an earlier run
            if (QFile::rename(path, target)) moved << target;
        }
        QDir(staging).removeRecursively();
        if (root != m_root || !m_session) return; // the user moved on to another workspace
        if (moved.isEmpty()) {
            showProblem(tr("Could not write the demo files into %1.").arg(QDir::toNativeSeparators(landing)));
            return;
        }
        m_session->refreshLanding(); // in the same turn as the move, so before any watch notices
    });
    watcher->setFuture(QtConcurrent::run([staging] { return DemoGenerator::writeAll(staging); }));
}

void MainWindow::onOpened(const QString& error)
{
    if (!error.isEmpty()) {
        showProblem(tr("Cannot open the workspace %1: %2").arg(QDir::toNativeSeparators(m_root), error));
        return;
    }
    if (!m_progress->isRunning())
        m_progress->showMessage(tr("Workspace %1 is open.").arg(QDir::toNativeSeparators(m_root)), ImportProgress::Tone::Normal);
}

void MainWindow::onDashboard(const DashboardData& dashboard)
{
    const QString dashboardError = dashboard.error ? dashboard.error->message : QString();
    if (!dashboardError.isEmpty() && dashboardError != m_lastDashboardError)
        showProblem(tr("The dashboard could not be computed: %1").arg(dashboardError));
    m_lastDashboardError = dashboardError;

    m_range->setDataExtent(dashboard.dataFrom, dashboard.dataTo); // "All time" shows the extent
    m_sourcesPanel->setSources(dashboard.sources);
    m_alertsPanel->setAlerts(dashboard.alerts); // new ones reach onNewAlerts
    m_shownGeneration = dashboard.generation;
    if (m_releaseAlertsAt > 0 && dashboard.generation >= m_releaseAlertsAt && m_session && !m_session->isBusy()) {
        // The answer asked for when the import ended: the alerts the new data raised are all in.
        m_releaseAlertsAt = 0;
        m_alertNotifier->release();
    }
    m_filterBar->setChoices(dashboard.artists, dashboard.tracks, dashboard.platforms);
    const bool allTime = m_range->preset() == DateRangeSelector::Preset::AllTime;
    const DashboardData shown = allTime && m_range->hasDataExtent() ? clippedToExtent(dashboard) : dashboard;
    m_artists = dashboard.artists;
    if (m_aliasDialog) m_aliasDialog->setArtists(m_artists);
    m_board->showData(shown);
    feedCharts(shown, allTime);
    m_shown = shown;
    Q_EMIT dashboardShown(shown);
}

void MainWindow::onCountries(const CountryFigures& figures)
{
    // The answer on screen, completed: its top country card and its revenue by country.
    if (!m_shown.countriesPending || figures.generation != m_shown.generation) return;
    DashboardData& d = m_shown;
    d.countriesPending = false;
    for (auto [list, value] : {std::pair{&d.kpis, &figures.topCountry}, std::pair{&d.previousKpis, &figures.previousTopCountry}}) {
        const auto it = std::find_if(list->begin(), list->end(), [](const KpiValue& v) { return v.id == QLatin1String("top_country"); });
        if (it != list->end()) *it = *value;
        else list->append(*value);
    }
    d.revenueByCountry = figures.revenueByCountry;
    if (figures.error && !d.error) d.error = figures.error;
    m_board->card(QStringLiteral("top_country"))->showData(d);
    m_barCharts.constFirst()->setData(d);
    Q_EMIT dashboardShown(d);
}

MainWindow::SavedRange MainWindow::savedRange()
{
    using Preset = DateRangeSelector::Preset;
    const Preset preset = DateRangeSelector::presetFromKey(UiSettings::rangePreset().get());
    const QDate from = UiSettings::customFrom().get(), to = UiSettings::customTo().get();
    if (preset == Preset::Custom && from.isValid() && to.isValid()) return {Preset::Custom, std::min(from, to), std::max(from, to)};
    return {preset == Preset::Custom ? Preset::AllTime : preset, QDate(), QDate()};
}

Filter MainWindow::savedFilter()
{
    // What queryFilter() gives once the widgets hold the saved state (the extent is not known yet).
    const SavedRange saved = savedRange();
    const auto [from, to] = saved.preset == DateRangeSelector::Preset::Custom ? std::pair{saved.from, saved.to}
        : saved.preset == DateRangeSelector::Preset::AllTime ? DateRangeSelector::everything()
                                                             : DateRangeSelector::rangeFor(saved.preset, QDate::currentDate(), QDate(), QDate());
    return Filter::of(from, to, UiSettings::filterArtist().get(), UiSettings::filterTrack().get(), UiSettings::filterPlatform().get());
}

Filter MainWindow::queryFilter() const
{
    Filter filter;
    filter.artist = m_filterBar->artist();
    filter.track = m_filterBar->track();
    filter.platform = m_filterBar->platform();
    // "All time" asks for everything rather than for the extent: the extent grows with every batch of
    // an import, and chasing it would change the filter, and so void the answer in flight, each time.
    // No data lies outside the extent, and the period before it is empty, so every KPI comes out the same.
    const auto [from, to] = m_range->preset() == DateRangeSelector::Preset::AllTime
        ? DateRangeSelector::everything()
        : std::pair{m_range->from(), m_range->to()};
    filter.from = from;
    filter.to = to;
    return filter;
}

DashboardData MainWindow::clippedToExtent(const DashboardData& answer)
{
    if (!answer.dataFrom.isValid() || !answer.dataTo.isValid()) return answer;
    DashboardData clipped = answer;
    clipped.filter.from = std::max(answer.filter.from, answer.dataFrom);
    clipped.filter.to = std::min(answer.filter.to, answer.dataTo);
    const int first = clipped.filter.from.year() * 12 + clipped.filter.from.month();
    const int last = clipped.filter.to.year() * 12 + clipped.filter.to.month();
    const auto outside = [first, last](const MonthValue& m) {
        const int key = m.year * 12 + m.month;
        return key < first || key > last;
    };
    clipped.revenueByMonth.removeIf(outside);
    clipped.expectedByMonth.removeIf(outside);
    clipped.cashByMonth.removeIf(outside);
    return clipped;
}

void MainWindow::onFileImported(const ImportResult& result)
{
    m_runLog->addResult(result);
    const auto queued = [&result](const ImportResult& r) { return r.path == result.path; };
    if (needsArtist(result) && !m_skippedArtistFiles.contains(result.path)
        && std::none_of(m_artistQueue.cbegin(), m_artistQueue.cend(), queued))
        m_artistQueue << result;
}

bool MainWindow::needsArtist(const ImportResult& result)
{
    return result.status == ImportResult::Status::NeedsArtist;
}

void MainWindow::askNextArtist()
{
    // One question at a time, after the import that raised it: a dialog per file in the middle
    // of a folder's import would stack up.
    if (m_askingArtist || m_artistQueue.isEmpty() || !m_session) return;
    const ImportResult next = m_artistQueue.takeFirst();
    QStringList names;
    for (const ArtistAliases& a : std::as_const(m_artists)) names << a.name;
    const QString root = m_root;
    if (m_artistChooser) {
        onArtistChosen(root, next.path, m_artistChooser(next.path, next.formatTitle, names));
        return;
    }
    auto* dialog = new ArtistChoiceDialog(next.path, next.formatTitle, names, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_askingArtist = true;
    connect(dialog, &QDialog::finished, this, [this, dialog, root, path = next.path](int result) {
        m_askingArtist = false;
        onArtistChosen(root, path, result == QDialog::Accepted ? dialog->artist() : QString());
    });
    dialog->open();
}

void MainWindow::onArtistChosen(const QString& root, const QString& path, const QString& artist)
{
    if (root != m_root || !m_session) return; // the user moved on to another workspace meanwhile
    const QString name = artist.trimmed();
    const QString file = QDir::toNativeSeparators(path);
    if (name.isEmpty()) {
        m_skippedArtistFiles.insert(path);
        m_runLog->addNote(RunLog::Level::Warning,
                          tr("Skipped %1: it does not say whose it is. Import it again (Ctrl+O) to choose the artist.").arg(file));
    } else {
        m_runLog->addNote(RunLog::Level::Info, tr("Importing %1 as an export of %2.").arg(file, name));
        m_session->importFiles({path}, name);
    }
    askNextArtist();
}

void MainWindow::onAliasSet(const QString& alias, const QString& artist, const QString& error)
{
    if (m_aliasDialog) m_aliasDialog->showResult(alias, artist, error);
    if (error.isEmpty()) refreshDrillDown(); // the rows now carry the artist the alias points at
    if (error.isEmpty()) m_runLog->addNote(RunLog::Level::Info, tr("The alias \u201c%1\u201d now points at %2.").arg(alias, artist));
    else m_runLog->addNote(RunLog::Level::Error, tr("Could not point the alias \u201c%1\u201d at %2: %3").arg(alias, artist, error));
}

AliasDialog* MainWindow::aliasDialog()
{
    if (!m_aliasDialog) {
        m_aliasDialog = new AliasDialog(this);
        connect(m_aliasDialog, &AliasDialog::aliasRequested, this, [this](const QString& alias, const QString& artist) {
            if (m_session) m_session->setAlias(alias, artist);
        });
        m_aliasDialog->setArtists(m_artists);
    }
    return m_aliasDialog;
}

void MainWindow::showAliasDialog()
{
    AliasDialog* dialog = aliasDialog();
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::showPage(Page page) { m_pages->setCurrentIndex(int(page)); }

MainWindow::Page MainWindow::currentPage() const { return Page(m_pages->currentIndex()); }

void MainWindow::onPageChanged(int index)
{
    for (QAction* action : m_pageActions->actions()) action->setChecked(action->data().toInt() == index);
    UiSettings::dashboardPage().set(pageKey(Page(index)));
}

void MainWindow::onImportFinished(const QList<ImportResult>& results)
{
    m_progress->finish(results);
    if (m_session && !m_session->isBusy() && m_alertNotifier->isHeld()) {
        // The session has just asked for the dashboard of the data as it now is: its answer ends
        // the hold. When it asked nothing new (the warehouse is not open), the last answer did.
        if (m_session->requestedGeneration() > m_shownGeneration) m_releaseAlertsAt = m_session->requestedGeneration();
        else m_alertNotifier->release();
    }
    // An open quarantine viewer follows the import that may have added rows to it.
    if (SourceDetailsDialog* details = m_sourceDetails.data(); m_session && details && details->isVisible() && !details->isLoading())
        m_session->requestSourceDetails(details->sourceId());
    refreshDrillDown(); // and so do the rows behind a KPI
    // After the summary, so the question follows the answer to the import that raised it.
    QTimer::singleShot(0, this, &MainWindow::askNextArtist);
    if (results.isEmpty()) {
        m_progress->showMessage(tr("No files in the landing folder %1. Drop exports there or on this window, or use File \u2192 Import\u2026")
                                    .arg(QDir::toNativeSeparators(Workspace(m_root).landingDir())),
                                ImportProgress::Tone::Normal);
        return;
    }
    m_runLog->addNote(ImportProgress::hasProblems(results) ? RunLog::Level::Warning : RunLog::Level::Info,
                      ImportProgress::summary(results));
    if (ImportProgress::hasProblems(results)) showRunLog();
}

void MainWindow::onRangeChanged(QDate from, QDate to)
{
    if (m_range->preset() == DateRangeSelector::Preset::Custom) {
        UiSettings::customFrom().set(from);
        UiSettings::customTo().set(to);
    }
    applyFilter();
}

void MainWindow::applyFilter()
{
    if (!m_session) return;
    const Filter filter = queryFilter();
    if (filter != m_session->filter()) m_session->setFilter(filter); // "All time" following the extent asks nothing new
}

void MainWindow::onPresetChanged(DateRangeSelector::Preset preset)
{
    UiSettings::rangePreset().set(DateRangeSelector::presetKey(preset));
}

void MainWindow::onFocusChanged(QWidget* now)
{
    ChartPanel* focused = nullptr;
    for (QWidget* w = now; w && !focused; w = w->parentWidget()) focused = qobject_cast<ChartPanel*>(w);
    if (!focused) return; // leaving a chart for the menu or toolbar keeps it current
    m_lastChart = focused;
    for (ChartPanel* chart : std::as_const(m_charts)) {
        chart->setProperty("current", chart == focused);
        chart->style()->unpolish(chart);
        chart->style()->polish(chart);
    }
}

ChartPanel* MainWindow::currentChart() const
{
    for (QWidget* w = QApplication::focusWidget(); w; w = w->parentWidget())
        if (auto* chart = qobject_cast<ChartPanel*>(w); chart && m_charts.contains(chart)) return chart;
    ChartPanel* last = m_lastChart.data();
    if (last && last->isVisible()) return last;
    for (ChartPanel* chart : m_charts)
        if (chart->isVisible()) return chart; // the page on screen, not one hidden behind a tab
    if (last) return last;
    return m_charts.value(0);
}

void MainWindow::importFiles(const QStringList& paths)
{
    QStringList absolute;
    for (const QString& p : paths)
        if (!p.isEmpty()) absolute << QFileInfo(p).absoluteFilePath();
    if (absolute.isEmpty() || !m_session) return;
    for (const QString& p : std::as_const(absolute)) m_skippedArtistFiles.remove(p); // asked again: the user chose to

    m_session->importFiles(absolute);
}

void MainWindow::refresh()
{
    if (!m_session) return;
    m_progress->showMessage(tr("Looking for new files in %1\u2026").arg(QDir::toNativeSeparators(Workspace(m_root).landingDir())),
                            ImportProgress::Tone::Normal);
    m_session->refreshLanding();
}

void MainWindow::openWorkspace(const QString& root)
{
    if (root.isEmpty()) return;
    const QString clean = Workspace(root).root();
    UiSettings::workspacePath().set(clean);
    startSession(clean, clean == Workspace(Workspace::demoRoot()).root());
}

void MainWindow::openDemoWorkspace()
{
    openWorkspace(Workspace::demoRoot());
    writeDemoFilesAndImport();
}

void MainWindow::exportCurrentChartCsv()
{
    if (ChartPanel* chart = currentChart()) chart->exportCsvWithDialog();
}

void MainWindow::exportCurrentChartPng()
{
    if (ChartPanel* chart = currentChart()) chart->exportPngWithDialog();
}

void MainWindow::onExported(const QString& path)
{
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 6000);
}

void MainWindow::onExportFailed(const QString& message)
{
    m_runLog->addNote(RunLog::Level::Error, message);
    QMessageBox::warning(this, tr("Export failed"), message);
}

void MainWindow::askToOpenDemo()
{
    const auto answer = QMessageBox::question(
        this, tr("Welcome to Bedrot"),
        tr("There is no data in %1 yet.\n\nOpen the demo workspace to explore Bedrot with realistic sample "
           "statements? Your own workspace stays empty until you import your exports (File \u2192 Import\u2026).")
            .arg(QDir::toNativeSeparators(m_root)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes) openDemoWorkspace();
}

void MainWindow::chooseFilesToImport()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Import exports"), QDir::homePath(),
        tr("Exports (*.tsv *.csv *.txt);;All files (*)"));
    importFiles(paths);
}

void MainWindow::chooseWorkspaceFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open workspace"), m_root);
    if (!dir.isEmpty()) openWorkspace(dir);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Bedrot"),
                       tr("<h3>Bedrot %1</h3><p>Analytics for independent music labels: your statements, streams "
                          "and audience in a warehouse you own.</p><p>Workspace: %2</p>")
                           .arg(QCoreApplication::applicationVersion().toHtmlEscaped(),
                                QDir::toNativeSeparators(m_root).toHtmlEscaped()));
}

void MainWindow::showRunLog()
{
    m_runLogDock->show();
    m_runLogDock->raise();
}

void MainWindow::showProblem(const QString& message)
{
    m_progress->showMessage(message, ImportProgress::Tone::Problem);
    m_runLog->addNote(RunLog::Level::Error, message);
    showRunLog();
}

void MainWindow::saveWindowSettings()
{
    UiSettings::windowGeometry().set(saveGeometry());
    UiSettings::windowState().set(saveState());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveWindowSettings();
    if (m_session) m_session->shutdown(); // lets the writer commit its batch before the window goes
    event->accept();
}

QStringList MainWindow::localFiles(const QMimeData* mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls()) return files;
    for (const QUrl& url : mime->urls()) {
        if (!url.isLocalFile()) return {}; // all or nothing: a half-accepted drop would surprise
        const QFileInfo fi(url.toLocalFile());
        if (!fi.isFile()) return {};
        files << fi.absoluteFilePath();
    }
    return files;
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!localFiles(event->mimeData()).isEmpty()) event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QStringList files = localFiles(event->mimeData());
    if (files.isEmpty()) return;
    event->acceptProposedAction();
    importFiles(files);
}

DrillDownDialog* MainWindow::drillDownDialog() const { return m_drillDown; }

SourceDetailsDialog* MainWindow::sourceDetailsDialog() const { return m_sourceDetails; }

void MainWindow::onFiltersChanged()
{
    UiSettings::filterArtist().set(m_filterBar->artist());
    UiSettings::filterTrack().set(m_filterBar->track());
    UiSettings::filterPlatform().set(m_filterBar->platform());
    applyFilter();
}

void MainWindow::focusFilters() { m_filterBar->focusFirst(); }

ViewState MainWindow::viewState() const
{
    ViewState state;
    state.preset = DateRangeSelector::presetKey(m_range->preset());
    if (m_range->preset() == DateRangeSelector::Preset::Custom) {
        state.from = m_range->from();
        state.to = m_range->to();
    }
    state.artist = m_filterBar->artist();
    state.track = m_filterBar->track();
    state.platform = m_filterBar->platform();
    return state;
}

void MainWindow::applyViewState(const ViewState& state)
{
    // The filters first and silently: the range change below then asks for everything at once.
    m_filterBar->setSelection(state.artist, state.track, state.platform);
    UiSettings::filterArtist().set(state.artist);
    UiSettings::filterTrack().set(state.track);
    UiSettings::filterPlatform().set(state.platform);
    const auto preset = DateRangeSelector::presetFromKey(state.preset);
    if (preset == DateRangeSelector::Preset::Custom && state.from.isValid() && state.to.isValid() && state.from <= state.to)
        m_range->setCustomRange(state.from, state.to);
    else
        m_range->setPreset(preset == DateRangeSelector::Preset::Custom ? DateRangeSelector::Preset::AllTime : preset);
    applyFilter(); // when the range stayed the same it asked nothing
}

QStringList MainWindow::savedViewNames() const { return SavedViews().names(); }

bool MainWindow::saveView(const QString& name)
{
    if (!SavedViews().save(name, viewState())) return false;
    rebuildViewsMenu();
    statusBar()->showMessage(tr("Saved the view \u201c%1\u201d.").arg(name.trimmed()), 6000);
    return true;
}

bool MainWindow::applyView(const QString& name)
{
    const std::optional<ViewState> view = SavedViews().view(name);
    if (!view) return false;
    applyViewState(*view);
    statusBar()->showMessage(tr("Showing the view \u201c%1\u201d.").arg(name), 6000);
    return true;
}

bool MainWindow::deleteView(const QString& name)
{
    if (!SavedViews().remove(name)) return false;
    rebuildViewsMenu();
    return true;
}

void MainWindow::askToSaveView()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save View"),
                                               tr("Name for the date range and filters shown now:"), QLineEdit::Normal,
                                               SavedViews().nameOf(viewState()), &ok)
                             .trimmed();
    if (!ok || name.isEmpty()) return;
    if (SavedViews().contains(name)
        && QMessageBox::question(this, tr("Replace View"), tr("There is already a view called \u201c%1\u201d. Replace it?").arg(name),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
               != QMessageBox::Yes)
        return;
    saveView(name);
}

void MainWindow::rebuildViewsMenu()
{
    m_viewsMenu->clear(); // also deletes the view actions it owns; the fixed ones belong to the window
    m_deleteViewMenu->clear();
    m_viewsMenu->addAction(m_saveViewAction);
    m_viewsMenu->addMenu(m_deleteViewMenu);
    m_viewsMenu->addSeparator();
    const QStringList names = savedViewNames();
    m_deleteViewMenu->setEnabled(!names.isEmpty());
    if (names.isEmpty()) {
        QAction* none = m_viewsMenu->addAction(tr("No saved views yet"));
        none->setEnabled(false);
    }
    for (const QString& name : names) {
        QString text = name;
        text.replace(u'&', QStringLiteral("&&")); // a name is no mnemonic
        QAction* apply = m_viewsMenu->addAction(text);
        apply->setCheckable(true);
        apply->setData(name);
        connect(apply, &QAction::triggered, this, [this, name] { applyView(name); });
        QAction* remove = m_deleteViewMenu->addAction(text);
        connect(remove, &QAction::triggered, this, [this, name] {
            if (QMessageBox::question(this, tr("Delete View"), tr("Delete the view \u201c%1\u201d?").arg(name),
                                      QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
                == QMessageBox::Yes)
                deleteView(name);
        });
    }
    updateViewsMenuChecks();
}

void MainWindow::updateViewsMenuChecks()
{
    const ViewState now = viewState();
    const SavedViews views;
    for (QAction* action : m_viewsMenu->actions())
        if (action->isCheckable()) action->setChecked(views.view(action->data().toString()) == now);
}

void MainWindow::openDrillDown(const QString& kpiId, const Filter& filter)
{
    if (!m_session || !filter.isValid()) return;
    if (!m_drillDown) {
        m_drillDown = new DrillDownDialog(this);
        connect(m_drillDown, &DrillDownDialog::exported, this, &MainWindow::onExported);
        connect(m_drillDown, &DrillDownDialog::exportFailed, this,
                [this](const QString& message) { m_runLog->addNote(RunLog::Level::Error, message); });
        connect(m_drillDown, &DrillDownDialog::rawFileActivated, this, &MainWindow::onRawFileActivated);
    }
    m_drillDownFilter = filter;
    m_drillDown->setLoading(kpiId);
    m_drillDown->show();
    m_drillDown->raise();
    m_drillDown->activateWindow();
    m_session->requestDrillDown(kpiId, filter);
}

void MainWindow::refreshDrillDown()
{
    // Asked again without "Loading…": the rows on screen, their sort and the typed filter stay
    // until the new rows replace them.
    if (DrillDownDialog* dialog = m_drillDown.data(); m_session && dialog && dialog->isVisible() && !dialog->isLoading())
        m_session->requestDrillDown(dialog->kpiId(), m_drillDownFilter);
}

void MainWindow::onDrillDownReady(const DrillDown& rows)
{
    // An answer for a request the user has moved on from (another bar, another filter) is dropped.
    if (!m_drillDown || rows.filter != m_drillDownFilter) return;
    m_drillDown->setDrillDown(rows);
}

void MainWindow::onRawFileActivated(const QString& rawFile, const QString& fileName, qint64 line)
{
    // The raw copy has no extension and is read-only: its path and line go to the clipboard, for an
    // editor or a terminal, rather than to whatever program the desktop picks for a nameless file.
    const QString path = QDir::toNativeSeparators(QDir(m_root).filePath(rawFile));
    QGuiApplication::clipboard()->setText(QStringLiteral("%1:%2").arg(path).arg(line));
    statusBar()->showMessage(tr("Copied the raw copy of %1, line %2: %3").arg(fileName).arg(line).arg(path), 10000);
}

void MainWindow::openSourceDetails(const QString& sourceId)
{
    if (!m_session || sourceId.isEmpty()) return;
    if (!m_sourceDetails) m_sourceDetails = new SourceDetailsDialog(this);
    QString title = sourceId;
    const int row = m_sourcesPanel->model()->rowOf(sourceId);
    if (row >= 0) title = m_sourcesPanel->model()->sources().at(row).title;
    m_sourceDetails->setLoading(sourceId, title);
    m_sourceDetails->show();
    m_sourceDetails->raise();
    m_sourceDetails->activateWindow();
    m_session->requestSourceDetails(sourceId);
}

void MainWindow::onNewAlerts(const QList<Alert>& alerts)
{
    UiSettings::seenAlerts(m_root).set(m_alertsPanel->seenKeys());
    // Only alerts that new data raised are news. One that a change of range or filter brings into
    // view has been in the data all along; it shows in the panel, without a notification.
    if (m_alertNotifier->isHeld()) m_alertNotifier->notify(alerts);
}

QImage MainWindow::dashboardImage() const
{
    auto* area = qobject_cast<QScrollArea*>(m_pages->currentWidget());
    QWidget* content = area && area->widget() ? area->widget() : m_pages->currentWidget();
    if (!content) return {};
    // The content widget has the page's whole size; rendering it draws what is scrolled away too.
    return content->grab().toImage();
}

QString MainWindow::exportDashboardPng(const QString& path) const
{
    const QImage image = dashboardImage();
    if (image.isNull()) return tr("There is no page to export.");
    if (!image.save(path, "PNG")) return tr("Could not write %1.").arg(QDir::toNativeSeparators(path));
    return {};
}

void MainWindow::exportDashboardPngWithDialog()
{
    QString name = QStringLiteral("bedrot_") + pageKey(currentPage());
    // The range as the selector shows it ("All time" shows the data's extent).
    if (m_range->from().isValid() && m_range->to().isValid())
        name += u'_' + m_range->from().toString(Qt::ISODate) + u'_' + m_range->to().toString(Qt::ISODate);
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Dashboard as PNG"), QDir(dir).filePath(name + QStringLiteral(".png")),
                                                      tr("PNG images (*.png)"));
    if (path.isEmpty()) return;
    const QString error = exportDashboardPng(path);
    if (error.isEmpty()) onExported(path);
    else onExportFailed(error);
}

} // namespace bedrot
