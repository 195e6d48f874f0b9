// The writer's view of the dimension tables (artists and their aliases, stores, platforms, tracks,
// releases, countries): name → id caches over the write connection, creating rows on first sight.
// Lookups take views and allocate nothing on the hot path of a million-line statement.
#pragma once

#include "domain/result.h"

#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

struct sqlite3;

namespace bedrot {

class SqliteStatement;

class Dimensions
{
public:
    explicit Dimensions(sqlite3* db) : m_db(db) {}

    // (Re)loads every cache from the tables, e.g. after a rolled-back transaction.
    Result<void> load();
    // The first SQL failure of a lookup since the last call (lookups return ids on the hot path;
    // the writers check this once per batch, before they commit).
    Result<void> takeError();

    // The store as the statement writes it; an unknown store becomes its own unmapped platform.
    qint64 storeId(QByteArrayView name);
    // The artist a name or alias stands for (folded comparison, see foldArtistName); an unknown
    // name creates an artist and records itself as its alias.
    qint64 artistId(QByteArrayView name);
    // The artist for a name, or 0 when no artist or alias matches it.
    qint64 findArtist(const QString& name) const;
    qint64 releaseId(QByteArrayView upc, QByteArrayView title, qint64 artist, bool isAlbum);
    qint64 trackId(QByteArrayView isrc, QByteArrayView title, qint64 artist, qint64 release);
    // The track with this ISRC, or 0.
    qint64 findTrack(QByteArrayView isrc) const;
    // The artist of the track with this ISRC, or 0.
    qint64 trackArtist(QByteArrayView isrc);
    // The only track of the artist with this title (case-insensitive), or 0 when none or several.
    qint64 trackByTitle(qint64 artist, const QString& title);
    qint64 platformId(const QString& key);
    void country(QByteArrayView code);
    // The artist whose own name is this one (folded comparison), or 0.
    qint64 findArtistByName(const QString& name) const;
    // Points an alias at an artist (user's choice): the artist named `artistName`, else the one an
    // alias other than `alias` itself names, else a new artist of that name.
    Result<void> setAlias(const QString& alias, const QString& artistName, const QString& origin);

    // Takes these artists off their tracks and releases until a row claims them again: the first
    // trackId()/releaseId() that sees one gives it its artist, as a first import would.
    Result<void> detachArtists(const QList<qint64>& artists);
    // The catalog's word on a track settles it: no later row claims it.
    void attachTrack(qint64 track) { m_detachedTracks.remove(track); }
    // Detached tracks and releases nothing claimed: the caller gives up on them (their artist stays none).
    void clearDetached();

    // (alias, artist id) pairs, for finding an artist's name inside a file name.
    QList<QPair<QString, qint64>> aliases() const;
    QString artistName(qint64 id) const;

    // Notes for the user collected since the last call (unmapped stores, alias matches).
    QStringList takeWarnings();

private:
    struct ViewHash
    {
        using is_transparent = void;
        size_t operator()(std::string_view v) const { return std::hash<std::string_view>()(v); }
    };
    using IdCache = std::unordered_map<std::string, qint64, ViewHash, std::equal_to<>>;

    qint64 lastId() const;
    // Steps a statement; a failure is kept for takeError().
    bool step(SqliteStatement& s);
    void claim(const char* table, QSet<qint64>& detached, qint64 id, qint64 artist);

    sqlite3* m_db;
    IdCache m_stores;
    IdCache m_artistByExact;                 // raw bytes as seen → id
    QHash<QString, qint64> m_artistByFolded; // folded alias → id
    QHash<qint64, QString> m_artistNames;
    IdCache m_trackByIsrc;
    IdCache m_releaseByUpc;
    IdCache m_countries;
    QHash<QString, qint64> m_platforms;
    QStringList m_warnings;
    QSet<qint64> m_detachedTracks, m_detachedReleases;
    std::optional<Error> m_error;
};

} // namespace bedrot
