// Opening warehouse connections (pragmas, migrations) and reaching the raw sqlite3 handle.
#pragma once

#include "domain/result.h"

#include <QSqlDatabase>
#include <QString>

struct sqlite3;

namespace bedrot {

class Database
{
public:
    // Call first thing in main(): every connection lives in one thread, so SQLite's per-call
    // connection mutexes are pure overhead (SQLITE_CONFIG_MULTITHREAD). A no-op once SQLite started.
    static void configureLibrary();
    // Opens (creating if needed) a named connection in the calling thread with WAL, NORMAL sync and
    // a busy timeout. On failure the named connection is still registered: close() it.
    static Result<QSqlDatabase> open(const QString& path, const QString& connectionName);
    // Removes a named connection (the QSqlDatabase handles must be gone first).
    static void close(const QString& connectionName);
    static sqlite3* handle(const QSqlDatabase& db);
    // A connection name unique to this thread and purpose.
    static QString uniqueConnectionName(const QString& purpose);
    // Runs SQL (several statements allowed) on the raw handle.
    [[nodiscard]] static Result<void> exec(sqlite3* db, const char* sql);
    // The connection's last error as an Error.
    static Error lastError(sqlite3* db);
};

} // namespace bedrot
