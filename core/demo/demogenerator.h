// Deterministic demo data: realistic export files to try Bedrot without real accounts, and bench input.
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace bedrot {

class DemoGenerator
{
public:
    struct Options
    {
        QDate today = QDate(2026, 11, 15);
        quint32 seed = 20241;
        int months = 24;
    };

    // Writes realistic demo export files into `landingDir` (created if missing) and returns their paths.
    // Deterministic: the same options give byte-identical files (own PRNG, no clock, no locale).
    // One fictional label (ZONE A0, PIG1987, Nova Rae and the collaboration "ZONE A0 & Nova Rae") and one
    // daily usage model behind every file, so the same tracks, ISRCs, UPCs and story appear everywhere.
    // PIG1987's releases of the export year (HEAVEN NIGHTCLUB, HEAVEN NIGHTCLUB (Extended Mix), Slow
    // Burn, TRANSFORMER ARCHITECTURE; ISRCs QT2VB…) are distributed by TooLost, every other track by
    // DistroKid: no track is reported by both. With D = options.today (YYYY-MM-DD):
    //  - distrokid_bank_details_<D - 4 months>.tsv, distrokid_bank_details_<D>.tsv: statements (the newer
    //    one contains the older one's lines), `options.months` sale months;
    //  - distrokid_streams_<D>.html: saved stats page, amCharts "trend365day" (and "trend60day") with
    //    the DistroKid tracks' daily Spotify streams, last point D - 2;
    //  - distrokid_applemusic_<D>.html: `var chartData = {…};` (Apple Music, last day D - 1 partial) and
    //    `<option value="ISRC" id="N">` / `<option value="UPC" id="N">` elements;
    //  - toolost_spotify_<YYYYMMDD>_091204.json, toolost_apple_<YYYYMMDD>_091211.json: TooLost portal
    //    analytics for the export year up to D - 2 (days unordered, zero days omitted);
    //  - @MM-YYYY-70799.csv for the last two reports out (a month's report is out on the 10th of the
    //    next month): TooLost sales, rev_fee = the label's net;
    //  - "<Artist>-audience-timeline.csv" for ZONE A0, PIG1987 and Nova Rae: Spotify for Artists, UTF-8
    //    BOM, D - 365 … D - 1 (collaborations count on both artists' profiles);
    //  - Overview_<D - 364>_<export unix time>_<handle>.zip for zone.a0 (Overview.csv and
    //    FollowerHistory.csv) and pig1987 (Overview.csv): TikTok Studio, D - 364 … D (D partial), ZIP
    //    entries dated with the export time (D 11:38:14 and 11:38:22 UTC);
    //  - linktree_zone.a0_<D>.csv: daily overview, D - 364 … D (D partial);
    //  - BEDROT-Campaigns-<Mon-D-YYYY>-<Mon-D-YYYY>.csv (one row per ad and day) and
    //    BEDROT-Ads-<same range>.csv (one row per ad over the whole range): Meta Ads Manager,
    //    D - 365 … D - 1;
    //  - track_catalog_royalty_splits.csv: every track with the label's royalty percentage;
    //  - expenses_<year of D>.csv: card expenses from 1 January to D (Meta bills match the ad spend).
    static QStringList writeAll(const QString& landingDir, const Options& options);
    static QStringList writeAll(const QString& landingDir) { return writeAll(landingDir, Options()); }

    // The DistroKid bank-details statements alone (an older whole-history export and a newer one that
    // contains it).
    static QStringList writeDistroKidStatements(const QString& landingDir, const Options& options);

    // A bench statement of exactly `lines` data lines (plus header) written to `path`; returns false on
    // I/O error.
    static bool writeLargeStatement(const QString& path, qint64 lines, quint32 seed = 7);
};

} // namespace bedrot
