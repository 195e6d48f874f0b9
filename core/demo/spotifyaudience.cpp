// The S4A audience timeline: listeners, streams and followers per day, with a UTF-8 BOM.
#include "spotifyaudience.h"

#include "rng.h"
#include "rowwriter.h"

namespace bedrot::demo {

QByteArray spotifyAudienceTimeline(const Catalog& catalog, int profile)
{
    const ArtistSpec& artist = kArtists[static_cast<std::size_t>(profile)];
    QByteArray out("\xEF\xBB\xBF"
                   "date,listeners,streams,followers\n");
    Rng rng(streamKey(catalog.seed, {kAudienceStream, static_cast<quint64>(profile)}));
    qint64 followers = artist.spotifyFollowers;
    const qint64 purgeJd = catalog.todayJd - 158; // Spotify removes inactive and fake followers once
    for (qint64 jd = catalog.todayJd - 365; jd < catalog.todayJd; ++jd) {
        const qint64 streams =
            sumTracks(catalog, &Track::spotify, jd,
                      [&catalog, profile](const Track& track) { return catalog.credits(track, profile); });
        qint64 listeners = streams * rng.between(520, 640) / 1000;
        if (streams > 0 && listeners == 0)
            listeners = 1;
        // Listeners an ad sent to the profile follow far more often than passive listeners do.
        qint64 gained = streams * rng.between(20, 40) / 10000;
        gained += adResults(catalog, profile, jd) * rng.between(120, 220) / 1000;
        qint64 lost = static_cast<qint64>(rng.below(3));
        if (jd == purgeJd && profile == 1)
            lost += followers * 4 / 100;
        followers += gained - lost;
        RowWriter(out).julianDate(jd).integer(listeners).integer(streams).integer(followers).end();
    }
    return out;
}

} // namespace bedrot::demo
