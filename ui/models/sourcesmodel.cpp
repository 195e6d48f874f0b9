// Source rows: words for freshness and health, the theme's health colours, and raw sort values.
#include "sourcesmodel.h"

#include "theme/darktheme.h"
#include "widgets/kpiformat.h"

#include <QColor>

#include <limits>

namespace bedrot {

SourcesModel::SourcesModel(QObject* parent) : QAbstractTableModel(parent) {}

void SourcesModel::setSources(const QList<SourceStatus>& sources)
{
    bool sameIds = sources.size() == m_sources.size();
    for (qsizetype i = 0; sameIds && i < sources.size(); ++i)
        sameIds = sources.at(i).id == m_sources.at(i).id;
    if (sameIds) {
        m_sources = sources;
        if (!m_sources.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_sources = sources;
    endResetModel();
}

int SourcesModel::rowOf(const QString& id) const
{
    for (qsizetype i = 0; i < m_sources.size(); ++i)
        if (m_sources.at(i).id == id)
            return int(i);
    return -1;
}

SourcesModel::HealthLevel SourcesModel::healthLevel(int health)
{
    if (health >= 80)
        return HealthLevel::Good;
    if (health >= 50)
        return HealthLevel::Fair;
    return HealthLevel::Poor;
}

QColor SourcesModel::healthColor(int health)
{
    switch (healthLevel(health)) {
    case HealthLevel::Good:
        return QColor(QLatin1String(theme::kPositive));
    case HealthLevel::Fair:
        return QColor(QLatin1String(theme::kWarning));
    case HealthLevel::Poor:
        break;
    }
    return QColor(QLatin1String(theme::kNegative));
}

QString SourcesModel::healthText(int health)
{
    switch (healthLevel(health)) {
    case HealthLevel::Good:
        return tr("%1 \u00b7 good").arg(health);
    case HealthLevel::Fair:
        return tr("%1 \u00b7 fair").arg(health);
    case HealthLevel::Poor:
        break;
    }
    return tr("%1 \u00b7 poor").arg(health);
}

QString SourcesModel::cadenceText(int cadenceDays)
{
    // Daily platform stats lag a day, so their cadence is two days; they are still daily data.
    if (cadenceDays <= 0)
        return {};
    if (cadenceDays <= 2)
        return tr("daily");
    if (cadenceDays == 7)
        return tr("weekly");
    if (cadenceDays >= 28 && cadenceDays <= 31)
        return tr("monthly");
    return tr("every %1 days").arg(cadenceDays);
}

QString SourcesModel::freshnessText(const SourceStatus& s)
{
    if (s.rows <= 0)
        return tr("no data yet");
    if (s.cadenceDays <= 0)
        return tr("reference data \u00b7 no refresh expected");
    if (s.ageDays < 0)
        return tr("no dated data");
    const QString age = s.ageDays == 0   ? tr("up to today")
                        : s.ageDays == 1 ? tr("1 day old")
                                         : tr("%1 days old").arg(s.ageDays);
    return tr("%1 \u00b7 expected %2").arg(age, cadenceText(s.cadenceDays));
}

QString SourcesModel::lastImportText(const QDateTime& utc)
{
    if (!utc.isValid())
        return tr("never");
    return utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

int SourcesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_sources.size());
}

int SourcesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SourcesModel::display(const SourceStatus& s, int column) const
{
    switch (column) {
    case TitleColumn:
        return s.title;
    case LastImportColumn:
        return lastImportText(s.lastImport);
    case LatestDayColumn:
        return s.latestDay.isValid() ? s.latestDay.toString(Qt::ISODate) : QStringLiteral("\u2014");
    case FreshnessColumn:
        return freshnessText(s);
    case HealthColumn:
        return healthText(s.health);
    case RowsColumn:
        return KpiFormat::locale().toString(s.rows);
    case QuarantinedColumn:
        return KpiFormat::locale().toString(s.quarantined);
    }
    return {};
}

QVariant SourcesModel::sortValue(const SourceStatus& s, int column) const
{
    switch (column) {
    case TitleColumn:
        return s.title;
    case LastImportColumn:
        return s.lastImport.isValid() ? s.lastImport.toMSecsSinceEpoch() : qint64(-1);
    case LatestDayColumn:
        return s.latestDay.isValid() ? s.latestDay.toJulianDay() : qint64(-1);
    case FreshnessColumn:
        // Freshest first; reference data never goes stale; sources without data last.
        if (s.rows <= 0)
            return std::numeric_limits<int>::max();
        if (s.cadenceDays <= 0)
            return 0;
        return s.ageDays < 0 ? std::numeric_limits<int>::max() - 1 : s.ageDays;
    case HealthColumn:
        return s.health;
    case RowsColumn:
        return s.rows;
    case QuarantinedColumn:
        return s.quarantined;
    }
    return {};
}

QVariant SourcesModel::toolTip(const SourceStatus& s, int column) const
{
    switch (column) {
    case TitleColumn:
        return tr("%1 (%2)").arg(s.title, s.id);
    case LastImportColumn:
        return s.lastImport.isValid() ? tr("Last imported %1 (local time)").arg(lastImportText(s.lastImport))
                                      : tr("Nothing has been imported from this source yet.");
    case FreshnessColumn:
    case HealthColumn:
        return tr("Health %1 of 100: %2").arg(s.health).arg(s.healthReason);
    case QuarantinedColumn:
        return s.quarantined > 0 ? tr("Rows set aside because they could not be read; the run log says why.")
                                 : tr("No rows set aside.");
    }
    return {};
}

QVariant SourcesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SourceStatus& s = m_sources.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(s, column);
    case Qt::ToolTipRole:
        return toolTip(s, column);
    case Qt::TextAlignmentRole:
        if (column == RowsColumn || column == QuarantinedColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (column == HealthColumn)
            return healthColor(s.health);
        if (column == QuarantinedColumn && s.quarantined > 0)
            return QColor(QLatin1String(theme::kWarning));
        if ((column == LastImportColumn && !s.lastImport.isValid()) ||
            (column == LatestDayColumn && !s.latestDay.isValid()))
            return QColor(QLatin1String(theme::kTextMuted));
        return {};
    case SourceIdRole:
        return s.id;
    case SortRole:
        return sortValue(s, column);
    case HealthRole:
        return s.health;
    case HealthLevelRole:
        return int(healthLevel(s.health));
    case HealthColorRole:
        return healthColor(s.health);
    case HealthReasonRole:
        return s.healthReason;
    case ProblemsRole:
        return s.problems;
    }
    return {};
}

QVariant SourcesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Source");
    case LastImportColumn:
        return tr("Last import");
    case LatestDayColumn:
        return tr("Latest day");
    case FreshnessColumn:
        return tr("Freshness");
    case HealthColumn:
        return tr("Health");
    case RowsColumn:
        return tr("Rows");
    case QuarantinedColumn:
        return tr("Quarantined");
    }
    return {};
}

QHash<int, QByteArray> SourcesModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SourceIdRole, "sourceId");
    names.insert(SortRole, "sortValue");
    names.insert(HealthRole, "health");
    names.insert(HealthLevelRole, "healthLevel");
    names.insert(HealthColorRole, "healthColor");
    names.insert(HealthReasonRole, "healthReason");
    names.insert(ProblemsRole, "problems");
    return names;
}

} // namespace bedrot
