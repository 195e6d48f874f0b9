// TikTok Studio follower history parser: the daily follower count (the difference column is not
// needed: it is derivable, and its first value is "undefined").
#include "tiktokfollowerhistoryformat.h"

#include "tiktokdailyrows.h"

#include "etl/csvtable.h"
#include "etl/fieldparsers.h"
#include "etl/textdecoder.h"

namespace bedrot {

namespace {
enum Column
{
    Date,
    Followers,
    Difference
};

const QList<CsvTable::Column>& columns()
{
    // The difference column is required only to recognise the file: "Date,Followers" alone could
    // be anything.
    static const QList<CsvTable::Column> list = {
        {{QStringLiteral("Date")}, true},
        {{QStringLiteral("Followers")}, true},
        {{QStringLiteral("Difference in followers from previous day")}, true},
    };
    return list;
}
} // namespace

QString TikTokFollowerHistoryFormat::signature() const
{
    return QStringLiteral(
        "columns Date, Followers, Difference in followers from previous day, dates such as \"May 28\"");
}

bool TikTokFollowerHistoryFormat::recognises(const DecodedText& text) const
{
    return !text.binary && CsvTable::matches(text, columns());
}

Result<void> TikTokFollowerHistoryFormat::parse(const DecodedText& text, const ParseContext& context,
                                                const BatchSink& sink, int batchSize) const
{
    QStringList missing;
    std::optional<CsvTable> table = CsvTable::open(text, columns(), &missing);
    if (!table)
        return fail(
            QStringLiteral("the header lacks the column(s) %1").arg(missing.join(QStringLiteral(", "))));
    if (context.artist.trimmed().isEmpty())
        return fail(QStringLiteral("a TikTok Studio export does not name its account: choose the artist "
                                   "(or pass --artist NAME) and import the file again"));
    const QString artist = context.artist.trimmed();

    std::vector<qint64> counts;
    const auto readValues = [&counts](const CsvTable& t, TikTokDailyRows::Row& row) {
        qint64 count = 0;
        const QByteArrayView v = t.value(Followers);
        auto reject = [&](const QString& reason) {
            row.problemColumn = t.columnName(Followers);
            row.problem = reason;
        };
        if (!row.bad()) {
            const std::optional<qint64> n = fields::parseCount(v, t.decimalComma());
            // A follower count has no "unknown" to fall back on (FollowerFact needs a number), so a
            // day TikTok could not count is quarantined rather than loaded as zero.
            if (v.compare("undefined", Qt::CaseInsensitive) == 0)
                reject(QStringLiteral("TikTok wrote 'undefined' instead of a follower count for this day: "
                                      "there is no count to load"));
            else if (v.isEmpty())
                reject(QStringLiteral("the follower count is empty"));
            else if (!n)
                reject(QStringLiteral("'%1' is not a whole number").arg(QString::fromUtf8(v)));
            else if (*n < 0)
                reject(QStringLiteral("'%1' is negative, which a follower count cannot be")
                           .arg(QString::fromUtf8(v)));
            else
                count = *n;
        }
        counts.push_back(count);
    };
    std::vector<TikTokDailyRows::Row> rows = TikTokDailyRows::read(*table, Date, readValues);
    const QDate exportDate = context.exportTime.isValid() ? context.exportTime.toLocalTime().date() : QDate();
    TikTokDailyRows::resolveDays(rows, exportDate, table->columnName(Date));

    const auto writeFact = [&](FactBatch& batch, size_t index, const TikTokDailyRows::Row& row) {
        FollowerFact fact;
        fact.artist = artist;
        fact.platform = QStringLiteral("tiktok");
        fact.day = row.day;
        fact.followers = counts[index];
        fact.line = row.line;
        batch.followers.push_back(std::move(fact));
    };
    return TikTokDailyRows::send(rows, writeFact, sink, batchSize, text.utf8.size());
}

} // namespace bedrot
