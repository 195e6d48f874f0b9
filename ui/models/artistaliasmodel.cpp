// Artist/alias rows: each artist's own name first, then its aliases, artists in the answer's order.
#include "artistaliasmodel.h"

#include <QFont>

namespace bedrot {

ArtistAliasModel::ArtistAliasModel(QObject* parent) : QAbstractTableModel(parent) {}

QList<ArtistAliasModel::Row> ArtistAliasModel::rowsOf(const QList<ArtistAliases>& artists)
{
    QList<Row> rows;
    for (const ArtistAliases& a : artists) {
        rows << Row{a.name, a.name, Origin::Name};
        for (const QString& alias : a.aliases)
            rows << Row{alias, a.name, a.userAliases.contains(alias) ? Origin::User : Origin::Found};
    }
    return rows;
}

void ArtistAliasModel::setArtists(const QList<ArtistAliases>& artists)
{
    QList<Row> rows = rowsOf(artists);
    if (rows == m_rows) {
        m_artists = artists;
        return;
    }
    beginResetModel();
    m_artists = artists;
    m_rows = std::move(rows);
    endResetModel();
}

QStringList ArtistAliasModel::artistNames() const
{
    QStringList out;
    for (const ArtistAliases& a : m_artists)
        out << a.name;
    return out;
}

int ArtistAliasModel::rowOf(const QString& alias) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).alias.compare(alias.trimmed(), Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

QString ArtistAliasModel::artistOf(const QString& alias) const
{
    const int row = rowOf(alias);
    return row < 0 ? QString() : m_rows.at(row).artist;
}

int ArtistAliasModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ArtistAliasModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArtistAliasModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case AliasColumn:
            return row.alias;
        case ArtistColumn:
            return row.artist;
        case OriginColumn:
            switch (row.origin) {
            case Origin::Name:
                return tr("artist's name");
            case Origin::Found:
                return tr("found in your exports");
            case Origin::User:
                return tr("set by you");
            }
        }
        return {};
    case Qt::FontRole:
        if (row.origin == Origin::Name && index.column() != OriginColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case AliasRole:
        return row.alias;
    case ArtistRole:
        return row.artist;
    case OriginRole:
        return int(row.origin);
    }
    return {};
}

QVariant ArtistAliasModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AliasColumn:
        return tr("Alias");
    case ArtistColumn:
        return tr("Artist");
    case OriginColumn:
        return tr("Origin");
    }
    return {};
}

QHash<int, QByteArray> ArtistAliasModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(AliasRole, "alias");
    names.insert(ArtistRole, "artist");
    names.insert(OriginRole, "origin");
    return names;
}

} // namespace bedrot
