// Rollup maintenance. Summing in memory first means each rollup row is written once per commit
// however many lines of a batch fall into it; the upserts go in key order, so they touch each
// B-tree page once.
#include "rollupwriter.h"

#include "sqlitestatement.h"
#include "statementrollups.h"

#include <QByteArray>

#include <algorithm>
#include <array>

namespace bedrot {

using namespace rollups;

namespace {

Error sqliteError(sqlite3* db)
{
    return Error{QString::fromUtf8(sqlite3_errmsg(db))};
}

using Projected = std::array<qint64, 5>; // a rollup's key values in key order (texts interned)

struct ProjectedHash
{
    size_t operator()(const Projected& p) const
    {
        size_t h = 0;
        for (qint64 v : p)
            h = (h ^ size_t(v)) * 0x100000001B3ull + (h >> 29);
        return h;
    }
};

bool isText(Column c)
{
    return c == SaleMonth || c == ReportingDate || c == Country || c == Distributor;
}

QByteArray keyList(const Table& t)
{
    QByteArray out;
    for (int i = 0; i < t.keySize; ++i)
        out += QByteArray(i ? ", " : "") + columnName(t.key[size_t(i)]);
    return out;
}

QByteArray valueColumns(const Table& t)
{
    return t.hasLastReportingDate() ? "lines, quantity, earnings_nanos, last_reporting_date"
                                    : "lines, quantity, earnings_nanos";
}

// How a row already there takes in new sums.
QByteArray mergeClause(const Table& t)
{
    QByteArray out =
        " ON CONFLICT DO UPDATE SET lines = lines + excluded.lines, quantity = quantity + excluded.quantity, "
        "earnings_nanos = earnings_nanos + excluded.earnings_nanos";
    if (t.hasLastReportingDate())
        out += ", last_reporting_date = MAX(last_reporting_date, excluded.last_reporting_date)";
    return out;
}

} // namespace

size_t RollupWriter::KeyHash::operator()(const Key& k) const
{
    size_t h = size_t(k.saleMonth) * 0x9E3779B97F4A7C15ull;
    for (qint64 v :
         {qint64(k.reportingDate), qint64(k.country), qint64(k.distributor), k.store, k.artist, k.track})
        h = (h ^ size_t(v)) * 0x100000001B3ull + (h >> 29);
    return h;
}

RollupWriter::RollupWriter(sqlite3* db) : m_db(db) {}

RollupWriter::~RollupWriter() = default;

Result<void> RollupWriter::prepare()
{
    m_upserts.clear();
    for (const Table& t : kTables) {
        QByteArray placeholders;
        const int values = t.hasLastReportingDate() ? 4 : 3;
        for (int i = 0; i < t.keySize + values; ++i)
            placeholders += i ? ",?" : "?";
        const QByteArray sql = QByteArray("INSERT INTO ") + t.name + " (" + keyList(t) + ", " +
                               valueColumns(t) + ") VALUES (" + placeholders + ")" + mergeClause(t);
        auto s = std::make_unique<SqliteStatement>();
        if (!s->prepare(m_db, sql.constData()))
            return sqliteError(m_db);
        m_upserts.push_back(std::move(s));
    }
    // MAX(id) alone reads one end of the table; wrapped in an expression it would scan it.
    m_watermark = std::make_unique<SqliteStatement>();
    if (!m_watermark->prepare(
            m_db, "UPDATE rollup_state SET last_line_id = COALESCE((SELECT MAX(id) FROM statement_line), 0)"))
        return sqliteError(m_db);
    return {};
}

int RollupWriter::intern(QByteArrayView text)
{
    const std::string_view v(text.data() ? text.data() : "", size_t(text.size()));
    if (auto it = m_textIds.find(v); it != m_textIds.end())
        return it->second;
    const int id = int(m_texts.size());
    m_texts.emplace_back(v);
    m_textIds.emplace(std::string(v), id);
    return id;
}

void RollupWriter::add(QByteArrayView distributor, QByteArrayView saleMonth, QByteArrayView reportingDate,
                       qint64 store, qint64 artist, qint64 track, QByteArrayView country, qint64 quantity,
                       qint64 earningsNanos, int sign)
{
    const Key key{
        intern(saleMonth),         intern(reportingDate), intern(country), intern(distributor), store, artist,
        std::max<qint64>(track, 0)};
    Sums& s = m_pending[key];
    s.lines += sign;
    s.quantity += sign * quantity;
    s.earnings += sign * earningsNanos;
    s.lastReporting = key.reportingDate;
}

void RollupWriter::discard()
{
    m_pending.clear();
}

Result<void> RollupWriter::flush()
{
    for (size_t ti = 0; ti < std::size(kTables); ++ti) {
        const Table& t = kTables[ti];
        std::unordered_map<Projected, Sums, ProjectedHash> summed;
        for (const auto& [key, sums] : m_pending) {
            Projected p{};
            for (int i = 0; i < t.keySize; ++i) {
                switch (t.key[size_t(i)]) {
                case SaleMonth:
                    p[size_t(i)] = key.saleMonth;
                    break;
                case ReportingDate:
                    p[size_t(i)] = key.reportingDate;
                    break;
                case Store:
                    p[size_t(i)] = key.store;
                    break;
                case Artist:
                    p[size_t(i)] = key.artist;
                    break;
                case Track:
                    p[size_t(i)] = key.track;
                    break;
                case Country:
                    p[size_t(i)] = key.country;
                    break;
                case Distributor:
                    p[size_t(i)] = key.distributor;
                    break;
                }
            }
            Sums& s = summed[p];
            s.lines += sums.lines;
            s.quantity += sums.quantity;
            s.earnings += sums.earnings;
            if (later(sums.lastReporting, s.lastReporting))
                s.lastReporting = sums.lastReporting;
        }
        std::vector<std::pair<Projected, Sums>> rows(summed.begin(), summed.end());
        // In the table's key order: texts by their text, ids by value.
        std::sort(rows.begin(), rows.end(), [&](const auto& a, const auto& b) {
            for (int i = 0; i < t.keySize; ++i) {
                const size_t k = size_t(i);
                if (a.first[k] == b.first[k])
                    continue;
                if (isText(t.key[k]))
                    return m_texts[size_t(a.first[k])] < m_texts[size_t(b.first[k])];
                return a.first[k] < b.first[k];
            }
            return false;
        });
        SqliteStatement& up = *m_upserts[ti];
        for (const auto& [p, s] : rows) {
            int col = 1;
            for (int i = 0; i < t.keySize; ++i, ++col) {
                const size_t k = size_t(i);
                if (isText(t.key[k])) {
                    const std::string& text = m_texts[size_t(p[k])];
                    up.bindStatic(col, text.data(), int(text.size()));
                } else {
                    up.bind(col, p[k]);
                }
            }
            up.bind(col++, s.lines);
            up.bind(col++, s.quantity);
            up.bind(col++, s.earnings);
            if (t.hasLastReportingDate()) {
                const std::string& text = m_texts[size_t(s.lastReporting)];
                up.bindStatic(col, text.data(), int(text.size()));
            }
            const bool ok = up.step();
            up.reset();
            if (!ok)
                return sqliteError(m_db);
        }
    }
    m_pending.clear();
    const bool ok = m_watermark->step();
    m_watermark->reset();
    if (!ok)
        return sqliteError(m_db);
    return {};
}

Result<void> RollupWriter::absorb()
{
    SqliteStatement state(
        m_db, "SELECT last_line_id, COALESCE((SELECT MAX(id) FROM statement_line), 0) FROM rollup_state");
    if (!state.row())
        return sqliteError(m_db);
    if (state.int64(1) <= state.int64(0))
        return {};
    // The same sums as an import's, a chunk of lines at a time so memory stays bounded.
    SqliteStatement lines(
        m_db, "SELECT distributor, sale_month, reporting_date, store_id, artist_id, COALESCE(track_id, 0), "
              "COALESCE(country, ''), quantity, earnings_nanos FROM statement_line WHERE id > ?");
    lines.bind(1, state.int64(0));
    qint64 count = 0;
    while (lines.row()) {
        add(lines.text(0), lines.text(1), lines.text(2), lines.int64(3), lines.int64(4), lines.int64(5),
            lines.text(6), lines.int64(7), lines.int64(8));
        if (++count % 500'000 == 0) {
            if (Result<void> flushed = flush(); !flushed)
                return flushed;
        }
    }
    return flush();
}

Result<void> RollupWriter::subtractArtists(const QList<qint64>& artists)
{
    SqliteStatement lines(
        m_db, "SELECT distributor, sale_month, reporting_date, store_id, artist_id, COALESCE(track_id, 0), "
              "COALESCE(country, ''), quantity, earnings_nanos FROM statement_line WHERE artist_id = ?");
    for (qint64 artist : artists) {
        lines.bind(1, artist);
        while (lines.row())
            add(lines.text(0), lines.text(1), lines.text(2), lines.int64(3), lines.int64(4), lines.int64(5),
                lines.text(6), lines.int64(7), lines.int64(8), -1);
        lines.reset();
    }
    if (Result<void> flushed = flush(); !flushed)
        return flushed;
    // The latest reporting date a row keeps stays right: the replay writes the same lines again.
    for (const Table& t : kTables) {
        const QByteArray sql = QByteArray("DELETE FROM ") + t.name + " WHERE lines = 0";
        SqliteStatement drop(m_db, sql.constData());
        if (!drop.step())
            return sqliteError(m_db);
    }
    return {};
}

} // namespace bedrot
