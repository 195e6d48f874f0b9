// DistroKid statement lines: every store's monthly batch per track and country, late corrections,
// repeated small lines and refunds, as the bank-details download has them.
#include "distrokidstatement.h"

#include "calendar.h"
#include "referencetables.h"
#include "rng.h"
#include "rowwriter.h"

#include <algorithm>
#include <array>

namespace bedrot::demo {

const QByteArray& distroKidHeader()
{
    static const QByteArray header = QByteArrayLiteral(
        "Reporting Date\tSale Month\tStore\tArtist\tTitle\tISRC\tUPC\tQuantity\tTeam Percentage\t"
        "Song/Album\tCountry of Sale\tSongwriter Royalties Withheld\tEarnings (USD)\n");
    return header;
}

namespace {

QByteArray formatDistroKidLine(int reportedMonth, int reportDay, int saleMonth, const Store& store,
                               const Track& track, qint64 quantity, const char* country, qint64 earnings)
{
    QByteArray line;
    line.reserve(160);
    RowWriter(line, '\t')
        .date(reportedMonth, reportDay)
        .yearMonth(saleMonth)
        .raw(store.name)
        .raw(track.artist)
        .raw(track.title)
        .raw(track.isrc)
        .raw(track.upc)
        .integer(quantity)
        .integer(track.teamPercent)
        .raw("Song")
        .raw(country)
        .raw("0")
        .earnings(earnings)
        .end();
    return line;
}

} // namespace

qint64 lineEarnings(Rng& rng, const Store& store, int country, qint64 quantity, int teamPercent)
{
    qint64 units = quantity * store.rateUnits;
    if (store.download) {
        // Fixed shelf price; only the currency conversion moves it.
        units = units * rng.between(940, 1040) / 1000;
    } else {
        units = units * kCountries[country].ratePermille / 1000;
        units = units * rng.between(900, 1100) / 1000;
    }
    return units * teamPercent / 100;
}

std::vector<RenderedLine> distroKidLines(const Catalog& catalog, QDate today)
{
    std::vector<RenderedLine> lines;
    const int todayKey = dayKey(today);
    auto addLine = [&](int reportedMonth, int reportDay, int saleMonth, const Store& store,
                       const Track& track, qint64 quantity, int country, qint64 earnings) {
        const int key = dayKey(reportedMonth, reportDay);
        if (key > todayKey)
            return; // not reported yet: recent months stay incomplete, as in real life
        lines.push_back({key, formatDistroKidLine(reportedMonth, reportDay, saleMonth, store, track, quantity,
                                                  kCountries[country].code, earnings)});
    };

    for (int m = 0; m < catalog.months; ++m) {
        const int saleMonth = catalog.firstMonth + m;
        // A store reports a whole sale month in one batch, usually on time, sometimes a month late,
        // rarely most of a year late.
        std::array<int, kStoreCount> batchMonth{};
        for (int s = 0; s < kStoreCount; ++s) {
            Rng batch(
                streamKey(catalog.seed, {kBatchStream, static_cast<quint64>(s), static_cast<quint64>(m)}));
            int delay = kStores[s].delayMonths + (batch.chance(150) ? 1 : 0);
            // The two big services pay like clockwork; a lost batch there would fake a revenue crash.
            if (kStores[s].sharePpm < 90000 && batch.chance(40))
                delay += batch.between(3, 11);
            batchMonth[s] = saleMonth + std::min(delay, 14);
        }

        // The TikTok store pays for the clip's uses while the clip runs.
        const bool clipMonth = firstDayOf(saleMonth).toJulianDay() <= catalog.viralJd + 45 &&
                               lastDayOf(saleMonth).toJulianDay() >= catalog.viralJd - kViralClipLeadDays;
        for (int t = 0; t < static_cast<int>(catalog.tracks.size()); ++t) {
            const Track& track = catalog.tracks[static_cast<std::size_t>(t)];
            if (track.toolost)
                continue; // TooLost reports those
            const qint64 streams = monthlyStreams(catalog, t, saleMonth);
            if (streams <= 0)
                continue;
            const bool surging = clipMonth && t == kViralTrack;
            Rng rng(streamKey(catalog.seed,
                              {kDistroKidStream, static_cast<quint64>(t), static_cast<quint64>(m)}));

            for (int s = 0; s < kStoreCount; ++s) {
                const Store& store = kStores[s];
                const qint64 share = store.sharePpm * (surging && s == kTikTok ? 4 : 1);
                std::vector<int> cells;
                std::vector<int> cellWeights;
                if (store.onlyCountry) {
                    cells.push_back(countryIndex(store.onlyCountry));
                    cellWeights.push_back(1);
                } else {
                    const int n = std::min<int>(store.breadth, static_cast<int>(track.countries.size()));
                    cells.assign(track.countries.begin(), track.countries.begin() + n);
                    cellWeights.assign(track.countryWeights.begin(), track.countryWeights.begin() + n);
                }
                qint64 weightSum = 0;
                for (const int w : cellWeights)
                    weightSum += w;

                for (std::size_t i = 0; i < cells.size(); ++i) {
                    const int country = cells[i];
                    // Expected units in thousandths, rounded stochastically so small markets show up
                    // some months and not others.
                    qint64 expected = streams * share / 1000 * cellWeights[i] / weightSum;
                    expected = expected * rng.between(850, 1150) / 1000;
                    const bool roundUp = static_cast<qint64>(rng.below(1000)) < expected % 1000;
                    qint64 quantity = expected / 1000 + (roundUp ? 1 : 0);
                    if (quantity == 0)
                        continue;

                    // A slice of the month reported again much later (store corrections).
                    if (quantity >= 2 && rng.chance(25)) {
                        const qint64 late =
                            rng.between(1, static_cast<int>(std::min<qint64>(quantity / 3 + 1, 1000)));
                        quantity -= late;
                        // Separate statements: argument evaluation order differs between compilers.
                        const int lateMonth = saleMonth + rng.between(4, 14);
                        const qint64 lateEarnings =
                            lineEarnings(rng, store, country, late, track.teamPercent);
                        addLine(lateMonth, store.reportDay, saleMonth, store, track, late, country,
                                lateEarnings);
                    }

                    const qint64 earnings =
                        rng.chance(store.zeroPermille)
                            ? 0
                            : lineEarnings(rng, store, country, quantity, track.teamPercent);
                    addLine(batchMonth[s], store.reportDay, saleMonth, store, track, quantity, country,
                            earnings);
                    // DistroKid repeats some small lines verbatim; they are separate sales.
                    if (quantity <= 5 && rng.chance(30))
                        addLine(batchMonth[s], store.reportDay, saleMonth, store, track, quantity, country,
                                earnings);

                    // Returns and chargebacks: a download refunded, or a few streams clawed back.
                    if (store.download ? rng.chance(40) : rng.chance(2)) {
                        const qint64 returned =
                            store.download ? 1
                                           : rng.between(1, static_cast<int>(std::min<qint64>(quantity, 3)));
                        const qint64 refund = lineEarnings(rng, store, country, returned, track.teamPercent);
                        addLine(batchMonth[s], store.reportDay, saleMonth, store, track, -returned, country,
                                -refund);
                    }
                }
            }
        }
    }
    // Newest reporting date first, like the download; stable so the older export's lines keep their order.
    std::stable_sort(lines.begin(), lines.end(), [](const RenderedLine& a, const RenderedLine& b) {
        return a.reportedKey > b.reportedKey;
    });
    return lines;
}

} // namespace bedrot::demo
