// Daily series and totals of stats pages and analytics replies: checks, duplicates, quarantine, batches.
#include "dailycountreader.h"

#include "dailycountvalues.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>

namespace bedrot {

namespace {
constexpr qsizetype kMaxRawText = 2000;

QString columnOf(const QString& name, const QString& key)
{
    return name + u'.' + key;
}

// A value as a person would recognise it in the file.
QString shown(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Double:
        return QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return QString::fromUtf8(
            QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact).chopped(1).sliced(1));
    }
}
} // namespace

DailyCountReader::DailyCountReader(ScriptLiteralScanner& scanner, const BatchSink& sink, int batchSize)
    : m_scanner(scanner), m_sink(sink), m_batchSize(std::max(1, batchSize))
{
}

QString DailyCountReader::interruptedMessage()
{
    return QStringLiteral("the import was interrupted");
}

std::vector<DailyCountReader::Item> DailyCountReader::items(const QJsonArray& array, qsizetype objectStart,
                                                            std::initializer_list<QByteArrayView> path)
{
    const qsizetype arrayStart = objectStart < 0 ? -1 : m_scanner.keyPath(objectStart, path);
    const auto spans = m_scanner.arrayItems(arrayStart);
    const bool located = spans && qsizetype(spans->size()) == array.size();
    const qint64 arrayLine = arrayStart >= 0 ? m_scanner.lineAt(arrayStart) : 0;
    std::vector<Item> out;
    out.reserve(size_t(array.size()));
    for (qsizetype i = 0; i < array.size(); ++i) {
        Item item;
        item.value = array.at(i);
        if (located) {
            item.span = (*spans)[size_t(i)];
            item.line = m_scanner.lineAt(item.span.begin);
        } else {
            item.line = arrayLine;
        }
        out.push_back(std::move(item));
    }
    return out;
}

std::vector<DailyCountReader::Item>
DailyCountReader::items(const std::vector<ScriptLiteralScanner::Span>& spans)
{
    std::vector<Item> out;
    out.reserve(spans.size());
    for (const ScriptLiteralScanner::Span& span : spans) {
        Item item;
        item.span = span;
        item.line = m_scanner.lineAt(span.begin);
        // Wrapped in brackets because QJsonDocument reads only an object or an array at the top.
        const QByteArray json =
            '[' + ScriptLiteralScanner::withoutTrailingCommas(m_scanner.slice(span)) + ']';
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
        if (error.error == QJsonParseError::NoError && doc.array().size() == 1)
            item.value = doc.array().at(0);
        else
            item.value = QJsonValue(QJsonValue::Undefined);
        out.push_back(std::move(item));
    }
    return out;
}

void DailyCountReader::quarantine(const Item& item, const QString& column, const QString& reason)
{
    QuarantineRow row;
    row.line = item.line;
    row.column = column;
    row.reason = reason;
    if (item.span.end > item.span.begin) {
        row.rawText = m_scanner.slice(item.span)
                          .first(std::min(item.span.end - item.span.begin, kMaxRawText))
                          .toByteArray();
    } else {
        QByteArray json = QJsonDocument(QJsonArray{item.value}).toJson(QJsonDocument::Compact);
        row.rawText = json.mid(1, std::min(json.size() - 2, kMaxRawText));
    }
    m_batch.quarantine.push_back(std::move(row));
}

bool DailyCountReader::flushIfFull(const Item& item)
{
    if (qsizetype(m_batch.size()) < m_batchSize)
        return true;
    // The lists are read in the order the facts need (days first, for the totals' range), not in
    // the order of the text. So progress is the furthest point read so far, and it never goes back.
    m_progress = std::max(m_progress, qint64(item.span.end));
    m_batch.textOffset = m_progress;
    if (!m_sink(std::move(m_batch))) {
        m_interrupted = true;
        return false;
    }
    m_batch = FactBatch();
    return true;
}

bool DailyCountReader::readObjects(const std::vector<Item>& items, const QString& name,
                                   const QString& expected, const ObjectReader& read)
{
    qsizetype index = 0;
    for (const Item& item : items) {
        ++index;
        ++m_batch.rowsRead;
        if (!item.value.isObject())
            quarantine(item, QString(),
                       item.value.isUndefined()
                           ? QStringLiteral("item %1 of %2 is not valid JSON").arg(index).arg(name)
                           : QStringLiteral("item %1 of %2 is not %3").arg(index).arg(name, expected));
        else
            read(item, index, item.value.toObject());
        if (!flushIfFull(item))
            return false;
    }
    return true;
}

bool DailyCountReader::readDaily(const std::vector<Item>& items, const QString& name, const QString& dateKey,
                                 const QString& countKey, const DailyStreamFact& proto)
{
    const QString dateColumn = columnOf(name, dateKey);
    const QString countColumn = columnOf(name, countKey);
    QHash<qint64, qint64> firstLineOfDay; // Julian day → line where it first appeared
    const QString expected = QStringLiteral("an object with \"%1\" and \"%2\"").arg(dateKey, countKey);
    return readObjects(
        items, name, expected, [&](const Item& item, qsizetype index, const QJsonObject& point) {
            const QJsonValue dateValue = point.value(dateKey);
            if (dateValue.isUndefined() || dateValue.isNull()) {
                quarantine(
                    item, dateColumn,
                    QStringLiteral("item %1 of %2 has no date (\"%3\")").arg(index).arg(name, dateKey));
                return;
            }
            const QString dateText = shown(dateValue);
            const std::optional<QDate> day =
                dateValue.isString() ? DailyCountValues::isoDay(dateText.toUtf8()) : std::optional<QDate>();
            if (!day) {
                quarantine(item, dateColumn,
                           QStringLiteral("item %1: '%2' is not a date (expected YYYY-MM-DD)")
                               .arg(index)
                               .arg(dateText));
                return;
            }
            // A day twice in one series is a contradiction the file cannot settle: the first is
            // kept, as a re-import of the same file would do, and the second is shown to the user.
            if (const auto first = firstLineOfDay.constFind(day->toJulianDay());
                first != firstLineOfDay.cend()) {
                quarantine(
                    item, dateColumn,
                    QStringLiteral(
                        "item %1: %2 appears twice in %3 (first on line %4); only the first was loaded")
                        .arg(index)
                        .arg(dateText, name)
                        .arg(first.value()));
                return;
            }
            firstLineOfDay.insert(day->toJulianDay(), item.line);
            const DailyCountValues::Count count = DailyCountValues::count(point.value(countKey));
            if (!count.value) {
                quarantine(item, countColumn,
                           QStringLiteral("item %1 (%2): %3").arg(index).arg(dateText, count.problem));
                return;
            }
            DailyStreamFact fact = proto;
            fact.day = *day;
            fact.streams = *count.value;
            fact.line = item.line;
            m_batch.dailyStreams.push_back(std::move(fact));
            if (!m_firstDay.isValid() || *day < m_firstDay)
                m_firstDay = *day;
            if (!m_lastDay.isValid() || *day > m_lastDay)
                m_lastDay = *day;
        });
}

bool DailyCountReader::readTotals(const std::vector<Item>& items, const QString& name,
                                  const QString& countKey, const SubjectOf& subjectOf,
                                  const StreamTotalFact& proto)
{
    const QString countColumn = columnOf(name, countKey);
    QHash<QString, qint64> firstLineOf; // subject → line where it first appeared
    return readObjects(
        items, name, QStringLiteral("an object"),
        [&](const Item& item, qsizetype index, const QJsonObject& total) {
            // Without a daily series the file does not say which days a total covers, and a total
            // with no range cannot be compared with anything.
            if (!proto.rangeStart.isValid() || !proto.rangeEnd.isValid()) {
                quarantine(
                    item, QString(),
                    QStringLiteral(
                        "item %1 of %2: the file has no daily points to give this total its date range, "
                        "so it was not loaded")
                        .arg(index)
                        .arg(name));
                return;
            }
            const Subject subject = subjectOf(total);
            if (!subject.problem.isEmpty()) {
                quarantine(item, columnOf(name, subject.column),
                           QStringLiteral("item %1: %2").arg(index).arg(subject.problem));
                return;
            }
            if (const auto first = firstLineOf.constFind(subject.value); first != firstLineOf.cend()) {
                quarantine(
                    item, columnOf(name, subject.column),
                    QStringLiteral(
                        "item %1: %2 appears twice in %3 (first on line %4); only the first was loaded")
                        .arg(index)
                        .arg(subject.value, name)
                        .arg(first.value()));
                return;
            }
            firstLineOf.insert(subject.value, item.line);
            const DailyCountValues::Count count = DailyCountValues::count(total.value(countKey));
            if (!count.value) {
                quarantine(item, countColumn,
                           QStringLiteral("item %1 (%2): %3").arg(index).arg(subject.value, count.problem));
                return;
            }
            StreamTotalFact fact = proto;
            fact.value = subject.value;
            fact.streams = *count.value;
            fact.line = item.line;
            m_batch.streamTotals.push_back(std::move(fact));
        });
}

Result<void> DailyCountReader::finish()
{
    if (m_interrupted)
        return fail(interruptedMessage());
    m_batch.textOffset = m_scanner.text().size();
    if (!m_batch.empty() && !m_sink(std::move(m_batch))) {
        m_interrupted = true;
        return fail(interruptedMessage());
    }
    m_batch = FactBatch();
    return {};
}

QString DailyCountReader::jsonProblem(ScriptLiteralScanner& scanner, const QJsonParseError& error,
                                      qsizetype jsonSize, const QString& what, qsizetype baseOffset)
{
    const qint64 line = scanner.lineAt(baseOffset + error.offset);
    // QJsonDocument stops at the end of a cut-off text, and on a broken one it stops anywhere
    // else. Telling the two apart tells the user whether to download again or to report a change.
    // The kind of error does not tell them apart: an unquoted key is also an "unterminated object".
    const bool cutOff = error.offset >= jsonSize - 1;
    if (cutOff)
        return QStringLiteral("%1 ends early (%2 on line %3): the file was probably cut off while "
                              "downloading or saving; "
                              "get it again")
            .arg(what, error.errorString())
            .arg(line);
    return QStringLiteral("%1 is not valid JSON (%2 on line %3)").arg(what, error.errorString()).arg(line);
}

} // namespace bedrot
