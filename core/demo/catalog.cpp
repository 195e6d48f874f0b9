// The demo catalogue: tracks with ids, ISRCs and markets, campaigns, and the daily usage model.
#include "catalog.h"

#include "calendar.h"
#include "referencetables.h"
#include "rng.h"
#include "textformat.h"

#include <algorithm>
#include <array>

namespace bedrot::demo {

namespace {

QDate effectiveToday(const DemoGenerator::Options& options)
{
    return options.today.isValid() ? options.today : DemoGenerator::Options().today;
}

// The daily usage model.

// (permille/1000)^days in parts per million; zero after a long fade.
qint64 decayPpm(int permille, qint64 days)
{
    qint64 ppm = 1000000;
    for (qint64 d = 0; d < days && ppm > 0; ++d)
        ppm = ppm * permille / 1000;
    return ppm;
}

// Interest in a track by days since release: a launch week, the first months' decay, a long tail.
int agePermille(int ageDays)
{
    static constexpr std::array kCurve = {1000, 1000, 820, 700, 620, 560, 520, 490,
                                          460,  440,  420, 405, 390, 380, 370, 360}; // every 30 days
    static constexpr std::array kLaunch = {800, 600, 450, 350, 280, 220, 170, 130, 100, 70, 45, 25, 10};
    auto at = [](int step) {
        return step < static_cast<int>(kCurve.size()) ? kCurve[static_cast<std::size_t>(step)]
                                                      : std::max(280, 360 - (step - 15) * 3);
    };
    const int step = ageDays / 30;
    const int into = ageDays % 30;
    int permille = (at(step) * (30 - into) + at(step + 1) * into) / 30;
    if (ageDays < static_cast<int>(kLaunch.size()))
        permille += kLaunch[static_cast<std::size_t>(ageDays)];
    return permille;
}

// A per-month value eased across month boundaries, so daily charts show no steps.
template <typename ValueOfMonth> int monthInterpolated(QDate date, ValueOfMonth valueOf)
{
    const int n = date.daysInMonth();
    const int month = monthNumber(date);
    const int halfDays = 2 * (date.day() - 1) + 1 - n; // from the month's middle
    if (halfDays >= 0)
        return (valueOf(month) * (2 * n - halfDays) + valueOf(month + 1) * halfDays) / (2 * n);
    return (valueOf(month) * (2 * n + halfDays) + valueOf(month - 1) * -halfDays) / (2 * n);
}

// Holiday listening and year-end playlists lift Nov–Dec.
int seasonPermille(int month)
{
    static constexpr std::array kSeason = {960, 900, 960, 980, 1000, 1010, 1030, 1010, 980, 1000, 1060, 1180};
    return kSeason[static_cast<std::size_t>(monthOfYear(month) - 1)];
}

// New Music Friday: streams peak at the end of the week.
constexpr std::array kWeekday = {975, 960, 965, 985, 1060, 1045, 1010};

int viralExtraPermille(qint64 sinceStart)
{
    constexpr int kPeak = 7000;
    constexpr int kResidual = 600; // some of the new listeners stay
    if (sinceStart < 0)
        return 0;
    if (sinceStart < 6)
        return static_cast<int>(kPeak * (sinceStart + 1) / 6);
    return kResidual + static_cast<int>((kPeak - kResidual) * decayPpm(930, sinceStart - 5) / 1000000);
}

int campaignExtraPermille(qint64 jd, const Campaign& campaign)
{
    const int lift = campaign.spec->liftPermille;
    if (jd < campaign.startJd)
        return 0;
    if (jd <= campaign.endJd)
        return lift * static_cast<int>(std::min<qint64>(jd - campaign.startJd + 1, 5)) / 5;
    const int residual = lift / 5;
    return residual + static_cast<int>((lift - residual) * decayPpm(900, jd - campaign.endJd) / 1000000);
}

void modelTrack(Catalog& catalog, int t)
{
    Track& track = catalog.tracks[static_cast<std::size_t>(t)];
    const auto days = static_cast<std::size_t>(catalog.lastJd - catalog.firstJd + 1);
    track.all.assign(days, 0);
    track.spotify.assign(days, 0);
    track.apple.assign(days, 0);
    const qint64 releaseJd = track.releaseDate.toJulianDay();
    const quint64 key = static_cast<quint64>(t);
    auto monthNoise = [&catalog, key](int month) {
        Rng rng(streamKey(catalog.seed, {kUsageStream, key, static_cast<quint64>(month)}));
        return rng.between(880, 1120);
    };
    for (qint64 jd = std::max(releaseJd, catalog.firstJd); jd <= catalog.lastJd; ++jd) {
        const QDate date = QDate::fromJulianDay(jd);
        int event = 1000;
        if (t == kViralTrack)
            event += viralExtraPermille(jd - catalog.viralJd);
        for (const Campaign& campaign : catalog.campaigns)
            if (campaign.spec->track == t)
                event += campaignExtraPermille(jd, campaign);

        Rng rng(streamKey(catalog.seed, {kDayStream, key, static_cast<quint64>(jd)}));
        qint64 milli = static_cast<qint64>(track.peakStreams) * 1000 / 30;
        for (const int permille :
             {agePermille(static_cast<int>(jd - releaseJd)), growthPermille(catalog.todayJd - jd),
              monthInterpolated(date, seasonPermille), monthInterpolated(date, monthNoise),
              kWeekday[static_cast<std::size_t>(date.dayOfWeek() - 1)], rng.between(920, 1080), event})
            milli = milli * permille / 1000;
        const qint64 streams = milli / 1000 + (static_cast<qint64>(rng.below(1000)) < milli % 1000 ? 1 : 0);

        Rng split(streamKey(catalog.seed, {kStoreDayStream, key, static_cast<quint64>(jd)}));
        const qint64 spotifyMilli = streams * split.between(565, 635);
        const qint64 appleMilli = streams * split.between(80, 110);
        const std::size_t i = static_cast<std::size_t>(jd - catalog.firstJd);
        track.all[i] = static_cast<int>(streams);
        track.spotify[i] = static_cast<int>(
            spotifyMilli / 1000 + (static_cast<qint64>(split.below(1000)) < spotifyMilli % 1000 ? 1 : 0));
        track.apple[i] = static_cast<int>(
            appleMilli / 1000 + (static_cast<qint64>(split.below(1000)) < appleMilli % 1000 ? 1 : 0));
    }
}

// Meta delivery of every ad of every campaign, day by day, up to yesterday.
void deliverAds(Catalog& catalog)
{
    for (std::size_t c = 0; c < catalog.campaigns.size(); ++c) {
        const Campaign& campaign = catalog.campaigns[c];
        const CampaignSpec& spec = *campaign.spec;
        int weights = 0;
        for (const AdSpec& ad : spec.ads)
            weights += ad.name ? ad.weight : 0;
        for (int a = 0; a < static_cast<int>(spec.ads.size()); ++a) {
            const AdSpec& ad = spec.ads[static_cast<std::size_t>(a)];
            if (!ad.name)
                continue;
            for (qint64 jd = campaign.startJd; jd <= std::min(campaign.endJd, catalog.todayJd - 1); ++jd) {
                Rng rng(streamKey(catalog.seed, {kMetaStream, static_cast<quint64>(c),
                                                 static_cast<quint64>(a), static_cast<quint64>(jd)}));
                qint64 spend = static_cast<qint64>(spec.dailyBudgetCents) * ad.weight / weights;
                spend = spend * rng.between(850, 1150) / 1000;
                if (jd == campaign.startJd)
                    spend = spend * 55 / 100; // learning phase
                if (jd == campaign.endJd)
                    spend = spend * 70 / 100;
                const qint64 impressions = spend * 1000 / rng.between(550, 1250); // CPM $5.50–$12.50
                const qint64 reach = impressions * rng.between(720, 900) / 1000;
                const qint64 clicks = impressions * rng.between(spec.ctrLo, spec.ctrHi) / 10000;
                const qint64 results = spec.landingPageViews ? clicks * rng.between(620, 820) / 1000 : clicks;
                if (spend <= 0)
                    continue;
                catalog.adDays.push_back(
                    {static_cast<int>(c), a, jd, spend, impressions, reach, clicks, results});
            }
        }
    }
}

} // namespace

// The label's audience grows through the whole story.
int growthPermille(qint64 daysAgo)
{
    return static_cast<int>(std::clamp<qint64>(1900 - 900 * daysAgo / 730, 600, 1900));
}

// Splits `total` in proportion to `weights` (largest remainder, ties to the earlier entry).
std::vector<qint64> apportion(qint64 total, const std::vector<qint64>& weights)
{
    std::vector<qint64> shares(weights.size(), 0);
    qint64 sum = 0;
    for (const qint64 w : weights)
        sum += w;
    if (sum <= 0 || total <= 0)
        return shares;
    std::vector<std::pair<qint64, std::size_t>> remainders;
    qint64 given = 0;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        shares[i] = total * weights[i] / sum;
        given += shares[i];
        remainders.emplace_back(total * weights[i] % sum, i);
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    for (std::size_t k = 0; given < total && k < remainders.size(); ++k, ++given)
        ++shares[remainders[k].second];
    return shares;
}

Catalog buildCatalog(const DemoGenerator::Options& options)
{
    Catalog catalog;
    catalog.seed = options.seed;
    catalog.today = effectiveToday(options);
    catalog.todayJd = catalog.today.toJulianDay();
    catalog.months = std::max(1, options.months);
    catalog.firstMonth = monthNumber(catalog.today) - (catalog.months - 1);
    catalog.firstJd = std::min(firstDayOf(catalog.firstMonth).toJulianDay(), catalog.todayJd - 400);
    catalog.lastJd = lastDayOf(monthNumber(catalog.today)).toJulianDay();
    catalog.viralJd = catalog.todayJd + kViralOffsetDays;

    std::array<int, kReleases.size()> positions{};
    for (int t = 0; t < static_cast<int>(kTracks.size()); ++t) {
        const TrackSpec& spec = kTracks[static_cast<std::size_t>(t)];
        const ReleaseSpec& release = kReleases[static_cast<std::size_t>(spec.release)];
        const ArtistSpec& artist = kArtists[static_cast<std::size_t>(release.artist)];
        Track track;
        track.artist = artist.name;
        track.title = spec.title;
        track.releaseTitle = release.title;
        track.artistIndex = release.artist;
        track.releaseIndex = spec.release;
        track.position = positions[static_cast<std::size_t>(spec.release)]++;
        track.upc = upcWithCheckDigit(release.upc11);
        track.teamPercent = release.split;
        track.releaseDate = fridayOf(monthNumber(catalog.today) - release.monthsAgo, release.friday);
        track.peakStreams = spec.peakStreams;
        track.toolost = release.toolost;

        // The ISRC year follows the release year, as a distributor assigns it at upload.
        track.isrc = release.isrcStem;
        appendPadded(track.isrc, track.releaseDate.year() % 100, 2);
        appendPadded(track.isrc, spec.designation, 5);

        // Internal ids grow with the upload date, like the platforms' own.
        const qint64 uploadDay = track.releaseDate.toJulianDay() - 2459000;
        Rng ids(streamKey(catalog.seed, {kIdStream, static_cast<quint64>(spec.release)}));
        track.dkAlbumId = 9000000 + uploadDay * 1500 + static_cast<qint64>(ids.below(1500));
        track.dkTrackId =
            40000000 + uploadDay * 12000 + static_cast<qint64>(ids.below(10000)) + track.position;
        track.tlReleaseId = 280000 + uploadDay * 40 + static_cast<qint64>(ids.below(40));
        track.tlTrackId = 1100000 + uploadDay * 300 + static_cast<qint64>(ids.below(290)) + track.position;
        track.tlSplitId = 60000 + uploadDay * 5 + static_cast<qint64>(ids.below(5));

        // A handful of markets per track keeps the line count at a real small label's level: stores
        // do not report a country where nobody listened.
        std::array<int, kCountryCount> weight{};
        for (const char* home = artist.homeCountries; home[0] && home[1]; home += 2) {
            const int c = countryIndex(home);
            weight[static_cast<std::size_t>(c)] = kCountries[static_cast<std::size_t>(c)].weight * 5 / 2;
        }
        Rng rng(streamKey(catalog.seed, {kCountrySetStream, static_cast<quint64>(t)}));
        int chosen =
            static_cast<int>(std::count_if(weight.begin(), weight.end(), [](int w) { return w > 0; }));
        const int wanted = std::min(11, 5 + spec.peakStreams / 8000);
        const int china = countryIndex("CN");
        while (chosen < wanted) {
            int total = 0;
            for (int c = 0; c < kCountryCount; ++c)
                if (weight[static_cast<std::size_t>(c)] == 0 && c != china)
                    total += kCountries[static_cast<std::size_t>(c)].weight;
            int pick = static_cast<int>(rng.below(static_cast<quint64>(total)));
            for (int c = 0; c < kCountryCount; ++c) {
                if (weight[static_cast<std::size_t>(c)] != 0 || c == china)
                    continue;
                pick -= kCountries[static_cast<std::size_t>(c)].weight;
                if (pick < 0) {
                    weight[static_cast<std::size_t>(c)] = kCountries[static_cast<std::size_t>(c)].weight;
                    ++chosen;
                    break;
                }
            }
        }
        for (int c = 0; c < kCountryCount; ++c)
            if (weight[static_cast<std::size_t>(c)] > 0)
                track.countries.push_back(c);
        std::stable_sort(track.countries.begin(), track.countries.end(), [&weight](int a, int b) {
            return weight[static_cast<std::size_t>(a)] > weight[static_cast<std::size_t>(b)];
        });
        for (const int c : track.countries)
            track.countryWeights.push_back(weight[static_cast<std::size_t>(c)]);

        catalog.tracks.push_back(std::move(track));
    }

    for (const CampaignSpec& spec : kCampaigns) {
        qint64 anchor = catalog.todayJd;
        if (spec.anchor == Anchor::Release)
            anchor = catalog.tracks[static_cast<std::size_t>(spec.track)].releaseDate.toJulianDay();
        if (spec.anchor == Anchor::Viral)
            anchor = catalog.viralJd;
        Campaign campaign;
        campaign.spec = &spec;
        campaign.startJd = anchor + spec.startOffset;
        campaign.endJd = campaign.startJd + spec.days - 1;
        catalog.campaigns.push_back(campaign);
    }
    deliverAds(catalog);
    for (int t = 0; t < static_cast<int>(catalog.tracks.size()); ++t)
        modelTrack(catalog, t);
    return catalog;
}

// All-store streams of one track in one sale month.
qint64 monthlyStreams(const Catalog& catalog, int trackIndex, int month)
{
    const Track& track = catalog.tracks[static_cast<std::size_t>(trackIndex)];
    qint64 sum = 0;
    for (qint64 jd = firstDayOf(month).toJulianDay(); jd <= lastDayOf(month).toJulianDay(); ++jd)
        sum += catalog.value(track.all, jd);
    return sum;
}

// Meta results (link clicks or landing page views) of the campaigns promoting a profile's tracks.
qint64 adResults(const Catalog& catalog, int profile, qint64 jd)
{
    qint64 sum = 0;
    for (const AdDay& day : catalog.adDays) {
        const Track& track =
            catalog
                .tracks[static_cast<std::size_t>(kCampaigns[static_cast<std::size_t>(day.campaign)].track)];
        if (day.jd == jd && catalog.credits(track, profile))
            sum += day.results;
    }
    return sum;
}

} // namespace bedrot::demo
