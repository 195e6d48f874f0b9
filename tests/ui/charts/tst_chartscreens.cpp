// The whole dashboard on the demo workspace, offscreen: every chart draws a non-empty series and its
// image is more than one flat colour in the plot area, for "All time" and for a quarter compared
// with the one before (the overlay and markers drawn). Screenshots of each page and chart go to
// $BEDROT_SHOTS (default /tmp/shots) for a look by eye.
#include "charts/chartpanel.h"
#include "charts/timeserieschart.h"
#include "domain/dashboarddata.h"
#include "domain/importresult.h"
#include "lake/workspace.h"
#include "mainwindow.h"
#include "session/workspacesession.h"
#include "ui/uitestsupport.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QLineSeries>
#include <QScrollArea>
#include <QSet>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace bedrot;
using bedrot::test::kTimeout;

namespace {

QString shotsDir()
{
    const QString dir = qEnvironmentVariable("BEDROT_SHOTS", QStringLiteral("/tmp/shots"));
    QDir().mkpath(dir);
    return dir;
}

// Distinct colours in the chart's plot area, and the share of pixels not of the commonest colour.
// Of the scene alone: the "no data" note is a widget over it and must not count as drawing.
std::pair<int, double> plotColours(const ChartPanel* chart)
{
    const QImage image =
        chart->chartView()->viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
    const QRectF scene = chart->chart()->mapToScene(chart->chart()->plotArea()).boundingRect();
    const QRect plot = chart->chartView()->mapFromScene(scene).boundingRect().intersected(image.rect());
    QHash<QRgb, int> counts;
    for (int y = plot.top(); y <= plot.bottom(); ++y)
        for (int x = plot.left(); x <= plot.right(); ++x)
            ++counts[image.pixel(x, y)];
    int commonest = 0;
    for (int n : std::as_const(counts))
        commonest = std::max(commonest, n);
    const int total = std::max(1, plot.width() * plot.height());
    return {int(counts.size()), 1.0 - double(commonest) / total};
}

bool hasSeries(const ChartPanel* chart)
{
    if (const auto* time = qobject_cast<const TimeSeriesChart*>(chart)) {
        for (int i = 0; i < time->seriesCount(); ++i)
            if (!time->seriesData(i).isEmpty())
                return true;
        return false;
    }
    return !chart->csvRows().isEmpty();
}

} // namespace

class TestChartScreens : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyChartDrawsTheDemo();
    void quarterComparedWithTheOneBefore();
    void comparisonRestoredOnStart();

private:
    // Shows each page, saves it and its charts, and checks every chart on it.
    void checkPages(const QString& suffix);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestChartScreens::initTestCase()
{
    test::setUpUiTest("tst_chartscreens");
    test::resetUiSettings();
    UiSettings::compareWithPrevious().reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_window = bedrot::test::openWindow(m_dir->path());
    m_window->resize(1500, 950);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

    const QString demoRoot = Workspace(Workspace::demoRoot()).root(); // under ~/.qttest in test mode
    QDir(demoRoot).removeRecursively();
    m_window->openDemoWorkspace();
    QSignalSpy finished(m_window->session(), &WorkspaceSession::importFinished);
    QVERIFY(finished.wait(120000));
    // The answer to the last commit: every chart but the email campaigns has data in the demo.
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(m_window->charts().cbegin(), m_window->charts().cend(),
                    [](const ChartPanel* c) {
                        return c->objectName() == QLatin1String("chart-email-campaigns") || hasSeries(c);
                    }),
        kTimeout);
}

void TestChartScreens::cleanupTestCase()
{
    if (m_window)
        m_window->close(); // join the threads before the folders go
    m_window.reset();
    QDir(Workspace(Workspace::demoRoot()).root()).removeRecursively();
    UiSettings::workspacePath().reset();
    UiSettings::compareWithPrevious().reset();
}

void TestChartScreens::checkPages(const QString& suffix)
{
    const QDir shots(shotsDir());
    int checked = 0;
    for (auto page : {MainWindow::Page::Overview, MainWindow::Page::Revenue, MainWindow::Page::Audience,
                      MainWindow::Page::Marketing}) {
        m_window->showPage(page);
        QTest::qWait(150); // layout and a paint
        const QString key = MainWindow::pageKey(page);
        QVERIFY(m_window->grab().save(shots.filePath(key + suffix + QStringLiteral(".png"))));
        // The whole page, below the fold too.
        if (auto* area = m_window->findChild<QScrollArea*>(QStringLiteral("page-") + key))
            QVERIFY(area->widget()->grab().save(shots.filePath(key + suffix + QStringLiteral("-full.png"))));
        for (ChartPanel* chart : m_window->charts()) {
            if (!chart->isVisible())
                continue; // another page, or the email chart without campaigns
            const QString name = chart->objectName();
            QVERIFY2(hasSeries(chart), qPrintable(name));
            QVERIFY(chart->image().save(shots.filePath(name + suffix + QStringLiteral(".png"))));
            QCOMPARE(chart->exportCsv(shots.filePath(name + suffix + QStringLiteral(".csv"))), QString());
            const auto [colours, notBackground] = plotColours(chart);
            QVERIFY2(colours >= 8 && notBackground > 0.005,
                     qPrintable(QStringLiteral("%1: %2 colours, %3 not background")
                                    .arg(name)
                                    .arg(colours)
                                    .arg(notBackground)));
            ++checked;
        }
    }
    QCOMPARE(checked, m_window->charts().size() - 1); // all but the email campaigns
}

void TestChartScreens::everyChartDrawsTheDemo()
{
    checkPages(QString());
    // Releases are in the demo catalog: some time chart marks them.
    bool marked = false;
    for (TimeSeriesChart* chart : m_window->timeCharts())
        marked = marked || !chart->drawnMarkers().isEmpty();
    QVERIFY(marked);
}

void TestChartScreens::quarterComparedWithTheOneBefore()
{
    QSignalSpy shown(m_window.get(), &MainWindow::dashboardShown);
    // The last 91 days of the data, against the 91 before.
    const QDate end = m_window->rangeSelector()->to();
    QVERIFY(end.isValid());
    m_window->rangeSelector()->setCustomRange(end.addDays(-90), end);
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() &&
                                 shown.last().first().value<DashboardData>().filter.from == end.addDays(-90),
                             kTimeout);
    QVERIFY(!m_window->compareAction()->isChecked());
    m_window->compareAction()->trigger();
    QVERIFY(UiSettings::compareWithPrevious().get()); // remembered
    int compared = 0;
    for (TimeSeriesChart* chart : m_window->timeCharts()) {
        QVERIFY(chart->comparisonEnabled());
        for (int i = 0; i < chart->seriesCount(); ++i)
            if (!chart->comparisonData(i).isEmpty()) {
                ++compared;
                QVERIFY(chart->comparisonSeries(i)->isVisible());
                QVERIFY(chart->csvHeader().contains(chart->csvHeader().value(i + 1) +
                                                    QStringLiteral("_previous")));
            }
    }
    QVERIFY(compared >= 5);
    checkPages(QStringLiteral("-compare"));
    m_window->compareAction()->trigger();
    for (TimeSeriesChart* chart : m_window->timeCharts())
        QVERIFY(chart->comparisonData(0).isEmpty());
}

void TestChartScreens::comparisonRestoredOnStart()
{
    UiSettings::compareWithPrevious().set(true);
    QTemporaryDir dir;
    const auto window = bedrot::test::openWindow(dir.path());
    QVERIFY(window->compareAction()->isChecked());
    for (TimeSeriesChart* chart : window->timeCharts()) {
        QVERIFY(chart->comparisonEnabled());
        QVERIFY(chart->comparisonAction()->isChecked());
    }
    // A chart's own entry switches that chart only.
    TimeSeriesChart* first = window->timeCharts().constFirst();
    first->comparisonAction()->trigger();
    QVERIFY(!first->comparisonEnabled());
    QVERIFY(window->timeCharts().constLast()->comparisonEnabled());
    QVERIFY(UiSettings::compareWithPrevious().get());
    window->compareAction()->trigger(); // off everywhere, remembered
    for (TimeSeriesChart* chart : window->timeCharts())
        QVERIFY(!chart->comparisonEnabled());
    QVERIFY(!UiSettings::compareWithPrevious().get());
    window->close();
}

QTEST_MAIN(TestChartScreens)
#include "tst_chartscreens.moc"
