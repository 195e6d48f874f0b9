// A prepared SQLite statement that finalizes itself: the writer's hot path talks to SQLite directly.
#pragma once

#include <QByteArrayView>
#include <QDate>
#include <QString>

#include <optional>

#include <sqlite3.h>

namespace bedrot {

class SqliteStatement
{
public:
    SqliteStatement() = default;
    SqliteStatement(sqlite3* db, const char* sql) { prepare(db, sql); }
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;
    ~SqliteStatement() { sqlite3_finalize(m_stmt); }

    bool prepare(sqlite3* db, const char* sql)
    {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        return sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) == SQLITE_OK;
    }
    sqlite3_stmt* get() const { return m_stmt; }
    void reset()
    {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    void bind(int i, qint64 v) { sqlite3_bind_int64(m_stmt, i, v); }
    void bindNull(int i) { sqlite3_bind_null(m_stmt, i); }
    // Text; an empty (even null) string binds as '' — SQLite takes a null pointer for NULL, which
    // would break NOT NULL keys such as an ad's empty account.
    void bind(int i, QByteArrayView v)
    {
        sqlite3_bind_text(m_stmt, i, v.data() ? v.data() : "", int(v.size()), SQLITE_TRANSIENT);
    }
    void bindStatic(int i, const char* v, int n)
    {
        sqlite3_bind_text(m_stmt, i, v ? v : "", n, SQLITE_STATIC);
    }
    void bind(int i, const QString& v) { bind(i, QByteArrayView(v.toUtf8())); }
    void bind(int i, QDate d) { d.isValid() ? bind(i, d.toString(Qt::ISODate)) : bindNull(i); }
    void bind(int i, const std::optional<qint64>& v) { v ? bind(i, *v) : bindNull(i); }
    // Ids: 0 means "none".
    void bindOptional(int i, qint64 v) { v > 0 ? bind(i, v) : bindNull(i); }
    // Steps once; true on SQLITE_DONE or SQLITE_ROW.
    bool step()
    {
        const int rc = sqlite3_step(m_stmt);
        return rc == SQLITE_DONE || rc == SQLITE_ROW;
    }
    bool row() { return sqlite3_step(m_stmt) == SQLITE_ROW; }
    qint64 int64(int c) const { return sqlite3_column_int64(m_stmt, c); }
    QByteArray text(int c) const
    {
        return QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, c)),
                          sqlite3_column_bytes(m_stmt, c));
    }

private:
    sqlite3_stmt* m_stmt = nullptr;
};

} // namespace bedrot
