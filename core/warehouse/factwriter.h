// Writes the non-statement facts of a batch (daily streams, totals, audience, social, followers,
// links, ads, catalog, expenses) on the writer's connection, inside the caller's transaction.
// Daily facts are upserted on their natural key: a re-import or an overlapping export adds no row,
// and a restated day (a partial last day, restated ad conversions) takes the newer value.
#pragma once

#include "domain/factbatch.h"

#include <QString>

#include <memory>

struct sqlite3;

namespace bedrot {

class Dimensions;

class FactWriter
{
public:
    struct Counts
    {
        qint64 loaded = 0;   // new rows
        qint64 present = 0;  // rows that were there already (updated in place when values changed)
        std::vector<QuarantineRow> rejected; // rows the warehouse cannot take (e.g. unknown track)
    };

    FactWriter(sqlite3* db, Dimensions& dimensions);
    ~FactWriter();
    FactWriter(const FactWriter&) = delete;
    FactWriter& operator=(const FactWriter&) = delete;

    QString prepare();
    // Returns an error message on an SQL failure (the caller rolls back).
    QString write(const FactBatch& batch, qint64 ingestId, Counts& counts);

private:
    struct Statements;
    sqlite3* m_db;
    Dimensions& m_dims;
    std::unique_ptr<Statements> m_s;
};

} // namespace bedrot
