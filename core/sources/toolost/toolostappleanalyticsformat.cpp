// TooLost Apple analytics: totalStreams → daily apple_music streams; tracksTotal and countryTotal → totals
// over those days.
#include "toolostappleanalyticsformat.h"

#include "etl/textdecoder.h"
#include "sources/dailycountreader.h"
#include "sources/dailycountvalues.h"
#include "sources/scriptliteralscanner.h"
#include "toolostreply.h"

#include <QJsonArray>

namespace bedrot {

QString TooLostAppleAnalyticsFormat::signature() const
{
    return QStringLiteral("a JSON reply {\"totalStreams\": [{\"date\": \"YYYY-MM-DD\", \"streams\": N}, …], "
                          "\"totalShazam\": […], "
                          "\"tracksTotal\": [{\"isrc\", \"streams\", \"track\", \"release\"}, …], "
                          "\"countryTotal\": [{\"country\", \"streams\"}, …], \"streamTotal\": N}");
}

bool TooLostAppleAnalyticsFormat::recognises(const DecodedText& text) const
{
    if (text.binary)
        return false;
    const ScriptLiteralScanner scanner(text.utf8);
    return TooLostReply::hasSeries(scanner, "totalStreams", {"tracksTotal", "countryTotal", "streamTotal"});
}

Result<void> TooLostAppleAnalyticsFormat::parse(const DecodedText& text, const ParseContext& /*context*/,
                                                const BatchSink& sink, int batchSize) const
{
    ScriptLiteralScanner scanner(text.utf8);
    QJsonObject root;
    qsizetype rootStart = 0;
    if (auto step = TooLostReply::open(text, scanner, &root, &rootStart); !step)
        return step;
    const QJsonValue days = root.value(QLatin1String("totalStreams"));
    if (!days.isArray())
        return fail(QStringLiteral("the reply has no \"totalStreams\" list of daily points"));

    DailyCountReader reader(scanner, sink, batchSize);
    DailyStreamFact daily;
    daily.distributor = QStringLiteral("toolost");
    daily.platform = QStringLiteral("apple_music");
    daily.tz = QStringLiteral("UTC"); // an assumption, as for the Spotify reply
    // The points are unordered numbers, and days without streams are left out. Left out means
    // zero here, but nothing is filled in: the warehouse sees exactly what TooLost said.
    if (!reader.readDaily(reader.items(days.toArray(), rootStart, {"totalStreams"}),
                          QStringLiteral("totalStreams"), QStringLiteral("date"), QStringLiteral("streams"),
                          daily))
        return fail(DailyCountReader::interruptedMessage());

    // The reply does not state the range it covers ("thisYear" is in the request, not in the
    // reply). Its totals are taken to count the same streams as the daily list, so the list's
    // first and last day are the range. "totalShazam" holds Shazam counts under the key "streams". They are
    // not streams, so they are left out. "streamTotal" is one grand total of the same streams that the lists
    // already carry, so it is not loaded as a fact of its own.
    StreamTotalFact total;
    total.distributor = QStringLiteral("toolost");
    total.platform = QStringLiteral("apple_music");
    total.rangeStart = reader.firstDay();
    total.rangeEnd = reader.lastDay();

    if (const QJsonValue tracks = root.value(QLatin1String("tracksTotal")); tracks.isArray()) {
        total.dimension = QStringLiteral("track");
        // There is no artist anywhere in the reply: the ISRC is the only link to the catalogue.
        // One title can appear twice, with a different ISRC on each release, so totals are keyed
        // by ISRC and never by title.
        const auto subjectOf = [](const QJsonObject& track) -> DailyCountReader::Subject {
            const QJsonValue isrc = track.value(QLatin1String("isrc"));
            const QString title = track.value(QLatin1String("track")).toString();
            if (!isrc.isString() || isrc.toString().trimmed().isEmpty())
                return {{},
                        QStringLiteral("isrc"),
                        QStringLiteral("track '%1' has no ISRC; its total was not loaded").arg(title)};
            if (const auto code = DailyCountValues::isrc(isrc.toString().toUtf8()))
                return {QString::fromLatin1(*code), QStringLiteral("isrc"), {}};
            return {
                {},
                QStringLiteral("isrc"),
                QStringLiteral("'%1' (track '%2') is not an ISRC (12 letters and digits, e.g. QZTAW2496365)")
                    .arg(isrc.toString(), title)};
        };
        if (!reader.readTotals(reader.items(tracks.toArray(), rootStart, {"tracksTotal"}),
                               QStringLiteral("tracksTotal"), QStringLiteral("streams"), subjectOf, total))
            return fail(DailyCountReader::interruptedMessage());
    }

    if (const QJsonValue countries = root.value(QLatin1String("countryTotal")); countries.isArray()) {
        total.dimension = QStringLiteral("country");
        const auto subjectOf = [](const QJsonObject& country) -> DailyCountReader::Subject {
            const QString code = country.value(QLatin1String("country")).toString();
            if (const auto valid = DailyCountValues::countryCode(code.toUtf8()))
                return {QString::fromLatin1(*valid), QStringLiteral("country"), {}};
            return {{},
                    QStringLiteral("country"),
                    QStringLiteral("'%1' is not a two-letter country code").arg(code)};
        };
        if (!reader.readTotals(reader.items(countries.toArray(), rootStart, {"countryTotal"}),
                               QStringLiteral("countryTotal"), QStringLiteral("streams"), subjectOf, total))
            return fail(DailyCountReader::interruptedMessage());
    }
    return reader.finish();
}

} // namespace bedrot
