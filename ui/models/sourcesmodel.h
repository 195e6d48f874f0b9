// Every source's freshness and health, one row per source, for the sources panel. Filled from
// DashboardData::sources; an answer with the same sources updates the rows in place.
#pragma once

#include "domain/insightvalues.h"

#include <QAbstractTableModel>
#include <QList>

class QColor;

namespace bedrot {

class SourcesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourcesModel)

public:
    // Health and freshness first: in a narrow dock they are what must stay in view.
    enum Column
    {
        TitleColumn,
        HealthColumn,
        FreshnessColumn,
        LastImportColumn,
        LatestDayColumn,
        RowsColumn,
        QuarantinedColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        SourceIdRole = Qt::UserRole, // QString
        SortRole,                    // the raw value of the cell: a number, or text for the title
        HealthRole,                  // int 0–100
        HealthLevelRole,             // int: HealthLevel
        HealthColorRole,             // QColor of the level (theme colours)
        HealthReasonRole,            // QString, one sentence
        ProblemsRole,                // QStringList: messages of failed, rejected or partial imports
    };
    Q_ENUM(Role)
    enum class HealthLevel
    {
        Good,
        Fair,
        Poor
    };
    Q_ENUM(HealthLevel)

    explicit SourcesModel(QObject* parent = nullptr);

    // Replaces the rows. With the same source ids in the same order the rows change in place
    // (dataChanged), so selection and sorting survive a refresh.
    void setSources(const QList<SourceStatus>& sources);
    const QList<SourceStatus>& sources() const { return m_sources; }
    // The row of a source id, or -1.
    int rowOf(const QString& id) const;

    // Green at 80 and above, amber at 50 and above, red below.
    static HealthLevel healthLevel(int health);
    static QColor healthColor(int health);
    // "85 · good"
    static QString healthText(int health);
    // "3 days old · expected daily"; "no data yet"; "reference data · no refresh expected".
    static QString freshnessText(const SourceStatus& s);
    // "daily", "weekly", "monthly", "every 10 days"; empty for no cadence.
    static QString cadenceText(int cadenceDays);
    // The local date and time, or "never".
    static QString lastImportText(const QDateTime& utc);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QVariant display(const SourceStatus& s, int column) const;
    QVariant sortValue(const SourceStatus& s, int column) const;
    QVariant toolTip(const SourceStatus& s, int column) const;

    QList<SourceStatus> m_sources;
};

} // namespace bedrot
