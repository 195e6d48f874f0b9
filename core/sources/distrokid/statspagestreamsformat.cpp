// DistroKid streams stats page: the trend365day (else trend60day) amCharts series as account-wide daily
// Spotify streams.
#include "statspagestreamsformat.h"

#include "etl/textdecoder.h"
#include "sources/dailycountreader.h"
#include "sources/scriptliteralscanner.h"

namespace bedrot {

namespace {
// trend365day is DistroKid's longest daily series, and it starts at the first stream. trend60day
// is a subset of it, so it is only worth reading when the page has nothing longer. trendWeekly
// and trendMonthly are not daily, so they are not read.
constexpr QByteArrayView kDailyCharts[] = {"trend365day", "trend60day"};

QString chartName(QByteArrayView id)
{
    return QString::fromLatin1(id);
}

// The name of a field that the chart config declares, e.g. "categoryField": "category".
QString declaredField(const ScriptLiteralScanner& scanner, qsizetype at, const QString& fallback)
{
    if (at < 0)
        return fallback;
    const qsizetype end = scanner.valueEnd(at);
    if (end <= at)
        return fallback;
    const auto name = ScriptLiteralScanner::stringValue(scanner.slice({at, end}));
    return name && !name->isEmpty() ? QString::fromUtf8(*name) : fallback;
}
} // namespace

QString DistroKidStreamsPageFormat::signature() const
{
    return QStringLiteral(
        "a saved DistroKid streams page (/stats/?type=all&data=streams) with the script "
        "AmCharts.makeChart(\"trend365day\", {… \"dataProvider\": [{\"category\": \"YYYY-MM-DD\", "
        "\"column-1\": N}, …]})");
}

qsizetype DistroKidStreamsPageFormat::findChart(const ScriptLiteralScanner& scanner, QByteArrayView chartId)
{
    // The page is a saved, rendered DOM. So it also holds the chart's <div id="trend365day"> and
    // its SVG. Only the script call has the data, so the call is the anchor.
    constexpr QByteArrayView call = "AmCharts.makeChart";
    const QByteArrayView text = scanner.text();
    for (qsizetype from = text.indexOf(call); from >= 0; from = text.indexOf(call, from + call.size())) {
        qsizetype pos = scanner.skipSpace(from + call.size());
        if (pos >= text.size() || text[pos] != '(')
            continue;
        pos = scanner.skipSpace(pos + 1);
        const qsizetype idEnd = scanner.valueEnd(pos);
        if (idEnd <= pos)
            continue;
        const auto id = ScriptLiteralScanner::stringValue(scanner.slice({pos, idEnd}));
        if (!id || QByteArrayView(*id) != chartId)
            continue;
        pos = scanner.skipSpace(idEnd);
        if (pos >= text.size() || text[pos] != ',')
            continue;
        pos = scanner.skipSpace(pos + 1);
        if (pos < text.size() && text[pos] == '{')
            return pos;
    }
    return -1;
}

bool DistroKidStreamsPageFormat::recognises(const DecodedText& text) const
{
    if (text.binary)
        return false;
    const ScriptLiteralScanner scanner(text.utf8);
    for (QByteArrayView chart : kDailyCharts)
        if (findChart(scanner, chart) >= 0)
            return true;
    return false;
}

Result<void> DistroKidStreamsPageFormat::parse(const DecodedText& text, const ParseContext& /*context*/,
                                               const BatchSink& sink, int batchSize) const
{
    if (text.binary)
        return fail(QStringLiteral("the file is binary, not a saved web page"));
    ScriptLiteralScanner scanner(text.utf8);
    QByteArrayView chart;
    qsizetype config = -1;
    for (QByteArrayView candidate : kDailyCharts) {
        config = findChart(scanner, candidate);
        if (config >= 0) {
            chart = candidate;
            break;
        }
    }
    if (config < 0)
        return fail(QStringLiteral(
            "the page has no AmCharts.makeChart(\"trend365day\", …) or trend60day chart: save the streams "
            "page (/stats/?type=all&data=streams) after its charts have loaded"));
    if (scanner.valueEnd(config) < 0)
        return fail(
            QStringLiteral(
                "the page ends inside the %1 chart: it was probably cut off while saving; save it again")
                .arg(chartName(chart)));

    // The config names its own fields. The defaults are the names DistroKid has used.
    const QString dateField =
        declaredField(scanner, scanner.keyValue(config, "categoryField"), QStringLiteral("category"));
    QString valueField = QStringLiteral("column-1");
    if (const auto graphs = scanner.arrayItems(scanner.keyValue(config, "graphs"));
        graphs && !graphs->empty())
        valueField =
            declaredField(scanner, scanner.keyValue(graphs->front().begin, "valueField"), valueField);

    const qsizetype data = scanner.keyValue(config, "dataProvider");
    if (data < 0)
        return fail(QStringLiteral("the %1 chart has no dataProvider: the page has no daily data")
                        .arg(chartName(chart)));
    const auto spans = scanner.arrayItems(data);
    if (!spans)
        return fail(QStringLiteral("the %1 chart's dataProvider is not a readable list of points (line %2)")
                        .arg(chartName(chart))
                        .arg(scanner.lineAt(data)));

    DailyStreamFact proto;
    proto.distributor = QStringLiteral("distrokid");
    proto.platform = QStringLiteral("spotify"); // the page's "streams" are Spotify's (SOURCES.md)
    proto.tz = QStringLiteral("UTC");
    // The last day is usually partial: the page is saved before the day's report is complete. It
    // is loaded as the page states it, and nothing is estimated. A later page states the full
    // count. Missing days are not filled in either, because no point means no data, not zero.
    DailyCountReader reader(scanner, sink, batchSize);
    if (!reader.readDaily(reader.items(*spans), chartName(chart), dateField, valueField, proto))
        return fail(DailyCountReader::interruptedMessage());
    return reader.finish();
}

} // namespace bedrot
