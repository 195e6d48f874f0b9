// Watches the landing folder: a file dropped there is announced once it has stopped growing
// (same size and modification time on two looks a second apart), so half-written downloads are
// never imported.
#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QStringList>

class QFileSystemWatcher;
class QTimer;

namespace bedrot {

class LandingWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LandingWatcher)

public:
    explicit LandingWatcher(const QString& landingDir, QObject* parent = nullptr);

    // Starts watching; files already there count as seen (Refresh imports those).
    void start();
    // How long a file must stay unchanged before it is announced.
    void setSettleInterval(int ms);

Q_SIGNALS:
    void filesReady(const QStringList& paths);

private:
    struct Seen
    {
        qint64 size = -1;
        QDateTime modified;
        bool announced = false;
    };
    void scan();
    QStringList currentFiles() const;

    QString m_dir;
    QFileSystemWatcher* m_watcher = nullptr;
    QTimer* m_timer = nullptr;
    QHash<QString, Seen> m_seen;
};

} // namespace bedrot
