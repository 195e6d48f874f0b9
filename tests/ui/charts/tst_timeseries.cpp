// The daily line chart on its own: data drawn as given, thinned to about a point per pixel when
// long (with its extremes kept), the export unthinned, date range, empty state; and the thinning.
#include "charts/downsampler.h"
#include "charts/timeserieschart.h"
#include "desktopprocess.h"

#include <QAction>
#include <QChartView>
#include <QDateTimeAxis>
#include <QGraphicsRectItem>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTest>
#include <QValueAxis>

#include <cmath>
#include <functional>
#include <time.h>

using namespace bedrot;

namespace {

QList<DailyPoint> daily(QDate first, int days, const std::function<double(int)>& value)
{
    QList<DailyPoint> out;
    for (int i = 0; i < days; ++i)
        out << DailyPoint{first.addDays(i), value(i)};
    return out;
}

Filter range(QDate from, QDate to)
{
    Filter f;
    f.from = from;
    f.to = to;
    return f;
}

} // namespace

class TestTimeSeries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void downsamplerLeavesShortSeries();
    void downsamplerKeepsExtremesAndEnds();
    void shortSeriesDrawnAsGiven();
    void longSeriesThinnedToThePixels();
    void lineBreaksAtGaps();
    void dateAxisFollowsFilterOrData();
    void emptyStateHidesAxes();
    void previousPeriodOverlayShiftedAndFaint();
    void overlayNeedsDataOnBothSides();
    void markersInRangeWithTooltips();
    void doubleClickDrillsIntoTheDay();
    void percentAxis();
    void setDataTakesSeriesPreviousAndMarkersAtOnce();
    void localMidnightsStayPutWhenTheZoneIsPinned();
};

void TestTimeSeries::downsamplerLeavesShortSeries()
{
    const QList<QPointF> points{{0, 1}, {1, 5}, {2, 3}};
    QCOMPARE(Downsampler::minMaxPerColumn(points, 2), points);
    QCOMPARE(Downsampler::minMaxPerColumn(points, 0), points);
    QCOMPARE(Downsampler::minMaxPerColumn({}, 10), QList<QPointF>());
}

void TestTimeSeries::downsamplerKeepsExtremesAndEnds()
{
    QList<QPointF> points;
    for (int i = 0; i < 10000; ++i)
        points << QPointF(i, std::sin(i / 50.0) * 100.0);
    points[4321].setY(5000.0);  // one spike
    points[7777].setY(-4000.0); // one dip
    const QList<QPointF> thin = Downsampler::minMaxPerColumn(points, 300);
    QVERIFY2(thin.size() <= 2 * 300 + 2, qPrintable(QString::number(thin.size())));
    QVERIFY(thin.size() >= 300);
    QCOMPARE(thin.first(), points.first());
    QCOMPARE(thin.last(), points.last());
    QVERIFY(thin.contains(points.at(4321)));
    QVERIFY(thin.contains(points.at(7777)));
    for (qsizetype i = 1; i < thin.size(); ++i)
        QVERIFY(thin.at(i - 1).x() < thin.at(i).x()); // never doubles back
    for (const QPointF& p : thin)
        QVERIFY(points.contains(p)); // real points only, no averages
}

void TestTimeSeries::shortSeriesDrawnAsGiven()
{
    TimeSeriesChart chart(QStringLiteral("Test"), QStringLiteral("test"));
    chart.addSeries(QStringLiteral("Views"), QStringLiteral("views"), 0);
    chart.addSeries(QStringLiteral("Spend"), QStringLiteral("spend_usd"), 1, TimeSeriesChart::Axis::Right);
    chart.setAxisFormat(TimeSeriesChart::Axis::Right, TimeSeriesChart::Unit::Money, true);
    chart.resize(800, 400);
    const QList<DailyPoint> views{
        {QDate(2024, 11, 13), 100}, {QDate(2024, 11, 14), 250}, {QDate(2024, 11, 16), 80}};
    const QList<DailyPoint> spend{{QDate(2024, 11, 14), 12.5}};
    chart.setSeries(range(QDate(2024, 11, 1), QDate(2024, 11, 30)), {views, spend});
    QCOMPARE(chart.seriesData(0), views);
    QCOMPARE(chart.drawnData(0), views);
    QCOMPARE(chart.drawnData(1), spend);
    QCOMPARE(chart.drawnColumns(), 0);
    QVERIFY(chart.lineSeries(1)->pointsVisible()); // one day still shows
    QCOMPARE(chart.lineSeries(1)->name(), QStringLiteral("Spend (right axis)"));
    QCOMPARE(chart.csv(),
             QByteArrayLiteral(
                 "day,views,spend_usd\r\n2024-11-13,100,\r\n2024-11-14,250,12.50\r\n2024-11-16,80,\r\n"));
    QCOMPARE(chart.axisY(TimeSeriesChart::Axis::Left)->min(), 0.0);
    QVERIFY(chart.axisY(TimeSeriesChart::Axis::Left)->max() >= 250.0);
    QVERIFY(chart.axisY(TimeSeriesChart::Axis::Right)->labelFormat().startsWith(u'$'));
    QCOMPARE(chart.suggestedFileName(QStringLiteral("csv")),
             QStringLiteral("test_2024-11-01_2024-11-30.csv"));

    // A new answer replaces everything (no points left over from the last one).
    chart.setSeries(range(QDate(2024, 11, 1), QDate(2024, 11, 30)), {views.mid(0, 1), {}});
    QCOMPARE(chart.drawnData(0), views.mid(0, 1));
    QVERIFY(chart.drawnData(1).isEmpty());
    QVERIFY(!chart.lineSeries(1)->isVisible());
}

void TestTimeSeries::longSeriesThinnedToThePixels()
{
    TimeSeriesChart chart(QStringLiteral("Long"), QStringLiteral("long"));
    chart.addSeries(QStringLiteral("Streams"), QStringLiteral("streams"), 0);
    chart.resize(700, 400);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    const QList<DailyPoint> data = daily(
        QDate(2018, 1, 1), 3000, [](int i) { return 1000.0 + (i % 7) * 10.0 + (i == 1234 ? 9000.0 : 0.0); });
    chart.setSeries(range(QDate(2018, 1, 1), QDate(2018, 1, 1).addDays(2999)), {data});
    const int width = chart.chartView()->width();
    const QList<DailyPoint> drawn = chart.drawnData(0);
    QVERIFY2(drawn.size() <= width,
             qPrintable(QStringLiteral("%1 points for %2 px").arg(drawn.size()).arg(width)));
    QVERIFY(drawn.size() > width / 4);
    QVERIFY(chart.drawnColumns() > 0);
    QVERIFY(drawn.contains(data.at(1234))); // the spike survives
    QCOMPARE(drawn.first(), data.first());
    QCOMPARE(drawn.last(), data.last());
    QCOMPARE(chart.seriesData(0).size(), 3000);
    QCOMPARE(chart.csvRows().size(), 3000); // the export is every day

    // Wider: more columns, more points.
    chart.resize(1400, 400);
    QTRY_VERIFY(chart.drawnData(0).size() > drawn.size());
    QVERIFY(chart.drawnData(0).size() <= chart.chartView()->width());
}

void TestTimeSeries::lineBreaksAtGaps()
{
    TimeSeriesChart chart(QStringLiteral("Gaps"), QStringLiteral("gaps"));
    chart.addSeries(QStringLiteral("Spend"), QStringLiteral("spend"), 0);
    chart.resize(700, 400);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    const auto breaks = [&chart] {
        QList<QPointF> out;
        for (const QPointF& p : chart.lineSeries(0)->points())
            if (qIsNaN(p.y()))
                out << p;
        return out;
    };

    // A few days are dots joined by a line: no break (each day shows as a dot).
    const QList<DailyPoint> fewDays{
        {QDate(2024, 11, 13), 10}, {QDate(2024, 11, 14), 20}, {QDate(2024, 11, 16), 5}};
    chart.setSeries(range(QDate(2024, 11, 1), QDate(2024, 11, 30)), {fewDays});
    QVERIFY(chart.lineSeries(0)->pointsVisible());
    QVERIFY(breaks().isEmpty());

    // A line: the missing 21st is a break between the 20th and the 22nd, not a slope across it.
    QList<DailyPoint> month = daily(QDate(2024, 11, 1), 20, [](int i) { return 10.0 + i; });
    month += daily(QDate(2024, 11, 22), 9, [](int i) { return 5.0 + i; });
    chart.setSeries(range(QDate(2024, 11, 1), QDate(2024, 11, 30)), {month});
    QVERIFY(!chart.lineSeries(0)->pointsVisible());
    QCOMPARE(chart.lineSeries(0)->points().size(), 30);
    QCOMPARE(breaks().size(), 1);
    QVERIFY(breaks().first().x() > TimeSeriesChart::toX(QDate(2024, 11, 20)));
    QVERIFY(breaks().first().x() < TimeSeriesChart::toX(QDate(2024, 11, 22)));
    QCOMPARE(chart.drawnData(0), month); // the break is no data point

    // Long and thinned: two campaigns with 200 days without spend between them, one break.
    QList<DailyPoint> campaigns = daily(QDate(2019, 1, 1), 1000, [](int i) { return 10.0 + i % 5; });
    campaigns += daily(QDate(2019, 1, 1).addDays(1200), 1000, [](int i) { return 20.0 + i % 3; });
    chart.setSeries(range(QDate(2019, 1, 1), QDate(2019, 1, 1).addDays(2199)), {campaigns});
    QVERIFY(chart.drawnColumns() > 0);
    QCOMPARE(breaks().size(), 1);
    QVERIFY(breaks().first().x() > TimeSeriesChart::toX(QDate(2019, 1, 1).addDays(999)));
    QVERIFY(breaks().first().x() < TimeSeriesChart::toX(QDate(2019, 1, 1).addDays(1200)));

    // Every day present: no break.
    chart.setSeries(range(QDate(2019, 1, 1), QDate(2019, 1, 1).addDays(999)), {campaigns.mid(0, 1000)});
    QVERIFY(breaks().isEmpty());
}

void TestTimeSeries::dateAxisFollowsFilterOrData()
{
    TimeSeriesChart chart(QStringLiteral("Axis"), QStringLiteral("axis"));
    chart.addSeries(QStringLiteral("Views"), QStringLiteral("views"), 0);
    const QList<DailyPoint> data{{QDate(2024, 3, 10), 1}, {QDate(2024, 3, 20), 2}};
    chart.setSeries(range(QDate(2024, 1, 1), QDate(2024, 3, 31)), {data});
    QCOMPARE(chart.axisX()->min().date(), QDate(2024, 1, 1)); // the range chosen, so stale data shows
    QCOMPARE(chart.axisX()->max().date(), QDate(2024, 3, 31));
    QCOMPARE(chart.axisX()->format(), QStringLiteral("MMM d"));
    chart.setFitToData(true);
    chart.setSeries(range(QDate(1990, 1, 1), QDate(2100, 12, 31)), {data}); // "All time"
    QCOMPARE(chart.axisX()->min().date(), QDate(2024, 3, 10));
    QCOMPARE(chart.axisX()->max().date(), QDate(2024, 3, 20));
}

void TestTimeSeries::emptyStateHidesAxes()
{
    TimeSeriesChart chart(QStringLiteral("Empty"), QStringLiteral("empty"));
    chart.addSeries(QStringLiteral("Views"), QStringLiteral("views"), 0);
    chart.setEmptyText(QStringLiteral("Nothing to see."));
    chart.setSeries(range(QDate(2024, 1, 1), QDate(2024, 1, 31)), {{}});
    auto* note = chart.findChild<QLabel*>(QStringLiteral("ChartEmpty"));
    QVERIFY(note);
    QVERIFY(!note->isHidden());
    QCOMPARE(note->text(), QStringLiteral("Nothing to see."));
    QVERIFY(!chart.axisX()->isVisible());
    QVERIFY(!chart.axisY(TimeSeriesChart::Axis::Left)->isVisible());
    QCOMPARE(chart.csv(), QByteArrayLiteral("day,views\r\n"));
    chart.setSeries(range(QDate(2024, 1, 1), QDate(2024, 1, 31)), {{{QDate(2024, 1, 5), 3}}});
    QVERIFY(note->isHidden());
    QVERIFY(chart.axisX()->isVisible());
}

void TestTimeSeries::previousPeriodOverlayShiftedAndFaint()
{
    TimeSeriesChart chart(QStringLiteral("Compare"), QStringLiteral("compare"));
    chart.addSeries(QStringLiteral("Streams"), QStringLiteral("streams"), 0);
    chart.addSeries(QStringLiteral("Spend"), QStringLiteral("spend_usd"), 1, TimeSeriesChart::Axis::Right);
    chart.setAxisFormat(TimeSeriesChart::Axis::Right, TimeSeriesChart::Unit::Money, true);
    chart.resize(800, 400);
    // March 2024 (31 days); the previous period is Jan 30 … Feb 29, drawn 31 days later.
    const Filter march = range(QDate(2024, 3, 1), QDate(2024, 3, 31));
    chart.setSeries(march, {{{QDate(2024, 3, 2), 100}, {QDate(2024, 3, 3), 120}}, {{QDate(2024, 3, 2), 5}}});
    chart.setPrevious({{{QDate(2024, 1, 30), 80}, {QDate(2024, 2, 29), 400}}, {}});
    const QByteArray plain = "day,streams,spend_usd\r\n2024-03-02,100,5.00\r\n2024-03-03,120,\r\n";

    // Off by default: nothing drawn, nothing exported.
    QVERIFY(!chart.comparisonEnabled());
    QVERIFY(chart.comparisonData(0).isEmpty());
    QVERIFY(!chart.comparisonSeries(0)->isVisible());
    QCOMPARE(chart.csv(), plain);

    chart.comparisonAction()->trigger(); // the chart's own menu entry
    QVERIFY(chart.comparisonEnabled());
    const QList<DailyPoint> shifted{{QDate(2024, 3, 1), 80}, {QDate(2024, 3, 31), 400}};
    QCOMPARE(chart.comparisonData(0), shifted);
    QVERIFY(chart.comparisonData(1).isEmpty());
    QLineSeries* previous = chart.comparisonSeries(0);
    QVERIFY(previous->isVisible());
    QVERIFY(!chart.comparisonSeries(1)->isVisible());
    QCOMPARE(previous->points().size(), 2);
    QCOMPARE(TimeSeriesChart::fromX(previous->points().at(1).x()), QDate(2024, 3, 31));
    // Faint and dashed, in the line's colour; no legend entry of its own.
    QVERIFY(previous->pen().color().alpha() < 255);
    QCOMPARE(previous->pen().color().rgb(), chart.lineSeries(0)->pen().color().rgb());
    QCOMPARE(previous->pen().style(), Qt::DashLine);
    for (QLegendMarker* marker : chart.chart()->legend()->markers(previous))
        QVERIFY(!marker->isVisible());
    // The axis makes room for the previous period's peak.
    QVERIFY(chart.axisY(TimeSeriesChart::Axis::Left)->max() >= 400.0);
    // The export holds what is drawn: each day with the day it compares with.
    QCOMPARE(chart.csv(),
             QByteArrayLiteral("day,streams,spend_usd,previous_day,streams_previous,spend_usd_previous\r\n"
                               "2024-03-01,,,2024-01-30,80,\r\n2024-03-02,100,5.00,2024-01-31,,\r\n"
                               "2024-03-03,120,,2024-02-01,,\r\n2024-03-31,,,2024-02-29,400,\r\n"));

    chart.setComparisonEnabled(false);
    QVERIFY(!chart.comparisonAction()->isChecked());
    QVERIFY(!previous->isVisible());
    QCOMPARE(chart.csv(), plain);
    // A new answer without a previous period draws none, even when switched on.
    chart.setComparisonEnabled(true);
    chart.setSeries(march, {{{QDate(2024, 3, 2), 100}}, {}});
    QVERIFY(chart.comparisonData(0).isEmpty());
    QVERIFY(!previous->isVisible());
}

void TestTimeSeries::overlayNeedsDataOnBothSides()
{
    TimeSeriesChart chart(QStringLiteral("Compare"), QStringLiteral("compare"));
    chart.addSeries(QStringLiteral("Streams"), QStringLiteral("streams"), 0);
    chart.setComparisonEnabled(true);
    chart.setSeries(range(QDate(2024, 3, 1), QDate(2024, 3, 31)), {{}});
    chart.setPrevious({{{QDate(2024, 2, 10), 50}}});
    // Only last period has data: the chart is empty, not a faint line pretending to be data.
    QVERIFY(chart.comparisonData(0).isEmpty());
    QVERIFY(!chart.comparisonSeries(0)->isVisible());
    QVERIFY(!chart.findChild<QLabel*>(QStringLiteral("ChartEmpty"))->isHidden());
    QCOMPARE(chart.csv(), QByteArrayLiteral("day,streams\r\n"));
}

void TestTimeSeries::markersInRangeWithTooltips()
{
    TimeSeriesChart chart(QStringLiteral("Markers"), QStringLiteral("markers"));
    chart.addSeries(QStringLiteral("Streams"), QStringLiteral("streams"), 0);
    chart.resize(800, 400);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    const Filter march = range(QDate(2024, 3, 1), QDate(2024, 3, 31));
    chart.setSeries(march, {{{QDate(2024, 3, 2), 100}, {QDate(2024, 3, 20), 300}}});
    const ChartMarker release{QDate(2024, 3, 8), ChartMarker::Kind::Release, QStringLiteral("Glass Harbor")};
    const ChartMarker start{QDate(2024, 3, 8), ChartMarker::Kind::CampaignStart,
                            QStringLiteral("Spring push")};
    const ChartMarker outside{QDate(2024, 4, 2), ChartMarker::Kind::CampaignStop,
                              QStringLiteral("Spring push")};
    chart.setMarkers({release, start, outside});
    QCOMPARE(chart.drawnMarkers(), (QList<ChartMarker>{release, start}));
    QCOMPARE(chart.markerItems().size(), 2);
    QVERIFY(chart.markerItems().at(0)->toolTip().contains(QStringLiteral("Release: Glass Harbor")));
    QVERIFY(chart.markerItems().at(1)->toolTip().contains(QStringLiteral("Ad campaign starts: Spring push")));
    // On the day's position inside the plot.
    const QRectF plot = chart.chart()->plotArea();
    const qreal x =
        chart.chart()->mapToPosition(QPointF(TimeSeriesChart::toX(release.day), 0), chart.lineSeries(0)).x();
    QTRY_VERIFY(std::abs(chart.markerItems().at(0)->rect().center().x() - x) < 1.0);
    QVERIFY(plot.contains(chart.markerItems().at(0)->rect().center()));
    QCOMPARE(chart.csv(),
             QByteArrayLiteral(
                 "day,streams,events\r\n2024-03-02,100,\r\n"
                 "2024-03-08,,release:Glass Harbor; campaign_start:Spring push\r\n2024-03-20,300,\r\n"));
    // The image has them: the grab differs from the chart without markers.
    const QImage with = chart.image();
    chart.setMarkers({});
    QVERIFY(chart.markerItems().isEmpty());
    QVERIFY(chart.image() != with);
    QCOMPARE(chart.csv(), QByteArrayLiteral("day,streams\r\n2024-03-02,100\r\n2024-03-20,300\r\n"));
    // An empty chart draws none (its note says there is nothing).
    chart.setSeries(march, {{}});
    chart.setMarkers({release});
    QVERIFY(chart.drawnMarkers().isEmpty());
    QVERIFY(chart.markerItems().isEmpty());
}

void TestTimeSeries::doubleClickDrillsIntoTheDay()
{
    TimeSeriesChart chart(QStringLiteral("Drill"), QStringLiteral("drill"));
    chart.addSeries(QStringLiteral("Spotify"), QStringLiteral("spotify_streams"), 0);
    chart.addSeries(QStringLiteral("Other"), QStringLiteral("other"), 1);
    chart.setDrillDown(0, QStringLiteral("streams_spotify"));
    Filter march = range(QDate(2024, 3, 1), QDate(2024, 3, 31));
    march.artist = QStringLiteral("Nova Lane");
    chart.setSeries(march, {{{QDate(2024, 3, 2), 100}, {QDate(2024, 3, 5), 300}}, {{QDate(2024, 3, 2), 1}}});
    QSignalSpy spy(&chart, &ChartPanel::drillDownRequested);
    // A click near March 4 (nearer the 5th than the 2nd) is the 5th's point.
    Q_EMIT chart.lineSeries(0)->doubleClicked(
        QPointF(TimeSeriesChart::toX(QDate(2024, 3, 4)) + 3 * 3600 * 1000.0, 250));
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.first().at(0).toString(), QStringLiteral("streams_spotify"));
    Filter day = march;
    day.from = day.to = QDate(2024, 3, 5);
    QCOMPARE(spy.first().at(1).value<Filter>(), day);
    QCOMPARE(chart.nearestDay(0, QDate(2024, 3, 3)), QDate(2024, 3, 2));
    // A line without a KPI behind it does not drill.
    Q_EMIT chart.lineSeries(1)->doubleClicked(QPointF(TimeSeriesChart::toX(QDate(2024, 3, 2)), 1));
    QCOMPARE(spy.size(), 1);
}

void TestTimeSeries::percentAxis()
{
    TimeSeriesChart chart(QStringLiteral("Rate"), QStringLiteral("rate"));
    chart.addSeries(QStringLiteral("Views"), QStringLiteral("views"), 0);
    chart.addSeries(QStringLiteral("CTR"), QStringLiteral("ctr_pct"), 1, TimeSeriesChart::Axis::Right);
    chart.setAxisFormat(TimeSeriesChart::Axis::Right, TimeSeriesChart::Unit::Percent, true);
    chart.setSeries(range(QDate(2024, 1, 1), QDate(2024, 1, 31)),
                    {{{QDate(2024, 1, 12), 40}}, {{QDate(2024, 1, 12), 25}}});
    QVERIFY(chart.axisY(TimeSeriesChart::Axis::Right)->labelFormat().endsWith(u'%'));
    QCOMPARE(chart.csv(), QByteArrayLiteral("day,views,ctr_pct\r\n2024-01-12,40,25.00\r\n"));
}

void TestTimeSeries::setDataTakesSeriesPreviousAndMarkersAtOnce()
{
    TimeSeriesChart chart(QStringLiteral("Streams"), QStringLiteral("streams"));
    chart.addSeries(QStringLiteral("Streams"), QStringLiteral("streams"), 0);
    chart.setExtractor([](const DashboardData& d) {
        return QList<QList<DailyPoint>>{d.daily.value(DailySeries::StreamsDistroKid)};
    });
    chart.setPreviousExtractor([](const DashboardData& d) {
        return QList<QList<DailyPoint>>{d.previousDaily.value(DailySeries::StreamsDistroKid)};
    });
    chart.setComparisonEnabled(true);
    chart.resize(800, 400);
    DashboardData first;
    first.filter = range(QDate(2024, 3, 1), QDate(2024, 3, 31));
    first.daily[DailySeries::StreamsDistroKid] = {{QDate(2024, 3, 2), 100}, {QDate(2024, 3, 3), 120}};
    first.previousDaily.insert(DailySeries::StreamsDistroKid, {{QDate(2024, 1, 31), 80}});
    first.markers << ChartMarker{QDate(2024, 3, 3), ChartMarker::Kind::Release,
                                 QStringLiteral("Night Shift")};
    chart.setData(first);
    // One answer: its line, its previous period and its marker, in the drawing and in the export.
    QCOMPARE(chart.drawnData(0).size(), 2);
    QCOMPARE(chart.comparisonData(0), (QList<DailyPoint>{{QDate(2024, 3, 2), 80}}));
    QCOMPARE(chart.drawnMarkers().size(), 1);
    QCOMPARE(chart.markerItems().size(), 1);
    QCOMPARE(chart.csv(),
             QByteArrayLiteral(
                 "day,streams,previous_day,streams_previous,events\r\n"
                 "2024-03-02,100,2024-01-31,80,\r\n2024-03-03,120,2024-02-01,,release:Night Shift\r\n"));

    // The next answer replaces all three, the table it exports too (it is built when read).
    DashboardData second;
    second.filter = first.filter;
    second.daily[DailySeries::StreamsDistroKid] = {{QDate(2024, 3, 5), 7}};
    chart.setData(second);
    QVERIFY(chart.comparisonData(0).isEmpty());
    QVERIFY(chart.drawnMarkers().isEmpty());
    QVERIFY(chart.markerItems().isEmpty());
    QCOMPARE(chart.csvRows(), (QList<QStringList>{{QStringLiteral("2024-03-05"), QStringLiteral("7")}}));
    QCOMPARE(chart.csvHeader(), (QStringList{QStringLiteral("day"), QStringLiteral("streams")}));
}

void TestTimeSeries::localMidnightsStayPutWhenTheZoneIsPinned()
{
    // toX() is the local midnight startOfDay() gives, before and after the app pins the zone, on
    // both sides of the European and American clock changes.
    const QByteArray oldTz = qgetenv("TZ");
    const QList<QDate> days{QDate(2031, 1, 15), QDate(2031, 3, 9),   QDate(2031, 3, 30), QDate(2031, 3, 31),
                            QDate(2031, 7, 1),  QDate(2031, 10, 26), QDate(2031, 11, 2), QDate(2031, 12, 31)};
    for (const QDate& day : days)
        QCOMPARE(TimeSeriesChart::toX(day), qreal(day.startOfDay().toMSecsSinceEpoch()));
    qunsetenv("TZ");
    tzset();
    QList<qint64> unpinned;
    for (const QDate& day : days)
        unpinned << day.startOfDay().toMSecsSinceEpoch();
    pinLocalTimeZone();
    QCOMPARE(qgetenv("TZ"), QByteArrayLiteral(":/etc/localtime"));
    for (qsizetype i = 0; i < days.size(); ++i)
        QCOMPARE(days.at(i).startOfDay().toMSecsSinceEpoch(), unpinned.at(i));
    // A zone the user set is theirs.
    qputenv("TZ", QByteArrayLiteral("Asia/Tokyo"));
    pinLocalTimeZone();
    QCOMPARE(qgetenv("TZ"), QByteArrayLiteral("Asia/Tokyo"));
    if (oldTz.isNull())
        qunsetenv("TZ");
    else
        qputenv("TZ", oldTz);
    tzset();
}

QTEST_MAIN(TestTimeSeries)
#include "tst_timeseries.moc"
