// The demo label's catalogue and daily usage model: the one story every demo file tells.
#pragma once

#include "demo/demogenerator.h"
#include "labelspec.h"

#include <QByteArray>
#include <QDate>

#include <vector>

namespace bedrot::demo {

struct Track
{
    QByteArray artist;
    QByteArray title;
    QByteArray isrc;
    QByteArray upc;
    QByteArray releaseTitle;
    int artistIndex = 0;
    int releaseIndex = 0;
    int position = 0; // within its release
    int teamPercent = 100;
    QDate releaseDate;
    int peakStreams = 0;
    bool toolost = false;
    qint64 dkTrackId = 0; // DistroKid's internal ids, as on its stats pages
    qint64 dkAlbumId = 0;
    qint64 tlTrackId = 0; // TooLost's
    qint64 tlReleaseId = 0;
    qint64 tlSplitId = 0;
    std::vector<int> countries; // where the track is heard, heaviest first
    std::vector<int> countryWeights;
    std::vector<int> all;     // all-store streams per model day
    std::vector<int> spotify; // Spotify's part of them
    std::vector<int> apple;   // Apple Music's part
};

struct Campaign
{
    const CampaignSpec* spec = nullptr;
    qint64 startJd = 0;
    qint64 endJd = 0; // inclusive
};

// One ad's delivery on one day.
struct AdDay
{
    int campaign;
    int ad;
    qint64 jd;
    qint64 spendCents;
    qint64 impressions;
    qint64 reach;
    qint64 clicks;
    qint64 results;
};

struct Catalog
{
    quint64 seed = 0;
    QDate today;
    qint64 todayJd = 0;
    int firstMonth = 0; // statement window's first sale month (year * 12 + month - 1)
    int months = 0;
    qint64 firstJd = 0; // the daily model's days
    qint64 lastJd = 0;
    qint64 viralJd = 0;
    std::vector<Track> tracks;
    std::vector<Campaign> campaigns;
    std::vector<AdDay> adDays;

    int value(const std::vector<int>& series, qint64 jd) const
    {
        return jd < firstJd || jd > lastJd ? 0 : series[static_cast<std::size_t>(jd - firstJd)];
    }
    bool credits(const Track& track, int profile) const
    {
        return (kArtists[static_cast<std::size_t>(track.artistIndex)].profiles & (1u << profile)) != 0;
    }
};

// The catalogue for the options' export date, with every track's streams modelled day by day and
// every ad's delivery.
Catalog buildCatalog(const DemoGenerator::Options& options);

// All-store streams of one track in one sale month.
qint64 monthlyStreams(const Catalog& catalog, int trackIndex, int month);

// Sum of one per-track series over the tracks `include` accepts.
template <typename Include>
qint64 sumTracks(const Catalog& catalog, std::vector<int> Track::*series, qint64 jd, Include include)
{
    qint64 sum = 0;
    for (const Track& track : catalog.tracks)
        if (include(track))
            sum += catalog.value(track.*series, jd);
    return sum;
}

inline bool isDistroKid(const Track& track)
{
    return !track.toolost;
}
inline bool isTooLost(const Track& track)
{
    return track.toolost;
}

// Meta results (link clicks or landing page views) of the campaigns promoting a profile's tracks.
qint64 adResults(const Catalog& catalog, int profile, qint64 jd);

// The label's audience grows through the whole story: a factor in permille by days before the export.
int growthPermille(qint64 daysAgo);

// Splits `total` in proportion to `weights` (largest remainder, ties to the earlier entry).
std::vector<qint64> apportion(qint64 total, const std::vector<qint64>& weights);

} // namespace bedrot::demo
