// The chart widgets on their own, fed DashboardData by hand: expected-revenue line, "Other" stores,
// empty state, and CSV that matches the series drawn.
#include "analytics/dashboarddata.h"
#include "charts/monthlyrevenuechart.h"
#include "charts/storerevenuechart.h"

#include <QBarSeries>
#include <QBarSet>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QTest>

using namespace bedrot;

namespace {

Money usd(const char* text) { return *Money::parse(QByteArrayView(text)); }

DashboardData threeMonths()
{
    DashboardData d;
    d.filter.from = QDate(2025, 1, 1);
    d.filter.to = QDate(2025, 3, 31);
    d.kpis << KpiValue::ofMoney(QStringLiteral("revenue"), usd("30.5"), QDate(2025, 5, 1));
    d.revenueByMonth << MonthValue{2025, 1, usd("10")} << MonthValue{2025, 2, usd("0")} << MonthValue{2025, 3, usd("20.5")};
    d.expectedByMonth << MonthValue{2025, 1, usd("12.25")} << MonthValue{2025, 2, usd("3")} << MonthValue{2025, 3, usd("18")};
    return d;
}

} // namespace

class TestCharts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void monthlyDrawsExpectedLine();
    void monthlyEmptyState();
    void monthlyLabelsThinOutToFit();
    void storesCollapseIntoOther();
    void storesKeepElevenWithoutOther();
    void fileNameCarriesTheFilter();
};

void TestCharts::monthlyDrawsExpectedLine()
{
    MonthlyRevenueChart chart;
    chart.resize(800, 400);
    chart.setData(threeMonths());
    QCOMPARE(chart.months(), (QStringList{QStringLiteral("2025-01"), QStringLiteral("2025-02"), QStringLiteral("2025-03")}));
    QCOMPARE(chart.revenueValues(), (QList<qreal>{10.0, 0.0, 20.5}));
    QCOMPARE(chart.expectedValues(), (QList<qreal>{12.25, 3.0, 18.0}));
    QVERIFY(chart.expectedSeries()->isVisible());
    // Points sit on the bar categories: x = month index.
    QCOMPARE(chart.expectedSeries()->points().at(2).x(), 2.0);
    QCOMPARE(chart.csv(), QByteArrayLiteral("month,revenue_usd,expected_usd\r\n2025-01,10.00,12.25\r\n"
                                            "2025-02,0.00,3.00\r\n2025-03,20.50,18.00\r\n"));
    // A second answer replaces the whole set (no leftovers from the first).
    DashboardData shorter = threeMonths();
    shorter.revenueByMonth.removeLast();
    shorter.expectedByMonth.clear();
    chart.setData(shorter);
    QCOMPARE(chart.revenueSeries()->barSets().size(), 1);
    QCOMPARE(chart.revenueValues(), (QList<qreal>{10.0, 0.0}));
    QVERIFY(chart.expectedValues().isEmpty());
    QVERIFY(!chart.expectedSeries()->isVisible());
    QCOMPARE(chart.csvHeader(), (QStringList{QStringLiteral("month"), QStringLiteral("revenue_usd")}));
}

void TestCharts::monthlyEmptyState()
{
    MonthlyRevenueChart chart;
    DashboardData none;
    none.filter.from = QDate(2025, 1, 1);
    none.filter.to = QDate(2025, 12, 31);
    none.revenueByMonth << MonthValue{2025, 1, Money()}; // months exist, but no statement line does
    chart.setData(none);
    QVERIFY(chart.revenueValues().isEmpty());
    QCOMPARE(chart.csv(), QByteArrayLiteral("month,revenue_usd\r\n"));
    const QLabel* note = chart.findChild<QLabel*>(QStringLiteral("ChartEmpty"));
    QVERIFY(note);
    QVERIFY(!note->isHidden());
    chart.setData(threeMonths());
    QVERIFY(note->isHidden());
}

void TestCharts::monthlyLabelsThinOutToFit()
{
    MonthlyRevenueChart chart;
    chart.resize(800, 400);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    DashboardData d;
    d.filter.from = QDate(2023, 1, 1);
    d.filter.to = QDate(2026, 12, 31);
    d.kpis << KpiValue::ofMoney(QStringLiteral("revenue"), usd("48"), QDate(2027, 2, 1));
    for (int m = 0; m < 48; ++m) d.revenueByMonth << MonthValue{2023 + m / 12, m % 12 + 1, usd("1")};
    chart.setData(d);
    QCOMPARE(chart.months().size(), 48); // one bar per month, whatever the labels
    QCOMPARE(chart.revenueValues().size(), 48);
    // About 11 labels fit in 800 px: every sixth month, on January and July.
    const QStringList labels = chart.monthLabels();
    QCOMPARE(labels.size(), 8);
    for (const QString& label : labels) {
        QVERIFY(chart.months().contains(label));
        QVERIFY2(label.endsWith(QStringLiteral("-01")) || label.endsWith(QStringLiteral("-07")), qPrintable(label));
    }
    // Wider: every second month fits.
    chart.resize(1800, 400);
    QTRY_COMPARE(chart.monthLabels().size(), 24);
    // Few months: each one labelled.
    d.revenueByMonth.resize(5);
    chart.setData(d);
    QCOMPARE(chart.monthLabels(), chart.months());
}

void TestCharts::storesCollapseIntoOther()
{
    StoreRevenueChart chart;
    DashboardData d;
    d.filter.from = QDate(2025, 1, 1);
    d.filter.to = QDate(2025, 1, 31);
    QStringList expectedStores;
    QList<qreal> expectedValues;
    for (int i = 0; i < 13; ++i) {
        const QString name = QStringLiteral("Store %1").arg(i, 2, 10, QLatin1Char('0'));
        d.revenueByStore << CategoryValue{name, Money::fromNanos(qint64(100 - i) * Money::kScale)};
        if (i < StoreRevenueChart::kTopStores) {
            expectedStores << name;
            expectedValues << qreal(100 - i);
        }
    }
    expectedStores << QStringLiteral("Other (3 stores)");
    expectedValues << qreal(90 + 89 + 88);
    chart.setData(d);
    QCOMPARE(chart.stores(), expectedStores);
    QCOMPARE(chart.values(), expectedValues);
    // Drawn bottom-up, so the largest store is the last bar (top of the chart).
    const QBarSet* set = chart.series()->barSets().constFirst();
    QCOMPARE(set->at(set->count() - 1), 100.0);
    QVERIFY(chart.csv().endsWith(QByteArrayLiteral("Other (3 stores),267.00\r\n")));
}

void TestCharts::storesKeepElevenWithoutOther()
{
    StoreRevenueChart chart;
    DashboardData d;
    for (int i = 0; i < 11; ++i) d.revenueByStore << CategoryValue{QStringLiteral("S%1").arg(i), Money::fromNanos(Money::kScale)};
    chart.setData(d);
    QCOMPARE(chart.stores().size(), 11);
    QVERIFY(!chart.stores().last().startsWith(QStringLiteral("Other")));
}

void TestCharts::fileNameCarriesTheFilter()
{
    StoreRevenueChart chart;
    DashboardData d;
    d.filter.from = QDate(2025, 1, 1);
    d.filter.to = QDate(2025, 6, 30);
    d.filter.artist = QStringLiteral("Nova Lane/Ø");
    chart.setData(d);
    QCOMPARE(chart.suggestedFileName(QStringLiteral("png")),
             QStringLiteral("revenue-by-store_2025-01-01_2025-06-30_artist-Nova-Lane-.png"));
}

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
