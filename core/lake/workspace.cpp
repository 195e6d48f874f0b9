// Workspace layout.
#include "workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace bedrot {

Workspace::Workspace(QString root) : m_root(QDir::cleanPath(QDir(root).absolutePath())) {}

QString Workspace::defaultRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           QStringLiteral("/workspace");
}

QString Workspace::demoRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/demo");
}

QString Workspace::warehousePath() const
{
    return m_root + QStringLiteral("/warehouse.sqlite");
}
QString Workspace::landingDir() const
{
    return m_root + QStringLiteral("/lake/landing");
}
QString Workspace::rawDir() const
{
    return m_root + QStringLiteral("/lake/raw");
}
QString Workspace::archiveDir() const
{
    return m_root + QStringLiteral("/lake/archive");
}
QString Workspace::logsDir() const
{
    return m_root + QStringLiteral("/logs");
}

Result<void> Workspace::ensureLayout() const
{
    for (const QString& dir : {landingDir(), rawDir(), archiveDir(), logsDir()}) {
        if (!QDir().mkpath(dir))
            return fail(QStringLiteral("cannot create the folder %1").arg(dir));
    }
    return {};
}

bool Workspace::exists() const
{
    return QFileInfo::exists(warehousePath());
}

} // namespace bedrot
