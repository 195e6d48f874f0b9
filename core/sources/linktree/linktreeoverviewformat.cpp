// Linktree daily overview parser: header-mapped; the click-through rate is not read (the KPI
// recomputes clicks / views from the counts, and exports mix fractions and percents).
#include "linktreeoverviewformat.h"

#include "etl/csvtable.h"
#include "etl/delimitedreader.h"
#include "etl/fieldparsers.h"
#include "etl/textdecoder.h"
#include "sources/batchsender.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <array>

namespace bedrot {

namespace {

enum Column
{
    Date,
    TotalViews,
    UniqueViews,
    TotalClicks,
    UniqueClicks
};

const QList<CsvTable::Column>& columns()
{
    static const QList<CsvTable::Column> list = {
        {{QStringLiteral("date")}, true},          {{QStringLiteral("totalViews")}, true},
        {{QStringLiteral("uniqueViews")}, false},  {{QStringLiteral("totalClicks")}, true},
        {{QStringLiteral("uniqueClicks")}, false},
    };
    return list;
}

} // namespace

QString LinktreeOverviewFormat::accountFromFileName(const QString& fileName)
{
    QString base = QFileInfo(fileName).fileName();
    static const QRegularExpression extension(QStringLiteral("\\.(csv|tsv|txt|json|zip)$"),
                                              QRegularExpression::CaseInsensitiveOption);
    base.remove(extension);
    // Linktree handles are letters, digits, '.' and '_'. The '@' must start a word, so an e-mail
    // address in a name ("me@example.com") is not taken for a handle.
    static const QRegularExpression handle(QStringLiteral("(?:^|[^A-Za-z0-9])@([A-Za-z0-9._]+)"));
    QString found;
    for (QRegularExpressionMatchIterator it = handle.globalMatch(base); it.hasNext();) {
        QString h = it.next().captured(1);
        while (h.endsWith(u'.') || h.endsWith(u'_'))
            h.chop(1);
        if (h.isEmpty())
            continue;
        h = h.toLower(); // Linktree handles are case-insensitive
        if (!found.isEmpty() && found != h)
            return {}; // two handles: not clear
        found = h;
    }
    return found;
}

QString LinktreeOverviewFormat::accountFromFileName(const ParseContext& context)
{
    if (const QString fromEntry = accountFromFileName(context.entryName); !fromEntry.isEmpty())
        return fromEntry;
    return accountFromFileName(context.fileName);
}

QString LinktreeOverviewFormat::signature() const
{
    return QStringLiteral(
        "comma-separated columns date, totalViews, uniqueViews, totalClicks, uniqueClicks, clickThroughRate");
}

bool LinktreeOverviewFormat::recognises(const DecodedText& text) const
{
    return !text.binary && CsvTable::matches(text, columns());
}

Result<void> LinktreeOverviewFormat::parse(const DecodedText& text, const ParseContext& context,
                                           const BatchSink& sink, int batchSize) const
{
    QStringList missing;
    std::optional<CsvTable> table = CsvTable::open(text, columns(), &missing);
    if (!table)
        return fail(
            QStringLiteral("the header lacks the column(s) %1").arg(missing.join(QStringLiteral(", "))));
    const QString account = accountFromFileName(context);

    BatchSender sender(sink, batchSize);
    FactBatch& batch = sender.batch();
    QHash<qint64, qint64> firstLineOfDay; // Julian day → line
    while (table->next()) {
        ++batch.rowsRead;
        std::optional<QString> problem = table->shapeProblem();
        int problemColumn = -1; // the whole row
        LinkFact fact;
        fact.account = account;
        fact.line = table->line();
        auto reject = [&](int column, const QString& reason) {
            problemColumn = column;
            problem = reason;
        };
        if (!problem) {
            const QByteArrayView day = table->value(Date);
            if (auto d = fields::parseDate(day))
                fact.day = *d;
            else
                reject(
                    Date,
                    QStringLiteral("'%1' is not a date (expected YYYY-MM-DD)").arg(QString::fromUtf8(day)));
        }
        const std::array<std::pair<int, std::optional<qint64>*>, 4> counts = {
            {{TotalViews, &fact.totalViews},
             {UniqueViews, &fact.uniqueViews},
             {TotalClicks, &fact.totalClicks},
             {UniqueClicks, &fact.uniqueClicks}}};
        for (const auto& [column, target] : counts) {
            if (problem || !table->has(column))
                continue;
            const QByteArrayView v = table->value(column);
            // The totals carry the KPI (clicks / views): a day without them is not loaded. The unique
            // counts may be blank and then stay unknown.
            if (v.isEmpty()) {
                if (column == TotalViews || column == TotalClicks)
                    reject(column, QStringLiteral("the %1 value is empty").arg(table->columnName(column)));
                continue;
            }
            *target = fields::parseCount(v, table->decimalComma());
            if (!*target)
                reject(column, QStringLiteral("'%1' is not a whole number").arg(QString::fromUtf8(v)));
            else if (**target < 0)
                reject(column,
                       QStringLiteral("'%1' is negative, which a count cannot be").arg(QString::fromUtf8(v)));
        }
        if (!problem) {
            const qint64 julian = fact.day.toJulianDay();
            if (const auto first = firstLineOfDay.constFind(julian); first != firstLineOfDay.cend())
                reject(Date,
                       QStringLiteral("the day %1 appears twice (first on line %2): only the first is loaded")
                           .arg(fact.day.toString(Qt::ISODate))
                           .arg(*first));
            else
                firstLineOfDay.insert(julian, fact.line);
        }
        if (problem)
            batch.quarantine.push_back(table->quarantineRow(problemColumn, *problem));
        else
            batch.links.push_back(std::move(fact));
        if (auto step = sender.sendIfFull(table->position()); !step)
            return step;
    }
    return sender.finish(text.utf8.size());
}

} // namespace bedrot
