// The ledger's statements. Every write is checked: an import that cannot say how it ended fails.
#include "ingestledger.h"

#include "database.h"
#include "sources/fileformat.h"
#include "sources/formatregistry.h"
#include "sqlitestatement.h"
#include "transactionguard.h"

#include <QDateTime>

namespace bedrot {

namespace {
QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}
} // namespace

qint64 IngestLedger::record(const ImportResult& r, const QString& ledgerPath, const QString& encoding,
                            const QString& status, const QString& message)
{
    const QString unknown = QStringLiteral("unknown");
    SqliteStatement s(
        m_db,
        "INSERT INTO ingest_file (sha256, source, format, path, size, encoding, started, status, message) "
        "VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT(sha256) DO UPDATE SET source = excluded.source, "
        "format = excluded.format, encoding = excluded.encoding, started = excluded.started, finished = "
        "NULL, "
        "status = excluded.status, message = excluded.message, rows_read = 0, rows_loaded = 0, "
        "rows_present = 0, rows_quarantined = 0 RETURNING id");
    s.bind(1, r.sha256);
    s.bind(2, r.source.isEmpty() ? unknown : r.source);
    s.bind(3, r.format.isEmpty() ? unknown : r.format);
    s.bind(4, ledgerPath);
    s.bind(5, r.size);
    s.bind(6, encoding);
    s.bind(7, r.started.toString(Qt::ISODateWithMs));
    s.bind(8, status);
    s.bind(9, message);
    return s.row() ? s.int64(0) : 0;
}

void IngestLedger::refuse(ImportResult& r, const QString& ledgerPath, const QString& message,
                          const QString& encoding, ImportResult::Status status)
{
    r.status = status;
    r.message = message;
    // The ledger keeps what was refused and why; if it cannot, the answer is the same.
    if (Result<TransactionGuard> transaction = TransactionGuard::begin(m_db)) {
        if (record(r, ledgerPath, encoding, ImportResult::statusName(status), message) != 0)
            (void)transaction->commit();
    }
    r.finished = QDateTime::currentDateTimeUtc();
}

bool IngestLedger::alreadyImported(ImportResult& r, const QString& fileName)
{
    // Seen and finished before: report from the ledger, touch nothing.
    SqliteStatement s(
        m_db,
        "SELECT status, source, format, rows_read, rows_loaded + rows_present, rows_quarantined, finished "
        "FROM ingest_file WHERE sha256 = ?");
    s.bind(1, r.sha256);
    if (!s.row())
        return false;
    const auto status = ImportResult::statusFromName(QString::fromUtf8(s.text(0)));
    if (status != ImportResult::Status::Loaded && status != ImportResult::Status::Partial)
        return false;
    r.source = QString::fromUtf8(s.text(1));
    r.format = QString::fromUtf8(s.text(2));
    if (const FileFormat* f = m_formats.byId(r.format.section(u'+', 0, 0)))
        r.formatTitle = f->title();
    r.rowsRead = s.int64(3);
    r.rowsPresent = s.int64(4);
    r.rowsQuarantined = s.int64(5);
    r.status = ImportResult::Status::AlreadyImported;
    r.message = QStringLiteral("%1: already imported (%2); nothing new")
                    .arg(fileName, QString::fromUtf8(s.text(6)).left(10));
    r.finished = QDateTime::currentDateTimeUtc();
    return true;
}

Result<void> IngestLedger::finish(qint64 ingestId, ImportResult::Status status, const QString& message)
{
    Result<TransactionGuard> transaction = TransactionGuard::begin(m_db);
    if (!transaction)
        return transaction.error();
    SqliteStatement fin(m_db, "UPDATE ingest_file SET status = ?, message = ?, finished = ? WHERE id = ?");
    fin.bind(1, ImportResult::statusName(status));
    fin.bind(2, message);
    fin.bind(3, nowIso());
    fin.bind(4, ingestId);
    if (!fin.step())
        return Database::lastError(m_db);
    return transaction->commit();
}

} // namespace bedrot
