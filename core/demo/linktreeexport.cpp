// Linktree: bio-link visits from TikTok profile views and the ads, and the clicks on them.
#include "linktreeexport.h"

#include "rng.h"
#include "rowwriter.h"
#include "tiktokexport.h"

#include <algorithm>
#include <vector>

namespace bedrot::demo {

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
        if (jd == catalog.todayJd)
            views = views * 45 / 100; // today so far
        const qint64 uniqueViews = views * rng.between(700, 850) / 1000 + (views > 0 ? 1 : 0);
        qint64 clicks = views * rng.between(380, 640) / 1000;
        if (views > 0 && rng.chance(20))
            clicks = views + rng.between(1, 3); // one visitor clicking every link
        const qint64 uniqueClicks = clicks * rng.between(760, 900) / 1000 + (clicks > 0 ? 1 : 0);
        RowWriter row(out);
        row.julianDate(jd);
        for (const qint64 v : {views, std::min(uniqueViews, views), clicks, std::min(uniqueClicks, clicks)})
            row.integer(v);
        row.fixed(views > 0 ? (clicks * 20000 / views + 1) / 2 : 0, 4).end(); // rounded to 4 places
    }
    return out;
}

} // namespace bedrot::demo
