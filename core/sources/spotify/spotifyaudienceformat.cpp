// Spotify for Artists audience timeline parser: header-mapped (newer exports add columns), one
// AudienceFact per day for the artist the writer resolved.
#include "spotifyaudienceformat.h"

#include "etl/csvtable.h"
#include "etl/delimitedreader.h"
#include "etl/fieldparsers.h"
#include "etl/textdecoder.h"
#include "sources/batchsender.h"

#include <QHash>

namespace bedrot {

namespace {

enum Column
{
    Date,
    Streams,
    Listeners,
    Followers,
    MonthlyListeners,
    MonthlyActiveListeners,
    SuperListeners
};

const QList<CsvTable::Column>& columns()
{
    // Only date, streams, listeners and followers are read; the newer exports' monthly and super
    // listeners are looked up so they can tell this file from a per-song timeline.
    static const QList<CsvTable::Column> list = {
        {{QStringLiteral("date")}, true},
        {{QStringLiteral("streams")}, true},
        {{QStringLiteral("listeners")}, false},
        {{QStringLiteral("followers")}, false},
        {{QStringLiteral("monthly listeners")}, false},
        {{QStringLiteral("monthly active listeners")}, false},
        {{QStringLiteral("super listeners")}, false},
    };
    return list;
}

// A per-song timeline ("<song>-timeline.csv") is `date,streams` and nothing else: the audience
// timeline is the one with a column about the artist's audience.
bool hasAudienceColumn(const CsvTable& table)
{
    for (int c : {Listeners, Followers, MonthlyListeners, MonthlyActiveListeners, SuperListeners})
        if (table.has(c))
            return true;
    return false;
}

} // namespace

QString SpotifyAudienceFormat::signature() const
{
    return QStringLiteral(
        "comma-separated columns date, listeners, streams, followers (newer exports add more)");
}

bool SpotifyAudienceFormat::recognises(const DecodedText& text) const
{
    if (text.binary)
        return false;
    const std::optional<CsvTable> table = CsvTable::open(text, columns());
    return table && hasAudienceColumn(*table);
}

Result<void> SpotifyAudienceFormat::parse(const DecodedText& text, const ParseContext& context,
                                          const BatchSink& sink, int batchSize) const
{
    QStringList missing;
    std::optional<CsvTable> table = CsvTable::open(text, columns(), &missing);
    if (!table)
        return fail(
            QStringLiteral("the header lacks the column(s) %1").arg(missing.join(QStringLiteral(", "))));
    if (!hasAudienceColumn(*table))
        return fail(QStringLiteral(
            "the file has only date and streams: it is a per-song timeline, not the audience timeline"));
    // Never default an artist: two artists' timelines must not merge into one.
    if (context.artist.trimmed().isEmpty())
        return fail(QStringLiteral(
            "a Spotify for Artists audience export does not name its artist: choose the artist "
            "(or pass --artist NAME) and import the file again"));
    const QString artist = context.artist.trimmed();

    BatchSender sender(sink, batchSize);
    FactBatch& batch = sender.batch();
    QHash<qint64, qint64> firstLineOfDay; // Julian day → line

    while (table->next()) {
        ++batch.rowsRead;
        std::optional<QString> problem = table->shapeProblem();
        int problemColumn = -1; // the whole row
        AudienceFact fact;
        fact.artist = artist;
        fact.line = table->line();
        if (!problem) {
            const QByteArrayView day = table->value(Date);
            if (auto d = fields::parseDate(day))
                fact.day = *d;
            else {
                problemColumn = Date;
                problem =
                    QStringLiteral("'%1' is not a date (expected YYYY-MM-DD)").arg(QString::fromUtf8(day));
            }
        }
        // Streams are the timeline's measure: a row without them says nothing. Listeners and
        // followers may be blank (nothing known that day) and then stay unknown, not zero.
        for (int c : {Listeners, Streams, Followers}) {
            if (problem || !table->has(c))
                continue;
            const QByteArrayView v = table->value(c);
            std::optional<qint64>& target = c == Listeners ? fact.listeners
                                            : c == Streams ? fact.streams
                                                           : fact.followers;
            if (v.isEmpty()) {
                if (c == Streams) {
                    problemColumn = c;
                    problem = QStringLiteral("the streams value is empty");
                }
                continue;
            }
            target = fields::parseCount(v, table->decimalComma());
            if (!target) {
                problemColumn = c;
                problem = QStringLiteral("'%1' is not a whole number").arg(QString::fromUtf8(v));
            } else if (*target < 0) {
                problemColumn = c;
                problem = QStringLiteral("'%1' is negative, which a Spotify count cannot be")
                              .arg(QString::fromUtf8(v));
            }
        }
        if (!problem) {
            const qint64 julian = fact.day.toJulianDay();
            if (const auto first = firstLineOfDay.constFind(julian); first != firstLineOfDay.cend()) {
                problemColumn = Date;
                problem =
                    QStringLiteral("the day %1 appears twice (first on line %2): only the first is loaded")
                        .arg(fact.day.toString(Qt::ISODate))
                        .arg(*first);
            } else {
                firstLineOfDay.insert(julian, fact.line);
            }
        }
        if (problem)
            batch.quarantine.push_back(table->quarantineRow(problemColumn, *problem));
        else
            batch.audience.push_back(std::move(fact));

        if (auto step = sender.sendIfFull(table->position()); !step)
            return step;
    }
    return sender.finish(text.utf8.size());
}

} // namespace bedrot
