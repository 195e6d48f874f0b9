// Keeps the statement rollups (statementrollups.h) in step with statement_line inside the writer's
// transactions: lines are added as they are inserted, summed in memory, and upserted just before
// COMMIT together with the watermark, so facts and rollups commit (or vanish) together.
#pragma once

#include "domain/result.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

struct sqlite3;

namespace bedrot {

class SqliteStatement;

class RollupWriter
{
public:
    explicit RollupWriter(sqlite3* db);
    ~RollupWriter();
    RollupWriter(const RollupWriter&) = delete;
    RollupWriter& operator=(const RollupWriter&) = delete;

    Result<void> prepare();
    // A line the INSERT added (not one already present). Dates as ISO text ("2024-10-05", "2024-08").
    void add(QByteArrayView distributor, QByteArrayView saleMonth, QByteArrayView reportingDate, qint64 store,
             qint64 artist, qint64 track, QByteArrayView country, qint64 quantity, qint64 earningsNanos,
             int sign = 1);
    // Upserts what was added since the last flush and moves the watermark; inside the transaction.
    Result<void> flush();
    // Forgets what was added (the transaction rolled back).
    void discard();
    // Sums the lines past the watermark into the rollups (lines written by other means, such as
    // the benchmark's generator); inside a transaction.
    Result<void> absorb();
    // Takes these artists' statement lines out of the rollups (before the lines are deleted and
    // written again by a replay); rows left with no line go. Inside a transaction.
    Result<void> subtractArtists(const QList<qint64>& artists);

private:
    // The finest grain: every column any rollup keeps. Texts are interned as small numbers.
    struct Key
    {
        int saleMonth = 0;     // index into m_texts
        int reportingDate = 0; // index into m_texts
        int country = 0;       // index into m_texts
        int distributor = 0;   // index into m_texts
        qint64 store = 0, artist = 0, track = 0;
        bool operator==(const Key&) const = default;
    };
    struct KeyHash
    {
        size_t operator()(const Key& k) const;
    };
    struct Sums
    {
        qint64 lines = 0, quantity = 0, earnings = 0;
        int lastReporting = -1; // index into m_texts, compared by text
    };
    struct ViewHash
    {
        using is_transparent = void;
        size_t operator()(std::string_view v) const { return std::hash<std::string_view>()(v); }
    };

    int intern(QByteArrayView text);
    bool later(int a, int b) const { return b < 0 || m_texts[size_t(a)] > m_texts[size_t(b)]; }

    sqlite3* m_db;
    std::unordered_map<Key, Sums, KeyHash> m_pending;
    std::unordered_map<std::string, int, ViewHash, std::equal_to<>> m_textIds;
    std::vector<std::string> m_texts;
    std::vector<std::unique_ptr<SqliteStatement>> m_upserts; // one per rollup table, in kTables order
    std::unique_ptr<SqliteStatement> m_watermark;
};

} // namespace bedrot
