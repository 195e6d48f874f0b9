// Linktree GraphQL reply parser: data.getAccountAnalytics.overview.timeseries, one LinkFact per day.
// The reply's own totals and rates are not read: they disagree with the daily rows (research §6).
#include "linktreegraphqlformat.h"

#include "linktreeoverviewformat.h"

#include "etl/fieldparsers.h"
#include "etl/textdecoder.h"
#include "sources/batchsender.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>
#include <cmath>
#include <tuple>

namespace bedrot {

namespace {
constexpr qsizetype kMaxRawText = 2000;

bool looksLikeReply(const QByteArray& utf8)
{
    qsizetype i = 0;
    while (i < utf8.size() && (utf8[i] == ' ' || utf8[i] == '\t' || utf8[i] == '\n' || utf8[i] == '\r'))
        ++i;
    return i < utf8.size() && utf8[i] == '{' && utf8.contains("\"getAccountAnalytics\"");
}

// The reply as a JSON object, when it is one.
Result<QJsonObject> replyObject(const QByteArray& utf8)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(
            QStringLiteral("the file is not valid JSON (%1 at byte %2): it was probably cut off or edited")
                .arg(parseError.errorString())
                .arg(parseError.offset));
    if (!doc.isObject())
        return fail(QStringLiteral("the file is JSON but not a GraphQL reply (an object with \"data\")"));
    return doc.object();
}

// A count from a JSON value: a whole number (GraphQL sends numbers; a re-saved file may hold text).
std::optional<qint64> countOf(const QJsonValue& v)
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d != std::floor(d) || std::fabs(d) > 9.0e15)
            return std::nullopt;
        return qint64(d);
    }
    if (v.isString())
        return fields::parseCount(v.toString().toUtf8());
    return std::nullopt;
}

QString shown(const QJsonValue& v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isNull())
        return QStringLiteral("null");
    return QStringLiteral("(a list or object)");
}
} // namespace

QString LinktreeGraphqlFormat::signature() const
{
    return QStringLiteral(
        "JSON {\"data\":{\"getAccountAnalytics\":{\"overview\":{\"timeseries\":[{date, totalViews, "
        "uniqueViews, totalClicks, uniqueClicks, …}]}}}}");
}

bool LinktreeGraphqlFormat::recognises(const DecodedText& text) const
{
    if (text.binary || !looksLikeReply(text.utf8))
        return false;
    const Result<QJsonObject> root = replyObject(text.utf8);
    // A reply cut off mid-download, or one that failed (data null, errors listed), is still this
    // format: parse() then says what is wrong. A reply to another query (the lifetime totals) is not.
    if (!root)
        return true;
    return root->value(QStringLiteral("data"))
               .toObject()
               .value(QStringLiteral("getAccountAnalytics"))
               .toObject()
               .value(QStringLiteral("overview"))
               .toObject()
               .value(QStringLiteral("timeseries"))
               .isArray() ||
           root->value(QStringLiteral("errors")).isArray();
}

Result<void> LinktreeGraphqlFormat::parse(const DecodedText& text, const ParseContext& context,
                                          const BatchSink& sink, int batchSize) const
{
    if (text.binary)
        return fail(QStringLiteral("the file is not text"));
    const Result<QJsonObject> root = replyObject(text.utf8);
    if (!root)
        return root.error();
    const QJsonValue series = root->value(QStringLiteral("data"))
                                  .toObject()
                                  .value(QStringLiteral("getAccountAnalytics"))
                                  .toObject()
                                  .value(QStringLiteral("overview"))
                                  .toObject()
                                  .value(QStringLiteral("timeseries"));
    if (!series.isArray()) {
        QStringList messages;
        for (const QJsonValue& e : root->value(QStringLiteral("errors")).toArray())
            messages << e.toObject().value(QStringLiteral("message")).toString();
        messages.removeAll(QString());
        if (!messages.isEmpty())
            return fail(QStringLiteral("Linktree answered with an error instead of analytics: %1")
                            .arg(messages.join(QStringLiteral("; "))));
        return fail(QStringLiteral("the reply has no data.getAccountAnalytics.overview.timeseries list"));
    }
    const QJsonArray items = series.toArray();
    const QString account = LinktreeOverviewFormat::accountFromFileName(context);

    BatchSender sender(sink, batchSize);
    FactBatch& batch = sender.batch();
    QHash<qint64, qint64> firstItemOfDay;
    for (qsizetype i = 0; i < items.size(); ++i) {
        ++batch.rowsRead;
        const qint64 line = i + 1;
        const QJsonObject item = items.at(i).toObject();
        LinkFact fact;
        fact.account = account;
        fact.line = line;
        QString problemColumn, problem;
        auto reject = [&](const QString& column, const QString& reason) {
            problemColumn = column;
            problem = reason;
        };
        if (!items.at(i).isObject()) {
            reject(QString(), QStringLiteral("the timeseries item is not an object"));
        } else {
            const QJsonValue date = item.value(QStringLiteral("date"));
            if (auto d = fields::parseDate(date.toString().toUtf8()); d && date.isString())
                fact.day = *d;
            else
                reject(QStringLiteral("date"),
                       QStringLiteral("'%1' is not a date (expected YYYY-MM-DD)").arg(shown(date)));
        }
        const std::array<std::tuple<QString, std::optional<qint64>*, bool>, 4> counts = {{
            {QStringLiteral("totalViews"), &fact.totalViews, true},
            {QStringLiteral("uniqueViews"), &fact.uniqueViews, false},
            {QStringLiteral("totalClicks"), &fact.totalClicks, true},
            {QStringLiteral("uniqueClicks"), &fact.uniqueClicks, false},
        }};
        for (const auto& [name, target, required] : counts) {
            if (!problem.isEmpty())
                break;
            const QJsonValue v = item.value(name);
            // As in the CSV: the totals carry the KPI; the unique counts may be missing.
            if (v.isUndefined() || v.isNull()) {
                if (required)
                    reject(name, QStringLiteral("the %1 value is missing").arg(name));
                continue;
            }
            *target = countOf(v);
            if (!*target)
                reject(name, QStringLiteral("'%1' is not a whole number").arg(shown(v)));
            else if (**target < 0)
                reject(name, QStringLiteral("'%1' is negative, which a count cannot be").arg(shown(v)));
        }
        if (problem.isEmpty()) {
            const qint64 julian = fact.day.toJulianDay();
            if (const auto first = firstItemOfDay.constFind(julian); first != firstItemOfDay.cend())
                reject(QStringLiteral("date"),
                       QStringLiteral("the day %1 appears twice (first as item %2): only the first is loaded")
                           .arg(fact.day.toString(Qt::ISODate))
                           .arg(*first));
            else
                firstItemOfDay.insert(julian, line);
        }
        if (!problem.isEmpty()) {
            QuarantineRow row;
            row.line = line;
            row.column = problemColumn;
            row.reason = problem;
            const QByteArray raw = items.at(i).isObject() ? QJsonDocument(item).toJson(QJsonDocument::Compact)
                                                          : shown(items.at(i)).toUtf8();
            row.rawText = raw.first(std::min(raw.size(), kMaxRawText));
            batch.quarantine.push_back(std::move(row));
        } else {
            batch.links.push_back(std::move(fact));
        }
        // JSON has no row positions: progress is the share of items done.
        const qint64 progress = text.utf8.size() * (i + 1) / items.size();
        if (auto step = sender.sendIfFull(progress); !step)
            return step;
    }
    return sender.finish(text.utf8.size());
}

} // namespace bedrot
