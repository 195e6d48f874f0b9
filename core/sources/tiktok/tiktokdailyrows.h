// The rows of a TikTok Studio daily CSV (Overview, FollowerHistory): dates written without a year
// ("May 28") get their year back from the export date before any row is handed on.
#pragma once

#include "domain/factbatch.h"
#include "sources/fileformat.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace bedrot {

class CsvTable;

class TikTokDailyRows
{
public:
    struct Row
    {
        qint64 line = 0;       // physical line
        qsizetype offset = 0;  // text offset just past the row (progress)
        QByteArray raw;        // the row as found (capped), for quarantine
        QDate day;             // the rebuilt (or written) date
        int monthDay = 0;      // month * 100 + day when the file gave no year
        QString problemColumn; // with problem: the column at fault (empty: the whole row)
        QString problem;       // non-empty: the row is quarantined for this reason
        bool bad() const { return !problem.isEmpty(); }
    };
    // Reads the format's own values of the current row; sets row.problem(Column) when one is unusable.
    using ValueReader = std::function<void(const CsvTable& table, Row& row)>;
    // Adds the fact of good row `index` (its day already set) to the batch.
    using FactWriter = std::function<void(FactBatch& batch, size_t index, const Row& row)>;

    // Reads every data row: its shape and Date column here, the rest through readValues (called for
    // every row, good or bad, so callers can keep a vector parallel to the rows).
    static std::vector<Row> read(CsvTable& table, int dateColumn, const ValueReader& readValues);
    // Gives every year-less row its date (see rebuildYears), then quarantines a day met twice.
    // An invalid exportDate means "today".
    static void resolveDays(std::vector<Row>& rows, QDate exportDate, const QString& dateColumnName);
    // Sends the rows in file order, good ones through writeFact, bad ones to quarantine. Fails when
    // the sink stopped the import.
    static Result<void> send(const std::vector<Row>& rows, const FactWriter& writeFact,
                             const FileFormat::BatchSink& sink, int batchSize, qsizetype textSize);

    // The year rule. monthDays (month * 100 + day) are consecutive daily rows in file order. The
    // latest row is on or before exportDate; walking from it towards the earliest, a row whose
    // month-day is later in the year than the (later) row before it in the walk belongs to the
    // previous year. File order is detected (TikTok writes ascending; a re-sorted file may be
    // descending). A February 29 that lands in a non-leap year comes back as an invalid date.
    static std::vector<QDate> rebuildYears(const std::vector<int>& monthDays, QDate exportDate);
    // True when most steps between neighbouring rows go back in the calendar (taken round the year,
    // so "December 31" → "January 1" is a step forward).
    static bool descending(const std::vector<int>& monthDays);
};

} // namespace bedrot
