// Migrations read from the core library's resources.
#include "migrator.h"

#include "database.h"

#include <QDir>
#include <QFile>

#include <sqlite3.h>

namespace bedrot {

QStringList Migrator::scripts()
{
    QStringList names = QDir(QStringLiteral(":/bedrot/sql")).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (QString& n : names) n.prepend(QStringLiteral(":/bedrot/sql/"));
    return names;
}

int Migrator::latestVersion() { return int(scripts().size()); }

int Migrator::currentVersion(sqlite3* db)
{
    sqlite3_stmt* stmt = nullptr;
    int version = -1;
    if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
        version = sqlite3_column_int(stmt, 0);
    sqlite3_finalize(stmt);
    return version;
}

QString Migrator::migrate(sqlite3* db, int target)
{
    const QStringList files = scripts();
    if (target < 0) target = int(files.size());
    if (target > files.size())
        return QStringLiteral("there is no migration to schema version %1 (the latest is %2)").arg(target).arg(files.size());
    const int current = currentVersion(db);
    if (current < 0) return QStringLiteral("cannot read the schema version");
    if (current > files.size())
        return QStringLiteral("the warehouse has schema version %1, newer than this program knows (%2); update Bedrot")
            .arg(current).arg(files.size());
    for (int v = current + 1; v <= target; ++v) {
        QFile f(files.at(v - 1));
        if (!f.open(QIODevice::ReadOnly)) return QStringLiteral("cannot read migration %1").arg(f.fileName());
        const QByteArray sql = f.readAll() + "\nPRAGMA user_version = " + QByteArray::number(v) + ";";
        QString error = Database::exec(db, "BEGIN IMMEDIATE");
        if (error.isEmpty()) error = Database::exec(db, sql.constData());
        if (error.isEmpty()) error = Database::exec(db, "COMMIT");
        if (!error.isEmpty()) {
            Database::exec(db, "ROLLBACK");
            return QStringLiteral("migration to schema version %1 failed: %2").arg(v).arg(error);
        }
    }
    return {};
}

} // namespace bedrot
