// The statement-line hot path: a million lines per big statement, so dates are written without
// QString round trips and texts are bound without copies.
#include "statementlinewriter.h"

#include "database.h"
#include "dimensions.h"
#include "rollupwriter.h"

namespace bedrot {

namespace {

// "2024-10-05" (or "2024-10" when d <= 0) into out.
int writeDate(char* out, int y, int m, int d)
{
    out[0] = char('0' + y / 1000 % 10);
    out[1] = char('0' + y / 100 % 10);
    out[2] = char('0' + y / 10 % 10);
    out[3] = char('0' + y % 10);
    out[4] = '-';
    out[5] = char('0' + m / 10);
    out[6] = char('0' + m % 10);
    if (d <= 0)
        return 7;
    out[7] = '-';
    out[8] = char('0' + d / 10);
    out[9] = char('0' + d % 10);
    return 10;
}

} // namespace

StatementLineWriter::StatementLineWriter(sqlite3* db, Dimensions& dimensions, RollupWriter& rollups)
    : m_db(db), m_dims(dimensions), m_rollups(rollups)
{
}

Result<void> StatementLineWriter::prepare()
{
    if (!m_insert.prepare(m_db, "INSERT OR IGNORE INTO statement_line (distributor, line_key, occurrence, "
                                "reporting_date, sale_month, "
                                "store_id, artist_id, track_id, release_id, title, quantity, "
                                "team_percentage, song_album, country, "
                                "withheld_nanos, earnings_nanos, currency, ingest_id, line, accounting_date) "
                                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"))
        return Database::lastError(m_db);
    return {};
}

Result<void> StatementLineWriter::write(const std::vector<StatementLine>& lines, qint64 ingestId,
                                        FactWriter::Counts& counts, const ArtistScope* scope)
{
    for (const StatementLine& s : lines) {
        // TooLost's report names no artist: the track (by ISRC) says whose it is.
        const qint64 artist = !s.artist.isEmpty() ? m_dims.artistId(s.artist) : m_dims.trackArtist(s.isrc);
        if (scope && !scope->contains(artist))
            continue;
        if (artist == 0) {
            QuarantineRow q;
            q.line = s.line;
            q.column = QStringLiteral("isrc");
            q.reason = QStringLiteral(
                           "no artist for ISRC '%1': it is not in the catalog yet; import the track catalog "
                           "or a statement that has it, then import this file again")
                           .arg(QString::fromUtf8(s.isrc));
            counts.rejected.push_back(q);
            continue;
        }
        const qint64 store = m_dims.storeId(s.store);
        const bool album = s.songOrAlbum.compare(QByteArrayView("Album"), Qt::CaseInsensitive) == 0;
        const qint64 release = m_dims.releaseId(s.upc, s.title, artist, album);
        const qint64 track = m_dims.trackId(s.isrc, s.title, artist, release);
        m_dims.country(s.country);
        char reported[10], sale[7], accounted[10];
        writeDate(reported, s.reportingDate.year(), s.reportingDate.month(), s.reportingDate.day());
        writeDate(sale, s.saleYear, s.saleMonth, 0);
        SqliteStatement& ins = m_insert;
        ins.bindStatic(1, s.distributor.data(), int(s.distributor.size()));
        ins.bind(2, qint64(s.lineKey));
        ins.bind(3, qint64(s.occurrence));
        ins.bindStatic(4, reported, 10);
        ins.bindStatic(5, sale, 7);
        ins.bind(6, store);
        ins.bind(7, artist);
        ins.bindOptional(8, track);
        ins.bindOptional(9, release);
        ins.bindStatic(10, s.title.data(), int(s.title.size()));
        ins.bind(11, s.quantity);
        ins.bindStatic(12, s.teamPercentage.data(), int(s.teamPercentage.size()));
        ins.bindStatic(13, s.songOrAlbum.data(), int(s.songOrAlbum.size()));
        ins.bindStatic(14, s.country.data(), int(s.country.size()));
        ins.bind(15, s.withheld.nanos());
        ins.bind(16, s.earnings.nanos());
        ins.bindStatic(17, s.currency.data(), int(s.currency.size()));
        ins.bind(18, ingestId);
        ins.bind(19, s.line);
        if (s.accountingDate.isValid()) {
            writeDate(accounted, s.accountingDate.year(), s.accountingDate.month(), s.accountingDate.day());
            ins.bindStatic(20, accounted, 10);
        } else {
            ins.bindNull(20);
        }
        if (sqlite3_step(ins.get()) != SQLITE_DONE) {
            const Error e = Database::lastError(m_db);
            sqlite3_reset(ins.get());
            return e;
        }
        if (sqlite3_changes(m_db) > 0) {
            ++counts.loaded;
            m_rollups.add(s.distributor, QByteArrayView(sale, 7), QByteArrayView(reported, 10), store, artist,
                          track, s.country, s.quantity, s.earnings.nanos());
        } else {
            ++counts.present;
        }
        sqlite3_reset(ins.get());
    }
    return {};
}

} // namespace bedrot
