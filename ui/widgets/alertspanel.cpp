// Alerts panel: AlertsModel behind a sort proxy (newest first), an empty note, and the memory of
// which alerts the user has already been told about.
#include "alertspanel.h"

#include "models/alertsmodel.h"

#include <QFont>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace bedrot {

AlertsPanel::AlertsPanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("alerts-panel"));

    m_title = new QLabel(tr("Alerts"), this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(11);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);

    m_model = new AlertsModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AlertsModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("alerts-view"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(true);
    m_view->setIconSize(QSize(16, 16));
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents); // wrapped messages
    m_view->setStyleSheet(
        QStringLiteral("QTableView::item { padding: 4px 2px; }")); // wrapped lines need air between rows
    QHeaderView* header = m_view->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter); // centred titles run into the sort arrow
    header->setSectionResizeMode(AlertsModel::KindColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AlertsModel::DayColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AlertsModel::MessageColumn, QHeaderView::Stretch);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AlertsModel::DayColumn, Qt::DescendingOrder);

    m_empty = new QLabel(
        tr("No alerts in this range. Revenue swings, stream drops and unusual days show up here."), this);
    m_empty->setObjectName(QStringLiteral("alerts-empty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_view);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_title);
    layout->addWidget(m_stack, 1);
}

QStringList AlertsPanel::seenKeys() const
{
    QStringList keys(m_seen.cbegin(), m_seen.cend());
    keys.sort();
    return keys;
}

void AlertsPanel::setSeenKeys(const QStringList& keys)
{
    m_seen = QSet<QString>(keys.cbegin(), keys.cend());
}

QString AlertsPanel::summary() const
{
    const int n = m_model->rowCount();
    return n == 0 ? tr("No alerts") : n == 1 ? tr("1 alert") : tr("%1 alerts").arg(n);
}

void AlertsPanel::setAlerts(const QList<Alert>& alerts)
{
    m_model->setAlerts(alerts);
    m_stack->setCurrentWidget(alerts.isEmpty() ? static_cast<QWidget*>(m_empty)
                                               : static_cast<QWidget*>(m_view));
    m_title->setText(alerts.isEmpty() ? tr("Alerts") : tr("Alerts (%1)").arg(alerts.size()));

    QList<Alert> fresh;
    for (const Alert& a : alerts) {
        const QString key = AlertsModel::keyOf(a);
        if (m_seen.contains(key))
            continue;
        m_seen.insert(key);
        fresh << a;
    }
    if (!fresh.isEmpty())
        Q_EMIT newAlerts(fresh);
}

} // namespace bedrot
