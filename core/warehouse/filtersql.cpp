// Filter clauses for the read side.
#include "filtersql.h"

#include "domain/artistname.h"
#include "logging.h"
#include "warehouse/statementrollups.h"

#include <QHash>
#include <QSqlError>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <span>
#include <tuple>

namespace bedrot::filtersql {

QString month(QDate d)
{
    return d.toString(QStringLiteral("yyyy-MM"));
}
QString day(QDate d)
{
    return d.toString(Qt::ISODate);
}
QDate dateOf(const QVariant& v)
{
    return QDate::fromString(v.toString().left(10), Qt::ISODate);
}

QString normalisedIsrc(QString isrc)
{
    isrc.remove(u'-');
    return isrc.trimmed().toUpper();
}

Filter withArtistResolved(const Runner& r, Filter f)
{
    // SQLite's NOCASE folds ASCII only, and "zone.a0" is "ZONE A0": find the alias or name that
    // matches under foldArtistName and let the SQL match that exactly.
    const QString wanted = foldArtistName(f.artist.trimmed());
    if (wanted.isEmpty())
        return f;
    QSqlQuery q =
        r.run(QStringLiteral("SELECT alias FROM artist_alias UNION ALL SELECT name FROM artist"), {});
    while (q.next()) {
        const QString name = q.value(0).toString();
        if (foldArtistName(name) == wanted) {
            f.artist = name;
            break;
        }
    }
    return f;
}

void addArtist(Sql& sql, const Filter& f, const QString& column)
{
    if (f.artist.isEmpty())
        return;
    sql.add(column + QStringLiteral(" IN (SELECT artist_id FROM artist_alias WHERE alias = ? UNION SELECT id "
                                    "FROM artist WHERE name = ?)"),
            {f.artist.trimmed(), f.artist.trimmed()});
}

void addTrack(Sql& sql, const Filter& f, const QString& column)
{
    if (f.track.isEmpty())
        return;
    sql.add(column + QStringLiteral(" IN (SELECT id FROM track WHERE isrc = ?)"), {normalisedIsrc(f.track)});
}

void addPlatform(Sql& sql, const Filter& f, const QString& column)
{
    if (f.platform.isEmpty())
        return;
    const QString p = f.platform.trimmed().toLower();
    sql.add(column + QStringLiteral(" IN (SELECT id FROM platform WHERE lower(key) = ? OR lower(name) = ?)"),
            {p, p});
}

void addCountryAndDelay(Sql& sql, const Filter& f)
{
    if (!f.country.isEmpty())
        sql.add(QStringLiteral("l.country = ?"), {f.country});
    if (f.delayMonths)
        sql.add(monthNumberSql(QStringLiteral("l.reporting_date")) + QStringLiteral(" - ") +
                    monthNumberSql(QStringLiteral("l.sale_month")) + QStringLiteral(" = ?"),
                {*f.delayMonths});
}

bool platformAllows(const Filter& f, const QStringList& names)
{
    return f.platform.isEmpty() || names.contains(f.platform.trimmed().toLower());
}

Sql dayRange(const QString& column, const Filter& f)
{
    Sql sql;
    sql.where = column + QStringLiteral(" BETWEEN ? AND ?");
    sql.binds = {day(f.from), day(f.to)};
    return sql;
}

Sql statementsByUsage(const Filter& f)
{
    Sql sql;
    sql.where = QStringLiteral("l.sale_month BETWEEN ? AND ?");
    sql.binds = {month(f.from), month(f.to)};
    addArtist(sql, f, QStringLiteral("l.artist_id"));
    addTrack(sql, f, QStringLiteral("l.track_id"));
    if (!f.platform.isEmpty()) {
        const QString p = f.platform.trimmed().toLower();
        sql.add(
            QStringLiteral("l.store_id IN (SELECT s.id FROM store s JOIN platform p ON p.id = s.platform_id "
                           "WHERE lower(p.key) = ? OR lower(p.name) = ? OR lower(s.name) = ?)"),
            {p, p, p});
    }
    return sql;
}

Sql statementsByReporting(const Filter& f)
{
    Sql sql = statementsByUsage(f);
    sql.where.replace(QStringLiteral("l.sale_month BETWEEN ? AND ?"),
                      QStringLiteral("l.reporting_date BETWEEN ? AND ?"));
    sql.binds[0] = day(f.from);
    sql.binds[1] = day(f.to);
    return sql;
}

QString monthNumberSql(const QString& column)
{
    return QStringLiteral("(CAST(substr(%1, 1, 4) AS INTEGER) * 12 + CAST(substr(%1, 6, 2) AS INTEGER))")
        .arg(column);
}

StatementSource statementSource(const Runner& r, const Filter& f, unsigned columns, bool byReportingDate)
{
    using namespace rollups;
    unsigned needed = columns | SaleMonth;
    if (byReportingDate)
        needed |= ReportingDate;
    if (!f.artist.isEmpty())
        needed |= Artist;
    if (!f.track.isEmpty())
        needed |= Track;
    if (!f.platform.isEmpty())
        needed |= Store;
    // Smallest first; each of these narrows to a range by its key's first column (see 0004). A
    // track filter reads the rollup keyed by track first, which would be read whole without one.
    static const char* const byTrack[] = {"statement_rollup"};
    static const char* const bySize[] = {"statement_rollup_month",
                                         "statement_rollup_store",
                                         "statement_rollup_track",
                                         "statement_rollup_country_month",
                                         "statement_rollup_country_artist",
                                         "statement_rollup_country_store",
                                         "statement_rollup"};
    const std::span<const char* const> candidates = !r.rollupsCurrent() ? std::span<const char* const>()
                                                    : f.track.isEmpty()
                                                        ? std::span<const char* const>(bySize)
                                                        : std::span<const char* const>(byTrack);
    for (const char* name : candidates) {
        for (const Table& t : kTables) {
            if (qstrcmp(t.name, name) != 0 || (t.columns() & needed) != needed)
                continue;
            return {QLatin1String(name) + QStringLiteral(" l"),
                    t.hasLastReportingDate() ? QStringLiteral("MAX(l.last_reporting_date)")
                                             : QStringLiteral("MAX(l.reporting_date)")};
        }
    }
    // No rollup keeps the country with a track, or with the store and the artist (a by-country
    // query under a track filter, or a platform and an artist filter): such rollups are nearly as
    // large as the lines and would double the cost of an import. Then, and while the rollups are not
    // current, the lines themselves answer, each a rollup row of one.
    return {
        QStringLiteral(
            "(SELECT sale_month, reporting_date, store_id, artist_id, COALESCE(track_id, 0) AS track_id, "
            "COALESCE(country, '') AS country, 1 AS lines, quantity, earnings_nanos FROM statement_line) l"),
        QStringLiteral("MAX(l.reporting_date)"), true};
}

Sql dailyStreams(const Filter& f)
{
    Sql sql = dayRange(QStringLiteral("d.day"), f);
    addArtist(sql, f, QStringLiteral("d.artist_id"));
    addTrack(sql, f, QStringLiteral("d.track_id"));
    if (!f.platform.isEmpty()) {
        const QString p = f.platform.trimmed().toLower();
        sql.add(
            QStringLiteral(
                "d.platform_id IN (SELECT p.id FROM platform p WHERE lower(p.key) = ? OR lower(p.name) = ? "
                "OR p.id IN (SELECT platform_id FROM store WHERE lower(name) = ?))"),
            {p, p, p});
    }
    return sql;
}

void Runner::readStreams(const Filter& f) const
{
    // The platforms apart (a few rows) rather than joined to every stream row, and the cells put in
    // day order here rather than by a second sort in SQLite: a third less time than the joined query.
    // A row whose platform row is missing keeps a null key: the distributor series and the alerts do
    // not join platform, the platform-keyed sums skip it as their join would.
    QHash<qint64, std::pair<QString, qint64>> platforms;
    QSqlQuery p = run(QStringLiteral("SELECT id, key, COALESCE(reference_rate_nanos, %1) FROM platform")
                          .arg(kOtherRateNanos),
                      {});
    while (p.next())
        platforms.insert(p.value(0).toLongLong(), {p.value(1).toString(), p.value(2).toLongLong()});
    const Sql sql = dailyStreams(f);
    QSqlQuery q = run(QStringLiteral("SELECT d.day, d.platform_id, d.distributor, COUNT(*), SUM(d.streams) "
                                     "FROM daily_stream d WHERE ") +
                          sql.where + QStringLiteral(" GROUP BY d.day, d.platform_id, d.distributor"),
                      sql.binds);
    auto cube = std::make_shared<StreamCube>();
    cube->scope = f;
    while (q.next()) {
        const auto platform = platforms.constFind(q.value(1).toLongLong());
        StreamCell c{q.value(0).toString(),   QString(),      q.value(2).toString(), q.value(3).toLongLong(),
                     q.value(4).toLongLong(), kOtherRateNanos};
        if (platform != platforms.constEnd())
            std::tie(c.platformKey, c.rateNanos) = *platform;
        cube->cells << std::move(c);
    }
    std::stable_sort(cube->cells.begin(), cube->cells.end(),
                     [](const StreamCell& a, const StreamCell& b) { return a.day < b.day; });
    m_streams = std::move(cube);
}

std::shared_ptr<const StreamCube> Runner::streams(const Filter& f) const
{
    if (!m_streams || !m_streams->covers(f))
        readStreams(f);
    return m_streams;
}

QList<DailyPoint> streamSeries(const StreamCube& cube, const Filter& f, const QString& platformKey,
                               const QString& distributor)
{
    const QString from = day(f.from), to = day(f.to);
    QList<DailyPoint> out;
    QString current;
    qint64 sum = 0;
    bool any = false;
    const auto flush = [&] {
        if (!any)
            return;
        // As dailySeries: a day that does not parse is left out.
        if (const QDate d = dateOf(current); d.isValid())
            out << DailyPoint{d, double(sum)};
    };
    for (const StreamCell& c : cube.cells) {
        if (c.day < from || c.day > to)
            continue;
        if (!platformKey.isEmpty() && c.platformKey != platformKey)
            continue;
        if (!distributor.isEmpty() && c.distributor != distributor)
            continue;
        if (!any || c.day != current) {
            flush();
            current = c.day;
            sum = 0;
            any = true;
        }
        sum += c.streams;
    }
    flush();
    return out;
}

QList<TrackSum> Runner::trackSums(const Filter& f) const
{
    for (const auto& [scope, sums] : m_trackSums)
        if (scope == f)
            return sums;
    // Grouped first, then joined: a track and catalog lookup per track rather than per rollup row.
    // track.isrc is unique, catalog_split has one row per track: the joins add no rows.
    const Sql sql = statementsByUsage(f);
    const StatementSource src = statementSource(*this, f, rollups::Track);
    QSqlQuery q = run(
        QStringLiteral(
            "SELECT s.track_id, t.isrc, t.title, s.total, s.last, cs.royalty_percentage FROM "
            "(SELECT l.track_id, SUM(l.earnings_nanos) AS total, %1 AS last FROM %2 WHERE %3 GROUP BY "
            "l.track_id) s "
            "LEFT JOIN track t ON t.id = s.track_id LEFT JOIN catalog_split cs ON cs.track_id = s.track_id")
            .arg(src.lastReported, src.from, sql.where),
        sql.binds);
    QList<TrackSum> sums;
    while (q.next())
        sums << TrackSum{q.value(0).toLongLong(), !q.value(1).isNull(),    q.value(1).toString(),
                         q.value(2).toString(),   q.value(3).toLongLong(), q.value(4).toString(),
                         !q.value(5).isNull(),    q.value(5).toString()};
    m_trackSums.append({f, sums});
    return sums;
}

void Runner::readCountries(const Filter& f, bool byMonth) const
{
    const Sql sql = statementsByUsage(f);
    const StatementSource src = statementSource(*this, f, rollups::Country);
    QSqlQuery q =
        run(QStringLiteral("SELECT %1, l.country, SUM(l.earnings_nanos), %2 FROM %3 WHERE %4 GROUP BY 1, 2")
                .arg(byMonth ? QStringLiteral("l.sale_month") : QStringLiteral("''"), src.lastReported,
                     src.from, sql.where),
            sql.binds);
    auto cube = std::make_shared<CountryCube>();
    cube->scope = f;
    cube->byMonth = byMonth;
    while (q.next())
        cube->cells << CountryCell{q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                                   q.value(3).toString()};
    m_countries.prepend(std::move(cube));
}

std::shared_ptr<const CountryCube> Runner::countries(const Filter& f) const
{
    if (m_countriesDeferred)
        return std::make_shared<const CountryCube>();
    for (const std::shared_ptr<const CountryCube>& cube : std::as_const(m_countries))
        if (cube->covers(f))
            return cube;
    readCountries(f, false);
    return m_countries.constFirst();
}

QList<CountryTotal> countryTotals(const CountryCube& cube, const Filter& f)
{
    // As "WHERE l.sale_month BETWEEN month(from) AND month(to) … GROUP BY l.country".
    const QString from = month(f.from), to = month(f.to);
    QList<CountryTotal> out;
    QHash<QString, qsizetype> at;
    for (const CountryCell& c : cube.cells) {
        if (cube.byMonth && (c.month < from || c.month > to))
            continue;
        auto i = at.constFind(c.country);
        if (i == at.constEnd()) {
            i = at.insert(c.country, out.size());
            out << CountryTotal{c.country, 0, c.lastReported};
        }
        CountryTotal& t = out[*i];
        t.earningsNanos += c.earningsNanos;
        t.lastReported = std::max(t.lastReported, c.lastReported);
    }
    return out;
}

int compareNoCase(const QString& a, const QString& b)
{
    const QByteArray x = a.toUtf8(), y = b.toUtf8();
    const auto folded = [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u >= 'A' && u <= 'Z' ? u + ('a' - 'A') : u;
    };
    for (qsizetype i = 0, n = std::min(x.size(), y.size()); i < n; ++i)
        if (const int d = int(folded(x.at(i))) - int(folded(y.at(i))); d != 0)
            return d;
    return x.size() < y.size() ? -1 : x.size() > y.size() ? 1 : 0;
}

int compareBinary(const QString& a, const QString& b)
{
    const QByteArray x = a.toUtf8(), y = b.toUtf8();
    return x < y ? -1 : y < x ? 1 : 0;
}

bool Runner::rollupsCurrent() const
{
    if (!m_rollupsCurrent) {
        QSqlQuery q = run(
            QStringLiteral(
                "SELECT last_line_id = COALESCE((SELECT MAX(id) FROM statement_line), 0) FROM rollup_state"),
            {});
        m_rollupsCurrent = q.next() && q.value(0).toBool();
    }
    return *m_rollupsCurrent;
}

QList<DailyPoint> dailySeries(const Runner& r, const QString& sql, const QVariantList& binds, double divisor)
{
    QList<DailyPoint> out;
    QSqlQuery q = r.run(sql, binds);
    while (q.next()) {
        const QVariant v = q.value(1);
        if (v.isNull())
            continue;
        const QDate d = dateOf(q.value(0));
        // An integer divided, not multiplied by 1e-9: the double nearest the decimal amount, as
        // "30.00" parses. Ratios computed in SQL arrive as doubles.
        const double value = v.typeId() == QMetaType::Double ? v.toDouble() : double(v.toLongLong());
        if (d.isValid())
            out << DailyPoint{d, value / divisor};
    }
    return out;
}

QSqlQuery Runner::run(const QString& sql, const QVariantList& binds) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        noteError(fail(q.lastError().text() + QStringLiteral(" in: ") + sql));
        return q;
    }
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (!q.exec())
        noteError(fail(q.lastError().text() + QStringLiteral(" in: ") + sql));
    return q;
}

void Runner::noteError(const Error& error) const
{
    qCWarning(lcWarehouse) << "read failed:" << error.message;
    if (!m_error)
        m_error = error;
}

} // namespace bedrot::filtersql
