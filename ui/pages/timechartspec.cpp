// The time charts' table and builder: adding a chart is adding a row.
#include "timechartspec.h"

#include <QCoreApplication>

namespace bedrot {

namespace {

QString translated(const char* text)
{
    return QCoreApplication::translate("TimeChartSpec", text);
}

// Streams of all platforms, on the days every platform with data reported: a platform that has
// not reported a day yet (stats pages lag by a day or two) would show as a cliff in the total.
QList<DailyPoint> sumOnCommonDays(const QList<QList<DailyPoint>>& lists)
{
    QMap<QDate, std::pair<double, int>> sum;
    int sources = 0;
    for (const QList<DailyPoint>& list : lists) {
        if (list.isEmpty())
            continue;
        ++sources;
        for (const DailyPoint& p : list) {
            auto& [total, count] = sum[p.day];
            total += p.value;
            ++count;
        }
    }
    QList<DailyPoint> out;
    for (auto it = sum.cbegin(); it != sum.cend(); ++it)
        if (it.value().second == sources)
            out << DailyPoint{it.key(), it.value().first};
    return out;
}

// A level (followers) as what was gained since the first day of the range: two platforms of very
// different size then share one axis, and the growth an ad bought is the slope from zero.
QList<DailyPoint> gainedSinceFirst(QList<DailyPoint> series)
{
    if (series.isEmpty())
        return series;
    const double first = series.constFirst().value;
    for (DailyPoint& p : series)
        p.value -= first;
    return series;
}

using Axis = TimeChartSpec::Axis;
using Unit = TimeChartSpec::Unit;
using Derive = TimeChartSpec::Derive;
using S = DailySeries;

} // namespace

const QList<TimeChartSpec>& TimeChartSpec::all()
{
    static const QList<TimeChartSpec> table{
        {"chart-daily-streams",
         QT_TRANSLATE_NOOP("TimeChartSpec", "Daily streams by platform"),
         "daily-streams",
         {{QT_TRANSLATE_NOOP("TimeChartSpec", "Spotify"),
           "spotify_streams",
           2,
           {S::StreamsSpotify},
           "streams_spotify"},
          {QT_TRANSLATE_NOOP("TimeChartSpec", "Apple Music"),
           "apple_music_streams",
           7,
           {S::StreamsApple},
           "streams_apple"}},
         {},
         QT_TRANSLATE_NOOP("TimeChartSpec",
                           "No distributor daily streams in this range.\nImport a DistroKid stats page "
                           "or TooLost analytics (Ctrl+O).")},
        // No filter names a distributor: the day's streams of every distributor are the rows behind it.
        {"chart-streams-by-distributor",
         QT_TRANSLATE_NOOP("TimeChartSpec", "Daily streams by distributor"),
         "daily-streams-by-distributor",
         {{QT_TRANSLATE_NOOP("TimeChartSpec", "DistroKid"),
           "distrokid_streams",
           0,
           {S::StreamsDistroKid},
           "streams"},
          {QT_TRANSLATE_NOOP("TimeChartSpec", "TooLost"),
           "toolost_streams",
           6,
           {S::StreamsTooLost},
           "streams"}},
         {},
         QT_TRANSLATE_NOOP("TimeChartSpec",
                           "No distributor daily streams in this range.\nImport a DistroKid stats page "
                           "or TooLost analytics (Ctrl+O).")},
        {"chart-spotify-audience",
         QT_TRANSLATE_NOOP("TimeChartSpec", "Spotify audience"),
         "spotify-audience",
         {{QT_TRANSLATE_NOOP("TimeChartSpec", "Listeners"),
           "listeners",
           0,
           {S::SpotifyListeners},
           "spotify_listeners"},
          {QT_TRANSLATE_NOOP("TimeChartSpec", "Followers"),
           "followers",
           2,
           {S::SpotifyFollowers},
           "spotify_followers",
           Axis::Right}},
         {{Axis::Right, Unit::Count, false}},
         QT_TRANSLATE_NOOP(
             "TimeChartSpec",
             "No Spotify for Artists audience in this range.\nImport an audience timeline (Ctrl+O).")},
        {"chart-tiktok",
         QT_TRANSLATE_NOOP("TimeChartSpec", "TikTok views and engagement"),
         "tiktok",
         {{QT_TRANSLATE_NOOP("TimeChartSpec", "Video views"),
           "tiktok_views",
           5,
           {S::TiktokViews},
           "tiktok_views"},
          {QT_TRANSLATE_NOOP("TimeChartSpec", "Engagement (likes + comments + shares)"),
           "tiktok_engagement",
           3,
           {S::TiktokEngagement},
           "tiktok_engagement_rate"},
          {QT_TRANSLATE_NOOP("TimeChartSpec", "Engagement rate"),
           "tiktok_engagement_rate_pct",
           6,
           {S::TiktokEngagementRate},
           "tiktok_engagement_rate",
           Axis::Right,
           Derive::AsIs,
           1.0}},
         {{Axis::Right, Unit::Percent, true}},
         QT_TRANSLATE_NOOP("TimeChartSpec",
                           "No TikTok data in this range.\nImport a TikTok Studio export (Ctrl+O).")},
        {"chart-linktree",
         QT_TRANSLATE_NOOP("TimeChartSpec", "Linktree views, clicks and CTR"),
         "linktree",
         {{QT_TRANSLATE_NOOP("TimeChartSpec", "Views"), "linktree_views", 0, {S::LinkViews}, "link_views"},
          {QT_TRANSLATE_NOOP("TimeChartSpec", "Clicks"),
           "linktree_clicks",
           3,
           {S::LinkClicks},
           "link_clicks"},
          {QT_TRANSLATE_NOOP("TimeChartSpec", "Click-through rate"),
           "linktree_ctr_pct",
           1,
           {S::LinkCtr},
           "link_ctr",
           Axis::Right,
           Derive::AsIs,
           1.0}},
         {{Axis::Right, Unit::Percent, true}},
         QT_TRANSLATE_NOOP("TimeChartSpec",
                           "No Linktree data in this range.\nImport a Linktree export (Ctrl+O).")},
        {"chart-ad-spend-followers",
         QT_TRANSLATE_NOOP("TimeChartSpec", "Ad spend vs followers"),
         "ad-spend-followers",
         {{QT_TRANSLATE_NOOP("TimeChartSpec", "Ad spend"), "ad_spend_usd", 1, {S::AdSpend}, "ad_spend"},
          {QT_TRANSLATE_NOOP("TimeChartSpec", "Spotify followers gained"),
           "spotify_followers_gained",
           2,
           {S::SpotifyFollowers},
           "spotify_followers",
           Axis::Right,
           Derive::GainedSinceFirst},
          {QT_TRANSLATE_NOOP("TimeChartSpec", "TikTok followers gained"),
           "tiktok_followers_gained",
           5,
           {S::TiktokFollowers},
           "tiktok_followers",
           Axis::Right,
           Derive::GainedSinceFirst}},
         {{Axis::Left, Unit::Money, true}, {Axis::Right, Unit::Count, false}},
         QT_TRANSLATE_NOOP("TimeChartSpec",
                           "No ad spend or follower data in this range.\nImport a Meta Ads report, a "
                           "Spotify for Artists timeline or TikTok followers (Ctrl+O).")},
        {"chart-ad-spend-streams",
         QT_TRANSLATE_NOOP("TimeChartSpec", "Ad spend vs streams"),
         "ad-spend-streams",
         {{QT_TRANSLATE_NOOP("TimeChartSpec", "Ad spend"), "ad_spend_usd", 1, {S::AdSpend}, "ad_spend"},
          {QT_TRANSLATE_NOOP("TimeChartSpec", "Streams (Spotify + Apple Music)"),
           "streams",
           0,
           {S::StreamsSpotify, S::StreamsApple},
           "streams",
           Axis::Right,
           Derive::SumOnCommonDays}},
         {{Axis::Left, Unit::Money, true}},
         QT_TRANSLATE_NOOP("TimeChartSpec",
                           "No ad spend or daily streams in this range.\nImport a Meta Ads report or "
                           "distributor stats (Ctrl+O).")},
    };
    return table;
}

const TimeChartSpec* TimeChartSpec::find(QLatin1String objectName)
{
    for (const TimeChartSpec& spec : all())
        if (objectName == QLatin1String(spec.objectName))
            return &spec;
    return nullptr;
}

TimeSeriesChart* TimeChartSpec::build(QWidget* parent) const
{
    auto* chart = new TimeSeriesChart(translated(title), QString::fromLatin1(fileStem), parent);
    chart->setObjectName(QString::fromLatin1(objectName));
    for (const Line& line : lines) {
        const int index = chart->addSeries(translated(line.name), QString::fromLatin1(line.csvColumn),
                                           line.colorIndex, line.axis);
        if (line.width > 0)
            chart->setSeriesWidth(index, line.width);
        chart->setDrillDown(index, QString::fromLatin1(line.drillDownKpi));
    }
    for (const AxisFormat& format : axes)
        chart->setAxisFormat(format.axis, format.unit, format.fromZero);
    // The table outlives every chart: the extractors may keep a pointer to their row.
    chart->setExtractor([this](const DashboardData& d) { return extract(d.daily); });
    chart->setPreviousExtractor([this](const DashboardData& d) { return extract(d.previousDaily); });
    chart->setEmptyText(translated(emptyText));
    return chart;
}

QList<QList<DailyPoint>> TimeChartSpec::extract(const QMap<DailySeries, QList<DailyPoint>>& daily) const
{
    QList<QList<DailyPoint>> out;
    for (const Line& line : lines) {
        switch (line.derive) {
        case Derive::AsIs:
            out << daily.value(line.from.value(0));
            break;
        case Derive::GainedSinceFirst:
            out << gainedSinceFirst(daily.value(line.from.value(0)));
            break;
        case Derive::SumOnCommonDays: {
            QList<QList<DailyPoint>> parts;
            for (DailySeries s : line.from)
                parts << daily.value(s);
            out << sumOnCommonDays(parts);
            break;
        }
        }
    }
    return out;
}

} // namespace bedrot
