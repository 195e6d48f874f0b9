// Manual files: the catalog from the demo tracks, expenses from ad bills, plans and releases.
#include "manualexports.h"

#include "calendar.h"
#include "rng.h"
#include "rowwriter.h"

#include <algorithm>
#include <vector>

namespace bedrot::demo {

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

namespace {

struct Expense
{
    qint64 jd;
    QByteArray description;
    qint64 cents;
    const char* category;
    const char* card;
};

} // namespace

QByteArray expensesCsv(const Catalog& catalog, int year)
{
    const qint64 first = QDate(year, 1, 1).toJulianDay();
    const qint64 last = std::min(QDate(year, 12, 31).toJulianDay(), catalog.todayJd);
    std::vector<Expense> expenses;
    Rng rng(streamKey(catalog.seed, {kExpenseStream, static_cast<quint64>(year)}));
    auto add = [&](qint64 jd, QByteArray description, qint64 cents, const char* category, const char* card) {
        if (jd >= first && jd <= last)
            expenses.push_back({jd, std::move(description), cents, category, card});
    };
    auto reference = [&rng](const char* prefix, int length) {
        static constexpr char kAlnum[] = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
        QByteArray text(prefix);
        for (int k = 0; k < length; ++k)
            text.append(kAlnum[rng.below(sizeof(kAlnum) - 1)]);
        return text;
    };

    // Meta bills the card each time the unbilled spend passes $250, and what is left on the 1st.
    qint64 unbilled = 0;
    for (qint64 jd = first - 40; jd <= last; ++jd) {
        for (const AdDay& d : catalog.adDays)
            if (d.jd == jd)
                unbilled += d.spendCents;
        const QDate date = QDate::fromJulianDay(jd);
        if (unbilled >= 25000 || (date.day() == date.daysInMonth() && unbilled > 0)) {
            add(jd + 1, reference("FACEBK *", 10), unbilled, "Ads", "4821");
            unbilled = 0;
        }
    }
    // Subscriptions and yearly plans.
    for (int month = monthNumber(QDate(year, 1, 1)); month <= monthNumber(QDate(year, 12, 1)); ++month) {
        add(QDate(yearOf(month), monthOfYear(month), 3).toJulianDay(), "SPLICE.COM SOUNDS", 1299, "Software",
            "7730");
        add(QDate(yearOf(month), monthOfYear(month), 14).toJulianDay(), "ADOBE *CREATIVE CLOUD", 5999,
            "Software", "7730");
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
            if (track.releaseIndex != static_cast<int>(r))
                continue;
            ++trackCount;
            released = track.releaseDate;
        }
        add(released.toJulianDay() - 21, "PAYPAL *KESTRELMASTERING",
            9500 + 5500 * static_cast<qint64>(trackCount), "Mastering", "4821");
        add(released.toJulianDay() + 1, "SUBMITHUB.COM", 2000 + 1000 * rng.between(0, 3), "Promotion",
            "4821");
    }
    std::stable_sort(expenses.begin(), expenses.end(),
                     [](const Expense& a, const Expense& b) { return a.jd > b.jd; });

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

} // namespace bedrot::demo
