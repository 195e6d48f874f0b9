// The ingest ledger (ingest_file): one row per file ever offered, its status, counts and message.
#pragma once

#include "domain/importresult.h"
#include "domain/result.h"

#include <QString>

struct sqlite3;

namespace bedrot {

class FormatRegistry;

class IngestLedger
{
public:
    IngestLedger(sqlite3* db, const FormatRegistry& formats) : m_db(db), m_formats(formats) {}

    // Upserts the file's row (a new attempt resets its counts) inside the caller's transaction;
    // returns its id, 0 on failure.
    qint64 record(const ImportResult& r, const QString& ledgerPath, const QString& encoding,
                  const QString& status, const QString& message);
    // Finishes r as refused (rejected, needs an artist) and keeps the refusal in the ledger.
    void refuse(ImportResult& r, const QString& ledgerPath, const QString& message, const QString& encoding,
                ImportResult::Status status);
    // Fills r from the ledger when the same bytes were loaded before; `fileName` names it.
    bool alreadyImported(ImportResult& r, const QString& fileName);
    // The ledger's last word on an import, in its own checked transaction.
    Result<void> finish(qint64 ingestId, ImportResult::Status status, const QString& message);

private:
    sqlite3* m_db;
    const FormatRegistry& m_formats;
};

} // namespace bedrot
