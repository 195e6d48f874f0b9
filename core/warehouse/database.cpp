// Connection set-up shared by the writer and the readers.
#include "database.h"

#include <QAtomicInteger>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include <sqlite3.h>

namespace bedrot {

void Database::configureLibrary()
{
    sqlite3_config(SQLITE_CONFIG_MULTITHREAD);
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); // no global allocation counters behind a mutex
}

Result<QSqlDatabase> Database::open(const QString& path, const QString& connectionName)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open())
        return fail(QStringLiteral("cannot open the warehouse %1: %2").arg(path, db.lastError().text()));
    const Result<void> pragmas =
        exec(handle(db), "PRAGMA page_size=16384; PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
                         "PRAGMA foreign_keys=OFF; PRAGMA temp_store=MEMORY; PRAGMA cache_size=-65536;");
    if (!pragmas)
        return pragmas.error().context(QStringLiteral("cannot prepare the warehouse %1: ").arg(path));
    return db;
}

void Database::close(const QString& connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

sqlite3* Database::handle(const QSqlDatabase& db)
{
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(v.data());
}

QString Database::uniqueConnectionName(const QString& purpose)
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("bedrot-%1-%2").arg(purpose).arg(counter.fetchAndAddRelaxed(1));
}

Result<void> Database::exec(sqlite3* db, const char* sql)
{
    if (!db)
        return fail(QStringLiteral("no database handle"));
    char* message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        QString text = QString::fromUtf8(message ? message : sqlite3_errmsg(db));
        sqlite3_free(message);
        return fail(text);
    }
    return {};
}

Error Database::lastError(sqlite3* db)
{
    return Error{db ? QString::fromUtf8(sqlite3_errmsg(db)) : QStringLiteral("no database handle")};
}

} // namespace bedrot
