// Deterministic demo data: a small fictional label's exports, and large synthetic statements for benches.
#include "demogenerator.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>
#include <array>
#include <initializer_list>
#include <vector>

namespace bedrot {

namespace {

// splitmix64: tiny and identical on every platform and standard library, unlike std:: distributions.
class Rng
{
public:
    explicit Rng(quint64 seed) : m_state(seed) {}

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    // Uniform in [0, n) for n < 2^32; the multiply-shift bias is far below anything a chart could show.
    quint64 below(quint64 n) { return ((next() >> 32) * n) >> 32; }
    int between(int lo, int hi) { return lo + static_cast<int>(below(static_cast<quint64>(hi - lo + 1))); }
    bool chance(int perMille) { return below(1000) < static_cast<quint64>(perMille); }

private:
    quint64 m_state;
};

// One independent random stream per coordinate, so adding a track or a store to the catalog changes
// only that track's or store's lines instead of reshuffling every later draw.
quint64 streamKey(quint64 seed, std::initializer_list<quint64> coordinates)
{
    quint64 key = Rng(seed ^ 0x6A09E667F3BCC909ull).next();
    for (const quint64 c : coordinates)
        key = Rng(key ^ (c * 0x9E3779B97F4A7C15ull + 0x632BE59BD9B4E019ull)).next();
    return key;
}

// Stream purposes, so two generators never share a random sequence by accident.
enum StreamId : quint64 { kUsageStream = 1, kBatchStream, kDistroKidStream, kCountrySetStream, kLargeStream };

// ---------------------------------------------------------------------------------------------------
// Static reference tables shared by every format.

struct Country
{
    const char* code;
    int weight;       // share of listening, arbitrary units
    int ratePermille; // payout level relative to a mid-market country
};

constexpr std::array kCountries = {
    Country{"US", 300, 1300}, Country{"GB", 80, 1200}, Country{"DE", 70, 1100}, Country{"FR", 45, 1000},
    Country{"CA", 45, 1100},  Country{"AU", 35, 1100}, Country{"BR", 60, 350},  Country{"MX", 55, 400},
    Country{"SE", 25, 1200},  Country{"NL", 25, 1150}, Country{"JP", 20, 950},  Country{"ES", 25, 750},
    Country{"IT", 20, 750},   Country{"PL", 20, 500},  Country{"IN", 30, 150},  Country{"PH", 15, 250},
    Country{"ID", 15, 250},   Country{"TR", 10, 250},  Country{"NO", 10, 1350}, Country{"DK", 10, 1250},
    Country{"FI", 8, 1050},   Country{"BE", 10, 1050}, Country{"CH", 10, 1450}, Country{"AT", 8, 1100},
    Country{"IE", 8, 1150},   Country{"NZ", 8, 1050},  Country{"AR", 15, 200},  Country{"CL", 10, 400},
    Country{"CO", 10, 300},   Country{"ZA", 8, 350},   Country{"KR", 6, 800},   Country{"CN", 3, 300},
    Country{"PT", 8, 600},    Country{"CZ", 6, 550},   Country{"RO", 6, 350},   Country{"HU", 5, 450},
    Country{"GR", 5, 550},    Country{"SG", 6, 800},   Country{"MY", 5, 350},   Country{"TH", 5, 300},
};
constexpr int kCountryCount = static_cast<int>(kCountries.size());

int countryIndex(const char* code)
{
    for (int i = 0; i < kCountryCount; ++i)
        if (kCountries[i].code[0] == code[0] && kCountries[i].code[1] == code[1]) return i;
    return -1;
}

struct Store
{
    const char* name;
    int sharePpm;       // expected units per million streams of a track
    qint64 rateUnits;   // USD per unit in 1e-8 units (statement precision)
    int breadth;        // how many of a track's countries the store reports separately
    const char* onlyCountry; // regional services
    int delayMonths;    // usual gap between sale month and reporting
    int reportDay;      // day of month the store's batch lands on
    int zeroPermille;   // unmonetised lines (user-generated content, free tiers)
    bool download;
};

constexpr std::array kStores = {
    Store{"Spotify", 600000, 300000, 12, nullptr, 2, 5, 0, false},
    Store{"Apple Music", 95000, 600000, 4, nullptr, 2, 8, 0, false},
    Store{"iTunes Songs", 150, 69000000, 2, nullptr, 2, 8, 0, true},
    Store{"iTunes Match", 300, 40000, 1, nullptr, 4, 8, 30, false},
    Store{"YouTube (Ads)", 55000, 110000, 3, nullptr, 2, 12, 60, false},
    Store{"YouTube (Red)", 12000, 210000, 2, nullptr, 2, 12, 0, false},
    Store{"YouTube (Audio)", 30000, 50000, 2, nullptr, 3, 12, 40, false},
    Store{"TikTok", 50000, 30000, 3, nullptr, 3, 18, 80, false},
    Store{"Facebook", 25000, 25000, 2, nullptr, 4, 18, 80, false},
    Store{"Deezer", 20000, 260000, 2, nullptr, 2, 21, 0, false},
    Store{"Tidal", 7000, 1250000, 1, nullptr, 3, 21, 0, false},
    Store{"Amazon Unlimited (Streaming)", 35000, 420000, 2, nullptr, 3, 25, 0, false},
    Store{"Amazon Prime (Streaming)", 15000, 260000, 1, nullptr, 3, 25, 0, false},
    Store{"Pandora", 18000, 130000, 1, "US", 3, 15, 0, false},
    Store{"NetEase", 8, 60000, 1, "CN", 5, 27, 0, false},
    Store{"Tencent", 8, 80000, 1, "CN", 5, 27, 0, false},
    Store{"Luna", 4, 50000, 1, "CN", 5, 27, 0, false},
    Store{"Flo", 4, 90000, 1, "KR", 5, 27, 0, false},
};
constexpr int kStoreCount = static_cast<int>(kStores.size());
constexpr int kTikTok = 7;

// ---------------------------------------------------------------------------------------------------
// The demo label. Every format derives from this one catalog and usage model, so the statements,
// daily stats and audience files of one demo workspace tell the same story.

struct ArtistSpec
{
    const char* name;
    const char* homeCountries; // concatenated ISO-2 codes: markets where the artist over-performs
    int teamPercent;           // a collaboration's payee only gets their split
};

constexpr std::array kArtists = {
    ArtistSpec{"ZONE A0", "USDENLSE", 100},
    ArtistSpec{"Pig1987", "USBRMXGB", 100},
    ArtistSpec{"Nova Rae", "USGBCAAUSE", 100},
    ArtistSpec{"ZONE A0 & Nova Rae", "USGBDESE", 50},
};

struct ReleaseSpec
{
    int artist;
    const char* upc11;      // the check digit is computed
    const char* registrant; // ISRC registrant code (DistroKid hands out several)
    int monthsBeforeWindow; // > 0: back catalogue released before the window
    int atPermille;         // otherwise: position inside the window
};

constexpr std::array kReleases = {
    ReleaseSpec{0, "19866725476", "TAW", 8, 0},   // HOLD ON (EP)
    ReleaseSpec{1, "19866718033", "ES5", 14, 0},  // Mud Season
    ReleaseSpec{2, "19866730912", "HN8", 4, 0},   // Paper Moons (EP)
    ReleaseSpec{3, "19866741287", "TAW", 0, 120}, // Overpass
    ReleaseSpec{1, "19866745530", "ES5", 0, 250}, // Trough (EP)
    ReleaseSpec{0, "19866752604", "TAW", 0, 375}, // Night Shift
    ReleaseSpec{2, "19866760178", "HN8", 0, 500}, // Afterglow Drive (EP)
    ReleaseSpec{3, "19866768841", "TAW", 0, 625}, // Signal Fire
    ReleaseSpec{1, "19866774395", "ES5", 0, 750}, // Slow Burn
    ReleaseSpec{0, "19866781920", "TAW", 0, 875}, // Glass Harbor
};

struct TrackSpec
{
    int release;
    const char* title; // UTF-8
    int peakStreams;   // monthly streams in the first full month, before label growth
    int designation;   // ISRC designation code
    bool viral;        // gets a short TikTok-driven surge
};

constexpr std::array kTracks = {
    TrackSpec{0, "HOLD ON I", 26000, 96365, false},
    TrackSpec{0, "HOLD ON II", 17000, 96366, false},
    TrackSpec{0, "Static Bloom", 10500, 96367, false},
    TrackSpec{1, "Mud Season", 13000, 41208, false},
    TrackSpec{2, "Paper Moons", 19500, 11873, false},
    TrackSpec{2, "Cold Open", 9000, 11874, false},
    TrackSpec{3, "Overpass", 30000, 31552, true},
    TrackSpec{4, "Trough", 14000, 52017, false},
    TrackSpec{4, "Sunday Slop", 7500, 52018, false},
    TrackSpec{5, "Night Shift", 21000, 60431, false},
    TrackSpec{6, "Afterglow Drive", 26000, 20946, false},
    TrackSpec{6, "Caf\xC3\xA9 Lumi\xC3\xA8re", 15000, 20947, false}, // non-ASCII on purpose
    TrackSpec{6, "Long Exposure", 11000, 20948, false},
    TrackSpec{7, "Signal Fire", 24000, 71329, false},
    TrackSpec{8, "Slow Burn", 15000, 83176, false},
    TrackSpec{9, "Glass Harbor", 22500, 90284, false},
};

struct Track
{
    QByteArray artist;
    QByteArray title;
    QByteArray isrc;
    QByteArray upc;
    int teamPercent = 100;
    int releaseMonth = 0; // months since the window's first month; negative for back catalogue
    int peakStreams = 0;
    bool viral = false;
    std::vector<int> countries; // where the track is heard, heaviest first
    std::vector<int> countryWeights;
};

struct Catalog
{
    quint64 seed = 0;
    int firstMonth = 0; // absolute month number (year * 12 + month - 1)
    int months = 0;
    std::vector<Track> tracks;
};

int monthNumber(QDate date) { return date.year() * 12 + date.month() - 1; }
int yearOf(int month) { return month / 12; }
int monthOfYear(int month) { return month % 12 + 1; }
// Orders days without building QDates: the reporting day is at most 28.
int dayKey(int month, int day) { return month * 32 + day; }
int dayKey(QDate date) { return dayKey(monthNumber(date), date.day()); }

QByteArray upcWithCheckDigit(const char* upc11)
{
    QByteArray upc(upc11);
    int sum = 0;
    for (int i = 0; i < upc.size(); ++i)
        sum += (upc[i] - '0') * (i % 2 == 0 ? 3 : 1);
    upc.append(static_cast<char>('0' + (10 - sum % 10) % 10));
    return upc;
}

void appendPadded(QByteArray& out, qint64 value, int width)
{
    char digits[24];
    int n = 0;
    do {
        digits[n++] = static_cast<char>('0' + value % 10);
        value /= 10;
    } while (value > 0 || n < width);
    while (n > 0) out.append(digits[--n]);
}

void appendInt(QByteArray& out, qint64 value)
{
    if (value < 0) {
        out.append('-');
        value = -value;
    }
    appendPadded(out, value, 1);
}

void appendDate(QByteArray& out, int month, int day)
{
    appendPadded(out, yearOf(month), 4);
    out.append('-');
    appendPadded(out, monthOfYear(month), 2);
    out.append('-');
    appendPadded(out, day, 2);
}

void appendYearMonth(QByteArray& out, int month)
{
    appendPadded(out, yearOf(month), 4);
    out.append('-');
    appendPadded(out, monthOfYear(month), 2);
}

// Statement money: integer 1e-8 USD printed with exactly 8 decimals, so no float or locale gets a say.
void appendEarnings(QByteArray& out, qint64 units)
{
    if (units == 0) {
        out.append('0');
        return;
    }
    if (units < 0) {
        out.append('-');
        units = -units;
    }
    appendPadded(out, units / 100000000, 1);
    out.append('.');
    appendPadded(out, units % 100000000, 8);
}

QDate effectiveToday(const DemoGenerator::Options& options)
{
    return options.today.isValid() ? options.today : DemoGenerator::Options().today;
}

Catalog buildCatalog(const DemoGenerator::Options& options)
{
    Catalog catalog;
    catalog.seed = options.seed;
    catalog.months = std::max(1, options.months);
    catalog.firstMonth = monthNumber(effectiveToday(options)) - (catalog.months - 1);

    for (int t = 0; t < static_cast<int>(kTracks.size()); ++t) {
        const TrackSpec& spec = kTracks[t];
        const ReleaseSpec& release = kReleases[spec.release];
        const ArtistSpec& artist = kArtists[release.artist];
        Track track;
        track.artist = artist.name;
        track.title = spec.title;
        track.upc = upcWithCheckDigit(release.upc11);
        track.teamPercent = artist.teamPercent;
        track.releaseMonth = release.monthsBeforeWindow > 0
                ? -release.monthsBeforeWindow
                : release.atPermille * catalog.months / 1000;
        track.peakStreams = spec.peakStreams;
        track.viral = spec.viral;

        // The ISRC year follows the release year, as a distributor assigns it at upload.
        track.isrc = QByteArray("QZ") + release.registrant;
        appendPadded(track.isrc, yearOf(catalog.firstMonth + track.releaseMonth) % 100, 2);
        appendPadded(track.isrc, spec.designation, 5);

        // A handful of markets per track keeps the line count at a real small label's level: stores
        // do not report a country where nobody listened.
        std::array<int, kCountryCount> weight{};
        for (const char* home = artist.homeCountries; home[0] && home[1]; home += 2) {
            const int c = countryIndex(home);
            weight[c] = kCountries[c].weight * 5 / 2;
        }
        Rng rng(streamKey(catalog.seed, {kCountrySetStream, static_cast<quint64>(t)}));
        int chosen = static_cast<int>(std::count_if(weight.begin(), weight.end(), [](int w) { return w > 0; }));
        const int wanted = std::min(11, 5 + spec.peakStreams / 8000);
        const int china = countryIndex("CN");
        while (chosen < wanted) {
            int total = 0;
            for (int c = 0; c < kCountryCount; ++c)
                if (weight[c] == 0 && c != china) total += kCountries[c].weight;
            int pick = static_cast<int>(rng.below(static_cast<quint64>(total)));
            for (int c = 0; c < kCountryCount; ++c) {
                if (weight[c] != 0 || c == china) continue;
                pick -= kCountries[c].weight;
                if (pick < 0) {
                    weight[c] = kCountries[c].weight;
                    ++chosen;
                    break;
                }
            }
        }
        for (int c = 0; c < kCountryCount; ++c)
            if (weight[c] > 0) track.countries.push_back(c);
        std::stable_sort(track.countries.begin(), track.countries.end(),
                         [&weight](int a, int b) { return weight[a] > weight[b]; });
        for (const int c : track.countries) track.countryWeights.push_back(weight[c]);

        catalog.tracks.push_back(std::move(track));
    }
    return catalog;
}

// Streams of one track in one month across all stores: release curve, label growth, season, noise and
// an occasional viral surge. Zero before release.
qint64 monthlyStreams(const Catalog& catalog, int trackIndex, int monthIndex)
{
    const Track& track = catalog.tracks[trackIndex];
    const int age = monthIndex - track.releaseMonth;
    if (age < 0) return 0;

    // Release month is partial; then the usual decay to a long tail.
    static constexpr std::array kAgeCurve = {550, 1000, 820, 700, 620, 560, 520, 490,
                                             460, 440, 420, 405, 390, 380, 370, 360};
    const int ageFactor = age < static_cast<int>(kAgeCurve.size())
            ? kAgeCurve[age]
            : std::max(280, 360 - (age - static_cast<int>(kAgeCurve.size()) + 1) * 3);
    // Holiday listening and year-end playlists lift Nov–Dec; Feb is short.
    static constexpr std::array kSeason = {960, 900, 960, 980, 1000, 1010, 1030, 1010, 980, 1000, 1060, 1180};
    const int calendarMonth = monthOfYear(catalog.firstMonth + monthIndex);
    const int growth = 1000 + (catalog.months > 1 ? 900 * monthIndex / (catalog.months - 1) : 0);
    static constexpr std::array kViral = {2400, 1900, 1400};
    const int viral = track.viral && age >= 2 && age < 2 + static_cast<int>(kViral.size()) ? kViral[age - 2] : 1000;

    Rng rng(streamKey(catalog.seed, {kUsageStream, static_cast<quint64>(trackIndex),
                                     static_cast<quint64>(monthIndex)}));
    qint64 streams = track.peakStreams;
    for (const int permille : {ageFactor, growth, kSeason[calendarMonth - 1], viral, rng.between(880, 1120)})
        streams = streams * permille / 1000;
    return streams;
}

// ---------------------------------------------------------------------------------------------------
// DistroKid bank details.

const QByteArray& distroKidHeader()
{
    static const QByteArray header = QByteArrayLiteral(
            "Reporting Date\tSale Month\tStore\tArtist\tTitle\tISRC\tUPC\tQuantity\tTeam Percentage\t"
            "Song/Album\tCountry of Sale\tSongwriter Royalties Withheld\tEarnings (USD)\n");
    return header;
}

struct RenderedLine
{
    int reportedKey;
    QByteArray text; // with its newline
};

QByteArray formatDistroKidLine(int reportedMonth, int reportDay, int saleMonth, const Store& store,
                               const Track& track, qint64 quantity, const char* country, qint64 earnings)
{
    QByteArray line;
    line.reserve(160);
    appendDate(line, reportedMonth, reportDay);
    line.append('\t');
    appendYearMonth(line, saleMonth);
    line.append('\t').append(store.name).append('\t');
    line.append(track.artist).append('\t').append(track.title).append('\t');
    line.append(track.isrc).append('\t').append(track.upc).append('\t');
    appendInt(line, quantity);
    line.append('\t');
    appendInt(line, track.teamPercent);
    line.append("\tSong\t").append(country).append("\t0\t");
    appendEarnings(line, earnings);
    line.append('\n');
    return line;
}

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
    auto addLine = [&](int reportedMonth, int reportDay, int saleMonth, const Store& store, const Track& track,
                    qint64 quantity, int country, qint64 earnings) {
        const int key = dayKey(reportedMonth, reportDay);
        if (key > todayKey) return; // not reported yet: recent months stay incomplete, as in real life
        lines.push_back({key, formatDistroKidLine(reportedMonth, reportDay, saleMonth, store, track, quantity,
                                                  kCountries[country].code, earnings)});
    };

    for (int m = 0; m < catalog.months; ++m) {
        const int saleMonth = catalog.firstMonth + m;
        // A store reports a whole sale month in one batch, usually on time, sometimes a month late,
        // rarely most of a year late.
        std::array<int, kStoreCount> batchMonth{};
        for (int s = 0; s < kStoreCount; ++s) {
            Rng batch(streamKey(catalog.seed, {kBatchStream, static_cast<quint64>(s), static_cast<quint64>(m)}));
            int delay = kStores[s].delayMonths + (batch.chance(150) ? 1 : 0);
            // The two big services pay like clockwork; a lost batch there would fake a revenue crash.
            if (kStores[s].sharePpm < 90000 && batch.chance(40)) delay += batch.between(3, 11);
            batchMonth[s] = saleMonth + std::min(delay, 14);
        }

        for (int t = 0; t < static_cast<int>(catalog.tracks.size()); ++t) {
            const Track& track = catalog.tracks[t];
            const qint64 streams = monthlyStreams(catalog, t, m);
            if (streams <= 0) continue;
            const int age = m - track.releaseMonth;
            const bool surging = track.viral && age >= 2 && age <= 4;
            Rng rng(streamKey(catalog.seed, {kDistroKidStream, static_cast<quint64>(t), static_cast<quint64>(m)}));

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
                for (const int w : cellWeights) weightSum += w;

                for (std::size_t i = 0; i < cells.size(); ++i) {
                    const int country = cells[i];
                    // Expected units in thousandths, rounded stochastically so small markets show up
                    // some months and not others.
                    qint64 expected = streams * share / 1000 * cellWeights[i] / weightSum;
                    expected = expected * rng.between(850, 1150) / 1000;
                    const bool roundUp = static_cast<qint64>(rng.below(1000)) < expected % 1000;
                    qint64 quantity = expected / 1000 + (roundUp ? 1 : 0);
                    if (quantity == 0) continue;

                    // A slice of the month reported again much later (store corrections).
                    if (quantity >= 2 && rng.chance(25)) {
                        const qint64 late = rng.between(1, static_cast<int>(std::min<qint64>(quantity / 3 + 1, 1000)));
                        quantity -= late;
                        // Separate statements: argument evaluation order differs between compilers.
                        const int lateMonth = saleMonth + rng.between(4, 14);
                        const qint64 lateEarnings = lineEarnings(rng, store, country, late, track.teamPercent);
                        addLine(lateMonth, store.reportDay, saleMonth, store, track, late, country, lateEarnings);
                    }

                    const qint64 earnings = rng.chance(store.zeroPermille)
                            ? 0
                            : lineEarnings(rng, store, country, quantity, track.teamPercent);
                    addLine(batchMonth[s], store.reportDay, saleMonth, store, track, quantity, country, earnings);
                    // DistroKid repeats some small lines verbatim; they are separate sales.
                    if (quantity <= 5 && rng.chance(30))
                        addLine(batchMonth[s], store.reportDay, saleMonth, store, track, quantity, country, earnings);

                    // Returns and chargebacks: a download refunded, or a few streams clawed back.
                    if (store.download ? rng.chance(40) : rng.chance(2)) {
                        const qint64 returned =
                                store.download ? 1 : rng.between(1, static_cast<int>(std::min<qint64>(quantity, 3)));
                        const qint64 refund = lineEarnings(rng, store, country, returned, track.teamPercent);
                        addLine(batchMonth[s], store.reportDay, saleMonth, store, track, -returned, country, -refund);
                    }
                }
            }
        }
    }
    // Newest reporting date first, like the download; stable so the older export's lines keep their order.
    std::stable_sort(lines.begin(), lines.end(),
                     [](const RenderedLine& a, const RenderedLine& b) { return a.reportedKey > b.reportedKey; });
    return lines;
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    // Whole file or nothing: a watcher on the landing folder must never see half a statement.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return false;
    if (file.write(bytes) != bytes.size()) {
        file.cancelWriting();
        return false;
    }
    return file.commit();
}

QStringList writeDistroKid(const Catalog& catalog, const QString& landingDir, QDate today)
{
    const std::vector<RenderedLine> lines = distroKidLines(catalog, today);
    const QDate olderExport = today.addMonths(-4);
    const int olderKey = dayKey(olderExport);

    QByteArray older = distroKidHeader();
    QByteArray newer = distroKidHeader();
    for (const RenderedLine& line : lines) {
        newer.append(line.text);
        if (line.reportedKey <= olderKey) older.append(line.text);
    }

    QStringList written;
    const QDir dir(landingDir);
    const QString olderPath = dir.filePath(QStringLiteral("distrokid_bank_details_")
                                           + olderExport.toString(Qt::ISODate) + QStringLiteral(".tsv"));
    const QString newerPath = dir.filePath(QStringLiteral("distrokid_bank_details_")
                                           + today.toString(Qt::ISODate) + QStringLiteral(".tsv"));
    if (writeFile(olderPath, older)) written.append(olderPath);
    if (writeFile(newerPath, newer)) written.append(newerPath);
    return written;
}

bool prepareLandingDir(const QString& landingDir) { return QDir().mkpath(landingDir); }

// ---------------------------------------------------------------------------------------------------
// Large synthetic statements for benches.

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
    static constexpr std::array kSyllables = {"ka", "lo", "mi", "ra", "vex", "dun", "sol", "ash", "ren", "to",
                                              "va", "jun", "el", "no", "bri", "zo", "quin", "tal", "mor", "sy",
                                              "de", "lu", "fen", "ori", "pax", "ce", "wyn", "gar", "is", "ne"};
    static constexpr std::array kWords = {
            "Midnight", "Echo",  "Velvet", "Signal", "Paper", "Harbor", "Static", "Bloom",  "Neon",   "Drive",
            "Hollow",   "River", "Golden", "Ashes",  "Cold",  "Fire",   "Summer", "Ghost",  "Motel",  "Satellite",
            "Glass",    "Heart", "Slow",   "Burn",   "Blue",  "Hours",  "Dust",   "Lights", "Tunnel", "Wild",
            "Sugar",    "Rain",  "Open",   "Road",   "Lost",  "Signals", "Fever", "Ocean",  "Night",  "Shift"};
    QByteArray name;
    const int words = rng.between(minWords, maxWords);
    for (int w = 0; w < words; ++w) {
        if (w > 0) name.append(' ');
        if (capitalizeAll) {
            name.append(kWords[rng.below(kWords.size())]);
        } else {
            QByteArray word;
            const int syllables = rng.between(1, 3);
            for (int s = 0; s < syllables; ++s) word.append(kSyllables[rng.below(kSyllables.size())]);
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
    for (const Weight w : weights) total += w;
    std::vector<quint8> table;
    table.reserve(static_cast<std::size_t>(slotCount));
    for (std::size_t i = 0; i < weights.size(); ++i) {
        // Every entry gets at least one slot so rare stores and countries still appear.
        const qint64 n = std::max<qint64>(1, static_cast<qint64>(weights[i]) * slotCount / total);
        for (qint64 k = 0; k < n; ++k) table.push_back(static_cast<quint8>(i));
    }
    return table;
}

} // namespace

QStringList DemoGenerator::writeAll(const QString& landingDir, const Options& options)
{
    if (!prepareLandingDir(landingDir)) return {};
    const Catalog catalog = buildCatalog(options);
    QStringList written;
    written += writeDistroKid(catalog, landingDir, effectiveToday(options));
    return written;
}

QStringList DemoGenerator::writeDistroKidStatements(const QString& landingDir, const Options& options)
{
    if (!prepareLandingDir(landingDir)) return {};
    return writeDistroKid(buildCatalog(options), landingDir, effectiveToday(options));
}

bool DemoGenerator::writeLargeStatement(const QString& path, qint64 lines, quint32 seed)
{
    constexpr int kArtistCount = 50;
    constexpr int kTrackCount = 2000;
    constexpr int kMonths = 36;
    constexpr int kFirstSaleMonth = 2023 * 12; // January 2023
    Rng rng(streamKey(seed, {kLargeStream}));

    std::vector<QByteArray> artists;
    for (int a = 0; a < kArtistCount; ++a) artists.push_back(syntheticName(rng, 1, 3, false));

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
        if (rng.chance(250)) segment.append(" (feat. ").append(artists[rng.below(kArtistCount)]).append(')');
        segment.append("\tQZ");
        static constexpr char kAlnum[] = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
        for (int k = 0; k < 3; ++k) segment.append(kAlnum[rng.below(sizeof(kAlnum) - 1)]);
        appendPadded(segment, rng.between(15, 25), 2);
        appendPadded(segment, static_cast<qint64>(rng.below(100000)), 5);
        segment.append('\t').append(upc).append('\t');
        trackSegments.push_back(std::move(segment));
    }

    std::vector<int> storeWeights;
    for (const Store& store : kStores) storeWeights.push_back(store.sharePpm);
    const std::vector<quint8> storeTable = weightedTable(storeWeights, 4096);
    std::vector<int> countryWeights;
    for (const Country& country : kCountries) countryWeights.push_back(country.weight);
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

    if (const QString dir = QFileInfo(path).absolutePath(); !QDir().mkpath(dir)) return false;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) return false;
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
        const qint64 quantity = store.download
                ? rng.between(1, 3)
                : 1 + static_cast<qint64>(rng.below(static_cast<quint64>(1) << rng.between(0, 12)));
        const qint64 earnings = rng.chance(store.zeroPermille) ? 0 : lineEarnings(rng, store, c, quantity, 100);

        out.append(heads[static_cast<std::size_t>(month * kStoreCount + s)]);
        out.append(trackSegments[track]);
        appendInt(out, quantity);
        out.append(countrySegments[static_cast<std::size_t>(c)]);
        appendEarnings(out, earnings);
        out.append('\n');
        if (!writer.flushIfFull()) return false;
    }
    return writer.flush() && file.error() == QFileDevice::NoError;
}

} // namespace bedrot
