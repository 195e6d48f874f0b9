// DistroKid Apple Music stats page: last365days → daily apple_music streams; country1year and tracks1year →
// totals over that range.
#include "statspageapplemusicformat.h"

#include "etl/textdecoder.h"
#include "sources/dailycountreader.h"
#include "sources/dailycountvalues.h"
#include "sources/scriptliteralscanner.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace bedrot {

namespace {
// The chartData keys that mark DistroKid's Apple Music page. Any one of them is enough, so that
// a page cut off after its first key is still recognised and gets a "cut off" message.
constexpr QByteArrayView kChartDataKeys[] = {"byMonth", "last365days", "tracks1year", "country1year"};

bool isIdentifierChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$';
}
bool isHtmlSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

bool allDigits(QByteArrayView v)
{
    if (v.isEmpty())
        return false;
    for (char c : v)
        if (c < '0' || c > '9')
            return false;
    return true;
}

// DistroKid's track id as text. The page writes it as a JSON number, but a string of digits is
// read the same way.
QString trackId(const QJsonValue& v)
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d >= 0 && d < 9e15 && d == double(qint64(d)))
            return QString::number(qint64(d));
        return {};
    }
    if (v.isString() && allDigits(v.toString().toUtf8()))
        return v.toString();
    return {};
}
} // namespace

QString DistroKidAppleMusicPageFormat::signature() const
{
    return QStringLiteral("a saved DistroKid Apple Music page (/stats/?data=applemusic) with the script "
                          "var chartData = {\"last365days\": {\"dataProvider\": [{\"field\": \"YYYY-MM-DD\", "
                          "\"value\": N}, …]}, "
                          "\"country1year\": …, \"tracks1year\": …};");
}

qsizetype DistroKidAppleMusicPageFormat::findChartData(const ScriptLiteralScanner& scanner)
{
    constexpr QByteArrayView name = "chartData";
    const QByteArrayView text = scanner.text();
    for (qsizetype from = text.indexOf(name); from >= 0; from = text.indexOf(name, from + name.size())) {
        if (from > 0 && isIdentifierChar(text[from - 1]))
            continue;
        qsizetype pos = scanner.skipSpace(from + name.size());
        if (pos + 1 >= text.size() || text[pos] != '=' || text[pos + 1] == '=')
            continue;
        pos = scanner.skipSpace(pos + 1);
        if (pos < text.size() && text[pos] == '{')
            return pos;
    }
    return -1;
}

bool DistroKidAppleMusicPageFormat::recognises(const DecodedText& text) const
{
    if (text.binary)
        return false;
    const ScriptLiteralScanner scanner(text.utf8);
    const qsizetype chartData = findChartData(scanner);
    if (chartData < 0)
        return false;
    for (QByteArrayView key : kChartDataKeys)
        if (scanner.keyValue(chartData, key) >= 0)
            return true;
    return false;
}

DistroKidAppleMusicPageFormat::TrackIsrcs DistroKidAppleMusicPageFormat::trackIsrcs(QByteArrayView html)
{
    TrackIsrcs out;
    constexpr QByteArrayView tag = "<option";
    for (qsizetype from = html.indexOf('<'); from >= 0; from = html.indexOf('<', from + 1)) {
        // Tag names are case-insensitive in HTML. A saved DOM writes them in lower case, but a
        // page saved some other way may not.
        if (html.size() - from < tag.size() ||
            html.sliced(from, tag.size()).compare(tag, Qt::CaseInsensitive) != 0)
            continue;
        qsizetype pos = from + tag.size();
        if (pos >= html.size() || !(isHtmlSpace(html[pos]) || html[pos] == '>'))
            continue;
        QByteArrayView value, id;
        while (pos < html.size() && html[pos] != '>') {
            while (pos < html.size() && (isHtmlSpace(html[pos]) || html[pos] == '/'))
                ++pos;
            const qsizetype nameStart = pos;
            while (pos < html.size() && !isHtmlSpace(html[pos]) && html[pos] != '=' && html[pos] != '>')
                ++pos;
            const QByteArrayView attribute = html.sliced(nameStart, pos - nameStart);
            if (pos >= html.size() || html[pos] != '=') {
                if (pos == nameStart && pos < html.size() && html[pos] != '>')
                    ++pos; // stray character
                continue;
            }
            ++pos;
            QByteArrayView attributeValue;
            if (pos < html.size() && (html[pos] == '"' || html[pos] == '\'')) {
                const qsizetype close = html.indexOf(html[pos], pos + 1);
                if (close < 0)
                    return out; // the page ends inside a tag
                attributeValue = html.sliced(pos + 1, close - pos - 1);
                pos = close + 1;
            } else {
                const qsizetype start = pos;
                while (pos < html.size() && !isHtmlSpace(html[pos]) && html[pos] != '>')
                    ++pos;
                attributeValue = html.sliced(start, pos - start);
            }
            if (attribute.compare("value", Qt::CaseInsensitive) == 0)
                value = attributeValue;
            else if (attribute.compare("id", Qt::CaseInsensitive) == 0)
                id = attributeValue;
        }
        const auto isrc = DailyCountValues::isrc(value);
        if (!isrc || !allDigits(id))
            continue;
        const QString key = QString::fromLatin1(id);
        const auto known = out.isrcOf.constFind(key);
        if (known == out.isrcOf.cend())
            out.isrcOf.insert(key, *isrc);
        else if (known.value() != *isrc)
            out.ambiguous.insert(key);
    }
    return out;
}

Result<void> DistroKidAppleMusicPageFormat::parse(const DecodedText& text, const ParseContext& /*context*/,
                                                  const BatchSink& sink, int batchSize) const
{
    if (text.binary)
        return fail(QStringLiteral("the file is binary, not a saved web page"));
    ScriptLiteralScanner scanner(text.utf8);
    const qsizetype chartData = findChartData(scanner);
    if (chartData < 0)
        return fail(QStringLiteral(
            "the page has no \"var chartData = {…}\" script: save the Apple Music stats page after its "
            "charts have loaded"));
    const qsizetype chartDataEnd = scanner.valueEnd(chartData);
    if (chartDataEnd < 0)
        return fail(QStringLiteral("the page ends inside chartData (it starts on line %1): it was probably "
                                   "cut off while saving; "
                                   "save it again")
                        .arg(scanner.lineAt(chartData)));

    // chartData is plain JSON on DistroKid's pages. Trailing commas are removed anyway, because
    // the page is script and a hand-saved copy may have been touched. Removing them shifts a
    // parse error's offset by a few bytes at most.
    const QByteArray json =
        ScriptLiteralScanner::withoutTrailingCommas(scanner.slice({chartData, chartDataEnd}));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(DailyCountReader::jsonProblem(scanner, error, json.size(), QStringLiteral("chartData"),
                                                  chartData));
    const QJsonObject root = doc.object();
    const QJsonValue days =
        root.value(QLatin1String("last365days")).toObject().value(QLatin1String("dataProvider"));
    if (!days.isArray())
        return fail(QStringLiteral(
            "chartData has no last365days.dataProvider list, so the page has no daily Apple Music streams"));

    DailyCountReader reader(scanner, sink, batchSize);
    DailyStreamFact daily;
    daily.distributor = QStringLiteral("distrokid");
    daily.platform = QStringLiteral("apple_music");
    daily.tz = QStringLiteral("UTC");
    // As on the streams page, the last day is usually partial. It is kept as the page states it.
    if (!reader.readDaily(reader.items(days.toArray(), chartData, {"last365days", "dataProvider"}),
                          QStringLiteral("last365days"), QStringLiteral("field"), QStringLiteral("value"),
                          daily))
        return fail(DailyCountReader::interruptedMessage());

    // The "1year" totals are taken to cover the page's year, which is the window of last365days.
    // The page states no range of its own, so the range is that series' first and last day. Other sections
    // are left out on purpose. byWeek's WW/YY labels skip week 01 and cannot be dated. byMonth is MM-YY and
    // repeats the daily series. The age and gender sections total to other sums, and adding them up would
    // double count.
    StreamTotalFact total;
    total.distributor = QStringLiteral("distrokid");
    total.platform = QStringLiteral("apple_music");
    total.rangeStart = reader.firstDay();
    total.rangeEnd = reader.lastDay();

    const QJsonValue tracks =
        root.value(QLatin1String("tracks1year")).toObject().value(QLatin1String("dataProvider"));
    if (tracks.isArray()) {
        const TrackIsrcs isrcs = trackIsrcs(text.utf8);
        total.dimension = QStringLiteral("track");
        const auto subjectOf = [&isrcs](const QJsonObject& track) -> DailyCountReader::Subject {
            const QString id = trackId(track.value(QLatin1String("id")));
            const QString title = track.value(QLatin1String("field")).toString();
            if (id.isEmpty())
                return {{},
                        QStringLiteral("id"),
                        QStringLiteral("track '%1' has no DistroKid track id").arg(title)};
            if (isrcs.ambiguous.contains(id))
                return {
                    {},
                    QStringLiteral("id"),
                    QStringLiteral(
                        "track id %1 ('%2') has two different ISRCs on the page; its total was not loaded")
                        .arg(id, title)};
            const auto isrc = isrcs.isrcOf.constFind(id);
            // The page names a track by DistroKid's internal id. Only the track picker's
            // <option> says which ISRC that is, and a track total without an ISRC cannot be
            // joined to the catalogue.
            if (isrc == isrcs.isrcOf.cend())
                return {
                    {},
                    QStringLiteral("id"),
                    QStringLiteral(
                        "track id %1 ('%2') has no ISRC on the page (no <option value=\"ISRC\" id=\"%1\">); "
                        "its total was not loaded")
                        .arg(id, title)};
            return {QString::fromLatin1(isrc.value()), QStringLiteral("id"), {}};
        };
        if (!reader.readTotals(reader.items(tracks.toArray(), chartData, {"tracks1year", "dataProvider"}),
                               QStringLiteral("tracks1year"), QStringLiteral("value"), subjectOf, total))
            return fail(DailyCountReader::interruptedMessage());
    }

    const QJsonValue countries =
        root.value(QLatin1String("country1year")).toObject().value(QLatin1String("dataProvider"));
    if (countries.isArray()) {
        total.dimension = QStringLiteral("country");
        const auto subjectOf = [](const QJsonObject& country) -> DailyCountReader::Subject {
            const QString field = country.value(QLatin1String("field")).toString();
            if (const auto code = DailyCountValues::countryCode(field.toUtf8()))
                return {QString::fromLatin1(*code), QStringLiteral("field"), {}};
            return {{},
                    QStringLiteral("field"),
                    QStringLiteral("'%1' is not a two-letter country code").arg(field)};
        };
        if (!reader.readTotals(reader.items(countries.toArray(), chartData, {"country1year", "dataProvider"}),
                               QStringLiteral("country1year"), QStringLiteral("value"), subjectOf, total))
            return fail(DailyCountReader::interruptedMessage());
    }
    return reader.finish();
}

} // namespace bedrot
