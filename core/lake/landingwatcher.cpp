// Landing-folder watch with a settle check.
#include "landingwatcher.h"

#include "logging.h"

#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>

namespace bedrot {

LandingWatcher::LandingWatcher(const QString& landingDir, QObject* parent)
    : QObject(parent), m_dir(landingDir)
{
    m_watcher = new QFileSystemWatcher(this);
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(1000);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] { m_timer->start(); });
    connect(m_timer, &QTimer::timeout, this, &LandingWatcher::scan);
}

void LandingWatcher::setSettleInterval(int ms)
{
    m_timer->setInterval(ms);
}

QStringList LandingWatcher::currentFiles() const
{
    QStringList files;
    const QFileInfoList entries = QDir(m_dir).entryInfoList(QDir::Files | QDir::Readable, QDir::Name);
    for (const QFileInfo& fi : entries) {
        const QString suffix = fi.suffix().toLower();
        // Browsers write downloads under these names and rename them when complete.
        if (fi.fileName().startsWith(u'.') || suffix == QLatin1String("part") ||
            suffix == QLatin1String("crdownload") || suffix == QLatin1String("tmp") ||
            suffix == QLatin1String("download"))
            continue;
        files << fi.absoluteFilePath();
    }
    return files;
}

void LandingWatcher::start()
{
    // Without the watch, files dropped in later wait for the next start; those there now still count.
    if (!QDir().mkpath(m_dir))
        qCWarning(lcLake) << "cannot create the landing folder" << m_dir;
    else if (!m_watcher->directories().contains(m_dir) && !m_watcher->addPath(m_dir))
        qCWarning(lcLake) << "cannot watch the landing folder" << m_dir;
    for (const QString& path : currentFiles()) {
        const QFileInfo fi(path);
        m_seen.insert(path, Seen{fi.size(), fi.lastModified(), true});
    }
}

void LandingWatcher::scan()
{
    QStringList ready;
    bool unsettled = false;
    const QStringList files = currentFiles();
    for (const QString& path : files) {
        const QFileInfo fi(path);
        Seen& seen = m_seen[path];
        const bool unchanged = seen.size == fi.size() && seen.modified == fi.lastModified();
        if (!unchanged) {
            // New or still growing (or replaced): look again after the settle interval.
            seen.size = fi.size();
            seen.modified = fi.lastModified();
            seen.announced = false;
            unsettled = true;
        } else if (!seen.announced && fi.size() > 0) {
            seen.announced = true;
            ready << path;
        }
    }
    for (auto it = m_seen.begin(); it != m_seen.end();) {
        it = files.contains(it.key()) ? std::next(it) : m_seen.erase(it);
    }
    if (!ready.isEmpty())
        Q_EMIT filesReady(ready);
    if (unsettled)
        m_timer->start();
}

} // namespace bedrot
