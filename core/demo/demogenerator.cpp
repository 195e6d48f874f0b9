// Deterministic demo data: a small fictional label's exports in every format Bedrot imports, and large
// synthetic statements for benches.
#include "demogenerator.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>
#include <array>
#include <initializer_list>
#include <type_traits>
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
enum StreamId : quint64 {
    kUsageStream = 1,
    kBatchStream,
    kDistroKidStream,
    kCountrySetStream,
    kLargeStream,
    kDayStream,
    kStoreDayStream,
    kIdStream,
    kAudienceStream,
    kTikTokStream,
    kTikTokDayStream,
    kLinktreeStream,
    kMetaStream,
    kTooLostStream,
    kAppleDemographicStream,
    kExpenseStream,
};

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
// ---------------------------------------------------------------------------------------------------
// The demo label. Every format derives from this one catalog and one daily usage model, so the
// statements, daily stats, audience files, social exports and ad reports of one demo workspace tell
// the same story (dates for the default export date 2026-11-15):
//  - ZONE A0, PIG1987 and Nova Rae, plus the collaboration "ZONE A0 & Nova Rae", at DistroKid since
//    2023; PIG1987's 2026 releases (HEAVEN NIGHTCLUB, Slow Burn, TRANSFORMER ARCHITECTURE) went out
//    through TooLost instead, so no track is reported by both distributors;
//  - a January Meta campaign revives the back-catalogue track "HOLD ON I";
//  - in April a zone.a0 TikTok clip of "Overpass" takes off: TikTok views spike first, then Spotify
//    streams (S4A audience, DistroKid daily stats), a Meta campaign rides the wave, and the months
//    land in the statements two months later;
//  - every release gets a launch bump, most with a campaign, and followers grow with streams and ads.

struct ArtistSpec
{
    const char* name;
    const char* homeCountries; // concatenated ISO-2 codes: markets where the artist over-performs
    unsigned profiles;         // Spotify profiles credited, one bit per artist: a collaboration counts on both
    const char* tiktok;        // TikTok handle; nullptr without an account
    int spotifyFollowers;      // at the start of the daily window
    int tiktokFollowers;
    int tiktokBaseViews;       // daily views of older videos
    int tiktokPostViews;       // typical views of one new video
    int tiktokPostPermille;    // chance of posting on a quiet day
};

constexpr std::array kArtists = {
    ArtistSpec{"ZONE A0", "USDENLSE", 1u, "zone.a0", 4200, 6800, 240, 3800, 380},
    ArtistSpec{"PIG1987", "USBRMXGB", 2u, "pig1987", 2600, 3900, 150, 2600, 300},
    ArtistSpec{"Nova Rae", "USGBCAAUSE", 4u, nullptr, 1900, 0, 0, 0, 0},
    ArtistSpec{"ZONE A0 & Nova Rae", "USGBDESE", 5u, nullptr, 0, 0, 0, 0, 0},
};
constexpr int kProfileCount = 3; // the first artists have a Spotify profile of their own

struct ReleaseSpec
{
    int artist;
    const char* title;
    const char* type;      // the catalog's release_type
    const char* upc11;     // the check digit is computed
    const char* isrcStem;  // ISRC country + registrant code (DistroKid hands out several; TooLost its own)
    int monthsAgo;         // release month, counted back from the export month
    int friday;            // released on that month's Friday number `friday` (0 = first)
    int split;             // the label's royalty percentage (DistroKid's Team Percentage, TooLost's share)
    bool toolost;          // distributed by TooLost instead of DistroKid
};

constexpr std::array kReleases = {
    ReleaseSpec{0, "HOLD ON", "ep", "19866725476", "QZTAW", 31, 1, 100, false},
    ReleaseSpec{1, "Mud Season", "single", "19866718033", "QZES5", 37, 2, 100, false},
    ReleaseSpec{2, "Paper Moons", "ep", "19866730912", "QZHN8", 27, 0, 80, false},
    ReleaseSpec{3, "Overpass", "single", "19866741287", "QZTAW", 21, 1, 50, false},
    ReleaseSpec{1, "Trough", "ep", "19866745530", "QZES5", 17, 2, 40, false},
    ReleaseSpec{0, "Night Shift", "single", "19866752604", "QZTAW", 14, 0, 100, false},
    ReleaseSpec{2, "Afterglow Drive", "ep", "19866760178", "QZHN8", 11, 0, 100, false},
    ReleaseSpec{3, "Signal Fire", "single", "19866768841", "QZTAW", 8, 0, 50, false},
    ReleaseSpec{1, "Slow Burn", "single", "85004731206", "QT2VB", 5, 0, 100, true},
    ReleaseSpec{0, "Glass Harbor", "single", "19866781920", "QZTAW", 2, 0, 100, false},
    ReleaseSpec{1, "HEAVEN NIGHTCLUB", "single", "85004729318", "QT2VB", 10, 2, 80, true},
    ReleaseSpec{1, "TRANSFORMER ARCHITECTURE", "single", "85004733457", "QT2VB", 3, 0, 100, true},
};

struct TrackSpec
{
    int release;
    const char* title; // UTF-8
    int peakStreams;   // all-store streams in the first month, before label growth
    int designation;   // ISRC designation code
};

constexpr std::array kTracks = {
    TrackSpec{0, "HOLD ON I", 26000, 96365},
    TrackSpec{0, "HOLD ON II", 17000, 96366},
    TrackSpec{0, "Static Bloom", 10500, 96367},
    TrackSpec{1, "Mud Season", 13000, 41208},
    TrackSpec{2, "Paper Moons", 19500, 11873},
    TrackSpec{2, "Cold Open", 9000, 11874},
    TrackSpec{3, "Overpass", 30000, 31552},
    TrackSpec{4, "Trough", 14000, 52017},
    TrackSpec{4, "Sunday Slop", 7500, 52018},
    TrackSpec{5, "Night Shift", 21000, 60431},
    TrackSpec{6, "Afterglow Drive", 26000, 20946},
    TrackSpec{6, "Caf\xC3\xA9 Lumi\xC3\xA8re", 15000, 20947}, // non-ASCII on purpose
    TrackSpec{6, "Long Exposure", 11000, 20948},
    TrackSpec{7, "Signal Fire", 24000, 71329},
    TrackSpec{8, "Slow Burn", 15000, 9317},
    TrackSpec{9, "Glass Harbor", 22500, 90284},
    TrackSpec{10, "HEAVEN NIGHTCLUB", 24000, 1862},
    TrackSpec{10, "HEAVEN NIGHTCLUB (Extended Mix)", 6000, 1863},
    TrackSpec{11, "TRANSFORMER ARCHITECTURE", 17000, 11045},
};

// The TikTok moment: a zone.a0 clip of "Overpass" takes off, streams follow three days later.
constexpr int kViralTrack = 6;
constexpr int kViralArtist = 0;
constexpr int kViralOffsetDays = -211; // from the export date
constexpr int kViralClipLeadDays = 3;

enum class Anchor { Today, Release, Viral };

struct AdSpec
{
    const char* adSet;
    const char* name;
    int weight; // share of the campaign's budget
};

struct CampaignSpec
{
    const char* name;
    int track;             // index into kTracks
    Anchor anchor;
    int startOffset;       // days after the anchor
    int days;
    int dailyBudgetCents;
    int liftPermille;      // extra streams of the track once the campaign delivers fully
    int ctrLo;             // link click-through range, in 1/10000 of impressions
    int ctrHi;
    bool landingPageViews; // optimised for landing page views instead of link clicks
    std::array<AdSpec, 2> ads;
};

constexpr std::array kCampaigns = {
    CampaignSpec{"ZONE A0 - HOLD ON I - BROAD", 0, Anchor::Today, -310, 35, 1500, 1200, 110, 190, false,
                 {AdSpec{"ZONE A0 - HOLD ON I - BROAD - US, CA, UK 18-34", "HOLD ON I - Video 1 (9:16)", 3},
                  AdSpec{"ZONE A0 - HOLD ON I - BROAD - US, CA, UK 18-34", "HOLD ON I - Static Cover", 1}}},
    CampaignSpec{"PIG1987 - HEAVEN NIGHTCLUB - Streaming", 16, Anchor::Release, 0, 16, 2000, 800, 130, 240, false,
                 {AdSpec{"PIG1987 - HEAVEN NIGHTCLUB - TECHNO", "HEAVEN NIGHTCLUB - Club Clip", 2},
                  AdSpec{"PIG1987 - HEAVEN NIGHTCLUB - TECHNO", "HEAVEN NIGHTCLUB - Lyric Teaser", 1}}},
    CampaignSpec{"PIG1987 - HEAVEN NIGHTCLUB - Streaming - Copy", 16, Anchor::Release, 21, 30, 1200, 600, 120, 220,
                 false, {AdSpec{"PIG1987 - HEAVEN NIGHTCLUB - HARD TRANCE", "HEAVEN NIGHTCLUB - Club Clip", 1},
                         AdSpec{nullptr, nullptr, 0}}},
    CampaignSpec{"OVERPASS - Streaming", 6, Anchor::Viral, 6, 30, 2500, 400, 150, 280, true,
                 {AdSpec{"OVERPASS - Broad - Lookalike 1%", "OVERPASS - TikTok Repost", 3},
                  AdSpec{"OVERPASS - Broad - Lookalike 1%", "OVERPASS - Lyric Video", 2}}},
    CampaignSpec{"PIG1987 - TRANSFORMER ARCHITECTURE - STREAMING", 18, Anchor::Release, 0, 24, 1500, 700, 120, 230,
                 false, {AdSpec{"PIG1987 - TRANSFORMER ARCHITECTURE - TECHNO", "TRANSFORMER ARCHITECTURE - Visualizer", 1},
                         AdSpec{nullptr, nullptr, 0}}},
    CampaignSpec{"ZONE A0 - GLASS HARBOR - BROAD", 15, Anchor::Release, 0, 28, 1800, 700, 110, 200, false,
                 {AdSpec{"ZONE A0 - GLASS HARBOR - BROAD - US 18-34", "GLASS HARBOR - Video 1 (9:16)", 2},
                  AdSpec{"ZONE A0 - GLASS HARBOR - BROAD - US 18-34", "GLASS HARBOR - Carousel", 1}}},
};

struct Track
{
    QByteArray artist;
    QByteArray title;
    QByteArray isrc;
    QByteArray upc;
    QByteArray releaseTitle;
    int artistIndex = 0;
    int releaseIndex = 0;
    int position = 0;     // within its release
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
    std::vector<int> all;       // all-store streams per model day
    std::vector<int> spotify;   // Spotify's part of them
    std::vector<int> apple;     // Apple Music's part
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

int monthNumber(QDate date) { return date.year() * 12 + date.month() - 1; }
int yearOf(int month) { return month / 12; }
int monthOfYear(int month) { return month % 12 + 1; }
QDate firstDayOf(int month) { return QDate(yearOf(month), monthOfYear(month), 1); }
QDate lastDayOf(int month) { return firstDayOf(month + 1).addDays(-1); }
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

void appendDate(QByteArray& out, QDate date) { appendDate(out, monthNumber(date), date.day()); }
void appendJulianDate(QByteArray& out, qint64 jd) { appendDate(out, QDate::fromJulianDay(jd)); }

void appendYearMonth(QByteArray& out, int month)
{
    appendPadded(out, yearOf(month), 4);
    out.append('-');
    appendPadded(out, monthOfYear(month), 2);
}

// A scaled integer printed with exactly `decimals` decimals, so no float or locale gets a say.
void appendFixed(QByteArray& out, qint64 scaled, int decimals)
{
    if (scaled < 0) {
        out.append('-');
        scaled = -scaled;
    }
    qint64 unit = 1;
    for (int i = 0; i < decimals; ++i) unit *= 10;
    appendPadded(out, scaled / unit, 1);
    if (decimals > 0) {
        out.append('.');
        appendPadded(out, scaled % unit, decimals);
    }
}

// Statement money: integer 1e-8 USD printed with exactly 8 decimals.
void appendEarnings(QByteArray& out, qint64 units)
{
    if (units == 0) {
        out.append('0');
        return;
    }
    appendFixed(out, units, 8);
}

constexpr std::array kMonthNames = {"January", "February", "March",     "April",   "May",      "June",
                                    "July",    "August",   "September", "October", "November", "December"};
constexpr std::array kMonthAbbreviations = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

// RFC 4180: quoted only when needed.
void appendCsvField(QByteArray& out, const QByteArray& field)
{
    if (!field.contains(',') && !field.contains('"') && !field.contains('\n') && !field.contains('\r')) {
        out.append(field);
        return;
    }
    out.append('"');
    for (const char c : field) {
        if (c == '"') out.append('"');
        out.append(c);
    }
    out.append('"');
}

// One row of a delimited export, appended field by field: the separators and the line end are
// written here, so each format's writer lists just its fields, in order.
class RowWriter
{
public:
    explicit RowWriter(QByteArray& out, char separator = ',') : m_out(out), m_separator(separator) {}

    // Bytes as they are: codes, ISRCs, fixed words, anything that never needs quoting.
    RowWriter& raw(QByteArrayView bytes)
    {
        next().append(bytes);
        return *this;
    }
    RowWriter& empty() { return raw({}); }
    // Free text, quoted when it needs to be.
    RowWriter& text(const QByteArray& field) { return add(appendCsvField, field); }
    RowWriter& integer(qint64 value) { return add(appendInt, value); }
    RowWriter& fixed(qint64 scaled, int decimals) { return add(appendFixed, scaled, decimals); }
    RowWriter& earnings(qint64 units) { return add(appendEarnings, units); }
    RowWriter& date(int month, int day) { return add<int, int>(appendDate, month, day); }
    RowWriter& date(QDate date) { return add<QDate>(appendDate, date); }
    RowWriter& julianDate(qint64 jd) { return add(appendJulianDate, jd); }
    RowWriter& yearMonth(int month) { return add(appendYearMonth, month); }
    void end() { m_out.append('\n'); }

private:
    // The row so far, with the separator that goes before every field but the first.
    QByteArray& next()
    {
        if (m_fields++ > 0) m_out.append(m_separator);
        return m_out;
    }
    // One field, written by one of the append… functions above.
    template <typename... Params>
    RowWriter& add(void (*append)(QByteArray&, Params...), std::type_identity_t<Params>... values)
    {
        append(next(), values...);
        return *this;
    }

    QByteArray& m_out;
    char m_separator;
    int m_fields = 0;
};

// UTF-8 stays raw and '/' unescaped, as on the pages this mimics.
void appendJsonString(QByteArray& out, const QByteArray& text)
{
    out.append('"');
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out.append('\\').append(c);
        } else if (u < 0x20) {
            static constexpr char kHex[] = "0123456789abcdef";
            out.append("\\u00").append(kHex[u >> 4]).append(kHex[u & 15]);
        } else {
            out.append(c);
        }
    }
    out.append('"');
}

QByteArray htmlEscaped(const QByteArray& text)
{
    QByteArray out;
    for (const char c : text) {
        switch (c) {
        case '&': out.append("&amp;"); break;
        case '<': out.append("&lt;"); break;
        case '>': out.append("&gt;"); break;
        case '"': out.append("&quot;"); break;
        default: out.append(c);
        }
    }
    return out;
}

QDate effectiveToday(const DemoGenerator::Options& options)
{
    return options.today.isValid() ? options.today : DemoGenerator::Options().today;
}

QDate fridayOf(int month, int index)
{
    QDate day = firstDayOf(month);
    while (day.dayOfWeek() != Qt::Friday) day = day.addDays(1);
    return day.addDays(7 * index);
}

// Splits `total` in proportion to `weights` (largest remainder, ties to the earlier entry).
std::vector<qint64> apportion(qint64 total, const std::vector<qint64>& weights)
{
    std::vector<qint64> shares(weights.size(), 0);
    qint64 sum = 0;
    for (const qint64 w : weights) sum += w;
    if (sum <= 0 || total <= 0) return shares;
    std::vector<std::pair<qint64, std::size_t>> remainders;
    qint64 given = 0;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        shares[i] = total * weights[i] / sum;
        given += shares[i];
        remainders.emplace_back(total * weights[i] % sum, i);
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    for (std::size_t k = 0; given < total && k < remainders.size(); ++k, ++given) ++shares[remainders[k].second];
    return shares;
}

// ---------------------------------------------------------------------------------------------------
// The daily usage model.

// (permille/1000)^days in parts per million; zero after a long fade.
qint64 decayPpm(int permille, qint64 days)
{
    qint64 ppm = 1000000;
    for (qint64 d = 0; d < days && ppm > 0; ++d) ppm = ppm * permille / 1000;
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
    if (ageDays < static_cast<int>(kLaunch.size())) permille += kLaunch[static_cast<std::size_t>(ageDays)];
    return permille;
}

// The label's audience grows through the whole story.
int growthPermille(qint64 daysAgo) { return static_cast<int>(std::clamp<qint64>(1900 - 900 * daysAgo / 730, 600, 1900)); }

// A per-month value eased across month boundaries, so daily charts show no steps.
template <typename ValueOfMonth>
int monthInterpolated(QDate date, ValueOfMonth valueOf)
{
    const int n = date.daysInMonth();
    const int month = monthNumber(date);
    const int halfDays = 2 * (date.day() - 1) + 1 - n; // from the month's middle
    if (halfDays >= 0) return (valueOf(month) * (2 * n - halfDays) + valueOf(month + 1) * halfDays) / (2 * n);
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
    if (sinceStart < 0) return 0;
    if (sinceStart < 6) return static_cast<int>(kPeak * (sinceStart + 1) / 6);
    return kResidual + static_cast<int>((kPeak - kResidual) * decayPpm(930, sinceStart - 5) / 1000000);
}

int campaignExtraPermille(qint64 jd, const Campaign& campaign)
{
    const int lift = campaign.spec->liftPermille;
    if (jd < campaign.startJd) return 0;
    if (jd <= campaign.endJd) return lift * static_cast<int>(std::min<qint64>(jd - campaign.startJd + 1, 5)) / 5;
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
        if (t == kViralTrack) event += viralExtraPermille(jd - catalog.viralJd);
        for (const Campaign& campaign : catalog.campaigns)
            if (campaign.spec->track == t) event += campaignExtraPermille(jd, campaign);

        Rng rng(streamKey(catalog.seed, {kDayStream, key, static_cast<quint64>(jd)}));
        qint64 milli = static_cast<qint64>(track.peakStreams) * 1000 / 30;
        for (const int permille : {agePermille(static_cast<int>(jd - releaseJd)), growthPermille(catalog.todayJd - jd),
                                   monthInterpolated(date, seasonPermille), monthInterpolated(date, monthNoise),
                                   kWeekday[static_cast<std::size_t>(date.dayOfWeek() - 1)], rng.between(920, 1080),
                                   event})
            milli = milli * permille / 1000;
        const qint64 streams = milli / 1000 + (static_cast<qint64>(rng.below(1000)) < milli % 1000 ? 1 : 0);

        Rng split(streamKey(catalog.seed, {kStoreDayStream, key, static_cast<quint64>(jd)}));
        const qint64 spotifyMilli = streams * split.between(565, 635);
        const qint64 appleMilli = streams * split.between(80, 110);
        const std::size_t i = static_cast<std::size_t>(jd - catalog.firstJd);
        track.all[i] = static_cast<int>(streams);
        track.spotify[i] = static_cast<int>(spotifyMilli / 1000 + (static_cast<qint64>(split.below(1000)) < spotifyMilli % 1000 ? 1 : 0));
        track.apple[i] = static_cast<int>(appleMilli / 1000 + (static_cast<qint64>(split.below(1000)) < appleMilli % 1000 ? 1 : 0));
    }
}

// Meta delivery of every ad of every campaign, day by day, up to yesterday.
void deliverAds(Catalog& catalog)
{
    for (std::size_t c = 0; c < catalog.campaigns.size(); ++c) {
        const Campaign& campaign = catalog.campaigns[c];
        const CampaignSpec& spec = *campaign.spec;
        int weights = 0;
        for (const AdSpec& ad : spec.ads) weights += ad.name ? ad.weight : 0;
        for (int a = 0; a < static_cast<int>(spec.ads.size()); ++a) {
            const AdSpec& ad = spec.ads[static_cast<std::size_t>(a)];
            if (!ad.name) continue;
            for (qint64 jd = campaign.startJd; jd <= std::min(campaign.endJd, catalog.todayJd - 1); ++jd) {
                Rng rng(streamKey(catalog.seed, {kMetaStream, static_cast<quint64>(c), static_cast<quint64>(a),
                                                 static_cast<quint64>(jd)}));
                qint64 spend = static_cast<qint64>(spec.dailyBudgetCents) * ad.weight / weights;
                spend = spend * rng.between(850, 1150) / 1000;
                if (jd == campaign.startJd) spend = spend * 55 / 100; // learning phase
                if (jd == campaign.endJd) spend = spend * 70 / 100;
                const qint64 impressions = spend * 1000 / rng.between(550, 1250); // CPM $5.50–$12.50
                const qint64 reach = impressions * rng.between(720, 900) / 1000;
                const qint64 clicks = impressions * rng.between(spec.ctrLo, spec.ctrHi) / 10000;
                const qint64 results = spec.landingPageViews ? clicks * rng.between(620, 820) / 1000 : clicks;
                if (spend <= 0) continue;
                catalog.adDays.push_back({static_cast<int>(c), a, jd, spend, impressions, reach, clicks, results});
            }
        }
    }
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
        track.dkTrackId = 40000000 + uploadDay * 12000 + static_cast<qint64>(ids.below(10000)) + track.position;
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
        int chosen = static_cast<int>(std::count_if(weight.begin(), weight.end(), [](int w) { return w > 0; }));
        const int wanted = std::min(11, 5 + spec.peakStreams / 8000);
        const int china = countryIndex("CN");
        while (chosen < wanted) {
            int total = 0;
            for (int c = 0; c < kCountryCount; ++c)
                if (weight[static_cast<std::size_t>(c)] == 0 && c != china) total += kCountries[static_cast<std::size_t>(c)].weight;
            int pick = static_cast<int>(rng.below(static_cast<quint64>(total)));
            for (int c = 0; c < kCountryCount; ++c) {
                if (weight[static_cast<std::size_t>(c)] != 0 || c == china) continue;
                pick -= kCountries[static_cast<std::size_t>(c)].weight;
                if (pick < 0) {
                    weight[static_cast<std::size_t>(c)] = kCountries[static_cast<std::size_t>(c)].weight;
                    ++chosen;
                    break;
                }
            }
        }
        for (int c = 0; c < kCountryCount; ++c)
            if (weight[static_cast<std::size_t>(c)] > 0) track.countries.push_back(c);
        std::stable_sort(track.countries.begin(), track.countries.end(), [&weight](int a, int b) {
            return weight[static_cast<std::size_t>(a)] > weight[static_cast<std::size_t>(b)];
        });
        for (const int c : track.countries) track.countryWeights.push_back(weight[static_cast<std::size_t>(c)]);

        catalog.tracks.push_back(std::move(track));
    }

    for (const CampaignSpec& spec : kCampaigns) {
        qint64 anchor = catalog.todayJd;
        if (spec.anchor == Anchor::Release) anchor = catalog.tracks[static_cast<std::size_t>(spec.track)].releaseDate.toJulianDay();
        if (spec.anchor == Anchor::Viral) anchor = catalog.viralJd;
        Campaign campaign;
        campaign.spec = &spec;
        campaign.startJd = anchor + spec.startOffset;
        campaign.endJd = campaign.startJd + spec.days - 1;
        catalog.campaigns.push_back(campaign);
    }
    deliverAds(catalog);
    for (int t = 0; t < static_cast<int>(catalog.tracks.size()); ++t) modelTrack(catalog, t);
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

        // The TikTok store pays for the clip's uses while the clip runs.
        const bool clipMonth = firstDayOf(saleMonth).toJulianDay() <= catalog.viralJd + 45
                && lastDayOf(saleMonth).toJulianDay() >= catalog.viralJd - kViralClipLeadDays;
        for (int t = 0; t < static_cast<int>(catalog.tracks.size()); ++t) {
            const Track& track = catalog.tracks[static_cast<std::size_t>(t)];
            if (track.toolost) continue; // TooLost reports those
            const qint64 streams = monthlyStreams(catalog, t, saleMonth);
            if (streams <= 0) continue;
            const bool surging = clipMonth && t == kViralTrack;
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
// Shared by the other formats.

qint64 unixSeconds(qint64 jd, int secondsOfDay) { return (jd - 2440588) * 86400 + secondsOfDay; }

// Sum of one per-track series over the tracks `include` accepts.
template <typename Include>
qint64 sumTracks(const Catalog& catalog, std::vector<int> Track::*series, qint64 jd, Include include)
{
    qint64 sum = 0;
    for (const Track& track : catalog.tracks)
        if (include(track)) sum += catalog.value(track.*series, jd);
    return sum;
}

bool isDistroKid(const Track& track) { return !track.toolost; }
bool isTooLost(const Track& track) { return track.toolost; }

// Meta results (link clicks or landing page views) of the campaigns promoting a profile's tracks.
qint64 adResults(const Catalog& catalog, int profile, qint64 jd)
{
    qint64 sum = 0;
    for (const AdDay& day : catalog.adDays) {
        const Track& track = catalog.tracks[static_cast<std::size_t>(kCampaigns[static_cast<std::size_t>(day.campaign)].track)];
        if (day.jd == jd && catalog.credits(track, profile)) sum += day.results;
    }
    return sum;
}

// Fisher–Yates with our own generator: the APIs return days in no particular order.
template <typename T>
void shuffle(std::vector<T>& items, Rng& rng)
{
    for (std::size_t i = items.size(); i > 1; --i) std::swap(items[i - 1], items[rng.below(i)]);
}

// ---------------------------------------------------------------------------------------------------
// DistroKid stats pages (saved HTML).

void appendTrendChart(QByteArray& out, const char* id, const std::vector<std::pair<qint64, qint64>>& points)
{
    out.append("var ").append(id).append(" = AmCharts.makeChart(\"").append(id).append("\",\n{\n");
    out.append("\"panEventsEnabled\":false,\n"
               "\"type\": \"serial\",\n"
               "\"categoryField\": \"category\",\n"
               "\"dataDateFormat\": \"YYYY-MM-DD\",\n"
               "\"theme\": \"light\",\n"
               "\"categoryAxis\": { \"gridPosition\": \"start\", \"parseDates\": true, \"minPeriod\": \"DD\" },\n"
               "\"chartCursor\": { \"enabled\": true, \"categoryBalloonDateFormat\": \"MMM DD, YYYY\" },\n"
               "\"trendLines\": [],\n");
    out.append("\"graphs\": [{ \"fillAlphas\": 1, \"id\": \"").append(id).append("\", \"title\": \"").append(id);
    out.append("\", \"type\": \"column\", \"valueField\": \"column-1\" }],\n"
               "\"guides\": [],\n"
               "\"valueAxes\": [{ \"id\": \"ValueAxis-1\", \"title\": \"Streams\", \"min\": 0 }],\n"
               "\"allLabels\": [],\n"
               "\"balloon\": {},\n"
               "\"titles\": [],\n"
               "\"dataProvider\": [\n");
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (i > 0) out.append(',');
        out.append("{\"category\": \"");
        appendJulianDate(out, points[i].first);
        out.append("\",\"column-1\": ");
        appendInt(out, points[i].second);
        out.append('}');
    }
    out.append("\n]\n}\n);\n").append(id).append(".addListener(\"clickGraphItem\", graphClick);\n");
}

QByteArray distroKidPageHead(const char* title)
{
    QByteArray out("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                   "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
    out.append(title);
    out.append(" | DistroKid</title>\n"
               "<link rel=\"stylesheet\" href=\"https://distrokid.com/css/dk2.css?v=5112\">\n"
               "<script src=\"https://code.jquery.com/jquery-3.6.0.min.js\"></script>\n"
               "<script src=\"https://www.amcharts.com/lib/3/amcharts.js\"></script>\n"
               "<script src=\"https://www.amcharts.com/lib/3/serial.js\"></script>\n"
               "<script src=\"https://www.amcharts.com/lib/3/pie.js\"></script>\n"
               "</head>\n<body class=\"dk-stats\">\n"
               "<div class=\"dk-header\"><a href=\"/\" class=\"dk-logo\">DistroKid</a>"
               " <a href=\"/mymusic/\">My Music</a> <a href=\"/bank/\">Bank</a> <a href=\"/stats/\">Stats</a></div>\n"
               "<div class=\"dk-content\">\n<h1>Stats</h1>\n"
               "<div class=\"stats-tabs\"><a href=\"/stats/?type=all&amp;data=streams\">Streams</a>"
               " <a href=\"/stats/?type=all&amp;data=applemusic\">Apple Music</a></div>\n");
    return out;
}

// Account-wide Spotify streams of the DistroKid tracks; the last point is two days before the save.
QByteArray distroKidStreamsPage(const Catalog& catalog)
{
    std::vector<std::pair<qint64, qint64>> points;
    const qint64 last = catalog.todayJd - 2;
    for (qint64 jd = last - 364; jd <= last; ++jd)
        points.emplace_back(jd, sumTracks(catalog, &Track::spotify, jd, isDistroKid));
    const std::vector<std::pair<qint64, qint64>> recent(points.end() - 60, points.end());

    QByteArray out = distroKidPageHead("Streams");
    out.append("<h2>Spotify streams</h2>\n<p class=\"stats-note\">Daily streams for all your music on Spotify."
               " Stats can be up to 2 days behind, and they are estimates that will not match your bank"
               " statement exactly.</p>\n"
               "<h3>Last 365 days</h3>\n<div id=\"trend365day\" style=\"width: 100%; height: 320px;\"></div>\n"
               "<h3>Last 60 days</h3>\n<div id=\"trend60day\" style=\"width: 100%; height: 320px;\"></div>\n"
               "</div>\n\n<!-- amCharts javascript code -->\n<script type=\"text/javascript\">\n"
               "$( document ).ready( function(){\n");
    appendTrendChart(out, "trend365day", points);
    appendTrendChart(out, "trend60day", recent);
    out.append("});\nfunction graphClick(event) {\n    console.log(event.item.category);\n}\n</script>\n"
               "</body>\n</html>\n");
    return out;
}

struct Labelled
{
    QByteArray field;
    qint64 id; // 0: none
    qint64 value;
};

// One chartData section: {"isEmpty":0,"dataProvider":[…],"total":N,"type":"serial"}.
void appendChartSection(QByteArray& out, const char* key, const std::vector<Labelled>& points, const char* type)
{
    qint64 total = 0;
    for (const Labelled& p : points) total += p.value;
    if (out.size() > 1) out.append(',');
    appendJsonString(out, key);
    out.append(":{\"isEmpty\":").append(points.empty() ? "1" : "0").append(",\"dataProvider\":[");
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (i > 0) out.append(',');
        out.append("{\"field\":");
        appendJsonString(out, points[i].field);
        if (points[i].id != 0) {
            out.append(",\"id\":");
            appendInt(out, points[i].id);
        }
        out.append(",\"value\":");
        appendInt(out, points[i].value);
        out.append('}');
    }
    out.append("],\"total\":");
    appendInt(out, total);
    out.append(",\"type\":\"").append(type).append("\"}");
}

std::vector<Labelled> distribution(qint64 total, std::initializer_list<std::pair<const char*, int>> shares, bool ids)
{
    std::vector<qint64> weights;
    for (const auto& share : shares) weights.push_back(share.second);
    const std::vector<qint64> values = apportion(total, weights);
    std::vector<Labelled> points;
    qint64 id = 1;
    for (const auto& share : shares) {
        points.push_back({QByteArray(share.first), ids ? id : 0, values[static_cast<std::size_t>(id - 1)]});
        ++id;
    }
    return points;
}

// Week label as on the page: weeks start on Sunday and carry the Sunday's US week number (the week
// holding 1 January is week 1), so the week spanning New Year is "53/24" and the next is "02/25".
QByteArray weekLabel(QDate sunday)
{
    const int jan1DayOfWeek = QDate(sunday.year(), 1, 1).dayOfWeek() % 7; // Sunday = 0
    QByteArray label;
    appendPadded(label, (sunday.dayOfYear() - 1 + jan1DayOfWeek) / 7 + 1, 2);
    label.append('/');
    appendPadded(label, sunday.year() % 100, 2);
    return label;
}

// Apple Music streams of the DistroKid tracks; the last day (yesterday) is partial.
QByteArray distroKidAppleMusicPage(const Catalog& catalog)
{
    const qint64 last = catalog.todayJd - 1;
    const qint64 first = last - 364;
    auto appleOn = [&catalog, last](const Track& track, qint64 jd) {
        const qint64 v = catalog.value(track.apple, jd);
        return jd == last ? v * 35 / 100 : v;
    };
    auto dayTotal = [&](qint64 jd) {
        qint64 sum = 0;
        for (const Track& track : catalog.tracks)
            if (isDistroKid(track)) sum += appleOn(track, jd);
        return sum;
    };

    std::vector<Labelled> byMonth;
    for (int month = monthNumber(catalog.today) - 12; month <= monthNumber(catalog.today); ++month) {
        qint64 sum = 0;
        for (qint64 jd = firstDayOf(month).toJulianDay(); jd <= std::min(lastDayOf(month).toJulianDay(), last); ++jd)
            sum += dayTotal(jd);
        QByteArray label;
        appendPadded(label, monthOfYear(month), 2);
        label.append('-');
        appendPadded(label, yearOf(month) % 100, 2);
        byMonth.push_back({label, 0, sum});
    }

    std::vector<Labelled> days;
    std::vector<Labelled> weeks;
    for (qint64 jd = first; jd <= last; ++jd) {
        const QDate date = QDate::fromJulianDay(jd);
        QByteArray label;
        appendDate(label, date);
        const qint64 value = dayTotal(jd);
        days.push_back({label, 0, value});
        const QDate sunday = date.addDays(-(date.dayOfWeek() % 7));
        const QByteArray week = weekLabel(sunday);
        if (weeks.empty() || weeks.back().field != week) weeks.push_back({week, 0, 0});
        weeks.back().value += value;
    }

    std::vector<Labelled> tracks;
    std::vector<Labelled> albums;
    std::array<qint64, kCountryCount> countries{};
    qint64 yearTotal = 0;
    for (const Track& track : catalog.tracks) {
        if (!isDistroKid(track)) continue;
        qint64 sum = 0;
        for (qint64 jd = first; jd <= last; ++jd) sum += appleOn(track, jd);
        yearTotal += sum;
        if (sum > 0) tracks.push_back({track.title, track.dkTrackId, sum});
        if (albums.empty() || albums.back().id != track.dkAlbumId) albums.push_back({track.releaseTitle, track.dkAlbumId, 0});
        albums.back().value += sum;
        std::vector<qint64> weights(track.countryWeights.begin(), track.countryWeights.end());
        const std::vector<qint64> shares = apportion(sum, weights);
        for (std::size_t i = 0; i < shares.size(); ++i) countries[static_cast<std::size_t>(track.countries[i])] += shares[i];
    }
    auto byValue = [](const Labelled& a, const Labelled& b) { return a.value > b.value; };
    std::stable_sort(tracks.begin(), tracks.end(), byValue);
    std::stable_sort(albums.begin(), albums.end(), byValue);
    std::vector<Labelled> countryPoints;
    for (int c = 0; c < kCountryCount; ++c)
        if (countries[static_cast<std::size_t>(c)] > 0)
            countryPoints.push_back({QByteArray(kCountries[static_cast<std::size_t>(c)].code), 0, countries[static_cast<std::size_t>(c)]});
    std::stable_sort(countryPoints.begin(), countryPoints.end(), byValue);

    // Demographics cover only listeners who share them: small numbers next to the stream counts.
    Rng rng(streamKey(catalog.seed, {kAppleDemographicStream}));
    const qint64 known = yearTotal / 240 + rng.between(0, 9);
    const int male = rng.between(560, 640);

    QByteArray json("{");
    appendChartSection(json, "byMonth", byMonth, "serial");
    appendChartSection(json, "tracks1year", tracks, "serial");
    appendChartSection(json, "playlists1year", {}, "serial");
    appendChartSection(json, "last365days", days, "serial");
    appendChartSection(json, "devices1year",
                       distribution(known, {{"iPhone", 620}, {"Mac", 140}, {"iPad", 60}, {"HomePod", 40},
                                            {"Apple TV", 30}, {"Android", 60}, {"Web", 50}},
                                    true),
                       "pie");
    appendChartSection(json, "gender1year", distribution(known, {{"Male", male}, {"Female", 1000 - male}}, true), "pie");
    appendChartSection(json, "age1year",
                       distribution(known, {{"18-24", 300}, {"25-34", 380}, {"35-44", 180}, {"45-54", 90},
                                            {"55-64", 40}, {"65+", 10}},
                                    true),
                       "pie");
    appendChartSection(json, "listening1year", {}, "pie");
    appendChartSection(json, "sources1year", {}, "pie");
    appendChartSection(json, "byWeek", weeks, "serial");
    appendChartSection(json, "offline1year", {}, "pie");
    appendChartSection(json, "types1year", {}, "pie");
    appendChartSection(json, "country1year", countryPoints, "serial");
    appendChartSection(json, "albums1year", albums, "serial");
    json.append('}');

    QByteArray out = distroKidPageHead("Apple Music");
    out.append("<h2>Apple Music</h2>\n<div class=\"apple-filters\">\n"
               "<select id=\"appleTrack\" name=\"isrc\" class=\"form-control\">\n<option value=\"\">All songs</option>\n");
    for (const Track& track : catalog.tracks) {
        if (!isDistroKid(track)) continue;
        out.append("<option value=\"").append(track.isrc).append("\" id=\"");
        appendInt(out, track.dkTrackId);
        out.append("\">").append(htmlEscaped(track.title)).append("</option>\n");
    }
    out.append("</select>\n<select id=\"appleAlbum\" name=\"upc\" class=\"form-control\">\n"
               "<option value=\"\">All albums</option>\n");
    qint64 lastAlbum = 0;
    for (const Track& track : catalog.tracks) {
        if (!isDistroKid(track) || track.dkAlbumId == lastAlbum) continue;
        lastAlbum = track.dkAlbumId;
        out.append("<option value=\"").append(track.upc).append("\" id=\"");
        appendInt(out, track.dkAlbumId);
        out.append("\">").append(htmlEscaped(track.releaseTitle)).append("</option>\n");
    }
    out.append("</select>\n</div>\n"
               "<div id=\"byMonth\" class=\"apple-chart\"></div>\n<div id=\"last365days\" class=\"apple-chart\"></div>\n"
               "<div id=\"byWeek\" class=\"apple-chart\"></div>\n<div id=\"tracks1year\" class=\"apple-chart\"></div>\n"
               "<div id=\"country1year\" class=\"apple-chart\"></div>\n<div id=\"age1year\" class=\"apple-chart\"></div>\n"
               "<div id=\"gender1year\" class=\"apple-chart\"></div>\n</div>\n"
               "<script>\nvar chartData = ");
    out.append(json);
    out.append(";\nvar aActions = [\"byMonth\",\"last365days\",\"byWeek\",\"tracks1year\",\"albums1year\","
               "\"country1year\",\"age1year\",\"gender1year\",\"devices1year\"];\n"
               "var appleTrackName = '';\n"
               "$( document ).ready( function(){\n"
               "    for (var i = 0; i < aActions.length; i++) {\n"
               "        var c = chartData[aActions[i]];\n"
               "        if (c && !c.isEmpty && document.getElementById(aActions[i])) AmCharts.makeChart(aActions[i], c);\n"
               "    }\n"
               "});\n</script>\n</body>\n</html>\n");
    return out;
}

// ---------------------------------------------------------------------------------------------------
// TooLost: portal analytics JSON ("thisYear") and monthly sales reports.

QByteArray tooLostSpotifyJson(const Catalog& catalog)
{
    const qint64 first = QDate(catalog.today.year(), 1, 1).toJulianDay();
    const qint64 last = catalog.todayJd - 2;
    std::vector<std::pair<qint64, qint64>> days;
    for (qint64 jd = first; jd <= last; ++jd) {
        const qint64 streams = sumTracks(catalog, &Track::spotify, jd, isTooLost);
        if (streams > 0) days.emplace_back(jd, streams); // zero days are left out
    }
    Rng rng(streamKey(catalog.seed, {kTooLostStream, 1}));
    shuffle(days, rng);

    QByteArray out("{\"streams\":[");
    for (std::size_t i = 0; i < days.size(); ++i) {
        if (i > 0) out.append(',');
        out.append("{\"date\":\"");
        appendJulianDate(out, days[i].first);
        out.append("\",\"streams\":\"");
        appendInt(out, days[i].second);
        out.append("\"}");
    }
    // Discovery Mode from the month after the first TooLost release: 30% commission on the royalties
    // of the streams it brought.
    out.append("],\"discovery\":[");
    bool any = false;
    qint64 firstRelease = catalog.lastJd;
    for (const Track& track : catalog.tracks)
        if (track.toolost) firstRelease = std::min(firstRelease, track.releaseDate.toJulianDay());
    for (int month = monthNumber(QDate::fromJulianDay(std::max(first, firstRelease))) + 1;
         month < monthNumber(catalog.today); ++month) {
        qint64 streams = 0;
        for (qint64 jd = firstDayOf(month).toJulianDay(); jd <= lastDayOf(month).toJulianDay(); ++jd)
            streams += sumTracks(catalog, &Track::spotify, jd, isTooLost);
        streams = streams * rng.between(180, 320) / 1000;
        if (streams <= 0) continue;
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
        if (apple > 0) streams.emplace_back(jd, apple);
        // One draw per statement: the order of operands is unspecified, the files must not depend on it.
        qint64 shazam = apple * rng.between(10, 60) / 1000;
        if (apple > 0 && rng.chance(150)) ++shazam;
        if (shazam > 0) shazams.emplace_back(jd, shazam);
    }
    shuffle(streams, rng);
    shuffle(shazams, rng);

    QByteArray out("{\"totalStreams\":[");
    qint64 total = 0;
    for (std::size_t i = 0; i < streams.size(); ++i) {
        if (i > 0) out.append(',');
        out.append("{\"date\":\"");
        appendJulianDate(out, streams[i].first);
        out.append("\",\"streams\":");
        appendInt(out, streams[i].second); // ints here…
        out.append('}');
        total += streams[i].second;
    }
    out.append("],\"totalShazam\":[");
    for (std::size_t i = 0; i < shazams.size(); ++i) {
        if (i > 0) out.append(',');
        out.append("{\"date\":\"");
        appendJulianDate(out, shazams[i].first);
        out.append("\",\"streams\":\"");
        appendInt(out, shazams[i].second); // …strings there
        out.append("\"}");
    }
    out.append("],\"tracksTotal\":[");
    std::array<qint64, kCountryCount> countries{};
    bool any = false;
    for (const Track& track : catalog.tracks) {
        if (!track.toolost) continue;
        qint64 sum = 0;
        for (qint64 jd = first; jd <= last; ++jd) sum += catalog.value(track.apple, jd);
        if (sum <= 0) continue;
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
        for (std::size_t i = 0; i < shares.size(); ++i) countries[static_cast<std::size_t>(track.countries[i])] += shares[i];
    }
    out.append("],\"countryTotal\":[");
    std::vector<int> order;
    for (int c = 0; c < kCountryCount; ++c)
        if (countries[static_cast<std::size_t>(c)] > 0) order.push_back(c);
    std::stable_sort(order.begin(), order.end(), [&countries](int a, int b) {
        return countries[static_cast<std::size_t>(a)] > countries[static_cast<std::size_t>(b)];
    });
    for (std::size_t i = 0; i < order.size(); ++i) {
        if (i > 0) out.append(',');
        out.append("{\"country\":\"").append(kCountries[static_cast<std::size_t>(order[i])].code).append("\",\"streams\":");
        appendInt(out, countries[static_cast<std::size_t>(order[i])]);
        out.append('}');
    }
    out.append("],\"streamTotal\":");
    appendInt(out, total);
    out.append('}');
    return out;
}

struct TooLostChannel
{
    const char* name;
    int store;       // the kStores entry whose share and rate it follows
    int delayMonths; // sale month = accounting month - delay
    int breadth;     // countries reported separately
};

constexpr std::array kTooLostChannels = {
    TooLostChannel{"Spotify", 0, 2, 8},      TooLostChannel{"Apple Music", 1, 2, 4},
    TooLostChannel{"YouTube Music", 4, 2, 3}, TooLostChannel{"Amazon Music", 11, 3, 2},
    TooLostChannel{"TikTok", 7, 3, 3},       TooLostChannel{"Deezer", 9, 3, 2},
    TooLostChannel{"TIDAL", 10, 3, 1},       TooLostChannel{"Facebook", 8, 3, 2},
};

// One month's sales report: rev_fee is the label's net (gross × its share), in USD with 8 decimals.
QByteArray tooLostSalesReport(const Catalog& catalog, int accountingMonth)
{
    QByteArray out("transaction_id,sale_date,accounting_date,reporting_date,release_title,release_id,track_title,"
                   "track_id,channel,country,isrc,upc,units,unit_price,original_currency,split_id,share,rev_fee\n");
    Rng rng(streamKey(catalog.seed, {kTooLostStream, 3, static_cast<quint64>(accountingMonth)}));
    qint64 transaction = 31000000 + static_cast<qint64>(accountingMonth - 2024 * 12) * 250000 + rng.between(0, 999);
    for (const TooLostChannel& channel : kTooLostChannels) {
        const Store& store = kStores[static_cast<std::size_t>(channel.store)];
        const int saleMonth = accountingMonth - channel.delayMonths;
        for (int t = 0; t < static_cast<int>(catalog.tracks.size()); ++t) {
            const Track& track = catalog.tracks[static_cast<std::size_t>(t)];
            if (!track.toolost) continue;
            const qint64 streams = monthlyStreams(catalog, t, saleMonth);
            if (streams <= 0) continue;
            const std::size_t n = std::min<std::size_t>(static_cast<std::size_t>(channel.breadth), track.countries.size());
            qint64 weightSum = 0;
            for (std::size_t i = 0; i < n; ++i) weightSum += track.countryWeights[i];
            for (std::size_t i = 0; i < n; ++i) {
                const int country = track.countries[i];
                qint64 expected = streams * store.sharePpm / 1000 * track.countryWeights[i] / weightSum;
                expected = expected * rng.between(850, 1150) / 1000;
                const qint64 units = expected / 1000 + (static_cast<qint64>(rng.below(1000)) < expected % 1000 ? 1 : 0);
                if (units == 0) continue;
                qint64 unitPrice = store.rateUnits * kCountries[static_cast<std::size_t>(country)].ratePermille / 1000;
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

// ---------------------------------------------------------------------------------------------------
// Spotify for Artists audience timeline, one file per artist profile.

QByteArray spotifyAudienceTimeline(const Catalog& catalog, int profile)
{
    const ArtistSpec& artist = kArtists[static_cast<std::size_t>(profile)];
    QByteArray out("\xEF\xBB\xBF" "date,listeners,streams,followers\n");
    Rng rng(streamKey(catalog.seed, {kAudienceStream, static_cast<quint64>(profile)}));
    qint64 followers = artist.spotifyFollowers;
    const qint64 purgeJd = catalog.todayJd - 158; // Spotify removes inactive and fake followers once
    for (qint64 jd = catalog.todayJd - 365; jd < catalog.todayJd; ++jd) {
        const qint64 streams = sumTracks(catalog, &Track::spotify, jd,
                                         [&catalog, profile](const Track& track) { return catalog.credits(track, profile); });
        qint64 listeners = streams * rng.between(520, 640) / 1000;
        if (streams > 0 && listeners == 0) listeners = 1;
        // Listeners an ad sent to the profile follow far more often than passive listeners do.
        qint64 gained = streams * rng.between(20, 40) / 10000;
        gained += adResults(catalog, profile, jd) * rng.between(120, 220) / 1000;
        qint64 lost = static_cast<qint64>(rng.below(3));
        if (jd == purgeJd && profile == 1) lost += followers * 4 / 100;
        followers += gained - lost;
        RowWriter(out).julianDate(jd).integer(listeners).integer(streams).integer(followers).end();
    }
    return out;
}

// ---------------------------------------------------------------------------------------------------
// TikTok Studio Overview export (a ZIP written here: stored entries, CRC-32, DOS time).

struct TikTokDay
{
    qint64 views = 0;
    qint64 profileViews = 0;
    qint64 likes = 0;
    qint64 comments = 0;
    qint64 shares = 0;
    qint64 followers = 0; // at the end of the day
};

// One account's days from `first` to `last`; the last day is partial (the export ran in the morning).
std::vector<TikTokDay> tiktokDays(const Catalog& catalog, int artistIndex, qint64 first, qint64 last)
{
    const ArtistSpec& artist = kArtists[static_cast<std::size_t>(artistIndex)];
    constexpr int kWarmUp = 30; // videos posted before the window still collect views inside it
    const qint64 start = first - kWarmUp;
    const auto n = static_cast<std::size_t>(last - start + 1);
    std::vector<qint64> views(n, 0);
    static constexpr std::array kPostCurve = {420, 230, 120, 70, 45, 30, 22, 16, 12, 10, 8, 7, 5, 4, 1};
    Rng rng(streamKey(catalog.seed, {kTikTokStream, static_cast<quint64>(artistIndex)}));

    for (std::size_t i = 0; i < n; ++i) {
        const qint64 jd = start + static_cast<qint64>(i);
        const int growth = growthPermille(catalog.todayJd - jd);
        views[i] += static_cast<qint64>(artist.tiktokBaseViews) * growth / 1000 * rng.between(800, 1200) / 1000;

        // Teasers before a release, a post on release day.
        bool releaseDay = false;
        bool releaseSoon = false;
        for (const Track& track : catalog.tracks) {
            if (!catalog.credits(track, artistIndex) || track.position != 0) continue;
            const qint64 until = track.releaseDate.toJulianDay() - jd;
            releaseDay = releaseDay || until == 0;
            releaseSoon = releaseSoon || (until > 0 && until <= 10);
        }
        const int chance = releaseDay ? 1000 : releaseSoon ? 650 : artist.tiktokPostPermille;
        if (rng.chance(chance)) {
            const qint64 u = rng.between(250, 1600);
            qint64 size = static_cast<qint64>(artist.tiktokPostViews) * growth / 1000 * u / 1000 * u / 1000;
            if (rng.chance(25)) size *= rng.between(4, 9); // now and then a video travels
            if (releaseDay) size *= 3;
            for (std::size_t k = 0; k < kPostCurve.size() && i + k < n; ++k) views[i + k] += size * kPostCurve[k] / 1000;
        }

        // The clip that made "Overpass" take off.
        if (artistIndex == kViralArtist && jd == catalog.viralJd - kViralClipLeadDays) {
            static constexpr std::array kClipStart = {40, 130, 190, 170};
            qint64 share = 0;
            for (std::size_t k = 0; i + k < n && k < 60; ++k) {
                share = k < kClipStart.size() ? kClipStart[k] : share * 80 / 100;
                views[i + k] += 1400000 * share / 1000;
            }
        }
    }

    std::vector<TikTokDay> days;
    qint64 followers = artist.tiktokFollowers;
    for (std::size_t i = 0; i < n; ++i) {
        const qint64 jd = start + static_cast<qint64>(i);
        Rng day(streamKey(catalog.seed, {kTikTokDayStream, static_cast<quint64>(artistIndex), static_cast<quint64>(jd)}));
        TikTokDay d;
        d.views = jd == last ? views[i] * 45 / 100 : views[i];
        d.profileViews = d.views * day.between(12, 28) / 1000;
        d.likes = d.views * day.between(55, 100) / 1000;
        d.comments = d.views * day.between(2, 6) / 1000;
        if (d.comments == 0 && day.chance(8)) d.comments = -1; // a deleted comment
        d.shares = d.views * day.between(3, 10) / 1000;
        followers += d.profileViews * day.between(50, 95) / 1000;
        followers -= static_cast<qint64>(day.below(4));
        d.followers = followers;
        if (jd >= first) days.push_back(d);
    }
    return days;
}

QByteArray monthDayText(qint64 jd)
{
    const QDate date = QDate::fromJulianDay(jd);
    QByteArray text(kMonthNames[static_cast<std::size_t>(date.month() - 1)]);
    text.append(' ');
    appendInt(text, date.day());
    return text;
}

QByteArray tiktokOverviewCsv(const std::vector<TikTokDay>& days, qint64 first)
{
    QByteArray out("\"Date\",\"Video Views\",\"Profile Views\",\"Likes\",\"Comments\",\"Shares\"\n");
    for (std::size_t i = 0; i < days.size(); ++i) {
        out.append('"').append(monthDayText(first + static_cast<qint64>(i))).append('"');
        for (const qint64 v : {days[i].views, days[i].profileViews, days[i].likes, days[i].comments, days[i].shares}) {
            out.append(",\"");
            appendInt(out, v);
            out.append('"');
        }
        out.append('\n');
    }
    return out;
}

// As TikTok writes it: unquoted, and the first day's count is "undefined".
QByteArray tiktokFollowerHistoryCsv(const std::vector<TikTokDay>& days, qint64 first)
{
    QByteArray out("Date,Followers,Difference in followers from previous day\n");
    for (std::size_t i = 0; i < days.size(); ++i) {
        RowWriter row(out);
        row.raw(monthDayText(first + static_cast<qint64>(i)));
        if (i == 0) row.raw("undefined");
        else row.integer(days[i].followers);
        row.integer(i < 2 ? 0 : days[i].followers - days[i - 1].followers).end();
    }
    return out;
}

const std::array<quint32, 256>& crcTable()
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k) c = (c & 1u) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    return table;
}

quint32 crc32(const QByteArray& data)
{
    const std::array<quint32, 256>& table = crcTable();
    quint32 crc = 0xFFFFFFFFu;
    for (const char c : data) crc = table[(crc ^ static_cast<quint8>(c)) & 0xFFu] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

void put16(QByteArray& out, quint32 v)
{
    out.append(static_cast<char>(v & 0xFFu));
    out.append(static_cast<char>((v >> 8) & 0xFFu));
}

void put32(QByteArray& out, quint32 v)
{
    put16(out, v & 0xFFFFu);
    put16(out, v >> 16);
}

// A ZIP of stored (uncompressed) entries, every one dated `date` at `secondsOfDay` (even seconds: DOS
// time has a two-second resolution).
struct ZipEntry
{
    QByteArray name;
    QByteArray data;
};

QByteArray storedZip(const std::vector<ZipEntry>& entries, QDate date, int secondsOfDay)
{
    const auto dosTime = static_cast<quint32>((secondsOfDay / 3600) << 11 | (secondsOfDay / 60 % 60) << 5 | (secondsOfDay % 60) / 2);
    const auto dosDate = static_cast<quint32>((date.year() - 1980) << 9 | date.month() << 5 | date.day());
    QByteArray out;
    QByteArray directory;
    for (const auto& [name, data] : entries) {
        const quint32 crc = crc32(data);
        const auto offset = static_cast<quint32>(out.size());
        const auto size = static_cast<quint32>(data.size());
        const auto nameSize = static_cast<quint32>(name.size());
        put32(out, 0x04034B50u); // local file header
        put16(out, 10);          // version needed: 1.0, stored
        put16(out, 0);           // flags
        put16(out, 0);           // method: stored
        put16(out, dosTime);
        put16(out, dosDate);
        put32(out, crc);
        put32(out, size);
        put32(out, size);
        put16(out, nameSize);
        put16(out, 0);
        out.append(name).append(data);

        put32(directory, 0x02014B50u); // central directory header
        put16(directory, 20);          // made by: MS-DOS, 2.0
        put16(directory, 10);
        put16(directory, 0);
        put16(directory, 0);
        put16(directory, dosTime);
        put16(directory, dosDate);
        put32(directory, crc);
        put32(directory, size);
        put32(directory, size);
        put16(directory, nameSize);
        put16(directory, 0); // extra
        put16(directory, 0); // comment
        put16(directory, 0); // disk
        put16(directory, 0); // internal attributes
        put32(directory, 0); // external attributes
        put32(directory, offset);
        directory.append(name);
    }
    const auto directoryOffset = static_cast<quint32>(out.size());
    out.append(directory);
    put32(out, 0x06054B50u); // end of central directory
    put16(out, 0);
    put16(out, 0);
    put16(out, static_cast<quint32>(entries.size()));
    put16(out, static_cast<quint32>(entries.size()));
    put32(out, static_cast<quint32>(directory.size()));
    put32(out, directoryOffset);
    put16(out, 0);
    return out;
}

// ---------------------------------------------------------------------------------------------------
// Linktree daily overview of zone.a0's link page: bio-link visits from TikTok and the ads.

QByteArray linktreeOverview(const Catalog& catalog)
{
    const qint64 first = catalog.todayJd - 364;
    const std::vector<TikTokDay> tiktok = tiktokDays(catalog, 0, first, catalog.todayJd);
    QByteArray out("date,totalViews,uniqueViews,totalClicks,uniqueClicks,clickThroughRate\n");
    for (qint64 jd = first; jd <= catalog.todayJd; ++jd) {
        Rng rng(streamKey(catalog.seed, {kLinktreeStream, static_cast<quint64>(jd)}));
        qint64 views = rng.between(0, 14);
        views += tiktok[static_cast<std::size_t>(jd - first)].profileViews * rng.between(30, 60) / 1000;
        views += adResults(catalog, 0, jd) * rng.between(20, 50) / 1000;
        if (jd == catalog.todayJd) views = views * 45 / 100; // today so far
        const qint64 uniqueViews = views * rng.between(700, 850) / 1000 + (views > 0 ? 1 : 0);
        qint64 clicks = views * rng.between(380, 640) / 1000;
        if (views > 0 && rng.chance(20)) clicks = views + rng.between(1, 3); // one visitor clicking every link
        const qint64 uniqueClicks = clicks * rng.between(760, 900) / 1000 + (clicks > 0 ? 1 : 0);
        RowWriter row(out);
        row.julianDate(jd);
        for (const qint64 v : {views, std::min(uniqueViews, views), clicks, std::min(uniqueClicks, clicks)})
            row.integer(v);
        row.fixed(views > 0 ? (clicks * 20000 / views + 1) / 2 : 0, 4).end(); // rounded to 4 places
    }
    return out;
}

// ---------------------------------------------------------------------------------------------------
// Meta Ads Manager exports: daily rows per ad, and one lifetime row per ad.

QByteArray metaDateText(qint64 jd)
{
    const QDate date = QDate::fromJulianDay(jd);
    QByteArray text(kMonthAbbreviations[static_cast<std::size_t>(date.month() - 1)]);
    text.append('-');
    appendInt(text, date.day());
    text.append('-');
    appendInt(text, date.year());
    return text;
}

const char* const kMetaHeader = "Reporting starts,Reporting ends,Campaign name,Ad Set Name,Ad name,Amount spent (USD),"
                                "Impressions,Reach,Link clicks,Results,Result indicator,Cost per results,"
                                "Attribution setting\n";

void appendMetaRow(QByteArray& out, qint64 from, qint64 to, const AdDay& d)
{
    const CampaignSpec& spec = kCampaigns[static_cast<std::size_t>(d.campaign)];
    const AdSpec& ad = spec.ads[static_cast<std::size_t>(d.ad)];
    RowWriter row(out);
    row.julianDate(from).julianDate(to).text(spec.name).text(ad.adSet).text(ad.name);
    row.fixed(d.spendCents, 2).integer(d.impressions).integer(d.reach);
    // Ads Manager leaves empty what did not happen.
    if (d.clicks > 0) row.integer(d.clicks);
    else row.empty();
    if (d.results > 0)
        row.integer(d.results)
            .raw(spec.landingPageViews ? "actions:landing_page_view" : "actions:link_click")
            .fixed(d.spendCents * 10000 / d.results, 6);
    else row.empty().empty().empty();
    row.raw("7-day click or 1-day view").end();
}

std::pair<qint64, qint64> metaRange(const Catalog& catalog) { return {catalog.todayJd - 365, catalog.todayJd - 1}; }

QByteArray metaDailyExport(const Catalog& catalog)
{
    const auto [from, to] = metaRange(catalog);
    std::vector<AdDay> rows;
    for (const AdDay& d : catalog.adDays)
        if (d.jd >= from && d.jd <= to) rows.push_back(d);
    std::stable_sort(rows.begin(), rows.end(), [](const AdDay& a, const AdDay& b) { return a.jd < b.jd; });
    QByteArray out(kMetaHeader);
    for (const AdDay& d : rows) appendMetaRow(out, d.jd, d.jd, d);
    return out;
}

QByteArray metaLifetimeExport(const Catalog& catalog)
{
    const auto [from, to] = metaRange(catalog);
    QByteArray out(kMetaHeader);
    std::vector<AdDay> totals;
    for (const AdDay& d : catalog.adDays) {
        if (d.jd < from || d.jd > to) continue;
        if (totals.empty() || totals.back().campaign != d.campaign || totals.back().ad != d.ad)
            totals.push_back({d.campaign, d.ad, from, 0, 0, 0, 0, 0});
        AdDay& t = totals.back();
        t.spendCents += d.spendCents;
        t.impressions += d.impressions;
        t.reach += d.reach;
        t.clicks += d.clicks;
        t.results += d.results;
    }
    for (AdDay& t : totals) {
        // The same people see an ad on many days: reach over the range is far below the daily sum.
        Rng rng(streamKey(catalog.seed, {kMetaStream, 9999, static_cast<quint64>(t.campaign), static_cast<quint64>(t.ad)}));
        t.reach = t.reach * rng.between(520, 680) / 1000;
        appendMetaRow(out, from, to, t);
    }
    return out;
}

// ---------------------------------------------------------------------------------------------------
// Manual files: the track catalog with royalty splits, and the card's expenses.

QByteArray trackCatalogCsv(const Catalog& catalog)
{
    QByteArray out("artist,title,isrc,upc,release_date,release_type,royalty_percentage\n");
    for (const Track& track : catalog.tracks)
        RowWriter(out)
            .text(track.artist)
            .text(track.title)
            .raw(track.isrc)
            .raw(track.upc)
            .date(track.releaseDate)
            .raw(kReleases[static_cast<std::size_t>(track.releaseIndex)].type)
            .integer(track.teamPercent)
            .end();
    return out;
}

struct Expense
{
    qint64 jd;
    QByteArray description;
    qint64 cents;
    const char* category;
    const char* card;
};

QByteArray expensesCsv(const Catalog& catalog, int year)
{
    const qint64 first = QDate(year, 1, 1).toJulianDay();
    const qint64 last = std::min(QDate(year, 12, 31).toJulianDay(), catalog.todayJd);
    std::vector<Expense> expenses;
    Rng rng(streamKey(catalog.seed, {kExpenseStream, static_cast<quint64>(year)}));
    auto add = [&](qint64 jd, QByteArray description, qint64 cents, const char* category, const char* card) {
        if (jd >= first && jd <= last) expenses.push_back({jd, std::move(description), cents, category, card});
    };
    auto reference = [&rng](const char* prefix, int length) {
        static constexpr char kAlnum[] = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
        QByteArray text(prefix);
        for (int k = 0; k < length; ++k) text.append(kAlnum[rng.below(sizeof(kAlnum) - 1)]);
        return text;
    };

    // Meta bills the card each time the unbilled spend passes $250, and what is left on the 1st.
    qint64 unbilled = 0;
    for (qint64 jd = first - 40; jd <= last; ++jd) {
        for (const AdDay& d : catalog.adDays)
            if (d.jd == jd) unbilled += d.spendCents;
        const QDate date = QDate::fromJulianDay(jd);
        if (unbilled >= 25000 || (date.day() == date.daysInMonth() && unbilled > 0)) {
            add(jd + 1, reference("FACEBK *", 10), unbilled, "Ads", "4821");
            unbilled = 0;
        }
    }
    // Subscriptions and yearly plans.
    for (int month = monthNumber(QDate(year, 1, 1)); month <= monthNumber(QDate(year, 12, 1)); ++month) {
        add(QDate(yearOf(month), monthOfYear(month), 3).toJulianDay(), "SPLICE.COM SOUNDS", 1299, "Software", "7730");
        add(QDate(yearOf(month), monthOfYear(month), 14).toJulianDay(), "ADOBE *CREATIVE CLOUD", 5999, "Software", "7730");
    }
    add(QDate(year, 1, 6).toJulianDay(), "TOOLOST.COM PRO PLAN", 8999, "Distribution", "4821");
    add(QDate(year, 3, 12).toJulianDay(), "DISTROKID MUSICIAN PLUS", 4499, "Distribution", "4821");
    add(QDate(year, 6, 2).toJulianDay(), "ABLETON AG LIVE 12 UPGRADE", 22900, "Software", "7730");
    add(QDate(year, 9, 18).toJulianDay(), "NATIVE INSTRUMENTS GMBH", 14900, "Software", "7730");
    // Mastering three weeks before each release, a pitch the week of it.
    for (std::size_t r = 0; r < kReleases.size(); ++r) {
        int trackCount = 0;
        QDate released;
        for (const Track& track : catalog.tracks) {
            if (track.releaseIndex != static_cast<int>(r)) continue;
            ++trackCount;
            released = track.releaseDate;
        }
        add(released.toJulianDay() - 21, "PAYPAL *KESTRELMASTERING", 9500 + 5500 * static_cast<qint64>(trackCount), "Mastering", "4821");
        add(released.toJulianDay() + 1, "SUBMITHUB.COM", 2000 + 1000 * rng.between(0, 3), "Promotion", "4821");
    }
    std::stable_sort(expenses.begin(), expenses.end(), [](const Expense& a, const Expense& b) { return a.jd > b.jd; });

    QByteArray out("Date,Description,Amount,Category,Status,CardLast4\n");
    for (const Expense& e : expenses)
        RowWriter(out)
            .julianDate(e.jd)
            .text(e.description)
            .fixed(e.cents, 2)
            .raw(e.category)
            .raw("Posted")
            .raw(e.card)
            .end();
    return out;
}

// ---------------------------------------------------------------------------------------------------
// Every format but the statements, written next to them.

QByteArray compactDate(QDate date)
{
    QByteArray text;
    appendPadded(text, date.year(), 4);
    appendPadded(text, date.month(), 2);
    appendPadded(text, date.day(), 2);
    return text;
}

QStringList writeOtherFormats(const Catalog& catalog, const QString& landingDir)
{
    QStringList written;
    const QDir dir(landingDir);
    auto put = [&dir, &written](const QByteArray& name, const QByteArray& bytes) {
        const QString path = dir.filePath(QString::fromUtf8(name));
        if (writeFile(path, bytes)) written.append(path);
    };
    QByteArray today;
    appendDate(today, catalog.today);

    put("distrokid_streams_" + today + ".html", distroKidStreamsPage(catalog));
    put("distrokid_applemusic_" + today + ".html", distroKidAppleMusicPage(catalog));

    put("toolost_spotify_" + compactDate(catalog.today) + "_091204.json", tooLostSpotifyJson(catalog));
    put("toolost_apple_" + compactDate(catalog.today) + "_091211.json", tooLostAppleJson(catalog));
    // A month's report comes out on the 10th of the next month.
    const int lastReport = monthNumber(catalog.today) - (catalog.today.day() >= 10 ? 1 : 2);
    for (int month = lastReport - 1; month <= lastReport; ++month) {
        QByteArray name("@");
        appendPadded(name, monthOfYear(month), 2);
        name.append('-');
        appendPadded(name, yearOf(month), 4);
        put(name + "-70799.csv", tooLostSalesReport(catalog, month));
    }

    for (int profile = 0; profile < kProfileCount; ++profile)
        put(QByteArray(kArtists[static_cast<std::size_t>(profile)].name) + "-audience-timeline.csv",
            spotifyAudienceTimeline(catalog, profile));

    // TikTok Studio: "Last 365 days" exported this morning, a few seconds apart.
    const qint64 tiktokFirst = catalog.todayJd - 364;
    int exportSeconds = 11 * 3600 + 38 * 60 + 14;
    for (int a = 0; a < static_cast<int>(kArtists.size()); ++a) {
        const ArtistSpec& artist = kArtists[static_cast<std::size_t>(a)];
        if (!artist.tiktok) continue;
        const std::vector<TikTokDay> days = tiktokDays(catalog, a, tiktokFirst, catalog.todayJd);
        std::vector<ZipEntry> entries;
        entries.reserve(2);
        entries.push_back({QByteArrayLiteral("Overview.csv"), tiktokOverviewCsv(days, tiktokFirst)});
        if (a == 0) entries.push_back({QByteArrayLiteral("FollowerHistory.csv"), tiktokFollowerHistoryCsv(days, tiktokFirst)});
        QByteArray name("Overview_");
        appendJulianDate(name, tiktokFirst);
        name.append('_');
        appendInt(name, unixSeconds(catalog.todayJd, exportSeconds));
        name.append('_').append(artist.tiktok).append(".zip");
        put(name, storedZip(entries, catalog.today, exportSeconds));
        exportSeconds += 8;
    }

    put("linktree_zone.a0_" + today + ".csv", linktreeOverview(catalog));

    const auto [metaFrom, metaTo] = metaRange(catalog);
    const QByteArray range = metaDateText(metaFrom) + '-' + metaDateText(metaTo);
    put("BEDROT-Campaigns-" + range + ".csv", metaDailyExport(catalog));
    put("BEDROT-Ads-" + range + ".csv", metaLifetimeExport(catalog));

    put("track_catalog_royalty_splits.csv", trackCatalogCsv(catalog));
    QByteArray expenses("expenses_");
    appendInt(expenses, catalog.today.year());
    put(expenses + ".csv", expensesCsv(catalog, catalog.today.year()));
    return written;
}

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
    written += writeDistroKid(catalog, landingDir, catalog.today);
    written += writeOtherFormats(catalog, landingDir);
    return written;
}

QStringList DemoGenerator::writeDistroKidStatements(const QString& landingDir, const Options& options)
{
    if (!prepareLandingDir(landingDir)) return {};
    const Catalog catalog = buildCatalog(options);
    return writeDistroKid(catalog, landingDir, catalog.today);
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
