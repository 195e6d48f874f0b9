// Versioned schema migrations: resources/sql/NNNN_*.sql applied in order, tracked by user_version.
#pragma once

#include "domain/result.h"

#include <QString>
#include <QStringList>

struct sqlite3;

namespace bedrot {

class Migrator
{
public:
    // The migration scripts, in version order (version = index + 1).
    static QStringList scripts();
    static int latestVersion();
    static int currentVersion(sqlite3* db);
    // Applies every migration above the current version, up to `target` (-1: latest). Each
    // migration runs in its own BEGIN IMMEDIATE transaction.
    static Result<void> migrate(sqlite3* db, int target = -1);
};

} // namespace bedrot
