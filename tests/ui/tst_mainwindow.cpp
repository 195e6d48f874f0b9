// Offscreen test of the dashboard window: a hand-computed statement goes in through the window's import
// slot (and a drop), and the cards, charts, exports, range and run log must show exactly what it holds.
#include "charts/monthlyrevenuechart.h"
#include "charts/storerevenuechart.h"
#include "domain/importresult.h"
#include "lake/workspace.h"
#include "mainwindow.h"
#include "session/workspacesession.h"
#include "settings/uisettings.h"
#include "theme/darktheme.h"
#include "ui/uitestsupport.h"
#include "widgets/daterangeselector.h"
#include "widgets/importprogress.h"
#include "widgets/kpicard.h"
#include "widgets/runlog.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace bedrot;

namespace {

constexpr int kTimeout = 20000;

using test::parseCsv;
using test::writeFile;

// uitestsupport.h's statement(): five lines, two usage months, four stores. By hand:
//   revenue   3.50 + 1.25 + 4.10 + 2.10 + 1.40 = 12.35
//   2024-01   3.50 + 1.25 = 4.75        2024-02   4.10 + 2.10 + 1.40 = 7.60
//   Spotify 7.60, iTunes Songs 2.10, Deezer 1.40, Apple Music 1.25
//   units     1500 + 180 + 1700 + 3 + 520 = 3903
//   per stream (iTunes Songs is a download store)  10.25 / 3900 = 0.0026282…
//   top track USRC12400002 (4.10 + 2.10 = 6.20 > 6.15), top country US (7.60)
//   payment delay: every line is reported two months after its usage month
using test::statement;

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void startsEmptyOnItsWorkspace();
    void importUpdatesCardsAndChartsLive();
    void rangeChangeRequeriesWithDelta();
    void chartsExportCsvAndPng();
    void droppedUnknownFileIsReported();
    void openDemoWorkspaceImportsThroughLanding();
    void pagesSwitchWithShortcutsAndAreRemembered();
    void dataMenuOpensAliasEditor();
    void startAsksOnceForTheSavedFilter_data();
    void startAsksOnceForTheSavedFilter();
    void commitRefreshesAtOnceThenPaced();

private:
    KpiCard* card(const QString& id) const
    {
        return m_window->findChild<KpiCard*>(QStringLiteral("kpi-") + id);
    }
    MonthlyRevenueChart* monthly() const
    {
        return m_window->findChild<MonthlyRevenueChart*>(QStringLiteral("chart-monthly-revenue"));
    }
    StoreRevenueChart* stores() const
    {
        return m_window->findChild<StoreRevenueChart*>(QStringLiteral("chart-revenue-by-store"));
    }
    void importStatement();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings and default workspaces under ~/.qttest
    QCoreApplication::setOrganizationName(QStringLiteral("BedrotTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QSettings().clear();
    applyDarkTheme(*qobject_cast<QApplication*>(QCoreApplication::instance()));
}

void TestMainWindow::init()
{
    UiSettings::offerDemoOnFirstLaunch().set(false);
    UiSettings::rangePreset().reset(); // every test starts on the default, "All time"
    UiSettings::customFrom().reset();
    UiSettings::customTo().reset();
    UiSettings::dashboardPage().reset(); // and on the Overview page
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_window = bedrot::test::openWindow(m_dir->path());
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    if (m_window)
        m_window->close();
    m_window.reset();
    m_dir.reset();
}

void TestMainWindow::importStatement()
{
    const QString path =
        writeFile(m_dir->filePath(QStringLiteral("distrokid_bank_details.tsv")), statement());
    QVERIFY(!path.isEmpty());
    QSignalSpy finished(m_window->session(), &WorkspaceSession::importFinished);
    QSignalSpy committed(m_window->session(), &WorkspaceSession::batchCommitted);
    m_window->importFiles({path});
    QVERIFY(finished.wait(kTimeout));
    QCOMPARE(committed.size(), 1); // five lines: one batch
    QCOMPARE(committed.first().first().value<CommitInfo>().rowsLoaded, 5);
}

void TestMainWindow::startsEmptyOnItsWorkspace()
{
    QVERIFY(m_window->windowTitle().contains(QDir::toNativeSeparators(Workspace(m_dir->path()).root())));
    // The session may have opened while init() waited for the window: the status line says so either way.
    const QString open = QStringLiteral("Workspace %1 is open.")
                             .arg(QDir::toNativeSeparators(Workspace(m_dir->path()).root()));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->importProgress()->message(), open, kTimeout);
    QVERIFY(m_window->runLog()->entries().isEmpty()); // no "cannot open" problem
    QVERIFY(Workspace(m_dir->path()).exists());
    for (const QString& id : MainWindow::cardIds()) {
        QVERIFY2(card(id), qPrintable(id));
        QCOMPARE(card(id)->valueText(), QStringLiteral("\u2014"));
        QCOMPARE(card(id)->captionText(), QStringLiteral("no data"));
        QCOMPARE(card(id)->tone(), KpiCard::Tone::Muted);
    }
    QVERIFY(monthly());
    QVERIFY(stores());
    QVERIFY(monthly()->revenueValues().isEmpty());
    QVERIFY(stores()->stores().isEmpty());
    QCOMPARE(m_window->rangeSelector()->preset(), DateRangeSelector::Preset::AllTime);
    QCOMPARE(m_window->currentChart(), monthly()); // Ctrl+E with nothing focused: the first chart
}

void TestMainWindow::importUpdatesCardsAndChartsLive()
{
    KpiCard* revenue = card(QStringLiteral("revenue"));
    QVERIFY(revenue);
    QCOMPARE(revenue->valueText(), QStringLiteral("\u2014"));
    QSignalSpy shown(m_window.get(), &MainWindow::dashboardShown);

    importStatement();

    QTRY_COMPARE_WITH_TIMEOUT(revenue->valueText(), QStringLiteral("12.35 USD"), kTimeout);
    QVERIFY(!shown.isEmpty());
    // "All time" now spans the data: first usage month to the last reporting day.
    QCOMPARE(m_window->rangeSelector()->from(), QDate(2024, 1, 1));
    QCOMPARE(m_window->rangeSelector()->to(), QDate(2024, 4, 5));
    // "All time" has no period before it: a muted dash instead of a change.
    QCOMPARE(revenue->captionText(), QStringLiteral("\u2014 vs previous period"));
    QCOMPARE(revenue->tone(), KpiCard::Tone::Muted);

    QCOMPARE(card(QStringLiteral("statement_units"))->valueText(), QStringLiteral("3,903"));
    QCOMPARE(card(QStringLiteral("revenue_per_stream"))->valueText(), QStringLiteral("0.002628 USD"));
    QCOMPARE(card(QStringLiteral("cash_reported"))->valueText(), QStringLiteral("12.35 USD"));
    QCOMPARE(card(QStringLiteral("payment_delay_months"))->valueText(), QStringLiteral("2.00 months"));
    QCOMPARE(card(QStringLiteral("top_store"))->valueText(), QStringLiteral("Spotify"));
    QCOMPARE(card(QStringLiteral("top_track"))->valueText(), QStringLiteral("USRC12400002"));
    QVERIFY(card(QStringLiteral("top_track"))->captionText().startsWith(QStringLiteral("ISRC")));
    QCOMPARE(card(QStringLiteral("top_country"))->valueText(), QStringLiteral("US"));
    QCOMPARE(card(QStringLiteral("top_country"))->captionText(), QStringLiteral("United States"));
    QVERIFY(revenue->toolTip().contains(QStringLiteral("Sale Month")));
    QVERIFY(revenue->toolTip().contains(QStringLiteral("As of: 2024-04-05")));

    MonthlyRevenueChart* chart = monthly();
    QCOMPARE(chart->months(), (QStringList{QStringLiteral("2024-01"), QStringLiteral("2024-02"),
                                           QStringLiteral("2024-03"), QStringLiteral("2024-04")}));
    QCOMPARE(chart->revenueValues(), (QList<qreal>{4.75, 7.60, 0.0, 0.0}));
    QVERIFY(chart->expectedValues().isEmpty()); // no daily stream data, so no expected line

    StoreRevenueChart* byStore = stores();
    QCOMPARE(byStore->stores(), (QStringList{QStringLiteral("Spotify"), QStringLiteral("iTunes Songs"),
                                             QStringLiteral("Deezer"), QStringLiteral("Apple Music")}));
    QCOMPARE(byStore->values(), (QList<qreal>{7.60, 2.10, 1.40, 1.25}));

    QCOMPARE(m_window->importProgress()->message(),
             QStringLiteral("1 file: 5 rows read, 5 new, 0 quarantined"));
    QCOMPARE(m_window->importProgress()->tone(), ImportProgress::Tone::Good);
    QVERIFY(!m_window->importProgress()->isRunning());
    QVERIFY(m_window->runLog()->entries().value(0).startsWith(QStringLiteral("Loaded: ")));
}

void TestMainWindow::rangeChangeRequeriesWithDelta()
{
    importStatement();
    KpiCard* revenue = card(QStringLiteral("revenue"));
    QTRY_COMPARE_WITH_TIMEOUT(revenue->valueText(), QStringLiteral("12.35 USD"), kTimeout);

    // February alone; the previous period of equal length (29 days) falls in January: 4.75 → 7.60.
    m_window->rangeSelector()->setCustomRange(QDate(2024, 2, 1), QDate(2024, 2, 29));
    QTRY_COMPARE_WITH_TIMEOUT(revenue->valueText(), QStringLiteral("7.60 USD"), kTimeout);
    QCOMPARE(revenue->captionText(), QStringLiteral("\u25b2 +60.0% vs previous period"));
    QCOMPARE(revenue->tone(), KpiCard::Tone::Up);
    QCOMPARE(monthly()->months(), QStringList{QStringLiteral("2024-02")});
    QCOMPARE(monthly()->revenueValues(), QList<qreal>{7.60});
    QCOMPARE(UiSettings::rangePreset().get(), QStringLiteral("custom"));
    QCOMPARE(UiSettings::customFrom().get(), QDate(2024, 2, 1));

    // Relative presets count back from today: nothing there for a 2024 statement.
    m_window->rangeSelector()->setPreset(DateRangeSelector::Preset::LastYear);
    QTRY_COMPARE_WITH_TIMEOUT(revenue->valueText(), QStringLiteral("\u2014"), kTimeout);
    QCOMPARE(revenue->captionText(), QStringLiteral("no data"));
    QCOMPARE(revenue->tone(), KpiCard::Tone::Muted);
    QVERIFY(monthly()->revenueValues().isEmpty());
    QVERIFY(stores()->stores().isEmpty());
    QCOMPARE(UiSettings::rangePreset().get(), QStringLiteral("lastYear"));
}

void TestMainWindow::chartsExportCsvAndPng()
{
    importStatement();
    QTRY_COMPARE_WITH_TIMEOUT(card(QStringLiteral("revenue"))->valueText(), QStringLiteral("12.35 USD"),
                              kTimeout);

    m_window->showPage(MainWindow::Page::Revenue); // the image is of the chart as laid out on its page
    QTRY_VERIFY(monthly()->isVisible());
    MonthlyRevenueChart* chart = monthly();
    const QByteArray csv = chart->csv();
    QCOMPARE(csv,
             QByteArrayLiteral(
                 "month,revenue_usd\r\n2024-01,4.75\r\n2024-02,7.60\r\n2024-03,0.00\r\n2024-04,0.00\r\n"));
    // The CSV is the series on screen, row for row.
    const QList<QStringList> rows = parseCsv(csv);
    QCOMPARE(rows.size(), chart->revenueValues().size() + 1);
    QCOMPARE(rows.first(), (QStringList{QStringLiteral("month"), QStringLiteral("revenue_usd")}));
    for (qsizetype i = 1; i < rows.size(); ++i) {
        QCOMPARE(rows.at(i).size(), 2);
        QCOMPARE(rows.at(i).at(0), chart->months().at(i - 1));
        bool ok = false;
        QCOMPARE(rows.at(i).at(1).toDouble(&ok), chart->revenueValues().at(i - 1));
        QVERIFY(ok);
    }
    QCOMPARE(chart->suggestedFileName(QStringLiteral("csv")),
             QStringLiteral("monthly-revenue_2024-01-01_2024-04-05.csv"));
    const QString csvPath = m_dir->filePath(chart->suggestedFileName(QStringLiteral("csv")));
    QCOMPARE(chart->exportCsv(csvPath), QString());
    QFile written(csvPath);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), csv);

    QCOMPARE(
        stores()->csv(),
        QByteArrayLiteral(
            "store,revenue_usd\r\nSpotify,7.60\r\niTunes Songs,2.10\r\nDeezer,1.40\r\nApple Music,1.25\r\n"));

    const QImage image = chart->image();
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 100 && image.height() > 100);
    const QString pngPath = m_dir->filePath(QStringLiteral("monthly.png"));
    QCOMPARE(chart->exportPng(pngPath), QString());
    const QImage reread(pngPath);
    QVERIFY(!reread.isNull());
    QCOMPARE(reread.size(), image.size());
    QVERIFY(!stores()->image().isNull());
}

void TestMainWindow::droppedUnknownFileIsReported()
{
    const QString path =
        writeFile(m_dir->filePath(QStringLiteral("notes.txt")), QByteArrayLiteral("hello\tworld\n1\t2\n"));
    QVERIFY(!path.isEmpty());
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());

    QSignalSpy finished(m_window->session(), &WorkspaceSession::importFinished);
    QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    QVERIFY(finished.wait(kTimeout));

    const QString message = m_window->importProgress()->message();
    QVERIFY2(message.startsWith(QStringLiteral("1 file: 0 rows read, 0 new, 0 quarantined; 1 rejected")),
             qPrintable(message));
    QCOMPARE(m_window->importProgress()->tone(), ImportProgress::Tone::Problem);
    const QStringList log = m_window->runLog()->entries();
    QVERIFY(!log.isEmpty());
    QVERIFY2(log.first().startsWith(QStringLiteral("Rejected: ")) &&
                 log.first().contains(QStringLiteral("not a recognised export")),
             qPrintable(log.first()));
    QVERIFY(m_window->findChild<QDockWidget*>(QStringLiteral("dock-run-log"))->isVisible());
    QCOMPARE(card(QStringLiteral("revenue"))->valueText(), QStringLiteral("\u2014"));
}

void TestMainWindow::openDemoWorkspaceImportsThroughLanding()
{
    const QString demoRoot = Workspace(Workspace::demoRoot()).root(); // under ~/.qttest in test mode
    QDir(demoRoot).removeRecursively();
    WorkspaceSession* before = m_window->session();
    m_window->openDemoWorkspace();
    QVERIFY(m_window->session() != before);
    QCOMPARE(m_window->workspaceRoot(), demoRoot);
    QVERIFY(m_window->windowTitle().contains(QDir::toNativeSeparators(demoRoot)));
    QCOMPARE(UiSettings::workspacePath().get(), demoRoot); // remembered for the next start

    QSignalSpy finished(m_window->session(), &WorkspaceSession::importFinished);
    QVERIFY(finished.wait(60000));
    const auto results = finished.first().first().value<QList<ImportResult>>();
    // Every demo export the generator wrote to the landing folder, each imported (none rejected).
    QCOMPARE(results.size(), QDir(Workspace(demoRoot).landingDir()).entryList(QDir::Files).size());
    QVERIFY(results.size() >= 10);
    for (const ImportResult& r : results) {
        QVERIFY2(r.recognised(), qPrintable(r.message));
        QVERIFY(r.path.startsWith(Workspace(demoRoot).landingDir()));
    }
    QTRY_VERIFY_WITH_TIMEOUT(card(QStringLiteral("revenue"))->valueText().endsWith(QStringLiteral(" USD")),
                             kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(monthly()->revenueValues().size() > 12, kTimeout);
    QVERIFY(stores()->stores().contains(QStringLiteral("Spotify")));

    m_window->close(); // join the threads before the folder goes
    m_window.reset();
    UiSettings::workspacePath().reset();
    QDir(demoRoot).removeRecursively();
}

void TestMainWindow::pagesSwitchWithShortcutsAndAreRemembered()
{
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Overview);
    QVERIFY(card(QStringLiteral("revenue"))->isVisible());
    QVERIFY(!monthly()->isVisible());
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    const QList<std::pair<Qt::Key, MainWindow::Page>> keys{{Qt::Key_2, MainWindow::Page::Revenue},
                                                           {Qt::Key_3, MainWindow::Page::Audience},
                                                           {Qt::Key_4, MainWindow::Page::Marketing},
                                                           {Qt::Key_1, MainWindow::Page::Overview}};
    for (const auto& [key, page] : keys) {
        QTest::keyClick(m_window.get(), key, Qt::ControlModifier);
        QCOMPARE(m_window->currentPage(), page);
    }
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QTRY_VERIFY(monthly()->isVisible());
    QVERIFY(stores()->isVisible());
    QVERIFY(!card(QStringLiteral("revenue"))->isVisible());
    QCOMPARE(UiSettings::dashboardPage().get(), QStringLiteral("revenue"));

    // The next window opens where this one was left.
    m_window->close();
    m_window = bedrot::test::openWindow(m_dir->path());
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Revenue);
}

void TestMainWindow::dataMenuOpensAliasEditor()
{
    QAction* action = nullptr;
    for (QAction* menu : m_window->menuBar()->actions())
        if (menu->text() == QStringLiteral("&Data"))
            for (QAction* a : menu->menu()->actions())
                if (a->text().startsWith(QStringLiteral("Artists and &Aliases")))
                    action = a;
    QVERIFY(action);
    action->trigger();
    auto* dialog = m_window->findChild<QDialog*>(QStringLiteral("alias-dialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->close();
}

void TestMainWindow::startAsksOnceForTheSavedFilter_data()
{
    QTest::addColumn<QString>("preset");
    QTest::addColumn<QDate>("customFrom");
    QTest::addColumn<QDate>("customTo");
    QTest::addColumn<QString>("artist");
    QTest::addColumn<QString>("platform");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    const auto [everyFrom, everyTo] = DateRangeSelector::everything();
    const QDate today = QDate::currentDate();
    const auto [last30From, last30To] =
        DateRangeSelector::rangeFor(DateRangeSelector::Preset::Last30Days, today, {}, {});
    const auto [yearFrom, yearTo] =
        DateRangeSelector::rangeFor(DateRangeSelector::Preset::LastYear, today, {}, {});
    QTest::newRow("all time") << DateRangeSelector::presetKey(DateRangeSelector::Preset::AllTime) << QDate()
                              << QDate() << QString() << QString() << everyFrom << everyTo;
    QTest::newRow("last 30 days") << DateRangeSelector::presetKey(DateRangeSelector::Preset::Last30Days)
                                  << QDate() << QDate() << QString() << QString() << last30From << last30To;
    QTest::newRow("custom") << QStringLiteral("custom") << QDate(2024, 2, 1) << QDate(2024, 3, 31)
                            << QString() << QString() << QDate(2024, 2, 1) << QDate(2024, 3, 31);
    QTest::newRow("custom, days saved the wrong way round")
        << QStringLiteral("custom") << QDate(2024, 3, 31) << QDate(2024, 2, 1) << QString() << QString()
        << QDate(2024, 2, 1) << QDate(2024, 3, 31);
    QTest::newRow("custom without days: all time")
        << QStringLiteral("custom") << QDate() << QDate() << QString() << QString() << everyFrom << everyTo;
    QTest::newRow("last year, an artist and a platform")
        << DateRangeSelector::presetKey(DateRangeSelector::Preset::LastYear) << QDate() << QDate()
        << QStringLiteral("Nova Lane") << QStringLiteral("spotify") << yearFrom << yearTo;
}

void TestMainWindow::startAsksOnceForTheSavedFilter()
{
    // The session asks for the first answer before the widgets exist, from the saved settings; the
    // widgets, once built, must come to the same filter, or the first answer is thrown away and the
    // start pays for two.
    QFETCH(QString, preset);
    QFETCH(QDate, customFrom);
    QFETCH(QDate, customTo);
    QFETCH(QString, artist);
    QFETCH(QString, platform);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    m_window.reset();
    UiSettings::rangePreset().set(preset);
    UiSettings::customFrom().set(customFrom);
    UiSettings::customTo().set(customTo);
    UiSettings::filterArtist().set(artist);
    UiSettings::filterPlatform().set(platform);
    m_window = bedrot::test::openWindow(m_dir->path());
    // Asked for before the window was even built (the warehouse opens meanwhile).
    QCOMPARE(m_window->session()->requestedGeneration(), quint64(1));
    QSignalSpy shown(m_window.get(), &MainWindow::dashboardShown);
    m_window->show();
    QVERIFY(shown.wait(kTimeout));
    const Filter asked = m_window->session()->filter();
    QCOMPARE(asked.from, from);
    QCOMPARE(asked.to, to);
    QCOMPARE(asked.artist, artist);
    QCOMPARE(asked.platform, platform);
    QCOMPARE(shown.first().first().value<DashboardData>().generation, quint64(1));
    QTest::qWait(300); // nothing else comes to ask again once the window is up
    QCOMPARE(m_window->session()->requestedGeneration(), quint64(1));
    UiSettings::filterArtist().reset();
    UiSettings::filterPlatform().reset();
}

void TestMainWindow::commitRefreshesAtOnceThenPaced()
{
    WorkspaceSession* session = m_window->session();
    QTRY_VERIFY_WITH_TIMEOUT(session->isOpen(), kTimeout);
    // A minute between refreshes that commits cause: only the first commit may ask before it is up.
    session->setRefreshDelay(60'000);
    const quint64 before = session->requestedGeneration();
    importStatement();
    // The commit asked at once, the end of the import once more.
    QCOMPARE(session->requestedGeneration(), before + 2);
    QTRY_COMPARE_WITH_TIMEOUT(card(QStringLiteral("revenue"))->valueText(), QStringLiteral("12.35 USD"),
                              kTimeout);

    // A second file within the minute: its commit waits for the interval, the end of its import asks.
    QByteArray more = statement();
    more.replace("2024-03-05\t2024-01\tSpotify", "2024-05-05\t2024-03\tSpotify");
    const QString path = writeFile(m_dir->filePath(QStringLiteral("distrokid_bank_details_march.tsv")), more);
    QSignalSpy finished(session, &WorkspaceSession::importFinished);
    QSignalSpy committed(session, &WorkspaceSession::batchCommitted);
    m_window->importFiles({path});
    QVERIFY(finished.wait(kTimeout));
    QCOMPARE(committed.size(), 1);
    QVERIFY(committed.first().first().value<CommitInfo>().rowsLoaded > 0);
    QCOMPARE(session->requestedGeneration(), before + 3);
    QTRY_COMPARE_WITH_TIMEOUT(card(QStringLiteral("revenue"))->valueText(), QStringLiteral("15.85 USD"),
                              kTimeout);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
