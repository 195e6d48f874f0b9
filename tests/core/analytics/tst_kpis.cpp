// Revenue KPIs of KPIS.md against a small hand-made statement (tests/data/kpis/statement.tsv) whose
// every expected value was worked out by hand; the arithmetic is in the comments.
#include "core/warehousetestsupport.h"

#include "analytics/kpicatalog.h"
#include "domain/filter.h"
#include "lake/workspace.h"
#include "warehouse/warehousereader.h"
#include "warehouse/warehousewriter.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace bedrot;
using bedrot::test::Connection;

// The statement (file line: reporting date, sale month, store, artist, ISRC, quantity, country, earnings):
//  2  2024-03-05 2024-01 Spotify        Nova    T1 1000 US  3.12345678
//  3  2024-03-05 2024-01 Spotify        Nova    T1  500 GB  1.50000001
//  4  2024-03-05 2024-01 Apple Music    Nova    T2  200 US  1.20000000
//  5  2024-03-12 2024-01 YouTube (Ads)  Nova    T1  300 US  0.29999999
//  6  2024-03-12 2024-01 YouTube (Red)  Élodie  T3  100 FR  0.25000000
//  7  2024-03-08 2024-01 iTunes Songs   Élodie  T3    2 FR  1.38000000   download
//  8  2024-04-05 2024-02 Spotify        Nova    T2  800 DE  2.40000000
//  9  2024-04-05 2024-02 Spotify        ÉLODIE  T3  400 FR  1.00000000   (artist in capitals)
// 10  2024-04-08 2024-02 Apple Music    Nova    T1  100 US  0.60000000
// 11  2024-04-08 2024-02 iTunes Songs   Nova    T1   -1 US -0.69000000   return (download)
// 12  2024-04-12 2024-02 TikTok         Nova    T2 1000 BR  0            zero line
// 13  2024-04-20 2024-02 Deezer         Élodie  T3  400 FR  1.00000000
// 14  2024-05-05 2024-03 Spotify        Nova    T1  600 US  1.80000000
// 15  2024-05-05 2024-03 Spotify        Élodie  T3  600 FR  1.80000000
// 16  2024-05-12 2024-03 YouTube (Ads)  Élodie  T3  250 FR  0.20000000
// 17  2024-06-05 2024-01 Deezer         Nova    T1   50 FR  0.12500000   5 months late
// 18  2024-02-05 2023-12 Spotify        Nova    T1  900 US  2.70000000
// 19  2024-02-05 2023-12 Apple Music    Élodie  T3  100 FR  0.50000000
// 20  = line 2 (an identical second line: both count)
// 21  2025-01-10 2024-03 Amazon Unlimited (Streaming) Nova T2 40 US 0.16000000   10 months late
// 22  2024-05-20 2024-03 Anghami        Élodie  T3   10 AE  0.01234567   unknown store (streaming)
// 23  2023-11-06 2023-09 Spotify        Nova    T1  300 US  0.90000000
// T1 = QZTAW2400001 (Nova Reyes, split 50%), T2 = QZTAW2400002 (Nova Reyes, no split: 100%),
// T3 = FRXYZ2400003 (Élodie Marchand, split 12.5%).
//
// Usage-month sums: Jan 2024 = 3.12345678×2 + 1.50000001 + 1.2 + 0.29999999 + 0.25 + 1.38 + 0.125
// = 11.00191356
//                   Feb 2024 = 2.4 + 1.0 + 0.6 − 0.69 + 0 + 1.0 = 4.31
//                   Mar 2024 = 1.8 + 1.8 + 0.2 + 0.16 + 0.01234567 = 3.97234567
//                   Dec 2023 = 2.7 + 0.5 = 3.2;  Sep 2023 = 0.9
// Per track, Q1 2024: T1 = 6.24691356 + 1.50000001 + 0.29999999 + 0.6 − 0.69 + 1.8 + 0.125 = 9.88191356
//                     T2 = 1.2 + 2.4 + 0 + 0.16 = 3.76
//                     T3 = 0.25 + 1.38 + 1.0 + 1.0 + 1.8 + 0.2 + 0.01234567 = 5.64234567   (sum 19.28425923
//                     ✓)
//
// Daily streams inserted by SQL (distributor rows for all artists, track 0):
//   2023-12-31 spotify 700 | 2024-01-10 spotify 1000 | 2024-01-11 spotify 500 | 2024-02-01 apple_music 200
//   2024-03-15 itunes 100 (no reference rate: "other") | 2024-03-20 tiktok 1000 | 2024-03-31 youtube 3000
//   2024-04-01 spotify 10000
// Rates: spotify 0.002274, apple 0.005771, youtube 0.001, tiktok 0.002486, other 0.002486.

namespace {

struct Case
{
    Filter filter;
    // "id=value@as_of": value "null" for no value; as_of "*" = not checked, "" = null. Numbers may be
    // written "a/b" and are compared to 1e-12 relative; money and counts exactly as printed.
    QStringList expect;
};

Filter range(const char* from, const char* to)
{
    Filter f;
    f.from = QDate::fromString(QLatin1String(from), Qt::ISODate);
    f.to = QDate::fromString(QLatin1String(to), Qt::ISODate);
    return f;
}

double evaluate(const QString& text)
{
    const qsizetype slash = text.indexOf(u'/');
    if (slash < 0)
        return text.toDouble();
    return text.left(slash).toDouble() / text.mid(slash + 1).toDouble();
}

} // namespace

Q_DECLARE_METATYPE(Case)

class TestKpis final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void revenue_data();
    void revenue();
    void everyIdPresentInOrder();
    void previousPeriod_data();
    void previousPeriod();
    void goalIsCapped();
    void tiesIgnoreLetterCase();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Connection> m_db;
};

void TestKpis::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::importKpiStatement(m_dir.path());
    if (QTest::currentTestFailed())
        return;
    m_db = std::make_unique<Connection>(Workspace(m_dir.path()).warehousePath());
    Connection& c = *m_db;
    QCOMPARE(c.count(QStringLiteral("statement_line")), 22);
    QCOMPARE(c.count(QStringLiteral("artist")), 2); // "ÉLODIE MARCHAND" is Élodie Marchand
    QVERIFY2(c.exec(QStringLiteral("INSERT INTO catalog_split (track_id, royalty_percentage) "
                                   "SELECT id, '50' FROM track WHERE isrc = 'QZTAW2400001' "
                                   "UNION ALL SELECT id, '12.5' FROM track WHERE isrc = 'FRXYZ2400003'")),
             qPrintable(c.lastError()));
    QVERIFY(c.exec(
        QStringLiteral("INSERT INTO artist_alias (alias, artist_id, origin) SELECT 'N. Reyes', id, 'user' "
                       "FROM artist WHERE name = 'Nova Reyes'")));
    const QList<std::tuple<const char*, const char*, int>> streams = {
        {"2023-12-31", "spotify", 700},     {"2024-01-10", "spotify", 1000},  {"2024-01-11", "spotify", 500},
        {"2024-02-01", "apple_music", 200}, {"2024-03-15", "itunes", 100},    {"2024-03-20", "tiktok", 1000},
        {"2024-03-31", "youtube", 3000},    {"2024-04-01", "spotify", 10000},
    };
    for (const auto& [day, platform, n] : streams)
        QVERIFY2(c.exec(QStringLiteral("INSERT INTO daily_stream (distributor, platform_id, day, streams) "
                                       "SELECT 'distrokid', id, ?, ? FROM platform WHERE key = ?"),
                        {QString::fromLatin1(day), n, QString::fromLatin1(platform)}) &&
                     c.scalar(QStringLiteral("SELECT changes()")).toInt() == 1,
                 platform);
}

void TestKpis::cleanupTestCase()
{
    m_db.reset();
}

void TestKpis::revenue_data()
{
    QTest::addColumn<Case>("c");

    // Q1 2024, everything.
    // revenue = Jan + Feb + Mar = 11.00191356 + 4.31 + 3.97234567 = 19.28425923; as of line 21's 2025-01-10.
    // revenue_prev: 91 days → 2023-10-02 … 2023-12-31 → months Oct–Dec 2023 = 2.7 + 0.5 = 3.2 (Sep's 0.9
    // excluded). revenue_share = T1 × 50% + T2 + T3 × 12.5% = 4.94095678 + 3.76 + 0.70529320875 (→
    // 0.705293209) = 9.406249989 units =
    // 1000+500+200+300+100+2+800+400+100−1+1000+400+600+600+250+50+1000+40+10 = 7351 per stream: without the
    // iTunes Songs lines 7 and 11: (19.28425923 − 1.38 + 0.69) / (7351 − 2 + 1)
    //           = 18.59425923 / 7350
    // cash (reported in Q1): lines 2,3,4,5,6,7,18,19,20 = 6.24691356 + 1.50000001 + 1.2 + 0.29999999 + 0.25
    // + 1.38
    //                        + 2.7 + 0.5 = 14.07691356, latest report 2024-03-12; every delay is 2 months.
    // top store Spotify (2,3,8,9,14,15,20 = 14.74691357), top track T1 (9.88191356),
    // top country US (2,4,5,10,11,14,20,21 = 9.61691355 > FR 5.755).
    // goal: March (last full month) 3.97234567 / 500 × 100.
    // expected = 1500 × 0.002274 + 200 × 0.005771 + 100 × 0.002486 + 1000 × 0.002486 + 3000 × 0.001
    //          = 3.411 + 1.1542 + 0.2486 + 2.486 + 3.0 = 10.2998; variance = 19.28425923 − 10.2998
    //          = 8.98445923
    // streams 5800 on 6 days; previous period 700 → growth (5800 − 700) / 700 × 100.
    QTest::newRow("Q1 2024") << Case{
        range("2024-01-01", "2024-03-31"),
        {QStringLiteral("revenue=19.28425923@2025-01-10"), QStringLiteral("revenue_prev=3.200000@2024-02-05"),
         QStringLiteral("revenue_share=9.406249989@2025-01-10"),
         QStringLiteral("statement_units=7351@2025-01-10"),
         QStringLiteral("revenue_per_stream=18.59425923/7350@2025-01-10"),
         QStringLiteral("cash_reported=14.07691356@2024-03-12"),
         QStringLiteral("payment_delay_months=2@2024-03-12"), QStringLiteral("top_store=Spotify@*"),
         QStringLiteral("top_track=QZTAW2400001@*"), QStringLiteral("top_country=US@*"),
         QStringLiteral("goal_monthly_revenue=0.794469134@2025-01-10"),
         QStringLiteral("expected_revenue=10.299800@2024-03-31"),
         QStringLiteral("revenue_variance=8.98445923@2025-01-10"), QStringLiteral("streams=5800@2024-03-31"),
         QStringLiteral("streams_spotify=1500@2024-01-11"), QStringLiteral("streams_apple=200@2024-02-01"),
         QStringLiteral("streams_daily_avg=5800/6@2024-03-31"),
         QStringLiteral("streams_growth_pct=510000/700@2024-03-31")}};

    // Élodie Marchand, typed in lower case (non-ASCII letter included): T3's lines, the capitalised line 9
    // too. revenue = 5.64234567 (latest report: line 22, 2024-05-20); prev Oct–Dec 2023 = line 19 = 0.5.
    // share = 5.64234567 × 12.5% = 0.70529320875 → 0.705293209.
    // units = 100 + 2 + 400 + 400 + 600 + 250 + 10 = 1762; per stream without line 7: (5.64234567 − 1.38) /
    // 1760. cash: lines 6, 7, 19 = 0.25 + 1.38 + 0.5 = 2.13, latest 2024-03-12; delays 2, 2, 2. stores:
    // Spotify 1.0 + 1.8 = 2.8 is top; country FR (5.63) over AE. goal: March = 1.8 + 0.2 + 0.01234567
    // = 2.01234567 / 500 × 100 = 0.402469134. Daily streams are for all artists (artist 0): no expected
    // revenue for one artist.
    const QStringList elodie = {QStringLiteral("revenue=5.64234567@2024-05-20"),
                                QStringLiteral("revenue_prev=0.500000@2024-02-05"),
                                QStringLiteral("revenue_share=0.705293209@2024-05-20"),
                                QStringLiteral("statement_units=1762@2024-05-20"),
                                QStringLiteral("revenue_per_stream=4.26234567/1760@2024-05-20"),
                                QStringLiteral("cash_reported=2.130000@2024-03-12"),
                                QStringLiteral("payment_delay_months=2@2024-03-12"),
                                QStringLiteral("top_store=Spotify@*"),
                                QStringLiteral("top_track=FRXYZ2400003@*"),
                                QStringLiteral("top_country=FR@*"),
                                QStringLiteral("goal_monthly_revenue=0.402469134@2024-05-20"),
                                QStringLiteral("expected_revenue=null@"),
                                QStringLiteral("revenue_variance=null@"),
                                QStringLiteral("streams=null@")};
    Filter f = range("2024-01-01", "2024-03-31");
    f.artist = QStringLiteral("\u00E9lodie marchand");
    QTest::newRow("artist, lower case") << Case{f, elodie};
    f.artist = QStringLiteral("\u00C9LODIE MARCHAND");
    QTest::newRow("artist, capitals") << Case{f, elodie};
    f.artist = QStringLiteral("  \u00C9lodie Marchand ");
    QTest::newRow("artist, as written, blanks") << Case{f, elodie};

    // Nova Reyes = T1 + T2 = 9.88191356 + 3.76 = 13.64191356, by name in capitals and by a user alias.
    f.artist = QStringLiteral("NOVA REYES");
    QTest::newRow("artist, ascii capitals") << Case{f, {QStringLiteral("revenue=13.64191356@2025-01-10")}};
    f.artist = QStringLiteral("n. reyes");
    QTest::newRow("artist alias") << Case{f, {QStringLiteral("revenue=13.64191356@2025-01-10")}};
    f.artist = QStringLiteral("Nobody");
    QTest::newRow("unknown artist") << Case{
        f, {QStringLiteral("revenue=null@"), QStringLiteral("top_store=null@")}};

    // Track T2 written with hyphens in lower case: lines 4, 8, 12, 21 = 1.2 + 2.4 + 0 + 0.16 = 3.76.
    // units 200 + 800 + 1000 + 40 = 2040, all streaming. Countries: DE 2.4 > US 1.36. Cash: line 4 (1.2,
    // 2024-03-05). No T2 line in Oct–Dec 2023: no previous revenue. Goal: March = line 21 = 0.16 / 500 × 100
    // = 0.032.
    f = range("2024-01-01", "2024-03-31");
    f.track = QStringLiteral("qztaw-24-00002");
    QTest::newRow("track") << Case{
        f,
        {QStringLiteral("revenue=3.760000@2025-01-10"), QStringLiteral("revenue_prev=null@"),
         QStringLiteral("revenue_share=3.760000@2025-01-10"),
         QStringLiteral("statement_units=2040@2025-01-10"),
         QStringLiteral("revenue_per_stream=3.76/2040@2025-01-10"),
         QStringLiteral("cash_reported=1.200000@2024-03-05"),
         QStringLiteral("payment_delay_months=2@2024-03-05"), QStringLiteral("top_store=Spotify@*"),
         QStringLiteral("top_track=QZTAW2400002@*"), QStringLiteral("top_country=DE@*"),
         QStringLiteral("goal_monthly_revenue=0.032@2025-01-10")}};

    // Platform "youtube" = YouTube (Ads) and YouTube (Red): lines 5, 6, 16 = 0.29999999 + 0.25 + 0.2 =
    // 0.74999999, units 300 + 100 + 250 = 650. Share: 0.29999999 × 50% + (0.25 + 0.2) × 12.5% = 0.149999995 +
    // 0.05625. Cash: lines 5, 6 (2024-03-12) = 0.54999999. Stores: Ads 0.49999999 > Red 0.25. Tracks: T3 0.45
    // > T1 0.29999999. Expected: youtube's 3000 streams × 0.001 = 3; variance 0.74999999 − 3 = −2.25000001.
    // Goal: March = line 16 = 0.2 / 500 × 100 = 0.04.
    f = range("2024-01-01", "2024-03-31");
    f.platform = QStringLiteral("youtube");
    QTest::newRow("platform youtube")
        << Case{f,
                {QStringLiteral("revenue=0.74999999@2024-05-12"), QStringLiteral("revenue_prev=null@"),
                 QStringLiteral("revenue_share=0.206249995@2024-05-12"),
                 QStringLiteral("statement_units=650@2024-05-12"),
                 QStringLiteral("revenue_per_stream=0.74999999/650@2024-05-12"),
                 QStringLiteral("cash_reported=0.54999999@2024-03-12"),
                 QStringLiteral("payment_delay_months=2@2024-03-12"),
                 QStringLiteral("top_store=YouTube (Ads)@*"), QStringLiteral("top_track=FRXYZ2400003@*"),
                 QStringLiteral("top_country=FR@*"), QStringLiteral("goal_monthly_revenue=0.04@2024-05-12"),
                 QStringLiteral("expected_revenue=3.000000@2024-03-31"),
                 QStringLiteral("revenue_variance=-2.25000001@2024-05-12"),
                 QStringLiteral("streams=3000@2024-03-31")}};
    f.platform = QStringLiteral("YouTube (Red)"); // a store name narrows to that store: line 6
    QTest::newRow("platform as store name") << Case{
        f, {QStringLiteral("revenue=0.250000@2024-03-12"), QStringLiteral("top_store=YouTube (Red)@*")}};

    // Spotify in March 2024: lines 14 (T1, US, 1.8) and 15 (T3, FR, 1.8): ties go to the alphabetically first
    // track (FRXYZ… < QZTAW…) and country (FR < US). 31 days → previous 2024-01-30 … 2024-02-29 → Jan + Feb:
    // lines 2, 3, 20, 8, 9 = 6.24691356 + 1.50000001 + 2.4 + 1.0 = 11.14691357 (latest report 2024-04-05).
    // Cash in March: lines 2, 3, 20 (2024-03-05) = 7.74691357. Goal: 3.6 / 500 × 100 = 0.72.
    // No Spotify daily streams in March (1 April is outside): no expected revenue.
    f = range("2024-03-01", "2024-03-31");
    f.platform = QStringLiteral("spotify");
    QTest::newRow("ties") << Case{
        f,
        {QStringLiteral("revenue=3.600000@2024-05-05"), QStringLiteral("revenue_prev=11.14691357@2024-04-05"),
         QStringLiteral("top_store=Spotify@*"), QStringLiteral("top_track=FRXYZ2400003@*"),
         QStringLiteral("top_country=FR@*"), QStringLiteral("cash_reported=7.74691357@2024-03-05"),
         QStringLiteral("goal_monthly_revenue=0.72@2024-05-05"), QStringLiteral("expected_revenue=null@"),
         QStringLiteral("streams_spotify=null@")}};

    // Élodie in February 2024: Spotify (line 9) and Deezer (line 13) both 1.0: the tie goes to Deezer.
    // 29 days → previous 2024-01-03 … 2024-01-31 → January: lines 6, 7 = 1.63 (reported 2024-03-12).
    // Cash in February: line 19 (2024-02-05, usage Dec 2023: delay 2) = 0.5. Goal: 2 / 500 × 100 = 0.4.
    f = range("2024-02-01", "2024-02-29");
    f.artist = QStringLiteral("\u00C9lodie Marchand");
    QTest::newRow("store tie") << Case{
        f,
        {QStringLiteral("revenue=2.000000@2024-04-20"), QStringLiteral("revenue_prev=1.630000@2024-03-12"),
         QStringLiteral("top_store=Deezer@*"), QStringLiteral("cash_reported=0.500000@2024-02-05"),
         QStringLiteral("payment_delay_months=2@2024-02-05"),
         QStringLiteral("goal_monthly_revenue=0.4@2024-04-20")}};

    // Downloads only (store "iTunes Songs"): lines 7 (1.38, 2 units) and 11 (−0.69, −1 unit) = 0.69, 1 unit;
    // no streaming line → no revenue per stream. Top country FR (1.38) over US (−0.69).
    // Daily streams of the store's platform (iTunes: no reference rate → other): 100 × 0.002486 = 0.2486.
    f = range("2024-01-01", "2024-03-31");
    f.platform = QStringLiteral("itunes songs");
    QTest::newRow("downloads only") << Case{
        f,
        {QStringLiteral("revenue=0.690000@2024-04-08"), QStringLiteral("statement_units=1@2024-04-08"),
         QStringLiteral("revenue_per_stream=null@"), QStringLiteral("top_store=iTunes Songs@*"),
         QStringLiteral("top_country=FR@*"), QStringLiteral("expected_revenue=0.248600@2024-03-15"),
         QStringLiteral("revenue_variance=0.441400@2024-04-08")}};

    // The year 2024: the same lines as Q1 (no later usage month). 366 days → previous 2022-12-31 … 2023-12-31
    // → months Dec 2022 … Dec 2023 = 2.7 + 0.5 + 0.9 = 4.1. Cash: every line reported in 2024 (all but 21
    // and 23) = 23.38425923 − 0.16 − 0.9 = 22.32425923, latest 2024-06-05; delays: 19 lines of 2 and line
    // 17's 5 → 43 / 20 = 2.15. Last full month December has no lines: no goal value. Expected: Q1's 10.2998 +
    // 1 April's 10000 × 0.002274 = 33.0398; variance 19.28425923 − 33.0398 = −13.75554077.
    QTest::newRow("year 2024") << Case{range("2024-01-01", "2024-12-31"),
                                       {QStringLiteral("revenue=19.28425923@2025-01-10"),
                                        QStringLiteral("revenue_prev=4.100000@2024-02-05"),
                                        QStringLiteral("cash_reported=22.32425923@2024-06-05"),
                                        QStringLiteral("payment_delay_months=43/20@2024-06-05"),
                                        QStringLiteral("goal_monthly_revenue=null@"),
                                        QStringLiteral("expected_revenue=33.039800@2024-04-01"),
                                        QStringLiteral("revenue_variance=-13.75554077@2025-01-10"),
                                        QStringLiteral("streams=15800@2024-04-01")}};

    // Reported in May–June 2024 (usage months none): lines 14, 15, 16, 17, 22 = 1.8 + 1.8 + 0.2 + 0.125 +
    // 0.01234567 = 3.93734567; delays 2, 2, 2, 5, 2 → 2.6. Previous: 61 days → 2024-03-01 … 2024-04-30 →
    // March = 3.97234567.
    QTest::newRow("cash without usage")
        << Case{range("2024-05-01", "2024-06-30"),
                {QStringLiteral("revenue=null@"), QStringLiteral("statement_units=null@"),
                 QStringLiteral("top_store=null@"), QStringLiteral("revenue_prev=3.97234567@2025-01-10"),
                 QStringLiteral("cash_reported=3.93734567@2024-06-05"),
                 QStringLiteral("payment_delay_months=2.6@2024-06-05")}};
    // January 2025: only line 21's report (usage March 2024): 10 months late.
    QTest::newRow("very late report") << Case{
        range("2025-01-01", "2025-01-31"),
        {QStringLiteral("revenue=null@"), QStringLiteral("revenue_prev=null@"),
         QStringLiteral("cash_reported=0.160000@2025-01-10"),
         QStringLiteral("payment_delay_months=10@2025-01-10"), QStringLiteral("goal_monthly_revenue=null@")}};
    // Nothing at all.
    QStringList nothing;
    for (const char* id :
         {"revenue", "revenue_prev", "revenue_share", "statement_units", "revenue_per_stream",
          "cash_reported", "payment_delay_months", "top_store", "top_track", "top_country",
          "expected_revenue", "revenue_variance", "goal_monthly_revenue", "streams"})
        nothing << QLatin1String(id) + QStringLiteral("=null@");
    QTest::newRow("no data") << Case{range("2020-01-01", "2020-12-31"), nothing};
}

void TestKpis::revenue()
{
    QFETCH(Case, c);
    const Result<QList<KpiValue>> read = WarehouseReader(m_db->db()).kpis(c.filter);
    QVERIFY2(read.ok(), qPrintable(read.errorMessage()));
    const QList<KpiValue>& values = *read;
    for (const QString& e : c.expect) {
        const QString id = e.section(u'=', 0, 0);
        const QString want = e.section(u'=', 1).section(u'@', 0, 0);
        const QString asOf = e.section(u'@', 1);
        const auto it =
            std::find_if(values.begin(), values.end(), [&id](const KpiValue& v) { return v.id == id; });
        QVERIFY2(it != values.end(), qPrintable(id));
        const KpiValue& v = *it;
        const QString context =
            id + QStringLiteral(": got ") + v.jsonValue() + u'@' + v.asOf.toString(Qt::ISODate);
        if (want == QLatin1String("null")) {
            QVERIFY2(v.isNull(), qPrintable(context));
            QCOMPARE(v.jsonValue(), QStringLiteral("null"));
            continue;
        }
        QVERIFY2(!v.isNull(), qPrintable(context));
        switch (v.kind) {
        case KpiValue::Kind::Money: // exact, unrounded, at least 6 decimals
            QVERIFY2(v.jsonValue() == want, qPrintable(context + QStringLiteral(" want ") + want));
            break;
        case KpiValue::Kind::Integer:
            QVERIFY2(v.jsonValue() == want, qPrintable(context + QStringLiteral(" want ") + want));
            break;
        case KpiValue::Kind::Number: {
            const double x = evaluate(want);
            QVERIFY2(std::abs(v.number - x) <= 1e-12 * std::max(1.0, std::abs(x)),
                     qPrintable(context + QStringLiteral(" want ") + QString::number(x, 'g', 17)));
            break;
        }
        case KpiValue::Kind::Text:
            QVERIFY2(v.text == want, qPrintable(context + QStringLiteral(" want ") + want));
            break;
        case KpiValue::Kind::Null:
            QFAIL("unreachable");
        }
        if (asOf != QLatin1String("*"))
            QVERIFY2(v.asOf.toString(Qt::ISODate) == asOf,
                     qPrintable(context + QStringLiteral(" want as of ") + asOf));
    }
}

void TestKpis::everyIdPresentInOrder()
{
    const QList<KpiValue> values =
        WarehouseReader(m_db->db()).kpis(range("2024-01-01", "2024-03-31")).value();
    QStringList ids;
    for (const KpiValue& v : values)
        ids << v.id;
    QCOMPARE(ids, KpiCatalog::ids());
    // Sources this workspace has no data for are null, never zero.
    for (const KpiValue& v : values)
        if (v.id.startsWith(QLatin1String("tiktok_")) || v.id.startsWith(QLatin1String("ad_")) ||
            v.id.startsWith(QLatin1String("email_")))
            QVERIFY2(v.isNull() && !v.asOf.isValid(), qPrintable(v.id));
}

void TestKpis::previousPeriod_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QDate>("prevFrom");
    QTest::addColumn<QDate>("prevTo");

    // The range of equal length ending the day before `from`.
    QTest::newRow("march") << QDate(2024, 3, 1) << QDate(2024, 3, 31) << QDate(2024, 1, 30)
                           << QDate(2024, 2, 29);
    QTest::newRow("Q1 2024 (91 days)")
        << QDate(2024, 1, 1) << QDate(2024, 3, 31) << QDate(2023, 10, 2) << QDate(2023, 12, 31);
    QTest::newRow("leap year") << QDate(2024, 1, 1) << QDate(2024, 12, 31) << QDate(2022, 12, 31)
                               << QDate(2023, 12, 31);
    QTest::newRow("one day") << QDate(2024, 3, 1) << QDate(2024, 3, 1) << QDate(2024, 2, 29)
                             << QDate(2024, 2, 29);
    QTest::newRow("week") << QDate(2025, 1, 6) << QDate(2025, 1, 12) << QDate(2024, 12, 30)
                          << QDate(2025, 1, 5);
}

void TestKpis::previousPeriod()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QDate, prevFrom);
    QFETCH(QDate, prevTo);
    Filter f;
    f.from = from;
    f.to = to;
    f.artist = QStringLiteral("x");
    const Filter p = f.previous();
    QCOMPARE(p.from, prevFrom);
    QCOMPARE(p.to, prevTo);
    QCOMPARE(p.days(), f.days());
    QCOMPARE(p.artist, f.artist); // dimensions carry over
}

void TestKpis::goalIsCapped()
{
    // A separate workspace: one 750 USD month → 150% of the 500 USD goal, shown as 100.
    QTemporaryDir dir;
    {
        WarehouseWriter writer(dir.path());
        QCOMPARE(writer.open().errorMessage(), QString());
        const QString file = dir.filePath(QStringLiteral("big.tsv"));
        QVERIFY(test::writeBytes(
            file, "Reporting Date\tSale Month\tStore\tArtist\tTitle\tISRC\tUPC\tQuantity\tTeam Percentage\t"
                  "Song/Album\tCountry of Sale\tSongwriter Royalties Withheld\tEarnings (USD)\n"
                  "2024-06-05\t2024-04\tSpotify\tNova Reyes\tMidnight Drive\tQZTAW2400001\t198667000011\t"
                  "300000\t100\tSong\tUS\t0\t750.00000000\n"));
        QCOMPARE(writer.importFile(file).rowsLoaded, 1);
    }
    Connection c(Workspace(dir.path()).warehousePath());
    const QList<KpiValue> values = WarehouseReader(c.db()).kpis(range("2024-04-01", "2024-04-30")).value();
    for (const KpiValue& v : values)
        if (v.id == QLatin1String("goal_monthly_revenue"))
            QCOMPARE(v.number, 100.0);
        else if (v.id == QLatin1String("revenue"))
            QCOMPARE(v.jsonValue(), QStringLiteral("750.000000"));
}

void TestKpis::tiesIgnoreLetterCase()
{
    // "iTunes Songs" and "Spotify" earn 0.99 each: alphabetically "iTunes Songs" comes first (i < s),
    // although a byte-wise order would put the capital S first.
    QTemporaryDir dir;
    {
        WarehouseWriter writer(dir.path());
        QCOMPARE(writer.open().errorMessage(), QString());
        const QString file = dir.filePath(QStringLiteral("tie.tsv"));
        QVERIFY(test::writeBytes(
            file,
            "Reporting Date\tSale Month\tStore\tArtist\tTitle\tISRC\tUPC\tQuantity\tTeam Percentage\t"
            "Song/Album\tCountry of Sale\tSongwriter Royalties Withheld\tEarnings (USD)\n"
            "2024-06-05\t2024-04\tSpotify\tNova Reyes\tMidnight Drive\tQZTAW2400001\t198667000011\t"
            "300\t100\tSong\tUS\t0\t0.99000000\n"
            "2024-06-05\t2024-04\tiTunes Songs\tNova Reyes\tMidnight Drive\tQZTAW2400001\t198667000011\t"
            "1\t100\tSong\tUS\t0\t0.99000000\n"));
        QCOMPARE(writer.importFile(file).rowsLoaded, 2);
    }
    Connection c(Workspace(dir.path()).warehousePath());
    for (const KpiValue& v : WarehouseReader(c.db()).kpis(range("2024-04-01", "2024-04-30")).valueOr({}))
        if (v.id == QLatin1String("top_store"))
            QCOMPARE(v.text, QStringLiteral("iTunes Songs"));
}

QTEST_GUILESS_MAIN(TestKpis)
#include "tst_kpis.moc"
