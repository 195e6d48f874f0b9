// FactWriter on a real, migrated warehouse, per fact kind: a first write loads, the same batch
// again is present and changes no row, a restated value updates its row in place, rows the
// warehouse cannot take come back rejected with a reason, and a replay's scope is kept.
#include "core/warehousetestsupport.h"

#include "warehouse/database.h"
#include "warehouse/dimensions.h"
#include "warehouse/factwriter.h"
#include "warehouse/migrator.h"

#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

#include <initializer_list>
#include <memory>

using namespace bedrot;

namespace {

// A migrated warehouse in a temporary directory: the raw handle the writer writes through, and a
// second connection for checking the tables.
class Warehouse
{
public:
    Warehouse() : m_name(Database::uniqueConnectionName(QStringLiteral("tst_factwriter")))
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

const QString kZone = QStringLiteral("ZONE A0");
const QString kNova = QStringLiteral("Nova Rae");

QStringList texts(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* t : list)
        out << QString::fromUtf8(t);
    return out;
}

Money usd(const char* text)
{
    return *Money::parse(QByteArrayView(text));
}

AdFact ad(const QString& name, bool lifetime, const char* spend, qint64 results, qint64 line)
{
    AdFact f;
    f.account = QStringLiteral("act_1");
    f.campaign = QStringLiteral("ZONE A0 - HOLD ON I - BROAD");
    f.adSet = QStringLiteral("Broad");
    f.ad = name;
    f.lifetime = lifetime;
    f.start = lifetime ? QDate(2026, 2, 1) : QDate(2026, 1, 5);
    f.end = lifetime ? QDate(2026, 2, 10) : f.start;
    f.spend = usd(spend);
    f.impressions = 4000;
    f.reach = 3000;
    f.clicks = 40;
    f.results = results;
    f.tz = lifetime ? QString() : QStringLiteral("UTC");
    f.line = line;
    return f;
}

// Two rows of one kind; `restated` changes one value of the second row (same natural key).
FactBatch batchOf(const QString& kind, bool restated)
{
    FactBatch b;
    if (kind == QLatin1String("daily_stream")) {
        const auto row = [](QDate day, qint64 streams, qint64 line) {
            return DailyStreamFact{QStringLiteral("distrokid"),
                                   QStringLiteral("spotify"),
                                   kZone,
                                   QString(),
                                   day,
                                   streams,
                                   QStringLiteral("UTC"),
                                   line};
        };
        b.dailyStreams = {row(QDate(2026, 1, 1), 100, 2), row(QDate(2026, 1, 2), restated ? 150 : 120, 3)};
    } else if (kind == QLatin1String("stream_total")) {
        const auto row = [](const QString& country, qint64 streams, qint64 line) {
            return StreamTotalFact{QStringLiteral("toolost"),
                                   QStringLiteral("apple_music"),
                                   QStringLiteral("country"),
                                   country,
                                   QDate(2026, 1, 1),
                                   QDate(2026, 1, 31),
                                   streams,
                                   line};
        };
        b.streamTotals = {row(QStringLiteral("US"), 500, 1),
                          row(QStringLiteral("DE"), restated ? 320 : 300, 2)};
    } else if (kind == QLatin1String("audience_daily")) {
        // The restatement fills a value the first export did not have yet (NULL → 1010).
        b.audience = {AudienceFact{kZone, QDate(2026, 1, 10), 100, 200, 1000, 2},
                      AudienceFact{kZone, QDate(2026, 1, 11), 110, 220,
                                   restated ? std::optional<qint64>(1010) : std::nullopt, 3}};
    } else if (kind == QLatin1String("social_daily")) {
        const auto row = [](QDate day, qint64 views, qint64 shares, qint64 line) {
            SocialFact f;
            f.artist = kZone;
            f.day = day;
            f.videoViews = views;
            f.profileViews = 50;
            f.likes = 80;
            f.comments = 10;
            f.shares = shares;
            f.tz = QStringLiteral("UTC");
            f.line = line;
            return f;
        };
        b.social = {row(QDate(2026, 2, 27), 1000, 10, 2),
                    row(QDate(2026, 2, 28), 2000, restated ? 35 : 30, 3)};
    } else if (kind == QLatin1String("follower_snapshot")) {
        b.followers = {
            FollowerFact{kZone, QStringLiteral("tiktok"), QDate(2026, 2, 26), 480, 2},
            FollowerFact{kZone, QStringLiteral("tiktok"), QDate(2026, 2, 27), restated ? 505 : 500, 3}};
    } else if (kind == QLatin1String("link_daily")) {
        b.links = {LinkFact{QStringLiteral("zonea0"), kZone, QDate(2026, 3, 1), 10, 8, 4, 3, 2},
                   LinkFact{QStringLiteral("zonea0"), kZone, QDate(2026, 3, 2), 12, 9, 5,
                            restated ? std::optional<qint64>(4) : std::nullopt, 3}};
    } else if (kind == QLatin1String("ad_daily")) {
        b.ads = {ad(QStringLiteral("Ad 1"), false, "12.00", 5, 2),
                 ad(QStringLiteral("Ad 2"), false, "3.00", restated ? 2 : 1, 3)};
    } else if (kind == QLatin1String("ad_lifetime")) {
        b.ads = {ad(QStringLiteral("Ad 1"), true, "20.00", 4, 2),
                 ad(QStringLiteral("Ad 2"), true, restated ? "5.50" : "5.00", 2, 3)};
    } else if (kind == QLatin1String("catalog_split")) {
        b.catalog = {CatalogFact{kZone, QStringLiteral("HOLD ON I"), QStringLiteral("QZTAW2496365"),
                                 QStringLiteral("198667254765"), QDate(2026, 1, 2), QStringLiteral("single"),
                                 QStringLiteral("50"), 2},
                     CatalogFact{kZone, QStringLiteral("ECHO"), QStringLiteral("QZTAW2496366"),
                                 QStringLiteral("198667254766"), QDate(2026, 1, 9), QStringLiteral("single"),
                                 restated ? QStringLiteral("33.33") : QStringLiteral("80"), 3}};
    }
    return b;
}

} // namespace

class TestFactWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void writeLoadsThenPresentThenRestates_data();
    void writeLoadsThenPresentThenRestates();
    void countsAreExactAcrossKinds();
    void expensesAreIdentifiedByContentAndOccurrence();
    void unknownIsrcIsRejectedAndNotWritten();
    void adsLinkKnownArtistAndUniqueTitle();
    void restatedAdCurrencyUpdatesTheRow();
    void catalogSettlesTrackAndRelease();
    void scopeWritesOnlyItsArtists();

private:
    Result<void> write(const FactBatch& batch, qint64 ingest, FactWriter::Counts& counts,
                       const ArtistScope* scope = nullptr);

    std::unique_ptr<Warehouse> m_wh;
    std::unique_ptr<Dimensions> m_dims;
    std::unique_ptr<FactWriter> m_writer;
};

void TestFactWriter::init()
{
    m_wh = std::make_unique<Warehouse>();
    QCOMPARE(m_wh->error(), QString());
    m_dims = std::make_unique<Dimensions>(m_wh->handle());
    QCOMPARE(m_dims->load().errorMessage(), QString());
    m_writer = std::make_unique<FactWriter>(m_wh->handle(), *m_dims);
    QCOMPARE(m_writer->prepare().errorMessage(), QString());
    // Three imports for the rows to name (foreign keys are off, but the ids should be real).
    for (int i = 1; i <= 3; ++i)
        QVERIFY2(m_wh->sql().exec(
                     QStringLiteral(
                         "INSERT INTO ingest_file (id, sha256, source, format, path, size, started, status) "
                         "VALUES (?, ?, 'test', 'test', 'x', 0, '2026-01-01', 'loaded')"),
                     {i, QStringLiteral("sha%1").arg(i)}),
                 qPrintable(m_wh->sql().lastError()));
}

void TestFactWriter::cleanup()
{
    m_writer.reset();
    m_dims.reset();
    m_wh.reset();
}

Result<void> TestFactWriter::write(const FactBatch& batch, qint64 ingest, FactWriter::Counts& counts,
                                   const ArtistScope* scope)
{
    // As the writer does: one transaction per batch.
    if (Result<void> begun = Database::exec(m_wh->handle(), "BEGIN IMMEDIATE"); !begun)
        return begun;
    if (Result<void> written = m_writer->write(batch, ingest, counts, scope); !written) {
        (void)Database::exec(m_wh->handle(), "ROLLBACK");
        return written;
    }
    return Database::exec(m_wh->handle(), "COMMIT");
}

void TestFactWriter::writeLoadsThenPresentThenRestates_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("select"); // the rows' keys, values and ingest id, in a fixed order
    QTest::addColumn<QStringList>("first");
    QTest::addColumn<QStringList>("restated");

    QTest::newRow("daily_stream")
        << QStringLiteral("daily_stream")
        << QStringLiteral("SELECT day, streams, track_id, ingest_id, line FROM daily_stream ORDER BY day")
        << texts({"2026-01-01\t100\t0\t1\t2", "2026-01-02\t120\t0\t1\t3"})
        << texts({"2026-01-01\t100\t0\t1\t2", "2026-01-02\t150\t0\t3\t3"});
    QTest::newRow("stream_total")
        << QStringLiteral("stream_total")
        << QStringLiteral("SELECT dimension_value, range_start, range_end, streams, ingest_id FROM "
                          "stream_total ORDER BY dimension_value")
        << texts({"DE\t2026-01-01\t2026-01-31\t300\t1", "US\t2026-01-01\t2026-01-31\t500\t1"})
        << texts({"DE\t2026-01-01\t2026-01-31\t320\t3", "US\t2026-01-01\t2026-01-31\t500\t1"});
    QTest::newRow("audience_daily")
        << QStringLiteral("audience_daily")
        << QStringLiteral("SELECT source, day, listeners, streams, followers, ingest_id FROM "
                          "audience_daily ORDER BY day")
        << texts({"spotify_for_artists\t2026-01-10\t100\t200\t1000\t1",
                  "spotify_for_artists\t2026-01-11\t110\t220\t\\N\t1"})
        << texts({"spotify_for_artists\t2026-01-10\t100\t200\t1000\t1",
                  "spotify_for_artists\t2026-01-11\t110\t220\t1010\t3"});
    QTest::newRow("social_daily")
        << QStringLiteral("social_daily")
        << QStringLiteral("SELECT day, video_views, profile_views, likes, comments, shares, ingest_id "
                          "FROM social_daily ORDER BY day")
        << texts({"2026-02-27\t1000\t50\t80\t10\t10\t1", "2026-02-28\t2000\t50\t80\t10\t30\t1"})
        << texts({"2026-02-27\t1000\t50\t80\t10\t10\t1", "2026-02-28\t2000\t50\t80\t10\t35\t3"});
    QTest::newRow("follower_snapshot")
        << QStringLiteral("follower_snapshot")
        << QStringLiteral("SELECT day, followers, ingest_id FROM follower_snapshot ORDER BY day")
        << texts({"2026-02-26\t480\t1", "2026-02-27\t500\t1"})
        << texts({"2026-02-26\t480\t1", "2026-02-27\t505\t3"});
    QTest::newRow("link_daily")
        << QStringLiteral("link_daily")
        << QStringLiteral("SELECT account, day, total_views, unique_views, total_clicks, unique_clicks, "
                          "ingest_id FROM link_daily ORDER BY day")
        << texts({"zonea0\t2026-03-01\t10\t8\t4\t3\t1", "zonea0\t2026-03-02\t12\t9\t5\t\\N\t1"})
        << texts({"zonea0\t2026-03-01\t10\t8\t4\t3\t1", "zonea0\t2026-03-02\t12\t9\t5\t4\t3"});
    QTest::newRow("ad_daily")
        << QStringLiteral("ad_daily")
        << QStringLiteral(
               "SELECT ad, day, spend_nanos, currency, results, tz, ingest_id FROM ad_daily ORDER BY ad")
        << texts({"Ad 1\t2026-01-05\t12000000000\tUSD\t5\tUTC\t1",
                  "Ad 2\t2026-01-05\t3000000000\tUSD\t1\tUTC\t1"})
        << texts({"Ad 1\t2026-01-05\t12000000000\tUSD\t5\tUTC\t1",
                  "Ad 2\t2026-01-05\t3000000000\tUSD\t2\tUTC\t3"});
    QTest::newRow("ad_lifetime")
        << QStringLiteral("ad_lifetime")
        << QStringLiteral("SELECT ad, range_start, range_end, spend_nanos, results, ingest_id FROM "
                          "ad_lifetime ORDER BY ad")
        << texts({"Ad 1\t2026-02-01\t2026-02-10\t20000000000\t4\t1",
                  "Ad 2\t2026-02-01\t2026-02-10\t5000000000\t2\t1"})
        << texts({"Ad 1\t2026-02-01\t2026-02-10\t20000000000\t4\t1",
                  "Ad 2\t2026-02-01\t2026-02-10\t5500000000\t2\t3"});
    QTest::newRow("catalog_split")
        << QStringLiteral("catalog_split")
        << QStringLiteral("SELECT t.isrc, c.royalty_percentage, c.ingest_id, c.line FROM catalog_split c "
                          "JOIN track t ON t.id = c.track_id ORDER BY t.isrc")
        << texts({"QZTAW2496365\t50\t1\t2", "QZTAW2496366\t80\t1\t3"})
        << texts({"QZTAW2496365\t50\t1\t2", "QZTAW2496366\t33.33\t3\t3"});
}

void TestFactWriter::writeLoadsThenPresentThenRestates()
{
    QFETCH(QString, table);
    QFETCH(QString, select);
    QFETCH(QStringList, first);
    QFETCH(QStringList, restated);
    const qint64 n = first.size();

    const FactBatch batch = batchOf(table, false);
    QCOMPARE(qint64(batch.factCount()), n);
    FactWriter::Counts counts;
    QCOMPARE(write(batch, 1, counts).errorMessage(), QString());
    QCOMPARE(counts.loaded, n);
    QCOMPARE(counts.present, 0);
    QCOMPARE(counts.rejected.size(), size_t(0));
    QCOMPARE(m_wh->sql().rows(select), first);
    const QStringList afterFirst = m_wh->sql().dump();

    // The same rows from another import: all present, not one byte changed (not even the ingest
    // id a row names: it still points at the file that brought its values).
    FactWriter::Counts again;
    QCOMPARE(write(batch, 2, again).errorMessage(), QString());
    QCOMPARE(again.loaded, 0);
    QCOMPARE(again.present, n);
    QCOMPARE(again.rejected.size(), size_t(0));
    QCOMPARE(m_wh->sql().dump(), afterFirst);

    // A restated value: still present, the row takes the newer value and names the newer file;
    // the unchanged row is left alone.
    FactWriter::Counts restatedCounts;
    QCOMPARE(write(batchOf(table, true), 3, restatedCounts).errorMessage(), QString());
    QCOMPARE(restatedCounts.loaded, 0);
    QCOMPARE(restatedCounts.present, n);
    QCOMPARE(restatedCounts.rejected.size(), size_t(0));
    QCOMPARE(m_wh->sql().rows(select), restated);
    QCOMPARE(m_wh->sql().count(table), n);
}

void TestFactWriter::countsAreExactAcrossKinds()
{
    FactBatch all;
    const auto add = [&all](const FactBatch& b) {
        all.dailyStreams.insert(all.dailyStreams.end(), b.dailyStreams.begin(), b.dailyStreams.end());
        all.streamTotals.insert(all.streamTotals.end(), b.streamTotals.begin(), b.streamTotals.end());
        all.audience.insert(all.audience.end(), b.audience.begin(), b.audience.end());
        all.social.insert(all.social.end(), b.social.begin(), b.social.end());
        all.followers.insert(all.followers.end(), b.followers.begin(), b.followers.end());
        all.links.insert(all.links.end(), b.links.begin(), b.links.end());
        all.ads.insert(all.ads.end(), b.ads.begin(), b.ads.end());
        all.catalog.insert(all.catalog.end(), b.catalog.begin(), b.catalog.end());
    };
    for (const char* kind : {"daily_stream", "stream_total", "audience_daily", "social_daily",
                             "follower_snapshot", "link_daily", "ad_daily", "ad_lifetime", "catalog_split"})
        add(batchOf(QString::fromLatin1(kind), false));
    ExpenseFact e;
    e.day = QDate(2026, 1, 3);
    e.description = QStringLiteral("Mastering");
    e.amount = usd("40.00");
    e.lineKey = 77;
    e.line = 2;
    all.expenses = {e};
    QCOMPARE(all.factCount(), size_t(19));

    FactWriter::Counts counts;
    QCOMPARE(write(all, 1, counts).errorMessage(), QString());
    QCOMPARE(counts.loaded, 19);
    QCOMPARE(counts.present, 0);
    QCOMPARE(counts.rejected.size(), size_t(0));
    qint64 rows = 0;
    for (const char* table :
         {"daily_stream", "stream_total", "audience_daily", "social_daily", "follower_snapshot", "link_daily",
          "ad_daily", "ad_lifetime", "catalog_split", "expense"})
        rows += m_wh->sql().count(QString::fromLatin1(table));
    QCOMPARE(rows, 19);

    FactWriter::Counts again;
    QCOMPARE(write(all, 2, again).errorMessage(), QString());
    QCOMPARE(again.loaded, 0);
    QCOMPARE(again.present, 19);
}

void TestFactWriter::expensesAreIdentifiedByContentAndOccurrence()
{
    ExpenseFact e;
    e.day = QDate(2026, 1, 3);
    e.description = QStringLiteral("Mastering");
    e.amount = usd("40.00");
    e.category = QStringLiteral("Studio");
    e.status = QStringLiteral("Posted");
    e.cardLast4 = QStringLiteral("4242");
    e.lineKey = 77;
    e.line = 2;
    ExpenseFact other = e;
    other.description = QStringLiteral("Artwork");
    other.amount = usd("15.50");
    other.lineKey = 78;
    other.line = 3;
    FactBatch b;
    b.expenses = {e, other};

    FactWriter::Counts counts;
    QCOMPARE(write(b, 1, counts).errorMessage(), QString());
    QCOMPARE(counts.loaded, 2);
    QCOMPARE(counts.present, 0);
    const QString select = QStringLiteral(
        "SELECT line_key, occurrence, day, description, amount_nanos, currency, category, status, "
        "card_last4, ingest_id, line FROM expense ORDER BY line_key, occurrence");
    const QStringList rows =
        texts({"77\t1\t2026-01-03\tMastering\t40000000000\tUSD\tStudio\tPosted\t4242\t1\t2",
               "78\t1\t2026-01-03\tArtwork\t15500000000\tUSD\tStudio\tPosted\t4242\t1\t3"});
    QCOMPARE(m_wh->sql().rows(select), rows);

    FactWriter::Counts again;
    QCOMPARE(write(b, 2, again).errorMessage(), QString());
    QCOMPARE(again.loaded, 0);
    QCOMPARE(again.present, 2);
    QCOMPARE(m_wh->sql().rows(select), rows);

    // The same line twice in one export is two expenses: the second occurrence is a new row.
    ExpenseFact twice = e;
    twice.occurrence = 2;
    twice.line = 4;
    FactBatch b2;
    b2.expenses = {e, twice};
    FactWriter::Counts third;
    QCOMPARE(write(b2, 3, third).errorMessage(), QString());
    QCOMPARE(third.loaded, 1);
    QCOMPARE(third.present, 1);
    QCOMPARE(m_wh->sql().count(QStringLiteral("expense")), 3);
}

void TestFactWriter::unknownIsrcIsRejectedAndNotWritten()
{
    FactWriter::Counts catalog;
    QCOMPARE(write(batchOf(QStringLiteral("catalog_split"), false), 1, catalog).errorMessage(), QString());
    const qint64 hold = m_dims->findTrack("QZTAW2496365");
    QVERIFY(hold > 0);

    FactBatch b;
    const QString distrokid = QStringLiteral("distrokid");
    const QString spotify = QStringLiteral("spotify");
    const QString utc = QStringLiteral("UTC");
    b.dailyStreams = {
        DailyStreamFact{distrokid, spotify, kZone, QStringLiteral("QZTAW2496365"), QDate(2026, 1, 1), 40, utc,
                        2},
        DailyStreamFact{distrokid, spotify, kZone, QStringLiteral("QZZZZ0000000"), QDate(2026, 1, 1), 7, utc,
                        3},
        DailyStreamFact{distrokid, spotify, QString(), QString(), QDate(2026, 1, 1), 55, utc, 4}};
    FactWriter::Counts counts;
    QCOMPARE(write(b, 2, counts).errorMessage(), QString());
    QCOMPARE(counts.loaded, 2);
    QCOMPARE(counts.present, 0);
    QCOMPARE(counts.rejected.size(), size_t(1));
    const QuarantineRow& r = counts.rejected.front();
    QCOMPARE(r.line, 3);
    QCOMPARE(r.column, QStringLiteral("isrc"));
    // The reason names the ISRC so the user knows what to import.
    QVERIFY2(r.reason.contains(QStringLiteral("QZZZZ0000000")), qPrintable(r.reason));

    const qint64 zone = m_dims->findArtist(kZone);
    QCOMPARE(
        m_wh->sql().rows(
            QStringLiteral("SELECT artist_id, track_id, streams, line FROM daily_stream ORDER BY line")),
        QStringList({QStringLiteral("%1\t%2\t40\t2").arg(zone).arg(hold), QStringLiteral("0\t0\t55\t4")}));
    // No track was made up for the unknown ISRC.
    QCOMPARE(m_wh->sql().count(QStringLiteral("track")), 2);

    // Rejected again, not counted present, the second time.
    FactWriter::Counts again;
    QCOMPARE(write(b, 3, again).errorMessage(), QString());
    QCOMPARE(again.loaded, 0);
    QCOMPARE(again.present, 2);
    QCOMPARE(again.rejected.size(), size_t(1));
}

void TestFactWriter::adsLinkKnownArtistAndUniqueTitle()
{
    FactWriter::Counts catalog;
    QCOMPARE(write(batchOf(QStringLiteral("catalog_split"), false), 1, catalog).errorMessage(), QString());
    const qint64 zone = m_dims->findArtist(kZone);
    const qint64 hold = m_dims->findTrack("QZTAW2496365");

    FactBatch b;
    AdFact linked = ad(QStringLiteral("Ad 1"), false, "12.00", 5, 2);
    linked.artist = QStringLiteral("zone.a0"); // as a campaign name spells it
    linked.trackTitle = QStringLiteral("hold on i");
    AdFact unknownTrack = ad(QStringLiteral("Ad 2"), false, "1.00", 1, 3);
    unknownTrack.artist = kZone;
    unknownTrack.trackTitle = QStringLiteral("Not A Song");
    AdFact unknownArtist = ad(QStringLiteral("Ad 3"), false, "2.00", 1, 4);
    unknownArtist.artist = QStringLiteral("Somebody Else");
    unknownArtist.trackTitle = QStringLiteral("HOLD ON I");
    b.ads = {linked, unknownTrack, unknownArtist};
    const qint64 artistsBefore = m_wh->sql().count(QStringLiteral("artist"));
    FactWriter::Counts counts;
    QCOMPARE(write(b, 2, counts).errorMessage(), QString());
    QCOMPARE(counts.loaded, 3);
    // A campaign name does not create an artist; an ad that names none stays unattributed.
    QCOMPARE(m_wh->sql().count(QStringLiteral("artist")), artistsBefore);
    QCOMPARE(m_wh->sql().rows(QStringLiteral("SELECT ad, artist_id, track_id FROM ad_daily ORDER BY ad")),
             QStringList({QStringLiteral("Ad 1\t%1\t%2").arg(zone).arg(hold),
                          QStringLiteral("Ad 2\t%1\t\\N").arg(zone), QStringLiteral("Ad 3\t\\N\t\\N")}));
}

void TestFactWriter::restatedAdCurrencyUpdatesTheRow()
{
    FactBatch b;
    b.ads = {ad(QStringLiteral("Ad 1"), false, "12.00", 5, 2)};
    FactWriter::Counts counts;
    QCOMPARE(write(b, 1, counts).errorMessage(), QString());
    b.ads.front().currency = QStringLiteral("EUR");
    FactWriter::Counts restated;
    QCOMPARE(write(b, 2, restated).errorMessage(), QString());
    QCOMPARE(restated.present, 1);
    // A restatement that changes only the currency (12.00 USD → 12.00 EUR) is a new value: the
    // row takes it (the upsert once compared every figure but the currency).
    QCOMPARE(m_wh->sql().rows(QStringLiteral("SELECT currency, ingest_id FROM ad_daily")),
             QStringList({QStringLiteral("EUR\t2")}));
}

void TestFactWriter::catalogSettlesTrackAndRelease()
{
    // A statement saw the track first, under a provisional title and no release data.
    const qint64 nova = m_dims->artistId(kNova.toUtf8());
    const qint64 track = m_dims->trackId("QZTAW2496365", "hold on (provisional)", nova, 0);
    QVERIFY(track > 0);
    FactWriter::Counts counts;
    QCOMPARE(write(batchOf(QStringLiteral("catalog_split"), false), 1, counts).errorMessage(), QString());
    QCOMPARE(counts.loaded, 2);
    const qint64 zone = m_dims->findArtist(kZone);
    // The catalog is the label's word: the same track row takes its title, artist and release.
    QCOMPARE(m_dims->findTrack("QZTAW2496365"), track);
    QCOMPARE(
        m_wh->sql().rows(
            QStringLiteral("SELECT t.isrc, t.title, t.artist_id, r.upc, r.release_date, r.release_type, "
                           "r.artist_id FROM track t JOIN release r ON r.id = t.release_id ORDER BY t.isrc")),
        QStringList(
            {QStringLiteral("QZTAW2496365\tHOLD ON I\t%1\t198667254765\t2026-01-02\tsingle\t%1").arg(zone),
             QStringLiteral("QZTAW2496366\tECHO\t%1\t198667254766\t2026-01-09\tsingle\t%1").arg(zone)}));
    QCOMPARE(m_wh->sql().count(QStringLiteral("track")), 2);
}

void TestFactWriter::scopeWritesOnlyItsArtists()
{
    const qint64 zone = m_dims->artistId(kZone.toUtf8());
    const qint64 nova = m_dims->artistId(kNova.toUtf8());
    FactBatch b = batchOf(QStringLiteral("audience_daily"), false);
    b.audience.push_back(AudienceFact{kNova, QDate(2026, 1, 10), 40, 60, 300, 4});
    b.streamTotals = batchOf(QStringLiteral("stream_total"), false).streamTotals;
    ExpenseFact e;
    e.day = QDate(2026, 1, 3);
    e.amount = usd("1.00");
    e.lineKey = 5;
    b.expenses = {e};

    const ArtistScope scope{zone};
    FactWriter::Counts counts;
    QCOMPARE(write(b, 1, counts, &scope).errorMessage(), QString());
    // A replay of ZONE A0 writes its two audience days and nothing that belongs to another
    // artist or to no artist at all.
    QCOMPARE(counts.loaded, 2);
    QCOMPARE(counts.present, 0);
    QCOMPARE(m_wh->sql().rows(QStringLiteral("SELECT DISTINCT artist_id FROM audience_daily")),
             QStringList({QString::number(zone)}));
    QCOMPARE(m_wh->sql().count(QStringLiteral("stream_total")), 0);
    QCOMPARE(m_wh->sql().count(QStringLiteral("expense")), 0);

    // Without a scope, the rest arrives.
    FactWriter::Counts full;
    QCOMPARE(write(b, 2, full).errorMessage(), QString());
    QCOMPARE(full.loaded, 4);
    QCOMPARE(full.present, 2);
    QCOMPARE(m_wh->sql()
                 .scalar(QStringLiteral("SELECT COUNT(*) FROM audience_daily WHERE artist_id = ?"), {nova})
                 .toLongLong(),
             1);
}

QTEST_GUILESS_MAIN(TestFactWriter)
#include "tst_factwriter.moc"
