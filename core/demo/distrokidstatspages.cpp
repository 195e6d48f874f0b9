// The saved DistroKid stats pages: amCharts trend charts and the Apple Music chartData object.
#include "distrokidstatspages.h"

#include "calendar.h"
#include "referencetables.h"
#include "rng.h"
#include "textformat.h"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <utility>
#include <vector>

namespace bedrot::demo {

namespace {

void appendTrendChart(QByteArray& out, const char* id, const std::vector<std::pair<qint64, qint64>>& points)
{
    out.append("var ").append(id).append(" = AmCharts.makeChart(\"").append(id).append("\",\n{\n");
    out.append(
        "\"panEventsEnabled\":false,\n"
        "\"type\": \"serial\",\n"
        "\"categoryField\": \"category\",\n"
        "\"dataDateFormat\": \"YYYY-MM-DD\",\n"
        "\"theme\": \"light\",\n"
        "\"categoryAxis\": { \"gridPosition\": \"start\", \"parseDates\": true, \"minPeriod\": \"DD\" },\n"
        "\"chartCursor\": { \"enabled\": true, \"categoryBalloonDateFormat\": \"MMM DD, YYYY\" },\n"
        "\"trendLines\": [],\n");
    out.append("\"graphs\": [{ \"fillAlphas\": 1, \"id\": \"")
        .append(id)
        .append("\", \"title\": \"")
        .append(id);
    out.append("\", \"type\": \"column\", \"valueField\": \"column-1\" }],\n"
               "\"guides\": [],\n"
               "\"valueAxes\": [{ \"id\": \"ValueAxis-1\", \"title\": \"Streams\", \"min\": 0 }],\n"
               "\"allLabels\": [],\n"
               "\"balloon\": {},\n"
               "\"titles\": [],\n"
               "\"dataProvider\": [\n");
    appendDayCounts(out, points, {"{\"category\": \"", "\",\"column-1\": ", "}"});
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
               " <a href=\"/mymusic/\">My Music</a> <a href=\"/bank/\">Bank</a> <a "
               "href=\"/stats/\">Stats</a></div>\n"
               "<div class=\"dk-content\">\n<h1>Stats</h1>\n"
               "<div class=\"stats-tabs\"><a href=\"/stats/?type=all&amp;data=streams\">Streams</a>"
               " <a href=\"/stats/?type=all&amp;data=applemusic\">Apple Music</a></div>\n");
    return out;
}

} // namespace

QByteArray distroKidStreamsPage(const Catalog& catalog)
{
    std::vector<std::pair<qint64, qint64>> points;
    const qint64 last = catalog.todayJd - 2;
    for (qint64 jd = last - 364; jd <= last; ++jd)
        points.emplace_back(jd, sumTracks(catalog, &Track::spotify, jd, isDistroKid));
    const std::vector<std::pair<qint64, qint64>> recent(points.end() - 60, points.end());

    QByteArray out = distroKidPageHead("Streams");
    out.append(
        "<h2>Spotify streams</h2>\n<p class=\"stats-note\">Daily streams for all your music on Spotify."
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

namespace {

struct Labelled
{
    QByteArray field;
    qint64 id; // 0: none
    qint64 value;
};

// One chartData section: {"isEmpty":0,"dataProvider":[…],"total":N,"type":"serial"}.
void appendChartSection(QByteArray& out, const char* key, const std::vector<Labelled>& points,
                        const char* type)
{
    qint64 total = 0;
    for (const Labelled& p : points)
        total += p.value;
    if (out.size() > 1)
        out.append(',');
    appendJsonString(out, key);
    out.append(":{\"isEmpty\":").append(points.empty() ? "1" : "0").append(",\"dataProvider\":[");
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (i > 0)
            out.append(',');
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

std::vector<Labelled> distribution(qint64 total, std::initializer_list<std::pair<const char*, int>> shares,
                                   bool ids)
{
    std::vector<qint64> weights;
    for (const auto& share : shares)
        weights.push_back(share.second);
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

} // namespace

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
            if (isDistroKid(track))
                sum += appleOn(track, jd);
        return sum;
    };

    std::vector<Labelled> byMonth;
    for (int month = monthNumber(catalog.today) - 12; month <= monthNumber(catalog.today); ++month) {
        qint64 sum = 0;
        for (qint64 jd = firstDayOf(month).toJulianDay();
             jd <= std::min(lastDayOf(month).toJulianDay(), last); ++jd)
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
        if (weeks.empty() || weeks.back().field != week)
            weeks.push_back({week, 0, 0});
        weeks.back().value += value;
    }

    std::vector<Labelled> tracks;
    std::vector<Labelled> albums;
    std::array<qint64, kCountryCount> countries{};
    qint64 yearTotal = 0;
    for (const Track& track : catalog.tracks) {
        if (!isDistroKid(track))
            continue;
        qint64 sum = 0;
        for (qint64 jd = first; jd <= last; ++jd)
            sum += appleOn(track, jd);
        yearTotal += sum;
        if (sum > 0)
            tracks.push_back({track.title, track.dkTrackId, sum});
        if (albums.empty() || albums.back().id != track.dkAlbumId)
            albums.push_back({track.releaseTitle, track.dkAlbumId, 0});
        albums.back().value += sum;
        std::vector<qint64> weights(track.countryWeights.begin(), track.countryWeights.end());
        const std::vector<qint64> shares = apportion(sum, weights);
        for (std::size_t i = 0; i < shares.size(); ++i)
            countries[static_cast<std::size_t>(track.countries[i])] += shares[i];
    }
    auto byValue = [](const Labelled& a, const Labelled& b) { return a.value > b.value; };
    std::stable_sort(tracks.begin(), tracks.end(), byValue);
    std::stable_sort(albums.begin(), albums.end(), byValue);
    std::vector<Labelled> countryPoints;
    for (int c = 0; c < kCountryCount; ++c)
        if (countries[static_cast<std::size_t>(c)] > 0)
            countryPoints.push_back({QByteArray(kCountries[static_cast<std::size_t>(c)].code), 0,
                                     countries[static_cast<std::size_t>(c)]});
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
                       distribution(known,
                                    {{"iPhone", 620},
                                     {"Mac", 140},
                                     {"iPad", 60},
                                     {"HomePod", 40},
                                     {"Apple TV", 30},
                                     {"Android", 60},
                                     {"Web", 50}},
                                    true),
                       "pie");
    appendChartSection(json, "gender1year",
                       distribution(known, {{"Male", male}, {"Female", 1000 - male}}, true), "pie");
    appendChartSection(
        json, "age1year",
        distribution(
            known,
            {{"18-24", 300}, {"25-34", 380}, {"35-44", 180}, {"45-54", 90}, {"55-64", 40}, {"65+", 10}},
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
               "<select id=\"appleTrack\" name=\"isrc\" class=\"form-control\">\n<option value=\"\">All "
               "songs</option>\n");
    for (const Track& track : catalog.tracks) {
        if (!isDistroKid(track))
            continue;
        out.append("<option value=\"").append(track.isrc).append("\" id=\"");
        appendInt(out, track.dkTrackId);
        out.append("\">").append(htmlEscaped(track.title)).append("</option>\n");
    }
    out.append("</select>\n<select id=\"appleAlbum\" name=\"upc\" class=\"form-control\">\n"
               "<option value=\"\">All albums</option>\n");
    qint64 lastAlbum = 0;
    for (const Track& track : catalog.tracks) {
        if (!isDistroKid(track) || track.dkAlbumId == lastAlbum)
            continue;
        lastAlbum = track.dkAlbumId;
        out.append("<option value=\"").append(track.upc).append("\" id=\"");
        appendInt(out, track.dkAlbumId);
        out.append("\">").append(htmlEscaped(track.releaseTitle)).append("</option>\n");
    }
    out.append("</select>\n</div>\n"
               "<div id=\"byMonth\" class=\"apple-chart\"></div>\n<div id=\"last365days\" "
               "class=\"apple-chart\"></div>\n"
               "<div id=\"byWeek\" class=\"apple-chart\"></div>\n<div id=\"tracks1year\" "
               "class=\"apple-chart\"></div>\n"
               "<div id=\"country1year\" class=\"apple-chart\"></div>\n<div id=\"age1year\" "
               "class=\"apple-chart\"></div>\n"
               "<div id=\"gender1year\" class=\"apple-chart\"></div>\n</div>\n"
               "<script>\nvar chartData = ");
    out.append(json);
    out.append(";\nvar aActions = [\"byMonth\",\"last365days\",\"byWeek\",\"tracks1year\",\"albums1year\","
               "\"country1year\",\"age1year\",\"gender1year\",\"devices1year\"];\n"
               "var appleTrackName = '';\n"
               "$( document ).ready( function(){\n"
               "    for (var i = 0; i < aActions.length; i++) {\n"
               "        var c = chartData[aActions[i]];\n"
               "        if (c && !c.isEmpty && document.getElementById(aActions[i])) "
               "AmCharts.makeChart(aActions[i], c);\n"
               "    }\n"
               "});\n</script>\n</body>\n</html>\n");
    return out;
}

} // namespace bedrot::demo
