// Dimensions on a real, migrated warehouse: artist names folded into one artist, aliases a user
// re-points, stores mapped to platforms (an unknown one flagged, never a silent default), tracks
// by ISRC, releases by UPC, countries, platforms by key, and caches that forget a rolled-back write.
#include "core/warehousetestsupport.h"

#include "warehouse/database.h"
#include "warehouse/dimensions.h"
#include "warehouse/migrator.h"

#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace bedrot;

namespace {

// A migrated warehouse in a temporary directory: the raw handle Dimensions writes through, and a
// second connection for checking the tables.
class Warehouse
{
public:
    Warehouse() : m_name(Database::uniqueConnectionName(QStringLiteral("tst_dimensions")))
    {
        const QString path = m_dir.filePath(QStringLiteral("warehouse.db"));
        Result<QSqlDatabase> db = Database::open(path, m_name);
        if (!db) {
            m_error = db.errorMessage();
            return;
        }
        m_db = std::move(db).value();
        m_handle = Database::handle(m_db);
        if (Result<void> migrated = Migrator::migrate(m_handle); !migrated) {
            m_error = migrated.errorMessage();
            return;
        }
        m_sql = std::make_unique<test::Connection>(path);
    }
    ~Warehouse()
    {
        m_sql.reset();
        m_db = QSqlDatabase();
        Database::close(m_name);
    }
    Warehouse(const Warehouse&) = delete;
    Warehouse& operator=(const Warehouse&) = delete;

    QString error() const { return m_error; }
    sqlite3* handle() const { return m_handle; }
    test::Connection& sql() { return *m_sql; }

private:
    QTemporaryDir m_dir;
    QString m_name;
    QSqlDatabase m_db;
    sqlite3* m_handle = nullptr;
    std::unique_ptr<test::Connection> m_sql;
    QString m_error;
};

QByteArray utf8(const QString& s)
{
    return s.toUtf8();
}

} // namespace

class TestDimensions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void artistNamesFold_data();
    void artistNamesFold();
    void unknownNameCreatesArtist();
    void userAliasRepoints();
    void userAliasWinsOverAutomaticSpelling();
    void storesMapToPlatforms_data();
    void storesMapToPlatforms();
    void tracksByIsrcAndReleasesByUpc();
    void trackByTitleNeedsAUniqueTitle();
    void countries();
    void platformsByKey();
    void loadAfterRollbackForgetsIds();
    void sqlFailureReachesTakeError();

private:
    std::unique_ptr<Warehouse> m_wh;
    std::unique_ptr<Dimensions> m_dims;
};

void TestDimensions::init()
{
    m_wh = std::make_unique<Warehouse>();
    QCOMPARE(m_wh->error(), QString());
    m_dims = std::make_unique<Dimensions>(m_wh->handle());
    QCOMPARE(m_dims->load().errorMessage(), QString());
}

void TestDimensions::cleanup()
{
    m_dims.reset();
    m_wh.reset();
}

void TestDimensions::artistNamesFold_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<bool>("sameArtist");

    QTest::newRow("case") << QStringLiteral("ZONE A0") << QStringLiteral("zone a0") << true;
    QTest::newRow("dot") << QStringLiteral("ZONE A0") << QStringLiteral("zone.a0") << true;
    QTest::newRow("underscore") << QStringLiteral("ZONE A0") << QStringLiteral("zone_a0") << true;
    QTest::newRow("hyphen") << QStringLiteral("ZONE A0") << QStringLiteral("Zone-A0") << true;
    QTest::newRow("apostrophes") << QStringLiteral("Jay's Crew") << QStringLiteral("JAY\u2019S CREW") << true;
    QTest::newRow("full width (NFKC)") << QStringLiteral("ZONE A0") << QStringLiteral("\uFF3AONE A0") << true;
    // A source that upper-cases names writes "Straße" as "STRASSE" (full case folding: ß = ss).
    QTest::newRow("sharp s, upper-cased")
        << QStringLiteral("Stra\u00DFe") << QStringLiteral("STRASSE") << true;
    QTest::newRow("another digit") << QStringLiteral("ZONE A0") << QStringLiteral("ZONE A1") << false;
    QTest::newRow("another letter") << QStringLiteral("Nova Rae") << QStringLiteral("Nova Ray") << false;
    QTest::newRow("accent counts") << QStringLiteral("Rene") << QStringLiteral("Ren\u00E9") << false;
}

void TestDimensions::artistNamesFold()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(bool, sameArtist);

    const qint64 a = m_dims->artistId(utf8(first));
    QVERIFY(a > 0);
    QVERIFY(m_dims->takeWarnings().isEmpty());
    const qint64 b = m_dims->artistId(utf8(second));
    QVERIFY(b > 0);
    // DEFECT: foldArtistName (domain/artistname.h) promises full Unicode case folding, but
    // QString::toCaseFolded() folds one character to one (simple folding): ß stays ß, so
    // "Straße" and "STRASSE" become two artists.
    QEXPECT_FAIL("sharp s, upper-cased", "foldArtistName uses simple case folding (ß is not ss)", Abort);
    QCOMPARE(b == a, sameArtist);
    QCOMPARE(m_wh->sql().count(QStringLiteral("artist")), sameArtist ? 1 : 2);
    QCOMPARE(m_dims->artistName(a), first);
    QCOMPARE(m_dims->findArtist(second), b);
    // Reading one artist under another spelling is worth a note; a new artist is not.
    QCOMPARE(m_dims->takeWarnings().size(), sameArtist ? 1 : 0);
    QCOMPARE(m_dims->takeError().errorMessage(), QString());

    // Each spelling is an alias of its artist in the table (the alias key ignores case only).
    QCOMPARE(m_wh->sql()
                 .scalar(QStringLiteral("SELECT artist_id FROM artist_alias WHERE alias = ?"), {first})
                 .toLongLong(),
             a);
    QCOMPARE(m_wh->sql()
                 .scalar(QStringLiteral("SELECT artist_id FROM artist_alias WHERE alias = ?"), {second})
                 .toLongLong(),
             b);

    // The tables alone (a fresh cache) fold the same way.
    QCOMPARE(m_dims->load().errorMessage(), QString());
    QCOMPARE(m_dims->artistId(utf8(second)), b);
    QCOMPARE(m_dims->artistId(utf8(first)), a);
    QCOMPARE(m_wh->sql().count(QStringLiteral("artist")), sameArtist ? 1 : 2);
}

void TestDimensions::unknownNameCreatesArtist()
{
    const qint64 zone = m_dims->artistId("ZONE A0");
    // Close to a known name is not the same name: never a silent merge.
    const qint64 zonea = m_dims->artistId("ZONE A");
    const qint64 nova = m_dims->artistId("Nova Rae");
    QVERIFY(zone > 0 && zonea > 0 && nova > 0);
    QCOMPARE(QSet<qint64>({zone, zonea, nova}).size(), 3);
    QCOMPARE(m_wh->sql().rows(QStringLiteral("SELECT id, name FROM artist ORDER BY id")),
             QStringList({QStringLiteral("%1\tZONE A0").arg(zone), QStringLiteral("%1\tZONE A").arg(zonea),
                          QStringLiteral("%1\tNova Rae").arg(nova)}));
    // Each new name is its own automatic alias.
    QCOMPARE(m_wh->sql().rows(
                 QStringLiteral("SELECT alias, artist_id, origin FROM artist_alias ORDER BY artist_id")),
             QStringList({QStringLiteral("ZONE A0\t%1\tauto").arg(zone),
                          QStringLiteral("ZONE A\t%1\tauto").arg(zonea),
                          QStringLiteral("Nova Rae\t%1\tauto").arg(nova)}));
    QVERIFY(m_dims->takeWarnings().isEmpty());

    // Finding never creates.
    QCOMPARE(m_dims->findArtist(QStringLiteral("Nobody")), 0);
    QCOMPARE(m_dims->findArtistByName(QStringLiteral("Nobody")), 0);
    QCOMPARE(m_wh->sql().count(QStringLiteral("artist")), 3);
    QCOMPARE(m_dims->findArtistByName(QStringLiteral("zone_a0")), zone);
    QCOMPARE(m_dims->artistName(nova), QStringLiteral("Nova Rae"));
    QCOMPARE(m_dims->artistName(9999), QString());
}

void TestDimensions::userAliasRepoints()
{
    const qint64 zone = m_dims->artistId("ZONE A0");
    const qint64 nova = m_dims->artistId("Nova Rae");

    QCOMPARE(m_dims->setAlias(QStringLiteral("Z0"), QStringLiteral("zone.a0"), QStringLiteral("user"))
                 .errorMessage(),
             QString());
    QCOMPARE(m_dims->findArtist(QStringLiteral("Z0")), zone);
    QCOMPARE(m_dims->findArtist(QStringLiteral("z-0")), zone); // aliases fold too
    QCOMPARE(m_dims->artistId("z0"), zone);
    QCOMPARE(m_wh->sql().count(QStringLiteral("artist")), 2);

    // Re-pointing moves the alias; the artists' own names stay theirs.
    QCOMPARE(m_dims->setAlias(QStringLiteral("Z0"), QStringLiteral("Nova Rae"), QStringLiteral("user"))
                 .errorMessage(),
             QString());
    QCOMPARE(m_dims->findArtist(QStringLiteral("Z0")), nova);
    QCOMPARE(m_dims->artistId("Z0"), nova);
    QCOMPARE(m_dims->artistId("ZONE A0"), zone);
    QCOMPARE(
        m_wh->sql().rows(QStringLiteral("SELECT artist_id, origin FROM artist_alias WHERE alias = 'Z0'")),
        QStringList({QStringLiteral("%1\tuser").arg(nova)}));

    // An artist name nobody has yet: the alias gets a new artist, named as the user wrote it.
    QCOMPARE(m_dims->setAlias(QStringLiteral("Z0"), QStringLiteral("Zed Zero"), QStringLiteral("user"))
                 .errorMessage(),
             QString());
    const qint64 zed = m_dims->findArtistByName(QStringLiteral("Zed Zero"));
    QVERIFY(zed > 0);
    QVERIFY(zed != zone && zed != nova);
    QCOMPARE(m_wh->sql().count(QStringLiteral("artist")), 3);
    QCOMPARE(m_dims->artistName(zed), QStringLiteral("Zed Zero"));
    QCOMPARE(m_dims->findArtist(QStringLiteral("Z0")), zed);
    QCOMPARE(m_dims->findArtist(QStringLiteral("zed_zero")), zed);

    // aliases(): every alias and every artist's own name, with its artist.
    const QList<QPair<QString, qint64>> aliases = m_dims->aliases();
    QVERIFY(aliases.contains(qMakePair(QStringLiteral("Z0"), zed)));
    QVERIFY(!aliases.contains(qMakePair(QStringLiteral("Z0"), nova)));
    QVERIFY(aliases.contains(qMakePair(QStringLiteral("ZONE A0"), zone)));
    QVERIFY(aliases.contains(qMakePair(QStringLiteral("Nova Rae"), nova)));
    QVERIFY(aliases.contains(qMakePair(QStringLiteral("Zed Zero"), zed)));
    QSet<qint64> artists;
    for (const auto& alias : aliases)
        artists.insert(alias.second);
    QCOMPARE(artists, QSet<qint64>({zone, nova, zed}));

    // "alias set X X" after X pointed elsewhere means the artist named X, not X's target.
    QCOMPARE(m_dims->setAlias(QStringLiteral("Nova Rae"), QStringLiteral("ZONE A0"), QStringLiteral("user"))
                 .errorMessage(),
             QString());
    QCOMPARE(m_dims->findArtist(QStringLiteral("Nova Rae")), zone);
    QCOMPARE(m_dims->setAlias(QStringLiteral("Nova Rae"), QStringLiteral("Nova Rae"), QStringLiteral("user"))
                 .errorMessage(),
             QString());
    QCOMPARE(m_dims->findArtist(QStringLiteral("Nova Rae")), nova);
    QCOMPARE(m_wh->sql().count(QStringLiteral("artist")), 3);
}

void TestDimensions::userAliasWinsOverAutomaticSpelling()
{
    const qint64 zone = m_dims->artistId("ZONE A0");
    const qint64 nova = m_dims->artistId("Nova Rae");
    // A user alias with the same folded key as an automatic one decides, also for a cache
    // rebuilt from the tables (where rows come in no particular order of their own).
    QCOMPARE(m_dims->setAlias(QStringLiteral("zone.a0"), QStringLiteral("Nova Rae"), QStringLiteral("user"))
                 .errorMessage(),
             QString());
    QCOMPARE(m_dims->findArtist(QStringLiteral("zone_a0")), nova);
    QCOMPARE(m_dims->load().errorMessage(), QString());
    QCOMPARE(m_dims->findArtist(QStringLiteral("zone_a0")), nova);
    QCOMPARE(m_dims->artistId("zone_a0"), nova);
    // The artist keeps its own name (and row); only the alias moved.
    QCOMPARE(m_dims->findArtistByName(QStringLiteral("ZONE A0")), zone);
    QCOMPARE(m_wh->sql().count(QStringLiteral("artist")), 2);
}

void TestDimensions::storesMapToPlatforms_data()
{
    QTest::addColumn<QString>("store");
    QTest::addColumn<QString>("platformKey");
    QTest::addColumn<QString>("platformKind");
    QTest::addColumn<int>("mapped");
    QTest::addColumn<int>("download");
    QTest::addColumn<bool>("newStoreRow"); // a spelling the warehouse has not seen gets its own row
    QTest::addColumn<bool>("warns");

    // clang-format off
    QTest::newRow("known")               << QStringLiteral("Spotify")          << QStringLiteral("spotify")     << QStringLiteral("streaming") << 1 << 0 << false << false;
    QTest::newRow("another spelling")    << QStringLiteral("TIDAL")            << QStringLiteral("tidal")       << QStringLiteral("streaming") << 1 << 0 << true  << false;
    QTest::newRow("another spelling dl") << QStringLiteral("itunes songs")     << QStringLiteral("itunes")      << QStringLiteral("download")  << 1 << 1 << true  << false;
    QTest::newRow("two stores, one platform") << QStringLiteral("iTunes Match") << QStringLiteral("apple_music") << QStringLiteral("streaming") << 1 << 0 << false << false;
    QTest::newRow("unknown")             << QStringLiteral("Boomplay")         << QStringLiteral("store:Boomplay") << QStringLiteral("streaming") << 0 << 0 << true << true;
    QTest::newRow("unknown download")    << QStringLiteral("Napster Download") << QStringLiteral("store:Napster Download") << QStringLiteral("download") << 0 << 1 << true << true;
    // clang-format on
}

void TestDimensions::storesMapToPlatforms()
{
    QFETCH(QString, store);
    QFETCH(QString, platformKey);
    QFETCH(QString, platformKind);
    QFETCH(int, mapped);
    QFETCH(int, download);
    QFETCH(bool, newStoreRow);
    QFETCH(bool, warns);

    const qint64 storesBefore = m_wh->sql().count(QStringLiteral("store"));
    const qint64 platformsBefore = m_wh->sql().count(QStringLiteral("platform"));
    const qint64 id = m_dims->storeId(utf8(store));
    QVERIFY(id > 0);
    QCOMPARE(m_dims->takeError().errorMessage(), QString());
    QCOMPARE(
        m_wh->sql().rows(
            QStringLiteral("SELECT s.name, p.key, p.kind, s.mapped, p.mapped, s.is_download FROM store s "
                           "JOIN platform p ON p.id = s.platform_id WHERE s.id = ?"),
            {id}),
        QStringList({QStringList({store, platformKey, platformKind, QString::number(mapped),
                                  QString::number(mapped), QString::number(download)})
                         .join(u'\t')}));
    QCOMPARE(m_wh->sql().count(QStringLiteral("store")), storesBefore + (newStoreRow ? 1 : 0));
    // Only an unknown store adds a platform.
    QCOMPARE(m_wh->sql().count(QStringLiteral("platform")), platformsBefore + (mapped ? 0 : 1));
    QCOMPARE(m_dims->takeWarnings().size(), warns ? 1 : 0);

    // Seen once, known from then on: the same id, no second row, no second warning; also from a
    // cache rebuilt from the tables.
    QCOMPARE(m_dims->storeId(utf8(store)), id);
    QCOMPARE(m_dims->load().errorMessage(), QString());
    QCOMPARE(m_dims->storeId(utf8(store)), id);
    QVERIFY(m_dims->takeWarnings().isEmpty());
    QCOMPARE(
        m_wh->sql().scalar(QStringLiteral("SELECT COUNT(*) FROM store WHERE name = ?"), {store}).toLongLong(),
        1);
}

void TestDimensions::tracksByIsrcAndReleasesByUpc()
{
    const qint64 zone = m_dims->artistId("ZONE A0");
    const qint64 nova = m_dims->artistId("Nova Rae");

    // No UPC, no ISRC: no row, id 0.
    QCOMPARE(m_dims->releaseId("", "Untitled", zone, true), 0);
    QCOMPARE(m_dims->trackId("", "Untitled", zone, 0), 0);
    QCOMPARE(m_wh->sql().count(QStringLiteral("release")), 0);
    QCOMPARE(m_wh->sql().count(QStringLiteral("track")), 0);

    const qint64 album = m_dims->releaseId("198667254765", "Night Drive", zone, true);
    const qint64 single = m_dims->releaseId("198667254799", "Starlight", nova, false);
    QVERIFY(album > 0 && single > 0 && album != single);
    // A single's title is its track's: only an album keeps its own.
    QCOMPARE(m_wh->sql().rows(QStringLiteral("SELECT upc, title, artist_id FROM release ORDER BY id")),
             QStringList({QStringLiteral("198667254765\tNight Drive\t%1").arg(zone),
                          QStringLiteral("198667254799\t\\N\t%1").arg(nova)}));
    // The UPC is the release: another title or artist later finds the same row unchanged.
    QCOMPARE(m_dims->releaseId("198667254765", "Other", nova, true), album);
    QCOMPARE(m_wh->sql().count(QStringLiteral("release")), 2);

    const qint64 hold = m_dims->trackId("QZTAW2496365", "HOLD ON I", zone, album);
    const qint64 star = m_dims->trackId("QZTAW2496399", "STARLIGHT", nova, single);
    QVERIFY(hold > 0 && star > 0 && hold != star);
    QCOMPARE(m_dims->trackId("QZTAW2496365", "Hold On (Remix)", nova, single), hold);
    QCOMPARE(
        m_wh->sql().rows(QStringLiteral("SELECT isrc, title, artist_id, release_id FROM track ORDER BY id")),
        QStringList({QStringLiteral("QZTAW2496365\tHOLD ON I\t%1\t%2").arg(zone).arg(album),
                     QStringLiteral("QZTAW2496399\tSTARLIGHT\t%1\t%2").arg(nova).arg(single)}));

    QCOMPARE(m_dims->findTrack("QZTAW2496365"), hold);
    QCOMPARE(m_dims->findTrack("QZTAW0000000"), 0);
    QCOMPARE(m_dims->trackArtist("QZTAW2496365"), zone);
    QCOMPARE(m_dims->trackArtist("QZTAW2496399"), nova);
    QCOMPARE(m_dims->trackArtist("QZTAW0000000"), 0);

    // trackArtist reads the table, so it follows a change there (e.g. the catalog's word).
    QVERIFY2(m_wh->sql().exec(QStringLiteral("UPDATE track SET artist_id = ? WHERE id = ?"), {nova, hold}),
             qPrintable(m_wh->sql().lastError()));
    QCOMPARE(m_dims->trackArtist("QZTAW2496365"), nova);

    // A fresh cache finds the same rows and creates none.
    QCOMPARE(m_dims->load().errorMessage(), QString());
    QCOMPARE(m_dims->findTrack("QZTAW2496399"), star);
    QCOMPARE(m_dims->trackId("QZTAW2496399", "x", zone, 0), star);
    QCOMPARE(m_dims->releaseId("198667254799", "x", zone, true), single);
    QCOMPARE(m_wh->sql().count(QStringLiteral("track")), 2);
    QCOMPARE(m_wh->sql().count(QStringLiteral("release")), 2);
    QCOMPARE(m_dims->takeError().errorMessage(), QString());
}

void TestDimensions::trackByTitleNeedsAUniqueTitle()
{
    const qint64 zone = m_dims->artistId("ZONE A0");
    const qint64 nova = m_dims->artistId("Nova Rae");
    const qint64 hold = m_dims->trackId("QZTAW2496365", "HOLD ON I", zone, 0);
    m_dims->trackId("QZTAW2496366", "Echo", zone, 0);
    m_dims->trackId("QZTAW2496367", "echo ", zone, 0);
    const qint64 novaEcho = m_dims->trackId("QZTAW2496399", "Echo", nova, 0);

    QCOMPARE(m_dims->trackByTitle(zone, QStringLiteral(" hold on i ")), hold);
    QCOMPARE(m_dims->trackByTitle(zone, QStringLiteral("Echo")), 0);        // two of zone's tracks
    QCOMPARE(m_dims->trackByTitle(nova, QStringLiteral("ECHO")), novaEcho); // one of nova's
    QCOMPARE(m_dims->trackByTitle(nova, QStringLiteral("HOLD ON I")), 0);   // another artist's
    QCOMPARE(m_dims->trackByTitle(0, QStringLiteral("HOLD ON I")), 0);
    QCOMPARE(m_dims->trackByTitle(zone, QStringLiteral("  ")), 0);
}

void TestDimensions::countries()
{
    m_dims->country("US");
    m_dims->country("DE");
    m_dims->country("US");
    m_dims->country(""); // no country: no row
    QCOMPARE(m_dims->takeError().errorMessage(), QString());
    QCOMPARE(m_wh->sql().rows(QStringLiteral("SELECT code, name FROM country ORDER BY code")),
             QStringList({QStringLiteral("DE\t\\N"), QStringLiteral("US\t\\N")}));
    QCOMPARE(m_dims->load().errorMessage(), QString());
    m_dims->country("DE");
    m_dims->country("FR");
    QCOMPARE(m_wh->sql().rows(QStringLiteral("SELECT code FROM country ORDER BY code")),
             QStringList({QStringLiteral("DE"), QStringLiteral("FR"), QStringLiteral("US")}));
}

void TestDimensions::platformsByKey()
{
    const qint64 before = m_wh->sql().count(QStringLiteral("platform"));
    const qint64 spotify =
        m_wh->sql().scalar(QStringLiteral("SELECT id FROM platform WHERE key = 'spotify'")).toLongLong();
    QVERIFY(spotify > 0);
    QCOMPARE(m_dims->platformId(QStringLiteral("spotify")), spotify);
    QCOMPARE(m_wh->sql().count(QStringLiteral("platform")), before);

    // A key nobody seeded (a collector's new source) becomes a platform of that key.
    const qint64 bandcamp = m_dims->platformId(QStringLiteral("bandcamp"));
    QVERIFY(bandcamp > 0 && bandcamp != spotify);
    QCOMPARE(m_wh->sql().rows(QStringLiteral("SELECT key, name, kind, mapped FROM platform WHERE id = ?"),
                              {bandcamp}),
             QStringList({QStringLiteral("bandcamp\tbandcamp\tstreaming\t1")}));
    QCOMPARE(m_dims->platformId(QStringLiteral("bandcamp")), bandcamp);
    QCOMPARE(m_dims->load().errorMessage(), QString());
    QCOMPARE(m_dims->platformId(QStringLiteral("bandcamp")), bandcamp);
    QCOMPARE(m_wh->sql().count(QStringLiteral("platform")), before + 1);
    QCOMPARE(m_dims->takeError().errorMessage(), QString());
}

void TestDimensions::loadAfterRollbackForgetsIds()
{
    const qint64 zone = m_dims->artistId("ZONE A0");
    const qint64 snapshotArtists = m_wh->sql().count(QStringLiteral("artist"));

    QCOMPARE(Database::exec(m_wh->handle(), "BEGIN IMMEDIATE").errorMessage(), QString());
    const qint64 ghost = m_dims->artistId("Ghost");
    const qint64 ghostTrack = m_dims->trackId("QZGHO0000001", "Boo", ghost, 0);
    const qint64 ghostRelease = m_dims->releaseId("000000000001", "Boo", ghost, false);
    const qint64 ghostStore = m_dims->storeId("Ghost Store");
    const qint64 ghostPlatform = m_dims->platformId(QStringLiteral("ghost"));
    m_dims->country("ZZ");
    QVERIFY(ghost > 0 && ghostTrack > 0 && ghostRelease > 0 && ghostStore > 0 && ghostPlatform > 0);
    QCOMPARE(m_dims->takeError().errorMessage(), QString());
    QCOMPARE(Database::exec(m_wh->handle(), "ROLLBACK").errorMessage(), QString());
    QCOMPARE(m_wh->sql().count(QStringLiteral("artist")), snapshotArtists);

    QCOMPARE(m_dims->load().errorMessage(), QString());
    QCOMPARE(m_dims->findArtist(QStringLiteral("Ghost")), 0);
    QCOMPARE(m_dims->findTrack("QZGHO0000001"), 0);
    QCOMPARE(m_dims->artistId("ZONE A0"), zone); // what was committed stays

    // Asked again, every name gets a row that exists (not the rolled-back id).
    const qint64 ghost2 = m_dims->artistId("Ghost");
    QCOMPARE(m_wh->sql().scalar(QStringLiteral("SELECT name FROM artist WHERE id = ?"), {ghost2}).toString(),
             QStringLiteral("Ghost"));
    const qint64 track2 = m_dims->trackId("QZGHO0000001", "Boo", ghost2, 0);
    QCOMPARE(m_wh->sql().scalar(QStringLiteral("SELECT isrc FROM track WHERE id = ?"), {track2}).toString(),
             QStringLiteral("QZGHO0000001"));
    const qint64 release2 = m_dims->releaseId("000000000001", "Boo", ghost2, false);
    QCOMPARE(
        m_wh->sql().scalar(QStringLiteral("SELECT upc FROM release WHERE id = ?"), {release2}).toString(),
        QStringLiteral("000000000001"));
    const qint64 store2 = m_dims->storeId("Ghost Store");
    QCOMPARE(
        m_wh->sql()
            .scalar(QStringLiteral(
                        "SELECT p.key FROM store s JOIN platform p ON p.id = s.platform_id WHERE s.id = ?"),
                    {store2})
            .toString(),
        QStringLiteral("store:Ghost Store"));
    const qint64 platform2 = m_dims->platformId(QStringLiteral("ghost"));
    QCOMPARE(
        m_wh->sql().scalar(QStringLiteral("SELECT key FROM platform WHERE id = ?"), {platform2}).toString(),
        QStringLiteral("ghost"));
    m_dims->country("ZZ");
    QCOMPARE(
        m_wh->sql().scalar(QStringLiteral("SELECT COUNT(*) FROM country WHERE code = 'ZZ'")).toLongLong(), 1);
    QCOMPARE(m_dims->takeError().errorMessage(), QString());
    // The unknown store is news again after the rollback: warned when first seen, and again now.
    QCOMPARE(m_dims->takeWarnings().size(), 2);
}

void TestDimensions::sqlFailureReachesTakeError()
{
    QCOMPARE(m_dims->takeError().errorMessage(), QString());
    QCOMPARE(Database::exec(m_wh->handle(), "DROP TABLE country").errorMessage(), QString());
    m_dims->country("US");
    const Result<void> e = m_dims->takeError();
    QVERIFY(!e);
    QVERIFY(!e.errorMessage().isEmpty());
    // Taken once: the next batch starts clean.
    QCOMPARE(m_dims->takeError().errorMessage(), QString());
    // load() reports a missing table as an error instead of an empty cache.
    QVERIFY(!m_dims->load());
}

QTEST_GUILESS_MAIN(TestDimensions)
#include "tst_dimensions.moc"
