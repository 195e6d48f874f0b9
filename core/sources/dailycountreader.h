// Reads lists of {day, count} points and per-country/per-track totals (DistroKid stats pages,
// TooLost analytics replies) into checked, batched facts.
#pragma once

#include "domain/factbatch.h"
#include "fileformat.h"
#include "scriptliteralscanner.h"

#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <functional>
#include <initializer_list>
#include <optional>
#include <vector>

struct QJsonParseError;

namespace bedrot {

// The DistroKid Apple Music page, the DistroKid streams page and both TooLost replies share one
// shape: a list of {day, count} points, and sometimes lists of {country or track, count} totals.
// The checks are shared as well: a strict date, a whole count ≥ 0, and a duplicate day or subject
// quarantined rather than summed. So is where each item sits (its physical line), so that a person
// can open the file at the right place.
class DailyCountReader
{
public:
    struct Item
    {
        QJsonValue value;                // Undefined when the item's text is not JSON
        qint64 line = 0;                 // physical line where the item starts
        ScriptLiteralScanner::Span span; // the item's bytes in the text; empty when not located
    };
    // What a total counts: a country code or an ISRC. Or, when problem is set, why the item cannot
    // be given one.
    struct Subject
    {
        QString value;
        QString column; // the key that names the subject (and is at fault, when problem is set)
        QString problem;
    };
    using SubjectOf = std::function<Subject(const QJsonObject&)>;
    using BatchSink = FileFormat::BatchSink;

    DailyCountReader(ScriptLiteralScanner& scanner, const BatchSink& sink, int batchSize);

    // The items of a parsed array. Each is located in the text by following `path` from the
    // object that opens at objectStart, which gives its line. When the text and the parsed array
    // do not line up, every item gets the line where the array starts.
    std::vector<Item> items(const QJsonArray& array, qsizetype objectStart,
                            std::initializer_list<QByteArrayView> path);
    // Items cut out of a script one by one. Each is parsed as JSON on its own, so that one broken
    // item does not cost the others.
    std::vector<Item> items(const std::vector<ScriptLiteralScanner::Span>& spans);

    // Daily points {dateKey: "YYYY-MM-DD", countKey: N or "N"}. `name` is the list's name, as in
    // the file, and is used for column names in quarantine. Returns false when the sink stopped
    // the import.
    bool readDaily(const std::vector<Item>& items, const QString& name, const QString& dateKey,
                   const QString& countKey, const DailyStreamFact& proto);
    // The first and last day that readDaily accepted: the range that the totals cover.
    QDate firstDay() const { return m_firstDay; }
    QDate lastDay() const { return m_lastDay; }
    // Totals {…, countKey: N} over proto's range. subjectOf says what each item is a total of.
    bool readTotals(const std::vector<Item>& items, const QString& name, const QString& countKey,
                    const SubjectOf& subjectOf, const StreamTotalFact& proto);
    // Hands over the last batch. Fails when the sink stopped the import.
    Result<void> finish();

    static QString interruptedMessage();
    // A readable account of a JSON parse error: either a file that was cut off, or one that is
    // broken. `what` names the JSON, e.g. "the reply". The offset is counted from baseOffset in the
    // text.
    static QString jsonProblem(ScriptLiteralScanner& scanner, const QJsonParseError& error,
                               qsizetype jsonSize, const QString& what, qsizetype baseOffset = 0);

private:
    // Reads one JSON object (the item's index counts from 1); a problem quarantines the item.
    using ObjectReader = std::function<void(const Item& item, qsizetype index, const QJsonObject& object)>;
    // Counts each item, quarantines one that is not an object ("is not `expected`") and hands the
    // others to `read`, flushing full batches. Returns false when the sink stopped the import.
    bool readObjects(const std::vector<Item>& items, const QString& name, const QString& expected,
                     const ObjectReader& read);
    void quarantine(const Item& item, const QString& column, const QString& reason);
    bool flushIfFull(const Item& item);

    ScriptLiteralScanner& m_scanner;
    const BatchSink& m_sink;
    int m_batchSize;
    FactBatch m_batch;
    bool m_interrupted = false;
    qint64 m_progress = 0; // the furthest text offset handed over as progress
    QDate m_firstDay;
    QDate m_lastDay;
};

} // namespace bedrot
