// Offscreen test of the whole dashboard on a small hand-made workspace with every source: every KPI
// card against the warehouse's own numbers, the change against the previous period, goal progress,
// the daily charts against the answer's series, and the "whose export is this?" path.
#include "analytics/kpicatalog.h"
#include "charts/timeserieschart.h"
#include "core/warehousetestsupport.h"
#include "domain/importresult.h"
#include "lake/workspace.h"
#include "mainwindow.h"
#include "session/workspacesession.h"
#include "ui/uitestsupport.h"
#include "warehouse/warehousereader.h"
#include "widgets/kpiboard.h"
#include "widgets/kpicard.h"
#include "widgets/kpiformat.h"
#include "widgets/runlog.h"

#include <QLineSeries>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace bedrot;
using bedrot::test::kTimeout;

namespace {

Filter range(QDate from, QDate to)
{
    Filter f;
    f.from = from;
    f.to = to;
    return f;
}

QList<DailyPoint> points(std::initializer_list<std::pair<QDate, double>> list)
{
    QList<DailyPoint> out;
    for (const auto& [day, value] : list)
        out << DailyPoint{day, value};
    return out;
}

} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void boardHoldsTheWholeCatalogGrouped();
    void everyCardShowsTheWarehouseValue();
    void changeFollowsThePreviousPeriod();
    void goalsShowProgressAndStatus();
    void timeChartsDrawTheAnswersSeries();
    void artistChoiceReimportsTimeline();
    void skippedArtistChoiceIsNotAskedAgainUntilImported();

private:
    KpiCard* card(const QString& id) const
    {
        return m_window->findChild<KpiCard*>(QStringLiteral("kpi-") + id);
    }
    TimeSeriesChart* timeChart(const char* name) const
    {
        return m_window->findChild<TimeSeriesChart*>(QString::fromLatin1(name));
    }
    void importAll(const QStringList& paths);
    // What every card should say for `filter`, from the warehouse directly: ids whose card differs.
    QStringList mismatches(const Filter& filter, bool captions);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestDashboard::initTestCase()
{
    test::setUpUiTest("tst_dashboard");
}

void TestDashboard::init()
{
    test::resetUiSettings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_window = bedrot::test::openWindow(m_dir->filePath(QStringLiteral("workspace")));
    m_window->resize(1600, 1000);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestDashboard::cleanup()
{
    if (m_window)
        m_window->close();
    m_window.reset();
    m_dir.reset();
}

void TestDashboard::importAll(const QStringList& paths)
{
    test::importThroughWindow(*m_window, paths, kTimeout);
}

QStringList TestDashboard::mismatches(const Filter& filter, bool captions)
{
    // A read connection of the test's own, in this thread, like the command line's `kpis`.
    test::Connection db(Workspace(m_window->workspaceRoot()).warehousePath());
    if (!db.isOpen())
        return {QStringLiteral("(no connection)")};
    const WarehouseReader reader(db.db());
    const Result<QList<KpiValue>> read = reader.kpis(filter);
    if (!read)
        return {read.errorMessage()};
    const QList<KpiValue>& now = *read;
    const QList<KpiValue> before = reader.kpis(filter.previous()).valueOr({});
    QStringList out;
    for (const KpiDefinition& def : KpiCatalog::all()) {
        KpiCard* c = card(def.id);
        if (!c) {
            out << def.id + QStringLiteral(": no card");
            continue;
        }
        const auto find = [&def](const QList<KpiValue>& list) {
            for (const KpiValue& v : list)
                if (v.id == def.id)
                    return v;
            return KpiValue::null(def.id);
        };
        const KpiValue v = find(now), p = find(before);
        const QString value = v.isNull() ? KpiFormat::dash() : KpiFormat::value(def, v);
        if (c->valueText() != value)
            out << QStringLiteral("%1: card %2, warehouse %3").arg(def.id, c->valueText(), value);
        if (captions && !v.isNull() && def.unit != KpiDefinition::Unit::Text) {
            const QString caption = KpiFormat::change(def, v, &p).text;
            if (c->captionText() != caption)
                out << QStringLiteral("%1: caption %2, expected %3").arg(def.id, c->captionText(), caption);
        }
    }
    return out;
}

void TestDashboard::boardHoldsTheWholeCatalogGrouped()
{
    KpiBoard* board = m_window->kpiBoard();
    QVERIFY(board);
    QCOMPARE(board->cards().size(), KpiCatalog::all().size());
    QVERIFY(KpiCatalog::all().size() >= 40);
    QCOMPARE(KpiBoard::groups(),
             (QStringList{QStringLiteral("Revenue"), QStringLiteral("Streams"), QStringLiteral("Audience"),
                          QStringLiteral("Marketing"), QStringLiteral("Email"), QStringLiteral("Goals")}));
    QStringList ids = MainWindow::cardIds();
    QCOMPARE(ids.size(), KpiCatalog::all().size());
    ids.sort();
    QStringList catalog = KpiCatalog::ids();
    catalog.sort();
    QCOMPARE(ids, catalog); // each KPI once
    for (const QString& id : KpiCatalog::ids())
        QVERIFY2(card(id), qPrintable(id));
    // 1600 px wide: six cards a row, all on the Overview page, which scrolls.
    QCOMPARE(board->columns(), 6);
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Overview);
    QVERIFY(card(QStringLiteral("revenue"))->isVisible());
    QVERIFY(card(QStringLiteral("goal_followers"))->isVisibleTo(m_window.get()));
    // Cards of a short group keep the width of a full row's.
    QCOMPARE(card(QStringLiteral("goal_followers"))->width(), card(QStringLiteral("revenue"))->width());
    QCOMPARE(KpiBoard::columnsFor(500), 2);
    QCOMPARE(KpiBoard::columnsFor(1000), 4);
}

void TestDashboard::everyCardShowsTheWarehouseValue()
{
    importAll(test::writeSmallWorkspace(QDir(m_dir->path())));
    if (QTest::currentTestFailed())
        return;
    const Filter all = m_window->session()->filter(); // "All time"
    QTRY_VERIFY2_WITH_TIMEOUT(mismatches(all, false).isEmpty(),
                              qPrintable(mismatches(all, false).join(u'\n')), kTimeout);
    // Not only dashes agreeing with dashes: every source fed its cards. By hand:
    QCOMPARE(card(QStringLiteral("revenue"))->valueText(), QStringLiteral("12.35 USD"));
    QCOMPARE(card(QStringLiteral("streams"))->valueText(), QStringLiteral("5,000"));
    QCOMPARE(card(QStringLiteral("streams_apple"))->valueText(), QStringLiteral("400"));
    QCOMPARE(card(QStringLiteral("spotify_listeners"))->valueText(), QStringLiteral("150"));
    QCOMPARE(card(QStringLiteral("tiktok_views"))->valueText(), QStringLiteral("3,000"));
    QCOMPARE(card(QStringLiteral("tiktok_engagement_rate"))->valueText(), QStringLiteral("10.00%"));
    QCOMPARE(card(QStringLiteral("link_ctr"))->valueText(), QStringLiteral("34.00%")); // 34 / 100
    QCOMPARE(card(QStringLiteral("ad_spend"))->valueText(), QStringLiteral("50.00 USD"));
    QCOMPARE(card(QStringLiteral("ad_cpc"))->valueText(), QStringLiteral("0.43 USD")); // 50 / 115
    QCOMPARE(card(QStringLiteral("top_country"))->valueText(), QStringLiteral("US"));
    int filled = 0;
    for (KpiCard* c : m_window->kpiBoard()->cards())
        filled += c->valueText() != KpiFormat::dash();
    QVERIFY2(filled >= 34,
             qPrintable(QString::number(filled))); // all but YouTube, email and a few period KPIs

    // The same for a range of its own: February 2024.
    m_window->rangeSelector()->setCustomRange(QDate(2024, 2, 1), QDate(2024, 2, 29));
    const Filter february = range(QDate(2024, 2, 1), QDate(2024, 2, 29));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->filter(), february, kTimeout);
    QTRY_VERIFY2_WITH_TIMEOUT(mismatches(february, false).isEmpty(),
                              qPrintable(mismatches(february, false).join(u'\n')), kTimeout);
    QCOMPARE(card(QStringLiteral("revenue"))->valueText(), QStringLiteral("7.60 USD"));
    QCOMPARE(card(QStringLiteral("tiktok_views"))->valueText(), QStringLiteral("2,000"));
}

void TestDashboard::changeFollowsThePreviousPeriod()
{
    QSignalSpy shown(m_window.get(), &MainWindow::dashboardShown);
    importAll(test::writeSmallWorkspace(QDir(m_dir->path())));
    if (QTest::currentTestFailed())
        return;
    // February against the 29 days before it (January 3–31): every source has data on both sides.
    m_window->rangeSelector()->setCustomRange(QDate(2024, 2, 1), QDate(2024, 2, 29));
    const Filter february = range(QDate(2024, 2, 1), QDate(2024, 2, 29));
    QTRY_VERIFY2_WITH_TIMEOUT(mismatches(february, true).isEmpty(),
                              qPrintable(mismatches(february, true).join(u'\n')), kTimeout);

    // The answer carries the previous period's whole catalog, and the cards use it.
    const auto last = shown.last().first().value<DashboardData>();
    QCOMPARE(last.filter, february);
    QVERIFY(last.previousKpi(QStringLiteral("revenue")));
    QCOMPARE(last.previousKpi(QStringLiteral("revenue"))->money.toString(2), QStringLiteral("4.75"));
    QCOMPARE(last.previousKpis.size(), KpiCatalog::all().size());

    // By hand.
    QCOMPARE(card(QStringLiteral("revenue"))->captionText(),
             QStringLiteral("\u25b2 +60.0% vs previous period"));
    QCOMPARE(card(QStringLiteral("revenue"))->tone(), KpiCard::Tone::Up);
    QCOMPARE(card(QStringLiteral("streams"))->captionText(),
             QStringLiteral("\u25b2 +17.4% vs previous period")); // 2700 / 2300
    QCOMPARE(card(QStringLiteral("spotify_listeners"))->captionText(),
             QStringLiteral("\u25b2 +36.4% vs previous period"));
    QCOMPARE(card(QStringLiteral("spotify_followers_gained"))->captionText(),
             QStringLiteral("\u25b2 +300.0% vs previous period"));
    // Ratios move in percentage points; an unchanged one has no arrow.
    QCOMPARE(card(QStringLiteral("link_ctr"))->captionText(),
             QStringLiteral("\u25b2 +15.0 pp vs previous period"));
    QCOMPARE(card(QStringLiteral("tiktok_engagement_rate"))->captionText(),
             QStringLiteral("\u00b10.0 pp vs previous period"));
    QCOMPARE(card(QStringLiteral("tiktok_engagement_rate"))->tone(), KpiCard::Tone::Neutral);
    // A cost that fell is good news: ▼ in green.
    QCOMPARE(card(QStringLiteral("ad_cpc"))->captionText(),
             QStringLiteral("\u25bc \u221220.0% vs previous period"));
    QCOMPARE(card(QStringLiteral("ad_cpc"))->tone(), KpiCard::Tone::Up);
    // Names have no change; a side without data gets a muted dash.
    QCOMPARE(card(QStringLiteral("top_country"))->captionText(), QStringLiteral("United States"));
    QCOMPARE(card(QStringLiteral("youtube_views"))->captionText(), QStringLiteral("no data"));

    // January has nothing before it: a muted dash, not a change.
    m_window->rangeSelector()->setCustomRange(QDate(2024, 1, 1), QDate(2024, 1, 31));
    QTRY_COMPARE_WITH_TIMEOUT(card(QStringLiteral("revenue"))->valueText(), QStringLiteral("4.75 USD"),
                              kTimeout);
    QCOMPARE(card(QStringLiteral("revenue"))->captionText(), QStringLiteral("\u2014 vs previous period"));
    QCOMPARE(card(QStringLiteral("revenue"))->tone(), KpiCard::Tone::Muted);
}

void TestDashboard::goalsShowProgressAndStatus()
{
    QCOMPARE(KpiCard::goalStatusFor(100.0), KpiCard::GoalStatus::Achieved);
    QCOMPARE(KpiCard::goalStatusFor(75.0), KpiCard::GoalStatus::OnTrack);
    QCOMPARE(KpiCard::goalStatusFor(74.9), KpiCard::GoalStatus::Behind);
    QCOMPARE(KpiCard::goalStatusFor(50.0), KpiCard::GoalStatus::Behind);
    QCOMPARE(KpiCard::goalStatusFor(49.9), KpiCard::GoalStatus::AtRisk);

    KpiCard* followers = card(QStringLiteral("goal_followers"));
    QVERIFY(followers->isGoal());
    QVERIFY(!card(QStringLiteral("revenue"))->isGoal());
    QCOMPARE(followers->goalStatusText(), QString()); // no data yet: no verdict either

    importAll(test::writeSmallWorkspace(QDir(m_dir->path())));
    if (QTest::currentTestFailed())
        return;
    m_window->rangeSelector()->setCustomRange(QDate(2024, 2, 1), QDate(2024, 2, 29));
    // February's answer (all time has the same followers goal, but no period before it).
    QTRY_COMPARE_WITH_TIMEOUT(card(QStringLiteral("revenue"))->valueText(), QStringLiteral("7.60 USD"),
                              kTimeout);
    // (5000 Spotify + 2600 TikTok) / 10,000 = 76.0%.
    QCOMPARE(followers->valueText(), QStringLiteral("76.0%"));
    QCOMPARE(followers->progressValue(), 76);
    QCOMPARE(followers->goalStatus(), KpiCard::GoalStatus::OnTrack);
    QCOMPARE(followers->goalStatusText(), QStringLiteral("on track"));
    QCOMPARE(followers->captionText(), QStringLiteral("\u25b2 +1.8 pp vs previous period")); // from 74.2%
    // 7.60 USD of 500 in February.
    KpiCard* revenue = card(QStringLiteral("goal_monthly_revenue"));
    QCOMPARE(revenue->valueText(), QStringLiteral("1.5%"));
    QCOMPARE(revenue->progressValue(), 2);
    QCOMPARE(revenue->goalStatusText(), QStringLiteral("at risk"));
}

void TestDashboard::timeChartsDrawTheAnswersSeries()
{
    QSignalSpy shown(m_window.get(), &MainWindow::dashboardShown);
    importAll(test::writeSmallWorkspace(QDir(m_dir->path())));
    if (QTest::currentTestFailed())
        return;
    TimeSeriesChart* social = timeChart("chart-tiktok");
    QVERIFY(social);
    // Answers computed while the files went in one by one may still arrive: wait for one with
    // every source in it (the ads file is not the last to be imported by chance alone).
    const auto complete = [&shown] {
        if (shown.isEmpty())
            return false;
        const auto d = shown.last().first().value<DashboardData>();
        for (DailySeries s :
             {DailySeries::StreamsSpotify, DailySeries::StreamsApple, DailySeries::SpotifyListeners,
              DailySeries::SpotifyFollowers, DailySeries::TiktokViews, DailySeries::TiktokFollowers,
              DailySeries::LinkViews, DailySeries::LinkClicks, DailySeries::AdSpend,
              DailySeries::TiktokEngagement, DailySeries::LinkCtr})
            if (d.daily.value(s).isEmpty())
                return false;
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(complete(), kTimeout);
    const QList<DailyPoint> views = points({{QDate(2024, 1, 15), 1000}, {QDate(2024, 2, 15), 2000}});
    QCOMPARE(social->seriesData(0), views);

    const auto answer = shown.last().first().value<DashboardData>();
    QCOMPARE(answer.daily.value(DailySeries::TiktokViews), views);
    QCOMPARE(answer.daily.value(DailySeries::LinkClicks),
             points({{QDate(2024, 1, 12), 10}, {QDate(2024, 2, 12), 24}}));
    QCOMPARE(answer.daily.value(DailySeries::StreamsSpotify), points({{QDate(2024, 1, 20), 1000},
                                                                      {QDate(2024, 1, 21), 1200},
                                                                      {QDate(2024, 2, 10), 1500},
                                                                      {QDate(2024, 2, 11), 900}}));
    QCOMPARE(answer.daily.value(DailySeries::StreamsApple),
             points({{QDate(2024, 1, 20), 100}, {QDate(2024, 2, 10), 300}}));
    QCOMPARE(answer.daily.value(DailySeries::SpotifyFollowers).size(), 4);
    QCOMPARE(answer.daily.value(DailySeries::AdSpend),
             points({{QDate(2024, 1, 20), 20.0}, {QDate(2024, 2, 10), 30.0}}));
    // Engagement (80 + 5 + 15, 150 + 10 + 40) is 10% of the views both days; CTR 10 / 40, 24 / 60.
    QCOMPARE(answer.daily.value(DailySeries::TiktokEngagement),
             points({{QDate(2024, 1, 15), 100}, {QDate(2024, 2, 15), 200}}));
    QCOMPARE(answer.daily.value(DailySeries::TiktokEngagementRate),
             points({{QDate(2024, 1, 15), 10}, {QDate(2024, 2, 15), 10}}));
    QCOMPARE(answer.daily.value(DailySeries::LinkCtr),
             points({{QDate(2024, 1, 12), 25}, {QDate(2024, 2, 12), 40}}));
    // The Meta campaign spent on Jan 20 and Feb 10: its start and stop mark the time charts.
    const QString campaign = QStringLiteral("Nova Lane - Night Shift - STREAMING");
    QCOMPARE(answer.markers,
             (QList<ChartMarker>{{QDate(2024, 1, 20), ChartMarker::Kind::CampaignStart, campaign},
                                 {QDate(2024, 2, 10), ChartMarker::Kind::CampaignStop, campaign}}));

    // Each chart draws exactly its part of the answer (short series: drawn as given).
    const QList<std::pair<const char*, QList<QList<DailyPoint>>>> expected{
        {"chart-daily-streams",
         {answer.daily.value(DailySeries::StreamsSpotify), answer.daily.value(DailySeries::StreamsApple)}},
        {"chart-spotify-audience",
         {answer.daily.value(DailySeries::SpotifyListeners),
          answer.daily.value(DailySeries::SpotifyFollowers)}},
        {"chart-tiktok",
         {answer.daily.value(DailySeries::TiktokViews), answer.daily.value(DailySeries::TiktokEngagement),
          answer.daily.value(DailySeries::TiktokEngagementRate)}},
        {"chart-linktree",
         {answer.daily.value(DailySeries::LinkViews), answer.daily.value(DailySeries::LinkClicks),
          answer.daily.value(DailySeries::LinkCtr)}},
        {"chart-streams-by-distributor",
         {answer.daily.value(DailySeries::StreamsDistroKid),
          answer.daily.value(DailySeries::StreamsTooLost)}},
    };
    for (const auto& [name, series] : expected) {
        TimeSeriesChart* chart = timeChart(name);
        QVERIFY2(chart, name);
        QCOMPARE(chart->seriesCount(), series.size());
        for (int i = 0; i < series.size(); ++i) {
            QCOMPARE(chart->seriesData(i), series.at(i));
            QCOMPARE(chart->drawnData(i), series.at(i));
            QCOMPARE(chart->lineSeries(i)->count(), int(series.at(i).size()));
        }
    }
    // Marketing: spend against followers gained since the first day, and against all streams on
    // the days both platforms reported.
    TimeSeriesChart* followers = timeChart("chart-ad-spend-followers");
    QCOMPARE(followers->seriesData(0), answer.daily.value(DailySeries::AdSpend));
    QCOMPARE(followers->seriesData(1), points({{QDate(2024, 1, 10), 0},
                                               {QDate(2024, 1, 31), 20},
                                               {QDate(2024, 2, 15), 60},
                                               {QDate(2024, 2, 29), 100}}));
    QCOMPARE(followers->seriesData(2), points({{QDate(2024, 1, 31), 0}, {QDate(2024, 2, 29), 100}}));
    TimeSeriesChart* streams = timeChart("chart-ad-spend-streams");
    QCOMPARE(streams->seriesData(1), points({{QDate(2024, 1, 20), 1100}, {QDate(2024, 2, 10), 1800}}));

    // The CSV is the table behind the lines, and the markers drawn with them.
    QCOMPARE(social->csv(),
             QByteArrayLiteral("day,tiktok_views,tiktok_engagement,tiktok_engagement_rate_pct,events\r\n"
                               "2024-01-15,1000,100,10.00,\r\n"
                               "2024-01-20,,,,campaign_start:Nova Lane - Night Shift - STREAMING\r\n"
                               "2024-02-10,,,,campaign_stop:Nova Lane - Night Shift - STREAMING\r\n"
                               "2024-02-15,2000,200,10.00,\r\n"));
    QCOMPARE(social->drawnMarkers(), answer.markers);
    QCOMPARE(timeChart("chart-ad-spend-followers")->csvHeader().value(1), QStringLiteral("ad_spend_usd"));
    QVERIFY(timeChart("chart-ad-spend-followers")->csv().contains("2024-02-10,30.00,,"));
    m_window->showPage(MainWindow::Page::Audience);
    QTRY_VERIFY(social->isVisible());
    QVERIFY(!social->image().isNull());
    QCOMPARE(m_window->currentChart(), timeChart("chart-spotify-audience")); // the first on the page shown
}

void TestDashboard::artistChoiceReimportsTimeline()
{
    importAll(
        {test::writeFile(m_dir->filePath(QStringLiteral("distrokid_bank_details.tsv")), test::statement())});
    if (QTest::currentTestFailed())
        return;
    QTRY_COMPARE_WITH_TIMEOUT(card(QStringLiteral("revenue"))->valueText(), QStringLiteral("12.35 USD"),
                              kTimeout);

    QStringList asked, offered;
    QString message;
    m_window->setArtistChooser([&](const QString& path, const QString& why, const QStringList& artists) {
        asked << path;
        message = why;
        offered = artists;
        return QStringLiteral("Nova Lane");
    });
    const QString timeline =
        test::writeFile(m_dir->filePath(QStringLiteral("timeline.csv")), test::audienceTimeline());
    QSignalSpy finished(m_window->session(), &WorkspaceSession::importFinished);
    m_window->importFiles({timeline});
    // First the rejection, then the re-import with the chosen artist.
    QVERIFY(finished.wait(kTimeout));
    QCOMPARE(finished.first().first().value<QList<ImportResult>>().first().status,
             ImportResult::Status::NeedsArtist);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, kTimeout);
    const ImportResult again = finished.at(1).first().value<QList<ImportResult>>().first();
    QCOMPARE(again.status, ImportResult::Status::Loaded);
    QCOMPARE(again.rowsLoaded, 4);
    QCOMPARE(asked, QStringList{timeline});
    QCOMPARE(message, QStringLiteral("Spotify for Artists audience timeline"));
    QCOMPARE(offered, QStringList{QStringLiteral("Nova Lane")});

    QTRY_COMPARE_WITH_TIMEOUT(card(QStringLiteral("spotify_listeners"))->valueText(), QStringLiteral("150"),
                              kTimeout);
    QCOMPARE(card(QStringLiteral("spotify_followers"))->valueText(), QStringLiteral("5,000"));
    QVERIFY(m_window->runLog()->entries().join(u'\n').contains(QStringLiteral("as an export of Nova Lane")));

    // The hint was for that file only: the next artist-less export is asked about again.
    const QString overview = test::writeFile(m_dir->filePath(QStringLiteral("Overview.csv")),
                                             test::tiktokOverview(), test::tiktokExportTime());
    finished.clear();
    m_window->setArtistChooser([&](const QString& path, const QString&, const QStringList&) {
        asked << path;
        return QStringLiteral("Kai Brennan"); // a new artist
    });
    m_window->importFiles({overview});
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, kTimeout);
    QCOMPARE(asked.size(), 2);
    QCOMPARE(finished.at(1).first().value<QList<ImportResult>>().first().status,
             ImportResult::Status::Loaded);
    QTRY_COMPARE_WITH_TIMEOUT(card(QStringLiteral("tiktok_views"))->valueText(), QStringLiteral("3,000"),
                              kTimeout);
}

void TestDashboard::skippedArtistChoiceIsNotAskedAgainUntilImported()
{
    m_window->session()->setLandingSettleInterval(600000); // only Refresh imports the landing folder here
    int asked = 0;
    m_window->setArtistChooser([&asked](const QString&, const QString&, const QStringList&) {
        ++asked;
        return QString(); // "Skip this file"
    });
    const QString timeline =
        test::writeFile(m_dir->filePath(QStringLiteral("timeline.csv")), test::audienceTimeline());
    QSignalSpy finished(m_window->session(), &WorkspaceSession::importFinished);
    m_window->importFiles({timeline});
    QVERIFY(finished.wait(kTimeout));
    QTRY_COMPARE_WITH_TIMEOUT(asked, 1, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->runLog()->entries().join(u'\n').contains(QStringLiteral("Skipped")),
                             kTimeout);
    QCOMPARE(card(QStringLiteral("spotify_listeners"))->valueText(), QStringLiteral("\u2014"));

    // Dropped in the landing folder, it comes back with every refresh: no question each time.
    const QString landing = Workspace(m_window->workspaceRoot()).landingDir();
    QVERIFY(QFile::copy(timeline, QDir(landing).filePath(QStringLiteral("timeline.csv"))));
    const QString inLanding =
        QFileInfo(QDir(landing).filePath(QStringLiteral("timeline.csv"))).absoluteFilePath();
    m_window->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 2, kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(asked, 2, kTimeout); // a new path: asked once
    finished.clear();
    m_window->refresh();
    QVERIFY(finished.wait(kTimeout));
    QCoreApplication::processEvents(); // the window asks on the next turn of the event loop, if at all
    QCOMPARE(asked, 2);
    // Imported on purpose, it is asked about again.
    m_window->importFiles({inLanding});
    QTRY_COMPARE_WITH_TIMEOUT(asked, 3, kTimeout);
}

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
