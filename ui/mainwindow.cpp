// Main window: builds the dashboard, owns the workspace session and turns its signals into cards,
// charts, progress and run-log rows. Every warehouse access goes through the session's threads.
#include "mainwindow.h"

#include "analytics/dashboarddata.h"
#include "charts/monthlyrevenuechart.h"
#include "charts/storerevenuechart.h"
#include "demo/demogenerator.h"
#include "domain/importresult.h"
#include "lake/workspace.h"
#include "session/workspacesession.h"
#include "settings/uisettings.h"
#include "widgets/importprogress.h"
#include "widgets/kpicard.h"
#include "widgets/runlog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace bedrot {

MainWindow::MainWindow(const QString& workspace, bool demo, QWidget* parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("main-window"));
    setAcceptDrops(true);
    buildActions();
    buildCentralWidget();
    buildMenus();

    // The saved range first, so the session's first query already asks for it.
    const auto preset = DateRangeSelector::presetFromKey(UiSettings::rangePreset().get());
    const QDate customFrom = UiSettings::customFrom().get(), customTo = UiSettings::customTo().get();
    if (preset == DateRangeSelector::Preset::Custom && customFrom.isValid() && customTo.isValid())
        m_range->setCustomRange(customFrom, customTo);
    else
        m_range->setPreset(preset == DateRangeSelector::Preset::Custom ? DateRangeSelector::Preset::AllTime : preset);
    connect(m_range, &DateRangeSelector::rangeChanged, this, &MainWindow::onRangeChanged);
    connect(m_range, &DateRangeSelector::presetChanged, this, &MainWindow::onPresetChanged);

    if (!restoreGeometry(UiSettings::windowGeometry().get())) {
        const QSize available = screen() ? screen()->availableGeometry().size() : QSize(1600, 1000);
        resize(std::min(1600, available.width() * 9 / 10), std::min(1000, available.height() * 9 / 10));
    }
    restoreState(UiSettings::windowState().get());

    const QString root = chooseWorkspace(workspace, demo);
    // Decided before the session starts: opening creates the warehouse, and with it the answer.
    const bool offerDemo = workspace.isEmpty() && !demo && !Workspace(root).exists()
        && UiSettings::offerDemoOnFirstLaunch().get();
    startSession(root, demo);
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
    return {QStringLiteral("revenue"),         QStringLiteral("statement_units"),      QStringLiteral("revenue_per_stream"),
            QStringLiteral("cash_reported"),   QStringLiteral("payment_delay_months"), QStringLiteral("top_store"),
            QStringLiteral("top_track"),       QStringLiteral("top_country")};
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
    m_exportPngAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportPngAction->setToolTip(tr("Export the selected chart as a PNG image (Ctrl+Shift+E)"));
    connect(m_exportPngAction, &QAction::triggered, this, &MainWindow::exportCurrentChartPng);

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
    m_range = new DateRangeSelector(toolbar);
    toolbar->addWidget(m_range);

    auto* central = new QWidget(this);
    central->setObjectName(QStringLiteral("dashboard"));
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(14, 14, 14, 10);
    layout->setSpacing(12);

    auto* cards = new QGridLayout;
    cards->setSpacing(12);
    constexpr int kColumns = 4;
    const QStringList ids = cardIds();
    for (int i = 0; i < ids.size(); ++i) {
        auto* card = new KpiCard(ids.at(i), central);
        cards->addWidget(card, i / kColumns, i % kColumns);
        m_cards << card;
    }
    for (int c = 0; c < kColumns; ++c) cards->setColumnStretch(c, 1);
    layout->addLayout(cards);

    auto* splitter = new QSplitter(Qt::Horizontal, central);
    splitter->setObjectName(QStringLiteral("chart-splitter"));
    splitter->setChildrenCollapsible(false);
    splitter->setHandleWidth(12);
    m_monthly = new MonthlyRevenueChart(splitter);
    m_stores = new StoreRevenueChart(splitter);
    splitter->addWidget(m_monthly);
    splitter->addWidget(m_stores);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);
    m_charts = {m_monthly, m_stores};
    for (ChartPanel* chart : std::as_const(m_charts)) {
        connect(chart, &ChartPanel::exported, this, &MainWindow::onExported);
        connect(chart, &ChartPanel::exportFailed, this, &MainWindow::onExportFailed);
    }
    setCentralWidget(central);

    m_runLog = new RunLog(this);
    m_runLogDock = new QDockWidget(tr("Run Log"), this);
    m_runLogDock->setObjectName(QStringLiteral("dock-run-log"));
    m_runLogDock->setWidget(m_runLog);
    m_runLogDock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, m_runLogDock);
    m_runLogDock->hide();

    m_progress = new ImportProgress(statusBar());
    statusBar()->addWidget(m_progress, 1);
    statusBar()->setSizeGripEnabled(false);

    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) { onFocusChanged(now); });
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
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_refreshAction);
    view->addSeparator();
    view->addActions(m_range->presetActions()->actions());
    view->addSeparator();
    QAction* runLog = m_runLogDock->toggleViewAction();
    runLog->setText(tr("Run &Log"));
    runLog->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    view->addAction(runLog);

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
    m_root = root;
    m_isDemo = isDemo;
    m_lastDashboardError.clear();
    setWindowTitle(isDemo ? tr("Demo workspace \u2014 %1").arg(QDir::toNativeSeparators(root)) : QDir::toNativeSeparators(root));
    for (KpiCard* card : std::as_const(m_cards)) card->clear();
    m_monthly->setData(DashboardData());
    m_stores->setData(DashboardData());
    {
        // The old workspace's extent means nothing here; don't let it query twice.
        const QSignalBlocker block(m_range);
        m_range->clearDataExtent();
    }

    m_session = new WorkspaceSession(root, this);
    connect(m_session, &WorkspaceSession::opened, this, &MainWindow::onOpened);
    connect(m_session, &WorkspaceSession::dashboardReady, this, &MainWindow::onDashboard);
    connect(m_session, &WorkspaceSession::importStarted, m_progress, &ImportProgress::start);
    connect(m_session, &WorkspaceSession::fileStarted, m_progress, &ImportProgress::fileStarted);
    connect(m_session, &WorkspaceSession::batchCommitted, m_progress, &ImportProgress::batchCommitted);
    connect(m_session, &WorkspaceSession::fileImported, this, &MainWindow::onFileImported);
    connect(m_session, &WorkspaceSession::importFinished, this, &MainWindow::onImportFinished);
    m_session->setFilter(queryFilter()); // asked for as soon as the warehouse is open
    m_progress->showMessage(tr("Opening %1\u2026").arg(QDir::toNativeSeparators(root)), ImportProgress::Tone::Normal);
    m_session->start();
}

void MainWindow::writeDemoFilesAndImport()
{
    // Writing a few MB of statements is a one-shot job: keep it off the UI thread, then import the
    // files through the same landing-folder pipeline a user's files take.
    const QString root = m_root;
    const QString landing = Workspace(root).landingDir();
    m_progress->showMessage(tr("Writing demo statements into %1\u2026").arg(QDir::toNativeSeparators(landing)),
                            ImportProgress::Tone::Normal);
    auto* watcher = new QFutureWatcher<QStringList>(this);
    connect(watcher, &QFutureWatcher<QStringList>::finished, this, [this, watcher, root] {
        watcher->deleteLater();
        if (root != m_root || !m_session) return; // the user moved on to another workspace
        if (watcher->result().isEmpty()) {
            showProblem(tr("Could not write the demo files into %1.").arg(QDir::toNativeSeparators(Workspace(root).landingDir())));
            return;
        }
        m_session->refreshLanding();
    });
    watcher->setFuture(QtConcurrent::run([landing] { return DemoGenerator::writeAll(landing); }));
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
    if (!dashboard.error.isEmpty() && dashboard.error != m_lastDashboardError)
        showProblem(tr("The dashboard could not be computed: %1").arg(dashboard.error));
    m_lastDashboardError = dashboard.error;

    m_range->setDataExtent(dashboard.dataFrom, dashboard.dataTo); // "All time" shows the extent
    const bool allTime = m_range->preset() == DateRangeSelector::Preset::AllTime;
    const DashboardData shown = allTime && m_range->hasDataExtent() ? clippedToExtent(dashboard) : dashboard;
    for (KpiCard* card : std::as_const(m_cards)) card->showData(shown);
    m_monthly->setData(shown);
    m_stores->setData(shown);
    Q_EMIT dashboardShown(shown);
}

Filter MainWindow::queryFilter() const
{
    Filter filter = m_session ? m_session->filter() : Filter(); // keeps artist, track and platform
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
    return clipped;
}

void MainWindow::onFileImported(const ImportResult& result) { m_runLog->addResult(result); }

void MainWindow::onImportFinished(const QList<ImportResult>& results)
{
    m_progress->finish(results);
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
    if (m_lastChart) return m_lastChart;
    return m_charts.value(0);
}

void MainWindow::importFiles(const QStringList& paths)
{
    QStringList absolute;
    for (const QString& p : paths)
        if (!p.isEmpty()) absolute << QFileInfo(p).absoluteFilePath();
    if (absolute.isEmpty() || !m_session) return;
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

} // namespace bedrot
