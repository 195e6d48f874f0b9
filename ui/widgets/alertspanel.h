// The alerts panel: the alerts the data raises in the current range, newest first, and a signal
// for those not seen before, so the owner can notify the user once per alert.
#pragma once

#include "domain/insightvalues.h"

#include <QList>
#include <QSet>
#include <QStringList>
#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace bedrot {

class AlertsModel;

class AlertsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertsPanel)

public:
    // Named "alerts-panel"; its table "alerts-view", the empty note "alerts-empty".
    explicit AlertsPanel(QWidget* parent = nullptr);

    AlertsModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QTableView* view() const { return m_view; }
    // The keys (AlertsModel::keyOf) of every alert seen so far. The owner may keep them in the
    // settings and hand them back on the next launch, so old alerts do not notify again.
    QStringList seenKeys() const;
    void setSeenKeys(const QStringList& keys);
    // "2 alerts" or "No alerts", for a dock title or tab.
    QString summary() const;

public Q_SLOTS:
    // The alerts of the latest dashboard answer. Emits newAlerts() with those not seen before.
    void setAlerts(const QList<bedrot::Alert>& alerts);

Q_SIGNALS:
    // Alerts seen for the first time (same kind, day and message count as seen), in answer order.
    void newAlerts(const QList<bedrot::Alert>& alerts);

private:
    AlertsModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_empty = nullptr;
    QStackedWidget* m_stack = nullptr;
    QSet<QString> m_seen;
};

} // namespace bedrot
