// TikTok Studio daily rows: read everything first (a row's year depends on the rows after it), then
// rebuild years, then batch.
#include "tiktokdailyrows.h"

#include "etl/csvtable.h"
#include "etl/delimitedreader.h"
#include "etl/fieldparsers.h"
#include "sources/batchsender.h"

#include <QHash>

namespace bedrot {

namespace {

// Day of the year in a leap year, so every month-day (February 29 too) has its own place.
int dayOfLeapYear(int monthDay)
{
    return QDate(2000, monthDay / 100, monthDay % 100).dayOfYear();
}

} // namespace

bool TikTokDailyRows::descending(const std::vector<int>& monthDays)
{
    int forward = 0, backward = 0;
    for (size_t i = 1; i < monthDays.size(); ++i) {
        const int step = (dayOfLeapYear(monthDays[i]) - dayOfLeapYear(monthDays[i - 1]) + 366) % 366;
        if (step == 0)
            continue; // a repeated day says nothing about the order
        if (step < 183)
            ++forward;
        else
            ++backward;
    }
    return backward > forward;
}

std::vector<QDate> TikTokDailyRows::rebuildYears(const std::vector<int>& monthDays, QDate exportDate)
{
    std::vector<QDate> dates(monthDays.size());
    if (monthDays.empty())
        return dates;
    const bool reversed = descending(monthDays);
    // Walk from the latest row (the last one of an ascending file) towards the earliest.
    const size_t n = monthDays.size();
    auto at = [&](size_t k) { return reversed ? k : n - 1 - k; };
    const int exportMonthDay = exportDate.month() * 100 + exportDate.day();
    int year = exportDate.year();
    if (monthDays[at(0)] > exportMonthDay)
        --year; // "December 30" exported on January 2
    for (size_t k = 0; k < n; ++k) {
        const size_t i = at(k);
        if (k > 0 && monthDays[i] > monthDays[at(k - 1)])
            --year;
        dates[i] =
            QDate(year, monthDays[i] / 100, monthDays[i] % 100); // invalid for Feb 29 of a non-leap year
    }
    return dates;
}

std::vector<TikTokDailyRows::Row> TikTokDailyRows::read(CsvTable& table, int dateColumn,
                                                        const ValueReader& readValues)
{
    std::vector<Row> rows;
    while (table.next()) {
        Row row;
        row.line = table.line();
        row.offset = table.position();
        row.raw = table.quarantineText();
        if (std::optional<QString> shape = table.shapeProblem()) {
            row.problem = *shape;
        } else {
            const QByteArrayView date = table.value(dateColumn);
            if (const std::optional<int> md = fields::parseMonthDay(date)) {
                row.monthDay = *md;
            } else if (const std::optional<QDate> full = fields::parseAnyDate(date)) {
                row.day = *full; // a spreadsheet re-save may have written the year in: take it as written
            } else {
                row.problemColumn = table.columnName(dateColumn);
                row.problem =
                    QStringLiteral("'%1' is not a date (expected a month and day such as \"May 28\")")
                        .arg(QString::fromUtf8(date));
            }
        }
        readValues(table, row);
        rows.push_back(std::move(row));
    }
    return rows;
}

void TikTokDailyRows::resolveDays(std::vector<Row>& rows, QDate exportDate, const QString& dateColumnName)
{
    if (!exportDate.isValid())
        exportDate = QDate::currentDate();
    std::vector<int> monthDays;
    std::vector<size_t> index;
    // Rows whose date is readable take part even when one of their numbers is not: they still mark
    // where the years turn over.
    for (size_t i = 0; i < rows.size(); ++i) {
        if (rows[i].monthDay == 0)
            continue;
        monthDays.push_back(rows[i].monthDay);
        index.push_back(i);
    }
    const std::vector<QDate> dates = rebuildYears(monthDays, exportDate);
    for (size_t k = 0; k < index.size(); ++k) {
        Row& row = rows[index[k]];
        row.day = dates[k];
        if (!row.day.isValid() && !row.bad()) {
            row.problemColumn = dateColumnName;
            row.problem =
                QStringLiteral(
                    "February 29 falls in a year that is not a leap year when the years are rebuilt "
                    "from the export date (%1): check the export date or the file")
                    .arg(exportDate.toString(Qt::ISODate));
        }
    }
    QHash<qint64, qint64> firstLineOfDay;
    for (Row& row : rows) {
        if (row.bad())
            continue;
        const qint64 julian = row.day.toJulianDay();
        if (const auto first = firstLineOfDay.constFind(julian); first != firstLineOfDay.cend()) {
            row.problemColumn = dateColumnName;
            row.problem =
                QStringLiteral("the day %1 appears twice (first on line %2): only the first is loaded")
                    .arg(row.day.toString(Qt::ISODate))
                    .arg(*first);
        } else {
            firstLineOfDay.insert(julian, row.line);
        }
    }
}

Result<void> TikTokDailyRows::send(const std::vector<Row>& rows, const FactWriter& writeFact,
                                   const FileFormat::BatchSink& sink, int batchSize, qsizetype textSize)
{
    BatchSender sender(sink, batchSize);
    FactBatch& batch = sender.batch();
    for (size_t i = 0; i < rows.size(); ++i) {
        const Row& row = rows[i];
        ++batch.rowsRead;
        if (row.bad()) {
            QuarantineRow q;
            q.line = row.line;
            q.column = row.problemColumn;
            q.reason = row.problem;
            q.rawText = row.raw;
            batch.quarantine.push_back(std::move(q));
        } else {
            writeFact(batch, i, row);
        }
        if (auto step = sender.sendIfFull(row.offset); !step)
            return step;
    }
    return sender.finish(textSize);
}

} // namespace bedrot
