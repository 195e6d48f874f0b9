// The artists of a workspace and every spelling (alias) that resolves to each, one row per alias,
// for the alias editor. Filled from DashboardData::artists; the editor changes the warehouse, and
// the next answer changes this model.
#pragma once

#include "domain/dashboarddata.h"

#include <QAbstractTableModel>
#include <QList>

namespace bedrot {

class ArtistAliasModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArtistAliasModel)

public:
    enum Column
    {
        AliasColumn,
        ArtistColumn,
        OriginColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        AliasRole = Qt::UserRole, // QString: the spelling
        ArtistRole,               // QString: the artist it resolves to
        OriginRole,               // int: Origin
    };
    Q_ENUM(Role)
    // Where a row comes from: the artist's own name, a spelling the importers found, or the user's choice.
    enum class Origin
    {
        Name,
        Found,
        User
    };
    Q_ENUM(Origin)

    explicit ArtistAliasModel(QObject* parent = nullptr);

    // Replaces the rows; a no-op when nothing changed, so a refresh during an import keeps the
    // user's selection.
    void setArtists(const QList<ArtistAliases>& artists);
    const QList<ArtistAliases>& artists() const { return m_artists; }
    QStringList artistNames() const;
    // The row of an alias (case-insensitive), or -1.
    int rowOf(const QString& alias) const;
    // The artist an alias resolves to (case-insensitive), or empty.
    QString artistOf(const QString& alias) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        QString alias;
        QString artist;
        Origin origin = Origin::Found;
        bool operator==(const Row&) const = default;
    };
    static QList<Row> rowsOf(const QList<ArtistAliases>& artists);

    QList<ArtistAliases> m_artists;
    QList<Row> m_rows;
};

} // namespace bedrot
