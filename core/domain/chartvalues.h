// The values the charts show beside the KPIs: ranked bars, payment delays, markers, email
// campaigns, and the names of the daily series. Plain values, no SQL.
#pragma once

#include "domain/money.h"

#include <QDate>
#include <QObject>
#include <QString>

namespace bedrot {

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
    enum class Kind
    {
        Release,
        CampaignStart,
        CampaignStop
    };
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

// The daily series of an answer (DashboardData::daily), in a namespace of their own so that
// QMetaEnum names them (Q_NAMESPACE may appear once per namespace).
namespace series {
Q_NAMESPACE
enum class DailySeries
{
    StreamsSpotify, // distributor daily streams, summed over distributors
    StreamsApple,
    StreamsDistroKid, // distributor daily streams, all platforms, per distributor
    StreamsTooLost,
    SpotifyListeners, // Spotify for Artists, summed over the selected artists
    SpotifyFollowers,
    TiktokViews,          // TikTok Studio video views
    TiktokEngagement,     // likes + comments + shares
    TiktokEngagementRate, // engagement per video view, in percent (days with views)
    TiktokFollowers,      // follower snapshots, summed over the selected artists
    LinkViews,            // Linktree total views and clicks
    LinkClicks,
    LinkCtr, // Linktree clicks per view, in percent (days with views)
    AdSpend, // USD
};
Q_ENUM_NS(DailySeries)
} // namespace series
using series::DailySeries;

} // namespace bedrot
