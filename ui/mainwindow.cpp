// Main window: builds the dashboard around the session it is given and turns the session's signals
// into cards, charts, progress and run-log rows. Every warehouse access goes through the session.
#include "mainwindow.h"

#include "chartexports.h"
#include "charts/chartpanel.h"
#include "dashboardfilter.h"
#include "detaildialogs.h"
#include "dialogs/aliasdialog.h"
#include "domain/importresult.h"
#include "lake/workspace.h"
#include "models/sourcesmodel.h"
#include "session/workspacesession.h"
#include "settings/uisettings.h"
#include "uilog.h"
#include "widgets/alertnotifier.h"
#include "widgets/alertspanel.h"
#include "widgets/filterbar.h"
#include "widgets/importprogress.h"
#include "widgets/kpiboard.h"
#include "widgets/runlog.h"
#include "widgets/sourcespanel.h"
#include "widgets/viewsmenu.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStatusBar>
#include <QToolBar>

namespace bedrot {

namespace {

// An action of the window that calls `slot` (a member of the window or a functor).
template <typename Slot>
QAction* makeAction(MainWindow* window, const QString& text, Slot slot, const QKeySequence& shortcut = {},
                    const QString& toolTip = {})
{
    auto* action = new QAction(text, window);
    action->setShortcut(shortcut);
    if (!toolTip.isEmpty())
        action->setToolTip(toolTip);
    QObject::connect(action, &QAction::triggered, window, slot);
    return action;
}

} // namespace

MainWindow::MainWindow(WorkspaceSession* session, SessionFactory openSession, bool isDemo, QWidget* parent)
    : QMainWindow(parent), m_openSession(std::move(openSession))
{
    setObjectName(QStringLiteral("main-window"));
    // The session is already computing the first answer for the saved filter while the widgets are built.
    buildActions();
    buildCentralWidget();
    buildMenus();
    restoreViewSettings();
    adoptSession(session, isDemo);
    applyFilter(); // asks again only if the widgets read the saved state otherwise (e.g. past midnight)
}

MainWindow::~MainWindow()
{
    // Join the threads while the widgets their last signals would reach still exist.
    if (m_session)
        m_session->shutdown();
}

QStringList MainWindow::cardIds()
{
    QStringList ids;
    for (const QString& group : KpiBoard::groups())
        ids << KpiBoard::idsOf(group);
    return ids;
}

void MainWindow::buildActions()
{
    m_importAction = makeAction(
        this, tr("&Import\u2026"), [this] { m_imports->chooseFiles(); }, QKeySequence(Qt::CTRL | Qt::Key_O),
        tr("Import export files (Ctrl+O); you can also drop them on the window"));
    m_openWorkspaceAction = makeAction(this, tr("Open &Workspace\u2026"), &MainWindow::chooseWorkspaceFolder);
    m_openDemoAction = makeAction(this, tr("Open &Demo Workspace"), &MainWindow::openDemoWorkspace);
    m_exportCsvAction = makeAction(
        this, tr("&Export CSV\u2026"), [this] { m_exports->exportCurrentChartCsv(); },
        QKeySequence(Qt::CTRL | Qt::Key_E), tr("Export the selected chart's data as CSV (Ctrl+E)"));
    m_exportPngAction = makeAction(
        this, tr("Export &PNG\u2026"), [this] { m_exports->exportCurrentChartPng(); },
        QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_E),
        tr("Export the selected chart as a PNG image (Ctrl+Alt+E)"));
    m_exportDashboardAction = makeAction(
        this, tr("Export &Dashboard as PNG\u2026"), [this] { m_exports->exportDashboardPngWithDialog(); },
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
        tr("Save the whole page on screen, every card and chart, as one PNG image (Ctrl+Shift+E)"));
    m_filterAction = makeAction(this, tr("&Filter"), &MainWindow::focusFilters, QKeySequence::Find,
                                tr("Go to the artist, track and platform filters (Ctrl+F)"));
    m_clearFiltersAction = makeAction(
        this, tr("&Clear Filters"), [this] { m_filterBar->clearFilters(); },
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F),
        tr("Show all artists, tracks and platforms again (Ctrl+Shift+F)"));
    m_quitAction = makeAction(this, tr("&Quit"), &QWidget::close, QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_refreshAction = makeAction(this, tr("&Refresh"), &MainWindow::refresh, QKeySequence(Qt::Key_F5),
                                 tr("Import new files from the landing folder (F5)"));
    m_aboutAction = makeAction(this, tr("&About Bedrot"), &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aliasAction = makeAction(this, tr("Artists and &Aliases\u2026"), &MainWindow::showAliasDialog, {},
                               tr("See which spellings count for which artist, and merge or split artists"));

    m_pageActions = new QActionGroup(this);
    m_pageActions->setExclusive(true);
    const QList<std::pair<Page, QString>> pages{{Page::Overview, tr("&Overview")},
                                                {Page::Revenue, tr("&Revenue")},
                                                {Page::Audience, tr("&Audience")},
                                                {Page::Marketing, tr("&Marketing")}};
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
    // The saved range and filters, as the session's first question read them.
    m_filter = new DashboardFilter(m_range, m_filterBar, this);
    connect(m_filter, &DashboardFilter::changed, this, &MainWindow::applyFilter);

    m_pages = new DashboardPages(this);
    for (QAction* action : m_pageActions->actions())
        m_pages->setTabToolTip(action->data().toInt(), action->shortcut().toString(QKeySequence::NativeText));
    for (ChartPanel* chart : m_pages->charts())
        connect(chart, &ChartPanel::drillDownRequested, this, &MainWindow::openDrillDown);
    m_exports = new ChartExports(m_pages, m_range, this);
    connect(m_exports, &ChartExports::exported, this, &MainWindow::onExported);
    connect(m_exports, &ChartExports::exportFailed, this, &MainWindow::onExportFailed);
    connect(m_pages->board(), &KpiBoard::drillDownRequested, this, [this](const QString& kpiId) {
        if (m_session)
            openDrillDown(kpiId, m_session->filter());
    });
    setCentralWidget(m_pages);

    const auto dock = [this](const QString& title, const QString& name, QWidget* widget,
                             Qt::DockWidgetArea area) {
        auto* d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(widget);
        addDockWidget(area, d);
        d->hide();
        return d;
    };
    m_runLog = new RunLog(this);
    m_runLogDock = dock(tr("Run Log"), QStringLiteral("dock-run-log"), m_runLog, Qt::BottomDockWidgetArea);
    m_runLogDock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea);
    // Sources (freshness, health, problems) and alerts: docks on the right, opened from View.
    m_sourcesPanel = new SourcesPanel(this);
    m_sourcesDock =
        dock(tr("Sources"), QStringLiteral("dock-sources"), m_sourcesPanel, Qt::RightDockWidgetArea);
    m_alertsPanel = new AlertsPanel(this);
    m_alertsDock = dock(tr("Alerts"), QStringLiteral("dock-alerts"), m_alertsPanel, Qt::RightDockWidgetArea);
    m_alertNotifier = new AlertNotifier(this);
    connect(m_sourcesPanel, &SourcesPanel::refreshRequested, this, &MainWindow::refresh);
    connect(m_sourcesPanel, &SourcesPanel::detailsRequested, this, &MainWindow::openSourceDetails);
    connect(m_alertsPanel, &AlertsPanel::newAlerts, this, [this](const QList<Alert>& alerts) {
        UiSettings::seenAlerts(m_root).set(m_alertsPanel->seenKeys());
        m_alertNotifier->offer(alerts);
    });
    connect(m_alertNotifier, &AlertNotifier::activated, this, [this] { showDock(m_alertsDock); });

    m_progress = new ImportProgress(statusBar());
    statusBar()->addWidget(m_progress, 1);
    statusBar()->setSizeGripEnabled(false);

    m_imports = new ImportController(this, m_runLog, m_progress);
    connect(m_imports, &ImportController::problem, this, &MainWindow::showProblem);
    connect(m_imports, &ImportController::importHadProblems, this, &MainWindow::showRunLog);
    m_details = new DetailDialogs(this);
    connect(m_details, &DetailDialogs::exported, this, &MainWindow::onExported);
    connect(m_details, &DetailDialogs::exportFailed, this,
            [this](const QString& message) { m_runLog->addNote(RunLog::Level::Error, message); });
    connect(m_details, &DetailDialogs::message, statusBar(), &QStatusBar::showMessage);
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_importAction);
    file->addSeparator();
    file->addActions({m_openWorkspaceAction, m_openDemoAction});
    file->addSeparator();
    file->addActions({m_exportCsvAction, m_exportPngAction, m_exportDashboardAction});
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
    m_compareAction->setToolTip(
        tr("Draw the period before the range as a faint dashed line on the time charts"));
    m_compareAction->setChecked(UiSettings::compareWithPrevious().get());
    setComparison(m_compareAction->isChecked());
    connect(m_compareAction, &QAction::toggled, this, &MainWindow::setComparison);
    view->addAction(m_compareAction);
    view->addSeparator();
    view->addActions({m_filterAction, m_clearFiltersAction});
    view->addSeparator();
    const QList<std::tuple<QDockWidget*, QString, QKeySequence>> docks{
        {m_runLogDock, tr("Run &Log"), QKeySequence(Qt::CTRL | Qt::Key_L)},
        {m_sourcesDock, tr("&Sources"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)},
        {m_alertsDock, tr("A&lerts"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)}};
    for (const auto& [dock, text, shortcut] : docks) {
        QAction* toggle = dock->toggleViewAction();
        toggle->setText(text);
        toggle->setShortcut(shortcut);
        view->addAction(toggle);
    }

    m_viewsMenu = new ViewsMenu([this] { return viewState(); },
                                [this](const ViewState& state) { applyViewState(state); }, this);
    connect(m_viewsMenu, &ViewsMenu::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 6000); });
    menuBar()->addMenu(m_viewsMenu);

    QMenu* dataMenu = menuBar()->addMenu(tr("&Data"));
    dataMenu->addActions({m_importAction, m_refreshAction});
    dataMenu->addSeparator();
    dataMenu->addAction(m_aliasAction);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
}

void MainWindow::restoreViewSettings()
{
    showPage(pageFromKey(UiSettings::dashboardPage().get()));
    onPageChanged(m_pages->currentIndex());
    connect(m_pages, &QTabWidget::currentChanged, this, &MainWindow::onPageChanged);

    if (!restoreGeometry(UiSettings::windowGeometry().get())) {
        const QSize available = screen() ? screen()->availableGeometry().size() : QSize(1600, 1000);
        resize(std::min(1600, available.width() * 9 / 10), std::min(1000, available.height() * 9 / 10));
    }
    restoreState(UiSettings::windowState().get());
}

void MainWindow::setComparison(bool on)
{
    UiSettings::compareWithPrevious().set(on);
    m_pages->setComparison(on);
}

void MainWindow::adoptSession(WorkspaceSession* session, bool isDemo)
{
    m_session = session;
    m_session->setParent(this);
    m_root = session->root();
    setWindowTitle(isDemo ? tr("Demo workspace \u2014 %1").arg(QDir::toNativeSeparators(m_root))
                          : QDir::toNativeSeparators(m_root));
    m_alertsPanel->setSeenKeys(
        UiSettings::seenAlerts(m_root).get()); // old alerts of this workspace are no news

    connect(m_session, &WorkspaceSession::opened, this, &MainWindow::onOpened);
    connect(m_session, &WorkspaceSession::dashboardReady, this, &MainWindow::onDashboard);
    connect(m_session, &WorkspaceSession::countriesReady, this, &MainWindow::onCountries);
    connect(m_session, &WorkspaceSession::importStarted, m_progress, &ImportProgress::start);
    connect(m_session, &WorkspaceSession::fileStarted, m_progress, &ImportProgress::fileStarted);
    connect(m_session, &WorkspaceSession::batchCommitted, m_progress, &ImportProgress::batchCommitted);
    connect(m_session, &WorkspaceSession::fileImported, m_runLog, &RunLog::addResult);
    connect(m_session, &WorkspaceSession::importFinished, this, &MainWindow::onImportFinished);
    connect(m_session, &WorkspaceSession::aliasSet, this, &MainWindow::onAliasSet);
    // Alerts raised while files land are told once, when the import is over.
    connect(m_session, &WorkspaceSession::importStarted, m_alertNotifier, &AlertNotifier::hold);
    // After the window's: the import's summary and questions follow its progress line.
    m_imports->setSession(m_session);
    m_details->setSession(m_session);
    m_progress->showMessage(tr("Opening %1\u2026").arg(QDir::toNativeSeparators(m_root)),
                            ImportProgress::Tone::Normal);
}

void MainWindow::openWorkspace(const QString& root)
{
    if (root.isEmpty() || !m_openSession)
        return;
    const QString clean = Workspace(root).root();
    UiSettings::workspacePath().set(clean);
    if (m_session) {
        m_session->disconnect(this);
        m_session->shutdown();
        m_session->deleteLater();
    }
    m_lastDashboardError.clear();
    m_shown = DashboardData();
    m_artists.clear();
    m_pages->clearData();
    if (m_aliasDialog) {
        m_aliasDialog->forgetRequest();
        m_aliasDialog->setArtists({});
    }
    {
        // The old workspace's extent means nothing here; don't let it query twice.
        const QSignalBlocker block(m_range);
        m_range->clearDataExtent();
    }
    m_alertNotifier->reset(); // tells what the last workspace's import raised

    adoptSession(m_openSession(clean), clean == Workspace(Workspace::demoRoot()).root());
    m_session->setFilter(m_filter->query()); // asked for as soon as the warehouse is open
    m_session->start();
}

void MainWindow::openDemoWorkspace()
{
    openWorkspace(Workspace::demoRoot());
    stageDemo();
}

void MainWindow::onOpened(const QString& error)
{
    if (!error.isEmpty()) {
        showProblem(tr("Cannot open the workspace %1: %2").arg(QDir::toNativeSeparators(m_root), error));
        return;
    }
    if (!m_progress->isRunning())
        m_progress->showMessage(tr("Workspace %1 is open.").arg(QDir::toNativeSeparators(m_root)),
                                ImportProgress::Tone::Normal);
}

void MainWindow::onDashboard(const DashboardData& dashboard)
{
    const QString dashboardError = dashboard.error ? dashboard.error->message : QString();
    if (!dashboardError.isEmpty() && dashboardError != m_lastDashboardError)
        showProblem(tr("The dashboard could not be computed: %1").arg(dashboardError));
    m_lastDashboardError = dashboardError;

    m_range->setDataExtent(dashboard.dataFrom, dashboard.dataTo); // "All time" shows the extent
    m_sourcesPanel->setSources(dashboard.sources);
    m_alertsPanel->setAlerts(dashboard.alerts); // new ones reach the notifier
    m_alertNotifier->answerShown(dashboard.generation, m_session && m_session->isBusy());
    m_filterBar->setChoices(dashboard.artists, dashboard.tracks, dashboard.platforms);
    const DashboardData shown = m_filter->shown(dashboard);
    m_artists = dashboard.artists;
    QStringList names;
    for (const ArtistAliases& a : std::as_const(m_artists))
        names << a.name;
    m_imports->setArtists(names);
    if (m_aliasDialog)
        m_aliasDialog->setArtists(m_artists);
    m_pages->showData(shown, m_filter->isAllTime());
    m_shown = shown;
    Q_EMIT dashboardShown(shown);
}

void MainWindow::onCountries(const CountryFigures& figures)
{
    // The answer on screen, completed: its top country card and its revenue by country.
    if (!m_shown.complete(figures))
        return;
    m_pages->showCountries(m_shown);
    Q_EMIT dashboardShown(m_shown);
}

void MainWindow::onAliasSet(const QString& alias, const QString& artist, const QString& error)
{
    if (m_aliasDialog)
        m_aliasDialog->showResult(alias, artist, error);
    if (error.isEmpty())
        m_details->refreshDrillDown(); // the rows now carry the artist the alias points at
    if (error.isEmpty())
        m_runLog->addNote(RunLog::Level::Info,
                          tr("The alias \u201c%1\u201d now points at %2.").arg(alias, artist));
    else
        m_runLog->addNote(RunLog::Level::Error,
                          tr("Could not point the alias \u201c%1\u201d at %2: %3").arg(alias, artist, error));
}

AliasDialog* MainWindow::aliasDialog()
{
    if (!m_aliasDialog) {
        m_aliasDialog = new AliasDialog(this);
        connect(m_aliasDialog, &AliasDialog::aliasRequested, this,
                [this](const QString& alias, const QString& artist) {
                    if (m_session)
                        m_session->setAlias(alias, artist);
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

void MainWindow::onPageChanged(int index)
{
    for (QAction* action : m_pageActions->actions())
        action->setChecked(action->data().toInt() == index);
    UiSettings::dashboardPage().set(pageKey(Page(index)));
}

void MainWindow::onImportFinished(const QList<ImportResult>& results)
{
    m_progress->finish(results);
    // The session has just asked for the dashboard of the data as it now is: its answer ends the hold.
    if (m_session && !m_session->isBusy())
        m_alertNotifier->importEnded(m_session->requestedGeneration());
    m_details->refresh(); // open dialogs follow the import that may have added rows to them
}

void MainWindow::applyFilter()
{
    if (!m_session)
        return;
    const Filter filter = m_filter->query();
    if (filter != m_session->filter())
        m_session->setFilter(filter); // "All time" following the extent asks nothing new
}

void MainWindow::focusFilters()
{
    m_filterBar->focusFirst();
}

ViewState MainWindow::viewState() const
{
    return m_filter->viewState();
}

void MainWindow::applyViewState(const ViewState& state)
{
    m_filter->applyViewState(state);
}

QStringList MainWindow::savedViewNames() const
{
    return m_viewsMenu->names();
}
bool MainWindow::saveView(const QString& name)
{
    return m_viewsMenu->save(name);
}
bool MainWindow::applyView(const QString& name)
{
    return m_viewsMenu->apply(name);
}
bool MainWindow::deleteView(const QString& name)
{
    return m_viewsMenu->remove(name);
}
QMenu* MainWindow::viewsMenu() const
{
    return m_viewsMenu;
}
void MainWindow::askToSaveView()
{
    m_viewsMenu->askToSave();
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
           "statements? Your own workspace stays empty until you import your exports (File \u2192 "
           "Import\u2026).")
            .arg(QDir::toNativeSeparators(m_root)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes)
        openDemoWorkspace();
}

void MainWindow::chooseWorkspaceFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open workspace"), m_root);
    if (!dir.isEmpty())
        openWorkspace(dir);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Bedrot"),
        tr("<h3>Bedrot %1</h3><p>Analytics for independent music labels: your statements, streams "
           "and audience in a warehouse you own.</p><p>Workspace: %2</p>")
            .arg(QCoreApplication::applicationVersion().toHtmlEscaped(),
                 QDir::toNativeSeparators(m_root).toHtmlEscaped()));
}

void MainWindow::showDock(QDockWidget* dock)
{
    dock->show();
    dock->raise();
}

void MainWindow::showRunLog()
{
    showDock(m_runLogDock);
}

void MainWindow::showProblem(const QString& message)
{
    qCWarning(lcUi) << message;
    m_progress->showMessage(message, ImportProgress::Tone::Problem);
    m_runLog->addNote(RunLog::Level::Error, message);
    showRunLog();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    UiSettings::windowGeometry().set(saveGeometry());
    UiSettings::windowState().set(saveState());
    if (m_session)
        m_session->shutdown(); // lets the writer commit its batch before the window goes
    event->accept();
}

DrillDownDialog* MainWindow::drillDownDialog() const
{
    return m_details->drillDown();
}

SourceDetailsDialog* MainWindow::sourceDetailsDialog() const
{
    return m_details->sourceDetails();
}

void MainWindow::openDrillDown(const QString& kpiId, const Filter& filter)
{
    m_details->openDrillDown(kpiId, filter);
}

void MainWindow::openSourceDetails(const QString& sourceId)
{
    const int row = m_sourcesPanel->model()->rowOf(sourceId);
    m_details->openSourceDetails(sourceId,
                                 row >= 0 ? m_sourcesPanel->model()->sources().at(row).title : sourceId);
}

ChartPanel* MainWindow::currentChart() const
{
    return m_exports->currentChart();
}

QString MainWindow::exportDashboardPng(const QString& path) const
{
    return m_exports->exportDashboardPng(path);
}

} // namespace bedrot
