// TikTok Studio overview parser: header-mapped (old exports say reach/page_views), years rebuilt
// from the export date, "undefined" read as "no value".
#include "tiktokoverviewformat.h"

#include "tiktokdailyrows.h"

#include "etl/csvtable.h"
#include "etl/fieldparsers.h"
#include "etl/textdecoder.h"

#include <array>

namespace bedrot {

namespace {
enum Column
{
    Date,
    VideoViews,
    ProfileViews,
    Likes,
    Comments,
    Shares
};

const QList<CsvTable::Column>& columns()
{
    // The old names come from the label's own migration script (reach → Video Views, page_views →
    // Profile Views). Likes, comments and shares are optional so an old or trimmed export still loads.
    static const QList<CsvTable::Column> list = {
        {{QStringLiteral("Date")}, true},
        {{QStringLiteral("Video Views"), QStringLiteral("reach")}, true},
        {{QStringLiteral("Profile Views"), QStringLiteral("page_views")}, true},
        {{QStringLiteral("Likes")}, false},
        {{QStringLiteral("Comments")}, false},
        {{QStringLiteral("Shares")}, false},
    };
    return list;
}

bool isUndefined(QByteArrayView v)
{
    return v.compare("undefined", Qt::CaseInsensitive) == 0;
}
} // namespace

QString TikTokOverviewFormat::signature() const
{
    return QStringLiteral("columns Date, Video Views, Profile Views, Likes, Comments, Shares "
                          "(older exports: reach, page_views), dates such as \"May 28\"");
}

bool TikTokOverviewFormat::recognises(const DecodedText& text) const
{
    return !text.binary && CsvTable::matches(text, columns());
}

Result<void> TikTokOverviewFormat::parse(const DecodedText& text, const ParseContext& context,
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

    std::vector<SocialFact> facts;
    const auto readValues = [&facts](const CsvTable& t, TikTokDailyRows::Row& row) {
        SocialFact fact;
        const std::array<std::pair<int, std::optional<qint64>*>, 5> metrics = {
            {{VideoViews, &fact.videoViews},
             {ProfileViews, &fact.profileViews},
             {Likes, &fact.likes},
             {Comments, &fact.comments},
             {Shares, &fact.shares}}};
        bool any = false;
        for (const auto& [column, target] : metrics) {
            if (row.bad() || !t.has(column))
                continue;
            const QByteArrayView v = t.value(column);
            // TikTok writes "undefined" where it has no number for the day: the field stays unknown
            // (not zero) and the rest of the row loads.
            if (v.isEmpty() || isUndefined(v))
                continue;
            // Negative values are kept: the daily figures are net changes, and TikTok does report
            // e.g. -1 comments on a day when more comments were deleted than written.
            *target = fields::parseCount(v, t.decimalComma());
            if (!*target) {
                row.problemColumn = t.columnName(column);
                row.problem = QStringLiteral("'%1' is not a whole number").arg(QString::fromUtf8(v));
            }
            any = true;
        }
        if (!row.bad() && !any)
            row.problem = QStringLiteral("the row has no numbers (every value is empty or undefined)");
        facts.push_back(std::move(fact));
    };
    std::vector<TikTokDailyRows::Row> rows = TikTokDailyRows::read(*table, Date, readValues);
    const QDate exportDate = context.exportTime.isValid() ? context.exportTime.toLocalTime().date() : QDate();
    TikTokDailyRows::resolveDays(rows, exportDate, table->columnName(Date));

    const auto writeFact = [&](FactBatch& batch, size_t index, const TikTokDailyRows::Row& row) {
        SocialFact fact = std::move(facts[index]);
        fact.artist = artist;
        fact.platform = QStringLiteral("tiktok");
        fact.day = row.day;
        // TikTok Studio's days are the account's local days; nothing in the file says which zone.
        fact.tz = QStringLiteral("local");
        fact.line = row.line;
        batch.social.push_back(std::move(fact));
    };
    return TikTokDailyRows::send(rows, writeFact, sink, batchSize, text.utf8.size());
}

} // namespace bedrot
