// Chart series as SQL over the warehouse. Each statement query is its own function and reads the
// smallest statement rollup that covers it (filtersql::statementSource); every query takes its
// WHERE clause from filtersql.
#include "chartdata.h"

#include "domain/dashboarddata.h"
#include "filtersql.h"
#include "warehouse/statementrollups.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace bedrot::chartdata {

using namespace filtersql;

namespace {

// Ranked rows, largest first; the rows after the first kTopRanked summed into one when that saves
// at least two bars ("other (1)" would hide a name for nothing).
QList<RankedValue> capped(QList<RankedValue> rows)
{
    if (rows.size() <= kTopRanked + 1)
        return rows;
    RankedValue rest{QString(), QString(), Money(), int(rows.size() - kTopRanked)};
    for (qsizetype i = kTopRanked; i < rows.size(); ++i)
        rest.value += rows.at(i).value;
    rows.resize(kTopRanked);
    rows << rest;
    return rows;
}

// Statement queries ------------------------------------------------------------------------------

// The months of `sums` in f's range that have a sum, in order ("yyyy-MM" keys).
QList<MonthValue> monthsWithData(const QHash<QString, Money>& sums, const Filter& f)
{
    QList<MonthValue> out;
    for (QDate m(f.from.year(), f.from.month(), 1); m <= f.to; m = m.addMonths(1)) {
        MonthValue mv{m.year(), m.month(), {}};
        if (const auto it = sums.constFind(mv.label()); it != sums.cend()) {
            mv.value = *it;
            out << mv;
        }
    }
    return out;
}

// Σ earnings by reporting month of the lines reported in range.
QHash<QString, Money> cashByReportingMonth(const Runner& r, const Filter& f)
{
    QHash<QString, Money> out;
    const Sql sql = statementsByReporting(f);
    QSqlQuery q =
        r.run(QStringLiteral("SELECT substr(l.reporting_date, 1, 7), SUM(l.earnings_nanos) FROM %1 WHERE ")
                      .arg(statementSource(r, f, 0, true).from) +
                  sql.where + QStringLiteral(" GROUP BY 1"),
              sql.binds);
    while (q.next())
        out.insert(q.value(0).toString(), Money::fromNanos(q.value(1).toLongLong()));
    return out;
}

// Σ earnings by country of sale over usage months in range; no country is one row of its own. From
// the answer's earnings by month and country (Runner::countries), in the order of
// "ORDER BY total DESC, country ASC".
QList<RankedValue> revenueByCountry(const Runner& r, const Filter& f)
{
    QList<CountryTotal> totals = countryTotals(*r.countries(f), f);
    std::sort(totals.begin(), totals.end(), [](const CountryTotal& a, const CountryTotal& b) {
        if (a.earningsNanos != b.earningsNanos)
            return a.earningsNanos > b.earningsNanos;
        return compareBinary(a.country, b.country) < 0;
    });
    QList<RankedValue> out;
    out.reserve(totals.size());
    for (const CountryTotal& t : totals)
        out << RankedValue{t.country, t.country, Money::fromNanos(t.earningsNanos), 0};
    return out;
}

// Σ earnings by track over usage months in range; lines without a track are one row, unnamed. From
// the answer's sums by track (Runner::trackSums), in the order of "ORDER BY total DESC,
// title COLLATE NOCASE ASC, isrc ASC".
QList<RankedValue> revenueByTrack(const Runner& r, const Filter& f)
{
    QList<TrackSum> sums = r.trackSums(f);
    std::stable_sort(sums.begin(), sums.end(), [](const TrackSum& a, const TrackSum& b) {
        if (a.earningsNanos != b.earningsNanos)
            return a.earningsNanos > b.earningsNanos;
        if (const int c = compareNoCase(a.title, b.title); c != 0)
            return c < 0;
        return compareBinary(a.isrc, b.isrc) < 0;
    });
    QList<RankedValue> out;
    out.reserve(sums.size());
    for (const TrackSum& t : sums)
        out << RankedValue{t.title, t.isrc, Money::fromNanos(t.earningsNanos), 0};
    return out;
}

// Lines reported in range by months between usage and reporting (payment_delay_months, unaveraged).
QMap<int, DelayBucket> paymentDelays(const Runner& r, const Filter& f)
{
    QMap<int, DelayBucket> out;
    const Sql sql = statementsByReporting(f);
    QSqlQuery q = r.run(
        QStringLiteral("SELECT %1 - %2 AS delay, SUM(l.earnings_nanos), SUM(l.lines) FROM %3 WHERE ")
                .arg(monthNumberSql(QStringLiteral("l.reporting_date")),
                     monthNumberSql(QStringLiteral("l.sale_month")), statementSource(r, f, 0, true).from) +
            sql.where + QStringLiteral(" GROUP BY delay"),
        sql.binds);
    while (q.next()) {
        const int months = q.value(0).toInt();
        out.insert(months,
                   DelayBucket{months, Money::fromNanos(q.value(1).toLongLong()), q.value(2).toLongLong()});
    }
    return out;
}

// Daily series ------------------------------------------------------------------------------------

} // namespace

// The same sources and filters as the series' KPI, grouped by day.
QList<DailyPoint> dailySeriesOf(const Runner& r, const Filter& f, DailySeries which)
{
    const auto grouped = [&r](const QString& select, const Sql& sql, double divisor = 1.0) {
        return dailySeries(r, select + sql.where + QStringLiteral(" GROUP BY 1 ORDER BY 1"), sql.binds,
                           divisor);
    };
    switch (which) {
    // Streams: from the answer's stream cells (Runner::streams), as "SELECT day, SUM(streams) … GROUP BY
    // day".
    case DailySeries::StreamsSpotify:
        return streamSeries(*r.streams(f), f, QStringLiteral("spotify"), QString());
    case DailySeries::StreamsApple:
        return streamSeries(*r.streams(f), f, QStringLiteral("apple_music"), QString());
    case DailySeries::StreamsDistroKid:
        return streamSeries(*r.streams(f), f, QString(), QStringLiteral("distrokid"));
    case DailySeries::StreamsTooLost:
        return streamSeries(*r.streams(f), f, QString(), QStringLiteral("toolost"));
    case DailySeries::SpotifyListeners:
    case DailySeries::SpotifyFollowers: {
        if (!platformAllows(f, {QStringLiteral("spotify")}))
            return {};
        const QString column = which == DailySeries::SpotifyListeners ? QStringLiteral("x.listeners")
                                                                      : QStringLiteral("x.followers");
        Sql sql = dayRange(QStringLiteral("x.day"), f);
        sql.add(QStringLiteral("x.source = ? AND ") + column + QStringLiteral(" IS NOT NULL"),
                {QStringLiteral("spotify_for_artists")});
        addArtist(sql, f, QStringLiteral("x.artist_id"));
        return grouped(QStringLiteral("SELECT x.day, SUM(") + column +
                           QStringLiteral(") FROM audience_daily x WHERE "),
                       sql);
    }
    case DailySeries::TiktokViews:
    case DailySeries::TiktokEngagement:
    case DailySeries::TiktokEngagementRate: {
        if (!platformAllows(f, {QStringLiteral("tiktok")}))
            return {};
        Sql sql = dayRange(QStringLiteral("s.day"), f);
        sql.add(QStringLiteral("s.platform_id IN (SELECT id FROM platform WHERE key = 'tiktok')"), {});
        addArtist(sql, f, QStringLiteral("s.artist_id"));
        const QString engagement =
            QStringLiteral("(COALESCE(s.likes, 0) + COALESCE(s.comments, 0) + COALESCE(s.shares, 0))");
        if (which == DailySeries::TiktokViews) {
            sql.add(QStringLiteral("s.video_views IS NOT NULL"), {});
            return grouped(QStringLiteral("SELECT s.day, SUM(s.video_views) FROM social_daily s WHERE "),
                           sql);
        }
        if (which == DailySeries::TiktokEngagement) {
            sql.add(QStringLiteral("(s.likes IS NOT NULL OR s.comments IS NOT NULL OR s.shares IS NOT NULL)"),
                    {});
            return grouped(QStringLiteral("SELECT s.day, SUM(") + engagement +
                               QStringLiteral(") FROM social_daily s WHERE "),
                           sql);
        }
        // As tiktok_engagement_rate: summed engagement over summed views, here per day and in percent.
        return dailySeries(
            r,
            QStringLiteral("SELECT s.day, CASE WHEN SUM(s.video_views) > 0 THEN 100.0 * SUM(") + engagement +
                QStringLiteral(") / SUM(s.video_views) END FROM social_daily s WHERE ") + sql.where +
                QStringLiteral(" GROUP BY 1 ORDER BY 1"),
            sql.binds);
    }
    case DailySeries::TiktokFollowers: {
        if (!platformAllows(f, {QStringLiteral("tiktok")}))
            return {};
        Sql sql = dayRange(QStringLiteral("x.day"), f);
        sql.add(QStringLiteral("x.platform_id IN (SELECT id FROM platform WHERE key = 'tiktok')"), {});
        addArtist(sql, f, QStringLiteral("x.artist_id"));
        return grouped(QStringLiteral("SELECT x.day, SUM(x.followers) FROM follower_snapshot x WHERE "), sql);
    }
    case DailySeries::LinkViews:
    case DailySeries::LinkClicks:
    case DailySeries::LinkCtr: {
        if (!platformAllows(f, {QStringLiteral("linktree")}))
            return {};
        Sql sql = dayRange(QStringLiteral("l.day"), f);
        addArtist(sql, f, QStringLiteral("l.artist_id"));
        if (which == DailySeries::LinkCtr)
            return dailySeries(r,
                               QStringLiteral("SELECT l.day, CASE WHEN SUM(l.total_views) > 0 THEN 100.0 * "
                                              "SUM(l.total_clicks) / SUM(l.total_views) END "
                                              "FROM link_daily l WHERE ") +
                                   sql.where +
                                   QStringLiteral(" AND l.total_views IS NOT NULL AND l.total_clicks IS NOT "
                                                  "NULL GROUP BY 1 ORDER BY 1"),
                               sql.binds);
        const QString column = which == DailySeries::LinkViews ? QStringLiteral("l.total_views")
                                                               : QStringLiteral("l.total_clicks");
        sql.add(column + QStringLiteral(" IS NOT NULL"), {});
        return grouped(QStringLiteral("SELECT l.day, SUM(") + column +
                           QStringLiteral(") FROM link_daily l WHERE "),
                       sql);
    }
    case DailySeries::AdSpend: {
        Sql sql = dayRange(QStringLiteral("a.day"), f);
        addArtist(sql, f, QStringLiteral("a.artist_id"));
        addTrack(sql, f, QStringLiteral("a.track_id"));
        addPlatform(sql, f, QStringLiteral("a.platform_id"));
        return grouped(QStringLiteral("SELECT a.day, SUM(a.spend_nanos) FROM ad_daily a WHERE "), sql,
                       double(Money::kScale));
    }
    }
    return {};
}

namespace {

constexpr DailySeries kAllDaily[] = {
    DailySeries::StreamsSpotify,  DailySeries::StreamsApple,     DailySeries::StreamsDistroKid,
    DailySeries::StreamsTooLost,  DailySeries::SpotifyListeners, DailySeries::SpotifyFollowers,
    DailySeries::TiktokViews,     DailySeries::TiktokEngagement, DailySeries::TiktokEngagementRate,
    DailySeries::TiktokFollowers, DailySeries::LinkViews,        DailySeries::LinkClicks,
    DailySeries::LinkCtr,         DailySeries::AdSpend,
};

// Markers and campaigns ---------------------------------------------------------------------------

// Releases dated in range, of the filtered artist (and of the filtered track's release).
QList<ChartMarker> releaseMarkers(const Runner& r, const Filter& f)
{
    QList<ChartMarker> out;
    Sql sql = dayRange(QStringLiteral("substr(x.release_date, 1, 10)"), f);
    addArtist(sql, f, QStringLiteral("x.artist_id"));
    if (!f.track.isEmpty())
        sql.add(QStringLiteral("x.id IN (SELECT release_id FROM track WHERE isrc = ?)"),
                {normalisedIsrc(f.track)});
    // A single's release has no title of its own (statements name albums only): its track's title.
    QSqlQuery q = r.run(
        QStringLiteral(
            "SELECT x.release_date, COALESCE(x.title, (SELECT t.title FROM track t WHERE t.release_id = x.id "
            "ORDER BY t.id LIMIT 1), x.upc) FROM release x WHERE ") +
            sql.where + QStringLiteral(" ORDER BY x.release_date, 2"),
        sql.binds);
    while (q.next()) {
        const QDate d = dateOf(q.value(0));
        if (d.isValid())
            out << ChartMarker{d, ChartMarker::Kind::Release, q.value(1).toString()};
    }
    return out;
}

// Each campaign's first and last day with spend (over all of its days, with the ad_spend filters),
// where that day falls in range: a campaign running through the whole range shows neither.
QList<ChartMarker> campaignMarkers(const Runner& r, const Filter& f)
{
    QList<ChartMarker> out;
    Sql sql;
    sql.where = QStringLiteral("a.spend_nanos > 0");
    addArtist(sql, f, QStringLiteral("a.artist_id"));
    addTrack(sql, f, QStringLiteral("a.track_id"));
    addPlatform(sql, f, QStringLiteral("a.platform_id"));
    QSqlQuery q =
        r.run(QStringLiteral("SELECT a.campaign, MIN(a.day), MAX(a.day) FROM ad_daily a WHERE ") + sql.where +
                  QStringLiteral(" GROUP BY a.platform_id, a.account, a.campaign ORDER BY 2, 1"),
              sql.binds);
    while (q.next()) {
        const QString name = q.value(0).toString();
        const QDate start = dateOf(q.value(1)), stop = dateOf(q.value(2));
        if (start >= f.from && start <= f.to)
            out << ChartMarker{start, ChartMarker::Kind::CampaignStart, name};
        if (stop >= f.from && stop <= f.to)
            out << ChartMarker{stop, ChartMarker::Kind::CampaignStop, name};
    }
    return out;
}

// Campaigns sent in range. Email is the label's, not an artist's or a track's: a filter on either
// (or on a platform other than email) selects none, as it does for the email KPIs.
QList<EmailCampaignStats> emailCampaigns(const Runner& r, const Filter& f)
{
    QList<EmailCampaignStats> out;
    if (!f.artist.isEmpty() || !f.track.isEmpty() ||
        !platformAllows(f, {QStringLiteral("email"), QStringLiteral("mailchimp")}))
        return out;
    const Sql sql = dayRange(QStringLiteral("substr(e.send_time, 1, 10)"), f);
    QSqlQuery q =
        r.run(QStringLiteral(
                  "SELECT COALESCE(e.title, e.campaign_id), e.send_time, COALESCE(e.emails_sent, 0), "
                  "COALESCE(e.unique_opens, 0), COALESCE(e.unique_clicks, 0) FROM email_campaign e WHERE ") +
                  sql.where + QStringLiteral(" ORDER BY e.send_time, e.campaign_id"),
              sql.binds);
    while (q.next())
        out << EmailCampaignStats{q.value(0).toString(), dateOf(q.value(1)), q.value(2).toLongLong(),
                                  q.value(3).toLongLong(), q.value(4).toLongLong()};
    return out;
}

} // namespace

QList<RankedValue> revenueByCountryRanked(const Runner& r, const Filter& f)
{
    return capped(revenueByCountry(r, f));
}

QHash<QString, Money> revenueByUsageMonth(const Runner& r, const Filter& f)
{
    QHash<QString, Money> out;
    const Sql sql = statementsByUsage(f);
    QSqlQuery q = r.run(QStringLiteral("SELECT l.sale_month, SUM(l.earnings_nanos) FROM %1 WHERE ")
                                .arg(statementSource(r, f, 0).from) +
                            sql.where + QStringLiteral(" GROUP BY l.sale_month"),
                        sql.binds);
    while (q.next())
        out.insert(q.value(0).toString(), Money::fromNanos(q.value(1).toLongLong()));
    return out;
}

void addChartData(const Runner& r, const Filter& f, DashboardData& data)
{
    if (!f.isValid())
        return;
    const QHash<QString, Money> cash = cashByReportingMonth(r, f);
    data.cashByMonth.clear();
    for (QDate m(f.from.year(), f.from.month(), 1); m <= f.to; m = m.addMonths(1)) {
        MonthValue mv{m.year(), m.month(), {}};
        mv.value = cash.value(mv.label());
        data.cashByMonth << mv;
    }
    data.revenueByCountry = revenueByCountryRanked(r, f);
    data.revenueByTrack = capped(revenueByTrack(r, f));
    // The previous period's months, for the comparison overlay on the monthly charts.
    const Filter previous = f.previous();
    data.previousRevenueByMonth = monthsWithData(revenueByUsageMonth(r, previous), previous);
    data.previousCashByMonth = monthsWithData(cashByReportingMonth(r, previous), previous);

    // Every delay between the least and the most, so gaps in the distribution show as empty bars.
    const QMap<int, DelayBucket> delays = paymentDelays(r, f);
    data.paymentDelays.clear();
    if (!delays.isEmpty())
        for (int m = std::min(0, delays.firstKey()); m <= delays.lastKey(); ++m)
            data.paymentDelays << delays.value(m, DelayBucket{m, Money(), 0});

    for (DailySeries which :
         {DailySeries::StreamsDistroKid, DailySeries::StreamsTooLost, DailySeries::TiktokEngagement,
          DailySeries::TiktokEngagementRate, DailySeries::LinkCtr})
        if (QList<DailyPoint> points = dailySeriesOf(r, f, which); !points.isEmpty())
            data.daily.insert(which, points);

    data.markers = releaseMarkers(r, f) + campaignMarkers(r, f);
    std::stable_sort(data.markers.begin(), data.markers.end(),
                     [](const ChartMarker& a, const ChartMarker& b) { return a.day < b.day; });
    data.emailCampaigns = emailCampaigns(r, f);

    data.previousDaily.clear();
    for (DailySeries which : kAllDaily) {
        QList<DailyPoint> points = dailySeriesOf(r, previous, which);
        if (!points.isEmpty())
            data.previousDaily.insert(which, points);
    }
}

} // namespace bedrot::chartdata
