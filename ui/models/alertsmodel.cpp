// Alert rows: a kind label with a small drawn badge, the day or month, and the message.
#include "alertsmodel.h"

#include "theme/darktheme.h"

#include <QColor>
#include <QFont>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace bedrot {

namespace {

enum class Glyph
{
    Up,
    Down,
    Exclamation
};

Glyph glyphOf(const Alert& a)
{
    switch (a.kind) {
    case Alert::Kind::Revenue:
        return a.value >= 0 ? Glyph::Up : Glyph::Down;
    case Alert::Kind::Streams:
        return Glyph::Down;
    case Alert::Kind::Anomaly:
        break;
    }
    return Glyph::Exclamation;
}

// A filled circle in the alert's colour with a dark arrow or exclamation mark: readable at 16 px
// on the dark surface, and not dependent on an icon theme being installed.
QPixmap badge(const QColor& colour, Glyph glyph, int size)
{
    QPixmap pm(size, size);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    p.drawEllipse(QRectF(0.5, 0.5, size - 1.0, size - 1.0));
    const QColor ink(QLatin1String(theme::kWindow));
    p.setBrush(ink);
    const double s = size;
    if (glyph == Glyph::Exclamation) {
        p.drawRoundedRect(QRectF(s * 0.43, s * 0.2, s * 0.14, s * 0.4), s * 0.05, s * 0.05);
        p.drawEllipse(QRectF(s * 0.42, s * 0.67, s * 0.16, s * 0.16));
    } else {
        QPainterPath arrow;
        if (glyph == Glyph::Up) {
            arrow.moveTo(s * 0.5, s * 0.22);
            arrow.lineTo(s * 0.78, s * 0.62);
            arrow.lineTo(s * 0.22, s * 0.62);
        } else {
            arrow.moveTo(s * 0.5, s * 0.78);
            arrow.lineTo(s * 0.78, s * 0.38);
            arrow.lineTo(s * 0.22, s * 0.38);
        }
        arrow.closeSubpath();
        p.drawPath(arrow);
    }
    return pm;
}

} // namespace

AlertsModel::AlertsModel(QObject* parent) : QAbstractTableModel(parent) {}

void AlertsModel::setAlerts(const QList<Alert>& alerts)
{
    beginResetModel();
    m_alerts = alerts;
    endResetModel();
}

QString AlertsModel::keyOf(const Alert& alert)
{
    return QString::number(int(alert.kind)) + u'|' + alert.day.toString(Qt::ISODate) + u'|' + alert.message;
}

QString AlertsModel::kindText(Alert::Kind kind)
{
    switch (kind) {
    case Alert::Kind::Revenue:
        return tr("Revenue");
    case Alert::Kind::Streams:
        return tr("Streams");
    case Alert::Kind::Anomaly:
        break;
    }
    return tr("Anomaly");
}

QString AlertsModel::dayText(const Alert& alert)
{
    if (!alert.day.isValid())
        return {};
    return alert.kind == Alert::Kind::Revenue ? alert.day.toString(QStringLiteral("yyyy-MM"))
                                              : alert.day.toString(Qt::ISODate);
}

QColor AlertsModel::colorOf(const Alert& alert)
{
    switch (alert.kind) {
    case Alert::Kind::Revenue:
        return QColor(QLatin1String(alert.value >= 0 ? theme::kPositive : theme::kNegative));
    case Alert::Kind::Streams:
        return QColor(QLatin1String(theme::kNegative));
    case Alert::Kind::Anomaly:
        break;
    }
    return QColor(QLatin1String(theme::kWarning));
}

QIcon AlertsModel::iconOf(const Alert& alert) const
{
    const QColor colour = colorOf(alert);
    const Glyph glyph = glyphOf(alert);
    const QString key = colour.name() + QString::number(int(glyph));
    auto it = m_icons.constFind(key);
    if (it != m_icons.constEnd())
        return *it;
    QIcon icon;
    for (int size : {16, 24, 32})
        icon.addPixmap(badge(colour, glyph, size));
    m_icons.insert(key, icon);
    return icon;
}

int AlertsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_alerts.size());
}

int AlertsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Alert& a = m_alerts.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case KindColumn:
            return kindText(a.kind);
        case DayColumn:
            return dayText(a);
        case MessageColumn:
            return a.message;
        }
        return {};
    case Qt::ToolTipRole:
        return a.message;
    case Qt::DecorationRole:
        return column == KindColumn ? QVariant(iconOf(a)) : QVariant();
    case Qt::ForegroundRole:
        return column == KindColumn ? QVariant(colorOf(a)) : QVariant();
    case Qt::FontRole:
        if (column == KindColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case KindRole:
        return int(a.kind);
    case DayRole:
        return a.day;
    case MessageRole:
        return a.message;
    case ValueRole:
        return a.value;
    case KeyRole:
        return keyOf(a);
    case SortRole:
        switch (column) {
        case KindColumn:
            return kindText(a.kind);
        case DayColumn:
            return a.day.isValid() ? a.day.toJulianDay() : qint64(-1);
        case MessageColumn:
            return a.message;
        }
        return {};
    }
    return {};
}

QVariant AlertsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case DayColumn:
        return tr("When");
    case MessageColumn:
        return tr("What happened");
    }
    return {};
}

QHash<int, QByteArray> AlertsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(DayRole, "day");
    names.insert(MessageRole, "message");
    names.insert(ValueRole, "value");
    names.insert(KeyRole, "key");
    names.insert(SortRole, "sortValue");
    return names;
}

} // namespace bedrot
