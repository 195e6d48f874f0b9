// Re-derives every row of some artists from the raw files, after an alias change moved a spelling
// from one artist to another: the rows end up exactly as if every file had been imported with the
// alias already pointing where it points now.
#pragma once

#include "domain/result.h"

#include <QList>
#include <QString>

struct sqlite3;

namespace bedrot {

class Dimensions;
class FactWriter;
class FormatRegistry;
class RollupWriter;
class StatementLineWriter;

// The tables whose rows belong to an artist (artist_id), for moving and for orphan checks alike.
inline constexpr const char* kArtistFactTables[] = {"statement_line", "daily_stream",      "audience_daily",
                                                    "social_daily",   "follower_snapshot", "link_daily",
                                                    "ad_daily",       "ad_lifetime"};
inline constexpr const char* kArtistDimensionTables[] = {"track", "release"};

class ArtistReplay
{
public:
    struct Parts
    {
        sqlite3* db;
        Dimensions& dims;
        FactWriter& facts;
        StatementLineWriter& lines;
        RollupWriter& rollups;
        const FormatRegistry& formats;
        QString rawDir;
        int batchSize;
    };
    explicit ArtistReplay(const Parts& parts) : m(parts) {}

    // Inside the caller's transaction: deletes the artists' fact rows (rollups in step), takes
    // them off their tracks and releases, then replays in ingest order the raw files that can
    // hold their rows, writing only rows that resolve to these artists. The ledger is left as is.
    Result<void> run(const QList<qint64>& artists);
    // Deletes artists with no alias and no row in any artist table.
    static Result<void> deleteOrphans(sqlite3* db);

private:
    struct File
    {
        qint64 ingestId = 0;
        QString sha256;
    };
    Result<QList<File>> filesToReplay(const QList<qint64>& artists) const;
    Result<void> replay(const File& file, const QList<qint64>& artists);

    Parts m;
};

} // namespace bedrot
