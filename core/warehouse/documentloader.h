// The writing step of an import: one document parsed in a worker thread into a bounded queue, its
// batches written here in BEGIN IMMEDIATE transactions together with the ledger's counters, each
// committing after so many rows or milliseconds. A kill at any moment leaves every committed batch
// and a ledger that matches it.
#pragma once

#include "commitinfo.h"
#include "domain/result.h"
#include "importplan.h"

#include <QStringList>

#include <functional>

struct sqlite3;

namespace bedrot {

class Dimensions;
class FactWriter;
class RollupWriter;
class SqliteStatement;
class StatementLineWriter;

class DocumentLoader
{
public:
    struct Parts
    {
        sqlite3* db;
        Dimensions& dims;
        StatementLineWriter& lines;
        FactWriter& facts;
        RollupWriter& rollups;
        SqliteStatement& insertQuarantine;
        SqliteStatement& updateLedger;
    };
    struct Policy
    {
        int batchSize = 10000;
        qint64 commitRows = 200000;
        qint64 commitMs = 400;
    };
    // What has been committed so far (the ledger holds the same).
    struct Totals
    {
        qint64 read = 0, loaded = 0, present = 0, quarantined = 0;
    };
    // Told of every commit; fileProgress and sequence are the caller's to fill in.
    using CommitSink = std::function<void(CommitInfo&, qint64 textOffset)>;

    DocumentLoader(const Parts& parts, const Policy& policy) : m(parts), m_policy(policy) {}

    // Writes the document's rows under the ledger row `ingestId`. Fails on a write error, a parse
    // error of the file as a whole, or an interruption (what was committed before stays).
    Result<void> load(const PlannedDocument& doc, qint64 ingestId, const CommitSink& onCommit);
    const Totals& totals() const { return m_totals; }
    // Notes for the user (unmapped stores, alias matches) collected from the dimensions.
    const QStringList& warnings() const { return m_warnings; }

private:
    Parts m;
    Policy m_policy;
    Totals m_totals;
    QStringList m_warnings;
};

} // namespace bedrot
