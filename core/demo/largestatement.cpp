// The bench statement: pre-joined line segments and table-driven weighted picks, written in chunks.
#include "largestatement.h"

#include "distrokidstatement.h"
#include "referencetables.h"
#include "rng.h"
#include "textformat.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <array>
#include <vector>

namespace bedrot::demo {

namespace {

// Buffers a few MB before each write: per-line writes would make the bench measure syscalls.
class ChunkedWriter
{
public:
    static constexpr qsizetype kChunk = 4 * 1024 * 1024;

    explicit ChunkedWriter(QFile& file) : m_file(file) { m_buffer.reserve(kChunk + 4096); }
    QByteArray& buffer() { return m_buffer; }
    bool flushIfFull() { return m_buffer.size() < kChunk || flush(); }
    bool flush()
    {
        const bool ok = m_file.write(m_buffer) == m_buffer.size();
        m_buffer.truncate(0); // keeps the capacity
        return ok;
    }

private:
    QFile& m_file;
    QByteArray m_buffer;
};

QByteArray syntheticName(Rng& rng, int minWords, int maxWords, bool capitalizeAll)
{
    static constexpr std::array kSyllables = {
        "ka", "lo",   "mi",  "ra",  "vex", "dun", "sol", "ash", "ren", "to",  "va", "jun", "el",  "no", "bri",
        "zo", "quin", "tal", "mor", "sy",  "de",  "lu",  "fen", "ori", "pax", "ce", "wyn", "gar", "is", "ne"};
    static constexpr std::array kWords = {
        "Midnight", "Echo",  "Velvet", "Signal",    "Paper",  "Harbor", "Static", "Bloom",
        "Neon",     "Drive", "Hollow", "River",     "Golden", "Ashes",  "Cold",   "Fire",
        "Summer",   "Ghost", "Motel",  "Satellite", "Glass",  "Heart",  "Slow",   "Burn",
        "Blue",     "Hours", "Dust",   "Lights",    "Tunnel", "Wild",   "Sugar",  "Rain",
        "Open",     "Road",  "Lost",   "Signals",   "Fever",  "Ocean",  "Night",  "Shift"};
    QByteArray name;
    const int words = rng.between(minWords, maxWords);
    for (int w = 0; w < words; ++w) {
        if (w > 0)
            name.append(' ');
        if (capitalizeAll) {
            name.append(kWords[rng.below(kWords.size())]);
        } else {
            QByteArray word;
            const int syllables = rng.between(1, 3);
            for (int s = 0; s < syllables; ++s)
                word.append(kSyllables[rng.below(kSyllables.size())]);
            word[0] = static_cast<char>(word[0] - 'a' + 'A');
            name.append(word);
        }
    }
    return name;
}

// A table of slotCount entries filled in proportion to the weights, for O(1) weighted picks in the hot loop.
template <typename Weight>
std::vector<quint8> weightedTable(const std::vector<Weight>& weights, int slotCount)
{
    qint64 total = 0;
    for (const Weight w : weights)
        total += w;
    std::vector<quint8> table;
    table.reserve(static_cast<std::size_t>(slotCount));
    for (std::size_t i = 0; i < weights.size(); ++i) {
        // Every entry gets at least one slot so rare stores and countries still appear.
        const qint64 n = std::max<qint64>(1, static_cast<qint64>(weights[i]) * slotCount / total);
        for (qint64 k = 0; k < n; ++k)
            table.push_back(static_cast<quint8>(i));
    }
    return table;
}

} // namespace

bool writeLargeStatement(const QString& path, qint64 lines, quint32 seed)
{
    constexpr int kArtistCount = 50;
    constexpr int kTrackCount = 2000;
    constexpr int kMonths = 36;
    constexpr int kFirstSaleMonth = 2023 * 12; // January 2023
    Rng rng(streamKey(seed, {kLargeStream}));

    std::vector<QByteArray> artists;
    for (int a = 0; a < kArtistCount; ++a)
        artists.push_back(syntheticName(rng, 1, 3, false));

    // Pre-joined "Artist\tTitle\tISRC\tUPC\t" per track; releases of 1–8 tracks share a UPC.
    std::vector<QByteArray> trackSegments;
    trackSegments.reserve(kTrackCount);
    QByteArray upc;
    int leftInRelease = 0;
    int artist = 0;
    for (int t = 0; t < kTrackCount; ++t) {
        if (leftInRelease == 0) {
            leftInRelease = rng.between(1, 8);
            artist = static_cast<int>(rng.below(kArtistCount));
            QByteArray upc11("1986");
            appendPadded(upc11, static_cast<qint64>(rng.below(10000000)), 7);
            upc = upcWithCheckDigit(upc11.constData());
        }
        --leftInRelease;
        QByteArray segment = artists[artist];
        segment.append('\t').append(syntheticName(rng, 2, 5, true));
        if (rng.chance(250))
            segment.append(" (feat. ").append(artists[rng.below(kArtistCount)]).append(')');
        segment.append("\tQZ");
        static constexpr char kAlnum[] = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
        for (int k = 0; k < 3; ++k)
            segment.append(kAlnum[rng.below(sizeof(kAlnum) - 1)]);
        appendPadded(segment, rng.between(15, 25), 2);
        appendPadded(segment, static_cast<qint64>(rng.below(100000)), 5);
        segment.append('\t').append(upc).append('\t');
        trackSegments.push_back(std::move(segment));
    }

    std::vector<int> storeWeights;
    for (const Store& store : kStores)
        storeWeights.push_back(store.sharePpm);
    const std::vector<quint8> storeTable = weightedTable(storeWeights, 4096);
    std::vector<int> countryWeights;
    for (const Country& country : kCountries)
        countryWeights.push_back(country.weight);
    const std::vector<quint8> countryTable = weightedTable(countryWeights, 4096);
    std::array<int, kStoreCount> onlyCountry{};
    for (int s = 0; s < kStoreCount; ++s)
        onlyCountry[s] = kStores[s].onlyCountry ? countryIndex(kStores[s].onlyCountry) : -1;

    // "Reporting Date\tSale Month\tStore\t" per sale month and store.
    std::vector<QByteArray> heads;
    heads.reserve(static_cast<std::size_t>(kMonths * kStoreCount));
    for (int m = 0; m < kMonths; ++m) {
        for (const Store& store : kStores) {
            QByteArray head;
            appendDate(head, kFirstSaleMonth + m + store.delayMonths, store.reportDay);
            head.append('\t');
            appendYearMonth(head, kFirstSaleMonth + m);
            head.append('\t').append(store.name).append('\t');
            heads.push_back(std::move(head));
        }
    }
    // "\t100\tSong\tCC\t0\t" per country.
    std::vector<QByteArray> countrySegments;
    for (const Country& country : kCountries)
        countrySegments.push_back(QByteArray("\t100\tSong\t").append(country.code).append("\t0\t"));

    if (const QString dir = QFileInfo(path).absolutePath(); !QDir().mkpath(dir))
        return false;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    ChunkedWriter writer(file);
    QByteArray& out = writer.buffer();
    out.append(distroKidHeader());

    for (qint64 i = 0; i < lines; ++i) {
        const int month = static_cast<int>(i * kMonths / std::max<qint64>(lines, 1));
        const int s = storeTable[rng.below(storeTable.size())];
        const int drawn = countryTable[rng.below(countryTable.size())];
        const int c = onlyCountry[s] >= 0 ? onlyCountry[s] : drawn;
        // Squaring a uniform draw makes low-numbered tracks the catalogue's hits.
        const quint64 u = rng.below(kTrackCount);
        const std::size_t track = static_cast<std::size_t>(u * u / kTrackCount);
        const Store& store = kStores[static_cast<std::size_t>(s)];
        const qint64 quantity =
            store.download
                ? rng.between(1, 3)
                : 1 + static_cast<qint64>(rng.below(static_cast<quint64>(1) << rng.between(0, 12)));
        const qint64 earnings =
            rng.chance(store.zeroPermille) ? 0 : lineEarnings(rng, store, c, quantity, 100);

        out.append(heads[static_cast<std::size_t>(month * kStoreCount + s)]);
        out.append(trackSegments[track]);
        appendInt(out, quantity);
        out.append(countrySegments[static_cast<std::size_t>(c)]);
        appendEarnings(out, earnings);
        out.append('\n');
        if (!writer.flushIfFull())
            return false;
    }
    return writer.flush() && file.error() == QFileDevice::NoError;
}

} // namespace bedrot::demo
