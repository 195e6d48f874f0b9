// SQL for a Filter on each fact table: WHERE clauses with their bound values, shared by every
// read-side query so that a card, its chart and its drill-down select exactly the same rows.
#pragma once

#include "domain/filter.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace bedrot::filtersql {

struct Sql
{
    QString where;
    QVariantList binds;
    void add(const QString& clause, const QVariantList& values)
    {
        where += QStringLiteral(" AND ") + clause;
        binds += values;
    }
};

QString month(QDate d);
QString day(QDate d);
QDate dateOf(const QVariant& v);
QString normalisedIsrc(QString isrc);

// The typed artist replaced by the alias or name it equals under folded comparison.
Filter withArtistResolved(const QSqlDatabase& db, Filter f);

// statement_line l by usage month / by reporting day, with artist, track and platform.
Sql statementsByUsage(const Filter& f);
Sql statementsByReporting(const Filter& f);
// daily_stream d by day, with artist, track and platform.
Sql dailyStreams(const Filter& f);
// Any table's day column in range.
Sql dayRange(const QString& column, const Filter& f);
void addArtist(Sql& sql, const Filter& f, const QString& column);
void addTrack(Sql& sql, const Filter& f, const QString& column);
void addPlatform(Sql& sql, const Filter& f, const QString& column);
// A KPI of one fixed platform survives a platform filter only when the filter names it.
bool platformAllows(const Filter& f, const QStringList& names);

// Runs prepared queries on one connection and keeps the first error.
class Runner
{
public:
    explicit Runner(const QSqlDatabase& db) : m_db(db) {}
    QSqlQuery run(const QString& sql, const QVariantList& binds) const;
    QString error() const { return m_error; }

private:
    QSqlDatabase m_db;
    mutable QString m_error;
};

} // namespace bedrot::filtersql
