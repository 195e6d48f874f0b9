// Helpers shared by the warehouse tests: test data paths, a read connection that cleans up after
// itself, and table dumps for before/after comparisons.
#pragma once

#include "warehouse/database.h"
#include "warehouse/warehousewriter.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QTest>
#include <QVariant>

namespace bedrot::test {

inline QString dataPath(const QString& relative)
{
    return QStringLiteral(BEDROT_TEST_DATA "/") + relative;
}

inline QByteArray readBytes(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

inline bool writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// A named connection opened in the calling thread and removed when this goes out of scope.
// The hand-checked statement of tests/data/kpis (22 lines, two artists), imported into the
// workspace at `root` through the writer, as the KPI and chart tests start from it.
inline void importKpiStatement(const QString& root)
{
    WarehouseWriter writer(root);
    QCOMPARE(writer.open().errorMessage(), QString());
    const ImportResult r = writer.importFile(dataPath(QStringLiteral("kpis/statement.tsv")));
    QCOMPARE(r.status, ImportResult::Status::Loaded);
    QCOMPARE(r.rowsLoaded, 22);
}

class Connection
{
public:
    explicit Connection(const QString& path) : m_name(Database::uniqueConnectionName(QStringLiteral("test")))
    {
        Result<QSqlDatabase> opened = Database::open(path, m_name);
        if (opened)
            m_db = std::move(opened).value();
        else
            qWarning("%s", qPrintable(opened.errorMessage()));
    }
    ~Connection()
    {
        m_db = QSqlDatabase();
        Database::close(m_name);
    }
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    QSqlDatabase& db() { return m_db; }
    bool isOpen() const { return m_db.isOpen(); }

    // Runs a statement; on failure records a test failure-friendly message in lastError().
    bool exec(const QString& sql, const QVariantList& binds = {})
    {
        QSqlQuery q(m_db);
        if (!q.prepare(sql)) {
            m_lastError = q.lastError().text();
            return false;
        }
        for (int i = 0; i < binds.size(); ++i)
            q.bindValue(i, binds.at(i));
        if (!q.exec()) {
            m_lastError = q.lastError().text();
            return false;
        }
        return true;
    }
    QVariant scalar(const QString& sql, const QVariantList& binds = {})
    {
        QSqlQuery q(m_db);
        q.prepare(sql);
        for (int i = 0; i < binds.size(); ++i)
            q.bindValue(i, binds.at(i));
        if (!q.exec() || !q.next()) {
            m_lastError = q.lastError().text();
            return {};
        }
        return q.value(0);
    }
    qint64 count(const QString& table)
    {
        return scalar(QStringLiteral("SELECT COUNT(*) FROM ") + table).toLongLong();
    }
    // Every row of a query as tab-joined text (NULL shown as \N), in the query's order.
    QStringList rows(const QString& sql, const QVariantList& binds = {})
    {
        QStringList out;
        QSqlQuery q(m_db);
        q.prepare(sql);
        for (int i = 0; i < binds.size(); ++i)
            q.bindValue(i, binds.at(i));
        if (!q.exec()) {
            m_lastError = q.lastError().text();
            return out;
        }
        while (q.next()) {
            QStringList fields;
            for (int c = 0; c < q.record().count(); ++c)
                fields << (q.value(c).isNull() ? QStringLiteral("\\N") : q.value(c).toString());
            out << fields.join(u'\t');
        }
        return out;
    }
    QStringList tables()
    {
        return rows(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                   "'sqlite_%' ORDER BY name"));
    }
    // The whole database as "table: row" lines, sorted, for before/after comparisons.
    QStringList dump()
    {
        QStringList out;
        for (const QString& table : tables())
            for (const QString& row : rows(QStringLiteral("SELECT * FROM ") + table))
                out << table + QStringLiteral(": ") + row;
        out.sort();
        return out;
    }
    QString lastError() const { return m_lastError; }

private:
    QString m_name;
    QSqlDatabase m_db;
    QString m_lastError;
};

} // namespace bedrot::test
