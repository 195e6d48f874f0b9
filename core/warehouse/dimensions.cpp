// Dimension lookups and creation for the single writer.
#include "dimensions.h"

#include "database.h"
#include "domain/artistname.h"
#include "sqlitestatement.h"

#include <QDateTime>

#include <functional>

namespace bedrot {

namespace {
std::string_view sv(QByteArrayView v)
{
    return std::string_view(v.data(), size_t(v.size()));
}
QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}
bool isDownloadStore(QByteArrayView name)
{
    return name.startsWith("iTunes Songs") || name.startsWith("iTunes Albums") ||
           name.indexOf(QByteArrayView("Download")) >= 0;
}
} // namespace

qint64 Dimensions::lastId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

bool Dimensions::step(SqliteStatement& s)
{
    if (s.step())
        return true;
    if (!m_error)
        m_error = Database::lastError(m_db);
    return false;
}

Result<void> Dimensions::takeError()
{
    if (!m_error)
        return {};
    const Error e = *m_error;
    m_error.reset();
    return e;
}

Result<void> Dimensions::load()
{
    m_stores.clear();
    m_artistByExact.clear();
    m_artistByFolded.clear();
    m_artistNames.clear();
    m_trackByIsrc.clear();
    m_releaseByUpc.clear();
    m_countries.clear();
    m_platforms.clear();
    auto each = [this](const char* sql, const std::function<void(SqliteStatement&)>& row) -> bool {
        SqliteStatement s;
        if (!s.prepare(m_db, sql))
            return false;
        while (s.row())
            row(s);
        return true;
    };
    const bool ok =
        each("SELECT name, id FROM store",
             [&](SqliteStatement& s) { m_stores.emplace(s.text(0).toStdString(), s.int64(1)); }) &&
        each("SELECT id, name FROM artist",
             [&](SqliteStatement& s) { m_artistNames.insert(s.int64(0), QString::fromUtf8(s.text(1))); }) &&
        each("SELECT alias, artist_id FROM artist_alias ORDER BY origin = 'user'",
             [&](SqliteStatement& s) {
                 // User aliases last, so they win over automatic ones with the same folded key.
                 m_artistByFolded.insert(foldArtistName(QString::fromUtf8(s.text(0))), s.int64(1));
             }) &&
        each("SELECT isrc, id FROM track WHERE isrc IS NOT NULL",
             [&](SqliteStatement& s) { m_trackByIsrc.emplace(s.text(0).toStdString(), s.int64(1)); }) &&
        each("SELECT upc, id FROM release",
             [&](SqliteStatement& s) { m_releaseByUpc.emplace(s.text(0).toStdString(), s.int64(1)); }) &&
        each("SELECT code FROM country",
             [&](SqliteStatement& s) { m_countries.emplace(s.text(0).toStdString(), 1); }) &&
        each("SELECT key, id FROM platform",
             [&](SqliteStatement& s) { m_platforms.insert(QString::fromUtf8(s.text(0)), s.int64(1)); });
    if (!ok)
        return Database::lastError(m_db);
    return {};
}

qint64 Dimensions::storeId(QByteArrayView name)
{
    if (auto it = m_stores.find(sv(name)); it != m_stores.end())
        return it->second;
    // Another distributor's spelling of a known store ("TIDAL" for "Tidal") maps to the same
    // platform, recorded under its own name.
    const QString lower = QString::fromUtf8(name).toLower();
    for (const auto& [known, knownId] : m_stores) {
        if (QString::fromStdString(known).toLower() != lower)
            continue;
        SqliteStatement same(m_db, "INSERT INTO store (name, platform_id, mapped, is_download) "
                                   "SELECT ?, platform_id, mapped, is_download FROM store WHERE id = ?");
        same.bind(1, name);
        same.bind(2, knownId);
        step(same);
        const qint64 id = lastId();
        m_stores.emplace(std::string(sv(name)), id);
        return id;
    }
    // Never a silent default: an unknown store becomes its own platform, flagged unmapped.
    const bool download = isDownloadStore(name);
    const QByteArray platformKey = QByteArray("store:").append(name);
    SqliteStatement p(m_db, "INSERT OR IGNORE INTO platform (key, name, kind, reference_rate_nanos, mapped) "
                            "VALUES (?, ?, ?, NULL, 0)");
    p.bind(1, QByteArrayView(platformKey));
    p.bind(2, name);
    p.bind(3, QByteArrayView(download ? "download" : "streaming"));
    step(p);
    const qint64 platform = platformId(QString::fromUtf8(platformKey));
    SqliteStatement s(m_db, "INSERT INTO store (name, platform_id, mapped, is_download) VALUES (?, ?, 0, ?)");
    s.bind(1, name);
    s.bind(2, platform);
    s.bind(3, qint64(download ? 1 : 0));
    step(s);
    const qint64 id = lastId();
    m_stores.emplace(std::string(sv(name)), id);
    m_warnings << QStringLiteral(
                      "store '%1' is not a known store: it is shown as its own platform, flagged unmapped")
                      .arg(QString::fromUtf8(name));
    return id;
}

qint64 Dimensions::findArtist(const QString& name) const
{
    return m_artistByFolded.value(foldArtistName(name), 0);
}

qint64 Dimensions::artistId(QByteArrayView name)
{
    if (auto it = m_artistByExact.find(sv(name)); it != m_artistByExact.end())
        return it->second;
    const QString text = QString::fromUtf8(name);
    const QString folded = foldArtistName(text);
    qint64 id = m_artistByFolded.value(folded, 0);
    if (id == 0) {
        // An unknown name creates an artist, never a silent merge.
        SqliteStatement a(m_db, "INSERT INTO artist (name, created_at) VALUES (?, ?)");
        a.bind(1, name);
        a.bind(2, nowIso());
        if (a.step()) {
            id = lastId();
        } else {
            SqliteStatement q(m_db,
                              "SELECT id FROM artist WHERE name = ?"); // the name exists in another case
            q.bind(1, name);
            if (q.row())
                id = q.int64(0);
        }
        m_artistNames.insert(id, text);
        m_artistByFolded.insert(folded, id);
    } else if (m_artistNames.value(id) != text) {
        m_warnings << QStringLiteral(
                          "artist '%1' is read as '%2' (same name written differently; see bedrot alias)")
                          .arg(text, m_artistNames.value(id));
    }
    // Every spelling seen becomes an alias the user can see and re-point.
    SqliteStatement al(m_db,
                       "INSERT OR IGNORE INTO artist_alias (alias, artist_id, origin) VALUES (?, ?, 'auto')");
    al.bind(1, name);
    al.bind(2, id);
    step(al);
    m_artistByExact.emplace(std::string(sv(name)), id);
    return id;
}

qint64 Dimensions::findArtistByName(const QString& name) const
{
    const QString folded = foldArtistName(name);
    for (auto it = m_artistNames.constBegin(); it != m_artistNames.constEnd(); ++it)
        if (foldArtistName(it.value()) == folded)
            return it.key();
    return 0;
}

Result<void> Dimensions::setAlias(const QString& alias, const QString& artistName, const QString& origin)
{
    // The alias being re-pointed cannot name its own target: "alias set X X" after X was merged
    // away means X again, not whatever X points at now.
    qint64 target = findArtistByName(artistName);
    if (target == 0 && foldArtistName(artistName) != foldArtistName(alias))
        target = findArtist(artistName);
    if (target == 0) {
        SqliteStatement a(m_db, "INSERT INTO artist (name, created_at) VALUES (?, ?)");
        a.bind(1, artistName);
        a.bind(2, nowIso());
        if (!a.step())
            return Database::lastError(m_db);
        target = lastId();
        // A new artist's own name is its alias, as for an artist an import creates.
        SqliteStatement own(
            m_db, "INSERT OR IGNORE INTO artist_alias (alias, artist_id, origin) VALUES (?, ?, 'auto')");
        own.bind(1, artistName);
        own.bind(2, target);
        if (!own.step())
            return Database::lastError(m_db);
    }
    SqliteStatement s(
        m_db, "INSERT INTO artist_alias (alias, artist_id, origin) VALUES (?, ?, ?) "
              "ON CONFLICT(alias) DO UPDATE SET artist_id = excluded.artist_id, origin = excluded.origin");
    s.bind(1, alias);
    s.bind(2, target);
    s.bind(3, origin);
    if (!s.step())
        return Database::lastError(m_db);
    return load();
}

Result<void> Dimensions::detachArtists(const QList<qint64>& artists)
{
    for (const char* table : {"track", "release"}) {
        QSet<qint64>& detached = QByteArrayView(table) == "track" ? m_detachedTracks : m_detachedReleases;
        const QByteArray select = QByteArray("SELECT id FROM ") + table + " WHERE artist_id = ?";
        const QByteArray clear = QByteArray("UPDATE ") + table + " SET artist_id = NULL WHERE artist_id = ?";
        for (qint64 artist : artists) {
            SqliteStatement ids(m_db, select.constData());
            ids.bind(1, artist);
            while (ids.row())
                detached.insert(ids.int64(0));
            SqliteStatement update(m_db, clear.constData());
            update.bind(1, artist);
            if (!update.step())
                return Database::lastError(m_db);
        }
    }
    return {};
}

void Dimensions::clearDetached()
{
    m_detachedTracks.clear();
    m_detachedReleases.clear();
}

void Dimensions::claim(const char* table, QSet<qint64>& detached, qint64 id, qint64 artist)
{
    if (artist == 0 || !detached.remove(id))
        return;
    const QByteArray sql = QByteArray("UPDATE ") + table + " SET artist_id = ? WHERE id = ?";
    SqliteStatement s(m_db, sql.constData());
    s.bind(1, artist);
    s.bind(2, id);
    step(s);
}

qint64 Dimensions::releaseId(QByteArrayView upc, QByteArrayView title, qint64 artist, bool isAlbum)
{
    if (upc.isEmpty())
        return 0;
    if (auto it = m_releaseByUpc.find(sv(upc)); it != m_releaseByUpc.end()) {
        if (!m_detachedReleases.isEmpty())
            claim("release", m_detachedReleases, it->second, artist);
        return it->second;
    }
    SqliteStatement s(m_db, "INSERT INTO release (upc, title, artist_id) VALUES (?, ?, ?)");
    s.bind(1, upc);
    isAlbum ? s.bind(2, title) : s.bindNull(2);
    s.bindOptional(3, artist);
    step(s);
    const qint64 id = lastId();
    m_releaseByUpc.emplace(std::string(sv(upc)), id);
    return id;
}

qint64 Dimensions::trackId(QByteArrayView isrc, QByteArrayView title, qint64 artist, qint64 release)
{
    if (isrc.isEmpty())
        return 0;
    if (auto it = m_trackByIsrc.find(sv(isrc)); it != m_trackByIsrc.end()) {
        if (!m_detachedTracks.isEmpty())
            claim("track", m_detachedTracks, it->second, artist);
        return it->second;
    }
    SqliteStatement s(m_db, "INSERT INTO track (isrc, title, artist_id, release_id) VALUES (?, ?, ?, ?)");
    s.bind(1, isrc);
    s.bind(2, title);
    s.bindOptional(3, artist);
    s.bindOptional(4, release);
    step(s);
    const qint64 id = lastId();
    m_trackByIsrc.emplace(std::string(sv(isrc)), id);
    return id;
}

qint64 Dimensions::findTrack(QByteArrayView isrc) const
{
    if (auto it = m_trackByIsrc.find(sv(isrc)); it != m_trackByIsrc.end())
        return it->second;
    return 0;
}

qint64 Dimensions::trackArtist(QByteArrayView isrc)
{
    const qint64 track = findTrack(isrc);
    if (track == 0)
        return 0;
    SqliteStatement s(m_db, "SELECT artist_id FROM track WHERE id = ?");
    s.bind(1, track);
    return s.row() ? s.int64(0) : 0;
}

qint64 Dimensions::trackByTitle(qint64 artist, const QString& title)
{
    if (artist == 0 || title.trimmed().isEmpty())
        return 0;
    SqliteStatement s(m_db, "SELECT id, title FROM track WHERE artist_id = ?");
    s.bind(1, artist);
    const QString wanted = title.trimmed().toCaseFolded();
    qint64 found = 0;
    while (s.row()) {
        if (QString::fromUtf8(s.text(1)).trimmed().toCaseFolded() != wanted)
            continue;
        if (found != 0)
            return 0; // two tracks share the title: a title alone cannot say which
        found = s.int64(0);
    }
    return found;
}

qint64 Dimensions::platformId(const QString& key)
{
    if (auto it = m_platforms.constFind(key); it != m_platforms.constEnd())
        return it.value();
    SqliteStatement p(
        m_db, "INSERT OR IGNORE INTO platform (key, name, kind, mapped) VALUES (?, ?, 'streaming', 1)");
    p.bind(1, key);
    p.bind(2, key);
    step(p);
    SqliteStatement q(m_db, "SELECT id FROM platform WHERE key = ?");
    q.bind(1, key);
    const qint64 id = q.row() ? q.int64(0) : 0;
    m_platforms.insert(key, id);
    return id;
}

void Dimensions::country(QByteArrayView code)
{
    if (code.isEmpty() || m_countries.count(sv(code)) > 0)
        return;
    SqliteStatement s(m_db, "INSERT OR IGNORE INTO country (code) VALUES (?)");
    s.bind(1, code);
    step(s);
    m_countries.emplace(std::string(sv(code)), 1);
}

QList<QPair<QString, qint64>> Dimensions::aliases() const
{
    QList<QPair<QString, qint64>> out;
    SqliteStatement s(m_db, "SELECT alias, artist_id FROM artist_alias");
    while (s.row())
        out.append({QString::fromUtf8(s.text(0)), s.int64(1)});
    for (auto it = m_artistNames.constBegin(); it != m_artistNames.constEnd(); ++it)
        out.append({it.value(), it.key()});
    return out;
}

QString Dimensions::artistName(qint64 id) const
{
    return m_artistNames.value(id);
}

QStringList Dimensions::takeWarnings()
{
    return std::exchange(m_warnings, {});
}

} // namespace bedrot
