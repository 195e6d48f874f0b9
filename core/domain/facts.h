// Parsed facts of every non-statement source, on their way from a parser to the writer. Names of
// artists, tracks and platforms stay names here; the writer resolves them to warehouse ids.
#pragma once

#include "money.h"

#include <QDate>
#include <QString>

#include <optional>

namespace bedrot {

// A daily stream count from a distributor's analytics (DistroKid stats, TooLost analytics).
struct DailyStreamFact
{
    QString distributor; // "distrokid", "toolost"
    QString platform;    // platform key: "spotify", "apple_music", …
    QString artist;      // empty: the whole account
    QString isrc;        // empty: all tracks
    QDate day;
    qint64 streams = 0;
    QString tz;      // the source's time zone label, e.g. "UTC", "America/Los_Angeles"
    qint64 line = 0; // physical line (or item index for JSON/HTML, 1-based)
};

// A total over a range that a reply carries per country or per track (e.g. TooLost Apple).
struct StreamTotalFact
{
    QString distributor;
    QString platform;
    QString dimension; // "country" or "track"
    QString value;     // ISO-2 country or ISRC
    QDate rangeStart;
    QDate rangeEnd;
    qint64 streams = 0;
    qint64 line = 0;
};

// Spotify for Artists audience timeline, one day of one artist.
struct AudienceFact
{
    QString artist;
    QDate day;
    std::optional<qint64> listeners;
    std::optional<qint64> streams;
    std::optional<qint64> followers;
    qint64 line = 0;
};

// TikTok Studio overview (and other social daily metrics), one day of one account.
struct SocialFact
{
    QString artist;
    QString platform = QStringLiteral("tiktok");
    QDate day;
    std::optional<qint64> videoViews;
    std::optional<qint64> profileViews;
    std::optional<qint64> likes;
    std::optional<qint64> comments;
    std::optional<qint64> shares;
    QString tz;
    qint64 line = 0;
};

// A follower count on a day (TikTok follower history, API snapshots).
struct FollowerFact
{
    QString artist;
    QString platform;
    QDate day;
    qint64 followers = 0;
    qint64 line = 0;
};

// Linktree daily overview.
struct LinkFact
{
    QString account; // e.g. the Linktree handle; empty when the file does not say
    QString artist;  // when known
    QDate day;
    std::optional<qint64> totalViews;
    std::optional<qint64> uniqueViews;
    std::optional<qint64> totalClicks;
    std::optional<qint64> uniqueClicks;
    qint64 line = 0;
};

// One ad report row: a day (start == end, lifetime false) or a lifetime total over [start, end].
struct AdFact
{
    QString platform = QStringLiteral("meta_ads");
    QString account;
    QString campaign;
    QString adSet;
    QString ad;
    QDate start;
    QDate end;
    bool lifetime = false;
    QString artist;     // parsed from the campaign name, when it names one
    QString trackTitle; // parsed from the campaign name, when it names one
    Money spend;
    QString currency = QStringLiteral("USD");
    std::optional<qint64> impressions;
    std::optional<qint64> reach;
    std::optional<qint64> clicks;
    std::optional<qint64> results;
    QString tz;
    qint64 line = 0;
};

// A catalog row: the track's identity and the label's royalty share.
struct CatalogFact
{
    QString artist;
    QString title;
    QString isrc;
    QString upc;
    QDate releaseDate;
    QString releaseType;
    QString royaltyPercentage; // exact decimal text on the 0–100 scale, e.g. "50" or "33.33"
    qint64 line = 0;
};

// A business expense (card export). Identity: content + occurrence, as for statements.
struct ExpenseFact
{
    QDate day;
    QString description;
    Money amount; // positive = money spent
    QString currency = QStringLiteral("USD");
    QString category;
    QString status;
    QString cardLast4;
    quint64 lineKey = 0;
    int occurrence = 1;
    qint64 line = 0;
};

} // namespace bedrot
