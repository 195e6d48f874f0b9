// KPI values of a small workspace fed by every kind of export at once, each value computed by hand
// below; plus alias resolution across sources, idempotent re-import, overlapping exports and the
// user's alias edits surviving a rebuild.
#include "core/warehousetestsupport.h"
#include "lake/workspace.h"
#include "warehouse/rebuilder.h"
#include "warehouse/warehousereader.h"
#include "warehouse/warehousewriter.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>

using namespace bedrot;
using bedrot::test::Connection;

namespace {

const QByteArray kCatalog = "artist,title,isrc,upc,release_date,release_type,royalty_percentage\n"
                            "ZONE A0,HOLD ON I,QZTAW2496365,198667254765,2024-06-01,single,50\n"
                            "PIG1987,HEAVEN NIGHTCLUB,QT2VB2601862,850047000012,2026-01-16,single,80\n";

// Earnings: 3.00 + 0.60 (written "zone.a0": the same artist) + 1.50 = 5.10 for Jan–Feb 2026.
const QByteArray kStatement = "Reporting Date\tSale Month\tStore\tArtist\tTitle\tISRC\tUPC\tQuantity\tTeam "
                              "Percentage\tSong/Album\tCountry of Sale\t"
                              "Songwriter Royalties Withheld\tEarnings (USD)\n"
                              "2026-03-05\t2026-01\tSpotify\tZONE A0\tHOLD ON "
                              "I\tQZTAW2496365\t198667254765\t1000\t100\tSong\tUS\t0\t3.00000000\n"
                              "2026-03-05\t2026-01\tApple Music\tzone.a0\tHOLD ON "
                              "I\tQZTAW2496365\t198667254765\t100\t100\tSong\tGB\t0\t0.60000000\n"
                              "2026-03-05\t2026-02\tSpotify\tPIG1987\tHEAVEN "
                              "NIGHTCLUB\tQT2VB2601862\t850047000012\t500\t100\tSong\tUS\t0\t1.50000000\n";

// ZONE A0 (named in the file name): latest listeners 130, followers 1200; gained = 1200 − 1000
// (the last value before the range) = 200.
const QByteArray kZoneAudience =
    "\xEF\xBB\xBF"
    "date,listeners,streams,followers\n"
    "2025-12-31,90,200,1000\n2026-01-01,100,210,1010\n2026-01-31,120,250,1100\n2026-02-28,130,260,1200\n";
// PIG1987 (chosen with --artist): latest 60 listeners, 540 followers; nothing before the range, so
// gained = 540 − 500 (the first value in range) = 40. Totals: 190 listeners, 1740 followers, 240 gained.
const QByteArray kPigAudience =
    "date,listeners,streams,followers\n2026-01-15,50,80,500\n2026-02-20,60,90,540\n";

// Exported 2026-03-01 (file time): Feb 27/28 are 2026. Views 3000, profile views 120,
// engagement (80+10+10 + 150+20+30) / 3000 = 0.1.
const QByteArray kTikTok = "Date,Video Views,Profile Views,Likes,Comments,Shares\n"
                           "\"February 27\",\"1000\",\"50\",\"80\",\"10\",\"10\"\n"
                           "\"February 28\",\"2000\",\"70\",\"150\",\"20\",\"30\"\n";

// Views 400, clicks 100, CTR 0.25.
const QByteArray kLinktree = "date,totalViews,uniqueViews,totalClicks,uniqueClicks,clickThroughRate\n"
                             "2026-01-10,100,80,40,30,0.4\n2026-02-10,300,200,60,50,0.2\n";

// Spend 20.00, impressions 6000, clicks 50: CPM 20/6000×1000 = 3.333333333 (nano-rounded),
// CPC 0.40, CTR 50/6000×100 = 0.8333…; cost per follower 20 / 240 = 0.083333333.
const QByteArray kMeta = "Reporting starts,Reporting ends,Campaign name,Ad Set Name,Ad name,Amount spent "
                         "(USD),Impressions,Reach,Link clicks,Results\n"
                         "2026-01-05,2026-01-05,ZONE A0 - HOLD ON I - BROAD,Broad,Ad 1,12.00,4000,3000,40,5\n"
                         "2026-01-06,2026-01-06,ZONE A0 - HOLD ON I - BROAD,Broad,Ad 1,8.00,2000,1500,10,2\n";

// Distributor streams 1500 (Spotify): expected revenue 1500 × 0.002274 = 3.411; variance 5.10 − 3.411
// = 1.689.
const QByteArray kTooLost =
    R"({"streams":[{"date":"2026-02-10","streams":"500"},{"date":"2026-01-10","streams":"1000"}],"discovery":[]})";

QString jsonOf(const QList<KpiValue>& values, const QString& id)
{
    for (const KpiValue& v : values)
        if (v.id == id)
            return v.jsonValue();
    return QStringLiteral("missing");
}

} // namespace

class TestMultiSource final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void kpis_data();
    void kpis();
    void aliasSpellingsAreOneArtist();
    void reimportAddsNothing();
    void overlappingExportUpserts();
    void userAliasMergesAndSurvivesRebuild();

private:
    QString write(const QString& name, const QByteArray& bytes, const QDateTime& modified = QDateTime());
    QList<KpiValue> kpisFor(const Filter& f);
    QHash<QString, qint64> tableCounts();
    QTemporaryDir m_dir;
    QStringList m_files;
};

QString TestMultiSource::write(const QString& name, const QByteArray& bytes, const QDateTime& modified)
{
    const QString path = m_dir.filePath(QStringLiteral("in/") + name);
    QDir().mkpath(m_dir.filePath(QStringLiteral("in")));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    if (modified.isValid())
        f.setFileTime(modified, QFileDevice::FileModificationTime);
    f.close();
    return path;
}

void TestMultiSource::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_files = {
        write(QStringLiteral("track_catalog.csv"), kCatalog),
        write(QStringLiteral("statement.tsv"), kStatement),
        write(QStringLiteral("ZONE A0-audience-timeline.csv"), kZoneAudience),
        write(QStringLiteral("Overview_zone.a0.csv"), kTikTok, QDateTime(QDate(2026, 3, 1), QTime(12, 0))),
        write(QStringLiteral("linktree_zone.a0.csv"), kLinktree),
        write(QStringLiteral("campaigns.csv"), kMeta),
        write(QStringLiteral("toolost_spotify.json"), kTooLost)};
    WarehouseWriter writer(m_dir.path());
    QCOMPARE(writer.open().errorMessage(), QString());
    for (const QString& f : writer.importOrder(m_files)) {
        const ImportResult r = writer.importFile(f);
        QVERIFY2(r.status == ImportResult::Status::Loaded, qPrintable(r.message));
    }
    // The timeline whose name says nothing: refused without a choice, loaded with one.
    const QString pig = write(QStringLiteral("timeline.csv"), kPigAudience);
    const ImportResult refused = writer.importFile(pig);
    QCOMPARE(refused.status, ImportResult::Status::NeedsArtist);
    QCOMPARE(refused.format, QStringLiteral("spotify.audience_timeline"));
    QVERIFY2(refused.message.contains(QStringLiteral("--artist")), qPrintable(refused.message));
    const ImportResult chosen =
        writer.importFile(pig, QStringLiteral("pig1987")); // any spelling of a known artist
    QVERIFY2(chosen.status == ImportResult::Status::Loaded, qPrintable(chosen.message));
    m_files << pig;
}

QList<KpiValue> TestMultiSource::kpisFor(const Filter& f)
{
    Connection c(Workspace(m_dir.path()).warehousePath());
    const Result<QList<KpiValue>> values = WarehouseReader(c.db()).kpis(f);
    if (!values)
        qWarning("%s", qPrintable(values.errorMessage()));
    return values.valueOr({});
}

void TestMultiSource::kpis_data()
{
    QTest::addColumn<QString>("artist");
    QTest::addColumn<QString>("track");
    QTest::addColumn<QString>("platform");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("json");

    const QString all, none;
    auto row = [&](const char* name, const QString& artist, const QString& track, const QString& platform,
                   const char* id, const char* json) {
        QTest::newRow(name) << artist << track << platform << QString::fromLatin1(id)
                            << QString::fromLatin1(json);
    };
    row("revenue", all, all, all, "revenue", "5.100000");
    // 3.60 × 50% + 1.50 × 80% = 1.80 + 1.20.
    row("royalty share", all, all, all, "revenue_share", "3.000000");
    row("expected revenue", all, all, all, "expected_revenue", "3.411000");
    row("variance", all, all, all, "revenue_variance", "1.689000");
    row("streams", all, all, all, "streams", "1500");
    row("listeners", all, all, all, "spotify_listeners", "190");
    row("followers", all, all, all, "spotify_followers", "1740");
    row("followers gained", all, all, all, "spotify_followers_gained", "240");
    row("tiktok views", all, all, all, "tiktok_views", "3000");
    row("tiktok profile views", all, all, all, "tiktok_profile_views", "120");
    row("tiktok engagement", all, all, all, "tiktok_engagement_rate", "0.1");
    row("tiktok followers (no data)", all, all, all, "tiktok_followers", "null");
    row("link views", all, all, all, "link_views", "400");
    row("link clicks", all, all, all, "link_clicks", "100");
    row("link ctr", all, all, all, "link_ctr", "0.25");
    row("ad spend", all, all, all, "ad_spend", "20.000000");
    row("ad impressions", all, all, all, "ad_impressions", "6000");
    row("ad clicks", all, all, all, "ad_clicks", "50");
    row("ad cpm", all, all, all, "ad_cpm", "3.333333333");
    row("ad cpc", all, all, all, "ad_cpc", "0.400000");
    row("ad ctr", all, all, all, "ad_ctr", "0.8333333333333334");
    row("cost per follower", all, all, all, "cost_per_follower", "0.083333333");
    // No streams in the previous period: no growth, no incremental cost.
    row("stream growth", all, all, all, "streams_growth_pct", "null");
    row("cost per incremental stream", all, all, all, "cost_per_incremental_stream", "null");
    // (130 + 60) followers... no: (1740 + 0) / 10,000 × 100 = 17.4.
    row("goal followers", all, all, all, "goal_followers", "17.4");
    row("youtube (no source)", all, all, all, "youtube_views", "null");
    // Artist filter, any spelling: ZONE A0 only.
    row("zone revenue", QStringLiteral("zone_a0"), all, all, "revenue", "3.600000");
    row("zone listeners", QStringLiteral("zone_a0"), all, all, "spotify_listeners", "130");
    row("zone followers gained", QStringLiteral("ZONE A0"), all, all, "spotify_followers_gained", "200");
    row("zone tiktok", QStringLiteral("zone.a0"), all, all, "tiktok_views", "3000");
    row("zone ads", QStringLiteral("zone.a0"), all, all, "ad_spend", "20.000000");
    row("pig listeners", QStringLiteral("PIG1987"), all, all, "spotify_listeners", "60");
    row("pig ads (none)", QStringLiteral("PIG1987"), all, all, "ad_spend", "null");
    row("pig tiktok (none)", QStringLiteral("pig1987"), all, all, "tiktok_views", "null");
    // Track filter: the campaign named the track by title; the title is unique for ZONE A0.
    row("track ads", all, QStringLiteral("QZTAW2496365"), all, "ad_spend", "20.000000");
    row("track revenue", all, QStringLiteral("QZ-TAW-24-96365"), all, "revenue", "3.600000");
    row("other track ads (none)", all, QStringLiteral("QT2VB2601862"), all, "ad_spend", "null");
    // Platform filter: Spotify keeps Spotify audience and streams, drops TikTok and Linktree.
    row("spotify revenue", all, all, QStringLiteral("spotify"), "revenue", "4.500000");
    row("spotify listeners", all, all, QStringLiteral("spotify"), "spotify_listeners", "190");
    row("spotify: no tiktok", all, all, QStringLiteral("spotify"), "tiktok_views", "null");
    row("tiktok: no spotify audience", all, all, QStringLiteral("tiktok"), "spotify_listeners", "null");
    row("tiktok views under tiktok", all, all, QStringLiteral("TikTok"), "tiktok_views", "3000");
}

void TestMultiSource::kpis()
{
    QFETCH(QString, artist);
    QFETCH(QString, track);
    QFETCH(QString, platform);
    QFETCH(QString, id);
    QFETCH(QString, json);
    const Filter f = Filter::of(QDate(2026, 1, 1), QDate(2026, 2, 28), artist, track, platform);
    QCOMPARE(jsonOf(kpisFor(f), id), json);
}

void TestMultiSource::aliasSpellingsAreOneArtist()
{
    Connection c(Workspace(m_dir.path()).warehousePath());
    // "ZONE A0" (statement, S4A file name), "zone.a0" (statement, TikTok file name): one artist.
    QCOMPARE(c.scalar(QStringLiteral("SELECT COUNT(*) FROM artist")).toInt(), 2);
    QCOMPARE(
        c
            .scalar(QStringLiteral(
                "SELECT COUNT(DISTINCT artist_id) FROM artist_alias WHERE alias IN ('ZONE A0', 'zone.a0')"))
            .toInt(),
        1);
    QCOMPARE(c.scalar(QStringLiteral(
                          "SELECT a.name FROM social_daily s JOIN artist a ON a.id = s.artist_id LIMIT 1"))
                 .toString(),
             QStringLiteral("ZONE A0"));
}

QHash<QString, qint64> TestMultiSource::tableCounts()
{
    Connection c(Workspace(m_dir.path()).warehousePath());
    QHash<QString, qint64> counts;
    for (const char* table : {"statement_line", "daily_stream", "audience_daily", "social_daily",
                              "link_daily", "ad_daily", "catalog_split", "track", "artist"})
        counts.insert(QString::fromLatin1(table), c.count(QString::fromLatin1(table)));
    return counts;
}

void TestMultiSource::reimportAddsNothing()
{
    const QHash<QString, qint64> before = tableCounts();
    WarehouseWriter writer(m_dir.path());
    QCOMPARE(writer.open().errorMessage(), QString());
    // Same bytes: already imported. Same content in a new file (another name, CRLF): upserted.
    for (const QString& f : m_files) {
        // Only the timeline that does not name its artist gets the user's choice.
        const QString artist =
            f.endsWith(QStringLiteral("/timeline.csv")) ? QStringLiteral("PIG1987") : QString();
        QCOMPARE(writer.importFile(f, artist).status, ImportResult::Status::AlreadyImported);
        QFile in(f);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray bytes = in.readAll();
        bytes.replace("\n", "\r\n");
        const QString copy =
            write(QStringLiteral("copy-") + QFileInfo(f).fileName(), bytes, QFileInfo(f).lastModified());
        const ImportResult r = writer.importFile(copy, artist);
        QVERIFY2(r.recognised(), qPrintable(r.message));
        QCOMPARE(r.rowsLoaded, 0);
    }
    QCOMPARE(tableCounts(), before);
}

void TestMultiSource::overlappingExportUpserts()
{
    // A newer Spotify for Artists export: overlaps two known days (one restated), adds one.
    const QByteArray newer = "date,listeners,streams,followers\n2026-01-31,120,250,1100\n2026-02-28,135,270,"
                             "1210\n2026-03-01,140,280,1220\n";
    const qint64 before = tableCounts().value(QStringLiteral("audience_daily"));
    WarehouseWriter writer(m_dir.path());
    QCOMPARE(writer.open().errorMessage(), QString());
    const ImportResult r =
        writer.importFile(write(QStringLiteral("ZONE A0-audience-timeline (1).csv"), newer));
    QCOMPARE(r.rowsLoaded, 1);
    QCOMPARE(r.rowsPresent, 2);
    QCOMPARE(tableCounts().value(QStringLiteral("audience_daily")), before + 1);
    // The restated day wins: ZONE A0's latest listeners on 2026-02-28 are now 135.
    const Filter f = Filter::of(QDate(2026, 1, 1), QDate(2026, 2, 28), QStringLiteral("ZONE A0"));
    QCOMPARE(jsonOf(kpisFor(f), QStringLiteral("spotify_listeners")), QStringLiteral("135"));
}

void TestMultiSource::userAliasMergesAndSurvivesRebuild()
{
    // A collaboration credit starts as its own artist …
    const QByteArray collab = QByteArray(kStatement.left(kStatement.indexOf('\n') + 1)) +
                              "2026-03-05\t2026-01\tSpotify\tZONE A0 & Nova "
                              "Rae\tDUET\tQZTAW2496399\t198667254799\t10\t100\tSong\tUS\t0\t0.25000000\n";
    WarehouseWriter writer(m_dir.path());
    QCOMPARE(writer.open().errorMessage(), QString());
    QCOMPARE(writer.importFile(write(QStringLiteral("collab.tsv"), collab)).rowsLoaded, 1);
    const Filter zone = Filter::of(QDate(2026, 1, 1), QDate(2026, 2, 28), QStringLiteral("ZONE A0"));
    QCOMPARE(jsonOf(kpisFor(zone), QStringLiteral("revenue")), QStringLiteral("3.600000"));
    // … until the user says it is ZONE A0: its rows move, the spare artist goes.
    QCOMPARE(writer.setAlias(QStringLiteral("ZONE A0 & Nova Rae"), QStringLiteral("zone a0")).errorMessage(),
             QString());
    QCOMPARE(jsonOf(kpisFor(zone), QStringLiteral("revenue")), QStringLiteral("3.850000"));
    QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("aliases.tsv"))));
    writer.close();

    const Rebuilder::Outcome out = Rebuilder::rebuild(m_dir.path());
    QVERIFY2(out.error.isEmpty(), qPrintable(out.error));
    QCOMPARE(jsonOf(kpisFor(zone), QStringLiteral("revenue")), QStringLiteral("3.850000"));
    // The timeline imported with a chosen artist is still PIG1987's after the rebuild.
    const Filter pig = Filter::of(QDate(2026, 1, 1), QDate(2026, 2, 28), QStringLiteral("PIG1987"));
    QCOMPARE(jsonOf(kpisFor(pig), QStringLiteral("spotify_listeners")), QStringLiteral("60"));
}

QTEST_GUILESS_MAIN(TestMultiSource)
#include "tst_multisource.moc"
