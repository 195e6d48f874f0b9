// Writes the non-statement facts of a batch (daily streams, totals, audience, social, followers,
// links, ads, catalog, expenses) on the writer's connection, inside the caller's transaction.
// Daily facts are upserted on their natural key: a re-import or an overlapping export adds no row,
// and a restated day (a partial last day, restated ad conversions) takes the newer value.
#pragma once

#include "domain/factbatch.h"
#include "domain/result.h"

#include <QSet>

#include <QString>

#include <memory>

struct sqlite3;

namespace bedrot {

class Dimensions;

// The artists a replay writes rows for (rows of every other artist, or of none, are left alone).
using ArtistScope = QSet<qint64>;

class FactWriter
{
public:
    struct Counts
    {
        qint64 loaded = 0;  // new rows
        qint64 present = 0; // rows that were there already (updated in place when values changed)
        std::vector<QuarantineRow> rejected; // rows the warehouse cannot take (e.g. unknown track)
    };

    FactWriter(sqlite3* db, Dimensions& dimensions);
    ~FactWriter();
    FactWriter(const FactWriter&) = delete;
    FactWriter& operator=(const FactWriter&) = delete;

    Result<void> prepare();
    // Upserts the batch's facts (not its statement lines: StatementLineWriter). Fails on an SQL
    // error (the caller rolls back). With a scope, only rows of those artists are written.
    Result<void> write(const FactBatch& batch, qint64 ingestId, Counts& counts,
                       const ArtistScope* scope = nullptr);

private:
    struct Statements;
    sqlite3* m_db;
    Dimensions& m_dims;
    std::unique_ptr<Statements> m_s;
};

} // namespace bedrot
