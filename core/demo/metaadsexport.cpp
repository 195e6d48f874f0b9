// Meta Ads Manager CSVs: spend, impressions, reach, clicks and results as Ads Manager words them.
#include "metaadsexport.h"

#include "rng.h"
#include "rowwriter.h"
#include "textformat.h"

#include <algorithm>
#include <vector>

namespace bedrot::demo {

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

namespace {

const char* const kMetaHeader =
    "Reporting starts,Reporting ends,Campaign name,Ad Set Name,Ad name,Amount spent (USD),"
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
    if (d.clicks > 0)
        row.integer(d.clicks);
    else
        row.empty();
    if (d.results > 0)
        row.integer(d.results)
            .raw(spec.landingPageViews ? "actions:landing_page_view" : "actions:link_click")
            .fixed(d.spendCents * 10000 / d.results, 6);
    else
        row.empty().empty().empty();
    row.raw("7-day click or 1-day view").end();
}

} // namespace

std::pair<qint64, qint64> metaRange(const Catalog& catalog)
{
    return {catalog.todayJd - 365, catalog.todayJd - 1};
}

QByteArray metaDailyExport(const Catalog& catalog)
{
    const auto [from, to] = metaRange(catalog);
    std::vector<AdDay> rows;
    for (const AdDay& d : catalog.adDays)
        if (d.jd >= from && d.jd <= to)
            rows.push_back(d);
    std::stable_sort(rows.begin(), rows.end(), [](const AdDay& a, const AdDay& b) { return a.jd < b.jd; });
    QByteArray out(kMetaHeader);
    for (const AdDay& d : rows)
        appendMetaRow(out, d.jd, d.jd, d);
    return out;
}

QByteArray metaLifetimeExport(const Catalog& catalog)
{
    const auto [from, to] = metaRange(catalog);
    QByteArray out(kMetaHeader);
    std::vector<AdDay> totals;
    for (const AdDay& d : catalog.adDays) {
        if (d.jd < from || d.jd > to)
            continue;
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
        Rng rng(streamKey(catalog.seed,
                          {kMetaStream, 9999, static_cast<quint64>(t.campaign), static_cast<quint64>(t.ad)}));
        t.reach = t.reach * rng.between(520, 680) / 1000;
        appendMetaRow(out, from, to, t);
    }
    return out;
}

} // namespace bedrot::demo
