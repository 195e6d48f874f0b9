// Alert notifications: one tray message per batch of new alerts, whatever their number.
#include "alertnotifier.h"

#include "models/alertsmodel.h"

#include <QGuiApplication>
#include <QIcon>
#include <QSystemTrayIcon>

#include <algorithm>
#include <utility>

namespace bedrot {

namespace {
constexpr int kMessagesShown = 3; // a notification is read in a glance; the panel has the rest
constexpr int kShowMs = 10000;
} // namespace

AlertNotifier::AlertNotifier(QObject* parent) : QObject(parent) {}

void AlertNotifier::setTrayIcon(QSystemTrayIcon* icon)
{
    if (m_tray == icon)
        return;
    if (m_ownsTray)
        delete m_tray;
    else if (m_tray)
        disconnect(m_tray.data(), nullptr, this, nullptr);
    m_tray = icon;
    m_ownsTray = false;
    if (m_tray)
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &AlertNotifier::activated);
}

bool AlertNotifier::isAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

QString AlertNotifier::titleFor(const QList<Alert>& alerts)
{
    if (alerts.size() == 1)
        return tr("%1 alert").arg(AlertsModel::kindText(alerts.first().kind));
    return tr("%1 new alerts").arg(alerts.size());
}

QString AlertNotifier::messageFor(const QList<Alert>& alerts)
{
    QStringList lines;
    for (qsizetype i = 0; i < alerts.size() && i < kMessagesShown; ++i)
        lines << alerts.at(i).message;
    if (alerts.size() > kMessagesShown)
        lines << QStringLiteral("\u2026") +
                     tr("and %1 more in the Alerts panel.").arg(alerts.size() - kMessagesShown);
    return lines.join(u'\n');
}

QSystemTrayIcon* AlertNotifier::trayIcon()
{
    if (!m_tray && isAvailable()) {
        m_tray = new QSystemTrayIcon(QGuiApplication::windowIcon(), this);
        m_ownsTray = true;
        m_tray->setToolTip(QGuiApplication::applicationDisplayName());
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &AlertNotifier::activated);
    }
    return m_tray;
}

void AlertNotifier::hold()
{
    m_held = true;
}

void AlertNotifier::answerShown(quint64 generation, bool busy)
{
    m_shownGeneration = generation;
    if (m_releaseAt > 0 && generation >= m_releaseAt && !busy) {
        // The answer asked for when the import ended: the alerts the new data raised are all in.
        m_releaseAt = 0;
        release();
    }
}

void AlertNotifier::importEnded(quint64 requested)
{
    if (!m_held)
        return;
    // When the session asked nothing new (the warehouse is not open), the last answer was it.
    if (requested > m_shownGeneration)
        m_releaseAt = requested;
    else
        release();
}

void AlertNotifier::reset()
{
    m_shownGeneration = m_releaseAt = 0;
    if (m_held)
        release();
}

void AlertNotifier::offer(const QList<Alert>& alerts)
{
    if (m_held)
        notify(alerts);
}

bool AlertNotifier::release()
{
    m_held = false;
    const QList<Alert> collected = std::exchange(m_pending, {});
    return notify(collected);
}

bool AlertNotifier::notify(const QList<Alert>& alerts)
{
    if (alerts.isEmpty())
        return false;
    if (m_held) {
        // The same alert raised again by a later refresh of the same import counts once.
        for (const Alert& a : alerts) {
            const QString key = AlertsModel::keyOf(a);
            if (std::none_of(m_pending.cbegin(), m_pending.cend(),
                             [&key](const Alert& p) { return AlertsModel::keyOf(p) == key; }))
                m_pending << a;
        }
        return false;
    }
    m_lastTitle = titleFor(alerts);
    m_lastMessage = messageFor(alerts);
    Q_EMIT notificationComposed(alerts);
    if (!isAvailable())
        return false;
    QSystemTrayIcon* tray = trayIcon();
    if (!tray)
        return false;
    if (!tray->isVisible())
        tray->show(); // some trays drop messages of a hidden icon
    const QSystemTrayIcon::MessageIcon icon =
        alerts.size() == 1 && alerts.first().kind == Alert::Kind::Revenue && alerts.first().value >= 0
            ? QSystemTrayIcon::Information
            : QSystemTrayIcon::Warning;
    tray->showMessage(m_lastTitle, m_lastMessage, icon, kShowMs);
    return true;
}

} // namespace bedrot
