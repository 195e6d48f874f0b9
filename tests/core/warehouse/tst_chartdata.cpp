// The chart series of WarehouseReader::dashboard (chartdata.cpp) on the hand-made statement of
// tst_kpis (tests/data/kpis/statement.tsv, every line listed there) plus facts inserted by SQL:
// values worked out by hand, the filters applied as the KPIs apply them, and empty ranges.
#include "core/warehousetestsupport.h"

#include "domain/filter.h"
#include "lake/workspace.h"
#include "warehouse/warehousereader.h"
#include "warehouse/warehousewriter.h"

#include <QTemporaryDir>
#include <QTest>

using namespace bedrot;
using bedrot::test::Connection;

// Statement lines (reporting date, sale month, store, artist, track, country, earnings):
//  2  2024-03-05 2024-01 Spotify      Nova T1 US 3.12345678   | 13 2024-04-20 2024-02 Deezer   Élodie T3
//  FR 1.0 3  2024-03-05 2024-01 Spotify      Nova T1 GB 1.50000001   | 14 2024-05-05 2024-03 Spotify  Nova T1
//  US 1.8 4  2024-03-05 2024-01 Apple Music  Nova T2 US 1.2          | 15 2024-05-05 2024-03 Spotify  Élodie
//  T3 FR 1.8 5  2024-03-12 2024-01 YouTube Ads  Nova T1 US 0.29999999   | 16 2024-05-12 2024-03 YouTube
//  Élodie T3 FR 0.2 6  2024-03-12 2024-01 YouTube Red  Élodie T3 FR 0.25       | 17 2024-06-05 2024-01 Deezer
//  Nova   T1 FR 0.125 7  2024-03-08 2024-01 iTunes Songs Élodie T3 FR 1.38       | 18 2024-02-05 2023-12
//  Spotify  Nova   T1 US 2.7 8  2024-04-05 2024-02 Spotify      Nova T2 DE 2.4          | 19 2024-02-05
//  2023-12 Apple    Élodie T3 FR 0.5 9  2024-04-05 2024-02 Spotify      Élodie T3 FR 1.0        | 20 = line 2
// 10  2024-04-08 2024-02 Apple Music  Nova T1 US 0.6          | 21 2025-01-10 2024-03 Amazon   Nova   T2 US
// 0.16 11  2024-04-08 2024-02 iTunes Songs Nova T1 US -0.69        | 22 2024-05-20 2024-03 Anghami  Élodie T3
// AE 0.01234567 12  2024-04-12 2024-02 TikTok       Nova T2 BR 0            | 23 2023-11-06 2023-09 Spotify
// Nova   T1 US 0.9 T1 = Midnight Drive QZTAW2400001, T2 = Glass Harbor QZTAW2400002 (Nova Reyes), T3 =
// Lumière FRXYZ2400003 (Élodie Marchand).

namespace {

Filter range(const char* from, const char* to)
{
    Filter f;
    f.from = QDate::fromString(QLatin1String(from), Qt::ISODate);
    f.to = QDate::fromString(QLatin1String(to), Qt::ISODate);
    return f;
}

// Readable lists for QCOMPARE: "name|key=value" and so on.
QStringList months(const QList<MonthValue>& list)
{
    QStringList out;
    for (const MonthValue& m : list)
        out << m.label() + u'=' + m.value.toString(2);
    return out;
}

QStringList ranked(const QList<RankedValue>& list)
{
    QStringList out;
    for (const RankedValue& r : list)
        out << (r.others > 0 ? QStringLiteral("+%1").arg(r.others) : r.name + u'|' + r.key) + u'=' +
                   r.value.toString(2);
    return out;
}

QStringList delays(const QList<DelayBucket>& list)
{
    QStringList out;
    for (const DelayBucket& b : list)
        out << QStringLiteral("%1:%2/%3").arg(b.months).arg(b.earnings.toString(2)).arg(b.lines);
    return out;
}

QStringList points(const QList<DailyPoint>& list)
{
    QStringList out;
    for (const DailyPoint& p : list)
        out << p.day.toString(Qt::ISODate) + u'=' + QString::number(p.value);
    return out;
}

QStringList markers(const QList<ChartMarker>& list)
{
    QStringList out;
    for (const ChartMarker& m : list) {
        const char* kind = m.kind == ChartMarker::Kind::Release         ? "release"
                           : m.kind == ChartMarker::Kind::CampaignStart ? "start"
                                                                        : "stop";
        out << m.day.toString(Qt::ISODate) + u' ' + QLatin1String(kind) + u' ' + m.label;
    }
    return out;
}

} // namespace

class TestChartData final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cashByReportingMonth();
    void revenueByCountryAndTrack();
    void tailSummedIntoOther();
    void tiesOrderedAsSqlite();
    void paymentDelayDistribution();
    void streamsByDistributor();
    void engagementAndClickThrough();
    void releaseAndCampaignMarkers();
    void emailCampaigns();
    void previousPeriodSeries();
    void emptyRange();

private:
    DashboardData dashboard(const Filter& f) const
    {
        DashboardData d = WarehouseReader(m_db->db()).dashboard(f);
        if (d.error)
            qWarning("%s", qPrintable(d.error->message));
        return d;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Connection> m_db;
};

void TestChartData::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::importKpiStatement(m_dir.path());
    if (QTest::currentTestFailed())
        return;
    m_db = std::make_unique<Connection>(Workspace(m_dir.path()).warehousePath());
    Connection& c = *m_db;
    const auto exec = [&c](const QString& sql, const QVariantList& binds = {}) {
        const bool ok = c.exec(sql, binds);
        if (!ok)
            qWarning("%s: %s", qPrintable(sql), qPrintable(c.lastError()));
        return ok;
    };
    // Distributor daily streams (all artists, track 0).
    const QList<std::tuple<const char*, const char*, const char*, int>> streams = {
        {"distrokid", "spotify", "2024-01-10", 1000},
        {"toolost", "spotify", "2024-01-10", 300},
        {"toolost", "apple_music", "2024-01-11", 50},
        {"distrokid", "spotify", "2023-12-20", 700},
    };
    for (const auto& [distributor, platform, day, n] : streams)
        QVERIFY(exec(
            QStringLiteral("INSERT INTO daily_stream (distributor, platform_id, day, streams) SELECT ?, id, "
                           "?, ? FROM platform WHERE key = ?"),
            {QString::fromLatin1(distributor), QString::fromLatin1(day), n, QString::fromLatin1(platform)}));
    // TikTok: Jan 15 engagement 80 + 5 + 15 = 100 of 1000 views (10%); Feb 15 3 likes, no views (no rate).
    QVERIFY(exec(QStringLiteral(
        "INSERT INTO social_daily (artist_id, platform_id, day, video_views, likes, comments, shares) "
        "SELECT a.id, p.id, '2024-01-15', 1000, 80, 5, 15 FROM artist a, platform p WHERE a.name = 'Nova "
        "Reyes' AND p.key = 'tiktok' "
        "UNION ALL SELECT a.id, p.id, '2024-02-15', 0, 3, NULL, NULL FROM artist a, platform p "
        "WHERE a.name = 'Nova Reyes' AND p.key = 'tiktok'")));
    // Linktree: 10 clicks of 40 views = 25%.
    QVERIFY(exec(
        QStringLiteral("INSERT INTO link_daily (account, artist_id, day, total_views, total_clicks) "
                       "SELECT 'nova', id, '2024-01-12', 40, 10 FROM artist WHERE name = 'Nova Reyes'")));
    // Ads: Nova's campaign spends from 2023-12-28 (before Q1) to 2024-01-18 (its stop; the 2024-01-20 row
    // spends nothing); Élodie's runs 2024-02-01 … 2024-02-03.
    const QList<std::tuple<const char*, const char*, const char*, qint64>> ads = {
        {"Nova Reyes", "Nova - Glass Harbor - STREAMING", "2023-12-28", 5'000'000'000},
        {"Nova Reyes", "Nova - Glass Harbor - STREAMING", "2024-01-05", 10'000'000'000},
        {"Nova Reyes", "Nova - Glass Harbor - STREAMING", "2024-01-18", 2'000'000'000},
        {"Nova Reyes", "Nova - Glass Harbor - STREAMING", "2024-01-20", 0},
        {"Élodie Marchand", "Élodie - Lumière - REACH", "2024-02-01", 1'000'000'000},
        {"Élodie Marchand", "Élodie - Lumière - REACH", "2024-02-03", 1'000'000'000},
    };
    for (const auto& [artist, campaign, day, nanos] : ads)
        QVERIFY(
            exec(QStringLiteral("INSERT INTO ad_daily (platform_id, campaign, day, artist_id, spend_nanos) "
                                "SELECT p.id, ?, ?, a.id, ? FROM platform p, artist a WHERE p.key = "
                                "'meta_ads' AND a.name = ?"),
                 {QString::fromUtf8(campaign), QString::fromLatin1(day), nanos, QString::fromUtf8(artist)}));
    // Releases: Glass Harbor (T2's) 2024-02-16, Lumière 2024-03-01, Midnight Drive 2023-06-01 (before Q1).
    QVERIFY(exec(QStringLiteral("UPDATE release SET title = 'Glass Harbor', release_date = '2024-02-16' "
                                "WHERE upc = '198667000028'")));
    QVERIFY(exec(QStringLiteral(
        "UPDATE release SET title = 'Lumière', release_date = '2024-03-01' WHERE upc = '198667000035'")));
    QVERIFY(exec(QStringLiteral("UPDATE release SET title = 'Midnight Drive', release_date = '2023-06-01' "
                                "WHERE upc = '198667000011'")));
    QCOMPARE(c.scalar(QStringLiteral("SELECT COUNT(*) FROM release WHERE release_date IS NOT NULL")).toInt(),
             3);
    QVERIFY(exec(QStringLiteral("UPDATE track SET release_id = (SELECT id FROM release WHERE upc = "
                                "'198667000028') WHERE isrc = 'QZTAW2400002'")));
    // Email: one campaign in Q1, one before.
    QVERIFY(exec(QStringLiteral("INSERT INTO email_campaign (campaign_id, title, send_time, emails_sent, "
                                "unique_opens, unique_clicks) "
                                "VALUES ('c1', 'January news', '2024-01-25T10:00:00+00:00', 1000, 400, 50), "
                                "('c0', 'Autumn', '2023-11-01T09:00:00+00:00', 900, 300, 20)")));
}

void TestChartData::cleanupTestCase()
{
    m_db.reset();
}

void TestChartData::cashByReportingMonth()
{
    // Reported in Q1: Feb 5 lines 18, 19 = 2.7 + 0.5; Mar lines 2, 3, 4, 5, 6, 7, 20
    // = 3.12345678 × 2 + 1.50000001 + 1.2 + 0.29999999 + 0.25 + 1.38 = 10.87691356 (Σ =
    // cash_reported 14.07691356).
    const DashboardData q1 = dashboard(range("2024-01-01", "2024-03-31"));
    QCOMPARE(months(q1.cashByMonth),
             (QStringList{QStringLiteral("2024-01=0.00"), QStringLiteral("2024-02=3.20"),
                          QStringLiteral("2024-03=10.87691356")}));
    // Spotify only: line 18 in February; 2, 3, 20 in March = 6.24691356 + 1.50000001.
    Filter spotify = range("2024-01-01", "2024-03-31");
    spotify.platform = QStringLiteral("spotify");
    QCOMPARE(months(dashboard(spotify).cashByMonth),
             (QStringList{QStringLiteral("2024-01=0.00"), QStringLiteral("2024-02=2.70"),
                          QStringLiteral("2024-03=7.74691357")}));
    // Reporting days, not months, bound the range: from March 8 leaves lines 5, 6, 7 = 1.92999999.
    QCOMPARE(months(dashboard(range("2024-03-08", "2024-03-31")).cashByMonth),
             QStringList{QStringLiteral("2024-03=1.92999999")});
}

void TestChartData::revenueByCountryAndTrack()
{
    // Q1 usage: US 2, 4, 5, 10, 11, 14, 20, 21 = 9.61691355; FR 6, 7, 9, 13, 15, 16, 17 = 5.755; DE 2.4;
    // GB 1.50000001; AE 0.01234567; BR 0 (Σ 19.28425923 = revenue).
    const DashboardData q1 = dashboard(range("2024-01-01", "2024-03-31"));
    QCOMPARE(ranked(q1.revenueByCountry),
             (QStringList{QStringLiteral("US|US=9.61691355"), QStringLiteral("FR|FR=5.755"),
                          QStringLiteral("DE|DE=2.40"), QStringLiteral("GB|GB=1.50000001"),
                          QStringLiteral("AE|AE=0.01234567"), QStringLiteral("BR|BR=0.00")}));
    QCOMPARE(ranked(q1.revenueByTrack), (QStringList{QStringLiteral("Midnight Drive|QZTAW2400001=9.88191356"),
                                                     QStringLiteral("Lumière|FRXYZ2400003=5.64234567"),
                                                     QStringLiteral("Glass Harbor|QZTAW2400002=3.76")}));

    // The artist as typed, another spelling: Élodie's lines only.
    Filter elodie = range("2024-01-01", "2024-03-31");
    elodie.artist = QStringLiteral("élodie marchand");
    const DashboardData e = dashboard(elodie);
    QCOMPARE(ranked(e.revenueByCountry),
             (QStringList{QStringLiteral("FR|FR=5.63"), QStringLiteral("AE|AE=0.01234567")}));
    QCOMPARE(ranked(e.revenueByTrack), QStringList{QStringLiteral("Lumière|FRXYZ2400003=5.64234567")});

    // A track, written with dashes: Glass Harbor's US (1.2 + 0.16), DE 2.4, BR 0.
    Filter track = range("2024-01-01", "2024-03-31");
    track.track = QStringLiteral("QZ-TAW-24-00002");
    const DashboardData t = dashboard(track);
    QCOMPARE(ranked(t.revenueByTrack), QStringList{QStringLiteral("Glass Harbor|QZTAW2400002=3.76")});
    QCOMPARE(ranked(t.revenueByCountry),
             (QStringList{QStringLiteral("DE|DE=2.40"), QStringLiteral("US|US=1.36"),
                          QStringLiteral("BR|BR=0.00")}));
}

void TestChartData::tailSummedIntoOther()
{
    // Eighteen countries in June 2022, country i earning i dollars: the top 15 (18 … 4) by name, then
    // the three smallest (3 + 2 + 1 = 6) as one row.
    Connection& c = *m_db;
    for (int i = 1; i <= 18; ++i)
        QVERIFY2(c.exec(QStringLiteral(
                            "INSERT INTO statement_line (distributor, line_key, occurrence, reporting_date, "
                            "sale_month, store_id, "
                            "artist_id, quantity, country, earnings_nanos, ingest_id, line) "
                            "SELECT 'distrokid', ?, 1, '2022-08-05', '2022-06', (SELECT MIN(id) FROM store), "
                            "(SELECT MIN(id) FROM artist), 1, ?, ?, (SELECT MIN(id) FROM ingest_file), 0"),
                        {9000 + i, QStringLiteral("C%1").arg(i, 2, 10, QLatin1Char('0')),
                         qint64(i) * 1'000'000'000}),
                 qPrintable(c.lastError()));
    const DashboardData d = dashboard(range("2022-06-01", "2022-06-30"));
    QCOMPARE(d.revenueByCountry.size(), 16);
    QCOMPARE(d.revenueByCountry.first().name, QStringLiteral("C18"));
    QCOMPARE(d.revenueByCountry.at(14).name, QStringLiteral("C04"));
    QCOMPARE(d.revenueByCountry.last().others, 3);
    QCOMPARE(d.revenueByCountry.last().value.toString(2), QStringLiteral("6.00"));
    QVERIFY(d.revenueByCountry.last().name.isEmpty());
    // Lines without a track are one row with no name and no ISRC to filter by.
    QCOMPARE(ranked(d.revenueByTrack), QStringList{QStringLiteral("|=171.00")});
    QVERIFY(c.exec(QStringLiteral("DELETE FROM statement_line WHERE sale_month = '2022-06'")));
}

void TestChartData::tiesOrderedAsSqlite()
{
    // Revenue by track and the top track are ordered in C++ from the answer's sums by track: equal
    // earnings fall back to the title (NOCASE: ASCII letters folded, UTF-8 bytes) and the ISRC
    // (bytes), as the SQL each replaced ordered them. Titles and ISRCs that differ in case only, in
    // non-ASCII letters and as prefixes, a track without an ISRC and lines without a track.
    Connection& c = *m_db;
    const qint64 lastTrack = c.scalar(QStringLiteral("SELECT MAX(id) FROM track")).toLongLong();
    const QList<std::pair<const char*, const char*>> tracks = {
        {"XXTIE0000001", "beta"},       {"xxtie0000001", "Beta"},       {"XXTIE0000002", "alpha"},
        {"XXTIE0000003", "\u00c4lpha"}, {"XXTIE0000004", "\u00e1lpha"}, {"XXTIE0000005", "alph"},
        {"XXTIE0000006", "ALPHA"},      {"Xxtie0000001", "zeta"},       {nullptr, "alpha"},
        {"XXTIE0000007", "Alpha"}};
    int key = 9100;
    for (const auto& [isrc, title] : tracks) {
        QVERIFY2(c.exec(QStringLiteral("INSERT INTO track (isrc, title) VALUES (?, ?)"),
                        {isrc ? QVariant(QString::fromLatin1(isrc)) : QVariant(), QString::fromUtf8(title)}),
                 qPrintable(c.lastError()));
        for (qint64 earnings : {600'000'000LL, 400'000'000LL})
            QVERIFY2(
                c.exec(QStringLiteral(
                           "INSERT INTO statement_line (distributor, line_key, occurrence, reporting_date, "
                           "sale_month, store_id, "
                           "artist_id, track_id, quantity, country, earnings_nanos, ingest_id, line) "
                           "SELECT 'distrokid', ?, 1, '2022-09-05', '2022-07', (SELECT MIN(id) FROM store), "
                           "(SELECT MIN(id) FROM artist), (SELECT MAX(id) FROM track), 1, 'US', ?, (SELECT "
                           "MIN(id) FROM ingest_file), 0"),
                       {++key, earnings}),
                qPrintable(c.lastError()));
    }
    QVERIFY2(c.exec(QStringLiteral(
                 "INSERT INTO statement_line (distributor, line_key, occurrence, reporting_date, sale_month, "
                 "store_id, "
                 "artist_id, quantity, country, earnings_nanos, ingest_id, line) "
                 "SELECT 'distrokid', 9199, 1, '2022-09-06', '2022-07', (SELECT MIN(id) FROM store), "
                 "(SELECT MIN(id) FROM artist), 1, 'US', 1000000000, (SELECT MIN(id) FROM ingest_file), 0")),
             qPrintable(c.lastError()));
    const QStringList sqlOrder = c.rows(QStringLiteral(
        "SELECT COALESCE(t.title, '') || '|' || COALESCE(t.isrc, '') || '=1.00' "
        "FROM statement_line l LEFT JOIN track t ON t.id = l.track_id WHERE l.sale_month = '2022-07' "
        "GROUP BY l.track_id ORDER BY SUM(l.earnings_nanos) DESC, COALESCE(t.title, '') COLLATE NOCASE ASC, "
        "COALESCE(t.isrc, '') ASC"));
    QCOMPARE(sqlOrder.size(), 11);
    const Filter july = range("2022-07-01", "2022-07-31");
    QCOMPARE(ranked(dashboard(july).revenueByTrack), sqlOrder);
    const QString sqlTop =
        c.scalar(QStringLiteral(
                     "SELECT t.isrc FROM statement_line l JOIN track t ON t.id = l.track_id "
                     "WHERE l.sale_month = '2022-07' AND t.isrc IS NOT NULL GROUP BY t.isrc "
                     "ORDER BY SUM(l.earnings_nanos) DESC, t.isrc COLLATE NOCASE ASC, t.isrc ASC LIMIT 1"))
            .toString();
    QCOMPARE(sqlTop, QStringLiteral("XXTIE0000001"));
    QString top;
    for (const KpiValue& v : WarehouseReader(c.db()).kpis(july).valueOr({}))
        if (v.id == QLatin1String("top_track"))
            top = v.text;
    QCOMPARE(top, sqlTop);
    // One more cent makes the last track the top one.
    QVERIFY(
        c.exec(QStringLiteral(
                   "UPDATE statement_line SET earnings_nanos = earnings_nanos + 10000000 WHERE line_key = ?"),
               {key}));
    for (const KpiValue& v : WarehouseReader(c.db()).kpis(july).valueOr({}))
        if (v.id == QLatin1String("top_track"))
            top = v.text;
    QCOMPARE(top, QStringLiteral("XXTIE0000007"));

    // Countries in August: equal earnings for codes that differ in case only, a non-ASCII one, a
    // prefix, and lines without a country. Revenue by country orders by bytes, the top country as
    // topBy does (NOCASE, then bytes) and never names "no country".
    for (const char* country : {"us", "US", "Us", "U", "\u00c9S", "ES", "", "es"}) {
        QVERIFY2(c.exec(QStringLiteral(
                            "INSERT INTO statement_line (distributor, line_key, occurrence, reporting_date, "
                            "sale_month, store_id, "
                            "artist_id, quantity, country, earnings_nanos, ingest_id, line) "
                            "SELECT 'distrokid', ?, 1, '2022-10-05', '2022-08', (SELECT MIN(id) FROM store), "
                            "(SELECT MIN(id) FROM artist), 1, NULLIF(?, ''), 2000000000, (SELECT MIN(id) "
                            "FROM ingest_file), 0"),
                        {++key, QString::fromUtf8(country)}),
                 qPrintable(c.lastError()));
    }
    const QStringList countryOrder = c.rows(QStringLiteral(
        "SELECT COALESCE(l.country, '') || '|' || COALESCE(l.country, '') || '=2.00' "
        "FROM statement_line l WHERE l.sale_month = '2022-08' "
        "GROUP BY COALESCE(l.country, '') ORDER BY SUM(l.earnings_nanos) DESC, COALESCE(l.country, '') ASC"));
    QCOMPARE(countryOrder.size(), 8);
    const Filter august = range("2022-08-01", "2022-08-31");
    const DashboardData a = dashboard(august);
    QCOMPARE(ranked(a.revenueByCountry), countryOrder);
    const QString sqlTopCountry =
        c
            .scalar(QStringLiteral(
                "SELECT l.country FROM statement_line l WHERE l.sale_month = '2022-08' "
                "AND l.country <> '' GROUP BY l.country "
                "ORDER BY SUM(l.earnings_nanos) DESC, l.country COLLATE NOCASE ASC, l.country ASC LIMIT 1"))
            .toString();
    QCOMPARE(sqlTopCountry, QStringLiteral("ES"));
    const auto valueOf = [](const QList<KpiValue>& kpis, const char* id) -> QString {
        for (const KpiValue& v : kpis)
            if (v.id == QLatin1String(id))
                return v.text + u'@' + v.asOf.toString(Qt::ISODate);
        return QString();
    };
    QCOMPARE(valueOf(a.kpis, "top_country"), sqlTopCountry + QStringLiteral("@2022-10-05"));
    // The previous range (July) from the answer's one read of both ranges, as read on its own.
    QCOMPARE(valueOf(a.previousKpis, "top_country"),
             valueOf(WarehouseReader(c.db()).kpis(august.previous()).value(), "top_country"));
    QCOMPARE(valueOf(a.previousKpis, "top_country"), QStringLiteral("US@2022-09-06"));
    QCOMPARE(valueOf(a.previousKpis, "top_track"),
             valueOf(WarehouseReader(c.db()).kpis(august.previous()).value(), "top_track"));
    QVERIFY(c.exec(QStringLiteral("DELETE FROM statement_line WHERE sale_month IN ('2022-07', '2022-08')")));
    QVERIFY(c.exec(QStringLiteral("DELETE FROM track WHERE id > ?"), {lastTrack}));
}

void TestChartData::paymentDelayDistribution()
{
    // Reported in 2024: every line but 21 (2025) and 23 (2023). All are two months late except line 17
    // (June for January: five), so 0, 1, 3, 4 are empty: 2 months 22.19925923 over 19 lines, 5 months 0.125.
    const DashboardData y = dashboard(range("2024-01-01", "2024-12-31"));
    QCOMPARE(delays(y.paymentDelays),
             (QStringList{QStringLiteral("0:0.00/0"), QStringLiteral("1:0.00/0"),
                          QStringLiteral("2:22.19925923/19"), QStringLiteral("3:0.00/0"),
                          QStringLiteral("4:0.00/0"), QStringLiteral("5:0.125/1")}));
    // Élodie: lines 6, 7, 9, 13, 15, 16, 19, 22, all two months late: 0.25 + 1.38 + 1 + 1 + 1.8 + 0.2 + 0.5 +
    // 0.01234567.
    Filter elodie = range("2024-01-01", "2024-12-31");
    elodie.artist = QStringLiteral("Élodie Marchand");
    QCOMPARE(delays(dashboard(elodie).paymentDelays),
             (QStringList{QStringLiteral("0:0.00/0"), QStringLiteral("1:0.00/0"),
                          QStringLiteral("2:6.14234567/8")}));
}

void TestChartData::streamsByDistributor()
{
    const DashboardData q1 = dashboard(range("2024-01-01", "2024-03-31"));
    QCOMPARE(points(q1.daily.value(DailySeries::StreamsDistroKid)),
             QStringList{QStringLiteral("2024-01-10=1000")});
    QCOMPARE(points(q1.daily.value(DailySeries::StreamsTooLost)),
             (QStringList{QStringLiteral("2024-01-10=300"), QStringLiteral("2024-01-11=50")}));
    // A platform filter applies as for streams: TooLost's Apple Music day only.
    Filter apple = range("2024-01-01", "2024-03-31");
    apple.platform = QStringLiteral("Apple Music");
    const DashboardData a = dashboard(apple);
    QVERIFY(a.daily.value(DailySeries::StreamsDistroKid).isEmpty());
    QCOMPARE(points(a.daily.value(DailySeries::StreamsTooLost)),
             QStringList{QStringLiteral("2024-01-11=50")});
}

void TestChartData::engagementAndClickThrough()
{
    const DashboardData q1 = dashboard(range("2024-01-01", "2024-03-31"));
    QCOMPARE(points(q1.daily.value(DailySeries::TiktokEngagement)),
             (QStringList{QStringLiteral("2024-01-15=100"), QStringLiteral("2024-02-15=3")}));
    QCOMPARE(points(q1.daily.value(DailySeries::TiktokEngagementRate)),
             QStringList{QStringLiteral("2024-01-15=10")}); // no views on Feb 15: no rate
    QCOMPARE(points(q1.daily.value(DailySeries::LinkCtr)), QStringList{QStringLiteral("2024-01-12=25")});
    // Another platform hides them, as it hides the TikTok and Linktree KPIs.
    Filter spotify = range("2024-01-01", "2024-03-31");
    spotify.platform = QStringLiteral("spotify");
    const DashboardData s = dashboard(spotify);
    QVERIFY(s.daily.value(DailySeries::TiktokEngagement).isEmpty());
    QVERIFY(s.daily.value(DailySeries::TiktokEngagementRate).isEmpty());
    QVERIFY(s.daily.value(DailySeries::LinkCtr).isEmpty());
    Filter elodie = range("2024-01-01", "2024-03-31");
    elodie.artist = QStringLiteral("Élodie Marchand");
    QVERIFY(dashboard(elodie).daily.value(DailySeries::TiktokEngagement).isEmpty());
}

void TestChartData::releaseAndCampaignMarkers()
{
    // Nova's campaign started before Q1 (no start marker) and stopped on Jan 18 (the Jan 20 row spent
    // nothing).
    const DashboardData q1 = dashboard(range("2024-01-01", "2024-03-31"));
    QCOMPARE(markers(q1.markers),
             (QStringList{QStringLiteral("2024-01-18 stop Nova - Glass Harbor - STREAMING"),
                          QStringLiteral("2024-02-01 start Élodie - Lumière - REACH"),
                          QStringLiteral("2024-02-03 stop Élodie - Lumière - REACH"),
                          QStringLiteral("2024-02-16 release Glass Harbor"),
                          QStringLiteral("2024-03-01 release Lumière")}));
    Filter nova = range("2024-01-01", "2024-03-31");
    nova.artist = QStringLiteral("nova reyes");
    QCOMPARE(markers(dashboard(nova).markers),
             (QStringList{QStringLiteral("2024-01-18 stop Nova - Glass Harbor - STREAMING"),
                          QStringLiteral("2024-02-16 release Glass Harbor")}));
    // A track: its release; the campaigns name no track here, so none survives the track filter.
    Filter track = range("2024-01-01", "2024-03-31");
    track.track = QStringLiteral("QZTAW2400002");
    QCOMPARE(markers(dashboard(track).markers),
             QStringList{QStringLiteral("2024-02-16 release Glass Harbor")});
    // December 2023 holds the start of Nova's campaign only.
    QCOMPARE(markers(dashboard(range("2023-12-01", "2023-12-31")).markers),
             QStringList{QStringLiteral("2023-12-28 start Nova - Glass Harbor - STREAMING")});
}

void TestChartData::emailCampaigns()
{
    const DashboardData q1 = dashboard(range("2024-01-01", "2024-03-31"));
    QCOMPARE(q1.emailCampaigns.size(), 1);
    QCOMPARE(q1.emailCampaigns.first(),
             (EmailCampaignStats{QStringLiteral("January news"), QDate(2024, 1, 25), 1000, 400, 50}));
    QCOMPARE(dashboard(range("2023-01-01", "2024-12-31")).emailCampaigns.size(), 2);
    Filter nova = range("2024-01-01", "2024-03-31");
    nova.artist = QStringLiteral("Nova Reyes");
    QVERIFY(dashboard(nova).emailCampaigns.isEmpty()); // email belongs to no artist
}

void TestChartData::previousPeriodSeries()
{
    // Q1 2024 is 91 days: the previous period is 2023-10-02 … 2023-12-31, on its own days.
    const DashboardData q1 = dashboard(range("2024-01-01", "2024-03-31"));
    QCOMPARE(points(q1.previousDaily.value(DailySeries::StreamsDistroKid)),
             QStringList{QStringLiteral("2023-12-20=700")});
    QCOMPARE(points(q1.previousDaily.value(DailySeries::StreamsSpotify)),
             QStringList{QStringLiteral("2023-12-20=700")});
    QCOMPARE(points(q1.previousDaily.value(DailySeries::AdSpend)),
             QStringList{QStringLiteral("2023-12-28=5")});
    QVERIFY(!q1.previousDaily.contains(DailySeries::StreamsTooLost)); // no days: no entry
    QVERIFY(!q1.previousDaily.contains(DailySeries::TiktokViews));
    // The current period's series of the same name agree with the previous-period computation one
    // period later: Q2 2024's previous is Q1 (91 days back from Apr 1 … Jun 30 = Jan 1 … Mar 31).
    const DashboardData q2 = dashboard(range("2024-04-01", "2024-06-30"));
    QCOMPARE(points(q2.previousDaily.value(DailySeries::StreamsSpotify)),
             points(q1.daily.value(DailySeries::StreamsSpotify)));
    QCOMPARE(points(q2.previousDaily.value(DailySeries::TiktokViews)),
             points(q1.daily.value(DailySeries::TiktokViews)));
    QCOMPARE(points(q2.previousDaily.value(DailySeries::LinkClicks)),
             points(q1.daily.value(DailySeries::LinkClicks)));
    QCOMPARE(points(q2.previousDaily.value(DailySeries::AdSpend)),
             points(q1.daily.value(DailySeries::AdSpend)));
    // Filters apply to the previous period too.
    Filter apple = range("2024-01-01", "2024-03-31");
    apple.platform = QStringLiteral("apple_music");
    QVERIFY(dashboard(apple).previousDaily.value(DailySeries::StreamsDistroKid).isEmpty());

    // The monthly charts' overlay: the previous period's months that have data, by usage month and
    // by reporting month, equal to the months of Q1's own answer that have data.
    const auto withData = [](const QList<MonthValue>& list) {
        QList<MonthValue> out;
        for (const MonthValue& m : list)
            if (m.value.nanos() != 0)
                out << m;
        return out;
    };
    QVERIFY(!withData(q1.revenueByMonth).isEmpty());
    QCOMPARE(months(q2.previousRevenueByMonth), months(withData(q1.revenueByMonth)));
    QCOMPARE(months(q2.previousCashByMonth), months(withData(q1.cashByMonth)));
    QVERIFY(q1.previousRevenueByMonth.isEmpty() || q1.previousRevenueByMonth.constFirst().year == 2023);
}

void TestChartData::emptyRange()
{
    const DashboardData d = dashboard(range("2030-01-01", "2030-03-31"));
    QVERIFY(!d.error);
    QCOMPARE(months(d.cashByMonth),
             (QStringList{QStringLiteral("2030-01=0.00"), QStringLiteral("2030-02=0.00"),
                          QStringLiteral("2030-03=0.00")}));
    QVERIFY(d.revenueByCountry.isEmpty());
    QVERIFY(d.revenueByTrack.isEmpty());
    QVERIFY(d.paymentDelays.isEmpty());
    QVERIFY(d.daily.value(DailySeries::StreamsDistroKid).isEmpty());
    QVERIFY(d.daily.value(DailySeries::TiktokEngagement).isEmpty());
    QVERIFY(d.daily.value(DailySeries::LinkCtr).isEmpty());
    QVERIFY(d.markers.isEmpty());
    QVERIFY(d.emailCampaigns.isEmpty());
    QVERIFY(d.previousDaily.isEmpty());
}

QTEST_GUILESS_MAIN(TestChartData)
#include "tst_chartdata.moc"
