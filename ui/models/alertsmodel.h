// The alerts raised by the data in the current range (KPIS.md, Alerts), one row per alert, for
// the alerts panel. Filled from DashboardData::alerts.
#pragma once

#include "domain/insightvalues.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QList>

class QColor;

namespace bedrot {

class AlertsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertsModel)

public:
    enum Column
    {
        KindColumn,
        DayColumn,
        MessageColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        KindRole = Qt::UserRole, // int: Alert::Kind
        DayRole,                 // QDate: the month (first day) or day the alert is about
        MessageRole,             // QString
        ValueRole,               // double: the change or the day's value
        KeyRole,                 // QString: keyOf()
        SortRole,                // the raw value of the cell (a Julian day for the day column)
    };
    Q_ENUM(Role)

    explicit AlertsModel(QObject* parent = nullptr);

    void setAlerts(const QList<Alert>& alerts);
    const QList<Alert>& alerts() const { return m_alerts; }

    // What makes an alert the same alert in a later answer: kind, day and message.
    static QString keyOf(const Alert& alert);
    // "Revenue", "Streams", "Anomaly"
    static QString kindText(Alert::Kind kind);
    // Revenue alerts are about a month ("2024-03"), the others about a day ("2024-03-18").
    static QString dayText(const Alert& alert);
    // Green for revenue up, red for revenue or streams down, amber for anomalies.
    static QColor colorOf(const Alert& alert);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QIcon iconOf(const Alert& alert) const;

    QList<Alert> m_alerts;
    mutable QHash<QString, QIcon> m_icons; // drawn on first use, by colour and glyph
};

} // namespace bedrot
