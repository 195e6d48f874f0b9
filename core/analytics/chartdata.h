// The series only the charts need (cash by reporting month, revenue by country and track, payment
// delays, distributor streams, engagement, markers, email campaigns, the previous period's daily
// series), computed with the same filtersql clauses as the KPIs so a chart and its card agree.
#pragma once

#include "domain/filter.h"
#include "domain/money.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace bedrot {

struct DailyPoint;
struct DashboardData;
namespace filtersql {
class Runner;
}

// One bar of a ranked chart (revenue by country, by track). `others` > 0 marks the row that sums
// the tail: that many names, each smaller than every named row.
struct RankedValue
{
    QString name; // track title, country code; empty when the lines name none
    QString key;  // what a filter can select it by (ISRC); empty when nothing can
    Money value;
    int others = 0;
    bool operator==(const RankedValue&) const = default;
};

// Lines reported in range whose reporting month is `months` after their usage month.
struct DelayBucket
{
    int months = 0;
    Money earnings;
    qint64 lines = 0;
    bool operator==(const DelayBucket&) const = default;
};

// An event drawn on the time charts.
struct ChartMarker
{
    enum class Kind { Release, CampaignStart, CampaignStop };
    QDate day;
    Kind kind = Kind::Release;
    QString label; // release title, campaign name
    bool operator==(const ChartMarker&) const = default;
};

struct EmailCampaignStats
{
    QString title;
    QDate sent;
    qint64 emailsSent = 0;
    qint64 uniqueOpens = 0;
    qint64 uniqueClicks = 0;
    bool operator==(const EmailCampaignStats&) const = default;
};

// The daily series a time chart can compare with the previous period.
enum class DailySeries {
    StreamsSpotify,
    StreamsApple,
    StreamsDistroKid,
    StreamsTooLost,
    SpotifyListeners,
    SpotifyFollowers,
    TiktokViews,
    TiktokEngagement,
    TiktokEngagementRate,
    TiktokFollowers,
    LinkViews,
    LinkClicks,
    LinkCtr,
    AdSpend,
};

namespace chartdata {

// Tracks and countries beyond this many are summed into one "other" row.
constexpr int kTopRanked = 15;

// One daily series for `f` (artist already resolved): the current range's lines and, for
// f.previous(), the comparison overlay read the same rows.
QList<DailyPoint> dailySeriesOf(const filtersql::Runner& r, const Filter& f, DailySeries which);

// Fills the chart fields of `data` for `f` (artist already resolved), after the KPIs and the daily
// series of WarehouseReader::dashboard. Keeps the first SQL error in the runner.
void addChartData(const filtersql::Runner& r, const Filter& f, DashboardData& data);
// Σ earnings by usage month ("yyyy-MM") of the lines in f's usage months.
QHash<QString, Money> revenueByUsageMonth(const filtersql::Runner& r, const Filter& f);
// DashboardData::revenueByCountry of f (largest first, the tail in one row).
QList<RankedValue> revenueByCountryRanked(const filtersql::Runner& r, const Filter& f);

} // namespace chartdata

} // namespace bedrot
