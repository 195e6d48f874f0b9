// The daily line chart on its own: data drawn as given, thinned to about a point per pixel when
// long (with its extremes kept), the export unthinned, date range, empty state; and the thinning.
#include "charts/downsampler.h"
#include "charts/timeserieschart.h"

#include <QChartView>
#include <QDateTimeAxis>
#include <QLabel>
#include <QLineSeries>
#include <QTest>
#include <QValueAxis>

#include <cmath>
#include <functional>

using namespace bedrot;

namespace {

QList<DailyPoint> daily(QDate first, int days, const std::function<double(int)>& value)
{
    QList<DailyPoint> out;
    for (int i = 0; i < days; ++i) out << DailyPoint{first.addDays(i), value(i)};
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
    void dateAxisFollowsFilterOrData();
    void emptyStateHidesAxes();
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
    for (int i = 0; i < 10000; ++i) points << QPointF(i, std::sin(i / 50.0) * 100.0);
    points[4321].setY(5000.0); // one spike
    points[7777].setY(-4000.0); // one dip
    const QList<QPointF> thin = Downsampler::minMaxPerColumn(points, 300);
    QVERIFY2(thin.size() <= 2 * 300 + 2, qPrintable(QString::number(thin.size())));
    QVERIFY(thin.size() >= 300);
    QCOMPARE(thin.first(), points.first());
    QCOMPARE(thin.last(), points.last());
    QVERIFY(thin.contains(points.at(4321)));
    QVERIFY(thin.contains(points.at(7777)));
    for (qsizetype i = 1; i < thin.size(); ++i) QVERIFY(thin.at(i - 1).x() < thin.at(i).x()); // never doubles back
    for (const QPointF& p : thin) QVERIFY(points.contains(p)); // real points only, no averages
}

void TestTimeSeries::shortSeriesDrawnAsGiven()
{
    TimeSeriesChart chart(QStringLiteral("Test"), QStringLiteral("test"));
    chart.addSeries(QStringLiteral("Views"), QStringLiteral("views"), 0);
    chart.addSeries(QStringLiteral("Spend"), QStringLiteral("spend_usd"), 1, TimeSeriesChart::Axis::Right);
    chart.setAxisFormat(TimeSeriesChart::Axis::Right, TimeSeriesChart::Unit::Money, true);
    chart.resize(800, 400);
    const QList<DailyPoint> views{{QDate(2024, 11, 13), 100}, {QDate(2024, 11, 14), 250}, {QDate(2024, 11, 16), 80}};
    const QList<DailyPoint> spend{{QDate(2024, 11, 14), 12.5}};
    chart.setSeries(range(QDate(2024, 11, 1), QDate(2024, 11, 30)), {views, spend});
    QCOMPARE(chart.seriesData(0), views);
    QCOMPARE(chart.drawnData(0), views);
    QCOMPARE(chart.drawnData(1), spend);
    QCOMPARE(chart.drawnColumns(), 0);
    QVERIFY(chart.lineSeries(1)->pointsVisible()); // one day still shows
    QCOMPARE(chart.lineSeries(1)->name(), QStringLiteral("Spend (right axis)"));
    QCOMPARE(chart.csv(), QByteArrayLiteral("day,views,spend_usd\r\n2024-11-13,100,\r\n2024-11-14,250,12.50\r\n2024-11-16,80,\r\n"));
    QCOMPARE(chart.axisY(TimeSeriesChart::Axis::Left)->min(), 0.0);
    QVERIFY(chart.axisY(TimeSeriesChart::Axis::Left)->max() >= 250.0);
    QVERIFY(chart.axisY(TimeSeriesChart::Axis::Right)->labelFormat().startsWith(u'$'));
    QCOMPARE(chart.suggestedFileName(QStringLiteral("csv")), QStringLiteral("test_2024-11-01_2024-11-30.csv"));

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
    const QList<DailyPoint> data = daily(QDate(2018, 1, 1), 3000, [](int i) { return 1000.0 + (i % 7) * 10.0 + (i == 1234 ? 9000.0 : 0.0); });
    chart.setSeries(range(QDate(2018, 1, 1), QDate(2018, 1, 1).addDays(2999)), {data});
    const int width = chart.chartView()->width();
    const QList<DailyPoint> drawn = chart.drawnData(0);
    QVERIFY2(drawn.size() <= width, qPrintable(QStringLiteral("%1 points for %2 px").arg(drawn.size()).arg(width)));
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

QTEST_MAIN(TestTimeSeries)
#include "tst_timeseries.moc"
