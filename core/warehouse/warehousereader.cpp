// KPI formulas of KPIS.md as SQL over the warehouse. Money is summed as integers (nano-units) by
// SQLite and stays exact; ratios are formed from summed numerators and denominators.
#include "warehousereader.h"

#include "analytics/kpicatalog.h"
#include "chartdata.h"
#include "filtersql.h"
#include "warehouse/statementrollups.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace bedrot {

using namespace filtersql;
using rollups::Country;
using rollups::Store;

namespace {

__extension__ typedef __int128 Int128; // exact products of two nano-unit amounts

// Latest calendar month entirely inside the range, as its first day; invalid when none.
QDate lastFullMonth(const Filter& f)
{
    QDate start(f.to.year(), f.to.month(), 1);
    if (f.to != start.addMonths(1).addDays(-1))
        start = start.addMonths(-1);
    return start >= f.from ? start : QDate();
}

// earnings × percentage / 100, exact to the nano-unit (half away from zero).
Money applyShare(Money earnings, const QString& percentage)
{
    const auto pct = Money::parse(QStringView(percentage));
    if (!pct)
        return earnings;
    const Int128 product = Int128(earnings.nanos()) * pct->nanos();
    const Int128 divisor = Int128(100) * Money::kScale;
    const Int128 half = divisor / 2;
    const Int128 q = product >= 0 ? (product + half) / divisor : -((-product + half) / divisor);
    return Money::fromNanos(qint64(q));
}

struct RevenueTotals
{
    qint64 lines = 0;
    Money earnings;
    qint64 quantity = 0;
    QDate asOf;
};

RevenueTotals revenueTotals(const Runner& r, const Filter& f)
{
    const Sql sql = statementsByUsage(f);
    const StatementSource src = statementSource(r, f, 0);
    QSqlQuery q =
        r.run(QStringLiteral("SELECT SUM(l.lines), SUM(l.earnings_nanos), SUM(l.quantity), %1 FROM %2 WHERE ")
                      .arg(src.lastReported, src.from) +
                  sql.where,
              sql.binds);
    RevenueTotals t;
    if (q.next()) {
        t.lines = q.value(0).toLongLong();
        t.earnings = Money::fromNanos(q.value(1).toLongLong());
        t.quantity = q.value(2).toLongLong();
        t.asOf = dateOf(q.value(3));
    }
    return t;
}

struct StreamTotals
{
    qint64 rows = 0;
    qint64 streams = 0;
    qint64 days = 0;
    Money expected;
    QDate asOf;
};

// A range's daily stream totals, of every platform or of one, from the answer's stream cells (see
// StreamCube). As a join on platform: rows without a platform row count for neither.
StreamTotals streamTotals(const StreamCube& cube, const Filter& range, const QString& platformKey = QString())
{
    const QString from = day(range.from), to = day(range.to);
    StreamTotals t;
    QString lastDay;
    qint64 expected = 0;
    for (const StreamCell& c : cube.cells) {
        if (c.platformKey.isNull() || c.day < from || c.day > to)
            continue;
        if (!platformKey.isEmpty() && c.platformKey != platformKey)
            continue;
        if (c.day != lastDay)
            ++t.days; // by day ascending: a new day (COUNT(DISTINCT day))
        lastDay = c.day;
        t.rows += c.rows;
        t.streams += c.streams;
        expected += c.streams * c.rateNanos;
    }
    t.asOf = dateOf(lastDay); // MAX(day)
    t.expected = Money::fromNanos(expected);
    return t;
}

KpiValue topBy(const Runner& r, const Filter& f, const QString& id, unsigned column, const QString& nameExpr,
               const QString& join, const QString& extraWhere)
{
    const Sql sql = statementsByUsage(f);
    const StatementSource src = statementSource(r, f, column);
    QSqlQuery q = r.run(QStringLiteral("SELECT %1 AS name, SUM(l.earnings_nanos) AS total, %2 "
                                       "FROM %3 %4 WHERE %5 %6 GROUP BY name "
                                       "ORDER BY total DESC, name COLLATE NOCASE ASC, name ASC LIMIT 1")
                            .arg(nameExpr, src.lastReported, src.from, join, sql.where, extraWhere),
                        sql.binds);
    if (q.next() && !q.value(0).toString().isEmpty())
        return KpiValue::ofText(id, q.value(0).toString(), dateOf(q.value(2)));
    return KpiValue::null(id);
}

// Whether a name and its total come before another in topBy's "ORDER BY total DESC,
// name COLLATE NOCASE ASC, name ASC".
bool ranksFirst(qint64 total, const QString& name, qint64 otherTotal, const QString& otherName)
{
    if (total != otherTotal)
        return total > otherTotal;
    if (const int c = compareNoCase(name, otherName); c != 0)
        return c < 0;
    return compareBinary(name, otherName) < 0;
}

// The track with the most earnings, by ISRC, of the tracks that have one: as topBy on
// "JOIN track t … AND t.isrc IS NOT NULL" by t.isrc, over the answer's sums by track (an ISRC is
// one track's).
KpiValue topTrack(const Runner& r, const Filter& f)
{
    const QString id = QStringLiteral("top_track");
    const TrackSum* top = nullptr;
    const QList<TrackSum> sums = r.trackSums(f);
    for (const TrackSum& t : sums)
        if (t.hasIsrc && (!top || ranksFirst(t.earningsNanos, t.isrc, top->earningsNanos, top->isrc)))
            top = &t;
    if (top && !top->isrc.isEmpty())
        return KpiValue::ofText(id, top->isrc, dateOf(top->lastReported));
    return KpiValue::null(id);
}

// Earnings by month and country of f's range and the previous one, in one pass (over the lines,
// where no rollup keeps the country): the figures of both ranges are then sums over the cells.
void readCountriesOfBothRanges(const Runner& r, const Filter& f)
{
    Filter span = f;
    span.from = f.previous().from;
    r.readCountries(span, true);
}

// The country with the most earnings, of the lines that name one: as topBy on "l.country <> ''" by
// l.country, over the answer's earnings by month and country (Runner::countries).
KpiValue topCountry(const Runner& r, const Filter& f)
{
    const QString id = QStringLiteral("top_country");
    const CountryTotal* top = nullptr;
    const QList<CountryTotal> totals = countryTotals(*r.countries(f), f);
    for (const CountryTotal& t : totals)
        if (!t.country.isEmpty() &&
            (!top || ranksFirst(t.earningsNanos, t.country, top->earningsNanos, top->country)))
            top = &t;
    if (top)
        return KpiValue::ofText(id, top->country, dateOf(top->lastReported));
    return KpiValue::null(id);
}

// "Latest" and "gained" for a per-artist daily series (KPIS.md): per artist, the last value on or
// before `to`; gained = that minus the last value before `from` (or the first value in range when
// there is none before). Summed over the selected artists.
struct LatestGained
{
    bool found = false;
    qint64 latest = 0;
    qint64 gained = 0;
    QDate asOf;
};

LatestGained latestAndGained(const Runner& r, const Filter& f, const QString& table, const QString& column,
                             const QString& fixedWhere, const QVariantList& fixedBinds)
{
    // `column` and `fixedWhere` refer to the table as x.
    const QString base = QStringLiteral(" FROM ") + table + QStringLiteral(" x WHERE ") + fixedWhere +
                         QStringLiteral(" AND ") + column + QStringLiteral(" IS NOT NULL");
    Sql artists;
    artists.where = base;
    artists.binds = fixedBinds;
    addArtist(artists, f, QStringLiteral("x.artist_id"));
    QSqlQuery ids = r.run(QStringLiteral("SELECT DISTINCT x.artist_id") + artists.where, artists.binds);
    LatestGained out;
    while (ids.next()) {
        const QVariantList one = QVariantList(fixedBinds) << ids.value(0);
        const QString forArtist = base + QStringLiteral(" AND x.artist_id = ?");
        QSqlQuery latest = r.run(QStringLiteral("SELECT ") + column + QStringLiteral(", x.day") + forArtist +
                                     QStringLiteral(" AND x.day <= ? ORDER BY x.day DESC LIMIT 1"),
                                 QVariantList(one) << day(f.to));
        if (!latest.next())
            continue; // nothing on or before `to`
        out.found = true;
        const qint64 value = latest.value(0).toLongLong();
        out.latest += value;
        const QDate asOf = dateOf(latest.value(1));
        if (!out.asOf.isValid() || asOf > out.asOf)
            out.asOf = asOf;
        QSqlQuery before = r.run(QStringLiteral("SELECT ") + column + forArtist +
                                     QStringLiteral(" AND x.day < ? ORDER BY x.day DESC LIMIT 1"),
                                 QVariantList(one) << day(f.from));
        if (before.next()) {
            out.gained += value - before.value(0).toLongLong();
            continue;
        }
        QSqlQuery first = r.run(QStringLiteral("SELECT ") + column + forArtist +
                                    QStringLiteral(" AND x.day BETWEEN ? AND ? ORDER BY x.day ASC LIMIT 1"),
                                QVariantList(one) << day(f.from) << day(f.to));
        if (first.next())
            out.gained += value - first.value(0).toLongLong();
    }
    return out;
}

void addDailySeries(const Runner& r, const Filter& f, DashboardData& data)
{
    // The same sources and filters as the KPIs they chart, grouped by day instead of summed; the
    // comparison overlay reads its previous period through the same function.
    for (DailySeries which :
         {DailySeries::StreamsSpotify, DailySeries::StreamsApple, DailySeries::SpotifyListeners,
          DailySeries::SpotifyFollowers, DailySeries::TiktokViews, DailySeries::TiktokFollowers,
          DailySeries::LinkViews, DailySeries::LinkClicks, DailySeries::AdSpend})
        if (QList<DailyPoint> points = chartdata::dailySeriesOf(r, f, which); !points.isEmpty())
            data.daily.insert(which, points);
}

Money divideMoney(Money amount, qint64 numeratorScale, qint64 denominator)
{
    // amount × scale / denominator, rounded half away from zero to the nano-unit.
    const Int128 product = Int128(amount.nanos()) * numeratorScale;
    const Int128 half = Int128(denominator) / 2;
    const Int128 q = product >= 0 ? (product + half) / denominator : -((-product + half) / denominator);
    return Money::fromNanos(qint64(q));
}

} // namespace

WarehouseReader::WarehouseReader(QSqlDatabase db) : m_db(std::move(db)) {}

Result<QList<KpiValue>> WarehouseReader::kpis(const Filter& filter) const
{
    const Runner r(m_db);
    QList<KpiValue> values = kpis(r, withArtistResolved(r, filter));
    if (r.error())
        return *r.error();
    return values;
}

QList<KpiValue> WarehouseReader::kpis(const Runner& r, const Filter& f) const
{
    // The range and the previous one (streams growth) in one read, unless the answer read them.
    if (f.isValid()) {
        Filter both = f;
        both.from = f.previous().from;
        if (!r.streamCube() || !r.streamCube()->covers(both))
            r.readStreams(both);
    }
    QHash<QString, KpiValue> v;
    auto set = [&v](const KpiValue& k) { v.insert(k.id, k); };

    // Revenue ------------------------------------------------------------------------------------
    const RevenueTotals rev = revenueTotals(r, f);
    if (rev.lines > 0) {
        set(KpiValue::ofMoney(QStringLiteral("revenue"), rev.earnings, rev.asOf));
        set(KpiValue::ofInteger(QStringLiteral("statement_units"), rev.quantity, rev.asOf));
    }
    const RevenueTotals prev = revenueTotals(r, f.previous());
    if (prev.lines > 0)
        set(KpiValue::ofMoney(QStringLiteral("revenue_prev"), prev.earnings, prev.asOf));

    if (rev.lines > 0) {
        // Each track's earnings at its catalog split, or whole without one.
        Money share;
        for (const TrackSum& t : r.trackSums(f)) {
            const Money earned = Money::fromNanos(t.earningsNanos);
            share += t.hasSplit ? applyShare(earned, t.royaltyPercentage) : earned;
        }
        set(KpiValue::ofMoney(QStringLiteral("revenue_share"), share, rev.asOf));
    }
    {
        const Sql sql = statementsByUsage(f);
        const StatementSource src = statementSource(r, f, Store);
        QSqlQuery q = r.run(QStringLiteral("SELECT SUM(l.earnings_nanos), SUM(l.quantity), %1 "
                                           "FROM %2 JOIN store s ON s.id = l.store_id "
                                           "WHERE s.is_download = 0 AND ")
                                    .arg(src.lastReported, src.from) +
                                sql.where,
                            sql.binds);
        if (q.next() && q.value(1).toLongLong() != 0)
            set(KpiValue::ofNumber(QStringLiteral("revenue_per_stream"),
                                   Money::fromNanos(q.value(0).toLongLong()).toDouble() /
                                       double(q.value(1).toLongLong()),
                                   dateOf(q.value(2))));
    }
    {
        // The average delay over lines: Σ lines × delay / Σ lines, the same double as AVG over the lines.
        const Sql sql = statementsByReporting(f);
        QSqlQuery q =
            r.run(QStringLiteral("SELECT SUM(l.lines), SUM(l.earnings_nanos), MAX(l.reporting_date), "
                                 "CAST(SUM(l.lines * ((CAST(substr(l.reporting_date, 1, 4) AS INTEGER) * 12 "
                                 "+ CAST(substr(l.reporting_date, 6, 2) AS INTEGER)) "
                                 "  - (CAST(substr(l.sale_month, 1, 4) AS INTEGER) * 12 + "
                                 "CAST(substr(l.sale_month, 6, 2) AS INTEGER)))) AS REAL) "
                                 "  / SUM(l.lines) FROM %1 WHERE ")
                          .arg(statementSource(r, f, 0, true).from) +
                      sql.where,
                  sql.binds);
        if (q.next() && q.value(0).toLongLong() > 0) {
            const QDate asOf = dateOf(q.value(2));
            set(KpiValue::ofMoney(QStringLiteral("cash_reported"), Money::fromNanos(q.value(1).toLongLong()),
                                  asOf));
            set(KpiValue::ofNumber(QStringLiteral("payment_delay_months"), q.value(3).toDouble(), asOf));
        }
    }
    if (rev.lines > 0) {
        set(topBy(r, f, QStringLiteral("top_store"), Store, QStringLiteral("s.name"),
                  QStringLiteral("JOIN store s ON s.id = l.store_id"), QString()));
        set(topTrack(r, f));
        set(topCountry(r, f));
    }

    // Streams ------------------------------------------------------------------------------------
    const std::shared_ptr<const StreamCube> cube = r.streams(f);
    const StreamTotals streams = streamTotals(*cube, f);
    if (streams.rows > 0) {
        set(KpiValue::ofInteger(QStringLiteral("streams"), streams.streams, streams.asOf));
        set(KpiValue::ofMoney(QStringLiteral("expected_revenue"), streams.expected, streams.asOf));
        // Both sides need data: statements lag months, and "no statement yet" is not a shortfall.
        if (rev.lines > 0)
            set(KpiValue::ofMoney(QStringLiteral("revenue_variance"), rev.earnings - streams.expected,
                                  std::max(rev.asOf, streams.asOf)));
        if (streams.days > 0)
            set(KpiValue::ofNumber(QStringLiteral("streams_daily_avg"),
                                   double(streams.streams) / double(streams.days), streams.asOf));
    }
    for (const auto& [id, key] :
         {std::pair{QStringLiteral("streams_spotify"), QStringLiteral("spotify")},
          std::pair{QStringLiteral("streams_apple"), QStringLiteral("apple_music")}}) {
        const StreamTotals t = streamTotals(*cube, f, key);
        if (t.rows > 0)
            set(KpiValue::ofInteger(id, t.streams, t.asOf));
    }
    const StreamTotals prevStreams = streamTotals(*r.streams(f.previous()), f.previous());
    if (streams.rows > 0 && prevStreams.rows > 0 && prevStreams.streams != 0)
        set(KpiValue::ofNumber(QStringLiteral("streams_growth_pct"),
                               double(streams.streams - prevStreams.streams) / double(prevStreams.streams) *
                                   100.0,
                               streams.asOf));

    // Audience -------------------------------------------------------------------------------------
    const QStringList spotifyNames{QStringLiteral("spotify")};
    const QStringList tiktokNames{QStringLiteral("tiktok")};
    LatestGained spotifyFollowers, tiktokFollowers;
    if (platformAllows(f, spotifyNames)) {
        const QString where = QStringLiteral("x.source = ?");
        const QVariantList binds{QStringLiteral("spotify_for_artists")};
        const LatestGained listeners = latestAndGained(r, f, QStringLiteral("audience_daily"),
                                                       QStringLiteral("x.listeners"), where, binds);
        if (listeners.found)
            set(KpiValue::ofInteger(QStringLiteral("spotify_listeners"), listeners.latest, listeners.asOf));
        spotifyFollowers = latestAndGained(r, f, QStringLiteral("audience_daily"),
                                           QStringLiteral("x.followers"), where, binds);
        if (spotifyFollowers.found) {
            set(KpiValue::ofInteger(QStringLiteral("spotify_followers"), spotifyFollowers.latest,
                                    spotifyFollowers.asOf));
            set(KpiValue::ofInteger(QStringLiteral("spotify_followers_gained"), spotifyFollowers.gained,
                                    spotifyFollowers.asOf));
        }
    }
    if (platformAllows(f, tiktokNames)) {
        Sql sql = dayRange(QStringLiteral("s.day"), f);
        sql.add(QStringLiteral("s.platform_id IN (SELECT id FROM platform WHERE key = 'tiktok')"), {});
        addArtist(sql, f, QStringLiteral("s.artist_id"));
        QSqlQuery q = r.run(
            QStringLiteral(
                "SELECT COUNT(*), SUM(s.video_views), SUM(s.profile_views), "
                "SUM(COALESCE(s.likes, 0) + COALESCE(s.comments, 0) + COALESCE(s.shares, 0)), MAX(s.day) "
                "FROM social_daily s WHERE ") +
                sql.where,
            sql.binds);
        if (q.next() && q.value(0).toLongLong() > 0) {
            const QDate asOf = dateOf(q.value(4));
            const qint64 views = q.value(1).toLongLong();
            set(KpiValue::ofInteger(QStringLiteral("tiktok_views"), views, asOf));
            set(KpiValue::ofInteger(QStringLiteral("tiktok_profile_views"), q.value(2).toLongLong(), asOf));
            if (views != 0)
                set(KpiValue::ofNumber(QStringLiteral("tiktok_engagement_rate"),
                                       double(q.value(3).toLongLong()) / double(views), asOf));
        }
        tiktokFollowers = latestAndGained(
            r, f, QStringLiteral("follower_snapshot"), QStringLiteral("x.followers"),
            QStringLiteral("x.platform_id IN (SELECT id FROM platform WHERE key = 'tiktok')"), {});
        if (tiktokFollowers.found) {
            set(KpiValue::ofInteger(QStringLiteral("tiktok_followers"), tiktokFollowers.latest,
                                    tiktokFollowers.asOf));
            set(KpiValue::ofInteger(QStringLiteral("tiktok_followers_gained"), tiktokFollowers.gained,
                                    tiktokFollowers.asOf));
        }
    }
    if (platformAllows(f, {QStringLiteral("linktree")})) {
        Sql sql = dayRange(QStringLiteral("l.day"), f);
        addArtist(sql, f, QStringLiteral("l.artist_id"));
        QSqlQuery q = r.run(QStringLiteral("SELECT COUNT(*), SUM(l.total_views), SUM(l.total_clicks), "
                                           "MAX(l.day) FROM link_daily l WHERE ") +
                                sql.where,
                            sql.binds);
        if (q.next() && q.value(0).toLongLong() > 0) {
            const QDate asOf = dateOf(q.value(3));
            const qint64 views = q.value(1).toLongLong(), clicks = q.value(2).toLongLong();
            set(KpiValue::ofInteger(QStringLiteral("link_views"), views, asOf));
            set(KpiValue::ofInteger(QStringLiteral("link_clicks"), clicks, asOf));
            if (views != 0)
                set(KpiValue::ofNumber(QStringLiteral("link_ctr"), double(clicks) / double(views), asOf));
        }
    }

    // Marketing -----------------------------------------------------------------------------------
    {
        Sql sql = dayRange(QStringLiteral("a.day"), f);
        addArtist(sql, f, QStringLiteral("a.artist_id"));
        addTrack(sql, f, QStringLiteral("a.track_id"));
        addPlatform(sql, f, QStringLiteral("a.platform_id"));
        QSqlQuery q =
            r.run(QStringLiteral(
                      "SELECT COUNT(*), SUM(a.spend_nanos), SUM(a.impressions), SUM(a.clicks), MAX(a.day) "
                      "FROM ad_daily a WHERE ") +
                      sql.where,
                  sql.binds);
        if (q.next() && q.value(0).toLongLong() > 0) {
            const QDate asOf = dateOf(q.value(4));
            const Money spend = Money::fromNanos(q.value(1).toLongLong());
            const qint64 impressions = q.value(2).toLongLong(), clicks = q.value(3).toLongLong();
            set(KpiValue::ofMoney(QStringLiteral("ad_spend"), spend, asOf));
            set(KpiValue::ofInteger(QStringLiteral("ad_impressions"), impressions, asOf));
            set(KpiValue::ofInteger(QStringLiteral("ad_clicks"), clicks, asOf));
            if (impressions != 0) {
                set(KpiValue::ofMoney(QStringLiteral("ad_cpm"), divideMoney(spend, 1000, impressions), asOf));
                set(KpiValue::ofNumber(QStringLiteral("ad_ctr"), double(clicks) / double(impressions) * 100.0,
                                       asOf));
            }
            if (clicks != 0)
                set(KpiValue::ofMoney(QStringLiteral("ad_cpc"), divideMoney(spend, 1, clicks), asOf));
            const qint64 gained = (spotifyFollowers.found ? spotifyFollowers.gained : 0) +
                                  (tiktokFollowers.found ? tiktokFollowers.gained : 0);
            if (gained > 0)
                set(KpiValue::ofMoney(QStringLiteral("cost_per_follower"), divideMoney(spend, 1, gained),
                                      asOf));
            if (streams.rows > 0 && prevStreams.rows > 0 && streams.streams - prevStreams.streams > 0)
                set(KpiValue::ofMoney(QStringLiteral("cost_per_incremental_stream"),
                                      divideMoney(spend, 1, streams.streams - prevStreams.streams), asOf));
        }
    }
    if (spotifyFollowers.found || tiktokFollowers.found) {
        const qint64 total = (spotifyFollowers.found ? spotifyFollowers.latest : 0) +
                             (tiktokFollowers.found ? tiktokFollowers.latest : 0);
        set(KpiValue::ofNumber(QStringLiteral("goal_followers"),
                               std::min(100.0, double(total) / 10000.0 * 100.0),
                               std::max(spotifyFollowers.asOf, tiktokFollowers.asOf)));
    }

    // Goals ----------------------------------------------------------------------------------------
    if (const QDate m = lastFullMonth(f); m.isValid()) {
        Filter monthFilter = f;
        monthFilter.from = m;
        monthFilter.to = m.addMonths(1).addDays(-1);
        const RevenueTotals mr = revenueTotals(r, monthFilter);
        if (mr.lines > 0)
            set(KpiValue::ofNumber(QStringLiteral("goal_monthly_revenue"),
                                   std::min(100.0, mr.earnings.toDouble() / 500.0 * 100.0), mr.asOf));
        const StreamTotals ms = streamTotals(*cube, monthFilter);
        if (ms.rows > 0)
            set(KpiValue::ofNumber(QStringLiteral("goal_monthly_streams"),
                                   std::min(100.0, double(ms.streams) / 200000.0 * 100.0), ms.asOf));
    }

    QList<KpiValue> out;
    for (const QString& id : KpiCatalog::ids())
        out << v.value(id, KpiValue::null(id));
    return out;
}

CountryFigures WarehouseReader::countryFigures(const Filter& filter, quint64 generation) const
{
    const Runner r(m_db);
    const Filter f = withArtistResolved(r, filter);
    CountryFigures out;
    out.generation = generation;
    out.topCountry = KpiValue::null(QStringLiteral("top_country"));
    out.previousTopCountry = out.topCountry;
    if (!f.isValid())
        return out;
    readCountriesOfBothRanges(r, f);
    out.topCountry = topCountry(r, f);
    out.previousTopCountry = topCountry(r, f.previous());
    out.revenueByCountry = chartdata::revenueByCountryRanked(r, f);
    out.error = r.error();
    return out;
}

Result<std::pair<QDate, QDate>> WarehouseReader::extent() const
{
    const Runner r(m_db);
    const std::pair<QDate, QDate> days = extent(r);
    if (r.error())
        return *r.error();
    return days;
}

std::pair<QDate, QDate> WarehouseReader::extent(const Runner& r) const
{
    QDate first, last;
    // The rollup's key leads with the usage month: MIN and MAX of it are one step each.
    QSqlQuery q =
        r.run(QStringLiteral(
                  "SELECT MIN(sale_month), (SELECT MAX(last_reporting_date) FROM statement_rollup_source), "
                  "MAX(sale_month) FROM statement_rollup_month"),
              {});
    if (q.next() && !q.value(0).isNull()) {
        first = QDate::fromString(q.value(0).toString() + QStringLiteral("-01"), Qt::ISODate);
        last = dateOf(q.value(1));
        const QDate lastUsage = QDate::fromString(q.value(2).toString() + QStringLiteral("-01"), Qt::ISODate)
                                    .addMonths(1)
                                    .addDays(-1);
        if (lastUsage > last)
            last = lastUsage;
    }
    // Apart, MIN and MAX each read one end of the day index; together they would scan it.
    QSqlQuery d = r.run(
        QStringLiteral("SELECT (SELECT MIN(day) FROM daily_stream), (SELECT MAX(day) FROM daily_stream)"),
        {});
    if (d.next() && !d.value(0).isNull()) {
        const QDate a = dateOf(d.value(0)), b = dateOf(d.value(1));
        if (!first.isValid() || a < first)
            first = a;
        if (!last.isValid() || b > last)
            last = b;
    }
    return {first, last};
}

DashboardData WarehouseReader::dashboard(const Filter& filter, quint64 generation,
                                         std::shared_ptr<const StreamCube>* streamsRead,
                                         qint64 deferCountriesAbove) const
{
    Runner r(m_db);
    const Filter f = withArtistResolved(r, filter);
    DashboardData data;
    data.filter = filter; // as the user set it
    data.generation = generation;
    if (!f.isValid()) {
        data.error = fail(QStringLiteral("the date range is empty"));
        return data;
    }
    // Every daily-stream figure of the answer in one read: the cards of the range and of the
    // previous one (each with its own previous range, for the growth), the series of both, the
    // expected revenue by month, and the alerts' 70 days of history before the range.
    {
        Filter streamSpan = f;
        streamSpan.from = std::min(f.previous().previous().from, f.from.addDays(-70));
        r.readStreams(streamSpan);
    }
    // Where the lines answer the by-country figures (no rollup keeps the country under a track
    // filter), those of the range and of the previous one in one pass over them as well.
    if (statementSource(r, f, Country).lines) {
        QSqlQuery q = r.run(QStringLiteral("SELECT MAX(id) FROM statement_line"), {});
        if (deferCountriesAbove >= 0 && q.next() && q.value(0).toLongLong() > deferCountriesAbove) {
            r.setCountriesDeferred(true);
            data.countriesPending = true;
        } else {
            readCountriesOfBothRanges(r, f);
        }
    }
    data.kpis = kpis(r, f);
    data.previousKpis = kpis(r, f.previous());
    if (streamsRead)
        *streamsRead = r.streamCube();
    std::tie(data.dataFrom, data.dataTo) = extent(r);
    {
        QSqlQuery q = r.run(QStringLiteral("SELECT a.name, al.alias, al.origin FROM artist a LEFT JOIN "
                                           "artist_alias al ON al.artist_id = a.id "
                                           "ORDER BY a.name COLLATE NOCASE, al.alias COLLATE NOCASE"),
                            {});
        while (q.next()) {
            const QString name = q.value(0).toString();
            if (data.artists.isEmpty() || data.artists.constLast().name != name)
                data.artists.append(ArtistAliases{name, {}, {}});
            const QString alias = q.value(1).toString();
            if (q.value(1).isNull() || alias == name)
                continue;
            data.artists.last().aliases << alias;
            if (q.value(2).toString() == QLatin1String("user"))
                data.artists.last().userAliases << alias;
        }
    }

    // Revenue by usage month, every month of the range (zeros where nothing was earned).
    const QHash<QString, Money> byMonth = chartdata::revenueByUsageMonth(r, f);
    // Expected revenue by calendar month (substr(day, 1, 7)): the range's stream cells with a platform.
    QHash<QString, Money> expected;
    {
        const QString from = day(f.from), to = day(f.to);
        for (const StreamCell& c : r.streams(f)->cells) {
            if (c.platformKey.isNull() || c.day < from || c.day > to)
                continue;
            Money& m = expected[c.day.left(7)];
            m = Money::fromNanos(m.nanos() + c.streams * c.rateNanos);
        }
    }
    for (QDate m(f.from.year(), f.from.month(), 1); m <= f.to; m = m.addMonths(1)) {
        MonthValue mv{m.year(), m.month(), {}};
        mv.value = byMonth.value(mv.label());
        data.revenueByMonth << mv;
        if (!expected.isEmpty()) {
            MonthValue ev = mv;
            ev.value = expected.value(mv.label());
            data.expectedByMonth << ev;
        }
    }
    {
        const Sql sql = statementsByUsage(f);
        QSqlQuery q = r.run(
            QStringLiteral("SELECT s.name, SUM(l.earnings_nanos) AS total FROM %1 "
                           "JOIN store s ON s.id = l.store_id WHERE ")
                    .arg(statementSource(r, f, Store).from) +
                sql.where +
                QStringLiteral(" GROUP BY s.name ORDER BY total DESC, s.name COLLATE NOCASE ASC, s.name ASC"),
            sql.binds);
        while (q.next())
            data.revenueByStore << CategoryValue{q.value(0).toString(),
                                                 Money::fromNanos(q.value(1).toLongLong())};
    }
    addDailySeries(r, f, data);
    chartdata::addChartData(r, f, data); // the series only charts show
    data.error = r.error();
    return data;
}

} // namespace bedrot
