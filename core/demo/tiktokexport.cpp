// The TikTok Studio export: posts, the viral clip and followers, day by day, in a ZIP over ZipWriter.
#include "tiktokexport.h"

#include "calendar.h"
#include "lake/zipwriter.h"
#include "rng.h"
#include "rowwriter.h"
#include "textformat.h"

#include <QDateTime>

#include <array>

namespace bedrot::demo {

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
        views[i] +=
            static_cast<qint64>(artist.tiktokBaseViews) * growth / 1000 * rng.between(800, 1200) / 1000;

        // Teasers before a release, a post on release day.
        bool releaseDay = false;
        bool releaseSoon = false;
        for (const Track& track : catalog.tracks) {
            if (!catalog.credits(track, artistIndex) || track.position != 0)
                continue;
            const qint64 until = track.releaseDate.toJulianDay() - jd;
            releaseDay = releaseDay || until == 0;
            releaseSoon = releaseSoon || (until > 0 && until <= 10);
        }
        const int chance = releaseDay ? 1000 : releaseSoon ? 650 : artist.tiktokPostPermille;
        if (rng.chance(chance)) {
            const qint64 u = rng.between(250, 1600);
            qint64 size = static_cast<qint64>(artist.tiktokPostViews) * growth / 1000 * u / 1000 * u / 1000;
            if (rng.chance(25))
                size *= rng.between(4, 9); // now and then a video travels
            if (releaseDay)
                size *= 3;
            for (std::size_t k = 0; k < kPostCurve.size() && i + k < n; ++k)
                views[i + k] += size * kPostCurve[k] / 1000;
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
        Rng day(streamKey(catalog.seed,
                          {kTikTokDayStream, static_cast<quint64>(artistIndex), static_cast<quint64>(jd)}));
        TikTokDay d;
        d.views = jd == last ? views[i] * 45 / 100 : views[i];
        d.profileViews = d.views * day.between(12, 28) / 1000;
        d.likes = d.views * day.between(55, 100) / 1000;
        d.comments = d.views * day.between(2, 6) / 1000;
        if (d.comments == 0 && day.chance(8))
            d.comments = -1; // a deleted comment
        d.shares = d.views * day.between(3, 10) / 1000;
        followers += d.profileViews * day.between(50, 95) / 1000;
        followers -= static_cast<qint64>(day.below(4));
        d.followers = followers;
        if (jd >= first)
            days.push_back(d);
    }
    return days;
}

namespace {

QByteArray monthDayText(qint64 jd)
{
    const QDate date = QDate::fromJulianDay(jd);
    QByteArray text(kMonthNames[static_cast<std::size_t>(date.month() - 1)]);
    text.append(' ');
    appendInt(text, date.day());
    return text;
}

} // namespace

QByteArray tiktokOverviewCsv(const std::vector<TikTokDay>& days, qint64 first)
{
    QByteArray out("\"Date\",\"Video Views\",\"Profile Views\",\"Likes\",\"Comments\",\"Shares\"\n");
    for (std::size_t i = 0; i < days.size(); ++i) {
        out.append('"').append(monthDayText(first + static_cast<qint64>(i))).append('"');
        for (const qint64 v :
             {days[i].views, days[i].profileViews, days[i].likes, days[i].comments, days[i].shares}) {
            out.append(",\"");
            appendInt(out, v);
            out.append('"');
        }
        out.append('\n');
    }
    return out;
}

QByteArray tiktokFollowerHistoryCsv(const std::vector<TikTokDay>& days, qint64 first)
{
    QByteArray out("Date,Followers,Difference in followers from previous day\n");
    for (std::size_t i = 0; i < days.size(); ++i) {
        RowWriter row(out);
        row.raw(monthDayText(first + static_cast<qint64>(i)));
        if (i == 0)
            row.raw("undefined");
        else
            row.integer(days[i].followers);
        row.integer(i < 2 ? 0 : days[i].followers - days[i - 1].followers).end();
    }
    return out;
}

Result<QByteArray> tiktokOverviewZip(const Catalog& catalog, int artistIndex, qint64 first, int exportSeconds)
{
    const std::vector<TikTokDay> days = tiktokDays(catalog, artistIndex, first, catalog.todayJd);
    const QDateTime exported(catalog.today, QTime(0, 0).addSecs(exportSeconds));
    std::vector<ZipEntry> entries;
    entries.reserve(2);
    entries.push_back({QStringLiteral("Overview.csv"), exported, tiktokOverviewCsv(days, first)});
    if (artistIndex == 0)
        entries.push_back(
            {QStringLiteral("FollowerHistory.csv"), exported, tiktokFollowerHistoryCsv(days, first)});
    // Stored: the same bytes whatever zlib's version.
    return ZipWriter::write(entries, ZipWriter::Method::Stored);
}

} // namespace bedrot::demo
