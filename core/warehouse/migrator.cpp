// Migrations read from the core library's resources.
#include "migrator.h"

#include "database.h"
#include "transactionguard.h"

#include <QDir>
#include <QFile>

#include <sqlite3.h>

namespace bedrot {

QStringList Migrator::scripts()
{
    QStringList names =
        QDir(QStringLiteral(":/bedrot/sql")).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (QString& n : names)
        n.prepend(QStringLiteral(":/bedrot/sql/"));
    return names;
}

int Migrator::latestVersion()
{
    return int(scripts().size());
}

int Migrator::currentVersion(sqlite3* db)
{
    sqlite3_stmt* stmt = nullptr;
    int version = -1;
    if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW)
        version = sqlite3_column_int(stmt, 0);
    sqlite3_finalize(stmt);
    return version;
}

Result<void> Migrator::migrate(sqlite3* db, int target)
{
    const QStringList files = scripts();
    if (target < 0)
        target = int(files.size());
    if (target > files.size())
        return fail(QStringLiteral("there is no migration to schema version %1 (the latest is %2)")
                        .arg(target)
                        .arg(files.size()));
    const int current = currentVersion(db);
    if (current < 0)
        return fail(QStringLiteral("cannot read the schema version"));
    if (current > files.size())
        return fail(
            QStringLiteral(
                "the warehouse has schema version %1, newer than this program knows (%2); update Bedrot")
                .arg(current)
                .arg(files.size()));
    for (int v = current + 1; v <= target; ++v) {
        QFile f(files.at(v - 1));
        if (!f.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read migration %1").arg(f.fileName()));
        const QByteArray sql = f.readAll() + "\nPRAGMA user_version = " + QByteArray::number(v) + ";";
        auto transaction = TransactionGuard::begin(db);
        Result<void> done =
            transaction ? Database::exec(db, sql.constData()) : Result<void>(transaction.error());
        if (done)
            done = transaction->commit();
        if (!done)
            return done.error().context(QStringLiteral("migration to schema version %1 failed: ").arg(v));
    }
    return {};
}

} // namespace bedrot
