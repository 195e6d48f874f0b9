// Writes a batch's statement lines (DistroKid, TooLost) on the writer's connection, inside the
// caller's transaction, and adds each new line to the rollups. Beside FactWriter, which writes
// every other fact.
#pragma once

#include "domain/result.h"
#include "domain/statementline.h"
#include "factwriter.h"
#include "sqlitestatement.h"

#include <vector>

struct sqlite3;

namespace bedrot {

class Dimensions;
class RollupWriter;

class StatementLineWriter
{
public:
    StatementLineWriter(sqlite3* db, Dimensions& dimensions, RollupWriter& rollups);
    StatementLineWriter(const StatementLineWriter&) = delete;
    StatementLineWriter& operator=(const StatementLineWriter&) = delete;

    Result<void> prepare();
    // Inserts the lines not there yet (a line's identity is its key, never its values). A line whose
    // artist cannot be found goes to counts.rejected. With a scope, only lines of those artists
    // are written (a replay after an alias change; its counts are not the ledger's).
    Result<void> write(const std::vector<StatementLine>& lines, qint64 ingestId, FactWriter::Counts& counts,
                       const ArtistScope* scope = nullptr);

private:
    sqlite3* m_db;
    Dimensions& m_dims;
    RollupWriter& m_rollups;
    SqliteStatement m_insert;
};

} // namespace bedrot
