// The demo label as data: its artists, releases, tracks, the TikTok moment and the ad campaigns.
#pragma once

#include <array>

namespace bedrot::demo {

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
    unsigned profiles;    // Spotify profiles credited, one bit per artist: a collaboration counts on both
    const char* tiktok;   // TikTok handle; nullptr without an account
    int spotifyFollowers; // at the start of the daily window
    int tiktokFollowers;
    int tiktokBaseViews;    // daily views of older videos
    int tiktokPostViews;    // typical views of one new video
    int tiktokPostPermille; // chance of posting on a quiet day
};

inline constexpr std::array kArtists = {
    ArtistSpec{"ZONE A0", "USDENLSE", 1u, "zone.a0", 4200, 6800, 240, 3800, 380},
    ArtistSpec{"PIG1987", "USBRMXGB", 2u, "pig1987", 2600, 3900, 150, 2600, 300},
    ArtistSpec{"Nova Rae", "USGBCAAUSE", 4u, nullptr, 1900, 0, 0, 0, 0},
    ArtistSpec{"ZONE A0 & Nova Rae", "USGBDESE", 5u, nullptr, 0, 0, 0, 0, 0},
};
inline constexpr int kProfileCount = 3; // the first artists have a Spotify profile of their own

struct ReleaseSpec
{
    int artist;
    const char* title;
    const char* type;     // the catalog's release_type
    const char* upc11;    // the check digit is computed
    const char* isrcStem; // ISRC country + registrant code (DistroKid hands out several; TooLost its own)
    int monthsAgo;        // release month, counted back from the export month
    int friday;           // released on that month's Friday number `friday` (0 = first)
    int split;            // the label's royalty percentage (DistroKid's Team Percentage, TooLost's share)
    bool toolost;         // distributed by TooLost instead of DistroKid
};

inline constexpr std::array kReleases = {
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

inline constexpr std::array kTracks = {
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
inline constexpr int kViralTrack = 6;
inline constexpr int kViralArtist = 0;
inline constexpr int kViralOffsetDays = -211; // from the export date
inline constexpr int kViralClipLeadDays = 3;

enum class Anchor
{
    Today,
    Release,
    Viral
};

struct AdSpec
{
    const char* adSet;
    const char* name;
    int weight; // share of the campaign's budget
};

struct CampaignSpec
{
    const char* name;
    int track; // index into kTracks
    Anchor anchor;
    int startOffset; // days after the anchor
    int days;
    int dailyBudgetCents;
    int liftPermille; // extra streams of the track once the campaign delivers fully
    int ctrLo;        // link click-through range, in 1/10000 of impressions
    int ctrHi;
    bool landingPageViews; // optimised for landing page views instead of link clicks
    std::array<AdSpec, 2> ads;
};

inline constexpr std::array kCampaigns = {
    CampaignSpec{"ZONE A0 - HOLD ON I - BROAD",
                 0,
                 Anchor::Today,
                 -310,
                 35,
                 1500,
                 1200,
                 110,
                 190,
                 false,
                 {AdSpec{"ZONE A0 - HOLD ON I - BROAD - US, CA, UK 18-34", "HOLD ON I - Video 1 (9:16)", 3},
                  AdSpec{"ZONE A0 - HOLD ON I - BROAD - US, CA, UK 18-34", "HOLD ON I - Static Cover", 1}}},
    CampaignSpec{"PIG1987 - HEAVEN NIGHTCLUB - Streaming",
                 16,
                 Anchor::Release,
                 0,
                 16,
                 2000,
                 800,
                 130,
                 240,
                 false,
                 {AdSpec{"PIG1987 - HEAVEN NIGHTCLUB - TECHNO", "HEAVEN NIGHTCLUB - Club Clip", 2},
                  AdSpec{"PIG1987 - HEAVEN NIGHTCLUB - TECHNO", "HEAVEN NIGHTCLUB - Lyric Teaser", 1}}},
    CampaignSpec{"PIG1987 - HEAVEN NIGHTCLUB - Streaming - Copy",
                 16,
                 Anchor::Release,
                 21,
                 30,
                 1200,
                 600,
                 120,
                 220,
                 false,
                 {AdSpec{"PIG1987 - HEAVEN NIGHTCLUB - HARD TRANCE", "HEAVEN NIGHTCLUB - Club Clip", 1},
                  AdSpec{nullptr, nullptr, 0}}},
    CampaignSpec{"OVERPASS - Streaming",
                 6,
                 Anchor::Viral,
                 6,
                 30,
                 2500,
                 400,
                 150,
                 280,
                 true,
                 {AdSpec{"OVERPASS - Broad - Lookalike 1%", "OVERPASS - TikTok Repost", 3},
                  AdSpec{"OVERPASS - Broad - Lookalike 1%", "OVERPASS - Lyric Video", 2}}},
    CampaignSpec{
        "PIG1987 - TRANSFORMER ARCHITECTURE - STREAMING",
        18,
        Anchor::Release,
        0,
        24,
        1500,
        700,
        120,
        230,
        false,
        {AdSpec{"PIG1987 - TRANSFORMER ARCHITECTURE - TECHNO", "TRANSFORMER ARCHITECTURE - Visualizer", 1},
         AdSpec{nullptr, nullptr, 0}}},
    CampaignSpec{"ZONE A0 - GLASS HARBOR - BROAD",
                 15,
                 Anchor::Release,
                 0,
                 28,
                 1800,
                 700,
                 110,
                 200,
                 false,
                 {AdSpec{"ZONE A0 - GLASS HARBOR - BROAD - US 18-34", "GLASS HARBOR - Video 1 (9:16)", 2},
                  AdSpec{"ZONE A0 - GLASS HARBOR - BROAD - US 18-34", "GLASS HARBOR - Carousel", 1}}},
};

} // namespace bedrot::demo
