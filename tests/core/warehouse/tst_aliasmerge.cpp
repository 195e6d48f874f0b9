// An alias that moves a spelling from one artist to another: both artists' rows are re-derived
// from the raw files, in every artist table, so every KPI equals that of a warehouse that imported
// the same files with the alias already set; pointing the alias back restores every KPI.
#include "core/warehousetestsupport.h"
#include "lake/workspace.h"
#include "warehouse/warehousereader.h"
#include "warehouse/warehousewriter.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace bedrot;
using bedrot::test::Connection;

namespace {

const QByteArray kCatalog = "artist,title,isrc,upc,release_date,release_type,royalty_percentage\n"
                            "ZONE A0,HOLD ON I,QZTAW2496365,198667254765,2026-01-02,single,50\n"
                            "Nova Rae,STARLIGHT,QZTAW2496399,198667254799,2026-01-20,single,80\n";

const QByteArray kStatement =
    "Reporting Date\tSale Month\tStore\tArtist\tTitle\tISRC\tUPC\tQuantity\tTeam "
    "Percentage\tSong/Album\tCountry of Sale\t"
    "Songwriter Royalties Withheld\tEarnings (USD)\n"
    "2026-03-05\t2026-01\tSpotify\tZONE A0\tHOLD ON "
    "I\tQZTAW2496365\t198667254765\t1000\t100\tSong\tUS\t0\t3.00000000\n"
    "2026-03-05\t2026-01\tSpotify\tNova "
    "Rae\tSTARLIGHT\tQZTAW2496399\t198667254799\t400\t100\tSong\tUS\t0\t1.20000000\n"
    "2026-03-05\t2026-02\tApple Music\tNova "
    "Rae\tSTARLIGHT\tQZTAW2496399\t198667254799\t100\t100\tSong\tDE\t0\t0.70000000\n";

// The same days in both artists' timelines (2026-02-20), TikTok views (Feb 28) and followers (Feb 27).
const QByteArray kZoneAudience =
    "date,listeners,streams,followers\n2026-01-10,100,200,1000\n2026-02-20,130,260,1200\n";
const QByteArray kNovaAudience =
    "date,listeners,streams,followers\n2026-01-05,40,60,300\n2026-02-20,70,90,350\n";
const QByteArray kZoneTikTok = "Date,Video Views,Profile Views,Likes,Comments,Shares\n"
                               "\"February 27\",\"1000\",\"50\",\"80\",\"10\",\"10\"\n\"February "
                               "28\",\"2000\",\"70\",\"150\",\"20\",\"30\"\n";
const QByteArray kNovaTikTok = "Date,Video Views,Profile Views,Likes,Comments,Shares\n\"February "
                               "28\",\"500\",\"9\",\"40\",\"4\",\"2\"\n";
const QByteArray kZoneFollowers = "Date,Followers,Difference in followers from previous day\nFebruary "
                                  "26,480,undefined\nFebruary 27,500,20\n";
const QByteArray kNovaFollowers =
    "Date,Followers,Difference in followers from previous day\nFebruary 27,300,undefined\n";
const QByteArray kAds = "Reporting starts,Reporting ends,Campaign name,Ad Set Name,Ad name,Amount spent "
                        "(USD),Impressions,Reach,Link clicks,Results\n"
                        "2026-01-05,2026-01-05,ZONE A0 - HOLD ON I - BROAD,Broad,Ad 1,12.00,4000,3000,40,5\n"
                        "2026-01-05,2026-01-05,Nova Rae - STARLIGHT - FANS,Fans,Ad 1,3.00,900,800,9,1\n";
const QByteArray kAdsLifetime =
    "Reporting starts,Reporting ends,Campaign name,Ad Set Name,Ad name,Amount spent "
    "(USD),Impressions,Reach,Link clicks,Results\n"
    "2026-02-01,2026-02-10,ZONE A0 - HOLD ON I - WIDE,Wide,Ad 2,20.00,6000,5000,50,4\n"
    "2026-02-01,2026-02-10,Nova Rae - STARLIGHT - WIDE,Wide,Ad 2,5.00,1000,900,10,2\n";

using Kpis = QStringList; // "id=json" per KPI of the catalog

} // namespace

class TestAliasMerge final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyArtistTableHasRowsOfBoth();
    void mergeEqualsImportWithTheAliasSet();
    void pointingBackRestoresBoth();

private:
    QStringList writeFiles(const QString& root);
    void importAll(const QString& root);
    Kpis kpis(const QString& root, const QString& artist = QString(), const QString& track = QString());
    QTemporaryDir m_dir, m_reference;
    Kpis m_all, m_zone, m_nova, m_novaTrack;
};

QStringList TestAliasMerge::writeFiles(const QString& root)
{
    QDir().mkpath(root + QStringLiteral("/in"));
    const QDateTime exported(QDate(2026, 3, 1), QTime(12, 0));
    QStringList files;
    auto write = [&](const QString& name, const QByteArray& bytes, bool dated = false) {
        QFile f(root + QStringLiteral("/in/") + name);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(name));
        if (dated)
            f.setFileTime(exported, QFileDevice::FileModificationTime);
        files << f.fileName();
    };
    write(QStringLiteral("catalog.csv"), kCatalog);
    write(QStringLiteral("statement.tsv"), kStatement);
    write(QStringLiteral("ZONE A0-timeline.csv"), kZoneAudience);
    write(QStringLiteral("Nova Rae-timeline.csv"), kNovaAudience);
    write(QStringLiteral("Overview_zone a0.csv"), kZoneTikTok, true);
    write(QStringLiteral("Overview_nova rae.csv"), kNovaTikTok, true);
    write(QStringLiteral("Followers_zone a0.csv"), kZoneFollowers, true);
    write(QStringLiteral("Followers_nova rae.csv"), kNovaFollowers, true);
    write(QStringLiteral("ads.csv"), kAds);
    write(QStringLiteral("ads-lifetime.csv"), kAdsLifetime);
    return files;
}

void TestAliasMerge::importAll(const QString& root)
{
    WarehouseWriter writer(root);
    QCOMPARE(writer.open().errorMessage(), QString());
    for (const QString& f : writer.importOrder(writeFiles(root))) {
        const ImportResult r = writer.importFile(f);
        QVERIFY2(r.status == ImportResult::Status::Loaded, qPrintable(r.message));
    }
}

Kpis TestAliasMerge::kpis(const QString& root, const QString& artist, const QString& track)
{
    Connection c(Workspace(root).warehousePath());
    const Filter f = Filter::of(QDate(2026, 1, 1), QDate(2026, 2, 28), artist, track);
    const Result<QList<KpiValue>> values = WarehouseReader(c.db()).kpis(f);
    if (!values) // two failed reads must never compare equal: stop the test here
        qFatal("reading the KPIs failed: %s", qPrintable(values.error().message));
    Kpis out;
    for (const KpiValue& v : *values)
        out << v.id + u'=' + v.jsonValue();
    return out;
}

void TestAliasMerge::initTestCase()
{
    QVERIFY(m_dir.isValid() && m_reference.isValid());
    importAll(m_dir.path());
    m_all = kpis(m_dir.path());
    m_zone = kpis(m_dir.path(), QStringLiteral("ZONE A0"));
    m_nova = kpis(m_dir.path(), QStringLiteral("Nova Rae"));
    m_novaTrack = kpis(m_dir.path(), QString(), QStringLiteral("QZTAW2496399"));
    QVERIFY(m_zone != m_nova);
    // The reference imports the same files with the alias set before anything arrives.
    QVERIFY(test::writeBytes(m_reference.filePath(QStringLiteral("aliases.tsv")), "Nova Rae\tZONE A0\n"));
    importAll(m_reference.path());
}

void TestAliasMerge::everyArtistTableHasRowsOfBoth()
{
    Connection c(Workspace(m_dir.path()).warehousePath());
    for (const char* table : {"statement_line", "audience_daily", "social_daily", "follower_snapshot",
                              "ad_daily", "ad_lifetime", "track", "release"})
        QCOMPARE(c.rows(QStringLiteral("SELECT a.name FROM %1 t JOIN artist a ON a.id = t.artist_id GROUP BY "
                                       "a.name ORDER BY a.name")
                            .arg(QString::fromLatin1(table))),
                 (QStringList{QStringLiteral("Nova Rae"), QStringLiteral("ZONE A0")}));
}

void TestAliasMerge::mergeEqualsImportWithTheAliasSet()
{
    {
        WarehouseWriter writer(m_dir.path());
        QCOMPARE(writer.setAlias(QStringLiteral("Nova Rae"), QStringLiteral("ZONE A0")).errorMessage(),
                 QString());
    }
    const Kpis merged = kpis(m_dir.path(), QStringLiteral("ZONE A0"));
    QCOMPARE(merged, kpis(m_reference.path(), QStringLiteral("ZONE A0")));
    QCOMPARE(kpis(m_dir.path()), kpis(m_reference.path()));
    QCOMPARE(kpis(m_dir.path(), QString(), QStringLiteral("QZTAW2496399")),
             kpis(m_reference.path(), QString(), QStringLiteral("QZTAW2496399")));
    // No other artist has data: the whole label is the merged artist.
    QCOMPARE(kpis(m_dir.path()), merged);
    // The conflicting day counts once: Nova Rae's later timeline wins 2026-02-20.
    QVERIFY(merged.contains(QStringLiteral("spotify_listeners=70")));
    Connection c(Workspace(m_dir.path()).warehousePath());
    QCOMPARE(c.rows(QStringLiteral("SELECT name FROM artist")), QStringList{QStringLiteral("ZONE A0")});
    for (const char* table :
         {"statement_line", "daily_stream", "audience_daily", "social_daily", "follower_snapshot",
          "link_daily", "ad_daily", "ad_lifetime", "track", "release"})
        QCOMPARE(c.scalar(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE artist_id IS NOT NULL AND artist_id "
                                         "<> 0 AND artist_id NOT IN "
                                         "(SELECT id FROM artist)")
                              .arg(QString::fromLatin1(table)))
                     .toInt(),
                 0);
    // The rollups agree with the lines they sum.
    QCOMPARE(
        c.rows(QStringLiteral(
            "SELECT artist_id, SUM(lines), SUM(earnings_nanos) FROM statement_rollup GROUP BY artist_id")),
        c.rows(QStringLiteral(
            "SELECT artist_id, COUNT(*), SUM(earnings_nanos) FROM statement_line GROUP BY artist_id")));
}

void TestAliasMerge::pointingBackRestoresBoth()
{
    {
        WarehouseWriter writer(m_dir.path());
        QCOMPARE(writer.setAlias(QStringLiteral("Nova Rae"), QStringLiteral("Nova Rae")).errorMessage(),
                 QString());
    }
    QCOMPARE(kpis(m_dir.path()), m_all);
    QCOMPARE(kpis(m_dir.path(), QStringLiteral("ZONE A0")), m_zone);
    QCOMPARE(kpis(m_dir.path(), QStringLiteral("Nova Rae")), m_nova);
    QCOMPARE(kpis(m_dir.path(), QString(), QStringLiteral("QZTAW2496399")), m_novaTrack);
    Connection c(Workspace(m_dir.path()).warehousePath());
    QCOMPARE(c.rows(QStringLiteral(
                 "SELECT a.name FROM track t JOIN artist a ON a.id = t.artist_id ORDER BY t.isrc")),
             (QStringList{QStringLiteral("ZONE A0"), QStringLiteral("Nova Rae")}));
}

QTEST_GUILESS_MAIN(TestAliasMerge)
#include "tst_aliasmerge.moc"
