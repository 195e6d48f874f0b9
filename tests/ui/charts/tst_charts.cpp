// The chart widgets on their own, fed DashboardData by hand: expected-revenue line, "Other" stores,
// empty state, CSV that matches the series drawn, and the filters a double-clicked bar drills into.
#include "charts/categorybarchart.h"
#include "charts/emailcampaignchart.h"
#include "charts/monthlyrevenuechart.h"
#include "charts/storerevenuechart.h"
#include "domain/dashboarddata.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QLegend>
#include <QSignalSpy>

#include <QBarSeries>
#include <QBarSet>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QTest>

using namespace bedrot;

namespace {

Money usd(const char* text)
{
    return *Money::parse(QByteArrayView(text));
}

DashboardData threeMonths()
{
    DashboardData d;
    d.filter.from = QDate(2025, 1, 1);
    d.filter.to = QDate(2025, 3, 31);
    d.kpis << KpiValue::ofMoney(QStringLiteral("revenue"), usd("30.5"), QDate(2025, 5, 1));
    d.revenueByMonth << MonthValue{2025, 1, usd("10")} << MonthValue{2025, 2, usd("0")}
                     << MonthValue{2025, 3, usd("20.5")};
    d.expectedByMonth << MonthValue{2025, 1, usd("12.25")} << MonthValue{2025, 2, usd("3")}
                      << MonthValue{2025, 3, usd("18")};
    return d;
}

// The filter a drill-down signal carried, and its KPI.
std::pair<QString, Filter> drilled(const QSignalSpy& spy)
{
    if (spy.isEmpty())
        return {};
    return {spy.last().at(0).toString(), spy.last().at(1).value<Filter>()};
}

Filter filterOf(QDate from, QDate to, const QString& artist = QString())
{
    return Filter::of(from, to, artist);
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
    void monthlyBarDrillsIntoItsMonth();
    void cashByReportingMonth();
    void storeBarDrillsIntoTheStore();
    void countriesNamedAndCapped();
    void tracksDrillByIsrc();
    void paymentDelayDistribution();
    void emailCampaignRates();
    void monthlyComparesWithThePreviousPeriod();
};

void TestCharts::monthlyDrawsExpectedLine()
{
    MonthlyRevenueChart chart;
    chart.resize(800, 400);
    chart.setData(threeMonths());
    QCOMPARE(chart.months(),
             (QStringList{QStringLiteral("2025-01"), QStringLiteral("2025-02"), QStringLiteral("2025-03")}));
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
    for (int m = 0; m < 48; ++m)
        d.revenueByMonth << MonthValue{2023 + m / 12, m % 12 + 1, usd("1")};
    chart.setData(d);
    QCOMPARE(chart.months().size(), 48); // one bar per month, whatever the labels
    QCOMPARE(chart.revenueValues().size(), 48);
    // About 11 labels fit in 800 px: every sixth month, on January and July.
    const QStringList labels = chart.monthLabels();
    QCOMPARE(labels.size(), 8);
    for (const QString& label : labels) {
        QVERIFY(chart.months().contains(label));
        QVERIFY2(label.endsWith(QStringLiteral("-01")) || label.endsWith(QStringLiteral("-07")),
                 qPrintable(label));
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
    for (int i = 0; i < 11; ++i)
        d.revenueByStore << CategoryValue{QStringLiteral("S%1").arg(i), Money::fromNanos(Money::kScale)};
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

void TestCharts::monthlyBarDrillsIntoItsMonth()
{
    MonthlyRevenueChart chart;
    DashboardData d = threeMonths();
    d.filter = filterOf(QDate(2025, 1, 15), QDate(2025, 3, 31), QStringLiteral("Nova Lane"));
    chart.setData(d);
    QCOMPARE(chart.drillKpi(), QStringLiteral("revenue"));
    QSignalSpy spy(&chart, &ChartPanel::drillDownRequested);
    QBarSet* set = chart.revenueSeries()->barSets().constFirst();
    Q_EMIT set->doubleClicked(1);
    QCOMPARE(drilled(spy),
             std::pair(QStringLiteral("revenue"),
                       filterOf(QDate(2025, 2, 1), QDate(2025, 2, 28), QStringLiteral("Nova Lane"))));
    // The first month only from where the range starts; the artist stays.
    Q_EMIT set->doubleClicked(0);
    QCOMPARE(drilled(spy).second,
             filterOf(QDate(2025, 1, 15), QDate(2025, 1, 31), QStringLiteral("Nova Lane")));
    Q_EMIT set->doubleClicked(7); // no such bar
    QCOMPARE(spy.size(), 2);
}

void TestCharts::cashByReportingMonth()
{
    MonthlyRevenueChart chart(nullptr, MonthlyRevenueChart::Kind::ReportedCash);
    QCOMPARE(chart.objectName(), QStringLiteral("chart-cash-by-month"));
    QCOMPARE(chart.title(), QStringLiteral("Cash by reporting month"));
    DashboardData d = threeMonths(); // revenue and expected must not leak into the cash view
    d.kpis << KpiValue::ofMoney(QStringLiteral("cash_reported"), usd("7.5"), QDate(2025, 3, 5));
    d.cashByMonth << MonthValue{2025, 1, usd("0")} << MonthValue{2025, 2, usd("2.5")}
                  << MonthValue{2025, 3, usd("5")};
    chart.setData(d);
    QCOMPARE(chart.revenueValues(), (QList<qreal>{0.0, 2.5, 5.0}));
    QVERIFY(chart.expectedValues().isEmpty());
    QVERIFY(!chart.chart()->legend()->isVisible());
    QCOMPARE(chart.csv(),
             QByteArrayLiteral("month,cash_usd\r\n2025-01,0.00\r\n2025-02,2.50\r\n2025-03,5.00\r\n"));
    QSignalSpy spy(&chart, &ChartPanel::drillDownRequested);
    Q_EMIT chart.revenueSeries()->barSets().constFirst()->doubleClicked(2);
    QCOMPARE(drilled(spy),
             std::pair(QStringLiteral("cash_reported"), filterOf(QDate(2025, 3, 1), QDate(2025, 3, 31))));

    // Nothing reported in range: the note, not a grid of zeros.
    DashboardData none = d;
    none.kpis.clear();
    chart.setData(none);
    QVERIFY(chart.revenueValues().isEmpty());
    QCOMPARE(chart.csv(), QByteArrayLiteral("month,cash_usd\r\n"));
    QVERIFY(!chart.findChild<QLabel*>(QStringLiteral("ChartEmpty"))->isHidden());
}

void TestCharts::storeBarDrillsIntoTheStore()
{
    StoreRevenueChart chart;
    DashboardData d;
    d.filter = filterOf(QDate(2025, 1, 1), QDate(2025, 1, 31), QStringLiteral("Nova Lane"));
    for (int i = 0; i < 13; ++i)
        d.revenueByStore << CategoryValue{QStringLiteral("Store %1").arg(i),
                                          Money::fromNanos(qint64(100 - i) * Money::kScale)};
    chart.setData(d);
    QSignalSpy spy(&chart, &ChartPanel::drillDownRequested);
    QBarSet* set = chart.series()->barSets().constFirst();
    Q_EMIT set->doubleClicked(set->count() - 1); // the top bar: the largest store
    Filter expected = d.filter;
    expected.platform = QStringLiteral("Store 0");
    QCOMPARE(drilled(spy), std::pair(QStringLiteral("revenue"), expected));
    Q_EMIT set->doubleClicked(0); // "Other (3 stores)": no one filter selects it
    QCOMPARE(spy.size(), 1);
}

void TestCharts::countriesNamedAndCapped()
{
    std::unique_ptr<CategoryBarChart> chart(CategoryBarChart::revenueByCountry());
    QCOMPARE(chart->objectName(), QStringLiteral("chart-revenue-by-country"));
    DashboardData d;
    d.filter = filterOf(QDate(2025, 1, 1), QDate(2025, 3, 31));
    d.revenueByCountry << RankedValue{QStringLiteral("US"), QStringLiteral("US"), usd("9.5"), 0}
                       << RankedValue{QStringLiteral("FR"), QStringLiteral("FR"), usd("4.25"), 0}
                       << RankedValue{QString(), QString(), usd("1"), 0}
                       << RankedValue{QString(), QString(), usd("0.5"), 3};
    chart->setData(d);
    QCOMPARE(chart->labels(),
             (QStringList{QStringLiteral("United States (US)"), QStringLiteral("France (FR)"),
                          QStringLiteral("Unknown"), QStringLiteral("Other (3 countries)")}));
    QCOMPARE(chart->values(), (QList<qreal>{9.5, 4.25, 1.0, 0.5}));
    // Horizontal bars run bottom-up: the largest on top.
    QCOMPARE(chart->categoryAxis()->categories().constLast(), QStringLiteral("United States (US)"));
    QCOMPARE(
        chart->csv(),
        QByteArrayLiteral("country_code,country,revenue_usd\r\nUS,United States,9.50\r\nFR,France,4.25\r\n"
                          ",Unknown,1.00\r\n,Other (3 countries),0.50\r\n"));
    // A named country drills into its revenue lines under the chart's filter; "Unknown" and
    // "Other" are no one country.
    QSignalSpy spy(chart.get(), &ChartPanel::drillDownRequested);
    for (int i = 0; i < 4; ++i)
        chart->activate(i);
    QCOMPARE(spy.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(spy.at(i).at(0).toString(), QStringLiteral("revenue"));
        Filter expected = d.filter;
        expected.country = i == 0 ? QStringLiteral("US") : QStringLiteral("FR");
        QCOMPARE(spy.at(i).at(1).value<Filter>(), expected);
    }
    chart->setData(DashboardData());
    QVERIFY(chart->values().isEmpty());
    QVERIFY(!chart->findChild<QLabel*>(QStringLiteral("ChartEmpty"))->isHidden());
}

void TestCharts::tracksDrillByIsrc()
{
    std::unique_ptr<CategoryBarChart> chart(CategoryBarChart::revenueByTrack());
    DashboardData d;
    d.filter = filterOf(QDate(2025, 1, 1), QDate(2025, 3, 31), QStringLiteral("Nova Lane"));
    d.revenueByTrack << RankedValue{QStringLiteral("Night Shift"), QStringLiteral("USRC12400002"), usd("6"),
                                    0}
                     << RankedValue{QStringLiteral("Night Shift"), QStringLiteral("USRC12400009"), usd("2"),
                                    0} // a remix, same title
                     << RankedValue{QString(), QString(), usd("1"), 0}
                     << RankedValue{QString(), QString(), usd("0.25"), 2};
    chart->setData(d);
    QCOMPARE(chart->labels(),
             (QStringList{QStringLiteral("Night Shift"), QStringLiteral("Night Shift"),
                          QStringLiteral("Unknown track"), QStringLiteral("Other (2 tracks)")}));
    // Both titles keep their bar: the axis has one category per bar.
    QCOMPARE(chart->categoryAxis()->count(), 4);
    QCOMPARE(chart->values(), (QList<qreal>{6.0, 2.0, 1.0, 0.25}));
    QCOMPARE(
        chart->csv(),
        QByteArrayLiteral(
            "isrc,title,revenue_usd\r\nUSRC12400002,Night Shift,6.00\r\nUSRC12400009,Night Shift,2.00\r\n"
            ",Unknown track,1.00\r\n,Other (2 tracks),0.25\r\n"));
    QSignalSpy spy(chart.get(), &ChartPanel::drillDownRequested);
    QAbstractBarSeries* series = chart->series();
    Q_EMIT series->barSets().constFirst()->doubleClicked(2); // bottom-up: the second track
    Filter expected = d.filter;
    expected.track = QStringLiteral("USRC12400009");
    QCOMPARE(drilled(spy), std::pair(QStringLiteral("revenue"), expected));
    chart->activate(2); // no ISRC
    chart->activate(3); // "Other"
    QCOMPARE(spy.size(), 1);
}

void TestCharts::paymentDelayDistribution()
{
    std::unique_ptr<CategoryBarChart> chart(CategoryBarChart::paymentDelays());
    DashboardData d;
    d.paymentDelays << DelayBucket{0, usd("0"), 0} << DelayBucket{1, usd("0"), 0}
                    << DelayBucket{2, usd("22.5"), 19} << DelayBucket{3, usd("0.125"), 1};
    chart->setData(d);
    // Vertical, left to right by months.
    QCOMPARE(chart->labels(), (QStringList{QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"),
                                           QStringLiteral("3")}));
    QCOMPARE(chart->categoryAxis()->categories(), chart->labels());
    QCOMPARE(chart->values(), (QList<qreal>{0.0, 0.0, 22.5, 0.125}));
    QCOMPARE(chart->csv(),
             QByteArrayLiteral(
                 "delay_months,earnings_usd,lines\r\n0,0.00,0\r\n1,0.00,0\r\n2,22.50,19\r\n3,0.125,1\r\n"));
    // A bar with lines drills into the cash those lines brought; an empty bar asks nothing.
    d.filter = filterOf(QDate(2025, 1, 1), QDate(2025, 3, 31), QStringLiteral("Nova Lane"));
    chart->setData(d);
    QSignalSpy spy(chart.get(), &ChartPanel::drillDownRequested);
    for (int i = 0; i < 4; ++i)
        chart->activate(i);
    QCOMPARE(spy.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(spy.at(i).at(0).toString(), QStringLiteral("cash_reported"));
        Filter expected = d.filter;
        expected.delayMonths = i + 2;
        QCOMPARE(spy.at(i).at(1).value<Filter>(), expected);
    }
}

void TestCharts::emailCampaignRates()
{
    EmailCampaignChart chart;
    QVERIFY(chart.isEmpty());
    QCOMPARE(
        chart.csv(),
        QByteArrayLiteral(
            "campaign,sent_day,emails_sent,unique_opens,unique_clicks,open_rate_pct,click_rate_pct\r\n"));
    DashboardData d;
    d.emailCampaigns << EmailCampaignStats{QStringLiteral("January news"), QDate(2024, 1, 25), 1000, 400, 50}
                     << EmailCampaignStats{QStringLiteral("Tour"), QDate(2024, 2, 2), 0, 0, 0};
    chart.setData(d);
    QVERIFY(!chart.isEmpty());
    QCOMPARE(chart.campaigns(), (QStringList{QStringLiteral("January news"), QStringLiteral("Tour")}));
    QCOMPARE(chart.openRates(), (QList<qreal>{40.0, 0.0}));
    QCOMPARE(chart.clickRates(), (QList<qreal>{5.0, 0.0}));
    QVERIFY(chart.csv().endsWith(
        "January news,2024-01-25,1000,400,50,40.00,5.00\r\nTour,2024-02-02,0,0,0,0.00,0.00\r\n"));
}

void TestCharts::monthlyComparesWithThePreviousPeriod()
{
    MonthlyRevenueChart chart;
    chart.resize(800, 400);
    // January to March 2025; its previous period is 2024-10-03 … 2024-12-31, whose last month
    // (December) lines up with March: October on January, November on February.
    DashboardData d = threeMonths();
    d.previousRevenueByMonth << MonthValue{2024, 10, usd("8")} << MonthValue{2024, 12, usd("25")};
    chart.setData(d);
    const QByteArray plain = "month,revenue_usd,expected_usd\r\n2025-01,10.00,12.25\r\n2025-02,0.00,3."
                             "00\r\n2025-03,20.50,18.00\r\n";
    QVERIFY(!chart.comparisonEnabled());
    QVERIFY(chart.comparisonPoints().isEmpty());
    QCOMPARE(chart.csv(), plain);

    chart.comparisonAction()->trigger(); // the chart's own menu entry; draws the answer it has again
    QVERIFY(chart.comparisonEnabled());
    QCOMPARE(chart.comparisonPoints(), (QList<QPointF>{{0, 8}, {2, 25}}));
    QVERIFY(chart.chart()->axes(Qt::Vertical).constFirst()->property("max").toDouble() >=
            25.0); // room for its peak
    QCOMPARE(chart.csv(),
             QByteArrayLiteral("month,revenue_usd,expected_usd,previous_month,previous_revenue_usd\r\n"
                               "2025-01,10.00,12.25,2024-10,8.00\r\n2025-02,0.00,3.00,2024-11,\r\n"
                               "2025-03,20.50,18.00,2024-12,25.00\r\n"));
    // Nothing to compare with: no line, no columns.
    DashboardData none = threeMonths();
    chart.setData(none);
    QVERIFY(chart.comparisonPoints().isEmpty());
    QCOMPARE(chart.csv(), plain);
    chart.setComparisonEnabled(false);
    chart.setData(d);
    QVERIFY(chart.comparisonPoints().isEmpty());

    // The cash view compares reporting months.
    MonthlyRevenueChart cash(nullptr, MonthlyRevenueChart::Kind::ReportedCash);
    DashboardData c = threeMonths();
    c.kpis << KpiValue::ofMoney(QStringLiteral("cash_reported"), usd("30.5"), QDate(2025, 3, 31));
    c.cashByMonth = c.revenueByMonth;
    c.previousCashByMonth << MonthValue{2024, 11, usd("4")};
    cash.setComparisonEnabled(true);
    cash.setData(c);
    QCOMPARE(cash.comparisonPoints(), (QList<QPointF>{{1, 4}}));
    QCOMPARE(cash.csvHeader().constLast(), QStringLiteral("previous_cash_usd"));
}

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
