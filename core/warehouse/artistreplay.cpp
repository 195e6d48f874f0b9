// Facts know their raw file (ingest_id → ingest_file.sha256 → raw store) and line, so the rows of
// two artists can be thrown away and written again from their sources under the new aliases:
// rows the two artists both had for one day meet as a later import would have met them (the
// later file wins), instead of one of them staying behind under the old artist.
#include "artistreplay.h"

#include "database.h"
#include "dimensions.h"
#include "factwriter.h"
#include "importplan.h"
#include "lake/rawstore.h"
#include "rollupwriter.h"
#include "sources/formatregistry.h"
#include "sqlitestatement.h"
#include "statementlinewriter.h"

namespace bedrot {

namespace {

QByteArray idList(const QList<qint64>& ids)
{
    QByteArray out;
    for (qint64 id : ids)
        out += (out.isEmpty() ? "" : ",") + QByteArray::number(id);
    return out;
}

} // namespace

Result<QList<ArtistReplay::File>> ArtistReplay::filesToReplay(const QList<qint64>& artists) const
{
    // Statement lines are only ever inserted, under a key that holds the artist's spelling: the
    // files that wrote the artists' lines are all there is. Every other fact is upserted, and a
    // later file restating a row with equal values leaves the earlier file's id on it, so every
    // loaded file of the other kinds is replayed (they are small next to statements).
    const QByteArray sql = "SELECT id, sha256, format, id IN (SELECT DISTINCT ingest_id FROM statement_line "
                           "WHERE artist_id IN (" +
                           idList(artists) +
                           ")) FROM ingest_file WHERE status IN ('loaded', 'partial') ORDER BY id";
    SqliteStatement s;
    if (!s.prepare(m.db, sql.constData()))
        return Database::lastError(m.db);
    QList<File> files;
    int rc;
    while ((rc = sqlite3_step(s.get())) == SQLITE_ROW) {
        bool statementsOnly = true;
        for (const QString& id : QString::fromUtf8(s.text(2)).split(u'+')) {
            const FileFormat* f = m.formats.byId(id);
            if (!f || f->importStage() != ImportStage::Statement)
                statementsOnly = false;
        }
        if (statementsOnly && s.int64(3) == 0)
            continue;
        files.append(File{s.int64(0), QString::fromUtf8(s.text(1))});
    }
    if (rc != SQLITE_DONE)
        return Database::lastError(m.db);
    return files;
}

Result<void> ArtistReplay::run(const QList<qint64>& artists)
{
    const Result<QList<File>> files = filesToReplay(artists);
    if (!files)
        return files.error();
    if (Result<void> subtracted = m.rollups.subtractArtists(artists); !subtracted)
        return subtracted;
    const QByteArray ids = idList(artists);
    for (const char* table : kArtistFactTables) {
        const QByteArray sql = QByteArray("DELETE FROM ") + table + " WHERE artist_id IN (" + ids + ")";
        if (Result<void> deleted = Database::exec(m.db, sql.constData()); !deleted)
            return deleted;
    }
    if (Result<void> detached = m.dims.detachArtists(artists); !detached)
        return detached;
    for (const File& file : *files) {
        if (Result<void> replayed = replay(file, artists); !replayed)
            return replayed;
    }
    m.dims.clearDetached();
    return m.rollups.flush();
}

Result<void> ArtistReplay::replay(const File& file, const QList<qint64>& artists)
{
    const RawFile raw = RawStore(m.rawDir).get(file.sha256);
    if (raw.path.isEmpty())
        return fail(QStringLiteral("the raw copy of an imported file (%1) is missing from the raw store")
                        .arg(file.sha256));
    Result<ImportPlan> plan = ImportPlan::fromFile(raw.path, raw.originalName);
    if (!plan)
        return plan.error();
    plan->recognise(m.formats);
    const ArtistScope scope(artists.begin(), artists.end());
    for (PlannedDocument& doc : plan->documents()) {
        // The artist chosen when the file was imported, as the raw store's sidecar keeps it.
        if (doc.format->needsArtist()) {
            if (raw.artist.isEmpty())
                continue;
            doc.context.artist = raw.artist;
        }
        Result<void> written;
        const auto sink = [&](FactBatch&& batch) {
            FactWriter::Counts ignored; // the ledger already counts this file's rows
            written = m.lines.write(batch.statementLines, file.ingestId, ignored, &scope);
            if (written)
                written = m.facts.write(batch, file.ingestId, ignored, &scope);
            return written.ok();
        };
        const Result<void> parsed = doc.format->parse(doc.text, doc.context, sink, m.batchSize);
        if (!written)
            return written;
        if (!parsed)
            return parsed.error().context(raw.originalName + QStringLiteral(": "));
    }
    return {};
}

Result<void> ArtistReplay::deleteOrphans(sqlite3* db)
{
    QByteArray used;
    for (const char* table : kArtistFactTables)
        used +=
            QByteArray(" AND id NOT IN (SELECT artist_id FROM ") + table + " WHERE artist_id IS NOT NULL)";
    for (const char* table : kArtistDimensionTables)
        used +=
            QByteArray(" AND id NOT IN (SELECT artist_id FROM ") + table + " WHERE artist_id IS NOT NULL)";
    const QByteArray sql = "DELETE FROM artist WHERE id NOT IN (SELECT artist_id FROM artist_alias)" + used;
    return Database::exec(db, sql.constData());
}

} // namespace bedrot
