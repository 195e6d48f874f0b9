// What the dashboard shows beside the KPIs, as values: each source's freshness and health,
// alerts, the rows behind a KPI, the filter bar's choices, a source's imports and quarantine.
#pragma once

#include "domain/filter.h"
#include "domain/result.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace bedrot {

struct SourceStatus
{
    QString id;           // "distrokid.statements", "distrokid.stats", "toolost.statements", …
    QString title;        // for people
    QDateTime lastImport; // when a file of this source was last imported (UTC)
    QDate latestDay;      // the latest native day in its facts
    int cadenceDays = 0;  // how often fresh data is expected (0: no cadence, e.g. the catalog)
    int ageDays = -1;     // today − latestDay; −1 without data
    int health = 0;       // 0–100
    QString healthReason; // one sentence
    qint64 rows = 0;      // fact rows
    qint64 quarantined = 0;
    QStringList problems; // messages of its last failed, rejected or partial imports
};

struct Alert
{
    enum class Kind
    {
        Revenue,
        Streams,
        Anomaly
    };
    Kind kind = Kind::Revenue;
    QDate day;        // the month (first day) or day it is about
    QString message;  // a sentence for the user
    double value = 0; // the change or the day's value
};

struct DrillDown
{
    QString kpiId;
    Filter filter;       // the rows' filter, so an answer for an older request can be told apart
    QStringList columns; // the last three are always "raw_file" (lake/raw/…), "file" (its name as imported)
                         // and "line"
    QList<QVariantList> rows;
    int valueColumn = -1; // the column whose sum is the KPI (−1: not a sum)
    qint64 totalRows = 0; // rows behind the KPI (rows may be capped)
    std::optional<Error> error;
};

// What the filter bar offers: every track with an ISRC, and every platform some fact names.
struct TrackChoice
{
    QString isrc;
    QString title;
    QString artist; // the track's artist, so the track list can follow the artist chosen
    bool operator==(const TrackChoice&) const = default;
};

struct PlatformChoice
{
    QString key;  // what the filter takes ("spotify", "store:Anghami")
    QString name; // for people
    bool operator==(const PlatformChoice&) const = default;
};

// One import of a source's file, as the ledger (ingest_file) has it.
struct IngestEntry
{
    QString file;      // its name as imported
    QString rawFile;   // lake/raw/…
    QDateTime started; // UTC
    QString status;    // running, loaded, partial, already_imported, rejected, failed
    qint64 rowsRead = 0;
    qint64 rowsLoaded = 0;
    qint64 rowsPresent = 0;
    qint64 rowsQuarantined = 0;
    QString message;
};

// A row an import set aside, as the quarantine table has it (the writer's QuarantineRow, read back).
struct QuarantinedRow
{
    QString file;    // its name as imported
    QString rawFile; // lake/raw/…
    qint64 line = 0;
    QString column; // empty when the whole row is wrong
    QString reason;
    QString rawText;
};

// What the sources panel shows about one source on request: its imports and quarantined rows.
struct SourceDetails
{
    QString sourceId;
    QString title;
    QList<IngestEntry> imports;       // newest first
    QList<QuarantinedRow> quarantine; // by file, then line; capped
    qint64 totalQuarantined = 0;      // rows in the quarantine (quarantine may be capped)
    std::optional<Error> error;
};

} // namespace bedrot

Q_DECLARE_METATYPE(bedrot::DrillDown)
Q_DECLARE_METATYPE(bedrot::SourceDetails)
