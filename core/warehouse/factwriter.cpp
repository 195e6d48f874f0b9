// Upserts per fact table. Each table gets an INSERT OR IGNORE (new row?) and an UPDATE of the
// values on its natural key, so "loaded" and "already present" can be told apart.
#include "factwriter.h"

#include "database.h"
#include "dimensions.h"
#include "sqlitestatement.h"

namespace bedrot {

struct FactWriter::Statements
{
    SqliteStatement insStream, updStream;
    SqliteStatement insTotal, updTotal;
    SqliteStatement insAudience, updAudience;
    SqliteStatement insSocial, updSocial;
    SqliteStatement insFollower, updFollower;
    SqliteStatement insLink, updLink;
    SqliteStatement insAd, updAd;
    SqliteStatement insLifetime, updLifetime;
    SqliteStatement updTrack, upsertRelease, insSplit, updSplit;
    SqliteStatement insExpense;
};

FactWriter::FactWriter(sqlite3* db, Dimensions& dimensions) : m_db(db), m_dims(dimensions) {}
FactWriter::~FactWriter() = default;

Result<void> FactWriter::prepare()
{
    m_s = std::make_unique<Statements>();
    Statements& s = *m_s;
    const bool ok =
        s.insStream.prepare(m_db, "INSERT OR IGNORE INTO daily_stream (distributor, platform_id, artist_id, "
                                  "track_id, day, streams, tz, ingest_id, line) "
                                  "VALUES (?,?,?,?,?,?,?,?,?)") &&
        s.updStream.prepare(
            m_db,
            "UPDATE daily_stream SET streams = ?6, tz = ?7, ingest_id = ?8, line = ?9 WHERE distributor = ?1 "
            "AND platform_id = ?2 AND artist_id = ?3 AND track_id = ?4 AND day = ?5 AND streams IS NOT ?6") &&
        s.insTotal.prepare(m_db, "INSERT OR IGNORE INTO stream_total (distributor, platform_id, dimension, "
                                 "dimension_value, range_start, "
                                 "range_end, streams, ingest_id) VALUES (?,?,?,?,?,?,?,?)") &&
        s.updTotal.prepare(m_db, "UPDATE stream_total SET streams = ?7, ingest_id = ?8 WHERE distributor = "
                                 "?1 AND platform_id = ?2 AND "
                                 "dimension = ?3 AND dimension_value = ?4 AND range_start = ?5 AND range_end "
                                 "= ?6 AND streams IS NOT ?7") &&
        s.insAudience.prepare(m_db, "INSERT OR IGNORE INTO audience_daily (artist_id, source, day, "
                                    "listeners, streams, followers, ingest_id, line) "
                                    "VALUES (?,?,?,?,?,?,?,?)") &&
        s.updAudience.prepare(
            m_db,
            "UPDATE audience_daily SET listeners = ?4, streams = ?5, followers = ?6, ingest_id = ?7, line = "
            "?8 "
            "WHERE artist_id = ?1 AND source = ?2 AND day = ?3 AND (listeners IS NOT ?4 OR streams IS NOT ?5 "
            "OR followers IS NOT ?6)") &&
        s.insSocial.prepare(m_db, "INSERT OR IGNORE INTO social_daily (artist_id, platform_id, day, "
                                  "video_views, profile_views, likes, "
                                  "comments, shares, tz, ingest_id, line) VALUES (?,?,?,?,?,?,?,?,?,?,?)") &&
        s.updSocial.prepare(
            m_db,
            "UPDATE social_daily SET video_views = ?4, profile_views = ?5, likes = ?6, comments = ?7, shares "
            "= ?8, "
            "tz = ?9, ingest_id = ?10, line = ?11 WHERE artist_id = ?1 AND platform_id = ?2 AND day = ?3 AND "
            "(video_views IS NOT ?4 OR profile_views IS NOT ?5 OR likes IS NOT ?6 OR comments IS NOT ?7 OR "
            "shares IS NOT ?8)") &&
        s.insFollower.prepare(m_db, "INSERT OR IGNORE INTO follower_snapshot (artist_id, platform_id, day, "
                                    "followers, ingest_id) VALUES (?,?,?,?,?)") &&
        s.updFollower.prepare(m_db, "UPDATE follower_snapshot SET followers = ?4, ingest_id = ?5 WHERE "
                                    "artist_id = ?1 AND platform_id = ?2 "
                                    "AND day = ?3 AND followers IS NOT ?4") &&
        s.insLink.prepare(m_db, "INSERT OR IGNORE INTO link_daily (account, artist_id, day, total_views, "
                                "unique_views, total_clicks, "
                                "unique_clicks, ingest_id, line) VALUES (?,?,?,?,?,?,?,?,?)") &&
        s.updLink.prepare(
            m_db,
            "UPDATE link_daily SET artist_id = ?2, total_views = ?4, unique_views = ?5, total_clicks = ?6, "
            "unique_clicks = ?7, ingest_id = ?8, line = ?9 WHERE account = ?1 AND day = ?3 AND (total_views "
            "IS NOT ?4 "
            "OR unique_views IS NOT ?5 OR total_clicks IS NOT ?6 OR unique_clicks IS NOT ?7)") &&
        s.insAd.prepare(m_db,
                        "INSERT OR IGNORE INTO ad_daily (platform_id, account, campaign, ad_set, ad, day, "
                        "artist_id, track_id, "
                        "spend_nanos, currency, impressions, reach, clicks, results, tz, ingest_id, line) "
                        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)") &&
        s.updAd.prepare(
            m_db, "UPDATE ad_daily SET artist_id = ?7, track_id = ?8, spend_nanos = ?9, currency = ?10, "
                  "impressions = ?11, "
                  "reach = ?12, clicks = ?13, results = ?14, tz = ?15, ingest_id = ?16, line = ?17 WHERE "
                  "platform_id = ?1 "
                  "AND account = ?2 AND campaign = ?3 AND ad_set = ?4 AND ad = ?5 AND day = ?6 AND "
                  "(spend_nanos IS NOT ?9 "
                  "OR currency IS NOT ?10 OR impressions IS NOT ?11 OR reach IS NOT ?12 OR clicks IS NOT ?13 "
                  "OR results IS NOT ?14 OR tz IS NOT ?15)") &&
        s.insLifetime.prepare(m_db, "INSERT OR IGNORE INTO ad_lifetime (platform_id, account, campaign, "
                                    "ad_set, ad, range_start, range_end, "
                                    "artist_id, track_id, spend_nanos, currency, impressions, reach, clicks, "
                                    "results, ingest_id, line) "
                                    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)") &&
        s.updLifetime.prepare(
            m_db,
            "UPDATE ad_lifetime SET artist_id = ?8, track_id = ?9, spend_nanos = ?10, currency = ?11, "
            "impressions = ?12, reach = ?13, clicks = ?14, results = ?15, ingest_id = ?16, line = ?17 "
            "WHERE platform_id = ?1 AND account = ?2 AND campaign = ?3 AND ad_set = ?4 AND ad = ?5 AND "
            "range_start = ?6 AND range_end = ?7 AND (spend_nanos IS NOT ?10 OR currency IS NOT ?11 "
            "OR impressions IS NOT ?12 OR reach IS NOT ?13 OR clicks IS NOT ?14 OR results IS NOT ?15)") &&
        s.updTrack.prepare(m_db, "UPDATE track SET title = ?2, artist_id = ?3, release_id = COALESCE(?4, "
                                 "release_id) WHERE id = ?1") &&
        s.upsertRelease.prepare(m_db, "UPDATE release SET release_date = COALESCE(?2, release_date), "
                                      "release_type = COALESCE(?3, release_type), "
                                      "artist_id = COALESCE(artist_id, ?4) WHERE id = ?1") &&
        s.insSplit.prepare(m_db, "INSERT OR IGNORE INTO catalog_split (track_id, royalty_percentage, "
                                 "ingest_id, line) VALUES (?,?,?,?)") &&
        s.updSplit.prepare(
            m_db,
            "UPDATE catalog_split SET royalty_percentage = ?2, ingest_id = ?3, line = ?4 WHERE track_id = ?1 "
            "AND royalty_percentage IS NOT ?2") &&
        s.insExpense.prepare(m_db, "INSERT OR IGNORE INTO expense (line_key, occurrence, day, description, "
                                   "amount_nanos, currency, category, "
                                   "status, card_last4, ingest_id, line) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
    if (!ok)
        return Database::lastError(m_db);
    return {};
}

namespace {

// Runs the insert; when it added nothing, runs the update with the same bindings. Returns false
// on an SQL error.
bool upsert(sqlite3* db, SqliteStatement& ins, SqliteStatement& upd,
            const std::function<void(SqliteStatement&)>& bindAll, FactWriter::Counts& counts)
{
    bindAll(ins);
    const bool ok = ins.step();
    const bool inserted = ok && sqlite3_changes(db) > 0;
    ins.reset();
    if (!ok)
        return false;
    if (inserted) {
        ++counts.loaded;
        return true;
    }
    ++counts.present;
    bindAll(upd);
    const bool updated = upd.step();
    upd.reset();
    return updated;
}

QuarantineRow rejection(qint64 line, const QString& column, const QString& reason)
{
    QuarantineRow q;
    q.line = line;
    q.column = column;
    q.reason = reason;
    return q;
}

} // namespace

Result<void> FactWriter::write(const FactBatch& b, qint64 ingestId, Counts& counts, const ArtistScope* scope)
{
    Statements& s = *m_s;
    auto fail = [this]() { return Database::lastError(m_db); };
    // Rows that name no artist, or another one, are not part of a replay.
    auto outOfScope = [scope](qint64 artist) { return scope && !scope->contains(artist); };

    for (const DailyStreamFact& f : b.dailyStreams) {
        const qint64 artist = f.artist.isEmpty() ? 0 : m_dims.artistId(f.artist.toUtf8());
        if (outOfScope(artist))
            continue;
        const qint64 track = f.isrc.isEmpty() ? 0 : m_dims.findTrack(f.isrc.toUtf8());
        if (!f.isrc.isEmpty() && track == 0) {
            counts.rejected.push_back(rejection(
                f.line, QStringLiteral("isrc"),
                QStringLiteral(
                    "ISRC %1 is not in the catalog yet: import a statement or the catalog that has it")
                    .arg(f.isrc)));
            continue;
        }
        const qint64 platform = m_dims.platformId(f.platform);
        if (!upsert(
                m_db, s.insStream, s.updStream,
                [&](SqliteStatement& st) {
                    st.bind(1, f.distributor);
                    st.bind(2, platform);
                    st.bind(3, artist);
                    st.bind(4, track);
                    st.bind(5, f.day);
                    st.bind(6, f.streams);
                    st.bind(7, f.tz);
                    st.bind(8, ingestId);
                    st.bind(9, f.line);
                },
                counts))
            return fail();
    }
    for (const StreamTotalFact& f : b.streamTotals) {
        if (scope)
            break; // totals belong to no artist
        const qint64 platform = m_dims.platformId(f.platform);
        if (!upsert(
                m_db, s.insTotal, s.updTotal,
                [&](SqliteStatement& st) {
                    st.bind(1, f.distributor);
                    st.bind(2, platform);
                    st.bind(3, f.dimension);
                    st.bind(4, f.value);
                    st.bind(5, f.rangeStart);
                    st.bind(6, f.rangeEnd);
                    st.bind(7, f.streams);
                    st.bind(8, ingestId);
                },
                counts))
            return fail();
    }
    for (const AudienceFact& f : b.audience) {
        const qint64 artist = m_dims.artistId(f.artist.toUtf8());
        if (outOfScope(artist))
            continue;
        if (!upsert(
                m_db, s.insAudience, s.updAudience,
                [&](SqliteStatement& st) {
                    st.bind(1, artist);
                    st.bind(2, QStringLiteral("spotify_for_artists"));
                    st.bind(3, f.day);
                    st.bind(4, f.listeners);
                    st.bind(5, f.streams);
                    st.bind(6, f.followers);
                    st.bind(7, ingestId);
                    st.bind(8, f.line);
                },
                counts))
            return fail();
    }
    for (const SocialFact& f : b.social) {
        const qint64 artist = m_dims.artistId(f.artist.toUtf8());
        if (outOfScope(artist))
            continue;
        const qint64 platform = m_dims.platformId(f.platform);
        if (!upsert(
                m_db, s.insSocial, s.updSocial,
                [&](SqliteStatement& st) {
                    st.bind(1, artist);
                    st.bind(2, platform);
                    st.bind(3, f.day);
                    st.bind(4, f.videoViews);
                    st.bind(5, f.profileViews);
                    st.bind(6, f.likes);
                    st.bind(7, f.comments);
                    st.bind(8, f.shares);
                    st.bind(9, f.tz);
                    st.bind(10, ingestId);
                    st.bind(11, f.line);
                },
                counts))
            return fail();
    }
    for (const FollowerFact& f : b.followers) {
        const qint64 artist = m_dims.artistId(f.artist.toUtf8());
        if (outOfScope(artist))
            continue;
        const qint64 platform = m_dims.platformId(f.platform);
        if (!upsert(
                m_db, s.insFollower, s.updFollower,
                [&](SqliteStatement& st) {
                    st.bind(1, artist);
                    st.bind(2, platform);
                    st.bind(3, f.day);
                    st.bind(4, f.followers);
                    st.bind(5, ingestId);
                },
                counts))
            return fail();
    }
    for (const LinkFact& f : b.links) {
        const qint64 artist = f.artist.isEmpty() ? 0 : m_dims.artistId(f.artist.toUtf8());
        if (outOfScope(artist))
            continue;
        if (!upsert(
                m_db, s.insLink, s.updLink,
                [&](SqliteStatement& st) {
                    st.bind(1, f.account);
                    st.bindOptional(2, artist);
                    st.bind(3, f.day);
                    st.bind(4, f.totalViews);
                    st.bind(5, f.uniqueViews);
                    st.bind(6, f.totalClicks);
                    st.bind(7, f.uniqueClicks);
                    st.bind(8, ingestId);
                    st.bind(9, f.line);
                },
                counts))
            return fail();
    }
    for (const AdFact& f : b.ads) {
        // Campaign names name an artist and a track by convention; link them when they resolve,
        // a title only when it is unique for that artist.
        const qint64 artist = f.artist.isEmpty() ? 0 : m_dims.findArtist(f.artist);
        if (outOfScope(artist))
            continue;
        const qint64 track = m_dims.trackByTitle(artist, f.trackTitle);
        const qint64 platform = m_dims.platformId(f.platform);
        SqliteStatement& ins = f.lifetime ? s.insLifetime : s.insAd;
        SqliteStatement& upd = f.lifetime ? s.updLifetime : s.updAd;
        const bool ok = upsert(
            m_db, ins, upd,
            [&](SqliteStatement& st) {
                int i = 1;
                st.bind(i++, platform);
                st.bind(i++, f.account);
                st.bind(i++, f.campaign);
                st.bind(i++, f.adSet);
                st.bind(i++, f.ad);
                st.bind(i++, f.start);
                if (f.lifetime)
                    st.bind(i++, f.end);
                st.bindOptional(i++, artist);
                st.bindOptional(i++, track);
                st.bind(i++, f.spend.nanos());
                st.bind(i++, f.currency);
                st.bind(i++, f.impressions);
                st.bind(i++, f.reach);
                st.bind(i++, f.clicks);
                st.bind(i++, f.results);
                if (!f.lifetime)
                    st.bind(i++, f.tz);
                st.bind(i++, ingestId);
                st.bind(i++, f.line);
            },
            counts);
        if (!ok)
            return fail();
    }
    for (const CatalogFact& f : b.catalog) {
        const qint64 artist = m_dims.artistId(f.artist.toUtf8());
        if (outOfScope(artist))
            continue;
        const QByteArray isrc = f.isrc.toUtf8();
        const qint64 release = m_dims.releaseId(f.upc.toUtf8(), {}, artist, false);
        if (release != 0) {
            s.upsertRelease.bind(1, release);
            s.upsertRelease.bind(2, f.releaseDate);
            f.releaseType.isEmpty() ? s.upsertRelease.bindNull(3) : s.upsertRelease.bind(3, f.releaseType);
            s.upsertRelease.bind(4, artist);
            const bool ok = s.upsertRelease.step();
            s.upsertRelease.reset();
            if (!ok)
                return fail();
        }
        qint64 track = m_dims.findTrack(isrc);
        if (track == 0) {
            track = m_dims.trackId(isrc, f.title.toUtf8(), artist, release);
        } else {
            // The catalog is the label's own word on a track's title, artist and release.
            m_dims.attachTrack(track);
            s.updTrack.bind(1, track);
            s.updTrack.bind(2, f.title);
            s.updTrack.bind(3, artist);
            s.updTrack.bindOptional(4, release);
            const bool ok = s.updTrack.step();
            s.updTrack.reset();
            if (!ok)
                return fail();
        }
        if (!upsert(
                m_db, s.insSplit, s.updSplit,
                [&](SqliteStatement& st) {
                    st.bind(1, track);
                    st.bind(2, f.royaltyPercentage);
                    st.bind(3, ingestId);
                    st.bind(4, f.line);
                },
                counts))
            return fail();
    }
    for (const ExpenseFact& f : b.expenses) {
        if (scope)
            break; // expenses belong to no artist
        s.insExpense.bind(1, qint64(f.lineKey));
        s.insExpense.bind(2, qint64(f.occurrence));
        s.insExpense.bind(3, f.day);
        s.insExpense.bind(4, f.description);
        s.insExpense.bind(5, f.amount.nanos());
        s.insExpense.bind(6, f.currency);
        s.insExpense.bind(7, f.category);
        s.insExpense.bind(8, f.status);
        s.insExpense.bind(9, f.cardLast4);
        s.insExpense.bind(10, ingestId);
        s.insExpense.bind(11, f.line);
        const bool ok = s.insExpense.step();
        (ok && sqlite3_changes(m_db) > 0 ? counts.loaded : counts.present)++;
        s.insExpense.reset();
        if (!ok)
            return fail();
    }
    return m_dims.takeError();
}

} // namespace bedrot
