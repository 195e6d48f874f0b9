// SQL for a Filter on each fact table: WHERE clauses with their bound values, shared by every
// read-side query so that a card, its chart and its drill-down select exactly the same rows.
#pragma once

#include "domain/dashboarddata.h"
#include "domain/filter.h"
#include "domain/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <memory>
#include <optional>

namespace bedrot::filtersql {

struct Sql
{
    QString where;
    QVariantList binds;
    void add(const QString& clause, const QVariantList& values)
    {
        where += QStringLiteral(" AND ") + clause;
        binds += values;
    }
};

QString month(QDate d);
QString day(QDate d);
QDate dateOf(const QVariant& v);
QString normalisedIsrc(QString isrc);

class Runner;

// The typed artist replaced by the alias or name it equals under folded comparison.
Filter withArtistResolved(const Runner& r, Filter f);

// statement_line l by usage month / by reporting day, with artist, track and platform.
Sql statementsByUsage(const Filter& f);
Sql statementsByReporting(const Filter& f);
// Months since year 0 of a "YYYY-MM…" text, as SQL: reporting month minus usage month is a delay.
QString monthNumberSql(const QString& column);
// daily_stream d by day, with artist, track and platform.
Sql dailyStreams(const Filter& f);
// Any table's day column in range.
Sql dayRange(const QString& column, const Filter& f);
void addArtist(Sql& sql, const Filter& f, const QString& column);
void addTrack(Sql& sql, const Filter& f, const QString& column);
void addPlatform(Sql& sql, const Filter& f, const QString& column);
// The drill-down of a country bar or a payment-delay bar (Filter::country, delayMonths): the
// statement lines l behind that bar only.
void addCountryAndDelay(Sql& sql, const Filter& f);
// A KPI of one fixed platform survives a platform filter only when the filter names it.
bool platformAllows(const Filter& f, const QStringList& names);

// KPIS.md "other" reference rate, USD per stream, in nano-units: platforms without their own.
constexpr qint64 kOtherRateNanos = 2486000;

// daily_stream under one filter's artist, track and platform, summed by day, platform and
// distributor: a few thousand cells for years of data. Every stream KPI, series and expected
// revenue of an answer (its range, the previous ones, the last full month) is a sum over these
// cells, so an answer reads the table once instead of a dozen times.
struct StreamCell
{
    QString day;         // as stored, compared as text as the SQL's BETWEEN compares it
    QString platformKey; // null when the platform row is missing: a query joining platform drops it
    QString distributor;
    qint64 rows = 0;
    qint64 streams = 0;
    qint64 rateNanos = 0; // the platform's reference rate, or kOtherRateNanos
};
struct StreamCube
{
    Filter scope;            // the artist, track and platform filtered on and the days read
    QList<StreamCell> cells; // by day ascending
    bool covers(const Filter& f) const
    {
        return f.artist == scope.artist && f.track == scope.track && f.platform == scope.platform &&
               f.from >= scope.from && f.to <= scope.to;
    }
};
// One day's streams of the cells in f's range, by day, optionally of one platform key (as a join
// on platform would) or of one distributor: the series "SELECT day, SUM(streams) … GROUP BY day".
QList<DailyPoint> streamSeries(const StreamCube& cube, const Filter& f, const QString& platformKey,
                               const QString& distributor);

// Statement earnings under one filter (its range, artist, track and platform) by track, 0 being the
// lines without one, with the track's ISRC and title and its royalty percentage. The royalty share,
// the top track and revenue by track are each a pass over these rows: an answer groups its rollup
// by track once per range instead of once per figure.
struct TrackSum
{
    qint64 trackId = 0;
    bool hasIsrc = false; // a track row with an ISRC
    QString isrc;         // '' without one
    QString title;        // '' without a track row
    qint64 earningsNanos = 0;
    QString lastReported;  // the latest reporting date of the lines summed
    bool hasSplit = false; // a catalog split for the track
    QString royaltyPercentage;
};

// Statement earnings by country ('' for lines without one) under a filter's artist, track and
// platform, of its usage months or by usage month over a span of them. Top country and revenue by
// country are sums over these cells (a range selects whole usage months): one read for both, and,
// by month, one for the range and the previous range together, where the lines answer (under a
// track filter no rollup keeps the country) and each read is a pass over them.
struct CountryCell
{
    QString month; // sale_month as stored; empty when not read by month
    QString country;
    qint64 earningsNanos = 0;
    QString lastReported;
};
struct CountryCube
{
    Filter scope; // the artist, track and platform filtered on and the months read
    bool byMonth = false;
    QList<CountryCell> cells;
    bool covers(const Filter& f) const
    {
        if (f.artist != scope.artist || f.track != scope.track || f.platform != scope.platform)
            return false;
        return byMonth ? month(f.from) >= month(scope.from) && month(f.to) <= month(scope.to)
                       : month(f.from) == month(scope.from) && month(f.to) == month(scope.to);
    }
};
// Σ earnings of the cube's cells in f's usage months, by country, with the latest reporting date.
struct CountryTotal
{
    QString country;
    qint64 earningsNanos = 0;
    QString lastReported;
};
QList<CountryTotal> countryTotals(const CountryCube& cube, const Filter& f);

// SQLite's NOCASE collation: UTF-8 bytes compared with ASCII letters folded, the shorter text first
// when one is the start of the other. Orders rows in C++ as "ORDER BY … COLLATE NOCASE" would.
int compareNoCase(const QString& a, const QString& b);
// SQLite's BINARY collation: UTF-8 bytes compared as unsigned, then by length.
int compareBinary(const QString& a, const QString& b);

// Runs prepared queries on one connection and keeps the first error.
class Runner
{
public:
    explicit Runner(const QSqlDatabase& db, std::shared_ptr<const StreamCube> streams = {})
        : m_db(db), m_streams(std::move(streams))
    {
    }
    QSqlQuery run(const QString& sql, const QVariantList& binds) const;
    // The first query that failed (and its SQL), if any.
    const std::optional<Error>& error() const { return m_error; }
    // Keeps `error` unless an earlier one is kept.
    void noteError(const Error& error) const;
    // Whether the statement rollups hold every line (their watermark is the last line): lines
    // written behind the writer's back (another SQLite tool) are summed in when it next opens.
    bool rollupsCurrent() const;
    // The daily streams of f (artist, track, platform, days): the cube read last when it covers f,
    // otherwise f's days read now. readStreams reads a wider span up front for the queries to come.
    std::shared_ptr<const StreamCube> streams(const Filter& f) const;
    void readStreams(const Filter& f) const;
    std::shared_ptr<const StreamCube> streamCube() const { return m_streams; }
    // The earnings of f by track, read once per filter and kept for the Runner's life (an answer
    // asks for its range and the previous one, each more than once).
    QList<TrackSum> trackSums(const Filter& f) const;
    // The earnings of f by country: a cube read before that covers f, otherwise f's months read now.
    // readCountries(span, true) reads a span by month up front for the ranges to come.
    std::shared_ptr<const CountryCube> countries(const Filter& f) const;
    void readCountries(const Filter& f, bool byMonth) const;
    // Set: countries() answers an empty cube, the by-country figures being read later on their own.
    void setCountriesDeferred(bool deferred) { m_countriesDeferred = deferred; }
    bool countriesDeferred() const { return m_countriesDeferred; }

private:
    QSqlDatabase m_db;
    mutable std::optional<Error> m_error;
    mutable std::optional<bool> m_rollupsCurrent;
    mutable std::shared_ptr<const StreamCube> m_streams; // see streams()
    mutable QList<std::pair<Filter, QList<TrackSum>>> m_trackSums;
    mutable QList<std::shared_ptr<const CountryCube>> m_countries; // see countries()
    bool m_countriesDeferred = false;
};

// A (day, value) query as a series, by day as the query orders it; rows whose value is NULL are
// gaps, not zeros. Integer sums are divided by `divisor` (nano-units to amounts) as integers.
QList<DailyPoint> dailySeries(const Runner& r, const QString& sql, const QVariantList& binds,
                              double divisor = 1.0);

// Where a statement query reads from, as `l`: the smallest rollup of statement_line (migration
// 0004) that keeps the columns the query groups by or reads (`columns`, rollups::Column flags) and
// every column the filter narrows by; the lines themselves while the rollups are not current.
// Every source has sale_month, lines, quantity and earnings_nanos; track_id is 0 and country ''
// where a line has none.
struct StatementSource
{
    QString from;         // "statement_rollup_store l", …
    QString lastReported; // the latest reporting date of the rows summed, as an aggregate
    bool lines = false;   // no rollup serves: the lines themselves
};
StatementSource statementSource(const Runner& r, const Filter& f, unsigned columns,
                                bool byReportingDate = false);

} // namespace bedrot::filtersql
