// TooLost analytics JSON (days unordered, zero days left out) and sales reports (rev_fee = the net).
#include "toolostexports.h"

#include "calendar.h"
#include "referencetables.h"
#include "rng.h"
#include "rowwriter.h"
#include "textformat.h"

#include <algorithm>
#include <array>
#include <utility>
#include <vector>

namespace bedrot::demo {

namespace {

// TooLost mostly writes its counts as strings.
constexpr DayCountJson kQuotedStreams{"{\"date\":\"", "\",\"streams\":\"", "\"}"};

} // namespace

QByteArray tooLostSpotifyJson(const Catalog& catalog)
{
    const qint64 first = QDate(catalog.today.year(), 1, 1).toJulianDay();
    const qint64 last = catalog.todayJd - 2;
    std::vector<std::pair<qint64, qint64>> days;
    for (qint64 jd = first; jd <= last; ++jd) {
        const qint64 streams = sumTracks(catalog, &Track::spotify, jd, isTooLost);
        if (streams > 0)
            days.emplace_back(jd, streams); // zero days are left out
    }
    Rng rng(streamKey(catalog.seed, {kTooLostStream, 1}));
    shuffle(days, rng);

    QByteArray out("{\"streams\":[");
    appendDayCounts(out, days, kQuotedStreams);
    // Discovery Mode from the month after the first TooLost release: 30% commission on the royalties
    // of the streams it brought.
    out.append("],\"discovery\":[");
    bool any = false;
    qint64 firstRelease = catalog.lastJd;
    for (const Track& track : catalog.tracks)
        if (track.toolost)
            firstRelease = std::min(firstRelease, track.releaseDate.toJulianDay());
    for (int month = monthNumber(QDate::fromJulianDay(std::max(first, firstRelease))) + 1;
         month < monthNumber(catalog.today); ++month) {
        qint64 streams = 0;
        for (qint64 jd = firstDayOf(month).toJulianDay(); jd <= lastDayOf(month).toJulianDay(); ++jd)
            streams += sumTracks(catalog, &Track::spotify, jd, isTooLost);
        streams = streams * rng.between(180, 320) / 1000;
        if (streams <= 0)
            continue;
        const qint64 fees = streams * 300000 * 3 / 10 * rng.between(850, 1100) / 1000; // 1e-8 USD
        out.append(any ? ",{\"date\":\"" : "{\"date\":\"");
        any = true;
        appendDate(out, month, 1);
        out.append("\",\"streams\":\"");
        appendInt(out, streams);
        out.append("\",\"fees\":\"");
        appendFixed(out, fees, 8);
        out.append("\"}");
    }
    out.append("]}");
    return out;
}

QByteArray tooLostAppleJson(const Catalog& catalog)
{
    const qint64 first = QDate(catalog.today.year(), 1, 1).toJulianDay();
    const qint64 last = catalog.todayJd - 2;
    Rng rng(streamKey(catalog.seed, {kTooLostStream, 2}));
    std::vector<std::pair<qint64, qint64>> streams;
    std::vector<std::pair<qint64, qint64>> shazams;
    for (qint64 jd = first; jd <= last; ++jd) {
        const qint64 apple = sumTracks(catalog, &Track::apple, jd, isTooLost);
        if (apple > 0)
            streams.emplace_back(jd, apple);
        // One draw per statement: the order of operands is unspecified, the files must not depend on it.
        qint64 shazam = apple * rng.between(10, 60) / 1000;
        if (apple > 0 && rng.chance(150))
            ++shazam;
        if (shazam > 0)
            shazams.emplace_back(jd, shazam);
    }
    shuffle(streams, rng);
    shuffle(shazams, rng);

    QByteArray out("{\"totalStreams\":[");
    appendDayCounts(out, streams, {"{\"date\":\"", "\",\"streams\":", "}"}); // ints here…
    qint64 total = 0;
    for (const auto& day : streams)
        total += day.second;
    out.append("],\"totalShazam\":[");
    appendDayCounts(out, shazams, kQuotedStreams); // …strings there
    out.append("],\"tracksTotal\":[");
    std::array<qint64, kCountryCount> countries{};
    bool any = false;
    for (const Track& track : catalog.tracks) {
        if (!track.toolost)
            continue;
        qint64 sum = 0;
        for (qint64 jd = first; jd <= last; ++jd)
            sum += catalog.value(track.apple, jd);
        if (sum <= 0)
            continue;
        out.append(any ? ",{\"isrc\":" : "{\"isrc\":");
        any = true;
        appendJsonString(out, track.isrc);
        out.append(",\"streams\":");
        appendInt(out, sum);
        out.append(",\"track\":");
        appendJsonString(out, track.title);
        out.append(",\"release\":");
        appendJsonString(out, track.releaseTitle);
        out.append(",\"cover\":\"https://toolost.s3.us-east-2.amazonaws.com/releases/");
        appendInt(out, track.tlReleaseId);
        out.append("/cover-1400.jpg\"}");
        std::vector<qint64> weights(track.countryWeights.begin(), track.countryWeights.end());
        const std::vector<qint64> shares = apportion(sum, weights);
        for (std::size_t i = 0; i < shares.size(); ++i)
            countries[static_cast<std::size_t>(track.countries[i])] += shares[i];
    }
    out.append("],\"countryTotal\":[");
    std::vector<int> order;
    for (int c = 0; c < kCountryCount; ++c)
        if (countries[static_cast<std::size_t>(c)] > 0)
            order.push_back(c);
    std::stable_sort(order.begin(), order.end(), [&countries](int a, int b) {
        return countries[static_cast<std::size_t>(a)] > countries[static_cast<std::size_t>(b)];
    });
    for (std::size_t i = 0; i < order.size(); ++i) {
        if (i > 0)
            out.append(',');
        out.append("{\"country\":\"")
            .append(kCountries[static_cast<std::size_t>(order[i])].code)
            .append("\",\"streams\":");
        appendInt(out, countries[static_cast<std::size_t>(order[i])]);
        out.append('}');
    }
    out.append("],\"streamTotal\":");
    appendInt(out, total);
    out.append('}');
    return out;
}

namespace {

struct TooLostChannel
{
    const char* name;
    int store;       // the kStores entry whose share and rate it follows
    int delayMonths; // sale month = accounting month - delay
    int breadth;     // countries reported separately
};

constexpr std::array kTooLostChannels = {
    TooLostChannel{"Spotify", 0, 2, 8},       TooLostChannel{"Apple Music", 1, 2, 4},
    TooLostChannel{"YouTube Music", 4, 2, 3}, TooLostChannel{"Amazon Music", 11, 3, 2},
    TooLostChannel{"TikTok", 7, 3, 3},        TooLostChannel{"Deezer", 9, 3, 2},
    TooLostChannel{"TIDAL", 10, 3, 1},        TooLostChannel{"Facebook", 8, 3, 2},
};

} // namespace

// One month's sales report: rev_fee is the label's net (gross × its share), in USD with 8 decimals.
QByteArray tooLostSalesReport(const Catalog& catalog, int accountingMonth)
{
    QByteArray out(
        "transaction_id,sale_date,accounting_date,reporting_date,release_title,release_id,track_title,"
        "track_id,channel,country,isrc,upc,units,unit_price,original_currency,split_id,share,rev_fee\n");
    Rng rng(streamKey(catalog.seed, {kTooLostStream, 3, static_cast<quint64>(accountingMonth)}));
    qint64 transaction =
        31000000 + static_cast<qint64>(accountingMonth - 2024 * 12) * 250000 + rng.between(0, 999);
    for (const TooLostChannel& channel : kTooLostChannels) {
        const Store& store = kStores[static_cast<std::size_t>(channel.store)];
        const int saleMonth = accountingMonth - channel.delayMonths;
        for (int t = 0; t < static_cast<int>(catalog.tracks.size()); ++t) {
            const Track& track = catalog.tracks[static_cast<std::size_t>(t)];
            if (!track.toolost)
                continue;
            const qint64 streams = monthlyStreams(catalog, t, saleMonth);
            if (streams <= 0)
                continue;
            const std::size_t n =
                std::min<std::size_t>(static_cast<std::size_t>(channel.breadth), track.countries.size());
            qint64 weightSum = 0;
            for (std::size_t i = 0; i < n; ++i)
                weightSum += track.countryWeights[i];
            for (std::size_t i = 0; i < n; ++i) {
                const int country = track.countries[i];
                qint64 expected = streams * store.sharePpm / 1000 * track.countryWeights[i] / weightSum;
                expected = expected * rng.between(850, 1150) / 1000;
                const qint64 units =
                    expected / 1000 + (static_cast<qint64>(rng.below(1000)) < expected % 1000 ? 1 : 0);
                if (units == 0)
                    continue;
                qint64 unitPrice =
                    store.rateUnits * kCountries[static_cast<std::size_t>(country)].ratePermille / 1000;
                unitPrice = unitPrice * rng.between(900, 1100) / 1000;
                const qint64 revFee = (units * unitPrice * track.teamPercent + 50) / 100;

                transaction += rng.between(1, 7);
                RowWriter(out)
                    .integer(transaction)
                    .date(saleMonth, 1)
                    .date(lastDayOf(accountingMonth))
                    .date(accountingMonth + 1, 10)
                    .text(track.releaseTitle)
                    .integer(track.tlReleaseId)
                    .text(track.title)
                    .integer(track.tlTrackId)
                    .raw(channel.name)
                    .raw(kCountries[static_cast<std::size_t>(country)].code)
                    .raw(track.isrc)
                    .raw(track.upc)
                    .integer(units)
                    .fixed(unitPrice, 8)
                    .raw("USD")
                    .integer(track.tlSplitId)
                    .integer(track.teamPercent)
                    .fixed(revFee, 8)
                    .end();
            }
        }
    }
    return out;
}

} // namespace bedrot::demo
