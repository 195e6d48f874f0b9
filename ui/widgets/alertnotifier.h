// Turns newly raised alerts into one desktop notification through the system tray, where there is
// one (there is none on the offscreen platform, on some desktops, and in CI: then nothing is shown).
#pragma once

#include "domain/insightvalues.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class QSystemTrayIcon;

namespace bedrot {

class AlertNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertNotifier)

public:
    explicit AlertNotifier(QObject* parent = nullptr);

    // Shows notifications through the caller's tray icon (not owned). Without one the notifier
    // creates its own, with the application's window icon, on the first notification.
    void setTrayIcon(QSystemTrayIcon* icon);
    // Whether a notification can be shown at all.
    static bool isAvailable();

    // The notification for a set of alerts: "Revenue alert" and the message for one alert;
    // "3 new alerts" and the first messages, one a line, for several.
    static QString titleFor(const QList<Alert>& alerts);
    static QString messageFor(const QList<Alert>& alerts);

    // What the last call to notify() composed, whether or not a tray was there to show it.
    QString lastTitle() const { return m_lastTitle; }
    QString lastMessage() const { return m_lastMessage; }

    // While held (an import runs), notify() only collects: the import's new alerts make one
    // notification at the end instead of one per refresh of the dashboard.
    bool isHeld() const { return m_held; }
    const QList<Alert>& pending() const { return m_pending; }

    // The hold through an import, fed by the window: the import starts (hold()), answers are shown
    // (answerShown), the import ends (importEnded); the answer asked for at its end releases.
    // An answer of `generation` reached the screen; `busy`: the session is still importing.
    void answerShown(quint64 generation, bool busy);
    // The import is over and the session has asked for answer `requested` (the last one it asked
    // for): that answer ends the hold, or at once when it is already on screen.
    void importEnded(quint64 requested);
    // Another workspace: what the last one's import raised is told now, and no answer is awaited.
    void reset();

public Q_SLOTS:
    // Shows one notification for all of `alerts` (or, while held, keeps them for release()).
    // Returns whether it was shown.
    bool notify(const QList<bedrot::Alert>& alerts);
    // New alerts of an answer: news only when new data raised them, so kept while held (an import
    // runs) and dropped otherwise (a change of range or filter brought them into view).
    void offer(const QList<bedrot::Alert>& alerts);
    void hold();
    // Ends the hold and notifies once for everything collected; returns whether it was shown.
    bool release();

Q_SIGNALS:
    // A notification was composed (lastTitle(), lastMessage()), whether or not a tray showed it.
    void notificationComposed(const QList<bedrot::Alert>& alerts);
    // The user clicked the notification: the owner raises the window and shows the alerts.
    void activated();

private:
    QSystemTrayIcon* trayIcon();

    QPointer<QSystemTrayIcon> m_tray; // the caller's may go away first
    bool m_ownsTray = false;
    QString m_lastTitle;
    QString m_lastMessage;
    bool m_held = false;
    quint64 m_shownGeneration = 0; // of the last answer shown
    quint64 m_releaseAt = 0;       // the answer after an import: it ends the hold (0: none awaited)
    QList<Alert> m_pending;
};

} // namespace bedrot
