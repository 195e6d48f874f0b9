// TooLost Spotify analytics: "streams" [{date, streams as a string}] → daily Spotify streams (distributor
// "toolost").
#include "toolostspotifyanalyticsformat.h"

#include "etl/textdecoder.h"
#include "sources/dailycountreader.h"
#include "sources/scriptliteralscanner.h"
#include "toolostreply.h"

#include <QJsonArray>

namespace bedrot {

QString TooLostSpotifyAnalyticsFormat::signature() const
{
    return QStringLiteral("a JSON reply {\"streams\": [{\"date\": \"YYYY-MM-DD\", \"streams\": \"N\"}, …], "
                          "\"discovery\": […]}");
}

bool TooLostSpotifyAnalyticsFormat::recognises(const DecodedText& text) const
{
    if (text.binary)
        return false;
    const ScriptLiteralScanner scanner(text.utf8);
    // The Apple reply's list is "totalStreams". Its points look the same, so the key decides.
    return TooLostReply::hasSeries(scanner, "streams", {"discovery"});
}

Result<void> TooLostSpotifyAnalyticsFormat::parse(const DecodedText& text, const ParseContext& /*context*/,
                                                  const BatchSink& sink, int batchSize) const
{
    ScriptLiteralScanner scanner(text.utf8);
    QJsonObject root;
    qsizetype rootStart = 0;
    if (auto step = TooLostReply::open(text, scanner, &root, &rootStart); !step)
        return step;
    const QJsonValue streams = root.value(QLatin1String("streams"));
    if (!streams.isArray())
        return fail(QStringLiteral("the reply has no \"streams\" list of daily points"));

    DailyStreamFact proto;
    proto.distributor = QStringLiteral("toolost");
    proto.platform = QStringLiteral("spotify");
    // TooLost passes on Spotify's daily reports, and those count in UTC days. The reply does not
    // say which time zone it uses, so this is an assumption.
    proto.tz = QStringLiteral("UTC");
    // The points come in no order, and the counts are strings ("1095"). Both are handled by the
    // reader. "discovery" is left out: it holds monthly Discovery Mode streams and their fees. The
    // fees are a commission, not streams of the day, and no fact kind holds them yet.
    DailyCountReader reader(scanner, sink, batchSize);
    if (!reader.readDaily(reader.items(streams.toArray(), rootStart, {"streams"}), QStringLiteral("streams"),
                          QStringLiteral("date"), QStringLiteral("streams"), proto))
        return fail(DailyCountReader::interruptedMessage());
    return reader.finish();
}

} // namespace bedrot
